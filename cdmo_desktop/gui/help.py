"""Help: the manual bundled with the app (resources/manual/*.html, a page per screen) in a
window of its own, opened by F1 at the page of the screen on show; Help > Keyboard
shortcuts, a list generated from the window's actions (so it is never stale).

`help_menu.install_help_menu(window, menu)` adds both to the Help menu (apart from this
module, which loads only when one of them is first shown).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtGui import QAction, QKeySequence, QShortcut, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from cdmo_desktop.gui.dialogs.base import RememberedGeometryDialog
from cdmo_desktop.gui.i18n import tr
from cdmo_desktop.gui.reports.report_output import fit_on_screen
from cdmo_desktop.resources import resources_dir

if TYPE_CHECKING:
    from cdmo_desktop.gui.context import AppContext


class HelpHost(Protocol):
    """What help needs of the main window: its pages and its context."""

    @property
    def ctx(self) -> AppContext: ...
    @property
    def stack(self) -> QStackedWidget: ...
    def window(self) -> QWidget: ...  # the main window itself


INDEX = "index.html"
# The manual's page of each screen and detail page (pages.SCREENS keys, detail kinds).
PAGE_OF = {
    "portfolio": "portfolio.html",
    "partners": "partners.html",
    "clients": "clients.html",
    "engagements": "engagements.html",
    "risks": "risks.html",
    "schedule": "schedule.html",
    "reports": "reports.html",
    "partner": "partner.html",
    "engagement": "engagement.html",
}
_TITLE = re.compile(r"<title>(.*?)</title>", re.S | re.I)
_TAG = re.compile(r"<[^>]+>")


def manual_dir() -> Path:
    return resources_dir() / "manual"


@dataclass(frozen=True)
class ManualPage:
    name: str  # file name
    title: str
    text: str  # plain text, for the search


@cache
def manual_pages() -> tuple[ManualPage, ...]:
    """Every page of the manual, the contents page first, then by title."""
    pages = []
    for path in manual_dir().glob("*.html"):
        source = path.read_text(encoding="utf-8")
        found = _TITLE.search(source)
        title = html.unescape(found.group(1).strip()) if found else path.stem
        text = html.unescape(" ".join(_TAG.sub(" ", source).split()))
        pages.append(ManualPage(path.name, title, text))
    pages.sort(key=lambda p: (p.name != INDEX, p.title.casefold()))
    return tuple(pages)


def search(term: str) -> list[ManualPage]:
    """Pages holding every word of `term` (any case), the most mentions first."""
    words = [w.casefold() for w in term.split() if w.strip()]
    if not words:
        return []
    hits = []
    for page in manual_pages():
        text = page.text.casefold()
        if all(w in text for w in words):
            hits.append((-sum(text.count(w) for w in words), page.title.casefold(), page))
    return [page for *_key, page in sorted(hits, key=lambda h: (h[0], h[1]))]


def page_for(window: HelpHost) -> str:
    """The manual's page of what the window shows (the contents when it has none)."""
    page = window.stack.currentWidget()
    if page is None:
        return INDEX
    key = page.property("screen_key") or page.property("detail_kind")
    return PAGE_OF.get(str(key), INDEX) if key else INDEX


