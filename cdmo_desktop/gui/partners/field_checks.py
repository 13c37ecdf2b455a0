"""When the partner forms tell the user what is wrong: on leaving a field, never while typing.

A half-typed country ("Swi"), time zone ("Europe/Zu") or date is not a mistake yet; saying
so at every keystroke made messages (and the form under them) jump while the user typed, so
a click landed in the wrong field. `FieldChecks` emits `left(field)` when the user finished
one edit: left a text field after typing in it (or pressed Return), picked an item, ticked
a box, chose a date or a tag. The form then shows the problems of the fields worth talking
about (`shown`): those the user has left, those that hold something, and every one after a
save was attempted. A required field nobody has visited yet ("Name is required." in a blank
dialog) stays quiet until then. Whether Save / OK may be pressed is still decided at every
change: that moves nothing on screen.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from cdmo_desktop.gui.partners.partner_fields import TagList
from cdmo_desktop.gui.widgets.fields import ParsedLineEdit

Source = QWidget | TagList


def finished_signals(source: Source) -> list[Any]:
    """The signals `source` emits when the user has finished one edit of it."""
    if isinstance(source, TagList):
        return [source.changed]
    if isinstance(source, ParsedLineEdit):
        return [source.editingFinished, source.value_changed]
    if isinstance(source, QComboBox):
        edit = source.lineEdit()
        return [source.currentIndexChanged] + ([edit.editingFinished] if edit else [])
    if isinstance(source, QSpinBox):
        return [source.editingFinished, source.valueChanged]
    if isinstance(source, QLineEdit):
        return [source.editingFinished]
    if isinstance(source, QAbstractButton):
        return [source.toggled]
    return []


def is_blank(source: Source) -> bool:
    """True when the field holds nothing the user typed or chose."""
    if isinstance(source, QLineEdit):
        return not source.text().strip()
    if isinstance(source, QComboBox):
        return not source.currentText().strip()
    if isinstance(source, QPlainTextEdit):
        return not source.toPlainText().strip()
    if isinstance(source, TagList):
        return not source.tags()
    return False


class FieldChecks(QObject):
    """Which fields' problems a form shows now.

    Signals:
        left(str): the user finished an edit of this field (see the module docstring).
    """

    left = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sources: dict[str, Source] = {}
        self._touched: set[str] = set()
        self._typed: set[str] = set()
        self._everything = False
        self._quiet = False

    def watch(self, field: str, source: Source) -> None:
        self._sources[field] = source
        for signal in finished_signals(source):
            signal.connect(lambda *_a, f=field: self._on_finished(f))
        edit = source.lineEdit() if isinstance(source, QComboBox) else source
        if isinstance(edit, QLineEdit):
            edit.textEdited.connect(lambda _text, f=field: self._typed.add(f))
        if isinstance(source, QComboBox):
            source.activated.connect(lambda _index, f=field: self._typed.add(f))

    def _on_finished(self, field: str) -> None:
        if self._quiet:
            return
        source = self._sources[field]
        if field in self._typed or not isinstance(source, QLineEdit | QComboBox):
            self._touched.add(field)  # passing through a field without typing is no visit
        self.left.emit(field)

    def quiet(self, on: bool) -> None:
        """While on, programmatic loading of the form does not count as the user's edit."""
        self._quiet = on

    def reset(self) -> None:
        """A fresh form (loaded, saved or discarded): nothing left, nothing attempted."""
        self._touched.clear()
        self._typed.clear()
        self._everything = False

    def attempted(self) -> None:
        """The user tried to save: every problem is worth showing."""
        self._everything = True

    def shown(self, errors: dict[str, str]) -> dict[str, str]:
        """The problems to show of `errors` (see the module docstring)."""
        if self._everything:
            return dict(errors)
        out = {}
        for field, message in errors.items():
            source = self._sources.get(field)
            if source is None or field in self._touched or not is_blank(source):
                out[field] = message
        return out
