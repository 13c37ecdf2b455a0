"""Sync > Conflicts…: the edits that collided when changes were received, and the
partners that may have been created twice.

"Edited on both sides" lists each open conflict: the record, the field, the value in place
now (the later edit won), the other value (the one that lost: made here or in the other
copy), who made it and when. "Keep current value" or "Use other value" settles the selected
rows (or the row under a right-click); each choice is a write
through the store, on the undo stack like any edit, and every screen is told.

"Possible duplicates" lists partners created on both sides under near-identical names;
Merge moves the second one's engagements, sites, contacts and audits to the first (the
second is archived), after a confirmation; "Not the same" dismisses the pair.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cdmo_desktop.gui.dialogs.base import RememberedGeometryDialog
from cdmo_desktop.gui.i18n import QT_TR_NOOP, message, tr
from cdmo_desktop.gui.sync.common import (
    DELETED_AND_EDITED,
    field_text,
    fit_to_screen,
    named,
    plural,
    show_rows,
    stretch_columns,
    value_text,
    when_text,
)
from cdmo_desktop.gui.undo import REFUSALS, commit, refusal_text

if TYPE_CHECKING:
    from cdmo_desktop.gui.context import AppContext
    from cdmo_desktop.store.changesets import ChangeSet
    from cdmo_desktop.store.sync import Conflict

log = logging.getLogger(__name__)
# "Current" is what this database holds now (the later edit); "other" the value that lost,
# whichever copy it was made in (so never "theirs": it may be this user's own older edit).
EDIT_COLUMNS = (
    QT_TR_NOOP("Record"),
    QT_TR_NOOP("Field"),
    QT_TR_NOOP("Current value"),
    QT_TR_NOOP("Other value"),
    QT_TR_NOOP("Other value by"),
    QT_TR_NOOP("Made"),
)
DUPLICATE_COLUMNS = (QT_TR_NOOP("Partner"), QT_TR_NOOP("Near-identical partner"))
HERE, OTHER = "here", "other"


def _table(
    name: str, accessible: str, headers: Sequence[str], stretch: Sequence[int]
) -> QTableWidget:
    table = named(QTableWidget(0, len(headers)), name, accessible)
    table.setHorizontalHeaderLabels([tr(h) for h in headers])
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    stretch_columns(table, stretch)
    show_rows(table, 3)
    return table


def _fill(table: QTableWidget, conflicts: Sequence[Conflict], rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, (conflict, row) in enumerate(zip(conflicts, rows, strict=True)):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            item.setData(Qt.ItemDataRole.UserRole, conflict.id)
            table.setItem(r, c, item)


def edit_row(c: Conflict) -> list[str]:
    field = field_text(c.field) if c.kind == "field" else tr(DELETED_AND_EDITED)
    return [
        c.record_label,
        field,
        value_text(c.here_value),
        value_text(c.other_value),
        c.other_user,
        when_text(c.other_when),
    ]


class ConflictsDialog(RememberedGeometryDialog):
    """The open conflicts of the database (see the module). Modeless: it follows every
    change notice, so it stays current while the user looks at the records."""

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, settings: QSettings | None = None
    ) -> None:
        super().__init__(parent, settings if settings is not None else ctx.settings)
        self.setObjectName("syncConflictsDialog")
        self.setWindowTitle(tr("Sync conflicts"))
        self.setAccessibleName(tr("Sync conflicts"))
        self.ctx = ctx
        self.edits: list[Conflict] = []
        self.duplicates: list[Conflict] = []
        layout = QVBoxLayout(self)
        self.tabs = named(QTabWidget(), "syncConflictTabs", tr("Kinds of conflict"))
        layout.addWidget(self.tabs, 1)
        self.tabs.addTab(self._build_edits(), "")
        self.tabs.addTab(self._build_duplicates(), "")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        named(close, "syncConflictsCloseButton", tr("Close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        close.setDefault(True)  # Enter and Escape close; the choices take Alt+H / Alt+T
        fit_to_screen(self, 980, 520)
        ctx.changed.connect(self._on_ctx_changed)
        self.reload()

    # --- layout -------------------------------------------------------------------------
    def _build_edits(self) -> QWidget:
        page = named(QWidget(), "syncEditConflictsPage", tr("Edited on both sides"))
        layout = QVBoxLayout(page)
        intro = named(
            QLabel(
                tr(
                    "The same value was changed in two copies. The later edit is in place now "
                    "(Current value); keep it, or use the other value instead. Ctrl+Z undoes a "
                    "choice."
                )
            ),
            "syncEditConflictsIntro",
            tr("About these conflicts"),
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.edit_table = _table("syncEditConflictsTable", tr("Conflicts"), EDIT_COLUMNS, (0, 2, 3))
        self.edit_table.itemSelectionChanged.connect(self._update_buttons)
        self.edit_table.customContextMenuRequested.connect(self._on_edit_table_menu)
        layout.addWidget(self.edit_table, 1)
        self.edit_empty = named(
            QLabel(tr("No open conflicts: every edit that came in has landed.")),
            "syncEditConflictsEmpty",
            tr("No conflicts"),
        )
        layout.addWidget(self.edit_empty)
        row = QHBoxLayout()
        row.addStretch(1)
        self.keep_here_button = named(
            QPushButton(tr("&Keep current value")),
            "syncKeepHereButton",
            tr("Keep the current value"),
        )
        self.keep_here_button.setToolTip(tr("Keep the value in place now for the selected rows"))
        self.keep_theirs_button = named(
            QPushButton(tr("Use &other value")), "syncKeepTheirsButton", tr("Use the other value")
        )
        self.keep_theirs_button.setToolTip(tr("Put the other value in place for the selected rows"))
        for button, keep in ((self.keep_here_button, HERE), (self.keep_theirs_button, OTHER)):
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, k=keep: self.resolve_selected(k))
            row.addWidget(button)
        layout.addLayout(row)
        return page

    def _build_duplicates(self) -> QWidget:
        page = named(QWidget(), "syncDuplicatesPage", tr("Possible duplicates"))
        layout = QVBoxLayout(page)
        intro = named(
            QLabel(
                tr(
                    "These partners were created in two copies under near-identical names. "
                    "Merge moves the second one's engagements, sites, contacts and audits to "
                    "the first and archives the second; Not the same leaves both."
                )
            ),
            "syncDuplicatesIntro",
            tr("About possible duplicates"),
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.duplicate_table = _table(
            "syncDuplicatesTable", tr("Possible duplicates"), DUPLICATE_COLUMNS, (0, 1)
        )
        self.duplicate_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.duplicate_table.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.duplicate_table, 1)
        self.duplicate_empty = named(
            QLabel(tr("No possible duplicates.")),
            "syncDuplicatesEmpty",
            tr("No possible duplicates"),
        )
        layout.addWidget(self.duplicate_empty)
        row = QHBoxLayout()
        row.addStretch(1)
        self.merge_button = named(
            QPushButton(tr("&Merge…")), "syncMergeButton", tr("Merge the partners")
        )
        self.merge_button.clicked.connect(self.merge_selected)
        self.not_same_button = named(
            QPushButton(tr("&Not the same")), "syncNotSameButton", tr("Not the same partner")
        )
        self.not_same_button.clicked.connect(self.dismiss_selected)
        for button in (self.merge_button, self.not_same_button):
            button.setAutoDefault(False)
            row.addWidget(button)
        layout.addLayout(row)
        return page

    # --- reading ------------------------------------------------------------------------
    def reload(self) -> None:
        from cdmo_desktop.store import sync

        open_now = sync.conflicts(self.ctx.store, open_only=True)
        self.edits = [c for c in open_now if c.kind in ("field", "delete_edit")]
        self.duplicates = [c for c in open_now if c.kind == "duplicate"]
        _fill(self.edit_table, self.edits, [edit_row(c) for c in self.edits])
        _fill(
            self.duplicate_table,
            self.duplicates,
            [list(merge_names(c)) for c in self.duplicates],
        )
        self.edit_table.setVisible(bool(self.edits))
        self.edit_empty.setVisible(not self.edits)
        self.duplicate_table.setVisible(bool(self.duplicates))
        self.duplicate_empty.setVisible(not self.duplicates)
        self.tabs.setTabText(0, tr("&Edited on both sides ({count})").format(count=len(self.edits)))
        self.tabs.setTabText(
            1, tr("Possible &duplicates ({count})").format(count=len(self.duplicates))
        )
        if not self.edits and self.duplicates:
            self.tabs.setCurrentIndex(1)
        self._update_buttons()

    def _selected(self, table: QTableWidget, conflicts: list[Conflict]) -> list[Conflict]:
        rows = sorted({index.row() for index in table.selectionModel().selectedRows()})
        return [conflicts[r] for r in rows if r < len(conflicts)]

    def selected_edits(self) -> list[Conflict]:
        return self._selected(self.edit_table, self.edits)

    def selected_duplicate(self) -> Conflict | None:
        chosen = self._selected(self.duplicate_table, self.duplicates)
        return chosen[0] if chosen else None

    def _update_buttons(self) -> None:
        any_edit = bool(self.selected_edits())
        writable = not self.ctx.store.read_only
        self.keep_here_button.setEnabled(any_edit and writable)
        self.keep_theirs_button.setEnabled(any_edit and writable)
        duplicate = self.selected_duplicate() is not None
        self.merge_button.setEnabled(duplicate and writable)
        self.not_same_button.setEnabled(duplicate and writable)

    def _on_ctx_changed(self, _changeset: object, initiator: object) -> None:
        if initiator is not self and self.isVisible():
            self.reload()

    def _on_edit_table_menu(self, pos: QPoint) -> None:
        row = self.edit_table.rowAt(pos.y())
        if row < 0:
            return
        if not self.edit_table.selectionModel().isRowSelected(row, self.edit_table.rootIndex()):
            self.edit_table.selectRow(row)
        menu = QMenu(self.edit_table)
        menu.setObjectName("syncConflictMenu")
        for text, keep in ((tr("&Keep current value"), HERE), (tr("Use &other value"), OTHER)):
            action = QAction(text, menu)
            action.triggered.connect(lambda _=False, k=keep: self.resolve_selected(k))
            menu.addAction(action)
        menu.exec(self.edit_table.viewport().mapToGlobal(pos))

    # --- writing ------------------------------------------------------------------------
    def resolve_selected(self, keep: str) -> int:
        """Settle the selected conflicts, keeping `keep` ("here" or "other"); each is one
        write on the undo stack (several: one undo step). Returns how many were settled."""
        chosen = self.selected_edits()
        if not chosen:
            return 0
        from cdmo_desktop.store import sync

        label = tr("Keep current value") if keep == HERE else tr("Use other value")
        count = plural(len(chosen), tr("{count} conflict"), tr("{count} conflicts"))
        return self._write_each(
            [partial(sync.resolve_conflict, self.ctx.store, c.id, keep) for c in chosen],
            f"{label}: {count}",
        )

    def merge_selected(self) -> bool:
        """Merge the selected pair of partners after a confirmation that names the one
        kept: the pair's first partner (`row_id`) by default, or the other one when the
        user picks "Keep … instead"; the partner folded in is archived."""
        pair = self.selected_duplicate()
        if pair is None:
            return False
        kept, folded = merge_names(pair)
        box = QMessageBox(self)
        named(box, "syncMergeBox", tr("Merge partners"))
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(tr("Merge partners"))
        box.setText(tr("Merge “{folded}” into “{kept}”?").format(folded=folded, kept=kept))
        box.setInformativeText(
            tr(
                "The engagements, sites, contacts and audits of “{folded}” move to “{kept}”, "
                "and “{folded}” is archived (it stays in the archive). To keep “{folded}” "
                "instead, choose Keep “{folded}”. Ctrl+Z undoes the merge."
            ).format(folded=folded, kept=kept)
        )
        merge = box.addButton(tr("&Merge"), QMessageBox.ButtonRole.AcceptRole)
        named(merge, "syncMergeConfirmButton", tr("Merge"))
        other_way = box.addButton(
            tr("&Keep “{folded}”").format(folded=folded), QMessageBox.ButtonRole.AcceptRole
        )
        named(
            other_way,
            "syncMergeKeepOtherButton",
            tr("Merge “{kept}” into “{folded}”").format(folded=folded, kept=kept),
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(merge)
        box.exec()
        clicked = box.clickedButton()
        if clicked is not merge and clicked is not other_way:
            return False
        from cdmo_desktop.store import sync

        write = (
            partial(sync.resolve_conflict, self.ctx.store, pair.id, OTHER)
            if clicked is merge
            else partial(sync.merge_duplicate, self.ctx.store, pair.id, keep_first=False)
        )
        return bool(self._write_each([write], tr("Merge partners")))

    def dismiss_selected(self) -> bool:
        """The pair are different partners: the entry leaves the list, both stay."""
        pair = self.selected_duplicate()
        if pair is None:
            return False
        from cdmo_desktop.store import sync

        return bool(
            self._write_each(
                [partial(sync.resolve_conflict, self.ctx.store, pair.id, HERE)], tr("Not the same")
            )
        )

    def _write_each(self, writes: Sequence[Callable[[], ChangeSet]], label: str) -> int:
        """Run each write (one store write each) until one is refused (said in a
        sentence; the rest are left open). What was written goes on the undo stack as
        one step and is announced. Returns how many writes went through."""
        from cdmo_desktop.store import StoreError

        written: list[ChangeSet] = []
        for write in writes:
            try:
                written.append(write())
            except (*REFUSALS, StoreError) as exc:
                text = message(exc.sentence()) if isinstance(exc, StoreError) else refusal_text(exc)
                QMessageBox.warning(self, tr("Not saved"), text)
                break
        changed = [c for c in written if not c.empty]
        stack = self.ctx.undo_stack
        if len(changed) > 1:
            stack.beginMacro(label)
        for changeset in changed:
            commit(self.ctx, changeset, initiator=self)
        if len(changed) > 1:
            stack.endMacro()
        self.reload()
        return len(written)


def merge_names(pair: Conflict) -> tuple[str, str]:
    """The names of the partner a merge keeps (the pair's first, `record_label`) and of
    the one folded into it."""
    kept = pair.record_label or value_text(pair.here_value)
    names = (value_text(pair.here_value), value_text(pair.other_value))
    folded = next((n for n in names if n != kept), names[1])
    return kept, folded
