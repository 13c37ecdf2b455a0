"""Binding Designer form widgets to plain values, with the reason shown next to each field.

`FieldBinder` reads and writes a form as a dict {field: value}, tells when the user edited
something (`edited`), and shows validation messages in the `<field>Error` labels of the
form. Optional dates use a QDateEdit whose minimum stands for "not set" (Delete clears it).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

NO_DATE = QDate(1900, 1, 1)
NOT_SET = "Not set"
_STEP_KEYS = {Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown}


class _OptionalDateFilter(QObject):
    """Delete clears the date; typing or stepping into an empty date starts from today;
    the calendar of an empty date opens on the current month."""

    def __init__(self, edit: QDateEdit) -> None:
        super().__init__(edit)
        self._edit = edit
        self._calendar = edit.calendarWidget()  # created here, not inside eventFilter

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        edit = self._edit
        if watched is edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Delete:
                edit.setDate(NO_DATE)
                return True
            if edit.date() == NO_DATE and (event.key() in _STEP_KEYS or event.text().isdigit()):
                edit.setDate(QDate.currentDate())
                return True
        if watched is self._calendar and event.type() == QEvent.Type.Show:
            shown = edit.date() if edit.date() != NO_DATE else QDate.currentDate()
            self._calendar.setCurrentPage(shown.year(), shown.month())
        return False


def make_optional_date(edit: QDateEdit) -> None:
    edit.setCalendarPopup(True)
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText(NOT_SET)
    edit.setDate(NO_DATE)
    edit.setToolTip("Pick a date; Delete clears it.")
    filt = _OptionalDateFilter(edit)
    edit.installEventFilter(filt)
    filt._calendar.installEventFilter(filt)


def date_value(edit: QDateEdit) -> date | None:
    d = edit.date()
    return None if d == NO_DATE or not d.isValid() else date(d.year(), d.month(), d.day())


def set_date_value(edit: QDateEdit, value: date | None) -> None:
    edit.setDate(NO_DATE if value is None else QDate(value.year, value.month, value.day))


def fill_combo(
    combo: QComboBox, items: Iterable[tuple[Any, str]], blank: str | None = None
) -> None:
    """Replace the items (value, label), keeping the current value when it is still there."""
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
    if combo.isEditable():
        combo.setCurrentText("" if value is None else str(value))
        return
    wanted = None if value is None else str(value)
    index = combo.findData(wanted) if wanted is not None else combo.findData(None)
    if index < 0 and wanted is not None:
        combo.addItem(f"{wanted} (no longer listed)", wanted)
        index = combo.count() - 1
    combo.setCurrentIndex(max(index, 0))


def enum_items(enum: Any) -> list[tuple[str, str]]:
    return [(m.value, m.label) for m in enum]


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
        if isinstance(widget, QDateEdit):
            make_optional_date(widget)
            widget.dateChanged.connect(self._on_widget_changed)
        elif isinstance(widget, QLineEdit | QPlainTextEdit):
            widget.textChanged.connect(self._on_widget_changed)
        elif isinstance(widget, QComboBox):
            if widget.isEditable():
                widget.editTextChanged.connect(self._on_widget_changed)
            widget.currentIndexChanged.connect(self._on_widget_changed)
        elif isinstance(widget, QAbstractButton):
            widget.toggled.connect(self._on_widget_changed)
        elif isinstance(widget, QSpinBox):
            widget.valueChanged.connect(self._on_widget_changed)

    @property
    def names(self) -> list[str]:
        return list(self._widgets)

    def widget(self, name: str) -> QWidget:
        return self._widgets[name]

    def _on_widget_changed(self, *_args: Any) -> None:
        if not self._loading:
            self.edited.emit()

    def value(self, name: str) -> Any:
        w = self._widgets[name]
        raw: Any
        if isinstance(w, QDateEdit):
            raw = date_value(w)
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

    def set_value(self, name: str, value: Any) -> None:
        w = self._widgets[name]
        if isinstance(w, QDateEdit):
            set_date_value(w, value)
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
        """Messages into the labels next to the fields; returns messages that have no
        label of their own (shown elsewhere by the caller)."""
        for name, label in self._errors.items():
            message = errors.get(name, "")
            label.setText(message)
            label.setVisible(bool(message))
        for name, w in self._widgets.items():
            w.setToolTip(
                errors.get(name, "")
                or ("Pick a date; Delete clears it." if isinstance(w, QDateEdit) else "")
            )
        return [m for k, m in errors.items() if k not in self._errors]
