"""Every key the app keeps in QSettings, with its type and default, in one place.

    name = settings.get(qsettings, settings.CONSULTANT_NAME)     # str, "" when unset
    settings.set(qsettings, settings.MAIN_SCREEN, "risks")

Values come back as the declared type whatever the storage holds: the INI format stores
everything as text, so a bool read without its type would come back as "true" (a string,
always truthy). A stored value that cannot be read as that type gives the default. Keys
made per dialog or per table mode are `KeyedSetting`s: `DIALOG_GEOMETRY.at("AboutDialog")`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

from cdmo_desktop.domain.timeline import Scale

T = TypeVar("T")


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    type: type[T]
    default: T
    doc: str = ""


@dataclass(frozen=True)
class KeyedSetting(Generic[T]):
    """A family of keys that differ by one name: `pattern` holds "{}" for it."""

    pattern: str
    type: type[T]
    default: T
    doc: str = ""

    def at(self, name: str) -> Setting[T]:
        return Setting(self.pattern.format(name), self.type, self.default, self.doc)


def get(settings: QSettings, setting: Setting[T]) -> T:
    """The stored value as `setting.type`, else `setting.default`."""
    if not settings.contains(setting.key):
        return _copy(setting.default)
    value = _as(setting.type, settings.value(setting.key))
    return _copy(setting.default) if value is None else value


def set(settings: QSettings, setting: Setting[T], value: T) -> None:
    """Store `value` under the setting's key. A value of another type is a programming
    error and raises TypeError (an int where a bool belongs is the classic); an int is
    accepted where a float belongs."""
    kind: type[Any] = setting.type
    if kind is float and isinstance(value, int) and not isinstance(value, bool):
        settings.setValue(setting.key, float(value))
        return
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise TypeError(f"{setting.key} holds {kind.__name__}, not {value!r}")
    settings.setValue(setting.key, value)


def has(settings: QSettings, setting: Setting[Any]) -> bool:
    """Whether the user has a value of their own (not the default)."""
    return settings.contains(setting.key)


def remove(settings: QSettings, setting: Setting[Any]) -> None:
    settings.remove(setting.key)


_TRUE, _FALSE = ("true", "1", "yes", "on"), ("false", "0", "no", "off")


def _as(kind: type[T], raw: object) -> T | None:
    """`raw` (as QSettings returns it: text from an INI file, a native value from the
    registry or a plist) as `kind`; None when it does not read as one."""
    value: Any = None
    if isinstance(raw, kind) and not (kind is int and isinstance(raw, bool)):
        value = raw
    elif kind is bool and isinstance(raw, str) and raw.strip().lower() in _TRUE + _FALSE:
        value = raw.strip().lower() in _TRUE
    elif kind is bool and isinstance(raw, int):
        value = bool(raw)
    elif kind in (int, float) and isinstance(raw, str | int | float) and not isinstance(raw, bool):
        try:
            value = int(raw) if kind is int else float(raw)
        except ValueError:
            value = None
    elif kind is str and isinstance(raw, list):  # an INI value with commas, typed by hand
        value = ",".join(str(part) for part in raw)
    elif kind is QByteArray and isinstance(raw, bytes | bytearray):
        value = QByteArray(raw)
    return value


def _copy(default: T) -> T:
    return QByteArray(default) if isinstance(default, QByteArray) else default  # type: ignore[return-value]


def consultant_name(settings: QSettings) -> str:
    """The consultant's name as entered, else the operating-system user: what the change
    log records and forms offer as owner, reviewer or author."""
    name = get(settings, CONSULTANT_NAME).strip()
    if name:
        return name
    from cdmo_desktop.store.changelog import os_user

    return os_user()


# --- the keys ---------------------------------------------------------------------------
CONSULTANT_NAME = Setting("consultant/name", str, "", "the name recorded with every edit")
COLOUR_SCHEME = Setting(
    "appearance/colour_scheme", str, "system", "light, dark or system (gui/theme.py)"
)
LANGUAGE = Setting(
    "appearance/language", str, "", '"en", "de"; "" follows the system (gui/i18n.py)'
)
LAST_DATABASE = Setting("database/last", str, "", "the database file opened last")
RECENT_SERVERS = Setting(
    "database/recent_servers",
    str,
    "",
    "team servers connected to, newest first: one URL a line, never with a password",
)

RECENT_FILES = Setting(
    "database/recent", str, "", "database files opened, newest first: one path a line"
)

MAIN_GEOMETRY = Setting("main_window/geometry", QByteArray, QByteArray())
MAIN_STATE = Setting("main_window/state", QByteArray, QByteArray())
MAIN_SCREEN = Setting("main_window/screen", str, "portfolio", "the screen shown last")
DIALOG_GEOMETRY = KeyedSetting("dialogs/{}/geometry", QByteArray, QByteArray(), "per class")
TABLE_HEADER = KeyedSetting(
    "tables/{}/header", QByteArray, QByteArray(), "widths, order, hidden, sort, per table"
)

PORTFOLIO_HEADER = Setting(
    "portfolio/header", QByteArray, QByteArray(), "read once, moved to tables/portfolio/header"
)
PORTFOLIO_SPLITTER = Setting("portfolio/splitter", QByteArray, QByteArray())
PARTNERS_SORT = Setting("partners/sort", str, "", '"<column>,<1 if descending>"')
RISKS_HIDDEN_COLUMNS = KeyedSetting(
    "risks/{}/hidden_columns", str, "", "read once, moved to tables/risks_<mode>/header"
)
SCHEDULE_PX_PER_DAY = Setting("schedule/px_per_day", float, Scale.WEEK.px_per_day, "zoom")
SCHEDULE_SPLITTER = Setting("schedule/splitter", QByteArray, QByteArray())
SCHEDULE_COLUMNS = Setting(
    "schedule/columns", str, "", "task table columns shown, comma-separated; empty: what fits"
)
REPORTS_LAST_FOLDER = Setting("reports/last_folder", str, "", "where the last PDF went")
IMPORT_MAPPING = KeyedSetting(
    "import/mapping_{}", str, "", "JSON: header -> field it fills, per kind and header set"
)
REPORTS_PAPER = Setting("reports/paper", str, "", '"A4" or "Letter"; "" follows the locale')
SYNC_FOLDER = Setting("sync/folder", str, "", "where the last sync file was written or read")
SYNC_OUTBOX = KeyedSetting("sync/outbox_{}", str, "", "the folder last used for a copy, per id")

ALL: tuple[Setting[Any] | KeyedSetting[Any], ...] = (
    CONSULTANT_NAME,
    COLOUR_SCHEME,
    LANGUAGE,
    LAST_DATABASE,
    RECENT_SERVERS,
    RECENT_FILES,
    MAIN_GEOMETRY,
    MAIN_STATE,
    MAIN_SCREEN,
    DIALOG_GEOMETRY,
    TABLE_HEADER,
    PORTFOLIO_HEADER,
    PORTFOLIO_SPLITTER,
    PARTNERS_SORT,
    RISKS_HIDDEN_COLUMNS,
    SCHEDULE_PX_PER_DAY,
    SCHEDULE_SPLITTER,
    SCHEDULE_COLUMNS,
    REPORTS_LAST_FOLDER,
    REPORTS_PAPER,
    IMPORT_MAPPING,
    SYNC_FOLDER,
    SYNC_OUTBOX,
)
