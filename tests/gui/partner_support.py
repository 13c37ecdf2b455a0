"""Helpers of the partner screen tests."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget


def leave(widget: QWidget) -> None:
    """The user leaves the field after typing in it (what Tab or a click elsewhere does)."""
    edit = widget.lineEdit() if isinstance(widget, QComboBox) else widget
    assert isinstance(edit, QLineEdit)
    edit.editingFinished.emit()
