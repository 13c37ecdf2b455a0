"""The client's small form: name, legal name, registered address, country, contacts."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialogButtonBox, QHeaderView, QMessageBox, QWidget

from cdmo_desktop.domain.models import Client, Contact, new_id
from cdmo_desktop.domain.validation import is_email, is_phone, validate
from cdmo_desktop.gui.conflicts import guarded_save
from cdmo_desktop.gui.context import AppContext
from cdmo_desktop.gui.dialogs.base import RecordDialog
from cdmo_desktop.gui.engagements import charter_lists as lists
from cdmo_desktop.gui.engagements.refused import show_refusal
from cdmo_desktop.gui.engagements.typed_fields import read_form, settled, watch_typed_fields
from cdmo_desktop.gui.forms.ui_client_dialog import Ui_ClientDialog
from cdmo_desktop.gui.i18n import QT_TR_NOOP, message, tr
from cdmo_desktop.gui.undo import REFUSALS, commit
from cdmo_desktop.gui.widgets.fields import FieldBinder
from cdmo_desktop.store import conflicts
from cdmo_desktop.store.engagement_edits import create_client, edit_client
from cdmo_desktop.store.engagements import client_name_taken, client_record

CONTACT_COLUMNS = ("name", "role", "email", "phone")


class ClientDialog(RecordDialog):
    """Creates (client_id None) or edits a client; `client_id` holds the saved id."""

    unsaved_what = QT_TR_NOOP("this client")

    def __init__(
        self, ctx: AppContext, client_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, ctx.settings)
        self.ctx = ctx
        self.unsaved_what = tr(ClientDialog.unsaved_what)
        self.client_id = client_id
        self._dirty = False
        self.ui = Ui_ClientDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.binder = FieldBinder(self)
        self.binder.add("name", ui.nameEdit, ui.nameError)
        self.binder.add("legal_name", ui.legalNameEdit, ui.legalNameError)
        self.binder.add("registered_address", ui.registeredAddressEdit)
        self.binder.add("country", ui.countryCombo, ui.countryError)
        self.binder.add("notes", ui.notesEdit)
        lists.setup_table(ui.contactsTable)
        ui.contactsTable.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        ui.contactsError.hide()
        self._versions = conflicts.Versions()
        if client_id:
            self.setWindowTitle(tr("Client"))
            self._load(client_id)
        else:
            self.setWindowTitle(tr("New client"))
            self.binder.load({"country": None})
        self.ok_button = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("ok_button")
        self.binder.edited.connect(self._on_binder_edited)
        watch_typed_fields(self.binder, self._update_state)
        ui.contactsTable.itemChanged.connect(self._on_contacts_table_item_changed)
        ui.addContactButton.clicked.connect(self._on_add_contact_button_clicked)
        ui.removeContactButton.clicked.connect(self._on_remove_contact_button_clicked)
        ui.buttonBox.accepted.connect(self._on_button_box_accepted)
        self.erase_contact_action = QAction(tr("Erase this person…"), ui.contactsTable)
        self.erase_contact_action.setObjectName("contactEraseAction")
        self.erase_contact_action.triggered.connect(self._erase_contact)
        ui.contactsTable.addAction(self.erase_contact_action)
        ui.contactsTable.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self._update_state()

    def _load(self, client_id: str) -> None:
        """The client and its contacts as saved now, with the versions a save expects."""
        self._versions = conflicts.opened_where(
            self.ctx.store, (Client, "id", client_id), (Contact, "client_id", client_id)
        )
        record = client_record(self.ctx.store, client_id)
        self.binder.load(record.values)
        lists.set_rows(
            self.ui.contactsTable,
            [tuple(c[k] for k in CONTACT_COLUMNS) for _id, c in record.contacts],
            [contact_id for contact_id, _c in record.contacts],
        )

    def _reload_theirs(self) -> None:
        """The conflict dialog's Reload: the client as saved now, my edits dropped."""
        assert self.client_id is not None
        self._load(self.client_id)
        self._dirty = False
        self._update_state()

    def _saved_contact_id(self) -> str:
        """The selected contact's id when it is saved ("" for a new row or none)."""
        item = self.ui.contactsTable.item(self.ui.contactsTable.currentRow(), 0)
        return str(item.data(lists.ID_ROLE) or "") if item is not None else ""

    def _erase_contact(self) -> None:
        """Erase the selected contact on request (gui.erasure), then show the client as
        the database now holds it."""
        from cdmo_desktop.gui import erasure

        contact_id = self._saved_contact_id()
        if not contact_id or not self.client_id:
            return
        if self._dirty:
            QMessageBox.information(
                self,
                tr("Erase this person"),
                tr("Save or discard the changes to this client first."),
            )
            return
        if erasure.erase_person(self.ctx, contact_id, self) is None:
            return
        record = client_record(self.ctx.store, self.client_id)
        self.binder.load(record.values)
        lists.set_rows(
            self.ui.contactsTable,
            [tuple(c[k] for k in CONTACT_COLUMNS) for _id, c in record.contacts],
            [cid for cid, _c in record.contacts],
        )
        self._dirty = False
        self._update_state()

    # --- values -------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        values = read_form(self.binder)[0]
        values["country"] = values.get("country") or ""
        return values

    def contacts(self) -> list[tuple[str, dict[str, str]]]:
        table = self.ui.contactsTable
        return [
            (
                lists.row_id(table, r),
                {k: lists.cell_text(table, r, c) for c, k in enumerate(CONTACT_COLUMNS)},
            )
            for r in range(table.rowCount())
            if not lists.is_blank(table, r)
        ]

    def errors(self) -> dict[str, str]:
        values = self.values()
        errors = read_form(self.binder)[1]
        for key, text in validate(Client(**values)).items():
            errors.setdefault(key, text)
        name = str(values["name"])
        if name and client_name_taken(self.ctx.store, name, self.client_id):
            errors.setdefault("name", tr("A client with this name exists already."))
        for i, (_cid, c) in enumerate(self.contacts(), 1):
            if not c["name"]:
                errors.setdefault(
                    "contacts", tr("Contact {number}: a name is required.").format(number=i)
                )
            elif c["email"] and not is_email(c["email"]):
                errors.setdefault(
                    "contacts",
                    tr("Contact {number}: email address is not valid.").format(number=i),
                )
            elif c["phone"] and not is_phone(c["phone"]):
                errors.setdefault(
                    "contacts",
                    tr("Contact {number}: phone may hold digits, spaces, + ( ) - . / only.").format(
                        number=i
                    ),
                )
        return errors

    def _update_state(self) -> None:
        errors = self.errors()
        shown = settled(self.binder, errors) if self._dirty else {}
        self.binder.show_errors(shown)
        self.ui.contactsError.setText(message(shown.get("contacts", "")))
        self.ui.contactsError.setVisible("contacts" in shown)
        self.ok_button.setEnabled(not errors)

    # --- writes -------------------------------------------------------------------------
    def save(self) -> bool:
        errors = self.errors()
        if errors:
            self._dirty = True
            self._update_state()
            return False
        values, contacts = self.values(), self.contacts()
        client_id = self.client_id or new_id()
        try:
            if self.client_id is None:
                changeset = create_client(self.ctx.store, values, contacts, client_id=client_id)
            else:
                saved = guarded_save(
                    self,
                    self._versions,
                    lambda vals: edit_client(self.ctx.store, client_id, vals, contacts),
                    mine=values,
                    reload=self._reload_theirs,
                )
                if saved is None:
                    return False
                changeset = saved
                self._versions = conflicts.opened_where(
                    self.ctx.store, (Client, "id", client_id), (Contact, "client_id", client_id)
                )
            commit(self.ctx, changeset, initiator=self)
        except REFUSALS as exc:
            show_refusal(self, self.binder, exc)
            return False
        self.client_id = client_id
        self._dirty = False
        return True

    # --- slots --------------------------------------------------------------------------
    def _on_binder_edited(self) -> None:
        self._dirty = True
        self._update_state()

    def _on_contacts_table_item_changed(self, _item: object) -> None:
        self._dirty = True
        self._update_state()

    def _on_add_contact_button_clicked(self) -> None:
        table = self.ui.contactsTable
        table.blockSignals(True)
        row = lists.append_row(table, ["", "", "", ""])
        table.blockSignals(False)
        table.setCurrentCell(row, 0)
        if (item := table.item(row, 0)) is not None:
            table.editItem(item)

    def _on_remove_contact_button_clicked(self) -> None:
        lists.remove_current(self.ui.contactsTable)
        self._dirty = True
        self._update_state()
