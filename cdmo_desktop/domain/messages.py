"""The catalogue of the sentences the domain and the store say to the user.

The store and the domain never import Qt, yet their refusals ("Due date is required.")
reach a German user in German. Every such sentence is a template in this module (or a
module that imports `QT_TRANSLATE_NOOP` from it), marked for `pyside6-lupdate` in the
context "messages":

    REQUIRED = QT_TRANSLATE_NOOP("messages", "{field} is required.")
    raise ValidationError({"name": msg(REQUIRED, field=label("name"))}, "Partner")

`msg()` returns a `Message`: a `str` holding the English sentence (what the CLI prints and
tests read) that also carries its template and values, so the GUI can translate the
template and fill it again (`cdmo_desktop.gui.i18n.message`). Values that are themselves
`Message`s (a field's label) are translated too. A plain string that equals a template is
translated as well, so constant sentences survive `str()` and exceptions.
"""

from __future__ import annotations

from typing import Any

CONTEXT = "messages"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for the translation catalogue; returns it unchanged."""
    return text


class Message(str):
    """An English sentence that remembers the template and values it was made from."""

    template: str
    params: dict[str, Any]

    def __new__(cls, template: str, **params: Any) -> Message:
        text = template.format(**params) if params else template
        made = super().__new__(cls, text)
        made.template = template
        made.params = params
        return made

    def __reduce__(self) -> tuple[Any, ...]:  # survives pickling (worker processes)
        return (_rebuild, (self.template, self.params))


def _rebuild(template: str, params: dict[str, Any]) -> Message:
    return Message(template, **params)


def msg(template: str, **params: Any) -> Message:
    """The sentence `template` filled with `params`, translatable in the GUI."""
    return Message(template, **params)
