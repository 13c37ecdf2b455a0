"""The field helpers of every form: the one place to take editors and binders from.

Editors (promote a QLineEdit or QComboBox to them in Designer, header
`cdmo_desktop.gui.widgets.fields`, or make them in code):
- `DateField`: an optional date typed as "7 Dec 2026", "2026-12-07" or in the locale's
  digits, with a clear button and a calendar; empty means not set.
- `AmountField`: an optional Decimal amount in the locale's notation; a decimal comma is read
  correctly or refused with a message, never misread.
- `CountryPicker`: a searchable country combo holding an ISO code; "Ind" + Return is India.
All three hold `value()` / `set_value()`; `value()` raises ValueError with the reason when
the text cannot be read, shown next to the field by `set_message_label` or `FieldBinder`.

Combo boxes: `fill_combo(combo, [(value, label), ...], blank=...)`, `combo_value(combo)` and
`set_combo_value(combo, value)`, which keeps a stored value that is no longer among the
items as "<value> (no longer listed)" so that saving the form unchanged writes it back.

`FieldBinder` reads and writes a form as a dict {field: value}, tells when the user edited
something (`edited`), and shows messages in the `<field>Error` labels of the form.

"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from enum import Enum
from typing import Any, Protocol, runtime_checkable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from cdmo_desktop.gui import i18n
from cdmo_desktop.gui.i18n import tr
from cdmo_desktop.gui.widgets.country_picker import NO_LONGER_LISTED, CountryPicker
from cdmo_desktop.gui.widgets.text_fields import NOT_SET, AmountField, DateField, ParsedLineEdit

__all__ = [
    "NOT_SET",
    "AmountField",
    "CountryPicker",
    "DateField",
    "FieldBinder",
    "ParsedLineEdit",
    "ValueWidget",
    "changed_signal",
    "combo_value",
    "enum_items",
    "fill_combo",
    "set_combo_value",
    "show_error",
]


def fill_combo(
    combo: QComboBox, items: Iterable[tuple[Any, str]], blank: str | None = None
) -> None:
    """Replace the items (value, label), keeping the current value (added back as "no
    longer listed" when the new items lack it)."""
    current = combo_value(combo) if combo.count() else None
    combo.blockSignals(True)
    combo.clear()
    if blank is not None:
        combo.addItem(blank, None)
    for value, text in items:
        combo.addItem(text, value)
    if current is not None or blank is not None:
        set_combo_value(combo, current)
    combo.blockSignals(False)


def combo_value(combo: QComboBox) -> Any:
    if combo.isEditable():
        return combo.currentText().strip()
    return combo.currentData()


def set_combo_value(combo: QComboBox, value: Any) -> None:
    """Select the item whose data is `value` (an enum member stands for its value; a value
    also matches an item holding it as text, as Designer-filled items do).

    A value that is not among the items (a choice since retired from the list, a record
    since archived) is added as "<value> (no longer listed)" and selected, so the form
    shows what is stored and saving it unchanged writes the same value back. None selects
    the item holding None (the blank one), else the first item. An editable combo shows
    the value as its text."""
    raw = value.value if isinstance(value, Enum) else value
    if combo.isEditable():
        combo.setCurrentText("" if raw is None else str(raw))
        return
    index = combo.findData(raw)
    if index < 0 and raw is not None and not isinstance(raw, str):
        index = combo.findData(str(raw))
    if index < 0 and raw is not None:
        combo.addItem(tr(NO_LONGER_LISTED).format(raw), raw)
        index = combo.count() - 1
    combo.setCurrentIndex(max(index, 0))


def enum_items(enum: Any) -> list[tuple[str, str]]:
    """(value, label) of every member, the label in the user's language."""
    return [(m.value, i18n.message(m.label)) for m in enum]


def show_error(label: QLabel, message: str) -> None:
    """`message` in the label next to a field, in the user's language (a sentence of the
    domain or the store is translated here); the label hides while there is none."""
    label.setText(i18n.message(message))
    label.setVisible(bool(message))


def changed_signal(widget: QWidget) -> Any:
    """The signal a widget emits when the user changes its value (None for a widget that
    holds no value)."""
    if isinstance(widget, QLineEdit | QPlainTextEdit):
        return widget.textChanged
    if isinstance(widget, QComboBox):
        return widget.currentTextChanged if widget.isEditable() else widget.currentIndexChanged
    if isinstance(widget, QAbstractButton):
        return widget.toggled
    if isinstance(widget, QSpinBox):
        return widget.valueChanged
    return None


@runtime_checkable
class ValueWidget(Protocol):
    """An editor that holds one value: DateField, AmountField, CountryPicker."""

    def value(self) -> Any: ...

    def set_value(self, value: Any) -> None: ...


class FieldBinder(QObject):
    """A form's fields as {name: value}. Signals: edited() after any user change."""

    edited = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._widgets: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}
        self._convert: dict[str, Callable[[Any], Any]] = {}
        self._loading = False

    def add(
        self,
        name: str,
        widget: QWidget,
        error: QLabel | None = None,
        convert: Callable[[Any], Any] | None = None,
    ) -> None:
        self._widgets[name] = widget
        if error is not None:
            self._errors[name] = error
            error.hide()
        if convert is not None:
            self._convert[name] = convert
        if isinstance(widget, ParsedLineEdit):
            widget.set_message_label(error)
        if isinstance(widget, QComboBox) and widget.isEditable():
            widget.editTextChanged.connect(self._on_widget_changed)
            widget.currentIndexChanged.connect(self._on_widget_changed)
        elif (signal := changed_signal(widget)) is not None:
            signal.connect(self._on_widget_changed)

    @property
    def names(self) -> list[str]:
        return list(self._widgets)

    def widget(self, name: str) -> QWidget:
        return self._widgets[name]

    def _on_widget_changed(self, *_args: Any) -> None:
        if not self._loading:
            self.edited.emit()

    def value(self, name: str) -> Any:
        """The field's value; ValueError with the reason for a DateField, AmountField or
        CountryPicker whose text cannot be read (see `read`)."""
        w = self._widgets[name]
        raw: Any
        if isinstance(w, ValueWidget):
            raw = w.value()
        elif isinstance(w, QLineEdit):
            raw = w.text().strip()
        elif isinstance(w, QPlainTextEdit):
            raw = w.toPlainText().strip()
        elif isinstance(w, QComboBox):
            raw = combo_value(w)
        elif isinstance(w, QCheckBox):
            raw = w.isChecked()
        elif isinstance(w, QSpinBox):
            raw = w.value()
        else:
            raise TypeError(f"cannot read a {type(w).__name__}")
        convert = self._convert.get(name)
        return convert(raw) if convert is not None and raw not in (None, "") else raw

    def values(self) -> dict[str, Any]:
        return {name: self.value(name) for name in self._widgets}

    def read(self) -> tuple[dict[str, Any], dict[str, str]]:
        """The values of the fields that can be read, and {field: reason} for those that
        cannot (a date or amount typed in a form that is not one)."""
        values: dict[str, Any] = {}
        problems: dict[str, str] = {}
        for name in self._widgets:
            try:
                values[name] = self.value(name)
            except ValueError as exc:
                problems[name] = str(exc)
        return values, problems

    def set_value(self, name: str, value: Any) -> None:
        w = self._widgets[name]
        if isinstance(w, ValueWidget):
            w.set_value(value)
        elif isinstance(w, QLineEdit):
            w.setText("" if value is None else str(value))
            w.home(False)  # a long value reads from its start, not its end
        elif isinstance(w, QPlainTextEdit):
            w.setPlainText("" if value is None else str(value))
        elif isinstance(w, QComboBox):
            set_combo_value(w, getattr(value, "value", value))
        elif isinstance(w, QCheckBox):
            w.setChecked(bool(value))
        elif isinstance(w, QSpinBox):
            w.setValue(int(value or 0))

    def load(self, values: dict[str, Any]) -> None:
        """Show `values` without counting it as an edit."""
        self._loading = True
        try:
            for name, value in values.items():
                if name in self._widgets:
                    self.set_value(name, value)
        finally:
            self._loading = False

    def show_errors(self, errors: dict[str, str]) -> list[str]:
        """Messages into the labels next to the fields (include the problems `read`
        found); returns messages that have no label of their own (shown elsewhere by the
        caller)."""
        for name, label in self._errors.items():
            show_error(label, errors.get(name, ""))
        shown = {name: i18n.message(m) for name, m in errors.items()}
        for name, w in self._widgets.items():
            if isinstance(w, ParsedLineEdit):
                w.setToolTip(shown.get(name, "") or w.hint())
                continue
            w.setToolTip(shown.get(name, ""))
        return [m for k, m in shown.items() if k not in self._errors]
