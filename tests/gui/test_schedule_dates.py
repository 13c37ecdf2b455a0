"""Dates on the Schedule screen: any stored date opens (issue 11, item 3), dates and numbers
follow the locale and typed dates are read in it (issue 10), today moves on at midnight."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
import sqlalchemy as sa
from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from cdmo_desktop.domain import clock
from cdmo_desktop.domain.timeline import Scale
from cdmo_desktop.gui import theme
from cdmo_desktop.gui.schedule import schedule_table as cols
from cdmo_desktop.gui.schedule.schedule import ScheduleView
from cdmo_desktop.gui.widgets.fields import DateField
from cdmo_desktop.gui.widgets.gantt_chart import item_span
from tests.schedule_data import day, make_plan, planned

pytestmark = pytest.mark.gui

GERMAN = QLocale(QLocale.Language.German, QLocale.Country.Germany)


@pytest.fixture
def plan(store):
    return make_plan(store)


@pytest.fixture
def stray_dates(store, plan) -> dict[str, date]:
    """Dates stored before validation bounded them: the last and the first day a date
    editor allows, written past the store's checks."""
    stray = {plan.ids["release"]: date.max, plan.ids["design"]: date.min}
    with store.engine.begin() as conn:
        for item_id, d in stray.items():
            conn.execute(
                sa.text(
                    "UPDATE milestone SET planned_start = :d, planned_finish = :d WHERE id = :i"
                ),
                {"d": d.isoformat(), "i": item_id},
            )
    return stray


def open_view(ctx, qtbot, engagement_id: str | None) -> ScheduleView:
    v = ScheduleView(ctx, engagement_id)
    v.resize(1400, 600)
    qtbot.addWidget(v)
    v.show()
    qtbot.waitExposed(v)
    return v


@pytest.mark.parametrize("portfolio", [False, True])
def test_the_screen_opens_over_items_dated_in_year_1_and_9999(
    ctx, plan, stray_dates, qtbot, portfolio
) -> None:
    v = open_view(ctx, qtbot, None if portfolio else plan.engagement_id)
    qtbot.wait(10)  # placed after the first paint
    assert "items" in v.message.text()
    for scale in Scale:
        v.set_scale(scale)
        v.gantt.viewport().repaint()
        v.header.repaint()
    v.fit_to_plan()
    v.go_to_today()
    v.gantt.viewport().repaint()
    # the chart spans the years the app accepts, not the ten thousand years of the stray dates
    span = v.doc.span()
    assert span is not None and span[1].year <= 2199 and span[0].year >= 1900
    row = v.doc.row_of_item[v.doc.index[plan.ids["release"]]]
    shown = v.model.data(v.model.index(row, cols.FINISH))
    assert shown == "31 Dec 9999"
    tip = v.model.data(v.model.index(row, cols.NAME), Qt.ItemDataRole.ToolTipRole)
    assert "outside 1900–2199" in tip
    # hovering and dragging where the items lie do not fail either
    for item_id in stray_dates:
        x0, x1 = item_span(v.gantt.timeline, v.doc.items[v.doc.index[item_id]])
        assert x0 <= x1
    v.gantt.show_date(day(0), at=0.05)
    centre = v.gantt.viewport().rect().center()
    QApplication.sendEvent(
        v.gantt.viewport(),
        QHelpEvent(QEvent.Type.ToolTip, centre, v.gantt.viewport().mapToGlobal(centre)),
    )
    QToolTip.hideText()


def test_an_item_dated_9999_can_be_moved_back_into_range(
    ctx, plan, stray_dates, store, qtbot
) -> None:
    v = open_view(ctx, qtbot, plan.engagement_id)
    row = v.doc.row_of_item[v.doc.index[plan.ids["release"]]]
    assert not v.model.setData(v.model.index(row, cols.FINISH), date(9999, 12, 30))
    assert "between 1900 and 2199" in v.message.text()
    assert v.model.setData(v.model.index(row, cols.FINISH), day(11))
    assert planned(store, plan.ids["release"]) == (day(11), day(11))


@pytest.fixture
def german() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(GERMAN)
    try:
        yield
    finally:
        QLocale.setDefault(before)


def test_german_dates_numbers_and_typing(german, ctx, plan, store, qtbot) -> None:
    v = open_view(ctx, qtbot, plan.engagement_id)
    row = v.doc.row_of_item[v.doc.index[plan.ids["batch"]]]
    index = v.model.index
    assert v.model.data(index(row, cols.START)) == "8. März 2027"
    assert v.model.data(index(row, cols.DURATION)) == "5 d"
    v.set_scale(Scale.WEEK)
    labels = [t.label for t in v.gantt.timeline.major_ticks(0, 2000)]
    assert any(label.startswith("März") for label in labels), labels
    assert "plan finishes 19. März 2027" in v.message.text()
    # a German date typed into the start cell: 10.03.2027, then Return
    v.table.setFocus()
    v.table.setCurrentIndex(index(row, cols.START))
    qtbot.keyClick(v.table, Qt.Key.Key_F2)
    editor = v.table.focusWidget()
    assert isinstance(editor, DateField) and editor.objectName() == "schedule_date_editor"
    editor.selectAll()
    qtbot.keyClicks(editor, "10.03.2027")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: planned(store, plan.ids["batch"]) == (day(9), day(13)))
    assert v.model.data(index(row, cols.START)) == "10. März 2027"
    assert v.message.text().startswith("Engineering batch: 10. März 2027 – 14. März 2027")


def test_a_date_that_cannot_be_read_is_refused_with_the_reason(ctx, plan, store, qtbot) -> None:
    v = open_view(ctx, qtbot, plan.engagement_id)
    row = v.doc.row_of_item[v.doc.index[plan.ids["batch"]]]
    v.table.setFocus()
    v.table.setCurrentIndex(v.model.index(row, cols.START))
    qtbot.keyClick(v.table, Qt.Key.Key_F2)
    editor = v.table.focusWidget()
    assert isinstance(editor, DateField)
    editor.selectAll()
    qtbot.keyClicks(editor, "31 Feb 2027")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "has no day 31" in v.message.text())
    assert planned(store, plan.ids["batch"]) == (day(7), day(11))
    assert ctx.undo_stack.count() == 0


def test_overdue_marks_move_on_at_midnight(ctx, plan, qtbot) -> None:
    with clock.frozen(date(2027, 3, 11)):
        v = open_view(ctx, qtbot, plan.engagement_id)
    row = v.doc.row_of_item[v.doc.index[plan.ids["batch"]]]  # finishes 12 Mar
    colour = Qt.ItemDataRole.ForegroundRole
    assert v.model.data(v.model.index(row, cols.NAME), colour) is None
    with clock.frozen(date(2027, 3, 13)):
        ctx.day_changed.emit(date(2027, 3, 13))
        brush = v.model.data(v.model.index(row, cols.NAME), colour)
        assert brush is not None and brush.color() == theme.current().colour("warning")
        assert v.header.today == date(2027, 3, 13)
        assert v.today == date(2027, 3, 13)
