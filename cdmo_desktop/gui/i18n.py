"""Translations: every sentence the window shows goes through `tr()`, the store's and the
domain's through `message()`, and Qt's own buttons through Qt's translations.

    from cdmo_desktop.gui.i18n import tr, QT_TR_NOOP
    button.setText(tr("Save"))
    label.setText(tr("{count} risks need a review").format(count=n))
    tr("%n risk(s)", None, n)              # plurals: Qt's %n forms
    COLUMNS = (QT_TR_NOOP("Code"), ...)    # module level: marked now, tr(text) where shown

The catalogue is one context ("") for the code, the form's class name for the Qt Designer
forms (ui/*.ui, translated by the generated setupUi) and "messages" for the store's and the
domain's sentences (cdmo_desktop/domain/messages.py). The German catalogue lives in
resources/i18n/cdmo_de_<area>.ts, one file per part of the window, compiled to .qm by
`python -m tools.translations release` (see tools/translations.py for the workflow).

The language is the system's unless Preferences chose one (`settings.LANGUAGE`); it takes
effect at the next start, because strings already shown are not re-translated. Never call
`tr()` at import time: translators are installed when the application starts.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from cdmo_desktop.domain.messages import CONTEXT as MESSAGES
from cdmo_desktop.domain.messages import Message, read_in, recase
from cdmo_desktop.gui import settings as keys
from cdmo_desktop.resources import resources_dir

log = logging.getLogger(__name__)

# The languages the app ships, as (code, name in that language); "" follows the system.
LANGUAGES: tuple[tuple[str, str], ...] = (("en", "English"), ("de", "Deutsch"))
SOURCE_LANGUAGE = "en"
_installed: list[QTranslator] = []
_language = SOURCE_LANGUAGE
_start_locale: QLocale | None = None


def QT_TR_NOOP(text: str) -> str:
    """Marks `text` for the catalogue where it cannot be translated yet (module level)."""
    return text


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the user's language (itself when the catalogue lacks it)."""
    return QCoreApplication.translate("", text, disambiguation, n)


def message(text: Any) -> str:
    """A sentence from the store or the domain in the user's language: a `Message` has its
    template translated and filled again (its values too: labels, nested sentences, an
    exception holding one); a plain string is looked up whole. In English it is the text
    itself, byte for byte."""
    if isinstance(text, BaseException):
        inner = text.args[0] if len(text.args) == 1 else None
        return message(inner) if isinstance(inner, Message) else str(text)
    if isinstance(text, Message):
        if _language == SOURCE_LANGUAGE:
            return str(text)
        template = QCoreApplication.translate(MESSAGES, text.template)
        values = {k: _value(v) for k, v in text.params.items()}
        try:
            filled = template.format(**values) if text.params else template
        except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder
            return str(text)
        return recase(filled, text.case, english=False)
    if not isinstance(text, str):
        return str(text)
    return QCoreApplication.translate(MESSAGES, text)


def _value(value: Any) -> Any:
    """A template's value as shown: sentences and labels translated, the rest as is."""
    if isinstance(value, Message | BaseException):
        return message(value)
    return value


def catalogue_dir() -> Any:
    return resources_dir() / "i18n"


def language() -> str:
    """The language installed at start ("en" when none was)."""
    return _language


def wanted(settings: QSettings) -> str:
    """The language Preferences chose, else the system's when the app ships it, else English."""
    chosen = keys.get(settings, keys.LANGUAGE)
    shipped = {code for code, _name in LANGUAGES}
    if chosen in shipped:
        return chosen
    system = QLocale.system().name().split("_")[0]
    return system if system in shipped else SOURCE_LANGUAGE


def install(app: QCoreApplication, settings: QSettings) -> str:
    """Install Qt's and the app's translators for the wanted language; returns it. Dates
    and numbers follow that language; back in English they follow the locale the app
    started with again."""
    global _language, _start_locale
    if _start_locale is None:
        _start_locale = QLocale()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    code = wanted(settings)
    _language = code
    files: list[tuple[str, str]] = []
    if code != SOURCE_LANGUAGE:  # English needs only the app's plural forms
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        files.append((f"qtbase_{code}", qt_folder))
    files += [
        (path.stem, str(path.parent)) for path in sorted(catalogue_dir().glob(f"cdmo_{code}_*.qm"))
    ]
    for name, folder in files:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
        else:
            log.warning("translation %s not found in %s", name, folder)
    QLocale.setDefault(_start_locale if code == SOURCE_LANGUAGE else QLocale(code))
    read_in(code)  # what the domain names without a catalogue (countries) follows it
    return code
