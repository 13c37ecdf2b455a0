"""The client's small form: name, legal name, registered address, country, contacts."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QHeaderView, QWidget
from sqlmodel import Session

from cdmo_desktop.domain import geo
from cdmo_desktop.domain.models import Client, Contact, new_id
from cdmo_desktop.domain.validation import ValidationError, is_email, is_phone, validate
from cdmo_desktop.gui.commands.engagements import push_changes
from cdmo_desktop.gui.context import AppContext
from cdmo_desktop.gui.dialogs.base import RecordDialog
from cdmo_desktop.gui.engagements import charter_lists as lists
from cdmo_desktop.gui.forms.ui_client_dialog import Ui_ClientDialog
from cdmo_desktop.gui.widgets.fields import FieldBinder, fill_combo
from cdmo_desktop.store.changesets import RowState, values_of
from cdmo_desktop.store.engagements import client_contacts, client_name_taken

CONTACT_COLUMNS = ("name", "role", "email", "phone")


class ClientDialog(RecordDialog):
    """Creates (client_id None) or edits a client; `client_id` holds the saved id."""

    unsaved_what = "this client"

    def __init__(
        self, ctx: AppContext, client_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, ctx.settings)
        self.ctx = ctx
        self.client_id = client_id
        self._dirty = False
        self.ui = Ui_ClientDialog()
        self.ui.setupUi(self)
        ui = self.ui
        fill_combo(ui.countryCombo, geo.countries(), blank="— not set —")
        self.binder = FieldBinder(self)
        self.binder.add("name", ui.nameEdit, ui.nameError)
        self.binder.add("legal_name", ui.legalNameEdit, ui.legalNameError)
        self.binder.add("registered_address", ui.registeredAddressEdit)
        self.binder.add("country", ui.countryCombo, ui.countryError)
        self.binder.add("notes", ui.notesEdit)
        lists.setup_table(ui.contactsTable)
        ui.contactsTable.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        ui.contactsError.hide()
        self._original_contacts: list[str] = []
        if client_id:
            self.setWindowTitle("Client")
            with ctx.store.read() as s:
                client = s.get(Client, client_id)
                if client is None:
                    raise LookupError(f"client {client_id} no longer exists")
                self.binder.load(values_of(client))
                contacts = client_contacts(s, client_id)
            self._original_contacts = [c.id for c in contacts]
            lists.set_rows(
                ui.contactsTable,
                [tuple(getattr(c, k) for k in CONTACT_COLUMNS) for c in contacts],
                [c.id for c in contacts],
            )
        else:
            self.setWindowTitle("New client")
            self.binder.load({"country": None})
        self.ok_button = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("ok_button")
        self.binder.edited.connect(self._on_binder_edited)
        ui.contactsTable.itemChanged.connect(self._on_contacts_table_item_changed)
        ui.addContactButton.clicked.connect(self._on_add_contact_button_clicked)
        ui.removeContactButton.clicked.connect(self._on_remove_contact_button_clicked)
        ui.buttonBox.accepted.connect(self._on_button_box_accepted)
        self._update_state()

    # --- values -------------------------------------------------------------------------
    def values(self) -> dict[str, object]:
        values = self.binder.values()
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
        errors = validate(Client(**values))
        with self.ctx.store.read() as s:
            if values["name"] and client_name_taken(s, str(values["name"]), self.client_id):
                errors.setdefault("name", "A client with this name exists already.")
        for i, (_cid, c) in enumerate(self.contacts(), 1):
            if not c["name"]:
                errors.setdefault("contacts", f"Contact {i}: a name is required.")
            elif c["email"] and not is_email(c["email"]):
                errors.setdefault("contacts", f"Contact {i}: email address is not valid.")
            elif c["phone"] and not is_phone(c["phone"]):
                errors.setdefault(
                    "contacts", f"Contact {i}: phone may hold digits, spaces, + ( ) - . / only."
                )
        return errors

    def _update_state(self) -> None:
        errors = self.errors()
        shown = errors if self._dirty else {}
        self.binder.show_errors(shown)
        self.ui.contactsError.setText(shown.get("contacts", ""))
        self.ui.contactsError.setVisible("contacts" in shown)
        self.ok_button.setEnabled(not errors)

    # --- writes -------------------------------------------------------------------------
    def save(self) -> bool:
        errors = self.errors()
        if errors:
            self._dirty = True
            self._update_state()
            return False
        client_id = self.client_id or new_id()
        values = self.values()
        contacts = self.contacts()
        removed = [cid for cid in self._original_contacts if cid not in {c for c, _ in contacts}]

        def build(s: Session) -> list[RowState]:
            existing = s.get(Client, client_id)
            base = values_of(existing) if existing else values_of(Client(name=""))
            states = [RowState(Client, client_id, {**base, **values})]
            states += [RowState(Contact, cid, None) for cid in removed]
            for cid, c in contacts:
                old = s.get(Contact, cid)
                contact_base = values_of(old) if old else values_of(Contact(name=""))
                states.append(
                    RowState(
                        Contact,
                        cid,
                        {**contact_base, **c, "client_id": client_id, "partner_id": None},
                    )
                )
            return states

        verb = "Edit" if self.client_id else "Add"
        try:
            push_changes(self.ctx, f"{verb} client {values['name']}", build)
        except ValidationError as exc:
            self.binder.show_errors(exc.errors)
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
        table.editItem(table.item(row, 0))

    def _on_remove_contact_button_clicked(self) -> None:
        lists.remove_current(self.ui.contactsTable)
        self._dirty = True
        self._update_state()
