"""The unsaved-changes prompt (Save / Discard / Cancel) and what each answer does.

Screens ask with `ask_unsaved` and act with `settle_unsaved`; tests replace `ask_unsaved`
in the module that calls it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget


def ask_unsaved(
    parent: QWidget, what: str, *, title: str = "Unsaved changes", question: str = ""
) -> str:
    """ "save", "discard" or "cancel" for unsaved edits of `what`. `question` replaces the
    default "Save your changes to <what>?"."""
    buttons = (
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel
    )
    answer = QMessageBox.question(
        parent,
        title,
        question or f"Save your changes to {what}?",
        buttons,
        QMessageBox.StandardButton.Save,
    )
    if answer == QMessageBox.StandardButton.Save:
        return "save"
    if answer == QMessageBox.StandardButton.Discard:
        return "discard"
    return "cancel"


def settle_unsaved(answer: str, save: Callable[[], bool], discard: Callable[[], object]) -> bool:
    """Act on an `ask_unsaved` answer. True when the caller may go on (saved, or the edits
    discarded); False when it stays (cancelled, or the save was refused)."""
    if answer == "save":
        return save()
    if answer == "discard":
        discard()
        return True
    return False
