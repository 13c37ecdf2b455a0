"""The Partners screen on the demo portfolio: model contract, search-as-you-type, each
filter, overdue highlighting, opening a profile, archive/restore, and a refresh after an
edit that keeps selection, sort and filters."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QMessageBox
from sqlmodel import func, select

from cdmo_desktop.domain import clock
from cdmo_desktop.domain.enums import PartnerKind
from cdmo_desktop.domain.models import ChangeLog, Partner
from cdmo_desktop.gui import theme
from cdmo_desktop.gui.partners.partners import PartnersView
from cdmo_desktop.gui.partners.partners_model import (
    PartnerListSource,
    PartnerTableModel,
    RowsTableModel,
)
from cdmo_desktop.gui.undo import commit
from cdmo_desktop.store import partner_edits
from cdmo_desktop.store.partner_list import COL_COUNTRY, COL_NAME, COL_NEXT_AUDIT
from tests.conftest import DEMO_TODAY

pytestmark = pytest.mark.gui

KEYSTONE = "Keystone Analytical Laboratories"  # the demo partner with an overdue audit


@pytest.fixture(autouse=True)
def _demo_day() -> Iterator[None]:
    with clock.frozen(DEMO_TODAY):
        yield


@pytest.fixture
def view(qtbot, demo_ctx) -> PartnersView:
    v = PartnersView(demo_ctx)
    qtbot.addWidget(v)
    v.resize(1200, 500)
    v.show()
    return v


def names(view: PartnersView) -> list[str]:
    return [view.model.row_at(i).name for i in range(view.model.rowCount())]


def row_of(view: PartnersView, name: str) -> int:
    return names(view).index(name)


def test_partner_model_passes_qtmodeltester_across_pages(qtmodeltester, ctx) -> None:
    with ctx.store.session() as s:
        for i in range(230):
            s.add(Partner(name=f"Partner {i:03d}", kind=PartnerKind.CRO, country="DE"))
    model = PartnerTableModel(PartnerListSource(ctx.store))
    model.refresh()
    # Every row is there from the start (a virtual model): the last one is read from the
    # end, one in the middle by a jump, without reading what lies between.
    assert model.rowCount() == model.total == 230 and not model.canFetchMore(QModelIndex())
    assert model.row_at(229).name == "Partner 229"
    assert model.row_at(150).name == "Partner 150"
    assert model.find_key(model.key_at(229)) == 229
    qtmodeltester.check(model)
    model.sort(COL_NAME, Qt.SortOrder.DescendingOrder)
    assert model.row_at(0).name == "Partner 229"
    assert model.row_at(229).name == "Partner 000"
    qtmodeltester.check(model)


def test_rows_model_passes_qtmodeltester(qtmodeltester) -> None:
    model = RowsTableModel(("A", "B"))
    model.set_rows([("1", ["x", 2]), ("2", ["y", None])])
    assert model.data(model.index(1, 1)) == ""
    qtmodeltester.check(model)


def test_search_as_you_type_is_debounced_and_searches_sql(qtbot, view) -> None:
    assert len(names(view)) == 6
    qtbot.keyClicks(view.search_edit, "okafor")  # a contact of Hollis Ridge
    assert len(names(view)) == 6  # not yet: the search waits for a pause in typing
    qtbot.waitUntil(lambda: names(view) == ["Hollis Ridge Pharma Services"], timeout=2000)
    assert view.count_label.text() == "1 partner matches"
    for text, expected in [
        ("sanford", ["Hollis Ridge Pharma Services"]),  # a site's city
        ("switzerland", ["Rheinwald Biologics"]),  # country name
        ("fill-finish", ["Rheinwald Biologics"]),  # capability
        ("hyderabad", ["Deccan Synthesis"]),  # city
    ]:
        view.search_edit.setText(text)
        view.apply_filters()
        assert names(view) == expected, text


@pytest.mark.parametrize(
    ("widget", "value", "expected"),
    [
        ("kind_combo", "cro", {"Laurentian Discovery", "Qiantang Molecular"}),
        ("region_combo", "europe", {"Rheinwald Biologics"}),
        (
            "qualification_combo",
            "approved",
            {"Hollis Ridge Pharma Services", "Rheinwald Biologics"},
        ),
        ("overdue_check", True, {KEYSTONE}),
    ],
)
def test_each_filter(view, widget: str, value: Any, expected: set[str]) -> None:
    w = getattr(view, widget)
    if value is True:
        w.setChecked(True)
    else:
        w.setCurrentIndex(w.findData(value))
    assert set(names(view)) == expected
    assert view.model.filters  # the filter went to the model (and so to SQL)


def test_overdue_audit_is_highlighted(view) -> None:
    r = row_of(view, KEYSTONE)
    cell = view.model.index(r, COL_NEXT_AUDIT)
    assert view.model.data(cell, Qt.ItemDataRole.BackgroundRole) == QBrush(
        theme.current().colour("late_bg")
    )
    assert "overdue by 20 days" in view.model.data(cell, Qt.ItemDataRole.ToolTipRole)
    other = view.model.index(row_of(view, "Rheinwald Biologics"), COL_NEXT_AUDIT)
    assert view.model.data(other, Qt.ItemDataRole.BackgroundRole) is None


def test_enter_and_double_click_open_the_profile(qtbot, view, demo_ctx) -> None:
    r = row_of(view, "Deccan Synthesis")
    view.table.setFocus()
    view.table.selectRow(r)
    with qtbot.waitSignal(demo_ctx.open_partner_requested) as sig:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert sig.args == [view.model.key_at(r)]
    centre = view.table.visualRect(view.model.index(r + 1, 0)).center()
    with qtbot.waitSignal(demo_ctx.open_partner_requested) as sig:
        # An item view needs the press that precedes a double-click.
        qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
        qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert sig.args == [view.model.key_at(r + 1)]
    with qtbot.waitSignal(demo_ctx.open_partner_requested) as sig:
        view.new_action.trigger()
    assert sig.args == [""]  # a blank profile


def test_selection_sort_and_filters_survive_a_refresh_after_an_edit(qtbot, view, demo_ctx) -> None:
    view.region_combo.setCurrentIndex(view.region_combo.findData("north_america"))
    view.table.horizontalHeader().setSortIndicator(COL_COUNTRY, Qt.SortOrder.DescendingOrder)
    assert names(view)[0] != "Laurentian Discovery"  # United States sorts before Canada
    view.table.selectRow(row_of(view, "Laurentian Discovery"))
    hollis = view.model.key_at(row_of(view, "Hollis Ridge Pharma Services"))
    commit(
        demo_ctx, partner_edits.save_partner(demo_ctx.store, hollis, {"name": "Hollis Ridge CDMO"})
    )
    qtbot.waitUntil(lambda: "Hollis Ridge CDMO" in names(view), timeout=2000)
    assert view.selected_row().name == "Laurentian Discovery"
    assert view.model.sort_state == (COL_COUNTRY, True)
    assert view.model.filters["region"] == "north_america"
    assert names(view)[-1] == "Laurentian Discovery"  # Canada last in descending order


def test_archive_with_confirmation_and_restore(qtbot, view, demo_ctx, monkeypatch) -> None:
    answers = iter([QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: next(answers))
    view.table.selectRow(row_of(view, "Qiantang Molecular"))
    with demo_ctx.store.read() as s:
        log_count = s.exec(select(func.count()).select_from(ChangeLog)).one()
    view.archive_button.click()  # cancelled: nothing written
    with demo_ctx.store.read() as s:
        assert s.exec(select(func.count()).select_from(ChangeLog)).one() == log_count
    view.archive_button.click()
    assert "Qiantang Molecular" not in names(view)
    view.archived_check.setChecked(True)
    r = row_of(view, "Qiantang Molecular")
    assert view.model.data(view.model.index(r, COL_NAME)).endswith("(archived)")
    view.table.selectRow(r)
    assert view.restore_button.isEnabled() and not view.archive_button.isEnabled()
    view.restore_button.click()
    view.archived_check.setChecked(False)
    assert "Qiantang Molecular" in names(view)
    demo_ctx.undo_stack.undo()  # undo the restore: archived again
    qtbot.waitUntil(lambda: "Qiantang Molecular" not in names(view), timeout=2000)


def test_overdue_marks_follow_the_date_at_midnight(qtbot, view, demo_ctx) -> None:
    cell = view.model.index(row_of(view, KEYSTONE), COL_NEXT_AUDIT)
    assert "overdue by 20 days" in view.model.data(cell, Qt.ItemDataRole.ToolTipRole)
    clock.set_now(DEMO_TODAY + timedelta(days=1))
    demo_ctx.day_changed.emit(DEMO_TODAY + timedelta(days=1))
    qtbot.waitUntil(
        lambda: (
            "overdue by 21 days"
            in view.model.data(
                view.model.index(row_of(view, KEYSTONE), COL_NEXT_AUDIT),
                Qt.ItemDataRole.ToolTipRole,
            )
        ),
        timeout=2000,
    )


def test_a_search_page_is_weighed_by_the_count_the_register_read(view, monkeypatch) -> None:
    """After a search is counted, its pages are read with that count (the store then
    weighs how to read them by it instead of counting the matches in the word index
    again); pages of other filters than those counted are read without it."""
    from cdmo_desktop.store import partners

    asked: list[int | None] = []
    fetch = partners.register_fetch

    def noted(*args: Any, **kwargs: Any) -> Any:
        asked.append(args[6] if len(args) > 6 else kwargs.get("matches"))
        return fetch(*args, **kwargs)

    monkeypatch.setattr(partners, "register_fetch", noted)
    view.search_edit.setText("lab")
    view.apply_filters()
    view.table.viewport().repaint()
    assert view.model.total > 0
    assert asked and asked[-1] == view.model.total
    source = view.source
    assert source.fetch({"text": "other"}, COL_NAME, False, 5) == []
    assert asked[-1] is None
