"""The questions the registers ask before a write (archive a partner, client or
engagement), worded the same way everywhere."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from cdmo_desktop.gui.i18n import tr


def ask_to_archive(parent: QWidget, noun: str, name: str, what_stays: str) -> bool:
    """True when the user confirms archiving the `noun` called `name`. `what_stays` says in
    one sentence what happens to it ("It leaves the register...; its history stays.").
    Callers pass `noun` and `what_stays` marked for translation; they are shown through tr()."""
    answer = QMessageBox.question(
        parent,
        tr("Archive {noun}").format(noun=tr(noun)),
        tr(
            "Archive “{name}”?\n\n{what_stays} Tick “Show archived” to find and restore it, "
            "or undo with Ctrl+Z."
        ).format(name=name, what_stays=tr(what_stays)),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes
