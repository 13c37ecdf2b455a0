"""The task table fits beside the chart at common screen sizes (issue 11, item 16): no
column sits behind a sideways scroll, the planned dates, duration, progress, status and
Fixed columns show at 1366 x 768 and at 150 % scaling, every column at 1920 x 1080; the
header's menu chooses columns, and the choice is remembered."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QMenu

from cdmo_desktop.gui import settings as app_settings
from cdmo_desktop.gui.schedule import schedule_table as cols
from cdmo_desktop.gui.schedule.schedule import ScheduleView

pytestmark = pytest.mark.gui

SIDEBAR_AND_FRAME = 176 + 24
# The page a maximised window leaves the screen at 1366 x 768, 1920 x 1080, and 1920 x 1080
# at 150 % (Qt then lays out 1280 x 720 logical pixels).
SIZES = {"1366x768": (1366, 768), "1920x1080": (1920, 1080), "150%": (1280, 720)}
ESSENTIAL = {cols.NAME, cols.START, cols.FINISH, cols.DURATION, cols.PERCENT, cols.STATUS}
ESSENTIAL |= {cols.FIXED}


def shown_columns(view: ScheduleView) -> set[int]:
    return {c for c in range(len(cols.HEADERS)) if not view.table.isColumnHidden(c)}


def open_at(qtbot, ctx, size: tuple[int, int], engagement_id: str | None = None) -> ScheduleView:
    view = ScheduleView(ctx, engagement_id)
    qtbot.addWidget(view)
    view.resize(size[0] - SIDEBAR_AND_FRAME, size[1] - 146)
    view.show()
    qtbot.waitExposed(view)
    QApplication.processEvents()
    return view


def assert_no_sideways_scroll(view: ScheduleView) -> None:
    table = view.table
    assert table.horizontalScrollBar().maximum() == 0, (
        f"columns behind a scroll: table {table.viewport().width()} px wide, "
        f"{table.horizontalHeader().length()} px of columns"
    )
    name = table.columnWidth(cols.NAME)
    assert name >= table.columns.name_minimum() - 2, f"the name column is only {name} px"


@pytest.mark.parametrize("size", list(SIZES))
def test_the_table_fits_beside_the_chart(qtbot, demo_ctx, size: str) -> None:
    view = open_at(qtbot, demo_ctx, SIZES[size])
    assert_no_sideways_scroll(view)
    assert shown_columns(view) >= ESSENTIAL
    chart, table = view.timeline.width(), view.table.width()
    assert chart >= 0.4 * (chart + table), f"the chart keeps only {chart} of {chart + table} px"
    if size == "1920x1080":
        assert shown_columns(view) == set(range(len(cols.HEADERS)))


def test_a_narrower_table_drops_the_least_used_columns_first(qtbot, demo_ctx) -> None:
    view = open_at(qtbot, demo_ctx, SIZES["1920x1080"])
    total = sum(view.splitter.sizes())
    view.splitter.setSizes([420, total - 420])
    QApplication.processEvents()
    assert_no_sideways_scroll(view)
    assert {cols.NAME, cols.START, cols.FINISH} <= shown_columns(view)
    assert cols.KIND not in shown_columns(view) and cols.OWNER not in shown_columns(view)
    view.splitter.setSizes([total - 300, 300])
    QApplication.processEvents()
    assert shown_columns(view) == set(range(len(cols.HEADERS)))


def test_columns_chosen_in_the_header_menu_are_remembered(qtbot, demo_ctx) -> None:
    view = open_at(qtbot, demo_ctx, SIZES["1366x768"])
    menu = QMenu()
    view.table.columns.fill_menu(menu)
    by_name = {a.objectName(): a for a in menu.actions()}
    by_name["schedule_column_actual_start"].trigger()
    assert not view.table.isColumnHidden(cols.ACTUAL_START)
    chosen = app_settings.get(demo_ctx.settings, app_settings.SCHEDULE_COLUMNS)
    assert "actual_start" in chosen.split(",")
    again = open_at(qtbot, demo_ctx, SIZES["1366x768"])
    assert shown_columns(again) == shown_columns(view)
    menu = QMenu()
    again.table.columns.fill_menu(menu)
    [auto] = [a for a in menu.actions() if a.objectName() == "schedule_columns_auto"]
    auto.trigger()
    assert app_settings.get(demo_ctx.settings, app_settings.SCHEDULE_COLUMNS) == ""


def test_large_fonts_widen_the_columns_alike(qtbot, demo_ctx) -> None:
    view = open_at(qtbot, demo_ctx, SIZES["1920x1080"])
    normal = view.table.columns.measure()[cols.START]
    font = view.table.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)
    view.table.setFont(font)
    view.table.horizontalHeader().setFont(font)
    assert view.table.columns.measure()[cols.START] > 1.3 * normal
    view.table.columns.apply()
    assert_no_sideways_scroll(view)


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_legend_keeps_one_line_where_it_fits_and_wraps_between_entries(
    qtbot, request, language: str
) -> None:
    """On a laptop at 150 % the legend under the chart is one line (the drag how-to beside
    it gives way); narrower still it wraps, each entry whole ("■ decision gate")."""
    if language == "de":
        request.getfixturevalue("german")
    ctx = request.getfixturevalue("demo_ctx")
    view = open_at(qtbot, ctx, (911 + 24, 512 + 146))  # the window's page: 911 - 176 px
    line = view.legend.fontMetrics().lineSpacing()
    assert view.legend.height() < 2 * line
    assert view.legend.width() >= view.legend.sizeHint().width()
    view.resize(300, 600)
    for _ in range(3):
        QApplication.processEvents()
    assert view.legend.height() >= 3 * line  # wrapped, every entry still shown
    assert "&nbsp;" in view.legend.text()  # a mark and its words never part
