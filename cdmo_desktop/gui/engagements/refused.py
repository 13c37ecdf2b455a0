"""Showing a refused save in an engagement form."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from cdmo_desktop.domain.validation import ValidationError
from cdmo_desktop.gui.i18n import message, tr
from cdmo_desktop.gui.undo import refusal_text
from cdmo_desktop.gui.widgets.fields import FieldBinder


def refused_errors(exc: Exception, key: str) -> dict[str, str]:
    """The reasons of a refused write by field; a refusal of the record as a whole (another
    record depends on it, it was deleted meanwhile) under `key`."""
    if isinstance(exc, ValidationError) and exc.errors:
        return exc.errors
    return {key: refusal_text(exc)}


def show_refusal(dialog: QWidget, binder: FieldBinder, exc: Exception) -> None:
    """A refused save of a dialog: a broken rule next to its field, anything else (or a
    rule of no field shown) in a message box."""
    unplaced = binder.show_errors(refused_errors(exc, ""))
    if unplaced:
        QMessageBox.warning(dialog, tr("Not saved"), " ".join(message(m) for m in unplaced))
