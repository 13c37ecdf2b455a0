"""Dialogs that reopen where and at the size the user left them, and dialogs that edit a
record (OK saves; closing with unsaved edits asks first)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QWidget

from cdmo_desktop.gui import accessibility, unsaved
from cdmo_desktop.gui import settings as keys
from cdmo_desktop.gui.i18n import QT_TR_NOOP
from cdmo_desktop.gui.widgets import table_habits


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
    def _geometry_setting(self) -> keys.Setting[QByteArray]:
        return keys.DIALOG_GEOMETRY.at(self.geometry_key or type(self).__name__)

    def restore_geometry(self) -> bool:
        saved = keys.get(self._geometry_settings, self._geometry_setting)
        return bool(saved) and self.restoreGeometry(saved)

    def save_geometry(self) -> None:
        keys.set(self._geometry_settings, self._geometry_setting, self.saveGeometry())

    def showEvent(self, event: QShowEvent) -> None:
        if not self._geometry_restored:
            self._geometry_restored = True
            self.restore_geometry()
        table_habits.install_all(self, self._geometry_settings)  # copy, menus, headers
        accessibility.install_all(self)  # names for a screen reader
        super().showEvent(event)

    def done(self, result: int) -> None:
        self.save_geometry()
        super().done(result)


class RecordDialog(RememberedGeometryDialog):
    """Edits one record. OK closes only once `save()` went through; Cancel, Esc or the
    close button with unsaved edits (`_dirty`) ask Save / Discard / Cancel first.

    Subclasses connect their button box's accepted signal to `_on_button_box_accepted`,
    define `save() -> bool` (False: refused, reasons shown) and name the record in
    `unsaved_what` (QT_TR_NOOP("this client"): shown through tr())."""

    unsaved_what = QT_TR_NOOP("this record")
    _dirty = False

    def _on_button_box_accepted(self) -> None:
        if self.save():  # type: ignore[attr-defined]
            self.accept()

    def reject(self) -> None:
        answer = unsaved.ask_unsaved(self, self.unsaved_what) if self._dirty else "discard"
        if answer == "save":
            self._on_button_box_accepted()
        elif answer == "discard":
            super().reject()
