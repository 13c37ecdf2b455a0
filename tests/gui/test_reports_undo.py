"""Every edit of the Reports screen, made through its widgets, is one undo step whose undo
and redo leave the database rows exactly as before and after (tests.undo_support)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import select

from cdmo_desktop.domain.models import Agreement, AgreementClause, Engagement, StatusReport
from cdmo_desktop.gui.reports.agreement_dialog import AgreementDialog
from cdmo_desktop.gui.reports.report_export import ExportDialog
from cdmo_desktop.gui.reports.reports import ReportsView
from cdmo_desktop.store.agreements import clauses_of
from tests.undo_support import check_undo_redo

PROCESS = "ART-417 process development and first GMP campaign"
QUALITY = "Quality agreement for API manufacture"


def _id(ctx: Any, model: Any, field: str, value: str) -> str:
    with ctx.store.read() as s:
        return str(s.exec(select(model.id).where(getattr(model, field) == value)).first())


@pytest.fixture
def screen(qtbot: Any, demo_ctx: Any) -> Iterator[ReportsView]:
    """The Reports screen showing the quality agreement's clauses, the second selected.
    A clause a test left unsaved is discarded before the screen closes (closing would ask,
    and a question nobody answers holds the run)."""
    view = ReportsView(demo_ctx)  # closed here, not by qtbot (whose close comes first)
    agreement_id = _id(demo_ctx, Agreement, "title", QUALITY)
    view.ui.tabs.setCurrentIndex(1)
    view.ui.agreementTable.selectRow(view.agreement_model.find(agreement_id))
    assert view.clauses.agreement_id == agreement_id
    view.clauses.ui.clauseList.setCurrentIndex(view.clauses.model.index(1, 0))
    yield view
    if view.clauses.is_dirty():
        view.clauses.discard()
    view.close()
    view.deleteLater()


def _headings(ctx: Any, agreement_id: str) -> list[str]:
    return [c.heading for c in clauses_of(ctx.store, agreement_id)]


def test_new_agreement_with_its_clauses_undoes_and_redoes_exactly(qtbot, demo_ctx):
    dlg = AgreementDialog(demo_ctx, engagement_id=_id(demo_ctx, Engagement, "title", PROCESS))
    qtbot.addWidget(dlg)
    dlg.ui.kindCombo.setCurrentIndex(dlg.ui.kindCombo.findData("quality"))
    dlg.ui.referenceEdit.setText("AUR-HRP-QA-09")
    after = check_undo_redo(demo_ctx, dlg.save)
    assert demo_ctx.undo_stack.undoText() == "New agreement 'Quality agreement'"
    assert any(row[0] == dlg.agreement_id for row in after["agreement"])
    assert len(_headings(demo_ctx, str(dlg.agreement_id))) > 3


def test_agreement_edit_undoes_and_redoes_exactly(qtbot, demo_ctx):
    agreement_id = _id(demo_ctx, Agreement, "title", QUALITY)
    dlg = AgreementDialog(demo_ctx, agreement_id)
    qtbot.addWidget(dlg)
    dlg.ui.titleEdit.setText("Quality agreement, second edition")
    dlg.ui.versionSpin.setValue(dlg.ui.versionSpin.value() + 1)
    check_undo_redo(demo_ctx, dlg.save)
    assert demo_ctx.undo_stack.undoText() == "Edit agreement"
    with demo_ctx.store.read() as s:
        assert s.get(Agreement, agreement_id).title == "Quality agreement, second edition"


def test_agreement_dates_typed_undo_and_redo_exactly(qtbot: Any, demo_ctx: Any) -> None:
    from datetime import date

    from PySide6.QtCore import Qt

    agreement_id = _id(demo_ctx, Agreement, "title", QUALITY)
    dlg = AgreementDialog(demo_ctx, agreement_id)
    qtbot.addWidget(dlg)
    for field, text in ((dlg.ui.effectiveDateEdit, "1 Feb 2027"), (dlg.ui.expiryDateEdit, "")):
        field.setFocus()
        qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(field, Qt.Key.Key_Delete)
        qtbot.keyClicks(field, text)
        qtbot.keyClick(field, Qt.Key.Key_Tab)
    check_undo_redo(demo_ctx, dlg.save)
    with demo_ctx.store.read() as s:
        saved = s.get(Agreement, agreement_id)
        assert saved is not None
        assert (saved.effective_date, saved.expiry_date) == (date(2027, 2, 1), None)


def test_clause_added_from_the_library_undoes_and_redoes_exactly(screen, demo_ctx):
    editor = screen.clauses
    ip = next(a for a in editor.add_menu.actions() if a.data() == "ip")
    check_undo_redo(demo_ctx, ip.trigger)
    assert _headings(demo_ctx, editor.agreement_id)[2] == "Intellectual property"
    assert editor.model.rows[2].heading == "Intellectual property"  # the screen followed


def test_clause_edit_undoes_and_redoes_exactly(screen, demo_ctx):
    editor = screen.clauses
    editor.ui.headingEdit.setText("Quality oversight")
    editor.ui.bodyEdit.setPlainText("{partner_name} keeps the batch records for ten years.")
    check_undo_redo(demo_ctx, editor.ui.saveClauseButton.click)
    assert demo_ctx.undo_stack.undoText() == "Edit clause 'Quality oversight'"
    assert editor.ui.headingEdit.text() == "Quality oversight" and not editor.is_dirty()


def test_clause_removal_renumbers_and_undoes_and_redoes_exactly(screen, demo_ctx):
    editor = screen.clauses
    removed = editor.model.rows[1]
    check_undo_redo(demo_ctx, editor.ui.removeClauseButton.click)
    with demo_ctx.store.read() as s:
        assert s.get(AgreementClause, removed.id) is None
    rows = clauses_of(demo_ctx.store, editor.agreement_id)
    assert [r.position for r in rows] == list(range(1, len(rows) + 1))


@pytest.mark.parametrize("button", ["moveDownButton", "moveUpButton"])
def test_clause_move_undoes_and_redoes_exactly(screen, demo_ctx, button: str):
    editor = screen.clauses
    before = _headings(demo_ctx, editor.agreement_id)
    check_undo_redo(demo_ctx, getattr(editor.ui, button).click)
    moved = _headings(demo_ctx, editor.agreement_id)
    other = 2 if button == "moveDownButton" else 0
    assert moved[other] == before[1] and moved[1] == before[other]
    demo_ctx.undo_stack.undo()
    assert _headings(demo_ctx, editor.agreement_id) == before


def test_moving_the_first_clause_up_stacks_nothing(screen, demo_ctx):
    editor = screen.clauses
    editor.ui.clauseList.setCurrentIndex(editor.model.index(0, 0))
    editor.move_clause(-1)
    assert demo_ctx.undo_stack.count() == 0


def test_a_refused_clause_edit_is_explained_and_not_stacked(screen, demo_ctx, monkeypatch):
    from cdmo_desktop.store.agreement_edits import remove_clause
    from tests.undo_support import database_rows, diff

    editor = screen.clauses
    shown: list[str] = []
    monkeypatch.setattr(
        "cdmo_desktop.gui.reports.agreement_clauses.QMessageBox.warning",
        lambda _parent, title, text: shown.append(f"{title}: {text}"),
    )
    editor.ui.headingEdit.setText("Edited here")
    remove_clause(demo_ctx.store, editor.model.rows[1].id)  # elsewhere, meanwhile
    start = database_rows(demo_ctx.store)
    assert editor.save() is False
    assert len(shown) == 1 and shown[0].startswith("Clause not saved: Test Consultant deleted")
    assert "agreement clause" in shown[0]  # who removed it, and when
    assert not diff(start, database_rows(demo_ctx.store))
    assert demo_ctx.undo_stack.count() == 0 and editor.is_dirty()
    editor.discard()  # closing the screen would ask otherwise


def test_screen_with_an_unsaved_clause_asks_before_closing(qtbot, screen, monkeypatch):
    from PySide6.QtGui import QCloseEvent

    from cdmo_desktop.gui.reports import agreement_clauses

    view, editor = screen, screen.clauses
    answers = iter(["cancel", "discard"])
    monkeypatch.setattr(agreement_clauses, "ask_unsaved", lambda *a, **k: next(answers))
    editor.ui.headingEdit.setText("Half typed")
    assert view.is_dirty()
    event = QCloseEvent()
    view.closeEvent(event)
    assert not event.isAccepted() and editor.ui.headingEdit.text() == "Half typed"
    event = QCloseEvent()
    view.closeEvent(event)
    assert event.isAccepted() and not view.is_dirty()
    assert editor.ui.headingEdit.text() == editor.model.rows[1].heading


def test_agreement_form_discard_shows_the_saved_values(qtbot, demo_ctx):
    dlg = AgreementDialog(demo_ctx, _id(demo_ctx, Agreement, "title", QUALITY))
    qtbot.addWidget(dlg)
    assert not dlg.is_dirty()
    dlg.ui.titleEdit.setText("Something else")
    assert dlg.is_dirty()
    dlg.discard()
    assert not dlg.is_dirty() and dlg.ui.titleEdit.text() == QUALITY


def test_issued_status_report_undoes_and_redoes_exactly(qtbot, demo_ctx, tmp_path: Path):
    dlg = ExportDialog(demo_ctx, engagement_id=_id(demo_ctx, Engagement, "title", PROCESS))
    qtbot.addWidget(dlg)
    dlg.ui.outputEdit.setText(str(tmp_path / "status.pdf"))
    dlg.ui.summaryEdit.setPlainText("On track.")
    assert dlg.is_dirty()

    def export() -> None:
        with qtbot.waitSignal(dlg.exported, timeout=30_000):
            assert dlg.save()

    after = check_undo_redo(demo_ctx, export)
    assert demo_ctx.undo_stack.undoText() == "Issue status report"
    assert any(row[0] == dlg.report_id for row in after["status_report"])
    assert not dlg.is_dirty()
    with demo_ctx.store.read() as s:
        assert s.get(StatusReport, dlg.report_id) is not None
