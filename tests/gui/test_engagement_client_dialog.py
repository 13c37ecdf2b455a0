"""The client form: name, legal name, address, country, contacts; refusals write nothing."""

from __future__ import annotations

import pytest
from sqlmodel import func, select

from cdmo_desktop.domain.models import ChangeLog, Client, Contact
from cdmo_desktop.gui import unsaved as module
from cdmo_desktop.gui.engagements import charter_lists as lists
from cdmo_desktop.gui.engagements.client_dialog import ClientDialog
from cdmo_desktop.gui.widgets.fields import set_combo_value
from tests.store.kickoff_world import build_world

pytestmark = pytest.mark.gui


def rows(store, model) -> int:
    with store.read() as s:
        return int(s.exec(select(func.count()).select_from(model)).one())


def add_contact(dialog: ClientDialog, *values: str) -> None:
    table = dialog.ui.contactsTable
    dialog.ui.addContactButton.click()
    for col, text in enumerate(values):
        item = table.item(table.rowCount() - 1, col)
        assert item is not None
        item.setText(text)


def test_new_client_with_contacts_round_trips(qtbot, ctx) -> None:
    dialog = ClientDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.ui.nameEdit.setText("Norrland Pharma")
    dialog.ui.legalNameEdit.setText("Norrland Pharma AB")
    dialog.ui.registeredAddressEdit.setPlainText("Storgatan 1\n903 26 Umeå")
    set_combo_value(dialog.ui.countryCombo, "SE")
    add_contact(dialog, "Eva Lind", "CEO", "eva@norrland.se", "+46 90 123 45")
    assert dialog.save()
    reopened = ClientDialog(ctx, dialog.client_id)
    qtbot.addWidget(reopened)
    values = reopened.values()
    assert values["name"] == "Norrland Pharma" and values["country"] == "SE"
    assert values["registered_address"] == "Storgatan 1\n903 26 Umeå"
    assert [c for _id, c in reopened.contacts()] == [
        {"name": "Eva Lind", "role": "CEO", "email": "eva@norrland.se", "phone": "+46 90 123 45"}
    ]
    lists.remove_current(reopened.ui.contactsTable)  # nothing selected: nothing removed
    reopened.ui.contactsTable.setCurrentCell(0, 0)
    reopened.ui.removeContactButton.click()
    assert reopened.save()
    assert rows(ctx.store, Contact) == 0


def test_duplicate_name_and_bad_email_are_refused_and_write_nothing(qtbot, ctx) -> None:
    build_world(ctx.store)
    dialog = ClientDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.ui.nameEdit.setText("  helix bio ")
    assert dialog.ui.nameError.text() == "A client with this name exists already."
    assert not dialog.ok_button.isEnabled()
    dialog.ui.nameEdit.setText("Helix Bio Europe")
    add_contact(dialog, "Jo", "", "not-an-email", "")
    assert "email address is not valid" in dialog.ui.contactsError.text()
    before = rows(ctx.store, ChangeLog)
    assert not dialog.save()
    assert rows(ctx.store, ChangeLog) == before and rows(ctx.store, Client) == 1


def test_cancel_with_edits_asks_first(qtbot, ctx, monkeypatch) -> None:
    dialog = ClientDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.ui.nameEdit.setText("Half typed")
    monkeypatch.setattr(module, "ask_unsaved", lambda _p, _w: "cancel")
    dialog.show()
    dialog.reject()
    assert dialog.isVisible()
    monkeypatch.setattr(module, "ask_unsaved", lambda _p, _w: "discard")
    dialog.reject()
    assert not dialog.isVisible() and rows(ctx.store, Client) == 0
