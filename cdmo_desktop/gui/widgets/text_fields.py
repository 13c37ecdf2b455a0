"""Line edits that read typed text as a value (a date, an amount) in the widget's locale.

A text that cannot be read is kept as typed and its reason is shown in the message label
next to the field (`set_message_label`) and as the field's tooltip; `value()` then raises
ValueError with that reason, so a form that saves reports it instead of storing another
value. When editing finishes, a readable text is rewritten in its usual form ("7/12/2026"
becomes "7 Dec 2026"), so the user sees what was understood.

Both classes can be promoted from a QLineEdit in Designer (header
`cdmo_desktop.gui.widgets.fields`); they are imported from there.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QDate, QEvent, QLocale, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCalendarWidget, QLabel, QLineEdit, QWidget

from cdmo_desktop.domain import clock
from cdmo_desktop.gui.format import (
    date_text,
    number_text,
    numeric_date_text,
    parse_amount,
    parse_date,
)
from cdmo_desktop.gui.i18n import QT_TR_NOOP, tr
from cdmo_desktop.gui.icons import icon

NOT_SET = QT_TR_NOOP("Not set")


class ParsedLineEdit(QLineEdit):
    """A line edit holding one value (None when empty), read by `parse(text, locale)` and
    shown by `show(value, locale)`.

    Signals:
        value_changed(object): the value after an edit finished (Return, focus out, a pick
            from the calendar), when it differs from the one before; not for `set_value`.
        message_changed(str): the reason the text cannot be read, "" once it can.
    """

    value_changed = Signal(object)
    message_changed = Signal(str)

    def __init__(
        self,
        parse: Callable[[str, QLocale], Any],
        show: Callable[[Any, QLocale], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._parse, self._show = parse, show
        self._last: Any = None
        self._message = ""
        self._message_label: QLabel | None = None
        self.editingFinished.connect(self._on_editing_finished)
        self.textEdited.connect(self._on_text_edited)

    def value(self) -> Any:
        """The value of the text as it stands (None when empty); ValueError with the reason
        when the text cannot be read."""
        text = self.text().strip()
        return None if not text else self._parse(text, self.locale())

    def set_value(self, value: Any) -> None:
        self._last = value
        self.setText("" if value is None else self._show(value, self.locale()))
        self.home(False)
        self._set_message("")

    def message(self) -> str:
        """Why the text cannot be read; "" when it can."""
        try:
            self.value()
        except ValueError as exc:
            return str(exc)
        return ""

    def set_message_label(self, label: QLabel | None) -> None:
        """Show the reason a text cannot be read in `label` (hidden while there is none)."""
        self._message_label = label
        if label is not None:
            label.setText(self._message)
            label.setVisible(bool(self._message))

    def hint(self) -> str:
        """The tooltip while the text reads fine (in the widget's locale)."""
        return ""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LocaleChange and not self._message:
            self.setToolTip(self.hint())
        super().changeEvent(event)

    def commit(self, value: Any) -> None:
        """Show `value` as if the user had entered it (emits value_changed)."""
        self.setText("" if value is None else self._show(value, self.locale()))
        self._on_editing_finished()

    def _set_message(self, message: str) -> None:
        changed = message != self._message
        self._message = message
        self.setToolTip(message or self.hint())
        self.setProperty("invalid", bool(message))
        if self._message_label is not None:
            self._message_label.setText(message)
            self._message_label.setVisible(bool(message))
        if changed:
            self.message_changed.emit(message)

    def _on_text_edited(self, text: str) -> None:
        if not text:  # emptied (the clear button, or everything deleted): not set, at once
            self._on_editing_finished()
        elif self._message:
            self._set_message("")

    def _on_editing_finished(self) -> None:
        try:
            value = self.value()
        except ValueError as exc:
            self._set_message(str(exc))
            return
        self._set_message("")
        shown = "" if value is None else self._show(value, self.locale())
        if shown != self.text():
            self.setText(shown)
        if value != self._last:
            self._last = value
            self.value_changed.emit(value)


class CalendarPopup(QCalendarWidget):
    """The month grid a DateField drops down; a click or Return picks the day."""

    picked = Signal(object)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowFlags(Qt.WindowType.Popup)
        self.setObjectName("dateFieldCalendar")
        self.setGridVisible(True)
        self.clicked.connect(self._on_day_chosen)
        self.activated.connect(self._on_day_chosen)

    def _on_day_chosen(self, day: QDate) -> None:
        self.hide()
        self.picked.emit(date(day.year(), day.month(), day.day()))


class DateField(ParsedLineEdit):
    """An optional date: empty means "not set" (the clear button or Ctrl+A, Delete empties
    it). Accepts what `format.parse_date` reads ("7 Dec 2026", "2026-12-07", the locale's
    digits); the calendar button, Alt+Down or F4 open a calendar; Up and Down move a day
    (from today when empty)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parse_date, date_text, parent)
        self.setObjectName("dateField")
        self.setPlaceholderText(tr(NOT_SET))
        self.setClearButtonEnabled(True)
        self.calendar: CalendarPopup | None = None
        self.calendar_action = self.addAction(
            icon("calendar"), QLineEdit.ActionPosition.TrailingPosition
        )
        self.calendar_action.setObjectName("dateFieldCalendarAction")
        self.calendar_action.setToolTip(tr("Pick from a calendar (Alt+Down)"))
        self.calendar_action.triggered.connect(self.show_calendar)
        self.setToolTip(self.hint())

    def hint(self) -> str:
        sample, loc = clock.today(), self.locale()
        return tr(
            "Type a date such as {long}, {numeric} or {iso}, or pick one from the calendar."
        ).format(
            long=date_text(sample, loc),
            numeric=numeric_date_text(sample, loc),
            iso=sample.isoformat(),
        )

    def value(self) -> date | None:
        result: date | None = super().value()
        return result

    def current_date(self) -> date | None:
        """The date shown, or None when empty or unreadable (see `value` for the reason)."""
        try:
            return self.value()
        except ValueError:
            return None

    def show_calendar(self) -> None:
        if self.calendar is None:
            self.calendar = CalendarPopup(self)
            self.calendar.picked.connect(self.commit)
        shown = self.current_date() or clock.today()
        self.calendar.setLocale(self.locale())
        self.calendar.setSelectedDate(QDate(shown.year, shown.month, shown.day))
        self.calendar.adjustSize()
        self.calendar.move(self.mapToGlobal(QPoint(0, self.height())))
        self.calendar.show()
        self.calendar.setFocus()

    def step(self, days: int) -> None:
        """Move the date by `days`; an empty field starts from today."""
        try:
            current = self.value()
        except ValueError:
            return
        self.commit(clock.today() if current is None else current + timedelta(days=days))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        alt = mods & Qt.KeyboardModifier.AltModifier
        if key == Qt.Key.Key_F4 or (key == Qt.Key.Key_Down and alt):
            self.show_calendar()
            return
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and not mods:
            self.step(1 if key == Qt.Key.Key_Up else -1)
            return
        super().keyPressEvent(event)


class AmountField(ParsedLineEdit):
    """An optional amount (a Decimal with `decimals` places) in the locale's notation, read
    by `format.parse_amount`: "3.400.000,50" under German, "3,400,000.50" under English.
    A decimal comma where the locale groups thousands with commas is refused, not misread."""

    def __init__(self, parent: QWidget | None = None, decimals: int = 2) -> None:
        super().__init__(
            lambda text, loc: parse_amount(text, loc, decimals),
            lambda value, loc: number_text(value, decimals, loc),
            parent,
        )
        self.setObjectName("amountField")
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.decimals = decimals
        self.setToolTip(self.hint())

    def value(self) -> Decimal | None:
        result: Decimal | None = super().value()
        return result

    def hint(self) -> str:
        example = number_text(Decimal("3400000.50"), self.decimals, self.locale())
        return tr("An amount such as {example}.").format(example=example)
