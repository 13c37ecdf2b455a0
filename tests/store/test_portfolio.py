"""The portfolio overview counts what a consultant would count by hand."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

import pytest

from cdmo_desktop.domain import risk_matrix
from cdmo_desktop.domain.enums import (
    ActionStatus,
    EngagementStatus,
    MilestoneKind,
    MilestoneStatus,
    PartnerKind,
    Phase,
    Rag,
    RiskCategory,
    RiskLevel,
    RiskStatus,
)
from cdmo_desktop.domain.models import ActionItem, Client, Engagement, Milestone, Partner, Risk
from cdmo_desktop.store import Store
from cdmo_desktop.store.portfolio import portfolio_overview

TODAY = date(2026, 3, 16)


@dataclass
class Fixture:
    engagements: list[Engagement] = field(default_factory=list)
    partners: list[Partner] = field(default_factory=list)
    clients: dict[str, str] = field(default_factory=dict)
    risks: list[Risk] = field(default_factory=list)
    milestones: list[Milestone] = field(default_factory=list)
    actions: list[ActionItem] = field(default_factory=list)


def build_portfolio(store: Store, seed: int = 7) -> Fixture:
    """A small random portfolio: every status, archived rows, risks/milestones/actions of
    every state around TODAY."""
    rnd = random.Random(seed)
    fx = Fixture()
    with store.session() as s:
        clients = [Client(name="Aurora Therapeutics"), Client(name="Brightwater Bio")]
        s.add_all(clients)
        fx.clients = {c.id: c.name for c in clients}
        audit_dues = [TODAY - timedelta(days=40), TODAY, TODAY + timedelta(days=90), None]
        for i, due in enumerate(audit_dues):
            p = Partner(
                name=f"Partner {i}",
                kind=PartnerKind.CDMO,
                last_audit_date=TODAY - timedelta(days=800),
                next_audit_due=due,
            )
            fx.partners.append(p)
        fx.partners.append(
            Partner(
                name="Archived Labs",
                kind=PartnerKind.LAB,
                archived=True,
                next_audit_due=TODAY - timedelta(days=5),
            )
        )
        s.add_all(fx.partners)
        s.flush()
        statuses = [*EngagementStatus, EngagementStatus.ACTIVE, EngagementStatus.ACTIVE]
        for i, st in enumerate(statuses):
            fx.engagements.append(
                Engagement(
                    title=f"Program {chr(65 + i)} process development",
                    client_id=clients[i % 2].id,
                    partner_id=fx.partners[i % 4].id,
                    phase=Phase.PROCESS_DEVELOPMENT,
                    status=st,
                    rag=[Rag.GREEN, Rag.AMBER, Rag.RED, None][i % 4],
                    archived=(i == len(statuses) - 1),
                )
            )
        s.add_all(fx.engagements)
        s.flush()
        for e in fx.engagements:
            for n in range(rnd.randint(0, 7)):
                fx.risks.append(
                    Risk(
                        engagement_id=e.id,
                        number=n + 1,
                        title=f"Risk {n + 1}",
                        category=RiskCategory.SUPPLY,
                        likelihood=rnd.randint(1, 5),
                        impact=rnd.randint(1, 5),
                        status=rnd.choice(
                            [
                                RiskStatus.OPEN,
                                RiskStatus.MONITORING,
                                RiskStatus.MITIGATING,
                                RiskStatus.REALIZED,
                            ]
                        ),
                        raised_date=TODAY - timedelta(days=60),
                        next_review_date=TODAY + timedelta(days=rnd.randint(-10, 10)),
                    )
                )
            for n in range(rnd.randint(0, 8)):
                finish = TODAY + timedelta(days=rnd.randint(-20, 40))
                fx.milestones.append(
                    Milestone(
                        engagement_id=e.id,
                        name=f"Step {n}",
                        kind=rnd.choice(list(MilestoneKind)),
                        planned_start=finish - timedelta(days=10),
                        planned_finish=finish,
                        status=rnd.choice(list(MilestoneStatus)),
                        position=n,
                    )
                )
            for n in range(rnd.randint(0, 6)):
                fx.actions.append(
                    ActionItem(
                        engagement_id=e.id,
                        description=f"Send batch record {n}",
                        due_date=rnd.choice([None, TODAY + timedelta(days=rnd.randint(-9, 9))]),
                        status=rnd.choice(list(ActionStatus)),
                    )
                )
        # One of each late thing, so no figure is zero by chance.
        first = fx.engagements[0].id
        fx.actions.append(
            ActionItem(
                engagement_id=first,
                description="Return signed QA",
                due_date=TODAY - timedelta(days=3),
            )
        )
        fx.milestones.append(
            Milestone(
                engagement_id=first,
                name="Tech transfer report",
                kind=MilestoneKind.MILESTONE,
                planned_start=TODAY - timedelta(days=30),
                planned_finish=TODAY - timedelta(days=1),
            )
        )
        fx.risks.append(
            Risk(
                engagement_id=first,
                number=99,
                title="Sole API supplier",
                category=RiskCategory.SUPPLY,
                likelihood=5,
                impact=5,
                raised_date=TODAY - timedelta(days=30),
                next_review_date=TODAY,
            )
        )
        s.add_all([*fx.risks, *fx.milestones, *fx.actions])
    return fx


@pytest.mark.parametrize("seed", [1, 7, 23])
def test_overview_figures_equal_hand_counts(store: Store, seed: int) -> None:
    fx = build_portfolio(store, seed)
    with store.read() as s:
        ov = portfolio_overview(s, TODAY)

    running = {EngagementStatus.ACTIVE, EngagementStatus.ON_HOLD, EngagementStatus.PLANNED}
    listed = [e for e in fx.engagements if e.status in running and not e.archived]
    assert sorted(r.id for r in ov.engagements) == sorted(e.id for e in listed)

    partner_names = {p.id: p.name for p in fx.partners}
    open_statuses = {RiskStatus.OPEN, RiskStatus.MONITORING, RiskStatus.MITIGATING}
    for row in ov.engagements:
        e = next(x for x in fx.engagements if x.id == row.id)
        assert row.client_name == fx.clients[e.client_id]
        assert row.partner_name == partner_names[e.partner_id]
        assert (row.status, row.rag, row.phase) == (e.status, e.rag, e.phase)
        open_risks = [r for r in fx.risks if r.engagement_id == e.id and r.status in open_statuses]
        levels = [risk_matrix.level(r.likelihood, r.impact) for r in open_risks]
        assert row.open_risks == len(open_risks)
        assert row.critical_risks == levels.count(RiskLevel.CRITICAL)
        assert row.high_risks == levels.count(RiskLevel.HIGH)
        assert row.reviews_due == sum(
            r.next_review_date is not None and r.next_review_date <= TODAY for r in open_risks
        )
        unfinished = [
            m
            for m in fx.milestones
            if m.engagement_id == e.id
            and m.status not in (MilestoneStatus.DONE, MilestoneStatus.CANCELLED)
        ]
        assert row.overdue_milestones == sum(m.planned_finish < TODAY for m in unfinished)
        upcoming = sorted(
            (m for m in unfinished if m.kind != MilestoneKind.TASK and m.planned_finish >= TODAY),
            key=lambda m: (m.planned_finish, m.position),
        )
        if upcoming:
            assert (row.next_milestone, row.next_milestone_date) == (
                upcoming[0].name,
                upcoming[0].planned_finish,
            )
            assert row.next_milestone_is_gate == (upcoming[0].kind == MilestoneKind.DECISION_GATE)
        else:
            assert row.next_milestone is None and row.next_milestone_date is None
        assert row.overdue_actions == sum(
            a.engagement_id == e.id
            and a.status in (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)
            and a.due_date is not None
            and a.due_date < TODAY
            for a in fx.actions
        )

    for status in EngagementStatus:
        assert ov.by_status[status] == sum(
            e.status == status and not e.archived for e in fx.engagements
        )
    assert [a.partner_name for a in ov.audits_overdue] == [
        p.name
        for p in fx.partners
        if not p.archived and p.next_audit_due is not None and p.next_audit_due < TODAY
    ]
    assert ov.overdue_actions == sum(r.overdue_actions for r in ov.engagements)
    assert min(ov.overdue_actions, ov.overdue_milestones, ov.reviews_due, ov.critical_risks) > 0


def test_rows_put_active_and_red_first(store: Store) -> None:
    build_portfolio(store)
    with store.read() as s:
        rows = portfolio_overview(s, TODAY).engagements
    order = {EngagementStatus.ACTIVE: 0, EngagementStatus.ON_HOLD: 1, EngagementStatus.PLANNED: 2}
    assert [order[r.status] for r in rows] == sorted(order[r.status] for r in rows)
    active = [r.rag for r in rows if r.status == EngagementStatus.ACTIVE]
    assert active[0] == Rag.RED or Rag.RED not in active


def test_empty_database_gives_an_empty_overview(store: Store) -> None:
    with store.read() as s:
        ov = portfolio_overview(s, TODAY)
    assert ov.engagements == [] and ov.audits_overdue == []
    assert set(ov.by_status.values()) == {0}
    assert ov.overdue_milestones == ov.overdue_actions == ov.reviews_due == 0


def test_query_count_does_not_grow_with_engagements(store: Store) -> None:
    import sqlalchemy as sa

    build_portfolio(store)
    statements: list[str] = []

    def record(conn, cursor, statement, *args) -> None:
        statements.append(statement)

    sa.event.listen(store.engine, "before_cursor_execute", record)
    try:
        with store.read() as s:
            ov = portfolio_overview(s, TODAY)
    finally:
        sa.event.remove(store.engine, "before_cursor_execute", record)
    assert len(ov.engagements) >= 4
    assert len(statements) <= 8


def test_the_overview_names_the_longest_overdue_audits_and_counts_them_all(store: Store) -> None:
    with store.session() as s:
        for i in range(25):
            due = TODAY - timedelta(days=30 + i)
            s.add(Partner(name=f"Late {i:02d}", kind=PartnerKind.CDMO, next_audit_due=due))
        gone = TODAY - timedelta(days=400)
        s.add(Partner(name="Gone", kind=PartnerKind.CDMO, next_audit_due=gone, archived=True))
        soon = TODAY + timedelta(days=3)
        s.add(Partner(name="On time", kind=PartnerKind.CDMO, next_audit_due=soon))
    with store.read() as s:
        ov = portfolio_overview(s, TODAY)
    assert ov.audits_overdue_total == 25
    assert [a.partner_name for a in ov.audits_overdue] == [
        f"Late {i:02d}" for i in range(24, 4, -1)
    ]
