"""Days a partner site is closed: written from an imported calendar (one change set), read
for the Gantt (per engagement, the closed days of the sites where its work is done)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Sequence
from datetime import date
from typing import TYPE_CHECKING

from sqlmodel import col, select

from cdmo_desktop.domain import derive
from cdmo_desktop.domain.messages import QT_TRANSLATE_NOOP, msg
from cdmo_desktop.domain.models import (
    Charter,
    CharterSite,
    Engagement,
    Partner,
    PartnerSite,
    SiteClosure,
)

if TYPE_CHECKING:
    from sqlmodel import Session

    from cdmo_desktop.store.changesets import ChangeSet
    from cdmo_desktop.store.store import Store


def save_closures(
    store: Store, site_id: str, days: Sequence[tuple[date, str]], *, source: str
) -> ChangeSet:
    """Add the closed days to the site (a day it already has gets the new name): one
    change set labelled "Import holidays from <source>"."""
    label = msg(QT_TRANSLATE_NOOP("messages", "Import holidays from {source}"), source=source)

    def work(session: Session) -> None:
        if session.get(PartnerSite, site_id) is None:
            raise LookupError(msg(QT_TRANSLATE_NOOP("messages", "This site no longer exists.")))
        kept = {
            c.day: c
            for c in session.exec(select(SiteClosure).where(SiteClosure.site_id == site_id))
        }
        for day, name in days:
            row = kept.get(day)
            if row is None:
                kept[day] = row = SiteClosure(site_id=site_id, day=day, name=name[:300])
                session.add(row)
            elif row.name != name[:300]:
                row.name = name[:300]

    return store.write(label, work, reason=str(label))


def sites_of(store: Store, partner_id: str) -> list[tuple[str, str]]:
    """(site id, site name) of one partner's sites, by name (the partner itself is picked
    from the page-at-a-time partner list: store.choice_lists)."""
    with store.read() as s:
        rows = s.exec(
            select(PartnerSite.id, PartnerSite.name)
            .where(PartnerSite.partner_id == partner_id)
            .order_by(col(PartnerSite.name))
        ).all()
    return [(str(i), str(n)) for i, n in rows]


def site_named(store: Store, ref: str) -> str | None:
    """The id of the site `ref` names: its id, or "Partner / Site" (case and spacing
    ignored; a partner name holding " / " is tried at each split). None when none."""
    ref = " ".join(ref.split())
    parts = ref.split(" / ")
    with store.read() as s:
        if s.get(PartnerSite, ref) is not None:
            return ref
        for cut in range(1, len(parts)):
            partner, site = " / ".join(parts[:cut]), " / ".join(parts[cut:])
            found = s.exec(
                select(PartnerSite.id, PartnerSite.name)
                .join(Partner, col(Partner.id) == PartnerSite.partner_id)
                .where(Partner.name_key == derive.name_key(partner))
            ).all()
            for site_id, name in found:
                if derive.name_key(name) == derive.name_key(site):
                    return str(site_id)
    return None


def closed_days(store: Store, engagement_ids: Collection[str]) -> dict[str, dict[date, str]]:
    """Per engagement, the days its sites are closed ({day: "Site: holiday"}). The sites
    are those its charter names; without any, every site of its partner (schedule items
    do not name a site of their own)."""
    out: dict[str, dict[date, str]] = defaultdict(dict)
    wanted = list(engagement_ids)
    with store.read() as s:
        if not wanted or s.exec(select(SiteClosure.id).limit(1)).first() is None:
            return {}  # no site has closed days: nothing to look up (the usual case)
        for i in range(0, len(wanted), 500):
            chunk = wanted[i : i + 500]
            sites: dict[str, set[str]] = defaultdict(set)
            for eid, site in s.exec(
                select(Charter.engagement_id, CharterSite.site_id)
                .join(CharterSite, col(CharterSite.charter_id) == Charter.id)
                .where(col(Charter.engagement_id).in_(chunk))
            ):
                sites[eid].add(site)
            for eid, site in s.exec(
                select(Engagement.id, PartnerSite.id)
                .join(PartnerSite, col(PartnerSite.partner_id) == Engagement.partner_id)
                .where(col(Engagement.id).in_(chunk))
            ):
                if eid not in sites or not sites[eid]:
                    sites.setdefault(f"all:{eid}", set()).add(site)
            by_site: dict[str, list[str]] = defaultdict(list)
            for key, ids in sites.items():
                for site in ids:
                    by_site[site].append(key.removeprefix("all:"))
            if not by_site:
                continue
            for site_id, site_name, day, name in s.exec(
                select(
                    col(SiteClosure.site_id),
                    col(PartnerSite.name),
                    col(SiteClosure.day),
                    col(SiteClosure.name),
                )
                .join(PartnerSite, col(PartnerSite.id) == SiteClosure.site_id)
                .where(col(SiteClosure.site_id).in_(list(by_site)))
            ):
                for eid in by_site[site_id]:
                    label = f"{site_name}: {name}" if name else site_name
                    days = out[eid]
                    days[day] = f"{days[day]}; {label}" if day in days else label
    return dict(out)
