"""Rows of every kind from one random stream (`_Maker`), each valid by construction and
carrying the derived columns the store would have set."""

from __future__ import annotations

import functools
import os
import random
from collections.abc import Iterator, Sequence
from datetime import date, timedelta
from typing import Any

from bench import vocabulary as vocab
from bench.generate.common import TODAY, _day, _Ids, _stamp
from cdmo_desktop.domain import risk_matrix
from cdmo_desktop.domain.enums import (
    EngagementStatus,
    MilestoneKind,
    MilestoneStatus,
    PartnerKind,
    Phase,
    QualificationStatus,
    Rag,
    RiskCategory,
    RiskStatus,
    Side,
)
from cdmo_desktop.domain.models.engagement import ENGAGEMENT_DERIVED
from cdmo_desktop.domain.models.risk import NO_REVIEW
from cdmo_desktop.store import (
    derived_engagements,
    derived_risks,
)


class _Maker:
    """Rows of every kind, from one random stream; pools drawn once keep the per-row work
    to a few list lookups."""

    def __init__(self, seed: int) -> None:
        rng = self.rng = random.Random(seed)
        self.rand = rng.random
        # Keys from fresh entropy: a second load into the same file with the same seed
        # must not repeat them (the values stay reproducible from the seed).
        self.id = _Ids(random.Random(os.urandom(16)))
        self.stamp = _stamp()
        self.caps = [
            "; ".join(rng.sample(vocab.CAPABILITIES, rng.randint(2, 5))) for _ in range(512)
        ]
        self.scales = ["; ".join(rng.sample(vocab.SCALES, rng.randint(1, 3))) for _ in range(64)]
        self.kinds = [(k.value, vocab.SUFFIXES[k]) for k in PartnerKind]
        self.quals = [q.value for q in QualificationStatus]
        self.places = [
            (c, city, zone, region.value, langs) for c, city, zone, region, langs in vocab.PLACES
        ]
        self.days = [_day(d) for d in range(-1000, 800)]  # index 0 is 1000 days ago

    def pick(self, seq: Sequence[Any]) -> Any:
        return seq[int(self.rand() * len(seq))]

    # --- clients and partners ---------------------------------------------------------
    def clients(self, n: int, start: int) -> list[tuple[Any, ...]]:
        s = self.stamp
        return [
            (self.id(), s, s, f"{self.pick(vocab.PREFIXES)} Therapeutics {i:06d}", "US")
            for i in range(start + 1, start + n + 1)
        ]

    def partner_names(self, n: int, start: int) -> list[tuple[str, str, int]]:
        """(name key, name, kind index), sorted by key: the unique name-key index grows at
        its end."""
        rand, kinds = self.rand, self.kinds
        out = []
        for i in range(start + 1, start + n + 1):
            kind = int(rand() * len(kinds))
            name = (
                f"{self.pick(vocab.PREFIXES)} {self.pick(vocab.MIDDLES)} "
                f"{self.pick(kinds[kind][1])} {i:07d}"
            )
            out.append((name.casefold(), name, kind))
        out.sort()
        return out

    def partners(
        self,
        names: list[tuple[str, str, int]],
        sites_out: list[tuple[Any, ...]] | None,
        contacts_out: list[tuple[Any, ...]] | None,
        active: Sequence[int] = (),
    ) -> Iterator[tuple[Any, ...]]:
        """Partner rows; with the lists, a site for every other partner and one or two
        contacts each (the first one primary) are collected there, and the partner's
        derived search words, scale keys and register sort keys are computed from them as
        the store would (`active`: each partner's active engagements, by position)."""
        from cdmo_desktop.store import derived_partners as dp

        search_words = dp.search_words
        scale_keys = functools.lru_cache(maxsize=None)(
            lambda text, site: dp.scale_keys(text, () if site is None else (site,))
        )
        country_key = functools.lru_cache(maxsize=None)(dp.country_key)
        contact_key = functools.lru_cache(maxsize=None)(dp.sort_text)
        last = dp.LAST
        rand, days, s, pick = self.rand, self.days, self.stamp, self.pick
        for position, (key, name, kind) in enumerate(names):
            pid = self.id()
            country, city, zone, region, languages = pick(self.places)
            audit = 100 + int(rand() * 890)  # 900..10 days ago
            legal = f"{name}, Inc."
            scale_text = pick(self.scales)
            site_rows: list[tuple[str, str, str, str, str]] = []
            names_of_contacts: list[str] = []
            if sites_out is not None and rand() < 0.5:
                site_city = pick(vocab.SITE_CITIES)
                site_id = self.id()
                site_caps, site_scale = pick(self.caps), pick(self.scales)
                site = (site_id, s, s, pid, f"{site_city} plant", site_city, country, zone)
                sites_out.append((*site, site_caps, site_scale))
                site_rows.append((f"{site_city} plant", site_city, site_caps, site_scale, ""))
            else:
                site_id = None
            if contacts_out is not None:
                for k in range(1 if rand() < 0.5 else 2):
                    person = f"{pick(vocab.FIRST_NAMES)} {pick(vocab.LAST_NAMES)}"
                    names_of_contacts.append(person)
                    email = f"{person.split()[0].lower()}.{k}@{pid[:8]}.example"
                    contacts_out.append(
                        (
                            self.id(),
                            s,
                            s,
                            pid,
                            site_id if k else None,
                            person,
                            pick(vocab.CONTACT_ROLES),
                            email,
                            k == 0,
                        )
                    )
            words = search_words(legal, "", scale_text, site_rows, names_of_contacts)
            tags = scale_keys(scale_text, site_rows[0][3] if site_rows else None)
            due = days[audit + (365 if rand() < 0.5 else 730)]
            primary = names_of_contacts[0] if names_of_contacts else ""
            yield (
                pid,
                s,
                s,
                name,
                key,
                legal,
                self.kinds[kind][0],
                f"{100 + int(rand() * 9000)} Research Drive\n{city}",
                f"https://www.{key.replace(' ', '-')}.example",
                country,
                city,
                region,
                zone,
                languages,
                pick(self.caps),
                scale_text,
                pick(self.quals),
                days[audit],
                due,
                days[audit - 60],
                days[audit + 700],
                rand() < 0.02,
                words,
                tags,
                country_key(country),
                region or last,
                due,
                active[position] if active else 0,
                primary,
                contact_key(primary) if primary else last,
            )

    # --- engagements, milestones, risks -------------------------------------------------
    def engagements(
        self, n: int, start: int, client_ids: Sequence[str], n_partners: int
    ) -> list[tuple[Any, ...]]:
        """Engagement rows in ascending id order, each with the position of its partner
        (among `n_partners` to come) where the partner's id goes (`_with_partners`): the
        partners are written after them with their active engagements counted."""
        rand, s, pick = self.rand, self.stamp, self.pick
        phases = [p.value for p in Phase]
        statuses = [e.value for e in EngagementStatus]
        rags = [None, *(r.value for r in Rag)]
        out = []
        for i in range(start + 1, start + n + 1):
            begin = int(rand() * 730) - 700
            out.append(
                (
                    self.id(),
                    s,
                    s,
                    f"Program {i:07d} {pick(vocab.MILESTONE_NAMES)}",
                    pick(client_ids),
                    int(rand() * n_partners),
                    f"{pick(vocab.PREFIXES)} program",
                    f"{pick(vocab.COMPOUND_PREFIXES)}-{100 + int(rand() * 900)}",
                    pick(phases),
                    pick(statuses),
                    _day(begin),
                    _day(begin + 90 + int(rand() * 630)),
                    pick(rags),
                    rand() < 0.02,
                )
            )
        return out

    @staticmethod
    def active_per_partner(engagements: Sequence[tuple[Any, ...]], n_partners: int) -> list[int]:
        """Each partner's active engagements (active, not archived), by position."""
        active = [0] * n_partners
        status = EngagementStatus.ACTIVE.value
        for row in engagements:
            if row[9] == status and not row[13]:
                active[row[5]] += 1
        return active

    @staticmethod
    def with_partners(
        engagements: Sequence[tuple[Any, ...]],
        partner_ids: Sequence[str],
        partner_names: Sequence[tuple[str, str, int]],
        client_names: dict[str, str],
    ) -> list[tuple[Any, ...]]:
        """The engagements with their partner's id in place of its position, and their
        derived columns (derived_engagements.sort_keys) after the columns written."""
        keys = derived_engagements.sort_keys
        out = []
        for row in engagements:
            (_id, _c, _u, title, client_id, at, program, compound, phase, status) = row[:10]
            start, end, rag = row[10:13]
            partner = partner_names[at][1]
            derived = keys(
                title,
                program,
                compound,
                phase,
                status,
                rag,
                start,
                end,
                client_names[client_id],
                partner,
            )
            out.append(
                (
                    *row[:5],
                    partner_ids[at],
                    *row[6:],
                    *(derived[k] for k in ENGAGEMENT_DERIVED),
                )
            )
        return out

    def milestone(
        self, mid: str, engagement_id: str, position: int, begin: date, kind: MilestoneKind
    ) -> tuple[tuple[Any, ...], date]:
        """A valid milestone row starting at `begin`, and its finish date."""
        dur = 0 if kind != MilestoneKind.TASK else 1 + int(self.rand() * 30)
        end = begin + timedelta(days=max(dur - 1, 0))
        done, started = end < TODAY, begin <= TODAY
        b, e = begin.isoformat(), end.isoformat()
        status = (
            MilestoneStatus.DONE
            if done
            else MilestoneStatus.IN_PROGRESS
            if started
            else MilestoneStatus.NOT_STARTED
        )
        row = (
            mid,
            self.stamp,
            self.stamp,
            engagement_id,
            f"{self.pick(vocab.MILESTONE_NAMES)} {position + 1:05d}",
            kind.value,
            Side.PARTNER.value,
            b,
            e,
            b,
            e,
            b if started else None,
            e if done else None,
            100 if done else (50 if started else 0),
            status.value,
            self.rand() < 0.02,
            position,
        )
        return row, end

    def milestones(
        self, engagement_ids: Sequence[str], per: int, out_ids: dict[str, list[str]]
    ) -> Iterator[tuple[Any, ...]]:
        kinds = (MilestoneKind.TASK, MilestoneKind.TASK, MilestoneKind.MILESTONE)
        for eid in engagement_ids:
            mine = out_ids.setdefault(eid, [])
            begin = TODAY + timedelta(days=-300 + int(self.rand() * 200))
            for position in range(per):
                mid = self.id()
                mine.append(mid)
                kind = MilestoneKind.DECISION_GATE if position == per - 1 else kinds[position % 3]
                row, end = self.milestone(mid, eid, position, begin, kind)
                begin = end + timedelta(days=1)
                yield row

    def risks(
        self,
        engagement_ids: Sequence[str],
        per: dict[str, int],
        first_number: dict[str, int],
        milestones: dict[str, list[str]],
        names: dict[str, str],
    ) -> Iterator[tuple[Any, ...]]:
        """Risks grouped by engagement, numbered on from `first_number`, in ascending id
        order: the primary key and (engagement, number) indexes grow at their end. Each
        row carries its sort keys (derived_risks: level and status ranks, review key, the
        names of its milestone and engagement from `names`, by id)."""
        rand, s, new_id = self.rand, self.stamp, self.id
        level_rank = {v: i for i, v in enumerate(derived_risks.LEVEL_VALUES)}
        status_rank = {v: i for i, v in enumerate(derived_risks.STATUS_VALUES)}
        no_review = NO_REVIEW.isoformat()
        categories = [c.value for c in RiskCategory]
        closed_value = RiskStatus.CLOSED.value
        # Each status with its rank and whether it is closed, each cell of the matrix with
        # its score, level and level rank: a lookup per row instead of three.
        statuses = [
            (x.value, status_rank.get(x.value, len(status_rank)), x.value == closed_value)
            for x in RiskStatus
        ]
        sides = [x.value for x in Side]
        matrix = {}
        for li in range(1, 6):
            for im in range(1, 6):
                level = risk_matrix.level(li, im).value
                rank = level_rank.get(level, len(level_rank))
                matrix[li, im] = (risk_matrix.score(li, im), level, rank)
        days = [_day(d) for d in range(-400, 60)]  # index 0 is 400 days ago
        titles, owners = vocab.RISK_TITLES, vocab.RISK_OWNERS
        mitigations = vocab.MITIGATIONS
        n_titles, n_categories, n_statuses = len(titles), len(categories), len(statuses)
        n_owners, n_sides, n_mitigations = len(owners), len(sides), len(mitigations)
        resolution = "Mitigation effective; no recurrence."
        for eid in engagement_ids:
            linked = milestones.get(eid, [])
            n_linked = len(linked)
            start = first_number.get(eid, 0)
            title = names.get(eid, "")
            for number in range(start + 1, start + per.get(eid, 0) + 1):
                lik, imp = 1 + int(rand() * 5), 1 + int(rand() * 5)
                score, level, rank = matrix[lik, imp]
                status, status_order, closed = statuses[int(rand() * n_statuses)]
                raised = int(rand() * 399)  # index into days: 400..1 days ago
                review = None if closed else days[raised + int(rand() * 60)]
                milestone = linked[int(rand() * n_linked)] if linked and rand() < 0.2 else None
                yield (
                    new_id(),
                    s,
                    s,
                    eid,
                    number,
                    titles[int(rand() * n_titles)],
                    categories[int(rand() * n_categories)],
                    lik,
                    imp,
                    score,
                    level,
                    owners[int(rand() * n_owners)],
                    status,
                    sides[int(rand() * n_sides)],
                    days[raised],
                    30,
                    review,
                    milestone,
                    days[raised + int(rand() * (399 - raised))] if closed else None,
                    resolution if closed else "",
                    mitigations[int(rand() * n_mitigations)],
                    rank,
                    status_order,
                    review or no_review,
                    names.get(milestone, "") if milestone else "",
                    title,
                )
