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
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cdmo_desktop.gui.dialogs.base import RememberedGeometryDialog
from cdmo_desktop.gui.sync.common import (
    field_text,
    kind_text,
    named,
    plural,
    value_text,
    when_text,
)

if TYPE_CHECKING:
    from cdmo_desktop.gui.sync.receive import Received
    from cdmo_desktop.store.sync import SyncReport

CONFLICT_COLUMNS = ("Record", "Field", "Value here", "Their value", "Who", "When")


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
    name: str, accessible: str, headers: Sequence[str], rows: list[list[str]]
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
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.resizeColumnsToContents()
    for c in range(len(headers)):
        table.setColumnWidth(c, min(table.columnWidth(c), 260))
    header.setStretchLastSection(True)
    table.setMaximumHeight(
        table.horizontalHeader().height()
        + 8
        + min(len(rows), 6) * table.verticalHeader().defaultSectionSize()
    )
    return table


class SyncReportDialog(RememberedGeometryDialog):
    """What a received file did (see the module). `open_conflicts` is called by the
    "Resolve conflicts…" button."""

    def __init__(
        self,
        received: Received,
        open_conflicts: Callable[[], None],
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
        self.summary = self._label(
            "syncReportSummary", "Summary", summary_text(report, received.sender_name)
        )
        font = self.summary.font()
        font.setBold(True)
        self.summary.setFont(font)
        layout.addWidget(self.summary)
        self.kinds = self._label("syncReportKinds", "Records changed", kinds_text(report.by_kind))
        self.kinds.setVisible(bool(self.kinds.text()))
        layout.addWidget(self.kinds)
        self.conflicts_table: QTableWidget | None = None
        if report.conflicts:
            layout.addWidget(
                self._label(
                    "syncReportConflictsHeading",
                    "Conflicts",
                    f"{plural(len(report.conflicts), 'conflict')}: the same value was changed "
                    "on both sides. The later edit is in place; the other is kept here for "
                    "you to choose.",
                )
            )
            rows = [
                [
                    c.record_label,
                    field_text(c.field) if c.kind == "field" else "Deleted on one side",
                    value_text(c.here_value),
                    value_text(c.other_value),
                    c.other_user,
                    when_text(c.other_when),
                ]
                for c in report.conflicts
            ]
            self.conflicts_table = _table(
                "syncReportConflicts", "Conflicts", CONFLICT_COLUMNS, rows
            )
            layout.addWidget(self.conflicts_table)
        self.renumbered_table: QTableWidget | None = None
        if report.renumbered:
            layout.addWidget(
                self._label(
                    "syncReportRenumberedHeading",
                    "Renumbered",
                    f"{plural(len(report.renumbered), 'code')} renumbered: both sides had "
                    "created the same one. Nothing was dropped.",
                )
            )
            rows = [
                [r.record_label, kind_text(r.table).capitalize(), r.old_code, r.new_code]
                for r in report.renumbered
            ]
            self.renumbered_table = _table(
                "syncReportRenumbered", "Renumbered codes", ("Record", "Kind", "Was", "Now"), rows
            )
            layout.addWidget(self.renumbered_table)
        self.duplicates_table: QTableWidget | None = None
        if report.duplicates:
            layout.addWidget(
                self._label(
                    "syncReportDuplicatesHeading",
                    "Possible duplicates",
                    f"{plural(len(report.duplicates), 'partner')} may have been created on both "
                    "sides under near-identical names. Merge them in Sync > Conflicts.",
                )
            )
            rows = [
                [value_text(d.here_value), value_text(d.other_value)] for d in report.duplicates
            ]
            self.duplicates_table = _table(
                "syncReportDuplicates",
                "Possible duplicates",
                ("Partner here", "Partner received"),
                rows,
            )
            layout.addWidget(self.duplicates_table)
        if received.backup is not None:
            backup = self._label(
                "syncReportBackup",
                "Backup",
                f"A backup was taken before: {received.backup}",
            )
            backup.setStyleSheet("color: #555")
            backup.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(backup)
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
        self.setMinimumWidth(640)

    @staticmethod
    def _label(name: str, accessible: str, text: str) -> QLabel:
        label = named(QLabel(text), name, accessible)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        return label

    def _on_resolve_button_clicked(self) -> None:
        self.accept()
        self._open_conflicts()
