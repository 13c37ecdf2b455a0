"""Item models of the Reports screen: issued status reports, agreements, an agreement's
clauses. They hold plain rows from the store (a few hundred at most), never ORM objects."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush

from cdmo_desktop.domain.enums import AgreementKind, AgreementStatus, Rag
from cdmo_desktop.gui import theme
from cdmo_desktop.gui.format import date_text
from cdmo_desktop.gui.i18n import QT_TR_NOOP, message, tr
from cdmo_desktop.gui.models.rows import ListTableModel
from cdmo_desktop.store.agreements import AgreementRow, ClauseListRow
from cdmo_desktop.store.status_reports import StatusReportRow

Row = TypeVar("Row")
Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole


class RowTableModel(ListTableModel[Row]):
    """Columns are (header, text-of-row) pairs; `ID_ROLE` gives the row's id."""

    columns: Sequence[tuple[str, Callable[[Any], str]]] = ()

    @property
    def headers(self) -> list[str]:  # type: ignore[override]
        return [tr(header) for header, _text in self.columns]

    @property
    def rows(self) -> list[Row]:
        return self._rows

    def row_id(self, row: int) -> str | None:
        return str(getattr(self.rows[row], "id")) if 0 <= row < len(self.rows) else None  # noqa: B009

    def find(self, row_id: str | None) -> int:
        return next((i for i, r in enumerate(self.rows) if getattr(r, "id") == row_id), -1)  # noqa: B009

    def display(self, row: Row, column: int) -> str:
        return self.columns[column][1](row)

    def cell_data(self, row: Row, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.display(row, column)
        if role == ID_ROLE:
            return getattr(row, "id")  # noqa: B009
        return None


class StatusReportTableModel(RowTableModel[StatusReportRow]):
    columns = (
        (QT_TR_NOOP("Engagement"), lambda r: r.engagement_title),
        (
            QT_TR_NOOP("Period"),
            lambda r: f"{date_text(r.period_start)} – {date_text(r.period_end)}",
        ),
        (QT_TR_NOOP("Status"), lambda r: message(Rag(r.overall_status).label)),
        (QT_TR_NOOP("Prepared by"), lambda r: r.prepared_by),
        (QT_TR_NOOP("Issued"), lambda r: date_text(r.prepared_on)),
    )

    def cell_data(self, row: StatusReportRow, column: int, role: int) -> Any:
        if column == 2 and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(theme.current().rag(row.overall_status))
        return super().cell_data(row, column, role)


class AgreementTableModel(RowTableModel[AgreementRow]):
    columns = (
        (QT_TR_NOOP("Title"), lambda r: r.title),
        (QT_TR_NOOP("Kind"), lambda r: message(AgreementKind(r.kind).label)),
        (QT_TR_NOOP("Partner"), lambda r: r.partner),
        (QT_TR_NOOP("Client"), lambda r: r.client),
        (QT_TR_NOOP("Engagement"), lambda r: r.engagement),
        (QT_TR_NOOP("Status"), lambda r: message(AgreementStatus(r.status).label)),
        (QT_TR_NOOP("Version"), lambda r: str(r.version)),
        (QT_TR_NOOP("Effective"), lambda r: date_text(r.effective_date)),
        (QT_TR_NOOP("Expires"), lambda r: date_text(r.expiry_date)),
    )

    def cell_data(self, row: AgreementRow, column: int, role: int) -> Any:
        if column == 5 and role == Qt.ItemDataRole.ForegroundRole and row.status == "draft":
            return QBrush(theme.current().colour("warning"))
        if column == 6 and role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return super().cell_data(row, column, role)


class ClauseListModel(RowTableModel[ClauseListRow]):
    """One column: "1. Heading", numbered as the PDF prints them."""

    columns = ((QT_TR_NOOP("Clause"), lambda r: r.heading),)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and index.isValid() and index.row() < len(self.rows):
            return f"{index.row() + 1}. {self.rows[index.row()].heading}"
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid() and index.row() < len(self.rows):
            row = self.rows[index.row()]
            return row.body[:400] + ("…" if len(row.body) > 400 else "")
        return super().data(index, role)
