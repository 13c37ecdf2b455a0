"""The habits of a good desktop table, on every table and tree of the window: a context menu
with the actions that apply to its rows plus Copy and Select all, and a header that
remembers its column widths, order, hidden columns and sort across restarts.

    table_habits.install(view, "partners", ctx.settings, edit_button, delete_action)

`install` gives `view` (a QTableView or QTreeView) a stable name: its header's state
(QHeaderView.saveState) is kept in the settings under `tables/<name>/header`, restored when
the table is first shown (or, when its model has no columns yet, as soon as it has), and
saved whenever the user resizes, moves, hides or sorts a column. Right-click on the header
lists the columns to show or hide, and "Reset columns" brings back the layout the screen
built. The row actions are the screen's own buttons or actions (and the actions added to
the view itself): the menu shows them with the text and enabled state they have at that
moment (the screen enables them by selection), and choosing one clicks the button. A
view whose screen builds its own context menu keeps it (the screen adds
`add_select_all` after its Copy); one with an actions menu gets Copy and Select all appended.

`install_all(root, settings)` (run by the main window on each page it shows and by every
remembered-geometry dialog) does the rest: every view under `root` copies with Ctrl+C
(table_copy) and one installed nowhere else gets the Copy/Select all menu and a header
remembered under `<root class>.<view objectName>`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager

from PySide6.QtCore import QByteArray, QEvent, QObject, QPoint, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QHeaderView,
    QMenu,
    QTableView,
    QTreeView,
    QWidget,
)

from cdmo_desktop.gui import settings as keys
from cdmo_desktop.gui.i18n import tr
from cdmo_desktop.gui.widgets import table_copy

HEADER_STATE = keys.TABLE_HEADER
NEEDS_ROW = "tableHabitsNeedsRow"  # an action's property: enabled only on a chosen row
RowAction = QAction | QAbstractButton
Legacy = Callable[[QHeaderView], bool]
MenuPart = Callable[[QMenu], object]


def header_of(view: QAbstractItemView) -> QHeaderView | None:
    if isinstance(view, QTableView):
        return view.horizontalHeader()
    if isinstance(view, QTreeView):
        return view.header()
    return None


def habits_of(view: QAbstractItemView) -> TableHabits | None:
    """The habits installed on `view`, if any."""
    found = view.findChild(TableHabits, "", Qt.FindChildOption.FindDirectChildrenOnly)
    return found if isinstance(found, TableHabits) else None


class TableHabits(QObject):
    """The context menu and the remembered header of one view (a child of the view)."""

    def __init__(
        self,
        view: QAbstractItemView,
        name: str,
        settings: QSettings | None,
        actions: Sequence[RowAction] = (),
        *,
        fixed: Sequence[int] = (),
        legacy: Legacy | None = None,
        remember: bool = True,
        fit: Callable[[], None] | None = None,
        menu: bool = True,
    ) -> None:
        super().__init__(view)
        self.view, self.name, self.settings = view, name, settings
        self.row_actions: list[RowAction] = list(actions)
        self.extras: list[MenuPart] = []  # more of the screen's menu (extend_menu)
        self.fixed = set(fixed)  # columns the user does not hide (always or as room allows)
        self.legacy = legacy
        self.remember = remember and settings is not None
        self.own_menu = not menu  # the view builds its menu in contextMenuEvent
        self.fit = fit  # the screen's own fitting of the columns, redone by Reset
        self.menu: QMenu | None = None  # the context menu shown last
        self._default: QByteArray | None = None  # the screen's own layout, for Reset
        self._restored = False
        self._applying = False
        self._owns_menu = self._owns_header_menu = self._watches_header = False
        self.setting = HEADER_STATE.at(name)
        # Qt tells of a hidden column before it marks it hidden: save once more after it.
        self._again = QTimer(self)
        self._again.setSingleShot(True)
        self._again.setInterval(0)
        self._again.timeout.connect(self._save_now)
        if menu:
            self._install_menu()
        header = header_of(view)
        if header is not None and self.remember:
            self._install_header(header)

    # --- the context menu ----------------------------------------------------------------
    def _install_menu(self) -> None:
        view = self.view
        policy = view.contextMenuPolicy()
        if policy == Qt.ContextMenuPolicy.ActionsContextMenu and not self.row_actions:
            separator = QAction(view)
            separator.setSeparator(True)
            view.addAction(separator)
            for action in _copy_actions(view, view):
                view.addAction(action)
            return
        if policy == Qt.ContextMenuPolicy.CustomContextMenu and not self.row_actions:
            return  # the screen's own menu (it adds add_select_all)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._on_context_menu_requested)
        self._owns_menu = True

    def context_menu(self) -> QMenu:
        """A new context menu for the rows selected now."""
        if self.menu is not None:
            self.menu.deleteLater()
        menu = self.menu = QMenu(self.view)
        menu.setObjectName("tableContextMenu")
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.destroyed.connect(self._on_menu_destroyed)
        ours = {"copyRowsAction", "selectAllRowsAction"}
        for item in [*self.row_actions, *self.view.actions()]:  # and the view's own
            if isinstance(item, QAction):
                if item.property(NEEDS_ROW):
                    item.setEnabled(bool(table_copy.selected_rows(self.view)))
                shown = item.isVisible() and not item.isSeparator()
                if shown and item.objectName() not in ours and item not in menu.actions():
                    menu.addAction(item)
            elif not item.isHidden():
                menu.addAction(_mirror(item, menu))
        if menu.actions():
            menu.addSeparator()
        for part in self.extras:
            part(menu)
        for action in _copy_actions(self.view, menu):
            if action.objectName() not in {a.objectName() for a in menu.actions()}:
                menu.addAction(action)  # unless a part has it already
        return menu

    def _on_menu_destroyed(self, menu: QObject) -> None:
        if menu is self.menu:
            self.menu = None

    def _on_context_menu_requested(self, pos: QPoint) -> None:
        self.context_menu().popup(self.view.viewport().mapToGlobal(pos))

    # --- the header ----------------------------------------------------------------------
    def _install_header(self, header: QHeaderView) -> None:
        header.setSectionsMovable(True)
        if header.contextMenuPolicy() != Qt.ContextMenuPolicy.CustomContextMenu:
            header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            header.customContextMenuRequested.connect(self._on_header_menu_requested)
            self._owns_header_menu = True
        self._watches_header = True
        header.sectionResized.connect(self.save)
        header.sectionMoved.connect(self.save)
        header.sortIndicatorChanged.connect(self.save)
        header.sectionCountChanged.connect(self._on_section_count_changed)
        self.view.installEventFilter(self)
        if self.view.isVisible():
            self.restore()

    def detach(self) -> None:
        """Take back what was connected (another TableHabits replaces this one)."""
        view, header = self.view, header_of(self.view)
        if self._owns_menu:
            view.customContextMenuRequested.disconnect(self._on_context_menu_requested)
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.DefaultContextMenu)
        if header is not None and self._owns_header_menu:
            header.customContextMenuRequested.disconnect(self._on_header_menu_requested)
            header.setContextMenuPolicy(Qt.ContextMenuPolicy.DefaultContextMenu)
        if header is not None and self._watches_header:
            for signal in (header.sectionResized, header.sectionMoved, header.sortIndicatorChanged):
                signal.disconnect(self.save)
            header.sectionCountChanged.disconnect(self._on_section_count_changed)
        view.removeEventFilter(self)
        self._again.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Qt may still deliver an event while the Python side is being torn down (the view
        # closing with its window): then there is nothing left to restore.
        view = getattr(self, "view", None)
        if view is None or watched is not view or event.type() != QEvent.Type.Show:
            return False
        if not getattr(self, "_restored", True):
            self.restore()
        return False

    @property
    def restored(self) -> bool:
        """Whether the saved state was looked at (the table was shown with its columns)."""
        return self._restored

    def _on_section_count_changed(self, old: int, new: int) -> None:
        if not hasattr(self, "view"):  # torn down on the Python side (see eventFilter)
            return
        if not self._restored and old == 0 and new > 0 and self.view.isVisible():
            self.restore()

    def restore(self) -> bool:
        """Apply the saved header state (first the old setting it replaces, once); True when
        a saved state was applied. The layout before it is kept for "Reset columns"."""
        header = header_of(self.view)
        if header is None or header.count() == 0 or self.settings is None:
            return False
        self._restored = True
        before = header.saveState()
        if self._default is None:
            self._default = before
        saved = keys.get(self.settings, self.setting)
        if not saved and self.legacy is not None:
            legacy, self.legacy = self.legacy, None
            with self.quiet():
                moved = legacy(header)
            if moved:
                self.save()
            return moved
        self.legacy = None
        if not saved:
            return False
        count = header.count()
        with self.quiet():
            applied = header.restoreState(saved) and header.count() == count
            if not applied:  # saved for another set of columns: keep the screen's layout
                header.restoreState(before)
        if not applied:
            keys.remove(self.settings, self.setting)
        return applied

    def save(self, *_: object) -> None:
        """Keep the header's state (once restored, so the screen's first layout never
        overwrites the user's), now and once more when the event loop runs."""
        if not hasattr(self, "view"):  # torn down on the Python side (see eventFilter)
            return
        if self._save_now():
            self._again.start()

    def _save_now(self) -> bool:
        header = header_of(self.view)
        if not self._restored or self._applying or header is None or header.count() == 0:
            return False
        if self.settings is None:
            return False
        keys.set(self.settings, self.setting, header.saveState())
        return True

    def show_column(self, column: int, shown: bool) -> None:
        header = header_of(self.view)
        if header is not None:
            header.setSectionHidden(column, not shown)
            self._save_now()

    @contextmanager
    def quiet(self) -> Iterator[None]:
        """The screen lays the columns out itself: nothing of it is saved as the user's."""
        applying, self._applying = self._applying, True
        try:
            yield
        finally:
            self._applying = applying

    def reset(self) -> None:
        """Back to the screen's own layout; the saved state is forgotten."""
        header = header_of(self.view)
        if header is None or self._default is None or self.settings is None:
            return
        with self.quiet():
            header.restoreState(self._default)
            if self.fit is not None:
                self.fit()
        keys.remove(self.settings, self.setting)

    def header_menu(self) -> QMenu:
        """Show or hide each column (in the order shown), and "Reset columns"."""
        header = header_of(self.view)
        menu = QMenu(self.view)
        menu.setObjectName("tableHeaderMenu")
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        model = self.view.model()
        if header is None or model is None:
            return menu
        shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
        for visual in range(header.count()):
            column = header.logicalIndex(visual)
            text = model.headerData(column, Qt.Orientation.Horizontal)
            label = " ".join(str(text or "").split()) or tr("Column {number}").format(
                number=column + 1
            )
            action = menu.addAction(label)
            action.setObjectName(f"showColumn{column}")
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.setEnabled(column not in self.fixed and shown != [column])
            action.toggled.connect(lambda on, c=column: self.show_column(c, on))
        menu.addSeparator()
        reset = menu.addAction(tr("Reset columns"))
        reset.setObjectName("resetColumnsAction")
        reset.triggered.connect(self.reset)
        return menu

    def _on_header_menu_requested(self, pos: QPoint) -> None:
        header = header_of(self.view)
        if header is not None:
            self.header_menu().popup(header.mapToGlobal(pos))


