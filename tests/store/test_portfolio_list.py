"""The Portfolio list read from SQL a page at a time shows what the overview built in
Python shows: the same engagements with the same figures, in each column's order, in both
directions, whichever way a page is reached; the tiles' sums match the overview's."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
import sqlalchemy as sa

from cdmo_desktop.domain.enums import Rag
from cdmo_desktop.domain.models import Engagement, StatusReport
from cdmo_desktop.store import Store
from cdmo_desktop.store.portfolio import RUNNING_STATUSES, EngagementSummary, portfolio_overview
from cdmo_desktop.store.portfolio_list import PortfolioList
from tests.store.test_portfolio import TODAY, build_portfolio

_STATUS = {s: i for i, s in enumerate(RUNNING_STATUSES)}
_RAG = {Rag.RED: 0, Rag.AMBER: 1, Rag.GREEN: 2, None: 3}
# The overview's order of each Portfolio column (what the list sorted in Python did).
ORDERS: tuple[Any, ...] = (
    lambda e: (e.title.casefold(),),
    lambda e: (e.partner_name.casefold(), e.title.casefold()),
    lambda e: (_STATUS[e.status], _RAG[e.rag], e.title.casefold()),
    lambda e: (-e.critical_risks, -e.high_risks, -e.open_risks, e.title.casefold()),
    lambda e: (-e.reviews_due, e.title.casefold()),
    lambda e: (e.next_milestone_date or date.max, e.title.casefold()),
    lambda e: (-e.overdue_milestones, e.title.casefold()),
    lambda e: (-e.overdue_actions, e.title.casefold()),
)


def _expected(store: Store, column: int, descending: bool) -> list[EngagementSummary]:
    with store.read() as s:
        rows = portfolio_overview(s, TODAY).engagements
    return sorted(rows, key=lambda e: (*ORDERS[column](e), e.id), reverse=descending)


def _plain(rows: list[Any]) -> list[EngagementSummary]:
    fields = EngagementSummary.__dataclass_fields__
    return [EngagementSummary(**{k: getattr(r, k) for k in fields}) for r in rows]


def _walk(pl: PortfolioList, column: int, descending: bool, page: int) -> list[Any]:
    rows = pl.fetch(column, descending, page)
    while True:
        more = pl.fetch(column, descending, page, after=rows[-1]) if rows else []
        if not more:
            return rows
        rows += more


@pytest.fixture
def portfolio(store: Store) -> PortfolioList:
    fx = build_portfolio(store)
    with store.session() as s:  # reports, so that RAG advice has a report to go by
        for e in fx.engagements[:3]:
            s.add(
                StatusReport(
                    engagement_id=e.id,
                    period_start=date(2026, 2, 1),
                    period_end=date(2026, 2, 28),
                    prepared_on=date(2026, 3, 2),
                    overall_status=Rag.RED,
                )
            )
    return PortfolioList.of_store(store, TODAY)


@pytest.mark.parametrize("column", range(len(ORDERS)))
def test_every_column_pages_in_the_overview_order(
    store: Store, portfolio: PortfolioList, column: int
) -> None:
    for descending in (False, True):
        expected = _expected(store, column, descending)
        assert len(expected) >= 4
        assert portfolio.count() == len(expected)
        walked = _walk(portfolio, column, descending, 1)  # a seek after every row
        # Equal sort keys may come in another order than Python's stable sort: compare
        # the keys of the order and the rows as sets of equal keys.
        key = ORDERS[column]
        assert [key(r) for r in walked] == [key(e) for e in expected], (column, descending)
        assert sorted(_plain(walked), key=lambda e: e.id) == sorted(expected, key=lambda e: e.id)
        # Backwards from the end, and a jump into the middle, give the same rows.
        last = portfolio.fetch_before(column, descending, 2)
        assert [r.id for r in last] == [r.id for r in walked[-2:]]
        before = portfolio.fetch_before(column, descending, 2, before=walked[3])
        assert [r.id for r in before] == [r.id for r in walked[1:3]]
        jumped = portfolio.fetch_at(column, descending, 1, 2)
        assert [r.id for r in jumped] == [r.id for r in walked[1:3]]
        assert [r.id for r in _walk(portfolio, column, descending, 3)] == [r.id for r in walked]
        for n, row in enumerate(walked):
            assert portfolio.position(column, descending, row.id) == n


def test_a_closed_or_archived_engagement_is_not_listed(
    store: Store, portfolio: PortfolioList
) -> None:
    row = portfolio.fetch(0, False, 1)[0]
    with store.session() as s:
        s.get(Engagement, row.id).status = "closed"  # type: ignore[union-attr]
    assert portfolio.position(0, False, row.id) is None
    assert row.id not in {r.id for r in _walk(portfolio, 3, False, 50)}


def test_the_tiles_sum_what_the_overview_sums(store: Store, portfolio: PortfolioList) -> None:
    with store.read() as s:
        ov = portfolio_overview(s, TODAY)
    totals = portfolio.totals()
    assert totals.listed == len(ov.engagements)
    assert totals.by_status == ov.by_status
    for name in (
        "open_risks",
        "critical_risks",
        "high_risks",
        "reviews_due",
        "overdue_milestones",
        "overdue_actions",
        "rags_to_review",
    ):
        assert getattr(totals, name) == getattr(ov, name), name
    assert totals.rags_to_review > 0 and totals.overdue_milestones > 0
    assert totals.audits_overdue == ov.audits_overdue


@pytest.mark.sqlite_only
def test_the_overdue_audits_tile_reads_the_overdue_partners_only(store: Store) -> None:
    """The audits tile names the longest-overdue partners and counts them along the
    partners' audit key: its reads follow the overdue partners, not every partner (SQLite's
    virtual machine steps, against the query that read and sorted every partner)."""
    from datetime import timedelta

    from cdmo_desktop.domain.enums import PartnerKind
    from cdmo_desktop.domain.models import Partner
    from cdmo_desktop.store import portfolio_sql as sql
    from cdmo_desktop.store.portfolio import _overdue_audits, _query
    from cdmo_desktop.store.portfolio_sql import session_reader

    with store.session() as s:
        for i in range(600):
            due = TODAY + timedelta(days=(i % 300) - 6)  # 12 overdue, 588 ahead
            s.add(Partner(name=f"Partner {i:03d}", kind=PartnerKind.CDMO, next_audit_due=due))
    steps = [0]

    def step() -> int:
        steps[0] += 1
        return 0

    with store.read() as s:
        q = _query(session_reader(s), TODAY, RUNNING_STATUSES)
        raw = s.connection().connection.driver_connection
        assert raw is not None
        raw.set_progress_handler(step, 1)
        found = _overdue_audits(q)
        keyed, steps[0] = steps[0], 0
        q.run(sql.OVERDUE_AUDITS, audits=20)
        whole = steps[0]
    assert found["audits_overdue_total"] == 12
    names = [a.partner_name for a in found["audits_overdue"]]
    assert names == [f"Partner {i:03d}" for i in (0, 300, 1, 301, 2, 302, 3, 303, 4, 304, 5, 305)]
    assert keyed < whole / 4, (keyed, whole)


@pytest.mark.sqlite_only
def test_a_deep_place_in_the_default_order_counts_only_its_status_and_rag_group(
    store: Store,
) -> None:
    """In the default order (status, RAG, title) a row's place is the tally of the (status,
    RAG) groups before its own plus a count within its group: exact at every depth both
    ways, and for a row deep in the list a fraction of the work of counting every row
    before it (SQLite's virtual machine steps)."""
    from cdmo_desktop.store import portfolio_list
    from tests.store.test_engagement_list_scale import _populate

    _populate(store, n=900, seed=11)
    pl = PortfolioList.of_store(store, TODAY)
    steps: list[int] = []

    def counting(conn: Any, *_: Any) -> None:
        def step() -> int:
            steps[-1] += 1
            return 0

        steps.append(0)
        conn.connection.driver_connection.set_progress_handler(step, 1)

    orders = {}
    for descending in (False, True):
        order = [r.id for r in _walk(pl, portfolio_list.DEFAULT_COLUMN, descending, 97)]
        assert pl.count() == len(order) > 500
        for place in sorted({0, 1, 250, len(order) // 2, len(order) - 120, len(order) - 1}):
            assert pl.position(portfolio_list.DEFAULT_COLUMN, descending, order[place]) == place
        orders[descending] = order
    deep = orders[False][len(orders[False]) - 120]
    sa.event.listen(store.engine, "before_cursor_execute", counting)
    try:
        pl.position(portfolio_list.DEFAULT_COLUMN, False, deep)
        found = sum(steps)
        steps.clear()
        with store.read() as s:
            q = portfolio_list._query(
                portfolio_list.session_reader(s), TODAY, portfolio_list.RUNNING_STATUSES
            )
            keyed = portfolio_list._keyed(portfolio_list.DEFAULT_COLUMN, True)
            mine = q.run(f"SELECT * FROM ({keyed}) AS o WHERE o.id = :key", key=deep)
            text = portfolio_list._counted_before(portfolio_list.DEFAULT_COLUMN, False, keyed)
            q.run(text, **portfolio_list.seek_params(mine[0][1:], deep))
        counted = steps[-1]
    finally:
        sa.event.remove(store.engine, "before_cursor_execute", counting)
    assert found < counted / 2, (found, counted)


@pytest.mark.sqlite_only
def test_a_page_after_a_deep_row_in_the_default_order_costs_what_the_first_page_costs(
    store: Store,
) -> None:
    """The page after (or before) a row deep in the default order is read by a seek within
    the row's status rank, then the ranks after it: no more work than reading the first
    page (SQLite's virtual machine steps), not the work of reading the rows before it."""
    from cdmo_desktop.store import portfolio_list
    from tests.store.test_engagement_list_scale import _populate

    _populate(store, n=900, seed=12)
    pl = PortfolioList.of_store(store, TODAY)
    column = portfolio_list.DEFAULT_COLUMN
    whole = _walk(pl, column, False, 97)
    at = len(whole) * 3 // 4
    middle = whole[at]
    steps = [0]

    def counting(conn: Any, *_: Any) -> None:
        def step() -> int:
            steps[0] += 1
            return 0

        conn.connection.driver_connection.set_progress_handler(step, 1)

    sa.event.listen(store.engine, "before_cursor_execute", counting)
    try:
        first = pl.fetch(column, False, 10)
        top, steps[0] = steps[0], 0
        after = pl.fetch(column, False, 10, after=middle)
        seeked, steps[0] = steps[0], 0
        before = pl.fetch_before(column, False, 10, before=middle)
        back = steps[0]
    finally:
        sa.event.remove(store.engine, "before_cursor_execute", counting)
    assert [r.id for r in first] == [r.id for r in whole[:10]]
    assert [r.id for r in after] == [r.id for r in whole[at + 1 : at + 11]]
    assert [r.id for r in before] == [r.id for r in whole[at - 10 : at]]
    assert seeked < 0.8 * top and back < 0.8 * top, (top, seeked, back)
