"""The engagements list: rows from SQL (search, filters, sort), read a page at a time by
keyset on the stored sort keys (store.engagements), whatever the number of engagements."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from cdmo_desktop.domain.enums import EngagementStatus, Phase, Rag
from cdmo_desktop.gui import theme
from cdmo_desktop.gui.format import date_text
from cdmo_desktop.gui.i18n import QT_TR_NOOP, message, tr
from cdmo_desktop.gui.models.paged import PagedTableModel
from cdmo_desktop.store import Store
from cdmo_desktop.store.engagements import (
    EngagementRow,
    count_engagements,
    fetch_engagements,
    fetch_engagements_at,
    fetch_engagements_before,
    listed_engagements,
    locate_engagement,
)
from cdmo_desktop.store.list_anchor import Anchored

# The columns of store.engagements.HEADERS, marked for translation.
COLUMN_TITLES = (
    QT_TR_NOOP("Title"),
    QT_TR_NOOP("Client"),
    QT_TR_NOOP("Partner"),
    QT_TR_NOOP("Program / compound"),
    QT_TR_NOOP("Phase"),
    QT_TR_NOOP("Status"),
    QT_TR_NOOP("Start"),
    QT_TR_NOOP("End"),
    QT_TR_NOOP("RAG"),
)
RAG_COLUMN = 8
# A row the model follows across a sort or refresh is found at any depth by one count along
# the sort key's index when only the archived choice is set (store.engagements); under a
# filter checked on the rows (status, phase, RAG, client, partner, search) it is looked for
# this far from either end (a few tens of ms) and let go deeper (the view shows the top rows
# after a sort anyway). The screen finds a row it must show (one just added) exactly.
POSITION_BUDGET = 20_000
# A search is counted on a worker thread when the list holds more engagements than this
# (its matches can then be tens of thousands: tens of ms a keystroke to count); below it
# the count is read at once, so the list is laid out once, at its length (a count arriving
# later lays it out a second time, which costs a small list more than the count itself).
BACKGROUND_COUNT_FROM = 50_000


def _title(row: EngagementRow) -> str:
    return tr("{title} (archived)").format(title=row.title) if row.archived else row.title


_CELLS: tuple[Callable[[EngagementRow], Any], ...] = (
    _title,
    lambda row: row.client,
    lambda row: row.partner,
    lambda row: row.program_compound,
    lambda row: message(Phase(row.phase).label),
    lambda row: message(EngagementStatus(row.status).label),
    lambda row: date_text(row.start_date),
    lambda row: date_text(row.end_date),
    lambda row: message(Rag(row.rag).label) if row.rag else "",
)
"""The text of each column (COLUMN_TITLES) of a row."""


class EngagementSource:
    def __init__(self, store: Store) -> None:
        self.store = store
        self.headers: Sequence[str] = list(COLUMN_TITLES)
        # The row the last position() found: its page is read by seek from it.
        self.anchored: Anchored[EngagementRow] = Anchored()
        # The engagements listed per archived choice (`listed`), until the next refresh.
        self._listed: dict[tuple[bool, bool], int] = {}

    def count(self, filters: dict[str, Any]) -> int:
        """The rows `filters` list; safe on a worker thread (keeps nothing: see `reloading`)."""
        return count_engagements(self.store, filters)

    def reloading(self) -> None:
        """A reload starts (on the GUI thread): the row the last position() found may have
        moved, so pages are no longer read by seek from it."""
        self.anchored.forget()

    def refreshing(self) -> None:
        """The engagements may have changed: `listed` is read again when next asked."""
        self._listed.clear()

    def listed(self, filters: dict[str, Any]) -> int:
        """The engagements the list holds under the archived choice of `filters` (read
        once per refresh: a search asks on every keystroke)."""
        choice = (bool(filters.get("show_archived")), bool(filters.get("archived_only")))
        n = self._listed.get(choice)
        if n is None:
            n = self._listed[choice] = listed_engagements(self.store, filters)
        return n

    def fetch(
        self,
        filters: dict[str, Any],
        sort_column: int,
        descending: bool,
        limit: int,
        after: EngagementRow | None = None,
    ) -> list[EngagementRow]:
        return fetch_engagements(self.store, filters, sort_column, descending, limit, after)

    def fetch_before(
        self,
        filters: dict[str, Any],
        sort_column: int,
        descending: bool,
        limit: int,
        before: EngagementRow | None = None,
    ) -> list[EngagementRow]:
        return fetch_engagements_before(self.store, filters, sort_column, descending, limit, before)

    def fetch_at(
        self, filters: dict[str, Any], sort_column: int, descending: bool, offset: int, limit: int
    ) -> list[EngagementRow]:
        seeked = self.anchored.window(
            filters,
            (sort_column, descending),
            offset,
            limit,
            lambda row, n: self.fetch_before(filters, sort_column, descending, n, before=row),
            lambda row, n: self.fetch(filters, sort_column, descending, n, after=row),
        )
        if seeked is not None:
            return seeked
        return fetch_engagements_at(self.store, filters, sort_column, descending, offset, limit)

    def position(
        self, filters: dict[str, Any], sort_column: int, descending: bool, key: str
    ) -> int | None:
        found = locate_engagement(
            self.store, filters, sort_column, descending, key, budget=POSITION_BUDGET
        )
        if found is None:
            return None
        self.anchored.keep(filters, (sort_column, descending), *found)
        return found[0]

    def display(self, row: EngagementRow, column: int) -> Any:
        # Only the cell asked for (a paint asks each cell in turn: making the whole row's
        # texts for every cell was most of what a repaint cost).
        return _CELLS[column](row) if 0 <= column < len(_CELLS) else None

    def key(self, row: EngagementRow) -> str:
        return row.id


class EngagementListModel(PagedTableModel[EngagementRow]):
    """The engagements list. A search over a large list (BACKGROUND_COUNT_FROM) is counted
    on a worker thread while its first page is read: a count in by then, or soon after
    (`count_wait_s`), lays the list out once, at its length; a slower one shows the first
    rows at once and the count when it arrives (`count_settled`). Other filters, and any
    search over a smaller list, are counted on the GUI thread (from the tally, one index
    range or the matches), so the list is laid out once without a thread."""

    count_in_background = True
    # No longer than counting on the GUI thread would have frozen it anyway.
    count_wait_s = 0.1

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        self.engagement_source = EngagementSource(store)
        super().__init__(self.engagement_source, parent)

    def count_at_once(self, filters: dict[str, Any]) -> bool:
        if not any(ch.isalnum() for ch in str(filters.get("text") or "")):
            return True
        return self.engagement_source.listed(filters) < BACKGROUND_COUNT_FROM

    def set_filters(self, filters: dict[str, Any]) -> None:
        self.engagement_source.reloading()
        super().set_filters(filters)

    def refresh(self) -> None:
        self.engagement_source.reloading()
        self.engagement_source.refreshing()
        super().refresh()

    def _resync(self) -> None:
        self.engagement_source.reloading()
        super()._resync()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.engagement_source.reloading()
        super().sort(column, order)

    def cell_data(self, row: EngagementRow, column: int, role: int) -> Any:
        if column == RAG_COLUMN and row.rag:
            if role == Qt.ItemDataRole.DecorationRole:
                return QColor(theme.current().rag_dot[row.rag])
            if role == Qt.ItemDataRole.ToolTipRole:
                return tr("Overall status: {rag}").format(rag=message(Rag(row.rag).label))
        if row.archived:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(theme.current().colour("muted"))
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setItalic(True)
                return font
            if role == Qt.ItemDataRole.ToolTipRole:
                return tr("Archived: restore it to work on it again.")
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return row.title
        return None