def _mirror(button: QAbstractButton, parent: QObject) -> QAction:
    """A menu action that clicks `button`, with its text and enabled state of now."""
    text = button.text() or button.toolTip() or button.accessibleName()
    action = QAction(button.icon(), text, parent)
    action.setObjectName(f"{button.objectName() or 'button'}MenuAction")
    action.setEnabled(button.isEnabled())
    action.setToolTip(button.toolTip())
    action.triggered.connect(button.click)
    return action


def double_click_action(view: QAbstractItemView, text: str) -> QAction:
    """A row action doing what a double-click on the current row does (open it), for a
    table whose rows open that way; enabled in the menu when a row is chosen."""
    action = QAction(text, view)
    action.setObjectName("openRowAction")
    action.setProperty(NEEDS_ROW, True)

    def open_current() -> None:
        if view.currentIndex().isValid():
            view.doubleClicked.emit(view.currentIndex())

    action.triggered.connect(open_current)
    return action


def _copy_actions(view: QAbstractItemView, parent: QObject) -> list[QAction]:
    copy = QAction(tr("&Copy"), parent)
    copy.setObjectName("copyRowsAction")
    copy.setShortcut(QKeySequence(QKeySequence.StandardKey.Copy))
    copy.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # Ctrl+C is table_copy's
    model = view.model()
    copy.setEnabled(model is not None and model.rowCount() > 0)
    copy.triggered.connect(lambda: table_copy.copy_selected_rows(view))
    select = QAction(tr("Select &all"), parent)
    select.setObjectName("selectAllRowsAction")
    select.setShortcut(QKeySequence(QKeySequence.StandardKey.SelectAll))
    select.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    select.setEnabled(copy.isEnabled())
    select.triggered.connect(view.selectAll)
    return [copy, select]


