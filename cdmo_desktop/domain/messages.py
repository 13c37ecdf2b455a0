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

English word forms that German does not share are kept out of the templates: a field's
label inside a sentence is `lowered(label)` (English "before start date", German keeps
"Startdatum"), and a fragment that starts a sentence is `sentence_case(fragment)` (the
first letter upper-cased in every language).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

CONTEXT = "messages"

_reader_language = "en"


def read_in(language: str) -> None:
    """The language the user reads the app in (gui.i18n.install sets it): what the domain
    names on screen without a catalogue of its own follows it (countries: domain.geo)."""
    global _reader_language
    _reader_language = language


def reader_language() -> str:
    return _reader_language


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for the translation catalogue; returns it unchanged."""
    return text


# How a Message's text is cased after filling (`case`): "lower" only in English (the
# catalogue's source language), "sentence" (first letter upper) in every language.


class Message(str):
    """An English sentence that remembers the template and values it was made from."""

    template: str
    params: dict[str, Any]
    case: str

    def __new__(cls, template: str, *, case: str = "", **params: Any) -> Message:
        text = template.format(**params) if params else template
        made = super().__new__(cls, recase(text, case, english=True))
        made.template = template
        made.params = params
        made.case = case
        return made

    def __reduce__(self) -> tuple[Any, ...]:  # survives pickling (worker processes)
        return (_rebuild, (self.template, self.params, self.case))


def _rebuild(template: str, params: dict[str, Any], case: str = "") -> Message:
    return Message(template, case=case, **params)


def recase(text: str, case: str, *, english: bool) -> str:
    """`text` cased as `case` asks (see CASES)."""
    if case == "lower" and english:
        return text.lower()
    if case == "sentence":
        return text[:1].upper() + text[1:]
    return text


def lowered(text: str) -> str:
    """`text` (a Message: a field's label) in lower case in English sentences; other
    languages keep their own casing (German nouns stay capitalised)."""
    if isinstance(text, Message):
        return Message(text.template, case="lower", **text.params)
    return text.lower()


def sentence_case(text: str) -> str:
    """`text` with its first letter upper-cased, also once translated."""
    if isinstance(text, Message):
        return Message(text.template, case="sentence", **text.params)
    return text[:1].upper() + text[1:]


def without_full_stop(text: str) -> str:
    """`text` without its final full stop, still translatable when the template ends with
    one (sentences that go on: "The file X could not be written.")."""
    if not text.endswith("."):
        return text
    if isinstance(text, Message) and text.template.endswith(".") and text.endswith("."):
        return Message(text.template[:-1], case=text.case, **text.params)
    return text.rstrip(".")


def msg(template: str, **params: Any) -> Message:
    """The sentence `template` filled with `params`, translatable in the GUI."""
    return Message(template, **params)


AND = QT_TRANSLATE_NOOP("messages", "{first} and {second}")


def listed(items: Sequence[str], last: str = ", ") -> str:
    """`items` joined by ", " (the last pair by `last`, e.g. `AND`), translatable item by
    item: ["kickoff date", "planned end"] -> "kickoff date, planned end"."""
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    if last == AND and len(items) == 2:
        return Message(AND, first=items[0], second=items[1])
    names = {f"i{n}": item for n, item in enumerate(items)}
    return Message(", ".join("{" + name + "}" for name in names), **names)
