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
from cdmo_desktop.gui.i18n import tr
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
    sender = sender or tr("the other copy")
    if report.nothing_new:
        return plural(
            report.received,
            tr(
                "Nothing new from {sender}: this database already had all {count} change "
                "in the file. Nothing was changed."
            ),
            tr(
                "Nothing new from {sender}: this database already had all {count} changes "
                "in the file. Nothing was changed."
            ),
            sender=sender,
        )
    text = plural(
        report.applied,
        tr("{count} new change from {sender} merged into this database."),
        tr("{count} new changes from {sender} merged into this database."),
        sender=sender,
    )
    if report.already_had:
        already = plural(
            report.already_had,
            tr("{count} change in the file was here already."),
            tr("{count} changes in the file were here already."),
        )
        text += f" {already}"
    return text


def _first_upper(text: str) -> str:
    """ "Risk", "KPI measurement" (str.capitalize would lower the rest: "Kpi")."""
    return text[:1].upper() + text[1:]


def kinds_text(by_kind: dict[str, int]) -> str:
    """ "Records changed: 12 risks, 3 partners." (most first)."""
    parts = [kind_text(t, n) for t, n in sorted(by_kind.items(), key=lambda i: (-i[1], i[0])) if n]
    return tr("Records changed: {kinds}.").format(kinds=", ".join(parts)) if parts else ""


def _table(
    name: str,
    accessible: str,
    headers: Sequence[str],
    rows: list[list[str]],
    stretch: Sequence[int],
) -> QTableWidget:
    table = named(QTableWidget(len(rows), len(headers)), name, accessible)
    table.setHorizontalHeaderLabels([tr(h) for h in headers])
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
        self.setWindowTitle(tr("Changes received"))
        self.setAccessibleName(tr("Changes received"))
        self._open_conflicts = open_conflicts
        report = received.report
        layout = QVBoxLayout(self)
        self.summary = _label(
            "syncReportSummary", tr("Summary"), summary_text(report, received.sender_name)
        )
        font = self.summary.font()
        font.setBold(True)
        self.summary.setFont(font)
        layout.addWidget(self.summary)
        self.kinds = _label("syncReportKinds", tr("Records changed"), kinds_text(report.by_kind))
        self.kinds.setVisible(bool(self.kinds.text()))
        layout.addWidget(self.kinds)
        self.details = named(QTabWidget(), "syncReportDetails", tr("Details"))
        self.conflicts_table = self.renumbered_table = self.duplicates_table = None
        if report.conflicts:
            self.conflicts_table = _table(
                "syncReportConflicts",
                tr("Conflicts"),
                EDIT_COLUMNS,
                [
                    [
                        c.record_label,
                        field_text(c.field) if c.kind == "field" else tr(DELETED_AND_EDITED),
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
                tr("Conflicts"),
                tr(
                    "The same value was changed in both copies. The later edit is in place "
                    "(Current value); choose in Sync > Conflicts whether to keep it."
                ),
            )
            self.details.addTab(
                _page("syncReportConflictsPage", heading, self.conflicts_table),
                tr("&Conflicts ({count})").format(count=len(report.conflicts)),
            )
        if report.renumbered:
            self.renumbered_table = _table(
                "syncReportRenumbered",
                tr("Renumbered codes"),
                (tr("Was"), tr("Now"), tr("Kind"), tr("Record")),
                [
                    [r.old_code, r.new_code, _first_upper(kind_text(r.table)), r.record_label]
                    for r in report.renumbered
                ],
                (3,),
            )
            heading = _label(
                "syncReportRenumberedHeading",
                tr("Renumbered"),
                tr(
                    "Both sides had created the same code: the later record got the next free "
                    "one. Nothing was dropped."
                ),
            )
            self.details.addTab(
                _page("syncReportRenumberedPage", heading, self.renumbered_table),
                tr("Re&numbered ({count})").format(count=len(report.renumbered)),
            )
        if report.duplicates:
            self.duplicates_table = _table(
                "syncReportDuplicates",
                tr("Possible duplicates"),
                (tr("Partner"), tr("Near-identical partner")),
                [list(merge_names(d)) for d in report.duplicates],
                (0, 1),
            )
            heading = _label(
                "syncReportDuplicatesHeading",
                tr("Possible duplicates"),
                tr(
                    "Partners created on both sides under near-identical names. Merge them, or "
                    "say they are not the same, in Sync > Conflicts."
                ),
            )
            self.details.addTab(
                _page("syncReportDuplicatesPage", heading, self.duplicates_table),
                tr("Possible &duplicates ({count})").format(count=len(report.duplicates)),
            )
        self.details.setVisible(self.details.count() > 0)
        layout.addWidget(self.details, 1)
        if received.backup is not None:
            backup = _label(
                "syncReportBackup",
                tr("Backup"),
                tr("A backup was taken before: {file}").format(file=received.backup),
            )
            theme.set_tone(backup, "muted")
            backup.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(backup)
        if not self.details.count():
            layout.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        named(close, "syncReportCloseButton", tr("Close"))
        self.resolve_button: QPushButton | None = None
        if report.conflicts or report.duplicates:
            self.resolve_button = named(
                QPushButton(tr("&Resolve conflicts…")),
                "syncReportResolveButton",
                tr("Resolve conflicts"),
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
