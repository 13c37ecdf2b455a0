"""First start with no database: the demo portfolio, an empty database, or an existing file."""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from cdmo_desktop.gui import settings as keys
from cdmo_desktop.gui.dialogs.base import RememberedGeometryDialog
from cdmo_desktop.gui.forms.ui_welcome import Ui_WelcomeDialog
from cdmo_desktop.gui.i18n import tr


class WelcomeChoice(Enum):
    DEMO = "demo"
    EMPTY = "empty"
    OPEN = "open"
    QUIT = "quit"


class WelcomeDialog(RememberedGeometryDialog):
    """`exec()` then read `choice`; the name typed here is saved when a choice is made."""

    def __init__(
        self,
        settings: QSettings,
        empty_path: Path,
        missing_path: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, settings)
        self.settings = settings
        self.choice = WelcomeChoice.QUIT
        self.ui = Ui_WelcomeDialog()
        self.ui.setupUi(self)
        self.ui.emptyButton.setDescription(
            tr("For your own partners and engagements, created at {path}.").format(path=empty_path)
        )
        if missing_path is not None:
            self.ui.missingLabel.setText(
                tr(
                    "The database you used last, {path}, is no longer there (moved, renamed "
                    "or on a drive that is not connected)."
                ).format(path=missing_path)
            )
            self.ui.missingLabel.setVisible(True)
        quit_button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
        quit_button.setText(tr("Quit"))
        quit_button.setObjectName("quitButton")
        self.ui.nameEdit.setText(keys.consultant_name(settings))
        self.ui.nameEdit.textChanged.connect(self._on_name_edit_text_changed)
        self.ui.demoButton.clicked.connect(lambda: self._choose(WelcomeChoice.DEMO))
        self.ui.emptyButton.clicked.connect(lambda: self._choose(WelcomeChoice.EMPTY))
        self.ui.openButton.clicked.connect(lambda: self._choose(WelcomeChoice.OPEN))
        self.ui.demoButton.setFocus()

    @property
    def name(self) -> str:
        return self.ui.nameEdit.text().strip()

    def _on_name_edit_text_changed(self, text: str) -> None:
        for button in (self.ui.demoButton, self.ui.emptyButton, self.ui.openButton):
            button.setEnabled(bool(text.strip()))

    def _choose(self, choice: WelcomeChoice) -> None:
        if not self.name:
            return
        keys.set(self.settings, keys.CONSULTANT_NAME, self.name)
        self.choice = choice
        self.accept()
