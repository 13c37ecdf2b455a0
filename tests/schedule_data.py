"""A small engagement plan for schedule tests (store and screen).

Design -> Batch (FS, 2 d lag) -> Release (milestone) -> Go/no-go (gate, contract-fixed);
Design -> Report (SS). Dates around 1 March 2027, a Monday.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import sqlalchemy as sa
from sqlmodel import col, select

from cdmo_desktop.domain.enums import (
    DependencyKind,
    EngagementStatus,
    MilestoneKind,
    PartnerKind,
    Phase,
)
from cdmo_desktop.domain.models import (
    Client,
    Engagement,
    Milestone,
    MilestoneDependency,
    Partner,
)
from cdmo_desktop.domain.scheduling import ScheduleLink
from cdmo_desktop.store import Store

D0 = date(2027, 3, 1)


def day(n: int) -> date:
    return D0 + timedelta(n)


@dataclass
class Plan:
    engagement_id: str
    ids: dict[str, str]  # short name -> milestone id


def make_engagement(store: Store, title: str = "Process development", partner: str = "Acme") -> str:
    with store.session() as s:
        client = Client(name=f"Client of {title}")
        p = Partner(name=f"{partner} {title}", kind=PartnerKind.CDMO, country="DE")
        s.add_all([client, p])
        s.flush()
        e = Engagement(
            title=title,
            client_id=client.id,
            partner_id=p.id,
            phase=Phase.PROCESS_DEVELOPMENT,
            status=EngagementStatus.ACTIVE,
            start_date=D0,
        )
        s.add(e)
        s.flush()
        return e.id


def make_plan(store: Store, title: str = "Process development") -> Plan:
    eid = make_engagement(store, title)
    spec = [
        ("design", "Process design", MilestoneKind.TASK, 0, 4, False),
        ("batch", "Engineering batch", MilestoneKind.TASK, 7, 5, False),
        ("release", "Batch released", MilestoneKind.MILESTONE, 11, 1, False),
        ("gate", "Go / no-go", MilestoneKind.DECISION_GATE, 18, 1, True),
        ("report", "Development report", MilestoneKind.TASK, 2, 10, False),
    ]
    ids: dict[str, str] = {}
    with store.session() as s:
        for pos, (key, name, kind, start, days, fixed) in enumerate(spec):
            m = Milestone(
                engagement_id=eid,
                name=name,
                kind=kind,
                phase=Phase.PROCESS_DEVELOPMENT,
                planned_start=day(start),
                planned_finish=day(start + days - 1),
                contract_fixed=fixed,
                position=pos,
            )
            s.add(m)
            s.flush()
            ids[key] = m.id
        for a, b, dep_kind, lag in [
            ("design", "batch", DependencyKind.FINISH_TO_START, 2),
            ("batch", "release", DependencyKind.FINISH_TO_START, 0),
            ("release", "gate", DependencyKind.FINISH_TO_START, 0),
            ("design", "report", DependencyKind.START_TO_START, 2),
        ]:
            s.add(
                MilestoneDependency(
                    predecessor_id=ids[a], successor_id=ids[b], kind=dep_kind, lag_days=lag
                )
            )
    return Plan(eid, ids)


def planned(store: Store, item_id: str) -> tuple[date, date]:
    with store.read() as s:
        m = s.get(Milestone, item_id)
        assert m is not None
        return m.planned_start, m.planned_finish


def link_count(store: Store) -> int:
    with store.read() as s:
        return len(s.exec(select(MilestoneDependency)).all())


def links_of(store: Store, item_id: str) -> list[ScheduleLink]:
    """The dependencies that touch an item, as saved."""
    with store.read() as s:
        rows = s.exec(
            select(MilestoneDependency).where(
                sa.or_(
                    col(MilestoneDependency.predecessor_id) == item_id,
                    col(MilestoneDependency.successor_id) == item_id,
                )
            )
        ).all()
    return [ScheduleLink(d.id, d.predecessor_id, d.successor_id, d.kind, d.lag_days) for d in rows]
