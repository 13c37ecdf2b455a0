"""The RACI grid: workstreams as rows, team members as columns, a role letter per cell.
Rows that break the rule (exactly one A, at least one R) are tinted and explained."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from cdmo_desktop.domain import raci
from cdmo_desktop.domain.enums import RaciRole, Side
from cdmo_desktop.gui import theme
from cdmo_desktop.gui.i18n import message, tr

AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class RaciWorkstream:
    id: str
    name: str
    position: int = 0


@dataclass(frozen=True)
class RaciMember:
    id: str
    name: str
    side: str
    role: str = ""


class RaciGridModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workstreams: list[RaciWorkstream] = []
        self.members: list[RaciMember] = []
        self._cells: dict[tuple[str, str], str] = {}
        self.violations: list[raci.RaciViolation] = []
        self._bad_rows: dict[str, list[str]] = {}

    def set_grid(
        self,
        workstreams: Sequence[RaciWorkstream],
        members: Sequence[RaciMember],
        cells: Mapping[tuple[str, str], str],
    ) -> None:
        self.beginResetModel()
        self.workstreams = list(workstreams)
        self.members = list(members)
        self._cells = dict(cells)
        grid: dict[str, dict[str, str]] = {}
        for (ws, member), role in self._cells.items():
            grid.setdefault(ws, {})[member] = role
        self.violations = raci.check_grid([(w.id, w.name) for w in self.workstreams], grid)
        self._bad_rows = {}
        for v in self.violations:
            self._bad_rows.setdefault(v.workstream_id, []).append(v.message)
        self.endResetModel()

    def role_at(self, row: int, column: int) -> str | None:
        return self._cells.get((self.workstreams[row].id, self.members[column].id))

    def row_of(self, workstream_id: str) -> int:
        return next((i for i, w in enumerate(self.workstreams) if w.id == workstream_id), -1)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.workstreams)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.members)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < len(self.members):
                return None
            m = self.members[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{two_lines(m.name)}\n{message(Side(m.side).label)}"
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"{m.name} ({message(Side(m.side).label)}){' — ' + m.role if m.role else ''}"
            return None
        if not 0 <= section < len(self.workstreams):
            return None
        ws = self.workstreams[section]
        problems = self._bad_rows.get(ws.id)
        if role == Qt.ItemDataRole.DisplayRole:
            return f"⚠ {ws.name}" if problems else ws.name
        if role == Qt.ItemDataRole.ToolTipRole:
            if problems:
                return "\n".join(message(p) for p in problems)
            return tr("{name}: rule met").format(name=ws.name)
        if role == Qt.ItemDataRole.ForegroundRole and problems:
            return QBrush(theme.current().colour("error"))
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (
            0 <= index.row() < len(self.workstreams) and 0 <= index.column() < len(self.members)
        ):
            return None
        value = self.role_at(index.row(), index.column())
        ws = self.workstreams[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return value or ""
        if role == Qt.ItemDataRole.ToolTipRole:
            member = self.members[index.column()].name
            if not value:
                return tr("{member} has no role in {workstream} (click or type R, A, C, I)").format(
                    member=member, workstream=ws.name
                )
            return tr("{member} is {role} for {workstream}").format(
                member=member, role=message(RaciRole(value).label), workstream=ws.name
            )
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole and ws.id in self._bad_rows:
            return QBrush(theme.current().colour("late_bg"))
        if role == Qt.ItemDataRole.ForegroundRole and value:
            return QBrush(QColor(theme.current().raci.get(value, theme.current().text)))
        if role == Qt.ItemDataRole.FontRole and value:
            font = QFont()
            font.setBold(value in ("A", "R"))
            return font
        if role == Qt.ItemDataRole.AccessibleTextRole:  # a screen reader says the word
            return message(RaciRole(value).label) if value else tr("no role")
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return self.data(index, Qt.ItemDataRole.ToolTipRole)
        return None


def two_lines(name: str, longer_than: int = 14) -> str:
    """A long name broken at the space nearest its middle, so a column of the grid stays
    narrow enough for a whole team to fit a laptop screen."""
    if len(name) <= longer_than or " " not in name:
        return name
    middle = len(name) / 2
    cut = min((i for i, c in enumerate(name) if c == " "), key=lambda i: abs(i - middle))
    return f"{name[:cut]}\n{name[cut + 1 :]}"
