"""A virtual table model whose rows are sorted and filtered in SQL and read a page at a time.

QSortFilterProxyModel over 100k rows is far too slow (see FACTS), and so is a model that
grows a list as the view scrolls (OFFSET paging is quadratic, a refresh re-read every row
loaded). Here rowCount() is the number of matching rows from the start, and only the pages
the view paints are read, into a bounded cache. A page that is not cached is read next to a
cached neighbour by keyset (the rows right after/before that neighbour's edge row), the last
page by `fetch_before(None)`, any other by `fetch_at` (a scroll-bar jump). So reaching the
end of a million rows (Ctrl+End) reads one or two pages, and a refresh after an edit reads
the count and the visible window again.

The source (PagedSource) is the SQL side: each call is one short read, and rows carry their
sort key values and id so a seek can start from any row.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from typing import Any, Protocol, TypeVar

from PySide6.QtCore import QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QHeaderView, QTableView

from cdmo_desktop.gui.models.background_page import BackgroundPage, BackgroundPaging
from cdmo_desktop.gui.models.counting import BackgroundCount
from cdmo_desktop.gui.models.rows import AnyIndex, RowTableModel

Row = TypeVar("Row")
_DISPLAY = Qt.ItemDataRole.DisplayRole


class PagedSource(Protocol[Row]):
    """The SQL side of a paged table: how many rows match, and pages of them in order.

    Every order is total: (sort key..., id). Rows carry the sort key values and the id, so
    `after`/`before` can seek from any row the source returned."""

    headers: Sequence[str]

    def count(self, filters: dict[str, Any]) -> int:
        """Rows matching the filters."""
        ...

    def fetch(
        self,
        filters: dict[str, Any],
        sort_column: int,
        descending: bool,
        limit: int,
        after: Row | None = None,
    ) -> list[Row]:
        """The first `limit` rows in display order, or the `limit` rows right after `after`."""
        ...

    def fetch_before(
        self,
        filters: dict[str, Any],
        sort_column: int,
        descending: bool,
        limit: int,
        before: Row | None = None,
    ) -> list[Row]:
        """The `limit` rows right before `before`, or the last `limit` rows (before=None);
        in display order."""
        ...

    def fetch_at(
        self, filters: dict[str, Any], sort_column: int, descending: bool, offset: int, limit: int
    ) -> list[Row]:
        """`limit` rows from row number `offset` (a jump into the middle)."""
        ...

    def position(
        self, filters: dict[str, Any], sort_column: int, descending: bool, key: str
    ) -> int | None:
        """Row number of the row with this key, None when it does not match the filters."""
        ...

    def display(self, row: Row, column: int) -> Any: ...

    def key(self, row: Row) -> str: ...


# How many distinct rows (current and selected) a refresh or sort follows by key; beyond that
# a big selection keeps its row numbers (each key may cost a source.position()).
FOLLOWED_ROWS = 16


class PagedTableModel(BackgroundPaging[Row], RowTableModel[Row]):
    """Rows from a PagedSource, read on demand (see the module doc). Load with refresh() or
    set_filters(); subclasses may override `cell_data` for roles other than DisplayRole
    (colours, tooltips, alignment) and `clear_cache` to drop what they keep per row.

    `shown_from_top` is emitted when a new filter or sort wants its first rows shown; a view
    set up with `prepare_view` scrolls to the top then.

    With `count_in_background` (a subclass sets it) every count is read on a worker thread
    by `read_count`, and `take_count` turns its answer into the total on the GUI thread;
    `count_settled` is emitted once an answer is in, `count_failed(reason)` when the read
    failed. An answer for an older filter, sort or refresh than the last is dropped.

    With `page_in_background` (a subclass says which filters) the first page of a new
    filter is read on a worker too (gui.models.background_page): the views keep the rows
    they show until it arrives (`reading` meanwhile), then `rows_settled` is emitted."""

    page_size = 200
    max_pages = 64
    count_in_background = False
    # With `count_in_background`: how long a new filter waits for its count once its first
    # page is read (the count is read meanwhile, on the other core): a count that is in by
    # then lays the list out once, at its length, instead of twice.
    count_wait_s = 0.0

    shown_from_top = Signal()
    count_settled = Signal()
    count_failed = Signal(str)
    rows_settled = Signal()

    def __init__(self, source: PagedSource[Row], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.source: PagedSource[Row] = source
        self.headers = list(source.headers)
        self._total = 0  # rows the views know of (rowCount)
        self._count = 0  # rows the source said match; equals _total outside refresh()
        self._pages: OrderedDict[int, list[Row]] = OrderedDict()
        self._filters: dict[str, Any] = {}
        self._sort_column = 0
        self._descending = False
        self._may_resync = True
        self._guessing = False  # rowCount is the rows known so far, not yet the count
        self._counter = BackgroundCount(self)
        self._pager = BackgroundPage(self)
        self._early: Any = None  # a count that arrived before its page (page_in_background)

    def display(self, row: Row, column: int) -> Any:
        return self.source.display(row, column)

    def row_key(self, row: Row) -> str:
        return self.source.key(row)

    def clear_cache(self) -> None:
        """Forget every page read (the next paint reads again)."""
        self._pages.clear()

    # --- state --------------------------------------------------------------------------
    @property
    def filters(self) -> dict[str, Any]:
        return dict(self._filters)

    @property
    def total(self) -> int:
        """Rows matching the filters (read or not)."""
        return self._count

    @property
    def sort_state(self) -> tuple[int, bool]:
        return self._sort_column, self._descending

    @property
    def counting(self) -> bool:
        """True while a count read in the background is awaited (rowCount may change)."""
        return self._counter.pending

    @property
    def total_known(self) -> bool:
        """False while rowCount is only the rows read so far of a new filter (the first
        page, plus one more page when it came back full) and the count is awaited."""
        return not self._guessing

    # --- the count step (see gui.models.counting) --------------------------------------------
    def read_count(self, filters: dict[str, Any]) -> Any:
        """The count of `filters` as the source answers it; with `count_in_background` run
        on a worker thread (so it must keep nothing: `take_count` does)."""
        return self.source.count(filters)

    def take_count(self, filters: dict[str, Any], answer: Any) -> int:
        """On the GUI thread: the total from an answer of `read_count` (a subclass keeps
        whatever else the answer carries)."""
        return int(answer)

    def count_at_once(self, filters: dict[str, Any]) -> bool:
        """With `count_in_background`: whether the count of `filters` is cheap enough to
        read on the GUI thread all the same (a subclass says so for counts from maintained
        tallies), so the list is laid out once, at its length."""
        return False

    def _count_now(self) -> int:
        return self.take_count(self._filters, self.read_count(self._filters))

    def _counted(self, answer: Any) -> None:
        """A background count of the filters shown arrived: rows are added or removed at
        the end (the pages of a new filter were read from the top), or, when the count
        changed under rows read before it (a refresh), laid out again."""
        count = self.take_count(self._filters, answer)
        guessed, self._guessing = self._guessing, False
        if guessed and count > self._total:
            self.beginInsertRows(QModelIndex(), self._total, count - 1)
            self._count = self._total = count
            self.endInsertRows()
        elif guessed and count < self._total:
            self.beginRemoveRows(QModelIndex(), count, self._total - 1)
            self._count = self._total = count
            self.endRemoveRows()
        elif count != self._count:
            self._relayout(count, same_rows=True)
        self.count_settled.emit()

    # --- rows -------------------------------------------------------------------------------
    def _expected(self, page: int) -> int:
        return max(0, min(self.page_size, self._count - page * self.page_size))

    def _page(self, page: int) -> list[Row]:
        """The rows of one page, read if not cached (never emits a model signal, so it is
        safe while a view paints)."""
        rows = self._pages.get(page)
        if rows is not None:
            self._pages.move_to_end(page)
            return rows
        size = self._expected(page)
        if size == 0:
            return []
        rows = self._read(page, size)
        if len(rows) < size and self._may_resync and not self._guessing:
            # Rows went away since the count (a write not yet announced): count again once
            # the view has painted; never from here, as data() must not emit signals.
            self._may_resync = False
            QTimer.singleShot(0, self._resync)
        self._pages[page] = rows
        while len(self._pages) > self.max_pages:
            self._pages.popitem(last=False)
        return rows

    def _read(self, page: int, size: int) -> list[Row]:
        """While the count is guessed, the rows known end where the count is not known yet:
        a page without its neighbour before it read is read at its offset, never as the
        last rows."""
        args = (self._filters, self._sort_column, self._descending)
        ps = self.page_size
        before, after = self._pages.get(page - 1), self._pages.get(page + 1)
        if before is not None and len(before) == ps:
            return self.source.fetch(*args, size, after=before[-1])
        if after and size == ps:
            return self.source.fetch_before(*args, size, before=after[0])
        if page == 0:
            return self.source.fetch(*args, size)
        if self._guessing:
            return self.source.fetch_at(*args, page * ps, size)
        if (page + 1) * ps >= self._count:
            return self.source.fetch_before(*args, size)
        return self.source.fetch_at(*args, page * ps, size)

    def has_row(self, index: int) -> bool:
        if not 0 <= index < self._total:
            return False
        return index % self.page_size < len(self._page(index // self.page_size))

    def row_at(self, index: int) -> Row:
        """The row at `index` (its page is read if needed); IndexError past the rows."""
        if not 0 <= index < self._count:
            raise IndexError(index)
        return self._page(index // self.page_size)[index % self.page_size]

    def key_at(self, index: int) -> str:
        return self.row_key(self.row_at(index))

    def _cached_row(self, key: str) -> int:
        for page, rows in self._pages.items():
            for i, row in enumerate(rows):
                if self.row_key(row) == key:
                    return page * self.page_size + i
        return -1

    def find_key(self, key: str, load: bool = True) -> int:
        """Row number of the row whose key is `key`: from the pages read, else (load=True)
        asked of the source; -1 when no row matches the filters."""
        row = self._cached_row(key)
        if row >= 0 or not load:
            return row
        pos = self.source.position(self._filters, self._sort_column, self._descending, key)
        return pos if pos is not None and 0 <= pos < self._count else -1

    # --- reloading --------------------------------------------------------------------------
    def set_filters(self, filters: dict[str, Any]) -> None:
        """New filters: recount and show the first rows (in the background: the first page
        now, and one more page's worth of rows when it came back full, the count later; with
        `page_in_background` the first page later too, the rows shown kept until then)."""
        filters = {k: v for k, v in filters.items() if v not in (None, "", [], ())}
        self._early = None
        if (
            self.count_in_background
            and self.page_in_background(filters)
            and not self.count_at_once(filters)
        ):
            self._counter.start(filters)
            self._pager.start(filters, (self._sort_column, self._descending))
            return
        self._load(filters)

    def _load(self, filters: dict[str, Any]) -> None:
        """Show the first rows of `filters`, read now (the count too, or in the background)."""
        self._pager.cancel()
        self._filters = filters
        self._may_resync = True
        self.beginResetModel()
        self.clear_cache()
        at_once = self.count_in_background and self.count_at_once(self._filters)
        if self.count_in_background and not at_once:
            # Counted from now, while the first page is read: a quick count's answer is
            # then often queued before the repaint, which shows the list once, whole.
            self._counter.start(self._filters)
            order = (self._sort_column, self._descending)
            self._show_first(self.read_first_page(self._filters, order))
            at_once, answer = self._counter.answer_within(self.count_wait_s)
            if at_once:
                self._guessing = False
                self._count = self._total = self.take_count(self._filters, answer)
        else:
            if at_once:
                self._counter.counted_here()
            self._guessing = False
            self._count = self._total = self._count_now()
        self.endResetModel()
        self.shown_from_top.emit()
        if at_once:
            self.count_settled.emit()

    def refresh(self) -> None:
        """Recount and forget the pages read; views keep their scroll position, current row
        and selection (followed by key), and read again only the rows they show (in the
        background: the count kept until the new one arrives)."""
        self._settle_page()
        self._may_resync = True
        self._recount()

    def _resync(self) -> None:
        """Refresh after a page came back short; not again until the next outside reload,
        so a source whose count disagrees with its pages cannot loop. A count awaited
        already answers it."""
        if self.count_in_background and self._counter.pending:
            return
        self._recount()

    def _recount(self) -> None:
        """Lay the rows out again at the count now, or (in the background) at the count
        kept until the new one arrives."""
        at_once = self.count_in_background and self.count_at_once(self._filters)
        self._relayout(self._count_or_later(), same_rows=True)
        if at_once:
            self.count_settled.emit()

    def _count_or_later(self) -> int:
        """The count now, or (in the background) the count kept, the new one asked for."""
        if not self.count_in_background:
            return self._count_now()
        if self.count_at_once(self._filters):
            self._counter.counted_here()
            return self._count_now()
        self._counter.start(self._filters)
        return self._count

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """New order: the current and selected rows stay current and selected (found with
        source.position()); views show the first rows. In the background the count of the
        filters (known, or awaited) stands: the same rows in another order."""
        if not 0 <= column < len(self.headers):
            return
        self._settle_page()
        self._sort_column = column
        self._descending = order == Qt.SortOrder.DescendingOrder
        self._may_resync = True
        count = self._count if self.count_in_background else self._count_now()
        self._relayout(count, same_rows=False)
        self.shown_from_top.emit()

    def _relayout(self, count: int, same_rows: bool) -> None:
        """Change to `count` rows read afresh, moving the persistent indexes (current row,
        selection) to where their rows are now. Rows are added before and removed after the
        layout change, so rowCount never changes inside it and views keep their scroll."""
        old_total = self._total
        if count > old_total:
            self.beginInsertRows(QModelIndex(), old_total, count - 1)
            self._total = count
            self.endInsertRows()
        # For a new order, only the rows the views held before the layout change is
        # announced (current row, selection) are looked for: a header with hidden or
        # resized columns then adds bookkeeping indexes on row 0, and finding where row 0
        # went in the new order would count every row before it (most of a million-row
        # register). Those indexes become invalid (a sort drops what it does not follow);
        # a refresh follows every row it can, so that no two indexes land on one row.
        held = {i.row() for i in self.persistentIndexList()}
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        rows = {i.row() for i in persistent}
        keys = self._keys_of(rows if same_rows else rows & held)
        self.clear_cache()
        self._count = count
        moved = self._new_rows(keys, same_rows)
        fallback = count - 1
        new_indexes = []
        for index in persistent:
            row = moved.get(index.row(), min(index.row(), fallback) if same_rows else -1)
            new_indexes.append(self.index(row, index.column()) if row >= 0 else QModelIndex())
        self.changePersistentIndexList(persistent, new_indexes)
        self.layoutChanged.emit()
        if count < self._total:
            self.beginRemoveRows(QModelIndex(), count, self._total - 1)
            self._total = count
            self.endRemoveRows()

    def _keys_of(self, rows: set[int]) -> dict[int, str]:
        """Keys of the rows that persistent indexes point at, among the pages read: those on
        the pages used last first (the rows shown, where the current row is), at most
        FOLLOWED_ROWS of them."""
        recency = {page: n for n, page in enumerate(self._pages)}  # LRU order: last is newest
        ps = self.page_size
        known = [r for r in rows if r // ps in recency and r % ps < len(self._pages[r // ps])]
        known.sort(key=lambda r: (-recency[r // ps], r))
        return {r: self.row_key(self._pages[r // ps][r % ps]) for r in known[:FOLLOWED_ROWS]}

    def _new_rows(self, keys: dict[int, str], same_rows: bool) -> dict[int, int]:
        """Where each followed row is now: after a refresh first looked for in its own page
        (read anyway for the view), else asked of the source. A row gone from the list maps to
        the row that took its place (refresh) or to none (sort)."""
        moved: dict[int, int] = {}
        for old, key in keys.items():
            new = -1
            if same_rows and old < self._count:
                page = old // self.page_size
                for i, row in enumerate(self._page(page)):
                    if self.row_key(row) == key:
                        new = page * self.page_size + i
                        break
            if new < 0:
                new = self.find_key(key)
            if new < 0 and same_rows:
                new = min(old, self._count - 1)
            moved[old] = new
        return moved

    # --- Qt overrides -------------------------------------------------------------------
    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """RowTableModel.data with one page look-up per call: a paint asks every role of
        every cell shown (about 3,000 calls for a screen of rows), so this is most of what
        a repaint costs in Python. An invalid index has row -1."""
        row = index.row()
        if not 0 <= row < self._total:
            return None
        number = row // self.page_size
        page = self._pages.get(number)
        if page is None:
            page = self._page(number)
        else:
            self._pages.move_to_end(number)  # in use: the last page the cache lets go
        i = row % self.page_size
        if i >= len(page):
            return None
        if role == _DISPLAY:
            return self.display(page[i], index.column())
        return self.cell_data(page[i], index.column(), role)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._total

    def canFetchMore(self, parent: AnyIndex) -> bool:
        return False


def prepare_view(view: QTableView, model: PagedTableModel[Any]) -> None:
    """Make a table view cheap over a million rows: rows of one fixed height (the view never
    measures them), column widths never fitted to every row, and back to the top, painted
    once, when the model shows a new filter or sort."""
    rows = view.verticalHeader()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(view.fontMetrics().height() + 8)
    view.horizontalHeader().setResizeContentsPrecision(50)  # fit to the rows shown, not all
    # The rows' new layout (count, scroll range) now rather than on the next turn of the
    # event loop: a new filter or search paints the list once, not twice.
    model.shown_from_top.connect(view.executeDelayedItemsLayout)
    model.shown_from_top.connect(view.scrollToTop)