def add_select_all(menu: QMenu, view: QAbstractItemView) -> None:
    """Select all, for a screen's own menu that has its Copy already."""
    menu.addAction(_copy_actions(view, menu)[1])


def install(
    view: QAbstractItemView,
    name: str,
    settings: QSettings | None,
    *actions: RowAction,
    fixed: Sequence[int] = (),
    legacy: Legacy | None = None,
    remember: bool = True,
    fit: Callable[[], None] | None = None,
    menu: bool = True,
) -> TableHabits:
    """Give `view` its context menu (`actions`, then Copy and Select all) and a header
    remembered as `name`. The header menu leaves `fixed` columns to the screen; `legacy`
    moves an older setting over once; `remember=False` where the screen fits the columns
    itself (keeping its own setting); `fit` is the screen's own column fitting, redone by
    "Reset columns"; `menu=False` where the view builds its menu in contextMenuEvent and
    adds `add_select_all` after its Copy. Without `settings` nothing is remembered."""
    table_copy.install(view)
    old = habits_of(view)
    if old is not None:
        old.detach()
        old.setParent(None)
        old.deleteLater()
    habits = TableHabits(
        view,
        name,
        settings,
        actions,
        fixed=fixed,
        legacy=legacy,
        remember=remember,
        fit=fit,
        menu=menu,
    )
    if old is not None:
        habits.extras = old.extras
    return habits


