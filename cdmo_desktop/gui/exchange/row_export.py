"""A table's "Export these rows…": the rows the table shows, in its filter and order, written
as a register (exchange.registers) through the export dialog.

`attach(view, ctx, kind)` gives a table without a menu of its own a context menu with
"Copy rows" (Ctrl+C) and "Export these rows…"; a table that builds its own menu adds
`export_rows_action(...)` to it. The record ids are read on the export's worker thread: a
paged register walks its row source by keyset pages (every row the filter keeps, not only
the pages the view read).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QMenu, QWidget

from cdmo_desktop.gui.context import AppContext
from cdmo_desktop.gui.i18n import tr
from cdmo_desktop.gui.models.paged import PagedTableModel
from cdmo_desktop.gui.widgets import table_copy, table_habits

SOURCE_PAGE = 1000


def row_ids(model: QAbstractItemModel) -> Callable[[], list[str]]:
    """A function returning the record id of every row of `model`, in its order, as the
    model stands now. A paged model's ids are read from its source (every row its filters
    keep) when the function runs, on any thread; a list model's are taken at once."""
    if isinstance(model, PagedTableModel):
        source, filters = model.source, model.filters
        column, descending = model.sort_state

        def walk() -> list[str]:
            ids: list[str] = []
            page = source.fetch(filters, column, descending, SOURCE_PAGE)
            while page:
                ids.extend(source.key(row) for row in page)
                if len(page) < SOURCE_PAGE:
                    break
                page = source.fetch(filters, column, descending, SOURCE_PAGE, after=page[-1])
            return ids

        return walk
    taken = _listed_ids(model)
    return lambda: taken


def _listed_ids(model: QAbstractItemModel) -> list[str]:
    count = model.rowCount()
    key_at = getattr(model, "key_at", None)
    if key_at is not None:
        return [str(key_at(i)) for i in range(count)]
    record = getattr(model, "record", None)
    if record is not None:
        return [str(record(i)["id"]) for i in range(count)]
    row_at: Callable[[int], Any] = model.row_at  # type: ignore[attr-defined]
    return [str(row_at(i).id) for i in range(count)]


def open_export(
    ctx: AppContext, view: QAbstractItemView, kind: str, engagement_id: str | None = None
) -> QWidget:
    """Open the export dialog for the rows `view` shows."""
    from cdmo_desktop.gui.exchange.register_export import RegisterExportDialog

    model = view.model()
    dialog = RegisterExportDialog(
        ctx,
        view.window(),
        kind=kind,
        engagement_id=engagement_id,
        rows=(model.rowCount(), row_ids(model)),
    )
    dialog.open()
    return dialog


def export_rows_action(
    menu: QMenu,
    ctx: AppContext,
    view: QAbstractItemView,
    kind: str,
    engagement_id: str | None = None,
) -> QAction:
    """Add "Copy rows" and "Export these rows…" to a table's own context menu."""
    copy = menu.addAction(tr("Copy rows"))
    copy.setObjectName("copyRowsAction")
    copy.setShortcut("Ctrl+C")
    copy.triggered.connect(lambda: table_copy.copy_selected_rows(view))
    action = menu.addAction(tr("Export these rows…"))
    action.setObjectName("exportRowsAction")
    action.setEnabled(view.model() is not None and view.model().rowCount() > 0)
    action.triggered.connect(lambda: open_export(ctx, view, kind, engagement_id))
    table_habits.add_select_all(menu, view)
    return action


def attach(
    view: QAbstractItemView, ctx: AppContext, kind: str, engagement_id: str | None = None
) -> None:
    """ "Copy rows" and "Export these rows…" in the table's context menu (table_habits)."""
    table_habits.extend_menu(
        view, ctx.settings, lambda menu: export_rows_action(menu, ctx, view, kind, engagement_id)
    )
