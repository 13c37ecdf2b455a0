"""The one screen protocol for saving and leaving, and the unsaved-changes prompt.

Every screen and workspace tab is `Editable`: `is_dirty()` (edits not yet written),
`save()` (write them through a store use case; False when refused, with the reason shown
next to the field) and `discard()` (forget them, showing the saved record again). A screen
without edits of its own answers False, True and nothing. Screens ask with `ask_unsaved`
and act with `settle_unsaved`; tests replace `ask_unsaved` in the module that calls it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, runtime_checkable

from PySide6.QtWidgets import QMessageBox, QWidget

from cdmo_desktop.gui.i18n import tr


@runtime_checkable
class Editable(Protocol):
    def is_dirty(self) -> bool: ...
    def save(self) -> bool: ...
    def discard(self) -> None: ...


class NothingToSave:
    """The screen protocol of a screen that only reads (the Portfolio): never dirty."""

    def is_dirty(self) -> bool:
        return False

    def save(self) -> bool:
        return True

    def discard(self) -> None:
        return None


def ask_unsaved(parent: QWidget, what: str, *, title: str = "", question: str = "") -> str:
    """ "save", "discard" or "cancel" for unsaved edits of `what`. `question` replaces the
    default "Save your changes to <what>?"; `title` the default "Unsaved changes". `what`
    comes marked for translation (QT_TR_NOOP("this client")) and is shown through tr()."""
    buttons = (
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel
    )
    answer = QMessageBox.question(
        parent,
        title or tr("Unsaved changes"),
        question or tr("Save your changes to {what}?").format(what=tr(what)),
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
