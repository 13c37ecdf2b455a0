"""File > Open Recent: the database files opened last, newest first, and Clear.

The list lives in QSettings (`database/recent`, one path a line). A file that has gone
since is still listed, marked "(missing)": choosing it says so and offers to take it off
the list. The temporary demo never enters the list (the window remembers no database
then), nor does a team server (File > Connect keeps its own list).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox

from cdmo_desktop.gui import settings as keys
from cdmo_desktop.gui.i18n import tr

if TYPE_CHECKING:
    from cdmo_desktop.gui.database_actions import DatabaseActions

LIMIT = 10


def entries(settings: QSettings) -> list[Path]:
    """The remembered files, newest first (missing ones included)."""
    text = keys.get(settings, keys.RECENT_FILES)
    return [Path(line) for line in text.splitlines() if line.strip()]


def _store(settings: QSettings, paths: list[Path]) -> None:
    if paths:
        keys.set(settings, keys.RECENT_FILES, "\n".join(str(p) for p in paths[:LIMIT]))
    else:
        keys.remove(settings, keys.RECENT_FILES)


def remember(settings: QSettings, path: Path) -> None:
    """Put `path` first (once: the same file under another spelling counts once)."""
    path = Path(path).expanduser().resolve()
    _store(settings, [path, *(p for p in entries(settings) if not _same(p, path))])


def forget(settings: QSettings, path: Path) -> None:
    _store(settings, [p for p in entries(settings) if not _same(p, Path(path))])


def clear(settings: QSettings) -> None:
    _store(settings, [])


def _same(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return a == b


def label(index: int, path: Path) -> str:
    """The menu text: an accelerator number, the name, its folder, and "(missing)"."""
    number = f"&{index + 1} " if index < 9 else ""
    missing = "" if path.is_file() else tr("  (missing)")
    name = path.name.replace("&", "&&")
    folder = str(path.parent).replace("&", "&&")
    return f"{number}{name} – {folder}{missing}"


class RecentMenu(QMenu):
    """The Open Recent submenu, rebuilt each time it opens."""

    def __init__(self, actions: DatabaseActions) -> None:
        super().__init__(tr("Open &Recent"), actions.parent_widget)
        self.setObjectName("recentMenu")
        self.setToolTipsVisible(True)
        self.actions_ = actions
        self.aboutToShow.connect(self.rebuild)
        self.rebuild()

    @property
    def settings(self) -> QSettings:
        return self.actions_.ctx.settings

    def rebuild(self) -> None:
        self.clear()
        paths = entries(self.settings)
        can_open = self.actions_.open_action.isEnabled()  # not before the store
        for index, path in enumerate(paths):
            action = QAction(label(index, path), self)
            action.setObjectName(f"recentFileAction{index}")
            action.setToolTip(str(path))
            action.setStatusTip(tr("Open {path}").format(path=path))
            action.setEnabled(can_open)
            action.triggered.connect(lambda _=False, p=path: self.open_recent(p))
            self.addAction(action)
        if not paths:
            empty = QAction(tr("No recent files"), self)
            empty.setObjectName("recentEmptyAction")
            empty.setEnabled(False)
            self.addAction(empty)
        self.addSeparator()
        clear_action = QAction(tr("&Clear Menu"), self)
        clear_action.setObjectName("clearRecentAction")
        clear_action.setEnabled(bool(paths))
        clear_action.triggered.connect(self.clear_entries)
        self.addAction(clear_action)

    def clear_entries(self) -> None:
        clear(self.settings)
        self.rebuild()

    def open_recent(self, path: Path) -> None:
        """Open `path`; a file that has gone is said, and can leave the list."""
        if not path.is_file():
            answer = QMessageBox.question(
                self.actions_.parent_widget,
                tr("File not found"),
                tr(
                    "{file} is no longer in {folder}: it was moved, renamed or deleted.\n\n"
                    "Remove it from the recent files?"
                ).format(file=path.name, folder=path.parent),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.Yes,
            )
            if answer == QMessageBox.StandardButton.Yes:
                forget(self.settings, path)
            self.rebuild()
            return
        self.actions_.open_file(path)


def install(actions: DatabaseActions, file_menu: QMenu) -> RecentMenu:
    """Add Open Recent to `file_menu`, after Open."""
    menu = RecentMenu(actions)
    entries_ = file_menu.actions()
    open_action = actions.open_action
    at = entries_.index(open_action) + 1 if open_action in entries_ else len(entries_)
    if at < len(entries_):
        file_menu.insertMenu(entries_[at], menu)
    else:
        file_menu.addMenu(menu)
    return menu


def database_changed(actions: DatabaseActions) -> None:
    """The window shows another database: a file it remembers goes first in the list."""
    ctx = actions.ctx
    if actions.window.remember_database and not ctx.on_server:
        remember(ctx.settings, ctx.database_path)
