"""The conflict dialog (gui/conflicts.py) on the risk form: Dana saves a risk while I have it
open; my save is refused with "Dana changed this risk at ...", and I reload (her values,
mine gone), overwrite (mine land as a normal, undoable edit) or compare field by field."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import QComboBox, QLabel

from cdmo_desktop.domain.models import ChangeLog, Risk
from cdmo_desktop.gui import format as fmt
from cdmo_desktop.gui.conflicts import Choice, ConflictDialog
from cdmo_desktop.gui.risks.risks import RisksView
from cdmo_desktop.store import Store, conflicts, risk_edits
from cdmo_desktop.store.errors import ConflictError
from tests.gui.conflict_support import answer, click, second_user
from tests.risks_support import TODAY, Portfolio, add_risk, make_portfolio

pytestmark = pytest.mark.gui
SHOTS = Path(os.environ.get("CDMO_SCREENSHOTS", "/tmp/cdmo-conflict-shots"))


@pytest.fixture
def pf(ctx: Any) -> Portfolio:
    return make_portfolio(ctx.store)


@pytest.fixture
def dana(ctx: Any) -> Iterator[Store]:
    with second_user(ctx.store.path) as other:
        yield other


def _risk(store: Store, risk_id: str) -> Risk:
    with store.read() as s:
        risk = s.get(Risk, risk_id)
    assert risk is not None
    return risk


def _conflict(store: Store, dana: Store, risk_id: str) -> ConflictError:
    opened = conflicts.opened(store, Risk, risk_id)
    risk_edits.edit_risk(dana, risk_id, {"owner": "Dana Whitfield", "impact": 5})
    with pytest.raises(ConflictError) as caught, conflicts.expecting(opened):
        risk_edits.edit_risk(store, risk_id, {"owner": "Me"})
    return caught.value


def _form(qtbot: Any, ctx: Any, risk_id: str) -> RisksView:
    view = RisksView(ctx, None, today=lambda: TODAY)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    assert view.open_risk(risk_id)
    return view


def _composite(window: Any, dialog: ConflictDialog) -> QPixmap:
    """The window with the dialog drawn centred on it, as the user sees them."""
    shot = window.grab()
    painter = QPainter(shot)
    top = dialog.grab()
    painter.drawPixmap((shot.width() - top.width()) // 2, (shot.height() - top.height()) // 2, top)
    painter.end()
    return shot


def _cell(dialog: ConflictDialog, row: int, column: int) -> str:
    item = dialog.table.item(row, column)
    assert item is not None
    return item.text()


def test_the_dialog_names_who_and_when_and_compares_field_by_field(
    qtbot: Any, ctx: Any, dana: Store, pf: Portfolio
) -> None:
    risk = add_risk(ctx.store, pf.alpha, "Supplier delay", owner="Ann", impact=3)
    error = _conflict(ctx.store, dana, risk.id)
    mine = {"title": "Supplier delay", "owner": "Me", "impact": 3, "mitigation": "Buffer"}
    dialog = ConflictDialog(error, mine)
    qtbot.addWidget(dialog)
    dialog.show()
    sentence = dialog.findChild(QLabel, "sentenceLabel")
    assert sentence is not None
    assert "Dana changed this risk at " in sentence.text()
    assert error.first.at is not None
    assert fmt.moment_text(error.first.at) in sentence.text()
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "conflict_dialog.png"))
    assert not dialog.table.isVisible()
    click(dialog.compare_button)
    dialog.resize(760, 420)
    assert dialog.table.isVisible() and dialog.save_merged_button.isVisible()
    shown = [tuple(_cell(dialog, r, c) for c in range(3)) for r in range(dialog.table.rowCount())]
    assert shown == [
        ("Owner", "Me", "Dana Whitfield"),
        ("Impact", "3", "5"),
        ("Mitigation", "Buffer", "—"),
    ]
    keep = dialog.table.cellWidget(1, 3)
    assert isinstance(keep, QComboBox)
    keep.setCurrentIndex(keep.findData("theirs"))
    dialog.grab().save(str(SHOTS / "conflict_dialog_compare.png"))
    click(dialog.save_merged_button)
    assert dialog.choice is Choice.MERGE
    assert dialog.merged() == {**mine, "impact": 5}


def test_reload_drops_my_edits_and_shows_theirs(
    qtbot: Any, ctx: Any, dana: Store, pf: Portfolio, monkeypatch: pytest.MonkeyPatch
) -> None:
    risk = add_risk(ctx.store, pf.alpha, "Supplier delay", owner="Ann")
    view = _form(qtbot, ctx, risk.id)
    view.form.ui.ownerCombo.setEditText("Me")
    risk_edits.edit_risk(dana, risk.id, {"owner": "Dana", "impact": 5})
    shown = answer(monkeypatch, lambda d: click(d.reload_button))
    assert not view.form.save()
    assert len(shown) == 1
    assert view.form.values()["owner"] == "Dana" and view.form.values()["impact"] == 5
    assert not view.form.is_dirty()
    assert _risk(ctx.store, risk.id).owner == "Dana"
    assert ctx.undo_stack.count() == 0


def test_overwrite_saves_mine_over_theirs_as_a_normal_undoable_edit(
    qtbot: Any, ctx: Any, dana: Store, pf: Portfolio, monkeypatch: pytest.MonkeyPatch
) -> None:
    risk = add_risk(ctx.store, pf.alpha, "Supplier delay", owner="Ann", impact=3)
    view = _form(qtbot, ctx, risk.id)
    view.form.ui.ownerCombo.setEditText("Me")
    risk_edits.edit_risk(dana, risk.id, {"owner": "Dana", "impact": 5})
    answer(monkeypatch, lambda d: click(d.overwrite_button))
    assert view.form.save()
    stored = _risk(ctx.store, risk.id)
    assert (stored.owner, stored.impact) == ("Me", 3)  # all of mine, over theirs
    with ctx.store.read() as s:
        last = s.exec(
            ChangeLog.__table__.select()  # type: ignore[attr-defined]
            .where(ChangeLog.__table__.c.row_id == risk.id)  # type: ignore[attr-defined]
            .order_by(ChangeLog.__table__.c.occurred_at.desc())  # type: ignore[attr-defined]
        ).first()
    assert last is not None and last.user == "Test Consultant" and last.action == "update"
    assert ctx.undo_stack.count() == 1
    # a second edit from the same form is not refused by the first
    view.form.ui.titleEdit.setText("Supplier delay (Q3)")
    assert view.form.save()
    assert _risk(ctx.store, risk.id).title == "Supplier delay (Q3)"


def test_compare_keeps_theirs_where_chosen(
    qtbot: Any, ctx: Any, dana: Store, pf: Portfolio, monkeypatch: pytest.MonkeyPatch
) -> None:
    risk = add_risk(ctx.store, pf.alpha, "Supplier delay", owner="Ann", impact=3)
    view = _form(qtbot, ctx, risk.id)
    view.form.ui.ownerCombo.setEditText("Me")
    view.form.ui.mitigationEdit.setPlainText("Second source")
    risk_edits.edit_risk(dana, risk.id, {"owner": "Dana", "impact": 5})

    def compare(d: ConflictDialog) -> None:
        click(d.compare_button)
        assert d.fields == ["owner", "impact", "mitigation"]
        d.set_keep("impact", "theirs")
        _composite(view, d).save(str(SHOTS / "risk_form_conflict_1366x768.png"))
        click(d.save_merged_button)

    SHOTS.mkdir(parents=True, exist_ok=True)
    answer(monkeypatch, compare)
    assert view.form.save()
    stored = _risk(ctx.store, risk.id)
    assert (stored.owner, stored.impact, stored.mitigation) == ("Me", 5, "Second source")


def test_cancel_keeps_my_edits_unsaved(
    qtbot: Any, ctx: Any, dana: Store, pf: Portfolio, monkeypatch: pytest.MonkeyPatch
) -> None:
    risk = add_risk(ctx.store, pf.alpha, "Supplier delay", owner="Ann")
    view = _form(qtbot, ctx, risk.id)
    view.form.ui.ownerCombo.setEditText("Me")
    risk_edits.edit_risk(dana, risk.id, {"owner": "Dana"})
    answer(monkeypatch, lambda d: d.reject())
    assert not view.form.save()
    assert view.form.is_dirty() and view.form.values()["owner"] == "Me"
    assert _risk(ctx.store, risk.id).owner == "Dana"


def test_undo_of_my_edit_after_danas_is_refused_and_says_why(
    qtbot: Any, ctx: Any, dana: Store, pf: Portfolio
) -> None:
    risk = add_risk(ctx.store, pf.alpha, "Supplier delay", owner="Ann")
    view = _form(qtbot, ctx, risk.id)
    view.form.ui.ownerCombo.setEditText("Me")
    assert view.form.save()
    risk_edits.edit_risk(dana, risk.id, {"owner": "Dana"})
    refused: list[str] = []
    ctx.refused.connect(refused.append)
    ctx.undo_stack.undo()
    assert _risk(ctx.store, risk.id).owner == "Dana"
    assert len(refused) == 1 and "Dana changed this risk at " in refused[0]
