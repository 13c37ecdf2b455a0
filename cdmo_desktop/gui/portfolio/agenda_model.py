"""The portfolio agenda as a table: late and upcoming work, earliest first."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush

from cdmo_desktop.domain import clock
from cdmo_desktop.gui import theme
from cdmo_desktop.gui.format import date_text
from cdmo_desktop.gui.models.rows import ListTableModel
from cdmo_desktop.gui.portfolio.portfolio_model import ID_ROLE, relative_days
from cdmo_desktop.store.portfolio import AgendaItem


class AgendaTableModel(ListTableModel[AgendaItem]):
    """Columns: date, when (relative), what kind, title, owner, engagement. "When" is red
    for late work and amber for today's."""

    headers = ("Date", "When", "Kind", "What", "Owner", "Engagement")
    DATE, WHEN, KIND, WHAT, OWNER, ENGAGEMENT = range(6)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.today = clock.today()

    def set_rows(self, rows: Sequence[AgendaItem], today: date) -> None:  # type: ignore[override]
        self.today = today
        super().set_rows(rows)

    def cell_data(self, item: AgendaItem, col: int, role: int) -> Any:
        if role == ID_ROLE:
            return item.engagement_id
        if role == Qt.ItemDataRole.BackgroundRole and col == self.WHEN:
            if item.overdue:
                return QBrush(theme.current().colour("late_bg"))
            if item.due == self.today:
                return QBrush(theme.current().colour("warn_bg"))
            return None
        if role == Qt.ItemDataRole.ForegroundRole and col == self.WHEN:
            if item.overdue:
                return QBrush(theme.current().colour("late_fg"))
            if item.due == self.today:
                return QBrush(theme.current().colour("warn_fg"))
        if role == Qt.ItemDataRole.ToolTipRole and col == self.WHAT:
            return f"{item.kind_label}: {item.title}\n{item.engagement_title}"
        return None

    def display(self, item: AgendaItem, col: int) -> str | None:
        if col == self.DATE:
            return date_text(item.due)
        if col == self.WHEN:
            late = (self.today - item.due).days
            return f"{late} days late" if item.overdue else relative_days(item.due, self.today)
        if col == self.KIND:
            return item.kind_label
        if col == self.WHAT:
            return item.title
        if col == self.OWNER:
            return item.owner
        if col == self.ENGAGEMENT:
            return item.engagement_title
        return None
