"""On a read-only database the forms' fields take no edits: a partner's profile, the risk
form, the charter and an engagement register's record form show their text (selectable,
copied) but refuse typing, and their pickers are greyed out. A form changing a field on its
own while held does not undo the hold, and a writable database gives each field the state
its form asked for."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot
from sqlmodel import select

from cdmo_desktop.domain.models import Engagement, Partner, Risk
from cdmo_desktop.gui.engagements.charter import CharterTab
from cdmo_desktop.gui.engagements.workspace import EngagementWorkspace
from cdmo_desktop.gui.engagements.workspace_records import RecordEditor
from cdmo_desktop.gui.partners.partner_profile import PartnerProfileView
from cdmo_desktop.gui.risks.risks import RisksView
from cdmo_desktop.gui.widgets.text_fields import DateField
from cdmo_desktop.store import Store, open_store
from tests.gui.read_only_support import demo_copies, shown_window

pytestmark = pytest.mark.gui


def _first(store: Store, model: type[Partner | Risk | Engagement]) -> str:
    with store.read() as s:
        row = s.exec(select(model).order_by(model.id)).first()
    assert row is not None
    return str(row.id)


def _typing_refused(qtbot: QtBot, edit: QLineEdit | QPlainTextEdit) -> None:
    before = edit.text() if isinstance(edit, QLineEdit) else edit.toPlainText()
    edit.setFocus()
    QTest.keyClicks(edit, "typed")
    after = edit.text() if isinstance(edit, QLineEdit) else edit.toPlainText()
    assert after == before, edit.objectName()


def test_a_read_only_file_holds_every_form_field(
    read_only_db: Path, settings: QSettings, qtbot: QtBot
) -> None:
    store = open_store(read_only_db, user="Test Consultant")
    try:
        window = shown_window(qtbot, store, settings)
        profile = window.open_partner(_first(store, Partner))
        assert isinstance(profile, PartnerProfileView)
        ui = profile.ui
        for edit in (ui.nameEdit, ui.cityEdit, ui.notesEdit, ui.registeredAddressEdit):
            assert edit.isReadOnly() and edit.isEnabled(), edit.objectName()
            _typing_refused(qtbot, edit)
        for picker in (ui.kindCombo, ui.qualificationCombo, ui.cdaSignedDate):
            assert not picker.isEnabled(), picker.objectName()
        kind = ui.kindCombo.currentIndex()
        QTest.keyClick(ui.kindCombo, Qt.Key.Key_Down)
        assert ui.kindCombo.currentIndex() == kind
        assert not ui.saveButton.isEnabled()

        risks = window.show_screen("risks")
        assert isinstance(risks, RisksView)
        assert risks.open_risk(_first(store, Risk))
        form = risks.form.ui
        assert form.titleEdit.isReadOnly() and form.descriptionEdit.isReadOnly()
        _typing_refused(qtbot, form.titleEdit)
        assert not form.statusCombo.isEnabled() and not form.likelihoodCombo.isEnabled()
        assert not form.saveButton.isEnabled()

        workspace = window.open_engagement(_first(store, Engagement))
        assert isinstance(workspace, EngagementWorkspace)
        charter = workspace.findChild(CharterTab)
        assert charter is not None
        workspace.show_tab("charter")
        assert charter.ui.scopeEdit.isReadOnly()
        _typing_refused(qtbot, charter.ui.scopeEdit)
        assert not charter.ui.decisionMakerCombo.isEnabled()
        assert not charter.ui.metricsTable.isEnabled()
        workspace.show_tab("decisions")
        editors = workspace.findChildren(RecordEditor)
        assert editors
        for editor in editors:
            texts: list[QPlainTextEdit] = editor.form.findChildren(QPlainTextEdit)
            lines: list[QLineEdit] = [
                e
                for e in editor.form.findChildren(QLineEdit)
                if not isinstance(e, DateField) and not isinstance(e.parentWidget(), QComboBox)
            ]
            assert texts or lines, editor.objectName()
            assert all(e.isReadOnly() for e in texts), editor.objectName()
            assert all(e.isReadOnly() for e in lines), editor.objectName()
        window.close()
    finally:
        store.close()


def test_fields_come_back_as_their_forms_asked_when_a_writable_database_opens(
    demo_template: Path, tmp_path: Path, settings: QSettings, qtbot: QtBot
) -> None:
    first, second = demo_copies(demo_template, tmp_path)
    store = open_store(first, user="Test Consultant")
    window = shown_window(qtbot, store, settings)
    risks = window.show_screen("risks")
    assert isinstance(risks, RisksView)
    assert risks.open_risk(_first(store, Risk))
    form = risks.form.ui
    decision: QComboBox = form.decisionCombo
    decision.setEnabled(False)  # the form's own state: the risk is not realised
    assert not form.titleEdit.isReadOnly()

    store.read_only_reason = "a full check found it damaged"
    window.database_changed()
    assert form.titleEdit.isReadOnly() and not form.statusCombo.isEnabled()
    decision.setEnabled(True)  # the form: the risk was realised meanwhile
    assert not decision.isEnabled()
    form.titleEdit.setReadOnly(False)  # the form opening the field again does not undo it
    assert form.titleEdit.isReadOnly()

    replacement = open_store(second, user="Test Consultant")
    window.database.switch_to(replacement)
    assert not form.titleEdit.isReadOnly() and form.statusCombo.isEnabled()
    assert decision.isEnabled()  # as the form last asked
    form.titleEdit.setFocus()
    form.titleEdit.selectAll()
    QTest.keyClicks(form.titleEdit, "Retyped")
    assert form.titleEdit.text() == "Retyped"
    window.close()
    store.close()
    replacement.close()
