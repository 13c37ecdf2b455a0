"""A "live risk" (reviewed, counted as open, due for review) is defined once, in
domain.risk_review, and every place that counts live risks agrees with it: the SQL of the
register (store.risks.is_live), the portfolio overview and agenda (through the ORM session
and the read-only first-paint reader), the partner overview and report snapshots. One risk
of each status is logged; each place must count exactly the live ones. Changing any copy
(or the status list) makes this fail."""

from __future__ import annotations

from datetime import timedelta

import pytest
import sqlalchemy as sa

from cdmo_desktop.domain import risk_review, snapshot
from cdmo_desktop.domain.enums import RiskStatus
from cdmo_desktop.domain.models import Engagement, Risk
from cdmo_desktop.store import Store, partner_overview, portfolio, snapshot_rows
from cdmo_desktop.store import risks as rs
from tests.risks_support import TODAY, Portfolio, add_risk, make_portfolio

LIVE = {s.value for s in RiskStatus if risk_review.is_active(s)}


@pytest.fixture
def pf(store: Store) -> Portfolio:
    pf = make_portfolio(store)
    for status in RiskStatus:
        closed = status in (RiskStatus.CLOSED, RiskStatus.REALIZED)
        add_risk(
            store,
            pf.alpha,
            status.value,
            status=status,
            likelihood=5,
            impact=5,
            next_review_date=TODAY - timedelta(days=1),
            closed_date=TODAY if closed else None,
            closure_note="Done" if closed else "",
        )
    return pf


def test_live_statuses_are_the_reviewed_ones() -> None:
    live = {RiskStatus.OPEN, RiskStatus.MONITORING, RiskStatus.MITIGATING}
    assert set(risk_review.ACTIVE_STATUSES) == live
    assert {s.value for s in risk_review.ACTIVE_STATUSES} == LIVE


def test_the_sql_expression_agrees_with_the_predicate_over_every_status(
    store: Store, pf: Portfolio
) -> None:
    table = sa.inspect(Risk).local_table
    with store.read() as s:
        live = set(s.execute(sa.select(table.c.status).where(rs.is_live(table.c.status))).scalars())
        everything = set(s.execute(sa.select(table.c.status)).scalars())
    assert everything == {s.value for s in RiskStatus}
    assert live == LIVE


def test_the_register_lists_and_counts_live_risks(store: Store, pf: Portfolio) -> None:
    listed = rs.fetch_risks(store, {"status": rs.ACTIVE}, limit=100)
    assert {r.status for r in listed} == LIVE
    assert rs.count_reviews_due(store, TODAY) == len(LIVE)
    assert rs.count_risks_and_due(store, {}, TODAY) == (len(RiskStatus), len(LIVE))


@pytest.mark.sqlite_only  # the first paint reads the SQLite file
def test_the_portfolio_overview_and_agenda_count_live_risks(store: Store, pf: Portfolio) -> None:
    with store.read() as s:
        through_orm = portfolio.session_snapshot(s, TODAY)
    first_paint = portfolio.read_snapshot(store.path, TODAY)
    for snap in (through_orm, first_paint):
        (alpha,) = [e for e in snap.overview.engagements if e.id == pf.alpha]
        assert (alpha.open_risks, alpha.critical_risks, alpha.reviews_due) == (3, 3, 3)
        reviews = [i.title for i in snap.agenda if i.kind == "risk_review"]
        assert sorted(t.split(" ", 1)[1] for t in reviews) == sorted(LIVE)


def test_the_partner_overview_counts_live_risks(store: Store, pf: Portfolio) -> None:
    with store.read() as s:
        engagement = s.get(Engagement, pf.alpha)
        assert engagement is not None
    overview = partner_overview.load_overview(store, engagement.partner_id, TODAY)
    assert sum(overview.open_risks.values()) == len(LIVE)


def test_report_snapshots_call_live_risks_active(store: Store, pf: Portfolio) -> None:
    with store.read() as s:
        rows = snapshot_rows.risk_rows(s, pf.alpha)
    assert {r.status for r in rows if r.is_active} == LIVE
    for status in RiskStatus:
        row = snapshot.RiskRow(7, "t", "supply", 1, 1, 1, "low", status.value)
        assert row.is_active == risk_review.is_active(status)


def test_one_code_formatter_everywhere(store: Store, pf: Portfolio) -> None:
    assert risk_review.code(7) == "R-007"
    assert risk_review.code(1234) == "R-1234"
    assert snapshot.RiskRow(7, "t", "supply", 1, 1, 1, "low", "open").ref == "R-007"
    codes = {r.code for r in rs.fetch_risks(store, {}, "code", False, limit=100)}
    assert codes == {risk_review.code(n) for n in range(1, len(RiskStatus) + 1)}
    with store.read() as s:
        agenda = portfolio.agenda(s, TODAY)
    reviews = {i.title for i in agenda if i.kind == "risk_review"}
    assert reviews and {t.split(" ", 1)[0] for t in reviews} <= codes
