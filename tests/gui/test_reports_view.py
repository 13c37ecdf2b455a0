"""Reports screen: issued reports, agreements with their clauses (add, edit, reorder,
remove, all undoable), the agreement form's validation, and the item models."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from sqlmodel import select

from cdmo_desktop.domain import clock
from cdmo_desktop.domain.models import Agreement, AgreementClause, Engagement
from cdmo_desktop.gui.reports.agreement_dialog import AgreementDialog
from cdmo_desktop.gui.reports.report_tables import (
    AgreementTableModel,
    ClauseListModel,
    StatusReportTableModel,
)
from cdmo_desktop.gui.reports.reports import ReportsView
from cdmo_desktop.store.agreements import clauses_of, list_agreements
from cdmo_desktop.store.status_reports import list_status_reports

PROCESS = "ART-417 process development and first GMP campaign"


@pytest.fixture
def view(qtbot, demo_ctx):
    v = ReportsView(demo_ctx)
    qtbot.addWidget(v)
    return v


def _agreement(ctx, title: str) -> str:
    with ctx.store.read() as s:
        return s.exec(select(Agreement.id).where(Agreement.title == title)).first()


def _clauses(ctx, agreement_id: str) -> list[str]:
    return [c.heading for c in clauses_of(ctx.store, agreement_id)]


def test_models_pass_the_model_tester(qtmodeltester, demo_ctx):
    reports, agreements = list_status_reports(demo_ctx.store), list_agreements(demo_ctx.store)
    clauses = clauses_of(demo_ctx.store, agreements[0].id)
    report_model, agreement_model, clause_model = (
        StatusReportTableModel(),
        AgreementTableModel(),
        ClauseListModel(),
    )
    report_model.set_rows(reports)
    agreement_model.set_rows(agreements)
    clause_model.set_rows(clauses)
    for model, rows in (
        (report_model, reports),
        (agreement_model, agreements),
        (clause_model, clauses),
    ):
        assert model.rowCount() == len(rows) > 0
        qtmodeltester.check(model)


def test_screen_lists_issued_reports_and_filters_by_engagement(view, demo_ctx):
    with demo_ctx.store.read() as s:
        eid = s.exec(select(Engagement.id).where(Engagement.title == PROCESS)).one()
    total = len(list_status_reports(demo_ctx.store))
    own = len(list_status_reports(demo_ctx.store, eid))
    assert view.report_model.rowCount() == total
    combo = view.ui.engagementFilterCombo
    combo.setCurrentIndex(combo.findData(eid))
    assert view.report_model.rowCount() == own
    assert all(r.engagement_title == PROCESS for r in view.report_model.rows)
    assert not view.ui.printAgainButton.isEnabled()
    if own:
        view.ui.reportTable.selectRow(0)
        assert view.ui.printAgainButton.isEnabled()


def test_new_report_appears_after_export(view, demo_ctx):
    from cdmo_desktop.domain.snapshot import StatusForm
    from cdmo_desktop.gui.undo import commit
    from cdmo_desktop.store.snapshots import status_report_snapshot
    from cdmo_desktop.store.status_reports import issue_status_report
    from tests.conftest import DEMO_TODAY

    before = view.report_model.rowCount()
    with demo_ctx.store.read() as s:
        eid = s.exec(select(Engagement.id).where(Engagement.title == PROCESS)).one()
        snap = status_report_snapshot(
            s, eid, StatusForm(period_start=DEMO_TODAY, period_end=DEMO_TODAY)
        )
    commit(demo_ctx, issue_status_report(demo_ctx.store, snap))
    assert view.report_model.rowCount() == before + 1
    demo_ctx.undo_stack.undo()
    assert view.report_model.rowCount() == before


def _type_date(qtbot, field, text: str) -> None:
    """Select what the date field holds, type `text` and press Return, as a user would."""
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def test_agreement_form_refuses_bad_input_and_writes_nothing(qtbot, demo_ctx):
    count = len(list_agreements(demo_ctx.store))
    dlg = AgreementDialog(demo_ctx)
    qtbot.addWidget(dlg)
    save = dlg.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    assert "Choose the partner" in dlg.ui.partnerError.text() and not save.isEnabled()
    dlg.ui.partnerCombo.setCurrentIndex(1)
    dlg.ui.clientCombo.setCurrentIndex(1)
    assert save.isEnabled()
    dlg.ui.recitalsEdit.setPlainText("The {partner_nme} makes drugs.")
    assert "{partner_nme}" in dlg.ui.recitalsError.text() and not save.isEnabled()
    dlg.ui.recitalsEdit.setPlainText("")
    dlg.ui.statusCombo.setCurrentIndex(dlg.ui.statusCombo.findData("signed"))
    assert "needs the date it was signed" in dlg.ui.signedError.text()
    assert not save.isEnabled()
    _type_date(qtbot, dlg.ui.signedDateEdit, clock.today().isoformat())
    _type_date(qtbot, dlg.ui.effectiveDateEdit, "1 May 2026")
    _type_date(qtbot, dlg.ui.expiryDateEdit, "1 Apr 2026")
    assert dlg.ui.expiryError.text() and not save.isEnabled()
    assert dlg.save() is False
    assert len(list_agreements(demo_ctx.store)) == count
    assert demo_ctx.undo_stack.count() == 0
    _type_date(qtbot, dlg.ui.expiryDateEdit, "30 Apr 2028")
    assert save.isEnabled()
    assert dlg.save()
    assert len(list_agreements(demo_ctx.store)) == count + 1


def test_new_agreement_gets_its_kinds_clauses_and_undo_removes_it(qtbot, demo_ctx):
    with demo_ctx.store.read() as s:
        eid = s.exec(select(Engagement.id).where(Engagement.title == PROCESS)).one()
    dlg = AgreementDialog(demo_ctx, engagement_id=eid)
    qtbot.addWidget(dlg)
    assert dlg.ui.partnerCombo.currentData() and dlg.ui.clientCombo.currentData()
    dlg.ui.kindCombo.setCurrentIndex(dlg.ui.kindCombo.findData("data_access"))
    assert dlg.ui.titleEdit.text() == "Data access agreement"
    assert dlg.save()
    agreement_id = dlg.agreement_id
    assert agreement_id is not None
    headings = _clauses(demo_ctx, agreement_id)
    assert headings[:2] == ["Purpose of data access", "Data-access schedule"]
    demo_ctx.undo_stack.undo()
    with demo_ctx.store.read() as s:
        assert s.get(Agreement, agreement_id) is None
        assert not s.exec(
            select(AgreementClause).where(AgreementClause.agreement_id == agreement_id)
        ).all()
    demo_ctx.undo_stack.redo()
    assert _clauses(demo_ctx, agreement_id) == headings


def test_clause_editing_add_edit_move_remove_with_undo(qtbot, view, demo_ctx):
    agreement_id = _agreement(demo_ctx, "Quality agreement for API manufacture")
    view.ui.tabs.setCurrentIndex(1)
    view.ui.agreementTable.selectRow(view.agreement_model.find(agreement_id))
    editor = view.clauses
    assert editor.agreement_id == agreement_id
    original = _clauses(demo_ctx, agreement_id)
    assert editor.model.rowCount() == len(original)

    # add from the library after the first clause
    editor.ui.clauseList.setCurrentIndex(editor.model.index(0, 0))
    ip = next(a for a in editor.add_menu.actions() if a.data() == "ip")
    ip.trigger()
    assert _clauses(demo_ctx, agreement_id)[1] == "Intellectual property"
    assert editor.current_row() == 1

    # an unknown placeholder is named and cannot be saved
    editor.ui.bodyEdit.setPlainText("Fees are in {fee_schedule}.")
    assert "{fee_schedule}" in editor.ui.bodyError.text()
    assert not editor.ui.saveClauseButton.isEnabled()
    editor.ui.bodyEdit.setPlainText("All results belong to {client_name}.")
    assert editor.ui.saveClauseButton.isEnabled()
    editor.ui.saveClauseButton.click()
    bodies = [c.body for c in clauses_of(demo_ctx.store, agreement_id)]
    assert bodies[1] == "All results belong to {client_name}."

    # move it down, then remove it; each step undoes
    editor.ui.moveDownButton.click()
    assert _clauses(demo_ctx, agreement_id)[2] == "Intellectual property"
    editor.ui.removeClauseButton.click()
    assert "Intellectual property" not in _clauses(demo_ctx, agreement_id)
    demo_ctx.undo_stack.undo()  # remove
    demo_ctx.undo_stack.undo()  # move
    demo_ctx.undo_stack.undo()  # edit
    rows = clauses_of(demo_ctx.store, agreement_id)
    assert rows[1].heading == "Intellectual property" and "{client_name}" not in rows[1].body
    assert editor.model.rowCount() == len(rows)
    demo_ctx.undo_stack.undo()  # add
    assert _clauses(demo_ctx, agreement_id) == original


def test_unsaved_clause_asks_before_switching(qtbot, view, demo_ctx, monkeypatch):
    asked: list[str] = []

    def answer(*args, **kwargs):
        asked.append(args[2])
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", answer)
    view.ui.agreementTable.selectRow(0)
    editor = view.clauses
    editor.ui.clauseList.setCurrentIndex(editor.model.index(0, 0))
    editor.ui.headingEdit.setText("Changed heading")
    editor.ui.clauseList.setCurrentIndex(editor.model.index(1, 0))
    assert asked and editor.current_row() == 0
    assert editor.ui.headingEdit.text() == "Changed heading"
