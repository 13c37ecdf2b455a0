"""The fields of the forms held read-only while the database is (gui/read_only_buttons.py
greys out their Save): nobody types into a form that cannot be saved.

A form opts in with `form(widget)` (a partner's profile, the risk form, the charter, an
engagement register's record form, an agreement's clause editor). While the database shown
is read-only, text fields under it (line, plain and rich text edits, spin boxes) are made
read-only, their text still selectable and copied; fields that write without typing (combo
boxes, check and radio buttons, date fields with their calendar, lists and tables edited in
place) are greyed out. A form changing a field's state on its own (the charter locks once
agreed, the risk form enables the decision once a risk is realised) does not undo the hold:
the state it asks for is remembered and given back when a writable database is shown, as
the write buttons are.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QRadioButton,
    QTableWidget,
    QTextEdit,
    QWidget,
)

from cdmo_desktop.gui.widgets.text_fields import DateField

_FORM = "readOnlyForm"  # on a form's root: its fields are held while read-only
_WANTED = "readOnlyFieldWanted"  # the state the field's form last asked for
_TYPED = (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox)
_GREYED = (DateField, QComboBox, QCheckBox, QRadioButton, QListWidget, QTableWidget)


def form(widget: QWidget) -> None:
    """Hold the fields under `widget` while the database is read-only."""
    widget.setProperty(_FORM, True)


def _typed(field: QWidget) -> bool:
    """Held by read-only (typing refused, text still selectable) rather than greyed out."""
    return isinstance(field, _TYPED) and not isinstance(field, DateField)


def _fields(root: QWidget) -> list[QWidget]:
    """The fields of a form, not a combo box's or spin box's own line edit (the box is
    held). Push buttons are gui/read_only_buttons.py's: the write ones are greyed out
    there, the others open, filter or show."""
    return [
        widget
        for widget in root.findChildren(QWidget)
        if isinstance(widget, _TYPED + _GREYED)
        and not isinstance(widget.parentWidget(), QComboBox | QAbstractSpinBox)
    ]


class ReadOnlyFields(QObject):
    """Holds the fields of the forms under `pages` while read-only."""

    def __init__(self, pages: QWidget) -> None:
        super().__init__(pages)
        self.pages = pages
        self._forcing = False

    def update(self, held: bool) -> None:
        """Hold (`held`) or give back the fields of every form under the pages now."""
        for root in self.pages.findChildren(QWidget):
            if not root.property(_FORM):
                continue
            for field in _fields(root):
                if held and field.property(_WANTED) is None:
                    field.setProperty(_WANTED, self._asked(field))
                    field.installEventFilter(self)
                    self._force(field, True)
                elif not held and field.property(_WANTED) is not None:
                    field.removeEventFilter(self)
                    wanted = bool(field.property(_WANTED))
                    field.setProperty(_WANTED, None)
                    self._force(field, not wanted)

    @staticmethod
    def _asked(field: QWidget) -> bool:
        """Whether the field's form has it open to edits."""
        if _typed(field):
            return not bool(field.isReadOnly())  # type: ignore[attr-defined]
        return not field.testAttribute(Qt.WidgetAttribute.WA_ForceDisabled)

    def _force(self, field: QWidget, held: bool) -> None:
        self._forcing = True
        try:
            if _typed(field):
                field.setReadOnly(held)  # type: ignore[attr-defined]
            else:
                field.setEnabled(not held)
        finally:
            self._forcing = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() in (QEvent.Type.ReadOnlyChange, QEvent.Type.EnabledChange)
            and not self._forcing
            and isinstance(watched, QWidget)
            and watched.property(_WANTED) is not None
        ):
            asked = self._asked(watched)
            watched.setProperty(_WANTED, asked)  # the form's wish, given back later
            if asked:
                self._force(watched, True)
        return False
