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
from cdmo_desktop.gui.i18n import QT_TR_NOOP, tr
from cdmo_desktop.gui.models.rows import ListTableModel
from cdmo_desktop.gui.portfolio.portfolio_model import ID_ROLE, relative_days
from cdmo_desktop.store.portfolio import AgendaItem

# The store's agenda kinds (store.portfolio.AGENDA_KIND_LABELS) in the catalogue; a kind
# the store does not know (the KPIs' own) says its label itself.
KIND_TEXTS = {
    "task": QT_TR_NOOP("Task"),
    "milestone": QT_TR_NOOP("Milestone"),
    "decision_gate": QT_TR_NOOP("Decision gate"),
    "risk_review": QT_TR_NOOP("Risk review"),
    "action": QT_TR_NOOP("Action item"),
    "reassessment": QT_TR_NOOP("Reassessment"),
}


def kind_text(item: AgendaItem) -> str:
    return tr(KIND_TEXTS[item.kind]) if item.kind in KIND_TEXTS else item.kind_label


class AgendaTableModel(ListTableModel[AgendaItem]):
    """Columns: date, when (relative), what kind, title, owner, engagement. "When" is red
    for late work and amber for today's."""

    HEADERS = (
        QT_TR_NOOP("Date"),
        QT_TR_NOOP("When"),
        QT_TR_NOOP("Kind"),
        QT_TR_NOOP("What"),
        QT_TR_NOOP("Owner"),
        QT_TR_NOOP("Engagement"),
    )
    DATE, WHEN, KIND, WHAT, OWNER, ENGAGEMENT = range(6)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers = tuple(self.HEADERS)
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
            return f"{kind_text(item)}: {item.title}\n{item.engagement_title}"
        return None

    def display(self, item: AgendaItem, col: int) -> str | None:
        if col == self.DATE:
            return date_text(item.due)
        if col == self.WHEN:
            late = (self.today - item.due).days
            if item.overdue:
                return tr("{count} days late").format(count=late)
            return relative_days(item.due, self.today)
        if col == self.KIND:
            return kind_text(item)
        if col == self.WHAT:
            return item.title
        if col == self.OWNER:
            return item.owner
        if col == self.ENGAGEMENT:
            return item.engagement_title
        return None
