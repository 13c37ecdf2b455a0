"""A jump of the Portfolio's scroll bar in every marked order (title, partner, risks and the
dated columns while their keys hold for the day read for) reads from the span holding its
rows (store.portfolio_jump): the rows of a plain order at every offset, both ways, after
engagements are added, edited, closed, archived and an edit is undone; a deep jump costs
what a shallow one does. On PostgreSQL (no marks) the same rows come by offset."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from cdmo_desktop.domain.enums import EngagementStatus, Phase
from cdmo_desktop.store import Store, engagement_marks
from cdmo_desktop.store.engagement_edits import (
    archive_engagement,
    create_engagement,
    edit_engagement,
)
from cdmo_desktop.store.portfolio_list import PortfolioList, catch_up, file_reading
from tests.marks_support import assert_jumps_flat
from tests.store.test_engagement_list_scale import _populate
from tests.store.test_engagement_marks import SPAN, _cut, _marks_agree
from tests.store.test_portfolio import TODAY
from tests.store.test_portfolio_list import _expected
from tests.store.test_portfolio_positions import Recorded, portfolio  # noqa: F401 (a fixture)

MARKED = tuple(engagement_marks.PORTFOLIO_ORDERS)  # every column but the default one


def _assert_jumps_exact(store: Store) -> None:
    recorded = Recorded(store, plans=False)
    sqlite = store.backend == "sqlite"
    listed = PortfolioList(recorded, TODAY, tallied=lambda: sqlite)
    for column in MARKED:
        for desc in (False, True):
            expected = [e.id for e in _expected(store, column, desc)]
            assert len(expected) > 40
            for offset in (*range(0, len(expected) + 2, 3), len(expected) - 1):
                rows = listed.fetch_at(column, desc, offset, 5)
                wanted = expected[offset : offset + 5]
                assert [e.id for e in rows] == wanted, (column, desc, offset)
    if sqlite:  # from each span's start: never the rows of every span before it
        assert recorded.skipped and max(recorded.skipped) < 4 * SPAN, recorded.skipped


def test_jumps_in_every_marked_order_read_a_plain_orders_rows_after_writes(
    store: Store,
    portfolio: PortfolioList,  # noqa: F811 (the fixture)
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert catch_up(store, TODAY)  # the dated orders walk their stored keys (and marks)
    _cut(store, monkeypatch)
    _assert_jumps_exact(store)
    deep = [e.id for e in _expected(store, 1, False)]
    with store.read() as s:
        client, partner = s.execute(
            sa.text("SELECT client_id, partner_id FROM engagement LIMIT 1")
        ).one()
    for i, title in enumerate(("Aardvark study", "Middle transfer", "Zulu fill")):
        create_engagement(
            store,
            {
                "title": title,
                "client_id": client,
                "partner_id": partner,
                "phase": list(Phase)[i],
                "status": list(EngagementStatus)[i],
            },
        )
    moved = edit_engagement(store, deep[len(deep) // 2], {"title": "Aaa ahead of all"})
    edit_engagement(store, deep[5], {"status": EngagementStatus.CLOSED})
    archive_engagement(store, deep[-3])
    _assert_jumps_exact(store)
    _marks_agree(store)
    store.replay(moved.before, "undo", current=moved.after)
    _assert_jumps_exact(store)


@pytest.mark.sqlite_only  # the marks are SQLite's
@pytest.mark.parametrize("column", [0, 1, 3, 6])
def test_a_deep_jump_in_a_marked_order_costs_what_a_shallow_one_does(
    store: Store, monkeypatch: pytest.MonkeyPatch, column: int
) -> None:
    """The scroll bar dragged to the middle of the list sorted by engagement, partner,
    risks or late milestones reads as few SQLite steps as a jump one span from the top:
    the rows before the span are summed from the marks, not skipped one by one."""
    _populate(store, n=600, seed=13)
    assert catch_up(store, TODAY)
    _cut(store, monkeypatch)
    with store.engine.begin() as conn:  # statistics, as a database of thousands has
        conn.exec_driver_sql("ANALYZE")
    order = [e.id for e in _expected(store, column, False)]
    listed = PortfolioList.of_store(store, TODAY)
    assert_jumps_flat(
        store, order, SPAN, lambda desc, offset: listed.fetch_at(column, desc, offset, 4)
    )


@pytest.mark.sqlite_only
def test_a_file_without_the_marks_jumps_by_offset(store: Store) -> None:
    """A file before the marks (the first paint reads it before its upgrade) still jumps
    to the right rows in a marked order, read by offset."""
    _populate(store, n=40, seed=14)
    expected = [e.id for e in _expected(store, 1, False)]
    with store.engine.begin() as conn:  # the engagements as revision 0026 left them
        for name in ("ai", "ad", "au"):
            conn.exec_driver_sql(f"DROP TRIGGER engagement_mark_{name}")
        conn.exec_driver_sql("DROP TABLE engagement_mark")
    listed = PortfolioList(file_reading(store.path), TODAY, tallied=lambda: True)
    assert [e.id for e in listed.fetch_at(1, False, 7, 5)] == expected[7:12]
    assert [e.id for e in listed.fetch_at(1, True, 7, 5)] == expected[::-1][7:12]
