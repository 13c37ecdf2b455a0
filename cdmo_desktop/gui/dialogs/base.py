"""Dialogs that reopen where and at the size the user left them."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QWidget


class RememberedGeometryDialog(QDialog):
    """Saves its geometry in QSettings when it closes (accept, reject or the window's close
    button all go through `done`) and restores it the first time it is shown.

    The key is `dialogs/<geometry_key>/geometry`; `geometry_key` defaults to the class name,
    so every dialog class remembers its own size."""

    geometry_key: str = ""

    def __init__(self, parent: QWidget | None = None, settings: QSettings | None = None) -> None:
        super().__init__(parent)
        self._geometry_settings = settings if settings is not None else QSettings()
        self._geometry_restored = False

    @property
    def _settings_key(self) -> str:
        return f"dialogs/{self.geometry_key or type(self).__name__}/geometry"

    def restore_geometry(self) -> bool:
        saved = self._geometry_settings.value(self._settings_key, QByteArray(), type=QByteArray)
        return bool(saved) and self.restoreGeometry(saved)

    def save_geometry(self) -> None:
        self._geometry_settings.setValue(self._settings_key, self.saveGeometry())

    def showEvent(self, event: QShowEvent) -> None:
        if not self._geometry_restored:
            self._geometry_restored = True
            self.restore_geometry()
        super().showEvent(event)

    def done(self, result: int) -> None:
        self.save_geometry()
        super().done(result)
