"""A drop-down over a long list (every partner, every client) that reads only the rows it
shows, so it opens as fast over a million partners as over fifty.

`ChoiceModel` holds an optional blank first row ("All partners", "— pick a partner —")
and then the list of a `ChoiceReads` (store.choice_lists behind it): its length, the rows
of a page when they are first shown, the row of a value (QComboBox.findData, the current
choice kept across a refresh) and the row a typed prefix reaches (the combo's type-ahead).
`long_list(combo, model)` puts it in a combo box whose drop-down is a table view: a list
view lays every row out before it opens (1.5 s at a million rows), a table view only the
rows on screen.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHeaderView, QTableView

from cdmo_desktop.gui.i18n import message
from cdmo_desktop.store import choice_lists

if TYPE_CHECKING:
    from cdmo_desktop.store.choice_lists import Choice, Listing
    from cdmo_desktop.store.store import Store

PAGE = 200  # rows read at a time
KEPT_PAGES = 64  # pages kept in memory (the first one read is dropped first)
VISIBLE_ROWS = 16  # rows the drop-down shows
SHOWN_CHARS = 18  # the closed combo's width, in characters of its text

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_VALUE = int(Qt.ItemDataRole.UserRole)  # what QComboBox.currentData() answers
_TIP = int(Qt.ItemDataRole.ToolTipRole)
_EXACT = Qt.MatchFlag.MatchExactly.value
_STARTS = Qt.MatchFlag.MatchStartsWith.value
_KIND = 0x0F  # the bits of a match flag saying how it compares


@dataclass(frozen=True)
class ChoiceReads:
    """The store's reads of one list: `count()`, `rows(offset, limit)` as (value, label)
    in order, `row_of(value)` (None when not listed), `row_from(text)` (the first row
    whose label sorts at or after the typed text)."""

    count: Callable[[], int]
    rows: Callable[[int, int], list[tuple[str, str]]]
    row_of: Callable[[str], int | None]
    row_from: Callable[[str], int]


def _nothing() -> int:
    return 0


_EMPTY = ChoiceReads(_nothing, lambda _o, _n: [], lambda _v: None, lambda _t: 0)


class ChoiceModel(QAbstractListModel):
    """The blank row (when given) and then the list `reads` reads, a page at a time."""

    def __init__(self, blank: str | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._blank = blank
        self._lead = 0 if blank is None else 1
        self._reads = _EMPTY
        self._count = 0
        self._pages: dict[int, list[tuple[str, str]]] = {}

    def set_blank(self, blank: str | None) -> None:
        """Show `blank` as the first row (None: no blank row)."""
        if blank == self._blank:
            return
        self.beginResetModel()
        self._blank, self._lead = blank, 0 if blank is None else 1
        self.endResetModel()

    def reset_to(self, reads: ChoiceReads) -> None:
        """Show the list `reads` reads (its length now, its rows when they are shown)."""
        self.beginResetModel()
        self._reads = reads
        self._count = reads.count()
        self._pages = {}
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._lead + self._count

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY) -> Any:
        if not index.isValid() or role not in (_DISPLAY, _VALUE, _TIP):
            return None
        row = index.row() - self._lead
        if row < 0:
            return self._blank if role == _DISPLAY else None
        found = self._row(row)
        if found is None:
            return None  # the list came back shorter (a write not yet announced)
        value, label = found
        return value if role == _VALUE else label

    def _row(self, row: int) -> tuple[str, str] | None:
        page = row // PAGE
        rows = self._pages.get(page)
        if rows is None:
            if len(self._pages) >= KEPT_PAGES:
                del self._pages[next(iter(self._pages))]
            rows = self._pages[page] = self._reads.rows(page * PAGE, PAGE)
        at = row - page * PAGE
        return rows[at] if at < len(rows) else None

    def match(
        self,
        start: QModelIndex | QPersistentModelIndex,
        role: int,
        value: Any,
        hits: int = 1,
        flags: Qt.MatchFlag = Qt.MatchFlag.MatchStartsWith | Qt.MatchFlag.MatchWrap,
    ) -> list[QModelIndex]:
        """Answered by the store, not by reading every row: a value's row (findData) and
        the first label a typed prefix starts (type-ahead, case ignored)."""
        kind = flags.value & _KIND
        if role == _VALUE and kind == _EXACT:
            if value is None:
                return [self.index(0, 0)] if self._lead else []
            row = self._reads.row_of(str(value))
            return [] if row is None else [self.index(self._lead + row, 0)]
        if role == _DISPLAY and kind == _STARTS and isinstance(value, str) and value:
            row = self._reads.row_from(value)
            found = self._row(row) if row < self._count else None
            if found is not None and found[1].casefold().startswith(value.casefold()):
                return [self.index(self._lead + row, 0)]
            blank = self._blank or ""
            return [self.index(0, 0)] if blank.casefold().startswith(value.casefold()) else []
        return super().match(start, role, value, hits, flags)


def long_list(combo: QComboBox, model: ChoiceModel) -> ChoiceModel:
    """Give `combo` the model and a drop-down that lays out only the rows it shows; the
    combo is as wide as SHOWN_CHARS characters, not as its longest label (which would
    read every row)."""
    view = QTableView(combo)
    view.setObjectName(f"{combo.objectName()}List")
    view.horizontalHeader().hide()
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    rows = view.verticalHeader()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(view.fontMetrics().height() + 6)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setMinimumWidth(view.fontMetrics().horizontalAdvance("x" * (SHOWN_CHARS + 16)))
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(SHOWN_CHARS)
    # A drop-down placed over the combo (the style's default) is sized by every row's height
    # before it opens; one placed below it is sized by the rows it shows.
    combo.setStyleSheet("QComboBox { combobox-popup: 0; }")
    combo.setMaxVisibleItems(VISIBLE_ROWS)
    combo.setModel(model)
    combo.setView(view)
    return model


def store_list(store: Store, listing: Listing, detail: bool = False) -> ChoiceReads:
    """The reads of a store.choice_lists list; `detail` shows "name (detail)" (a partner's
    kind, in the user's language)."""

    def label(choice: Choice) -> str:
        shown = detail and choice.detail
        return f"{choice.name} ({message(choice.detail)})" if shown else choice.name

    return ChoiceReads(
        count=lambda: choice_lists.count(store, listing),
        rows=lambda offset, limit: [
            (c.id, label(c)) for c in choice_lists.rows(store, listing, offset, limit)
        ],
        row_of=lambda value: choice_lists.row_of(store, listing, value),
        row_from=lambda text: choice_lists.row_from(store, listing, text),
    )


def fixed_list(items: list[tuple[str, str]]) -> ChoiceReads:
    """The reads of a short list held in memory: (value, label) in label order."""
    rows = {value: row for row, (value, _label) in enumerate(items)}

    def row_from(text: str) -> int:
        typed = text.casefold()
        return next(
            (r for r, (_v, label) in enumerate(items) if label.casefold() >= typed), len(items)
        )

    return ChoiceReads(lambda: len(items), lambda o, n: items[o : o + n], rows.get, row_from)


def refill(combo: QComboBox, model: ChoiceModel, reads: ChoiceReads) -> bool:
    """Show the list `reads` reads in `combo`, its current choice kept (the blank row when
    the choice is no longer listed), without signals; whether the choice was lost."""
    value = combo.currentData()
    quiet = combo.blockSignals(True)
    try:
        model.reset_to(reads)
        found = combo.findData(value)
        combo.setCurrentIndex(max(found, 0))
    finally:
        combo.blockSignals(quiet)
    return found < 0
