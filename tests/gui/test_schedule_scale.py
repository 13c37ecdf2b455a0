"""A 20,000-item plan: what the screen builds and paints is bounded by the window, not
the plan; the end of the plan is reached and drawn; the plan is read with one query per
table."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from PySide6.QtCore import QPointF, QSettings
from PySide6.QtWidgets import QApplication

from bench.generate import generate_schedule
from cdmo_desktop.gui.context import AppContext
from cdmo_desktop.gui.schedule.schedule import ScheduleView
from cdmo_desktop.gui.schedule.schedule_document import Row
from cdmo_desktop.gui.widgets.gantt_chart import GanttChartItem
from cdmo_desktop.store import Store, open_store
from cdmo_desktop.store import schedule as sched

N_ITEMS = 20_000


@pytest.fixture(scope="module")
def big_plan(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    path = tmp_path_factory.mktemp("big-plan") / "plan.sqlite"
    engagement_id = generate_schedule(path, N_ITEMS, 24_000)
    return path, engagement_id


@pytest.fixture
def big_store(big_plan: tuple[Path, str]) -> Iterator[Store]:
    store = open_store(big_plan[0], user="Test Consultant")
    yield store
    store.close()


@pytest.fixture
def view(qtbot, big_plan, big_store: Store, settings: QSettings) -> Iterator[ScheduleView]:
    ctx = AppContext(big_store, settings)
    v = ScheduleView(ctx, big_plan[1])
    qtbot.addWidget(v)
    v.resize(1366, 768)
    v.show()
    qtbot.waitExposed(v)
    qtbot.waitUntil(lambda: v.doc.complete, timeout=60_000)  # the rest, read after the head
    yield v
    v.close()


@pytest.fixture
def painted(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The item indices the chart draws, in paint order."""
    drawn: list[int] = []
    original = GanttChartItem._paint_item

    def spy(self: GanttChartItem, painter, i, y, analysis) -> None:
        drawn.append(i)
        original(self, painter, i, y, analysis)

    monkeypatch.setattr(GanttChartItem, "_paint_item", spy)
    return drawn


def _rows_in_view(v: ScheduleView) -> int:
    return int(v.gantt.viewport().height() / v.gantt.timeline.row_height) + 2


def test_opening_20k_items_builds_a_few_graphics_items_and_paints_only_rows_on_screen(
    view: ScheduleView, painted: list[int]
) -> None:
    assert len(view.doc.items) == N_ITEMS
    # one chart item and the drag previews, whatever the size of the plan
    assert len(view.gantt.scene().items()) <= 8
    QApplication.processEvents()
    painted.clear()
    view.gantt.viewport().repaint()
    assert 0 < len(painted) <= _rows_in_view(view)


def test_scrolling_to_the_end_shows_the_last_task(view: ScheduleView, painted: list[int]) -> None:
    bar = view.gantt.verticalScrollBar()
    bar.setValue(bar.maximum())
    last_row = len(view.doc.rows) - 1
    last = view.doc.rows.item_at(last_row)
    view.gantt.show_date(view.doc.items[last].start, at=0.5)
    QApplication.processEvents()
    painted.clear()
    view.gantt.viewport().repaint()
    assert last in painted
    assert len(painted) <= _rows_in_view(view)
    # the table beside it scrolled with it: its last row is on screen
    table = view.table
    assert table.rowAt(table.viewport().height() - 2) == last_row
    # the last bar is inside the chart's window, where a press would grab it
    centre = QPointF(*_bar_centre(view, last))
    assert view.gantt.viewport().rect().contains(view.gantt.mapFromScene(centre))
    assert view.gantt.hit(centre)[1] == last


def _bar_centre(v: ScheduleView, i: int) -> tuple[float, float]:
    from cdmo_desktop.gui.widgets.gantt_chart import item_span

    x0, x1 = item_span(v.gantt.timeline, v.doc.items[i])
    row = v.doc.row_of_item[i]
    return (x0 + x1) / 2, v.gantt.timeline.row_y(row) + v.gantt.timeline.row_height / 2


def test_the_screen_holds_no_row_object_per_item(view: ScheduleView) -> None:
    gc.collect()
    rows = sum(1 for o in gc.get_objects() if isinstance(o, Row))
    assert rows < 100  # the headings (and rows asked for just now), not one per item
    assert len(view.doc.rows) > N_ITEMS


def test_the_plan_is_read_with_one_query_per_table(
    big_plan, big_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    statements: list[str] = []

    def count(_conn, _cursor, statement, *_args) -> None:
        statements.append(statement)

    rows = sched._rows  # on SQLite through the driver's cursor, unseen by the engine's events

    def counted_rows(conn: Any, sql: str, params: Any) -> Any:
        statements.append(sql)
        return rows(conn, sql, params)

    monkeypatch.setattr(sched, "_rows", counted_rows)
    sa.event.listen(big_store.engine, "before_cursor_execute", count)
    try:
        plan = sched.load_plan(big_store, big_plan[1])
    finally:
        sa.event.remove(big_store.engine, "before_cursor_execute", count)
    assert len(plan.items) == N_ITEMS
    reads = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    assert len(reads) == 3  # engagements, items, links
