"""The Help menu's Manual (F1) and Keyboard shortcuts: the actions, made with the window;
the manual's window and the shortcuts dialog (gui/help.py, many Qt classes of their own)
load when one is first shown, not before the window's first paint."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from cdmo_desktop.gui.i18n import tr

if TYPE_CHECKING:
    from cdmo_desktop.gui.help import HelpHost, HelpWindow, ShortcutsDialog


class HelpActions(QObject):
    """The Help menu's Manual (F1) and Keyboard shortcuts for one main window."""

    def __init__(self, window: HelpHost, menu: QMenu) -> None:
        super().__init__(window.window())
        self.main_window = window
        self.help_window: HelpWindow | None = None
        self.manual_action = QAction(tr("&Manual"), window.window())
        self.manual_action.setObjectName("manualAction")
        self.manual_action.setShortcuts(
            QKeySequence.keyBindings(QKeySequence.StandardKey.HelpContents) or [QKeySequence("F1")]
        )
        self.manual_action.setStatusTip(tr("The manual, at the page of the screen on show"))
        self.manual_action.triggered.connect(self.show_manual)
        self.shortcuts_action = QAction(tr("&Keyboard shortcuts"), window.window())
        self.shortcuts_action.setObjectName("keyboardShortcutsAction")
        self.shortcuts_action.setShortcut(QKeySequence("Ctrl+/"))
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        existing = menu.actions()
        if existing:
            menu.insertActions(existing[0], [self.manual_action, self.shortcuts_action])
            menu.insertSeparator(existing[0])
        else:
            menu.addActions([self.manual_action, self.shortcuts_action])

    def show_manual(self) -> HelpWindow:
        from cdmo_desktop.gui.help import HelpWindow, page_for

        if self.help_window is None:
            self.help_window = HelpWindow(self.main_window.window(), self.main_window.ctx.settings)
        self.help_window.show_page(page_for(self.main_window))
        self.help_window.show()
        self.help_window.raise_()
        self.help_window.activateWindow()
        return self.help_window

    def show_shortcuts(self) -> ShortcutsDialog:
        from cdmo_desktop.gui.help import ShortcutsDialog

        dialog = ShortcutsDialog(self.main_window.window(), self.main_window.ctx.settings)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog


def install_help_menu(window: HelpHost, menu: QMenu) -> HelpActions:
    """Manual (F1) and Keyboard shortcuts at the top of the Help `menu`."""
    return HelpActions(window, menu)
