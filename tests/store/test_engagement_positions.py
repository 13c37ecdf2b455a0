"""After a sort or refresh the engagements list finds its current row (one count along the
sort key's index) and reads the page that row is on by seek from it, not by skipping every
row before it; a reload forgets that row."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
import sqlalchemy as sa

from cdmo_desktop.gui.engagements.engagement_list_model import EngagementSource
from cdmo_desktop.store import Store
from cdmo_desktop.store.engagements import fetch_engagements, fetch_engagements_at
from tests.store.test_engagement_list_scale import _populate


@contextmanager
def _skips(store: Store) -> Iterator[list[str]]:
    """Statements run meanwhile that skip rows (a non-zero OFFSET, SQLite's parameters)."""
    seen: list[str] = []

    def record(conn: Any, cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        if "OFFSET" in statement.upper() and parameters and parameters[-1]:
            seen.append(statement)

    sa.event.listen(store.engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        sa.event.remove(store.engine, "before_cursor_execute", record)


@pytest.mark.sqlite_only  # SQLite's parameters (OFFSET last)
@pytest.mark.parametrize("column", [0, 5, 6])
def test_the_page_of_a_located_row_is_read_by_seek_for_one_reload(
    store: Store, column: int
) -> None:
    _populate(store, n=700, seed=5)
    source = EngagementSource(store)
    total = source.count({})
    order = [r.id for r in fetch_engagements(store, {}, column, True, total)]
    place = 237
    assert source.position({}, column, True, order[place]) == place
    with _skips(store) as skipped:
        page = source.fetch_at({}, column, True, 200, 200)
    assert [r.id for r in page] == order[200:400] and not skipped
    other = {"show_archived": True}
    assert source.fetch_at(other, column, True, 400, 20) == fetch_engagements_at(
        store, other, column, True, 400, 20
    )
    source.reloading()
    with _skips(store) as skipped:
        again = source.fetch_at({}, column, True, 200, 200)
    assert [r.id for r in again] == order[200:400] and skipped
