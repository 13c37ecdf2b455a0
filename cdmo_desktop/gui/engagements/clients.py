"""Clients screen: every client (sponsor) with its contacts and engagements, search run in
SQL; create and edit a client with its contacts (the client form), archive and restore.

The contacts kept here are the people a team member is picked from in an engagement's
Team & RACI tab, so nobody is typed twice.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QBrush, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cdmo_desktop.domain import geo
from cdmo_desktop.gui import theme
from cdmo_desktop.gui.confirm import ask_to_archive
from cdmo_desktop.gui.context import AppContext
from cdmo_desktop.gui.engagements.client_dialog import ClientDialog
from cdmo_desktop.gui.format import date_text, number_text
from cdmo_desktop.gui.i18n import QT_TR_NOOP, message, tr
from cdmo_desktop.gui.models.paged import PagedTableModel, prepare_view
from cdmo_desktop.gui.undo import commit_or_report
from cdmo_desktop.gui.unsaved import NothingToSave
from cdmo_desktop.gui.widgets import table_habits
from cdmo_desktop.gui.widgets.fitting import VerticalScrollArea, share_columns, widen_to_titles
from cdmo_desktop.store import Store
from cdmo_desktop.store.changesets import ChangeSet
from cdmo_desktop.store.clients import (
    ClientCard,
    ClientRow,
    client_card,
    client_position,
    count_clients,
    fetch_clients,
    fetch_clients_at,
    fetch_clients_before,
    set_client_archived,
)

_TABLES = ("client", "contact", "engagement", "partner")
COLUMN_WIDTHS = (220, 200, 110, 70, 130)
# The columns of store.clients.HEADERS, marked for translation.
COLUMN_TITLES = (
    QT_TR_NOOP("Name"),
    QT_TR_NOOP("Legal name"),
    QT_TR_NOOP("Country"),
    QT_TR_NOOP("Contacts"),
    QT_TR_NOOP("Engagements"),
)


class ClientSource:
    def __init__(self, store: Store) -> None:
        self.store = store
        self.headers: Sequence[str] = list(COLUMN_TITLES)

    def count(self, filters: dict[str, Any]) -> int:
        return count_clients(self.store, filters)

    def fetch(
        self,
        filters: dict[str, Any],
        sort_column: int,
        descending: bool,
        limit: int,
        after: ClientRow | None = None,
    ) -> list[ClientRow]:
        return fetch_clients(self.store, filters, sort_column, descending, limit, after)

    def fetch_before(
        self,
        filters: dict[str, Any],
        sort_column: int,
        descending: bool,
        limit: int,
        before: ClientRow | None = None,
    ) -> list[ClientRow]:
        return fetch_clients_before(self.store, filters, sort_column, descending, limit, before)

    def fetch_at(
        self, filters: dict[str, Any], sort_column: int, descending: bool, offset: int, limit: int
    ) -> list[ClientRow]:
        return fetch_clients_at(self.store, filters, sort_column, descending, offset, limit)

    def position(
        self, filters: dict[str, Any], sort_column: int, descending: bool, key: str
    ) -> int | None:
        return client_position(self.store, filters, sort_column, descending, key)

    def display(self, row: ClientRow, column: int) -> Any:
        running = (
            tr(" ({count} running)").format(count=number_text(row.running)) if row.running else ""
        )
        values = (
            tr("{name} (archived)").format(name=row.name) if row.archived else row.name,
            row.legal_name,
            geo.shown_name(row.country),
            number_text(row.contacts),
            number_text(row.engagements) + running,
        )
        return values[column]

    def key(self, row: ClientRow) -> str:
        return row.id


class ClientListModel(PagedTableModel[ClientRow]):
    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(ClientSource(store), parent)

    def cell_data(self, row: ClientRow, column: int, role: int) -> Any:
        if row.archived:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(theme.current().colour("muted"))
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setItalic(True)
                return font
            if role == Qt.ItemDataRole.ToolTipRole:
                return tr("Archived: restore it to start engagements with it again.")
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (3, 4):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def card_html(card: ClientCard) -> str:
    """The selected client: who it is, its people and its engagements (links open them)."""
    head = f"<h3 style='margin:0'>{escape(card.name)}</h3>"
    facts = [escape(x) for x in (card.legal_name, geo.shown_name(card.country)) if x]
    if card.archived:
        when = date_text(card.archived_at.astimezone().date()) if card.archived_at else ""
        facts.append(tr("<i>archived {date}</i>").format(date=escape(when)))
    parts = [head, "<p>" + " · ".join(facts) + "</p>" if facts else ""]
    if card.registered_address:
        address = escape(card.registered_address).replace("\n", "<br>")
        parts.append(f"<p>{address}</p>")
    parts.append(tr("<p><b>Contacts</b> ({count})</p>").format(count=len(card.contacts)))
    if card.contacts:
        lines = []
        for c in card.contacts:
            reach = " · ".join(escape(x) for x in (c.email, c.phone) if x)
            role = f", {escape(c.role)}" if c.role else ""
            reach = f"<br>{reach}" if reach else ""
            lines.append(f"<li>{escape(c.name)}{role}{reach}</li>")
        parts.append("<ul style='margin-left:-24px'>" + "".join(lines) + "</ul>")
    else:
        parts.append(tr("<p>None yet: Edit… adds the people you work with there.</p>"))
    parts.append(tr("<p><b>Engagements</b> ({count})</p>").format(count=len(card.engagements)))
    if card.engagements:
        line = tr("<li><a href='{id}'>{title}</a> with {partner} · {status}{archived}</li>")
        rows = [
            line.format(
                id=e.id,
                title=escape(e.title),
                partner=escape(e.partner),
                status=escape(message(e.status.label)),
                archived=tr(" (archived)") if e.archived else "",
            )
            for e in card.engagements
        ]
        parts.append("<ul style='margin-left:-24px'>" + "".join(rows) + "</ul>")
    else:
        parts.append(tr("<p>None yet.</p>"))
    if card.notes:
        parts.append(tr("<p><b>Notes</b><br>{notes}</p>").format(notes=escape(card.notes)))
    return "".join(parts)


class ClientsView(NothingToSave, QWidget):
    """The client register. It holds no unsaved edits of its own (the client form saves
    on OK), so as a screen it is never dirty."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("clients_view")
        self.model = ClientListModel(ctx.store, self)
        self._build()
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self.apply_filters)
        self.search_edit.textChanged.connect(self._on_search_edit_text_changed)
        self.archived_check.toggled.connect(self._on_archived_check_toggled)
        self.new_button.clicked.connect(self.new_client)
        self.edit_button.clicked.connect(self.edit_selected)
        self.archive_button.clicked.connect(self.archive_selected)
        self.restore_button.clicked.connect(self.restore_selected)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.card.linkActivated.connect(self._on_card_link_activated)
        self.model.modelReset.connect(self._on_selection_changed)
        ctx.changed.connect(self._on_ctx_changed)
        self.apply_filters()

    def _build(self) -> None:
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("clientSearchEdit")
        self.search_edit.setPlaceholderText(tr("Search name, legal name, country or a contact…"))
        self.search_edit.setClearButtonEnabled(True)
        self.archived_check = QCheckBox(tr("Show arc&hived"))
        self.archived_check.setObjectName("clientArchivedCheck")
        self.new_button = self._button("newClientButton", tr("&New client…"))
        self.edit_button = self._button("editClientButton", tr("&Edit…"))
        self.archive_button = self._button("archiveClientButton", tr("&Archive…"))
        self.restore_button = self._button("restoreClientButton", tr("&Restore"))
        self.count_label = QLabel()
        self.count_label.setObjectName("clientCountLabel")
        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 1)
        filters.addWidget(self.archived_check)
        buttons = QHBoxLayout()
        for b in (self.new_button, self.edit_button, self.archive_button, self.restore_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)

        self.table = QTableView()
        self.table.setObjectName("clientsTable")
        self.table.setModel(self.model)
        prepare_view(self.table, self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().hide()
        header = share_columns(self.table.horizontalHeader(), 0)  # the name takes what is left
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        widen_to_titles(self.table, COLUMN_WIDTHS)
        rows = (self.edit_button, self.archive_button, self.restore_button, self.new_button)
        table_habits.install(self.table, "clients", self.ctx.settings, *rows)

        self.card = QLabel()
        self.card.setObjectName("clientCard")
        self.card.setWordWrap(True)
        self.card.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.card.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.card.setMargin(8)
        card_area = VerticalScrollArea(widget=self.card)
        card_area.setObjectName("clientCardArea")
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("clientsSplitter")
        splitter.addWidget(self.table)
        splitter.addWidget(card_area)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([600, 400])  # weights: the list gets 60 % at any width
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(filters)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)

        new_key = QKeySequence.StandardKey.New
        self.new_action = self._action("newClientAction", tr("New client…"), new_key)
        self.new_action.triggered.connect(self.new_client)
        self.edit_action = self._action("editClientAction", tr("Edit client…"), QKeySequence("F2"))
        self.edit_action.triggered.connect(self.edit_selected)
        self.archive_action = self._action("archiveClientAction", tr("Archive client…"), None)
        self.archive_action.triggered.connect(self.archive_selected)
        self.find_action = self._action(
            "findClientAction", tr("Find"), QKeySequence.StandardKey.Find
        )
        self.find_action.triggered.connect(self._on_find_action_triggered)

    def _button(self, name: str, text: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        return button

    def _action(self, name: str, text: str, key: Any) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if key is not None:
            action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(action)
        return action

    def actions(self) -> list[QAction]:
        return [self.new_action, self.edit_action, self.archive_action]

    # --- list and selection -----------------------------------------------------------------
    def filters(self) -> dict[str, Any]:
        return {
            "text": self.search_edit.text().strip(),
            "show_archived": self.archived_check.isChecked(),
        }

    def apply_filters(self) -> None:
        selected = self.selected_id()
        self.model.set_filters(self.filters())
        self._after_refresh(selected)

    def _after_refresh(self, selected: str | None) -> None:
        self._show_count()
        if not (selected and self.select(selected)) and self.model.rowCount():
            self.table.selectRow(0)
        self._on_selection_changed()

    def _show_count(self) -> None:
        total = self.model.total
        counted = tr("{count} client") if total == 1 else tr("{count} clients")
        self.count_label.setText(counted.format(count=number_text(total)))

    def selected_row(self) -> ClientRow | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or not self.model.has_row(rows[0].row()):
            return None
        return self.model.row_at(rows[0].row())

    def selected_id(self) -> str | None:
        row = self.selected_row()
        return row.id if row else None

    def select(self, client_id: str) -> bool:
        row = self.model.find_key(client_id)
        if row < 0:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def _show_card(self) -> None:
        client_id = self.selected_id()
        card = client_card(self.ctx.store, client_id) if client_id else None
        if card is None:
            self.card.setText(
                tr(
                    "<p>No client selected.</p><p>New client… adds the sponsor you work for, "
                    "with the people you deal with there.</p>"
                )
            )
            return
        self.card.setText(card_html(card))

    # --- actions ----------------------------------------------------------------------------
    def new_client(self) -> None:
        dialog = ClientDialog(self.ctx, None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.client_id:
            self.search_edit.clear()
            self.apply_filters()
            self.select(dialog.client_id)

    def edit_selected(self) -> None:
        if (client_id := self.selected_id()) is not None:
            ClientDialog(self.ctx, client_id, self).exec()

    def archive_selected(self) -> None:
        row = self.selected_row()
        if row is None or row.archived:
            return
        stays = tr(
            "It leaves this list and the picker for new engagements; its engagements, "
            "contacts and history stay."
        )
        if ask_to_archive(self, tr("client"), row.name, stays):
            self._set_archived(row, True)

    def restore_selected(self) -> None:
        row = self.selected_row()
        if row is not None and row.archived:
            self._set_archived(row, False)

    def _set_archived(self, row: ClientRow, archived: bool) -> None:
        commit_or_report(
            self.ctx, lambda: set_client_archived(self.ctx.store, row.id, archived), initiator=self
        )

    # --- slots ------------------------------------------------------------------------------
    def _on_selection_changed(self, *_args: Any) -> None:
        row = self.selected_row()
        for widget in (self.edit_button, self.edit_action):
            widget.setEnabled(row is not None)
        for widget in (self.archive_button, self.archive_action):
            widget.setEnabled(row is not None and not row.archived)
        self.restore_button.setVisible(self.archived_check.isChecked())
        self.restore_button.setEnabled(row is not None and row.archived)
        self._show_card()

    def _on_search_edit_text_changed(self, _text: str) -> None:
        self._search_timer.start()

    def _on_archived_check_toggled(self, _checked: bool) -> None:
        self.apply_filters()

    def _on_find_action_triggered(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.edit_selected()

    def _on_card_link_activated(self, engagement_id: str) -> None:
        self.ctx.open_engagement_requested.emit(engagement_id)

    def _on_ctx_changed(self, changeset: ChangeSet, _initiator: object) -> None:
        if changeset.touches(*_TABLES):
            # The list stays where it is; the selection follows its client (or moves to the
            # row that took its place when the change hid it).
            self.model.refresh()
            self._show_count()
            if not self.table.selectionModel().hasSelection() and self.model.rowCount():
                self.table.selectRow(0)
            self._on_selection_changed()
