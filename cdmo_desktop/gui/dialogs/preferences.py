"""Edit > Preferences: the consultant's name (written to the change log), light or dark
colours, the language (at the next start) and where data lives."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget

from cdmo_desktop.gui import i18n, theme
from cdmo_desktop.gui import settings as keys
from cdmo_desktop.gui.dialogs.base import RememberedGeometryDialog
from cdmo_desktop.gui.forms.ui_preferences import Ui_PreferencesDialog
from cdmo_desktop.gui.i18n import tr
from cdmo_desktop.store.paths import backup_dir


class PreferencesDialog(RememberedGeometryDialog):
    """OK stays disabled while the name is empty; nothing is saved on Cancel."""

    def __init__(
        self, settings: QSettings, db_path: Path | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, settings)
        self.settings = settings
        self.ui = Ui_PreferencesDialog()
        self.ui.setupUi(self)
        self.ui.nameEdit.setText(keys.consultant_name(settings))
        self.ui.nameEdit.textChanged.connect(self._on_name_edit_text_changed)
        for value, label in theme.CHOICES:
            self.ui.schemeCombo.addItem(tr(label), value)
        self.ui.schemeCombo.setCurrentIndex(self.ui.schemeCombo.findData(theme.choice(settings)))
        # "System" first; each language by its own name, so that a user lost in a foreign
        # language still finds theirs.
        self.ui.languageCombo.addItem(tr("Same as the system"), "")
        for code, name in i18n.LANGUAGES:
            self.ui.languageCombo.addItem(name, code)
        chosen = self.ui.languageCombo.findData(keys.get(settings, keys.LANGUAGE))
        self.ui.languageCombo.setCurrentIndex(max(chosen, 0))
        if db_path is not None:
            self.ui.databasePath.setText(str(db_path))
            self.ui.backupsPath.setText(str(backup_dir(db_path)))
        else:
            for w in (
                self.ui.databaseLabel,
                self.ui.databasePath,
                self.ui.backupsLabel,
                self.ui.backupsPath,
            ):
                w.hide()
        self._on_name_edit_text_changed(self.ui.nameEdit.text())

    @property
    def name(self) -> str:
        return self.ui.nameEdit.text().strip()

    def _on_name_edit_text_changed(self, text: str) -> None:
        ok = bool(text.strip())
        self.ui.nameError.setText(
            "" if ok else tr("Enter your name: it is recorded with every edit.")
        )
        self.ui.nameError.setVisible(not ok)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def accept(self) -> None:
        if not self.name:
            return
        keys.set(self.settings, keys.CONSULTANT_NAME, self.name)
        chosen = self.scheme
        app = QApplication.instance()
        if chosen != theme.choice(self.settings) and isinstance(app, QApplication):
            theme.choose(app, self.settings, chosen)
        keys.set(self.settings, keys.LANGUAGE, self.language)
        super().accept()

    @property
    def scheme(self) -> theme.Choice:
        """ "system", "light" or "dark" as chosen in the Appearance box."""
        value = self.ui.schemeCombo.currentData()
        return value if value in ("light", "dark") else "system"

    @property
    def language(self) -> str:
        """The language chosen ("en", "de"), or "" to follow the system."""
        value = self.ui.languageCombo.currentData()
        return value if isinstance(value, str) else ""
