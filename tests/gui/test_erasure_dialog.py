"""The erasure dialogs: "Erase this person…" on a partner's contact (reason required,
"ERASE" typed, cannot be undone: the undo history is cleared), "Erase confidential
values…" with its field picker, and the offer to purge the backups that still hold the
erased values."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox
from sqlmodel import select

from cdmo_desktop.domain import clock
from cdmo_desktop.domain.models import Contact, Partner, Risk
from cdmo_desktop.domain.models.erasure import ERASED
from cdmo_desktop.gui import erasure as gui_erasure
from cdmo_desktop.gui.erasure import CONFIRM_WORD, REASON_MISSING, ErasureDialog
from cdmo_desktop.gui.partners.partner_profile import PartnerProfileView
from cdmo_desktop.gui.undo import commit
from cdmo_desktop.store import changesets
from cdmo_desktop.store import erasure as store_erasure
from cdmo_desktop.store.backup import list_backups
from tests.conftest import DEMO_TODAY

pytestmark = pytest.mark.gui
NAME = "Dr. Katrin Vogel"


@pytest.fixture(autouse=True)
def _demo_day() -> Iterator[None]:
    with clock.frozen(DEMO_TODAY):
        yield


def _contact(ctx: Any) -> Contact:
    with ctx.store.read() as s:
        return s.exec(select(Contact).where(Contact.name == NAME)).one()


@pytest.fixture
def profile(qtbot: Any, demo_ctx: Any) -> PartnerProfileView:
    v = PartnerProfileView(demo_ctx, str(_contact(demo_ctx).partner_id))
    v.reload()
    qtbot.addWidget(v, before_close_func=lambda w: w.discard())
    return v


def _select_contact(profile: PartnerProfileView, contact_id: str) -> None:
    section = profile.sections["contact"]
    model = section.table.model()
    for row in range(model.rowCount()):
        section.table.selectRow(row)
        if section.selected_id() == contact_id:
            return
    raise AssertionError("contact not shown")


def _answer(monkeypatch: pytest.MonkeyPatch, reason: str, word: str, seen: list[Any]) -> None:
    def fake_exec(self: ErasureDialog) -> int:
        seen.append(self)
        assert not self.erase_button.isEnabled()
        self.reason.setText(reason)
        self.confirm.setText(word)
        if not self.erase_button.isEnabled():
            return int(QDialog.DialogCode.Rejected)
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(ErasureDialog, "exec", fake_exec)


def _keep_backups(monkeypatch: pytest.MonkeyPatch, shown: list[str]) -> None:
    def fake_exec(self: QMessageBox) -> int:
        shown.append(self.text())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)


def test_erasing_a_contact_from_the_profile_clears_the_undo_history(
    qtbot: Any, profile: PartnerProfileView, demo_ctx: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    contact = _contact(demo_ctx)
    # An edit on the undo stack holds the person's old e-mail.
    with demo_ctx.store.read() as s:
        target = changesets.changed_state(s, Contact, contact.id, role="Head of QA")
    commit(demo_ctx, demo_ctx.store.replay([target], "Edit contact"))
    assert demo_ctx.undo_stack.count() == 1
    demo_ctx.store.backup()
    seen: list[Any] = []
    shown: list[str] = []
    _answer(monkeypatch, "Asked to be forgotten", CONFIRM_WORD, seen)
    _keep_backups(monkeypatch, shown)
    _select_contact(profile, contact.id)
    threads: list[threading.Thread] = []
    real_erase = store_erasure.erase_person

    def erase_person(*args: Any, **kwargs: Any) -> Any:
        threads.append(threading.current_thread())
        return real_erase(*args, **kwargs)

    monkeypatch.setattr(store_erasure, "erase_person", erase_person)

    profile.erase_contact_action.trigger()

    # the rewrite ran off the GUI thread (the window kept painting)
    assert threads and threads[0] is not threading.main_thread()
    assert seen and "cannot be undone" in seen[0].findChild(QLabel, "erasureWarning").text()
    assert "risk owner" in seen[0].what.text()
    assert demo_ctx.undo_stack.count() == 0
    with demo_ctx.store.read() as s:
        now = s.get(Contact, contact.id)
    assert now is not None and now.name == ERASED and now.email == ""
    qtbot.waitUntil(lambda: NAME not in _contact_cells(profile))
    assert shown == ["1 backup taken before this erasure holds the erased data."]


def _contact_cells(profile: PartnerProfileView) -> str:
    model = profile.sections["contact"].table.model()
    return " ".join(
        str(model.index(r, c).data() or "")
        for r in range(model.rowCount())
        for c in range(model.columnCount())
    )


def test_the_erase_button_waits_for_a_reason_and_the_typed_word(qtbot: Any, demo_ctx: Any) -> None:
    dialog = gui_erasure.person_dialog(demo_ctx, _contact(demo_ctx).id, None)
    qtbot.addWidget(dialog)
    assert not dialog.erase_button.isEnabled()
    dialog.confirm.setText(CONFIRM_WORD)
    assert not dialog.erase_button.isEnabled()
    dialog.reason.editingFinished.emit()
    assert dialog.reason_error.text() == REASON_MISSING
    dialog.reason.setText("Request of the person")
    assert dialog.reason_error.text() == ""
    assert dialog.erase_button.isEnabled()
    dialog.confirm.setText("erase it")
    assert not dialog.erase_button.isEnabled()


def test_a_records_field_picker_plans_the_fields_ticked(qtbot: Any, demo_ctx: Any) -> None:
    from PySide6.QtCore import Qt

    with demo_ctx.store.read() as s:
        risk = s.exec(select(Risk).where(Risk.description != "")).first()
    assert risk is not None
    dialog = gui_erasure.record_dialog(demo_ctx, "risk", risk.id, None)
    qtbot.addWidget(dialog)
    assert dialog.field_list is not None and dialog.plan is None
    dialog.reason.setText("Confidential under the CDA")
    dialog.confirm.setText(CONFIRM_WORD)
    assert not dialog.erase_button.isEnabled()  # no field ticked yet
    items = [dialog.field_list.item(i) for i in range(dialog.field_list.count())]
    description = next(i for i in items if i.data(Qt.ItemDataRole.UserRole) == "description")
    description.setCheckState(Qt.CheckState.Checked)
    assert dialog.plan is not None and dialog.plan.fields == ("description",)
    assert dialog.erase_button.isEnabled()
    assert "description" in dialog.what.text().lower()


def test_purging_the_backups_after_a_confirmation(
    qtbot: Any, store: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cdmo_desktop.domain.enums import PartnerKind

    with store.session() as s:
        partner = Partner(name="Helix Biologics", kind=PartnerKind.CDMO, notes="Rate 412 EUR/h")
        s.add(partner)
    store.backup()
    store.backup()
    result = store_erasure.erase_record(store, "partner", partner.id, ["notes"], "Terms")
    assert len(result.backups) == 2

    def click_purge(self: QMessageBox) -> int:
        monkeypatch.setattr(
            QMessageBox, "clickedButton", lambda box: box.findChild(object, "erasurePurgeButton")
        )
        return 0

    monkeypatch.setattr(QMessageBox, "exec", click_purge)
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: answers.pop(0))
    assert gui_erasure.offer_purge(None, result.backups) == 0  # "Cancel" to the second question
    assert len(list_backups(store.path)) == 2
    assert gui_erasure.offer_purge(None, result.backups) == 2
    assert list_backups(store.path) == []


def test_erasing_a_client_contact_from_the_client_form(
    qtbot: Any, ctx: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cdmo_desktop.gui.engagements.client_dialog import ClientDialog

    created = ClientDialog(ctx)
    qtbot.addWidget(created)
    created.ui.nameEdit.setText("Norrland Pharma")
    table = created.ui.contactsTable
    created.ui.addContactButton.click()
    for col, text in enumerate(("Eva Lindqvist", "CEO", "eva@norrland.example", "")):
        item = table.item(table.rowCount() - 1, col)
        assert item is not None
        item.setText(text)
    assert created.save()
    dialog = ClientDialog(ctx, created.client_id)
    qtbot.addWidget(dialog)
    infos: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: infos.append(text))
    seen: list[Any] = []
    _answer(monkeypatch, "Asked to be forgotten", CONFIRM_WORD, seen)
    dialog.ui.contactsTable.setCurrentCell(0, 0)
    dialog.ui.legalNameEdit.setText("Norrland Pharma AB")  # an unsaved edit: not yet
    dialog.erase_contact_action.trigger()
    assert infos and not seen
    dialog = ClientDialog(ctx, created.client_id)
    qtbot.addWidget(dialog)
    dialog.ui.contactsTable.setCurrentCell(0, 0)

    dialog.erase_contact_action.trigger()

    assert seen
    assert [c["name"] for _id, c in dialog.contacts()] == [ERASED]
    assert [c["email"] for _id, c in dialog.contacts()] == [""]
    assert not dialog._dirty


def test_a_refused_erasure_says_so_and_erases_nothing(
    qtbot: Any, profile: PartnerProfileView, demo_ctx: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The contact went meanwhile (another window, a sync): one warning, nothing erased,
    the undo history kept."""
    contact = _contact(demo_ctx)
    with demo_ctx.store.read() as s:
        target = changesets.changed_state(s, Contact, contact.id, role="Head of QA")
    commit(demo_ctx, demo_ctx.store.replay([target], "Edit contact"))
    seen: list[Any] = []
    _answer(monkeypatch, "Asked to be forgotten", CONFIRM_WORD, seen)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: warnings.append(text))

    def gone(*_args: Any, **_kwargs: Any) -> Any:
        raise LookupError("contact")

    monkeypatch.setattr(store_erasure, "erase_person", gone)
    _select_contact(profile, contact.id)

    profile.erase_contact_action.trigger()

    assert seen and len(warnings) == 1 and warnings[0].startswith("Nothing was erased.")
    assert demo_ctx.undo_stack.count() == 1
    with demo_ctx.store.read() as s:
        assert s.get(Contact, contact.id).name == NAME


def test_a_login_other_than_a_team_servers_owner_is_told_before_the_dialog(
    qtbot: Any, profile: PartnerProfileView, demo_ctx: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An admin's or a consultant's server login (store.erasure.may_erase): no reason to
    type for an erasure the server will refuse; one warning naming the owner, nothing
    erased. (The refusal itself on a server: tests/store/test_erasure_server.py.)"""
    contact = _contact(demo_ctx)
    seen: list[Any] = []
    _answer(monkeypatch, "Asked to be forgotten", CONFIRM_WORD, seen)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: warnings.append(text))
    monkeypatch.setattr(store_erasure, "may_erase", lambda _store: False)
    _select_contact(profile, contact.id)

    profile.erase_contact_action.trigger()
    gui_erasure.erase_record(demo_ctx, "partner", str(contact.partner_id), profile)

    assert not seen and len(warnings) == 2
    assert all(w.startswith("Nothing was erased.") and "only its owner" in w for w in warnings)
    with demo_ctx.store.read() as s:
        assert s.get(Contact, contact.id).name == NAME