class HelpWindow(RememberedGeometryDialog):
    """The manual: contents (or search results) on the left, the page on the right,
    Back/Forward/Contents in the tool bar, Ctrl+F to search."""

    def __init__(self, parent: QWidget | None = None, settings: QSettings | None = None) -> None:
        super().__init__(parent, settings)
        self.setObjectName("helpWindow")
        self.setWindowTitle(tr("Partnership Desk manual"))
        self.setAccessibleName(tr("Manual"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.setModal(False)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("helpBrowser")
        self.browser.setAccessibleName(tr("Manual page"))
        self.browser.setSearchPaths([str(manual_dir())])
        self.browser.setOpenExternalLinks(True)
        self.browser.sourceChanged.connect(self._on_browser_source_changed)

        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("helpSearch")
        self.search_edit.setAccessibleName(tr("Search the manual"))
        self.search_edit.setPlaceholderText(tr("Search the manual (Ctrl+F)"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self._on_search_text_changed)
        self.search_edit.returnPressed.connect(self._on_search_return_pressed)
        self.contents = QListWidget(self)
        self.contents.setObjectName("helpContents")
        self.contents.setAccessibleName(tr("Manual contents"))
        self.contents.itemActivated.connect(self._on_contents_item_activated)
        self.contents.itemClicked.connect(self._on_contents_item_activated)
        self.hint = QLabel(self)
        self.hint.setObjectName("helpSearchHint")
        self.hint.setWordWrap(True)
        self.hint.hide()

        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.search_edit)
        column.addWidget(self.hint)
        column.addWidget(self.contents, 1)
        splitter = QSplitter(self)
        splitter.setObjectName("helpSplitter")
        splitter.addWidget(left)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([220, 640])

        bar = QToolBar(self)
        bar.setObjectName("helpToolBar")
        K = QKeySequence
        self.back_action = self._action(
            "helpBackAction", tr("Back"), self.browser.backward, K.StandardKey.Back
        )
        self.forward_action = self._action(
            "helpForwardAction", tr("Forward"), self.browser.forward, K.StandardKey.Forward
        )
        self.home_action = self._action(
            "helpContentsAction", tr("Contents"), lambda: self.show_page(INDEX), "Alt+Home"
        )
        self.find_action = self._action(
            "helpFindAction", tr("Search"), self._focus_search, K.StandardKey.Find
        )
        self._action("helpFindNextAction", tr("Find next"), self.find_next, K.StandardKey.FindNext)
        for a in (self.back_action, self.forward_action, self.home_action):
            bar.addAction(a)
        self.browser.backwardAvailable.connect(self.back_action.setEnabled)
        self.browser.forwardAvailable.connect(self.forward_action.setEnabled)
        self.back_action.setEnabled(False)
        self.forward_action.setEnabled(False)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 6)
        layout.addWidget(bar)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.resize(900, 640)
        self._list(manual_pages())

    def _action(
        self, name: str, text: str, slot: object, keys: QKeySequence.StandardKey | str
    ) -> QAction:
        a = QAction(text, self)
        a.setObjectName(name)
        a.setShortcut(QKeySequence(keys))
        native = a.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        a.setToolTip(f"{text} ({native})" if native else text)
        a.triggered.connect(slot)
        self.addAction(a)
        return a

    def restore_geometry(self) -> bool:
        """The size the user left it at, shrunk to fit a small screen."""
        restored = super().restore_geometry()
        fit_on_screen(self)
        return restored

    # --- pages ------------------------------------------------------------------------
    def show_page(self, name: str) -> None:
        path = manual_dir() / name
        if not path.is_file():
            path = manual_dir() / INDEX
        self.browser.setSource(QUrl.fromLocalFile(str(path)))

    @property
    def current_page(self) -> str:
        return Path(self.browser.source().toLocalFile()).name

    def _on_browser_source_changed(self, _url: QUrl) -> None:
        name = self.current_page
        for row in range(self.contents.count()):
            item = self.contents.item(row)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == name:
                self.contents.blockSignals(True)
                self.contents.setCurrentRow(row)
                self.contents.blockSignals(False)
        term = self.search_edit.text().strip()
        if term:
            self.browser.moveCursor(self.browser.textCursor().MoveOperation.Start)
            self.browser.find(term.split()[0])

    def _list(self, pages: tuple[ManualPage, ...] | list[ManualPage]) -> None:
        self.contents.clear()
        for page in pages:
            item = QListWidgetItem(page.title)
            item.setData(Qt.ItemDataRole.UserRole, page.name)
            self.contents.addItem(item)

    def _on_contents_item_activated(self, item: QListWidgetItem) -> None:
        self.show_page(str(item.data(Qt.ItemDataRole.UserRole)))

    # --- search -----------------------------------------------------------------------
    def _focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def _on_search_text_changed(self, text: str) -> None:
        self.hint.setVisible(bool(text.strip()))
        if not text.strip():
            self.hint.clear()
            self._list(manual_pages())
            return
        hits = search(text)
        self._list(hits)
        if not hits:
            hint = tr("No page mentions “{text}”.")
        elif len(hits) == 1:
            hint = tr("1 page mentions “{text}”. Enter opens it; F3 finds the next place.")
        else:
            hint = tr("{count} pages mention “{text}”. Enter opens the first; F3 finds the next.")
        self.hint.setText(hint.format(count=len(hits), text=text.strip()))

    def _on_search_return_pressed(self) -> None:
        item = self.contents.item(0)
        if item is not None and self.search_edit.text().strip():
            self.show_page(str(item.data(Qt.ItemDataRole.UserRole)))

    def find_next(self) -> bool:
        """The next place the searched word appears on the page (wrapping to the top)."""
        term = self.search_edit.text().strip()
        if not term:
            return False
        word = term.split()[0]
        if self.browser.find(word):
            return True
        self.browser.moveCursor(self.browser.textCursor().MoveOperation.Start)
        return self.browser.find(word, QTextDocument.FindFlag(0))


# --- keyboard shortcuts ---------------------------------------------------------------


def shortcut_rows(window: QWidget) -> list[tuple[str, str, str]]:
    """(where, what, keys) for every action of the window's menus and the screen on show
    that has a shortcut, menus first, in menu order."""
    rows: list[tuple[str, str, str]] = []
    seen: set[int] = set()

    def keys_of(action: QAction) -> str:
        return ", ".join(
            k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()
        )

    def walk(menu: QMenu, where: str) -> None:
        for action in menu.actions():
            sub = action.menu()
            if isinstance(sub, QMenu):
                walk(sub, f"{where} > {_plain(action.text())}")
            elif action.shortcuts() and id(action) not in seen:
                seen.add(id(action))
                rows.append((where, _plain(action.text()), keys_of(action)))

    bar = getattr(window, "menuBar", None)
    if bar is not None:
        for top in bar().actions():
            menu = top.menu()
            if isinstance(menu, QMenu):
                walk(menu, _plain(top.text()))
    for action in window.findChildren(QAction):
        if action.shortcuts() and id(action) not in seen and _visible_owner(action):
            seen.add(id(action))
            rows.append((tr("This screen"), _plain(action.text()), keys_of(action)))
    for shortcut in window.findChildren(QShortcut):
        parent = shortcut.parent()
        if isinstance(parent, QWidget) and parent.isVisible() and shortcut.isEnabled():
            what = shortcut.whatsThis() or _plain(parent.accessibleName() or parent.objectName())
            text = shortcut.key().toString(QKeySequence.SequenceFormat.NativeText)
            if text and what:
                rows.append((tr("This screen"), what, text))
    rows.append(
        (tr("Everywhere"), tr("Copy the selected rows of a table with their header"), "Ctrl+C")
    )
    return rows


def _visible_owner(action: QAction) -> bool:
    parent = action.parent()
    return isinstance(parent, QWidget) and parent.isVisible() and bool(action.text())


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(".…").strip()


class ShortcutsDialog(RememberedGeometryDialog):
    """Help > Keyboard shortcuts: a filterable table of what the window's keys do."""

    def __init__(self, window: QWidget, settings: QSettings | None = None) -> None:
        super().__init__(window, settings)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(tr("Keyboard shortcuts"))
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("shortcutsFilter")
        self.filter_edit.setAccessibleName(tr("Filter the shortcuts"))
        self.filter_edit.setPlaceholderText(tr("Type to filter: an action or a key"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._on_filter_text_changed)
        rows = shortcut_rows(window)
        self.table = QTableWidget(len(rows), 3, self)
        self.table.setObjectName("shortcutsTable")
        self.table.setAccessibleName(tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([tr("Action"), tr("Keys"), tr("Where")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        for r, (where, what, keys) in enumerate(rows):
            for c, text in enumerate((what, keys, where)):
                self.table.setItem(r, c, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.filter_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(640, 560)

    def _on_filter_text_changed(self, text: str) -> None:
        needle = text.strip().casefold()
        for r in range(self.table.rowCount()):
            cells = (self.table.item(r, c) for c in range(3))
            row = " ".join(i.text() for i in cells if i is not None).casefold()
            self.table.setRowHidden(r, bool(needle) and needle not in row)


# --- wiring ----------------------------------------------------------------------------
