"""Reading an engagement form whose typed fields (dates, amounts, a country) may hold
text that is not a value yet.

A date being typed ("7 Dec 20") is not judged while the cursor is still in it: its reason
shows once the user leaves the field (or presses Return) or saves. Every other rule is
shown as before.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from cdmo_desktop.gui.widgets.fields import CountryPicker, FieldBinder, ParsedLineEdit


def read_form(binder: FieldBinder) -> tuple[dict[str, Any], dict[str, str]]:
    """The form's values, with None for a typed field that cannot be read, and
    {field: reason} for those fields."""
    values, problems = binder.read()
    for name in problems:
        values[name] = None
    return values, problems


def being_typed(binder: FieldBinder, name: str) -> bool:
    """Whether `name` is a typed field the user is typing in right now: it has the focus
    and has not been judged since the last key (Return or leaving it judges it)."""
    if name not in binder.names:
        return False
    widget = binder.widget(name)
    return (
        isinstance(widget, ParsedLineEdit) and widget.hasFocus() and not widget.property("invalid")
    )


def settled(binder: FieldBinder, errors: dict[str, str]) -> dict[str, str]:
    """`errors` without those of the typed field the user is still typing in."""
    return {k: v for k, v in errors.items() if not being_typed(binder, k)}


def watch_typed_fields(binder: FieldBinder, slot: Callable[[], None]) -> None:
    """Call `slot` when a typed field's reason appears or goes, or the user left it.

    The form's `slot` shows every message next to its field (through the binder), so the
    fields stop writing into those labels themselves: a field's `set_value` would clear a
    message about another rule (a signature dated before the kickoff) that it cannot see."""
    for name in binder.names:
        widget = binder.widget(name)
        if isinstance(widget, ParsedLineEdit):
            widget.set_message_label(None)
            widget.message_changed.connect(lambda _message, slot=slot: slot())
        elif isinstance(widget, CountryPicker):
            widget.edit.editingFinished.connect(slot)
