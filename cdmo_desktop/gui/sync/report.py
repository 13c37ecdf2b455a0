"""The report of a received sync file: what arrived, what collided, what was renumbered.

Counts per kind of record, the conflicts (the value that lost, who made it, when), the
codes renumbered because both sides created the same one, the partners that may be
duplicates, and where the backup taken before the apply is. From here, "Resolve
conflicts…" opens Sync > Conflicts.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cdmo_desktop.gui import theme
from cdmo_desktop.gui.dialogs.base import RememberedGeometryDialog
from cdmo_desktop.gui.sync.common import (
    DELETED_AND_EDITED,
    field_text,
    fit_to_screen,
    kind_text,
    named,
    plural,
    show_rows,
    stretch_columns,
    value_text,
    when_text,
)
from cdmo_desktop.gui.sync.conflicts_view import EDIT_COLUMNS, merge_names

if TYPE_CHECKING:
    from cdmo_desktop.gui.sync.receive import Received
    from cdmo_desktop.store.sync import SyncReport


def summary_text(report: SyncReport, sender: str) -> str:
    """One or two sentences: how many changes came and how many were new."""
    sender = sender or "the other copy"
    if report.nothing_new:
        return (
            f"Nothing new from {sender}: this database already had all "
            f"{plural(report.received, 'change')} in the file. Nothing was changed."
        )
    text = f"{plural(report.applied, 'new change')} from {sender} merged into this database."
    if report.already_had:
        text += f" {plural(report.already_had, 'change')} in the file were here already."
    return text


def kinds_text(by_kind: dict[str, int]) -> str:
    """ "Records changed: 12 risks, 3 partners." (most first)."""
    parts = [kind_text(t, n) for t, n in sorted(by_kind.items(), key=lambda i: (-i[1], i[0])) if n]
    return f"Records changed: {', '.join(parts)}." if parts else ""


def _table(
    name: str,
    accessible: str,
    headers: Sequence[str],
    rows: list[list[str]],
    stretch: Sequence[int],
) -> QTableWidget:
    table = named(QTableWidget(len(rows), len(headers)), name, accessible)
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            table.setItem(r, c, item)
    stretch_columns(table, stretch)
    show_rows(table, min(len(rows), 3))
    return table


def _page(name: str, heading: QLabel, table: QTableWidget) -> QWidget:
    page = named(QWidget(), name, heading.accessibleName())
    layout = QVBoxLayout(page)
    layout.addWidget(heading)
    layout.addWidget(table, 1)
    return page


def _label(name: str, accessible: str, text: str) -> QLabel:
    label = named(QLabel(text), name, accessible)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class SyncReportDialog(RememberedGeometryDialog):
    """What a received file did (see the module). `open_conflicts` is called by the
    "Resolve conflicts…" button. The details (conflicts, renumbered codes, possible
    duplicates) are tabs, so the report fits a small laptop screen at 150 %."""

    def __init__(
        self,
        received: Received,
        open_conflicts: Callable[[], object],
        parent: QWidget | None = None,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(parent, settings)
        self.setObjectName("syncReportDialog")
        self.setWindowTitle("Changes received")
        self.setAccessibleName("Changes received")
        self._open_conflicts = open_conflicts
        report = received.report
        layout = QVBoxLayout(self)
        self.summary = _label(
            "syncReportSummary", "Summary", summary_text(report, received.sender_name)
        )
        font = self.summary.font()
        font.setBold(True)
        self.summary.setFont(font)
        layout.addWidget(self.summary)
        self.kinds = _label("syncReportKinds", "Records changed", kinds_text(report.by_kind))
        self.kinds.setVisible(bool(self.kinds.text()))
        layout.addWidget(self.kinds)
        self.details = named(QTabWidget(), "syncReportDetails", "Details")
        self.conflicts_table = self.renumbered_table = self.duplicates_table = None
        if report.conflicts:
            self.conflicts_table = _table(
                "syncReportConflicts",
                "Conflicts",
                EDIT_COLUMNS,
                [
                    [
                        c.record_label,
                        field_text(c.field) if c.kind == "field" else DELETED_AND_EDITED,
                        value_text(c.here_value),
                        value_text(c.other_value),
                        c.other_user,
                        when_text(c.other_when),
                    ]
                    for c in report.conflicts
                ],
                (0, 2, 3),
            )
            heading = _label(
                "syncReportConflictsHeading",
                "Conflicts",
                "The same value was changed in both copies. The later edit is in place "
                "(Current value); choose in Sync > Conflicts whether to keep it.",
            )
            self.details.addTab(
                _page("syncReportConflictsPage", heading, self.conflicts_table),
                f"&Conflicts ({len(report.conflicts)})",
            )
        if report.renumbered:
            self.renumbered_table = _table(
                "syncReportRenumbered",
                "Renumbered codes",
                ("Was", "Now", "Kind", "Record"),
                [
                    [r.old_code, r.new_code, kind_text(r.table).capitalize(), r.record_label]
                    for r in report.renumbered
                ],
                (3,),
            )
            heading = _label(
                "syncReportRenumberedHeading",
                "Renumbered",
                "Both sides had created the same code: the later record got the next free "
                "one. Nothing was dropped.",
            )
            self.details.addTab(
                _page("syncReportRenumberedPage", heading, self.renumbered_table),
                f"Re&numbered ({len(report.renumbered)})",
            )
        if report.duplicates:
            self.duplicates_table = _table(
                "syncReportDuplicates",
                "Possible duplicates",
                ("Partner", "Near-identical partner"),
                [list(merge_names(d)) for d in report.duplicates],
                (0, 1),
            )
            heading = _label(
                "syncReportDuplicatesHeading",
                "Possible duplicates",
                "Partners created on both sides under near-identical names. Merge them, or "
                "say they are not the same, in Sync > Conflicts.",
            )
            self.details.addTab(
                _page("syncReportDuplicatesPage", heading, self.duplicates_table),
                f"Possible &duplicates ({len(report.duplicates)})",
            )
        self.details.setVisible(self.details.count() > 0)
        layout.addWidget(self.details, 1)
        if received.backup is not None:
            backup = _label(
                "syncReportBackup", "Backup", f"A backup was taken before: {received.backup}"
            )
            theme.set_tone(backup, "muted")
            backup.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(backup)
        if not self.details.count():
            layout.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        named(close, "syncReportCloseButton", "Close")
        self.resolve_button: QPushButton | None = None
        if report.conflicts or report.duplicates:
            self.resolve_button = named(
                QPushButton("&Resolve conflicts…"), "syncReportResolveButton", "Resolve conflicts"
            )
            buttons.addButton(self.resolve_button, QDialogButtonBox.ButtonRole.ActionRole)
            self.resolve_button.clicked.connect(self._on_resolve_button_clicked)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        close.setDefault(True)
        self.setMinimumWidth(520)
        if self.details.count():
            fit_to_screen(self, 860, 480)

    def _on_resolve_button_clicked(self) -> None:
        self.accept()
        self._open_conflicts()
