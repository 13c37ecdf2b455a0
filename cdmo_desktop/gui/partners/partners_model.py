"""Item models of the partner screens: the paged register and the small row tables of a
profile (sites, contacts, audits, inspections, overview lists)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from cdmo_desktop.domain import clock, geo
from cdmo_desktop.domain.enums import PartnerKind, QualificationStatus, Region
from cdmo_desktop.gui import theme
from cdmo_desktop.gui.format import date_text, number_text
from cdmo_desktop.gui.i18n import QT_TR_NOOP, message, tr
from cdmo_desktop.gui.models.paged import PagedTableModel
from cdmo_desktop.gui.models.roles import STYLED_ROLES
from cdmo_desktop.gui.models.rows import ListTableModel
from cdmo_desktop.store import Store, partners
from cdmo_desktop.store.list_anchor import Anchored
from cdmo_desktop.store.partner_list import (
    COL_ACTIVE,
    COL_COUNTRY,
    COL_KIND,
    COL_NAME,
    COL_NEXT_AUDIT,
    COL_QUALIFICATION,
    COL_REGION,
    HEADERS,
    PartnerFilters,
    PartnerListRow,
)


def _label(enum: Any, value: str | None) -> str:
    if not value:
        return ""
    try:
        return str(message(enum(value).label))
    except ValueError:
        return value


# The register's column headers (store.partner_list.HEADERS) in the catalogue.
HEADER_TEXTS = (
    QT_TR_NOOP("Name"),
    QT_TR_NOOP("Kind"),
    QT_TR_NOOP("Country"),
    QT_TR_NOOP("Region"),
    QT_TR_NOOP("Qualification"),
    QT_TR_NOOP("Next audit due"),
    QT_TR_NOOP("Active engagements"),
    QT_TR_NOOP("Primary contact"),
)


class PartnerListSource:
    """The SQL side of the register (a PagedSource): one short store read per call, each
    costing about the same at 10k or 1M partners (store.partner_list)."""

    headers: Sequence[str] = HEADERS

    def __init__(self, store: Store) -> None:
        self.store = store
        self.headers = list(HEADER_TEXTS)
        # The row the last position() found: its page is read by seek from it.
        self.anchored: Anchored[PartnerListRow] = Anchored()
        # The filters last counted and their count: a search's pages are weighed by it
        # (store.partners.register_fetch) instead of counting the matches again.
        self._counted: tuple[dict[str, Any], int] | None = None

    def count(self, filters: dict[str, Any]) -> int:
        self.anchored.forget()  # a reload starts with a count
        n = partners.register_count(self.store, PartnerFilters.from_dict(filters), clock.today())
        self._counted = (dict(filters), n)
        return n

    def _matches(self, filters: dict[str, Any]) -> int | None:
        counted = self._counted
        return counted[1] if counted is not None and counted[0] == filters else None

    def fetch(
        self,
        filters: dict[str, Any],
        sort_column: int,
        descending: bool,
        limit: int,
        after: PartnerListRow | None = None,
    ) -> list[PartnerListRow]:
        f, sort = PartnerFilters.from_dict(filters), (sort_column, descending)
        matches = self._matches(filters)
        return partners.register_fetch(self.store, f, sort, limit, clock.today(), after, matches)

    def fetch_before(
        self,
        filters: dict[str, Any],
        sort_column: int,
        descending: bool,
        limit: int,
        before: PartnerListRow | None = None,
    ) -> list[PartnerListRow]:
        f, sort = PartnerFilters.from_dict(filters), (sort_column, descending)
        matches = self._matches(filters)
        today = clock.today()
        return partners.register_fetch_before(self.store, f, sort, limit, today, before, matches)

    def fetch_at(
        self, filters: dict[str, Any], sort_column: int, descending: bool, offset: int, limit: int
    ) -> list[PartnerListRow]:
        sort = (sort_column, descending)
        seeked = self.anchored.window(
            filters,
            sort,
            offset,
            limit,
            lambda row, n: self.fetch_before(filters, *sort, n, before=row),
            lambda row, n: self.fetch(filters, *sort, n, after=row),
        )
        if seeked is not None:
            return seeked
        f = PartnerFilters.from_dict(filters)
        return partners.register_fetch_at(self.store, f, sort, (offset, limit), clock.today())

    def position(
        self, filters: dict[str, Any], sort_column: int, descending: bool, key: str
    ) -> int | None:
        f, sort = PartnerFilters.from_dict(filters), (sort_column, descending)
        found = partners.register_locate(self.store, f, sort, key, clock.today())
        if found is None:
            return None
        self.anchored.keep(filters, sort, *found)
        return found[0]

    def display(self, row: PartnerListRow, column: int) -> Any:
        if column == COL_NAME:
            return row.name + (tr("  (archived)") if row.archived else "")
        if column == COL_KIND:
            return _label(PartnerKind, row.kind)
        if column == COL_COUNTRY:
            return geo.shown_name(row.country)
        if column == COL_REGION:
            return _label(Region, row.region)
        if column == COL_QUALIFICATION:
            return _label(QualificationStatus, row.qualification_status)
        if column == COL_NEXT_AUDIT:
            return date_text(row.next_audit_due)
        if column == COL_ACTIVE:
            return row.active_engagements
        return row.primary_contact

    def key(self, row: PartnerListRow) -> str:
        return row.id

    def is_overdue(self, row: PartnerListRow) -> bool:
        due = row.next_audit_due
        return not row.archived and due is not None and due < clock.today()


class PartnerTableModel(PagedTableModel[PartnerListRow]):
    """The partner register. Overdue audits are painted red (with a tooltip saying by how
    much); archived partners are grey and italic."""

    def __init__(self, source: PartnerListSource, parent: QObject | None = None) -> None:
        super().__init__(source, parent)
        self.partners = source

    def set_sort_state(self, column: int, descending: bool) -> None:
        """Choose the order of the next read without reading now (the first
        `set_filters`/`refresh` loads the rows)."""
        self._sort_column = column
        self._descending = descending

    def cell_data(self, row: PartnerListRow, column: int, role: int) -> Any:
        if role not in STYLED_ROLES:  # most of the roles a paint asks for: nothing to say
            return None
        overdue = self.partners.is_overdue(row)
        if role == Qt.ItemDataRole.ForegroundRole:
            if overdue:
                return QBrush(theme.current().colour("late_fg"))
            if row.archived:
                return QBrush(theme.current().colour("muted"))
        elif role == Qt.ItemDataRole.BackgroundRole and overdue:
            return QBrush(theme.current().colour("late_bg"))
        elif role == Qt.ItemDataRole.FontRole:
            if row.archived or (overdue and column == COL_NEXT_AUDIT):
                font = QFont()
                font.setItalic(row.archived)
                font.setBold(overdue)
                return font
        elif role == Qt.ItemDataRole.ToolTipRole:
            if overdue and row.next_audit_due is not None:
                days = (clock.today() - row.next_audit_due).days
                return (
                    tr("Audit overdue by {count} day")
                    if days == 1
                    else tr("Audit overdue by {count} days")
                ).format(count=number_text(days))
            if column == COL_COUNTRY and row.city:
                return f"{row.city}, {geo.shown_name(row.country)}"
            if row.archived:
                return tr("Archived partner: select it and press Restore to bring it back")
        elif role == Qt.ItemDataRole.TextAlignmentRole and column == COL_ACTIVE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        elif role == Qt.ItemDataRole.AccessibleDescriptionRole and overdue:
            return tr("audit overdue")
        return None


@dataclass(frozen=True)
class _Line:
    key: str
    cells: list[str]
    colour: QColor | None
    tip: str | None


class RowsTableModel(ListTableModel[_Line]):
    """A small read-only table of plain rows (a profile's sites, contacts, audits...).

    `rows` are (key, cells) pairs; `cells` are the display strings. Optional per-row
    foreground colours and tooltips."""

    def __init__(self, headers: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers = list(headers)  # translated where shown

    def set_rows(  # type: ignore[override]
        self,
        rows: Sequence[tuple[str, Sequence[Any]]],
        colours: dict[int, QColor] | None = None,
        tips: dict[int, str] | None = None,
    ) -> None:
        colours, tips = colours or {}, tips or {}
        lines = []
        for i, (key, cells) in enumerate(rows):
            texts = ["" if c is None else str(c) for c in cells]
            lines.append(_Line(key, texts, colours.get(i), tips.get(i)))
        super().set_rows(lines)

    def key_at(self, row: int) -> str:
        return self._rows[row].key

    def row_of(self, key: str) -> int:
        return next((i for i, line in enumerate(self._rows) if line.key == key), -1)

    def display(self, line: _Line, column: int) -> str:
        return line.cells[column] if column < len(line.cells) else ""

    def cell_data(self, line: _Line, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            return line.tip if line.tip is not None else self.display(line, column)
        if role == Qt.ItemDataRole.ForegroundRole and line.colour is not None:
            return QBrush(line.colour)
        return None
