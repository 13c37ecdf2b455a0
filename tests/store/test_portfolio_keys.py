"""The Portfolio's stored keys (store.portfolio_keys) hold what the overview counts, for
every engagement, after writes of every kind, after an undo, after a day rollover; the list
sorted on them gives the overview's order, and falls back to counting while the dated keys
are stale (a new day not rolled yet, or a database rolled by nobody), never showing a wrong
order."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from sqlmodel import col

from cdmo_desktop.domain.enums import (
    MilestoneKind,
    MilestoneStatus,
    RiskCategory,
    RiskLevel,
    RiskStatus,
)
from cdmo_desktop.domain.models import ActionItem, Engagement, Milestone, Risk
from cdmo_desktop.domain.models.engagement import PORTFOLIO_KEYS, PORTFOLIO_NO_MILESTONE
from cdmo_desktop.store import Store, portfolio_keys
from cdmo_desktop.store.changesets import ChangeSet
from cdmo_desktop.store.portfolio import (
    OPEN_ACTION_STATUSES,
    EngagementSummary,
    portfolio_overview,
)
from cdmo_desktop.store.portfolio_list import FAR, STORED_KEYS, PortfolioList, catch_up
from tests.store.test_portfolio import TODAY, Fixture, build_portfolio
from tests.store.test_portfolio_list import ORDERS, _walk
from tests.sync_support import replicas, send


def _wanted(e: EngagementSummary) -> tuple[Any, ...]:
    return (
        -e.critical_risks,
        -e.high_risks,
        -e.open_risks,
        -e.reviews_due,
        e.next_milestone_date or PORTFOLIO_NO_MILESTONE,
        -e.overdue_milestones,
        -e.overdue_actions,
    )


def _stored(store: Store) -> dict[str, tuple[Any, ...]]:
    E = Engagement.__table__  # type: ignore[attr-defined]
    with store.read() as s:
        found = s.execute(sa.select(E.c.id, *(E.c[k] for k in PORTFOLIO_KEYS))).all()
    return {r[0]: tuple(r[1:]) for r in found}


def _assert_current(store: Store, day: date) -> None:
    """Every listed engagement's keys are what the overview counts as of `day`, and each
    aggregate column lists in the overview's order."""
    with store.read() as s:
        expected = portfolio_overview(s, day).engagements
    stored = _stored(store)
    assert {e.id: stored[e.id] for e in expected} == {e.id: _wanted(e) for e in expected}
    _assert_orders(store, day, expected)


def _assert_orders(store: Store, day: date, expected: list[EngagementSummary]) -> None:
    listed = PortfolioList.of_store(store, day)
    for column in STORED_KEYS:
        for descending in (False, True):
            key = ORDERS[column]
            walked = _walk(listed, column, descending, 2)
            assert [key(r) for r in walked] == sorted(
                (key(e) for e in expected), reverse=descending
            ), (column, descending)


@pytest.fixture
def fx(store: Store) -> Fixture:
    fixture = build_portfolio(store)
    assert catch_up(store, TODAY)
    return fixture


def test_the_keys_hold_what_the_overview_counts(store: Store, fx: Fixture) -> None:
    _assert_current(store, TODAY)
    assert FAR == PORTFOLIO_NO_MILESTONE  # the joined and the stored orders agree


def _write(store: Store, work: Any) -> ChangeSet:
    return store.write("test", work)


def test_every_kind_of_write_and_its_undo_keeps_the_keys(store: Store, fx: Fixture) -> None:
    first, second = fx.engagements[0].id, fx.engagements[1].id
    risk = next(r for r in fx.risks if r.engagement_id == first)
    action = next(
        a
        for a in fx.actions
        if a.status in OPEN_ACTION_STATUSES and a.due_date is not None and a.due_date < TODAY
    )

    def critical(s: Any) -> None:
        r = s.get(Risk, risk.id)
        r.likelihood, r.impact, r.status = 5, 5, RiskStatus.OPEN

    def late_gate(s: Any) -> None:
        s.add(
            Milestone(
                engagement_id=second,
                name="Late gate",
                kind=MilestoneKind.DECISION_GATE,
                planned_start=TODAY - timedelta(days=9),
                planned_finish=TODAY - timedelta(days=2),
                status=MilestoneStatus.IN_PROGRESS,
                position=99,
            )
        )

    def moved(s: Any) -> None:  # the risk leaves one engagement for another
        r = s.get(Risk, risk.id)
        r.engagement_id, r.number = second, 99

    def gone(s: Any) -> None:
        s.delete(s.get(ActionItem, action.id))

    def closed(s: Any) -> None:  # leaves the list
        s.get(Engagement, second).status = "closed"

    for work in (critical, late_gate, moved, gone, closed):
        before = _stored(store)
        done = _write(store, work)
        _assert_current(store, TODAY)
        assert _stored(store) != before or work is closed, work.__name__
        store.replay(done.before, "undo", current=done.after)
        _assert_current(store, TODAY)
        assert _stored(store) == before, work.__name__
        store.replay(done.after, "redo", current=done.before)
        _assert_current(store, TODAY)


