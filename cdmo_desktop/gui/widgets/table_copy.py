"""Ctrl+C on any table or tree copies the selected rows as tab-separated text with the header
row, ready to paste into a spreadsheet or an e-mail.

One mechanism for every view: `install_all(root)` (run by the main window on each page it
shows and by every remembered-geometry dialog when shown) gives each QTableView and
QTreeView under `root` several-row selection and an event filter for the Copy key. Columns
are the visible ones in the order shown; rows come in view order. A paged table (rows read
from SQL a page at a time, gui.models.paged) copies through its row source in large keyset
pages, so Ctrl+A, Ctrl+C over 100k risks never walks the view's page cache row by row.

A copied cell that a spreadsheet would run as a formula is neutralised like an exported
one (exchange.sheets.neutralise); plain numbers stay numbers.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QTreeView, QWidget

from cdmo_desktop.exchange.sheets import neutralise
from cdmo_desktop.gui.models.paged import PagedTableModel

INSTALLED = "tableCopyInstalled"  # dynamic property set on a view once it copies
SOURCE_CHUNK = 1000  # rows read from a paged source at a time


class _CopyFilter(QObject):
    """Catches the Copy key on a view (not while a cell editor has the focus)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        if not isinstance(event, QKeyEvent) or not event.matches(QKeySequence.StandardKey.Copy):
            return False
        if not isinstance(watched, QAbstractItemView):
            return False
        if watched.state() == QAbstractItemView.State.EditingState:
            return False
        if kind == QEvent.Type.ShortcutOverride:
            event.accept()  # the key goes to the view, not to a window shortcut
            return False
        copy_selected_rows(watched)
        return True


_filter: _CopyFilter | None = None


def _the_filter() -> _CopyFilter:
    global _filter
    if _filter is None:
        _filter = _CopyFilter(QGuiApplication.instance())
    return _filter


def install(view: QAbstractItemView) -> None:
    """Let `view` select several rows and copy them with Ctrl+C (once per view)."""
    if view.property(INSTALLED):
        return
    view.setProperty(INSTALLED, True)
    if view.selectionMode() in (
        QAbstractItemView.SelectionMode.SingleSelection,
        QAbstractItemView.SelectionMode.NoSelection,
    ):
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    view.installEventFilter(_the_filter())


def install_all(root: QWidget) -> None:
    """`install` on every table and tree view in `root` (and root itself)."""
    views: list[QAbstractItemView] = [
        *root.findChildren(QTableView),
        *root.findChildren(QTreeView),
    ]
    if isinstance(root, QTableView | QTreeView):
        views.append(root)
    for view in views:
        install(view)


# --- what is copied -----------------------------------------------------------------------
def _header(view: QAbstractItemView) -> QHeaderView | None:
    if isinstance(view, QTableView):
        return view.horizontalHeader()
    if isinstance(view, QTreeView):
        return view.header()
    return None


def visible_columns(view: QAbstractItemView) -> list[int]:
    """Logical column numbers of the columns shown, in the order shown."""
    model = view.model()
    if model is None:
        return []
    header = _header(view)
    if header is None:
        return list(range(model.columnCount()))
    return [
        header.logicalIndex(v)
        for v in range(header.count())
        if not header.isSectionHidden(header.logicalIndex(v))
    ]


def _path(index: QModelIndex | QPersistentModelIndex) -> tuple[int, ...]:
    rows: list[int] = []
    while index.isValid():
        rows.append(index.row())
        index = index.parent()
    return tuple(reversed(rows))


def selected_rows(view: QAbstractItemView) -> list[QModelIndex]:
    """Column-0 indexes of the rows with a selected cell, in view order (a tree's rows by
    their place in the tree); the current row when nothing is selected."""
    selection = view.selectionModel()
    model = view.model()
    if selection is None or model is None:
        return []
    if isinstance(view, QTableView):  # flat: read the ranges, not every selected cell
        numbers = top_level_rows(view)
        return [model.index(r, 0) for r in numbers]
    seen: dict[tuple[int, ...], QModelIndex] = {}
    for index in selection.selectedIndexes():
        first = index.siblingAtColumn(0)
        seen.setdefault(_path(first), first)
    if not seen and view.currentIndex().isValid():
        first = view.currentIndex().siblingAtColumn(0)
        seen[_path(first)] = first
    return [seen[p] for p in sorted(seen)]


def top_level_rows(view: QAbstractItemView) -> list[int]:
    """Row numbers of a flat view's selected rows, ascending (from the selection ranges);
    the current row when nothing is selected."""
    selection = view.selectionModel()
    if selection is None:
        return []
    rows: set[int] = set()
    for part in list(selection.selection()):  # type: ignore[call-overload]
        if not part.parent().isValid():
            rows.update(range(part.top(), part.bottom() + 1))
    if not rows and view.currentIndex().isValid():
        rows.add(view.currentIndex().row())
    return sorted(rows)


def cell_text(value: Any) -> str:
    """A cell as TSV text: on one line, with no tab, and never a formula."""
    if value is None:
        return ""
    text = " ".join(str(value).replace("\t", " ").splitlines())
    return text if _is_number(text) else neutralise(text)


def _is_number(text: str) -> bool:
    try:
        float(text.replace(",", ""))
    except ValueError:
        return False
    return bool(text) and text.strip() == text


def _paged_rows(model: PagedTableModel[Any], rows: Sequence[int]) -> Iterator[Any]:
    """The rows numbered `rows` (ascending) read from the model's source: each run of
    consecutive rows from one jump then keyset pages after it."""
    source = model.source
    filters = model.filters
    column, descending = model.sort_state
    i = 0
    while i < len(rows):
        start = i
        while i + 1 < len(rows) and rows[i + 1] == rows[i] + 1:
            i += 1
        wanted = rows[i] - rows[start] + 1
        got = source.fetch_at(filters, column, descending, rows[start], min(wanted, SOURCE_CHUNK))
        done = 0
        while got:
            take = got[: wanted - done]
            yield from take
            done += len(take)
            if done >= wanted or len(got) < min(SOURCE_CHUNK, wanted):
                break
            got = source.fetch(
                filters, column, descending, min(SOURCE_CHUNK, wanted - done), after=got[-1]
            )
        i += 1


def rows_as_tsv(view: QAbstractItemView) -> str:
    """The selected rows of `view` with the header row, tab-separated, one line each."""
    model = view.model()
    if model is None:
        return ""
    columns = visible_columns(view)
    lines = [
        "\t".join(
            cell_text(model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole))
            for c in columns
        )
    ]
    if isinstance(model, PagedTableModel) and isinstance(view, QTableView):
        for row in _paged_rows(model, top_level_rows(view)):
            lines.append("\t".join(cell_text(model.display(row, c)) for c in columns))
    else:
        for first in selected_rows(view):
            lines.append(
                "\t".join(
                    cell_text(first.siblingAtColumn(c).data(Qt.ItemDataRole.DisplayRole))
                    for c in columns
                )
            )
    return "\n".join(lines) + "\n"


def copy_selected_rows(view: QAbstractItemView) -> int:
    """Put the selected rows on the clipboard as TSV; returns how many rows were copied."""
    if not (top_level_rows(view) if isinstance(view, QTableView) else selected_rows(view)):
        return 0
    text = rows_as_tsv(view)
    clipboard = QGuiApplication.clipboard()
    clipboard.setText(text)
    return text.count("\n") - 1
