"""The KPI grid in team mode: Dana saves a cell I see; my write to it is refused with the
conflict dialog ("Dana changed this kpi measurement at ..."), and I reload (her value, mine
gone), overwrite (mine, one undo step) or cancel (nothing written). My own successive edits
to a cell are never refused by themselves."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QLabel

from cdmo_desktop.gui.conflicts import ConflictDialog
from cdmo_desktop.gui.context import AppContext
from cdmo_desktop.gui.kpis.kpi_tab import KpisTab
from cdmo_desktop.store import Store, kpi_edits
from cdmo_desktop.store.errors import ConflictError
from tests.gui.conflict_support import answer, click, overwrite, reload, second_user
from tests.gui.kpi_support import TODAY, engagement_with_kpis, measure, values_of

pytestmark = pytest.mark.gui
NOV = date(2026, 11, 1)


@pytest.fixture
def dana(ctx: AppContext) -> Iterator[Store]:
    with second_user(ctx.store.path) as other:
        yield other


@pytest.fixture
def setup(ctx: AppContext, qtbot: Any) -> tuple[KpisTab, list[str]]:
    eid, ids = engagement_with_kpis(ctx.store)
    measure(ctx.store, ids[1], {NOV: 90.0})
    tab = KpisTab(ctx, eid, today=TODAY)
    qtbot.addWidget(tab)
    tab.resize(1200, 700)
    tab.show()
    qtbot.waitExposed(tab)
    return tab, ids


def _enter(tab: KpisTab, row: int, text: str) -> bool:
    model = tab.grid_model
    return model.apply({(row, model.column_of(NOV)): text})


def _shown(tab: KpisTab, row: int) -> str | None:
    model = tab.grid_model
    return model.index(row, model.column_of(NOV)).data()


def test_a_value_dana_entered_in_a_cell_i_saw_empty_asks_and_reload_shows_hers(
    setup: tuple[KpisTab, list[str]], ctx: AppContext, dana: Store, monkeypatch: Any
) -> None:
    tab, ids = setup
    measure(dana, ids[0], {NOV: 97.0})
    said: list[str] = []

    def read_then_reload(dialog: ConflictDialog) -> None:
        label = dialog.findChild(QLabel, "sentenceLabel")
        assert label is not None
        said.append(label.text())
        assert not dialog.compare_button.isVisible()
        reload(dialog)

    shown = answer(monkeypatch, read_then_reload)
    assert not _enter(tab, 0, "88")
    assert len(shown) == 1 and "Dana changed this KPI value at" in said[0]
    QApplication.processEvents()  # the reload waits for the grid's editor to close
    assert values_of(ctx.store, ids[0]) == {NOV: 97.0}
    assert _shown(tab, 0) == "97"
    assert ctx.undo_stack.count() == 0
    assert "Nothing was saved" in tab.grid_message.text()


def test_overwrite_saves_mine_over_danas_change_as_one_undo_step(
    setup: tuple[KpisTab, list[str]], ctx: AppContext, dana: Store, monkeypatch: Any
) -> None:
    tab, ids = setup
    measure(dana, ids[1], {NOV: 75.0})
    shown = answer(monkeypatch, overwrite)
    assert _enter(tab, 1, "93")
    assert len(shown) == 1
    assert values_of(ctx.store, ids[1]) == {NOV: 93.0}
    assert _shown(tab, 1) == "93"
    assert ctx.undo_stack.count() == 1
    ctx.undo_stack.undo()
    assert values_of(ctx.store, ids[1]) == {NOV: 75.0}


def test_a_value_dana_cleared_can_be_written_again(
    setup: tuple[KpisTab, list[str]], ctx: AppContext, dana: Store, monkeypatch: Any
) -> None:
    tab, ids = setup
    kpi_edits.set_measurements(dana, [kpi_edits.MeasurementEntry(ids[1], NOV, None)])

    def check_then_overwrite(dialog: ConflictDialog) -> None:
        assert dialog.overwrite_button.isEnabled()
        overwrite(dialog)

    shown = answer(monkeypatch, check_then_overwrite)
    assert _enter(tab, 1, "91")
    assert len(shown) == 1
    assert values_of(ctx.store, ids[1]) == {NOV: 91.0}


def test_cancel_writes_nothing(
    setup: tuple[KpisTab, list[str]], ctx: AppContext, dana: Store, monkeypatch: Any
) -> None:
    tab, ids = setup
    measure(dana, ids[1], {NOV: 75.0})
    shown = answer(monkeypatch, lambda d: click(d.findChild(type(d.reload_button), "cancelButton")))
    assert not _enter(tab, 1, "93")
    assert len(shown) == 1
    assert values_of(ctx.store, ids[1]) == {NOV: 75.0}
    assert ctx.undo_stack.count() == 0


def test_my_own_successive_edits_of_a_cell_are_not_refused(
    setup: tuple[KpisTab, list[str]], ctx: AppContext, monkeypatch: Any
) -> None:
    tab, ids = setup
    shown = answer(monkeypatch, reload)
    assert _enter(tab, 0, "80")
    assert _enter(tab, 0, "81")
    assert tab.grid_model.set_comment(0, tab.grid_model.column_of(NOV), "late batch")
    assert _enter(tab, 1, "")
    assert _enter(tab, 1, "92")
    ctx.undo_stack.undo()  # the undo tells the tab as another change: it reads the grid again
    assert _enter(tab, 1, "94")
    assert shown == []
    assert values_of(ctx.store, ids[0]) == {NOV: 81.0}
    assert values_of(ctx.store, ids[1]) == {NOV: 94.0}


def test_the_store_refuses_a_cell_changed_since_it_was_seen_and_imports_do_not_check(
    ctx: AppContext, dana: Store
) -> None:
    _eid, ids = engagement_with_kpis(ctx.store)
    measure(dana, ids[0], {NOV: 97.0})
    seen_empty = kpi_edits.MeasurementEntry(ids[0], NOV, 50.0, seen=kpi_edits.EMPTY_CELL)
    with pytest.raises(ConflictError) as caught:
        kpi_edits.set_measurements(ctx.store, [seen_empty])
    assert caught.value.first.user == "Dana"
    assert caught.value.first.current is not None and caught.value.first.current["value"] == 97.0
    assert values_of(ctx.store, ids[0]) == {NOV: 97.0}
    kpi_edits.set_measurements(ctx.store, [kpi_edits.MeasurementEntry(ids[0], NOV, 50.0)])
    assert values_of(ctx.store, ids[0]) == {NOV: 50.0}