def extend_menu(view: QAbstractItemView, settings: QSettings, part: MenuPart) -> None:
    """Let `part` add its actions to the view's context menu (before Copy and Select all);
    the view gets its menu now and its name when the screen or `install_all` installs it."""
    habits = habits_of(view) or TableHabits(view, "", settings, remember=False)
    habits.extras.append(part)


def install_all(root: QWidget, settings: QSettings) -> None:
    """Copy on every view under `root`, and the habits on each one installed nowhere else
    (named after `root`'s class and the view's objectName)."""
    table_copy.install_all(root)
    views: list[QAbstractItemView] = [*root.findChildren(QTableView), *root.findChildren(QTreeView)]
    if isinstance(root, QTableView | QTreeView):
        views.append(root)
    unnamed: dict[str, int] = {}
    for view in views:
        name = view.objectName()
        if not name:  # the n-th unnamed view of its class, in the order built
            kind = type(view).__name__
            unnamed[kind] = unnamed.get(kind, 0) + 1
            name = f"{kind}{unnamed[kind]}"
        habits = habits_of(view)
        if habits is None or not habits.name:
            install(view, f"{type(root).__name__}.{name}", settings)


# --- settings kept by older versions, moved over once -------------------------------------
def from_old_state(settings: QSettings, old: keys.Setting[QByteArray]) -> Legacy:
    """An older header state (QHeaderView.saveState) of the same table."""

    def move(header: QHeaderView) -> bool:
        saved = keys.get(settings, old)
        keys.remove(settings, old)
        count = header.count()
        return bool(saved) and header.restoreState(saved) and header.count() == count

    return move


def from_old_hidden(settings: QSettings, old: keys.Setting[str], columns: Sequence[str]) -> Legacy:
    """An older list of hidden columns, comma-separated keys (`columns`: each column's key)."""

    def move(header: QHeaderView) -> bool:
        if not keys.has(settings, old):
            return False
        hidden = set(keys.get(settings, old).split(","))
        keys.remove(settings, old)
        for column, key in enumerate(columns):
            header.setSectionHidden(column, key in hidden)
        return True

    return move
