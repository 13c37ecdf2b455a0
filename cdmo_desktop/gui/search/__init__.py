"""Search everything (issue 18): Ctrl+K opens one search over every kind of record
(store.search_everything) in a popup over the window; Ctrl+F does too on the screens that
have no search box of their own. Enter opens the hit's record (gui.search.opening).

    install_search(window)   # one line in MainWindow._build_menus
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLineEdit, QMainWindow, QMenu, QWidget

from cdmo_desktop.gui.i18n import tr

if TYPE_CHECKING:
    from cdmo_desktop.gui.search.opening import Window
    from cdmo_desktop.gui.search.popup import SearchPopup
    from cdmo_desktop.store.search_results import Hit, Results

SEARCH_KEYS = "Ctrl+K"


class SearchEverything(QObject):
    """The window's search: its actions (Ctrl+K always; Ctrl+F where the page on show
    has no Find of its own) and the popup, made on first use."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.main = window
        self.window = cast("Window", window)
        self.popup: SearchPopup | None = None
        self.action = QAction(tr("&Search Everything…"), window)
        self.action.setObjectName("searchEverythingAction")
        self.action.setShortcut(QKeySequence(SEARCH_KEYS))
        self.action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.action.setStatusTip(
            tr("Search partners, engagements, risks, decisions, actions and everything else")
        )
        self.action.triggered.connect(self.open)
        self.find_action = QAction(tr("Find"), window)
        self.find_action.setObjectName("searchEverythingFindAction")
        self.find_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Find))
        self.find_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.find_action.triggered.connect(self.find)
        window.addAction(self.action)
        window.addAction(self.find_action)
        menu = window.findChild(QMenu, "editMenu")
        if menu is not None:
            menu.addSeparator()
            menu.addAction(self.action)
        self.window.stack.currentChanged.connect(self._on_stack_current_changed)
        self._on_stack_current_changed()

    def _on_stack_current_changed(self, *_args: object) -> None:
        """Ctrl+F belongs to the page when it has a Find of its own (two enabled actions
        with one shortcut would make Qt run neither)."""
        page = self.window.stack.currentWidget()
        self.find_action.setEnabled(page is None or not _has_own_find(page))

    def find(self) -> None:
        """Ctrl+F: the page's own search box when it shows one (the Risks screen and tab),
        else the search across everything."""
        page = self.window.stack.currentWidget()
        boxes = page.findChildren(QLineEdit) if page is not None else []
        for box in boxes:
            if "search" in box.objectName().lower() and box.isVisible() and box.isEnabled():
                box.setFocus(Qt.FocusReason.ShortcutFocusReason)
                box.selectAll()
                return
        self.open()

    def open(self) -> SearchPopup | None:
        """Show the popup (the database still opening: nothing to search yet)."""
        if not self.window.ctx.has_store:
            self.main.statusBar().showMessage(
                tr("The database is still being opened; search in a moment."), 4000
            )
            return None
        if self.popup is None:
            from cdmo_desktop.gui.search.popup import SearchPopup

            self.popup = SearchPopup(self.main, self._search)
            self.popup.opened.connect(self._on_popup_opened)
        self.popup.popup()
        return self.popup

    def _search(self, typed: str) -> Results:
        from cdmo_desktop.store.search_everything import search

        return search(self.window.ctx.store, typed)

    def _on_popup_opened(self, hit: Hit) -> None:
        from cdmo_desktop.gui.search.opening import open_hit

        open_hit(self.window, hit)


def _has_own_find(page: QWidget) -> bool:
    find = set(QKeySequence.keyBindings(QKeySequence.StandardKey.Find))
    for action in page.findChildren(QAction):
        if action.isEnabled() and find & set(action.shortcuts()):
            return True
    return any(action.isEnabled() and find & set(action.shortcuts()) for action in page.actions())


def install_search(window: QMainWindow) -> SearchEverything:
    """Ctrl+K (Edit > Search Everything…) and Ctrl+F on pages without their own Find."""
    return SearchEverything(window)