def test_a_risk_level_follows_its_scores(store: Store, fx: Fixture) -> None:
    risk = next(r for r in fx.risks if r.status == RiskStatus.OPEN)
    from cdmo_desktop.store.risk_edits import edit_risk

    edit_risk(store, risk.id, {"likelihood": 5, "impact": 5})
    with store.read() as s:
        assert s.get(Risk, risk.id).level == RiskLevel.CRITICAL  # type: ignore[union-attr]
    _assert_current(store, TODAY)


def test_a_new_day_rolls_only_the_engagements_with_something_dated_then(
    store: Store, fx: Fixture
) -> None:
    later = TODAY + timedelta(days=3)
    with store.read() as s:
        expected = portfolio_overview(s, later).engagements
    # Not rolled yet: the dated keys are stale, the list counts instead (right order).
    assert _stored(store) != {}
    _assert_orders(store, later, expected)
    with store.session() as s:
        rolled = portfolio_keys.roll(s.connection(), later)
    assert 0 < rolled < len(fx.engagements) + 1
    _assert_current(store, later)
    with store.session() as s:  # and back (a clock set back)
        portfolio_keys.roll(s.connection(), TODAY)
    _assert_current(store, TODAY)


def test_the_list_reads_the_keys_only_while_they_hold(store: Store, fx: Fixture) -> None:
    """A stored key decides the order while its day is the day read for (proof the index
    is used), and is ignored once stale."""
    listed = PortfolioList.of_store(store, TODAY)
    last = listed.fetch(4, True, 1)[0]  # the engagement with the fewest reviews due
    with store.session() as s:
        s.connection().execute(
            sa.update(Engagement.__table__)  # type: ignore[attr-defined]
            .where(Engagement.__table__.c.id == last.id)  # type: ignore[attr-defined]
            .values(pf_reviews=-1000)
        )
    assert listed.fetch(4, False, 1)[0].id == last.id  # the stored key answers
    with store.session() as s:
        s.connection().execute(
            sa.update(portfolio_keys.KEY_DAY).values(day=TODAY - timedelta(days=1))
        )
    with store.read() as s:
        expected = portfolio_overview(s, TODAY).engagements
    _assert_orders(store, TODAY, expected)  # stale: counted, the right order
    with store.session() as s:  # bulk.REBUILDERS' rebuild puts every key right
        portfolio_keys.rebuild(s.connection(), TODAY)
    _assert_current(store, TODAY)


@pytest.mark.sqlite_only
def test_a_risk_synced_from_another_replica_counts_on_arrival(
    demo_template: Path, tmp_path: Path
) -> None:
    a, b = replicas(demo_template, tmp_path, 2)
    try:
        with a.read() as s:
            engagement = s.execute(sa.select(col(Risk.engagement_id)).limit(1)).scalar_one()
            number = s.execute(sa.select(sa.func.max(col(Risk.number)))).scalar_one() + 1
        before = _stored(b)[engagement]
        risk = Risk(
            engagement_id=engagement,
            number=number,
            title="Made on A",
            category=RiskCategory.SUPPLY,
            likelihood=5,
            impact=5,
        )
        a.write("new risk", lambda s: s.add(risk))
        assert send(a, b).applied
        after = _stored(b)[engagement]
        assert after[:3] == (before[0] - 1, before[1], before[2] - 1)  # one more critical
        assert after == _stored(a)[engagement]
    finally:
        a.close()
        b.close()
