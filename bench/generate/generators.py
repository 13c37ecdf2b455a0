"""The data sets: a risk portfolio, a partner register, engagements, a schedule and KPIs."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from bench.generate.beside import BESIDE_FROM, BESIDE_SHARE, can_fork
from bench.generate.columns import (
    _CLIENT_COLUMNS,
    _CONTACT_COLUMNS,
    _ENGAGEMENT_COLUMNS,
    _MILESTONE_COLUMNS,
    _PARTNER_COLUMNS,
    _RISK_COLUMNS,
    _SITE_COLUMNS,
    _RiskTallies,
)
from bench.generate.common import (
    _WINDOW,
    MILESTONES_PER_ENGAGEMENT,
    RISKS_PER_ENGAGEMENT,
    TODAY,
    Timings,
)
from bench.generate.load import BulkLoad
from bench.generate.maker import _Maker
from cdmo_desktop.domain.enums import (
    KpiPeriod,
    MilestoneKind,
)
from cdmo_desktop.domain.kpi import last_periods, shipped_library
from cdmo_desktop.domain.models import (
    Client,
    Contact,
    Engagement,
    EngagementKpi,
    KpiMeasurement,
    Milestone,
    MilestoneDependency,
    Partner,
    PartnerSite,
    Risk,
)
from cdmo_desktop.store.demo.kpis import story


# --- the generators -----------------------------------------------------------------------
def _split(engagement_ids: Sequence[str], per: dict[str, int]) -> int:
    """Where the engagements split so that the second process makes its share
    (`BESIDE_SHARE`) of the risks."""
    total, running = sum(per.values()), 0
    for i, eid in enumerate(engagement_ids):
        running += per[eid]
        if running >= total * (1 - BESIDE_SHARE):
            return i + 1
    return len(engagement_ids)


def _done(timings: Timings | None, load: BulkLoad) -> None:
    if timings is not None:
        timings.add(load.timings)


def _portfolio(
    load: BulkLoad,
    make: _Maker,
    n_engagements: int,
    n_partners: int,
    n_clients: int,
) -> list[tuple[Any, ...]]:
    """Clients, partners (no sites or contacts) and engagements; returns the engagement
    rows in ascending id order."""
    clients = make.clients(n_clients, load.count("client"))
    load.insert(Client, _CLIENT_COLUMNS, clients)
    planned = make.engagements(
        n_engagements, load.count("engagement"), [c[0] for c in clients], n_partners
    )
    partner_ids: list[str] = []
    names = make.partner_names(n_partners, load.count("partner"))

    def partner_rows() -> Iterator[tuple[Any, ...]]:
        active = make.active_per_partner(planned, n_partners)
        for row in make.partners(names, None, None, active):
            partner_ids.append(row[0])
            yield row

    load.insert(Partner, _PARTNER_COLUMNS, partner_rows())
    engagements = make.with_partners(planned, partner_ids, names, {c[0]: c[3] for c in clients})
    load.insert(Engagement, _ENGAGEMENT_COLUMNS, engagements)
    return engagements


def generate_risks(
    path: Path | str,
    n_risks: int,
    n_engagements: int | None = None,
    seed: int = 1,
    *,
    milestones_per_engagement: int = MILESTONES_PER_ENGAGEMENT,
    timings: Timings | None = None,
) -> list[str]:
    """Add a risk portfolio: `n_engagements` engagements (default: one per 50 risks) with
    their clients (one per 20 engagements), partners (one per 5 engagements) and
    milestones, and `n_risks` risks spread over them (numbered R-001.. per engagement,
    scores and levels from the risk matrix, a fifth linked to a milestone). Returns the
    new engagements' ids."""
    n_eng = max(1, n_engagements or n_risks // RISKS_PER_ENGAGEMENT)
    make = _Maker(seed)
    tables = ["client", "partner", "engagement", "milestone", "risk"]
    with BulkLoad(path, tables) as load:
        names: dict[str, str] = {}
        engagements = _portfolio(load, make, n_eng, max(1, n_eng // 5), max(1, n_eng // 20))
        engagement_ids = [e[0] for e in engagements]
        names.update((e[0], e[3]) for e in engagements)
        milestone_ids: dict[str, list[str]] = {}

        def milestones() -> Iterator[tuple[Any, ...]]:
            for row in make.milestones(engagement_ids, milestones_per_engagement, milestone_ids):
                names[row[0]] = row[4]
                yield row

        load.insert(Milestone, _MILESTONE_COLUMNS, milestones())
        rand = make.rand
        per: dict[str, int] = dict.fromkeys(engagement_ids, 0)
        for _ in range(n_risks):
            per[engagement_ids[int(rand() * n_eng)]] += 1
        tallies = _RiskTallies()
        # The last engagements' risks made in a second process meanwhile (its own random
        # stream, the keys after the loading thread's): the same kind of rows.
        half = _split(engagement_ids, per) if n_risks >= BESIDE_FROM and can_fork() else n_eng
        first_ids, second_ids = engagement_ids[:half], engagement_ids[half:]
        n_first = sum(per[e] for e in first_ids)
        beside = None
        if second_ids:

            def second() -> Iterator[tuple[Any, ...]]:
                make.rng.seed(f"{seed} beside")
                make.id.skip(n_first)
                return tallies.count(make.risks(second_ids, per, {}, milestone_ids, names))

            beside = load.beside(Risk, _RISK_COLUMNS, second, lambda: tallies)
        risks = make.risks(first_ids, per, {}, milestone_ids, names)
        try:
            load.insert(Risk, _RISK_COLUMNS, tallies.count(risks))
        except BaseException:
            if beside is not None:
                beside.abandon()
            raise
        if beside is not None:
            make.id.skip(n_risks - n_first)
            tallies.merge(load.append(Risk, beside))
        if load.conn is not None and load.columns("risk_tally"):
            tallies.save(load.conn)
            load.tallied.add("risk")
    _done(timings, load)
    return engagement_ids


def generate_partners(
    path: Path | str,
    n: int,
    seed: int = 1,
    *,
    people: bool = True,
    engagements_per_partner: float = 0.1,
    timings: Timings | None = None,
) -> None:
    """Add `n` partners with unique names, valid countries, zones and audit dates; with
    `people`, a site for about every other partner and one or two contacts each, plus
    engagements (0.1 per partner by default, over a client per 20 engagements) so the
    register's active-engagement counts have something to count."""
    make = _Maker(seed)
    tables = ["client", "partner", "partner_site", "contact", "engagement"]
    with BulkLoad(path, tables) as load:
        n_eng = int(n * engagements_per_partner) if people else 0
        planned: list[tuple[Any, ...]] = []
        clients: list[tuple[Any, ...]] = []
        if n_eng:
            clients = make.clients(max(1, n_eng // 20), load.count("client"))
            load.insert(Client, _CLIENT_COLUMNS, clients)
            planned = make.engagements(n_eng, load.count("engagement"), [c[0] for c in clients], n)
        names = make.partner_names(n, load.count("partner"))
        sites: list[tuple[Any, ...]] | None = [] if people else None
        contacts: list[tuple[Any, ...]] | None = [] if people else None
        partner_ids: list[str] = []

        def rows() -> Iterator[tuple[Any, ...]]:
            active = make.active_per_partner(planned, n)
            for row in make.partners(names, sites, contacts, active):
                partner_ids.append(row[0])
                yield row

        load.insert(Partner, _PARTNER_COLUMNS, rows())
        if sites:
            load.insert(PartnerSite, _SITE_COLUMNS, sites)
        if contacts:
            load.insert(Contact, _CONTACT_COLUMNS, contacts)
        if planned:
            client_names = {c[0]: c[3] for c in clients}
            engagements = make.with_partners(planned, partner_ids, names, client_names)
            load.insert(Engagement, _ENGAGEMENT_COLUMNS, engagements)
    _done(timings, load)


def generate_engagements(
    path: Path | str, n: int, seed: int = 1, *, timings: Timings | None = None
) -> list[str]:
    """Add `n` engagements over a partner per 20 engagements and a client per 100."""
    make = _Maker(seed)
    with BulkLoad(path, ["client", "partner", "engagement"]) as load:
        rows = _portfolio(load, make, n, max(1, n // 20), max(1, n // 100))
    _done(timings, load)
    return [e[0] for e in rows]


def generate_schedule(
    path: Path | str,
    n_milestones: int,
    n_dependencies: int,
    seed: int = 1,
    *,
    timings: Timings | None = None,
) -> str:
    """Add one engagement with `n_milestones` tasks/milestones/gates and up to
    `n_dependencies` finish-to-start links (acyclic, dates consistent); returns its id."""
    make = _Maker(seed)
    rng = make.rng
    pairs: set[tuple[int, int]] = set()
    possible = sum(min(s, _WINDOW) for s in range(1, n_milestones))
    target = min(n_dependencies, possible)
    while len(pairs) < target:  # each link goes from an earlier to a later position
        succ = rng.randint(1, n_milestones - 1)
        pred = rng.randint(max(0, succ - _WINDOW), succ - 1)
        pairs.add((pred, succ))
    preds: dict[int, list[int]] = {}
    for pred, succ in pairs:
        preds.setdefault(succ, []).append(pred)
    tables = ["client", "partner", "engagement", "milestone", "milestone_dependency"]
    with BulkLoad(path, tables) as load:
        engagement_id = str(_portfolio(load, make, 1, 1, 1)[0][0])
        ms_ids = [make.id() for _ in range(n_milestones)]
        finish: list[date] = []
        rows = []
        for i in range(n_milestones):
            roll = rng.random()
            kind = (
                MilestoneKind.DECISION_GATE
                if roll < 0.03
                else MilestoneKind.MILESTONE
                if roll < 0.1
                else MilestoneKind.TASK
            )
            gap = 1 if kind == MilestoneKind.TASK else 0
            begin = TODAY + timedelta(days=-200 + rng.randint(0, 30))
            for p in preds.get(i, ()):
                begin = max(begin, finish[p] + timedelta(days=gap))
            row, end = make.milestone(ms_ids[i], engagement_id, i, begin, kind)
            finish.append(end)
            rows.append(row)
        load.insert(Milestone, _MILESTONE_COLUMNS, rows)
        s = make.stamp
        deps = [(make.id(), s, s, ms_ids[p], ms_ids[q], "fs", 0) for p, q in sorted(pairs)]
        load.insert(
            MilestoneDependency,
            (
                "id",
                "created_at",
                "updated_at",
                "predecessor_id",
                "successor_id",
                "kind",
                "lag_days",
            ),
            deps,
        )
    _done(timings, load)
    return engagement_id


_KPI_COLUMNS = (
    "id",
    "created_at",
    "updated_at",
    "engagement_id",
    "position",
    "library_key",
    "name",
    "description",
    "unit",
    "direction",
    "period",
    "target",
    "amber",
    "red",
    "data_source",
)
_MEASUREMENT_COLUMNS = ("id", "created_at", "updated_at", "kpi_id", "period_start", "value")
KPIS_PER_ENGAGEMENT = 10
KPI_PERIODS = 36


def generate_kpis(
    path: Path | str,
    n_engagements: int,
    kpis_per_engagement: int = KPIS_PER_ENGAGEMENT,
    periods: int = KPI_PERIODS,
    seed: int = 1,
    *,
    timings: Timings | None = None,
) -> list[str]:
    """Add a KPI portfolio: `n_engagements` engagements with risks and milestones (as
    generate_risks makes them, 10 risks each), each with `kpis_per_engagement` monthly
    KPIs from the shipped library and `periods` months of values up to last month (the
    first KPI of each engagement drifting red, the second recovering, the rest steady).
    Returns the engagement ids."""
    engagement_ids = generate_risks(path, n_engagements * 10, n_engagements, seed, timings=timings)
    make = _Maker(seed + 1)
    library = shipped_library()
    months = [d.isoformat() for d in last_periods(KpiPeriod.MONTH, TODAY, periods + 1)[:-1]]
    shapes = ["drifting", "recovering"] + ["steady"] * max(0, kpis_per_engagement - 2)
    series = {
        (i, shape): story(t, shape, len(months), salt=i)
        for i, t in enumerate(library)
        for shape in set(shapes)
    }
    s = make.stamp
    kpi_rows: list[tuple[Any, ...]] = []
    measurement_rows: list[tuple[Any, ...]] = []
    for n, engagement_id in enumerate(engagement_ids):
        for j in range(kpis_per_engagement):
            i = (n + j) % len(library)
            t = library[i]
            kpi_id = make.id()
            kpi_rows.append(
                (
                    kpi_id,
                    s,
                    s,
                    engagement_id,
                    j,
                    t.key,
                    t.name,
                    t.description,
                    t.unit.value,
                    t.direction.value,
                    KpiPeriod.MONTH.value,
                    t.target,
                    t.amber,
                    t.red,
                    "Partner monthly KPI report",
                )
            )
            values = series[(i, shapes[j % len(shapes)])]
            measurement_rows.extend(
                (make.id(), s, s, kpi_id, month, value)
                for month, value in zip(months, values, strict=True)
            )
    with BulkLoad(path, ["engagement_kpi", "kpi_measurement"]) as load:
        load.insert(EngagementKpi, _KPI_COLUMNS, kpi_rows)
        load.insert(KpiMeasurement, _MEASUREMENT_COLUMNS, measurement_rows)
    _done(timings, load)
    return engagement_ids
