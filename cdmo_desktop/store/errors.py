"""Refusals the store reports to the user in one sentence."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from cdmo_desktop.domain.messages import (
    QT_TRANSLATE_NOOP,
    msg,
    sentence_case,
    without_full_stop,
)


class StoreError(Exception):
    """A database the app will not open or write.

    str() completes the sentence "The file <path> ..."; `sentence()` is the whole sentence
    when the path is known (set by the function that raised it)."""

    def __init__(self, message: str, path: Path | str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = Path(path) if path is not None else None

    def sentence(self) -> str:
        text = without_full_stop(self.message)
        if self.path is None:
            return sentence_case(msg(FULL_STOP, text=text))
        return msg(THE_FILE, path=self.path, text=text)


# The sentences a refusal completes: "The file <path> does not exist."
FULL_STOP = QT_TRANSLATE_NOOP("messages", "{text}.")
THE_FILE = QT_TRANSLATE_NOOP("messages", "The file {path} {text}.")
THE_SERVER_ADDRESS = QT_TRANSLATE_NOOP("messages", "The server address {text}.")
THE_TEAM_SERVER = QT_TRANSLATE_NOOP("messages", "The team server {where} {text}.")


class StorageError(StoreError):
    """The disk or the database file failed: full, read-only, an I/O error, locked by
    another program. The message says what could not be done and then, from
    `files.fault_sentence`, what happened and what to do (`advice`); never SQL or record
    contents."""

    advice = ""

    @classmethod
    def from_fault(
        cls, exc: BaseException, path: Path | str | None, doing: str = ""
    ) -> StorageError | None:
        """The translation of `exc` (a sqlite3, SQLAlchemy or OS error), None when it is no
        disk or database fault: "<doing>. The disk is full: ..."."""
        from cdmo_desktop.store.files import fault_sentence

        sentence = fault_sentence(exc, path)
        if not sentence:
            return None
        doing = doing or msg(QT_TRANSLATE_NOOP("messages", "could not be written"))
        error = cls(
            msg(QT_TRANSLATE_NOOP("messages", "{doing}. {fault}"), doing=doing, fault=sentence),
            path,
        )
        error.advice = sentence
        return error


class NotADatabaseError(StoreError):
    """Not an SQLite file, a damaged one, or one of another program."""


class NewerSchemaError(StoreError):
    """Written by a newer version of the app."""


class DatabaseLockedError(StoreError):
    """Already open in another window (this or another process)."""


class WriteRefused(Exception):
    """The database refused a write because of other records (a row that others still
    depend on, a number another record now uses). str() is one sentence for the user;
    nothing was written."""

    @classmethod
    def from_constraint(cls, detail: str) -> WriteRefused:
        text = detail.upper()
        if "FOREIGN KEY" in text:
            return cls(
                msg(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "Other records depend on it, or it refers to a record that is gone.",
                    )
                )
            )
        if "UNIQUE" in text:
            return cls(
                msg(
                    QT_TRANSLATE_NOOP(
                        "messages", "Another record already uses the same name or number."
                    )
                )
            )
        if "CHECK" in text:
            return cls(
                msg(QT_TRANSLATE_NOOP("messages", "A value is outside what the database accepts."))
            )
        return cls(msg(QT_TRANSLATE_NOOP("messages", "It conflicts with other records.")))

    @classmethod
    def from_server(cls, detail: str) -> WriteRefused:
        """The sentence for a write a team server refused for lack of rights (SQLSTATE
        42501): a viewer's login, or a row of a client the login is not assigned to."""
        text = detail.lower()
        if "is used by records" in text:
            return cls(
                msg(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "Records of a client your server login is not assigned to use it; nothing "
                        "was changed. Ask the administrator.",
                    )
                )
            )
        if "row-level security" in text or "not assigned to" in text:
            return cls(
                msg(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "It belongs to a client your server login is not assigned to; nothing was "
                        "changed. Ask the administrator to grant you the client.",
                    )
                )
            )
        if "in the name of" in text:
            return cls(
                msg(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "The server logs changes only in your own login's name; "
                        "nothing was changed.",
                    )
                )
            )
        return cls(
            msg(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Your server login may only read this data; nothing was changed. Ask the "
                    "administrator for a consultant's rights.",
                )
            )
        )


class BadServerURL(StoreError):
    """A team-server address the app cannot use; the message says what is wrong."""

    def sentence(self) -> str:
        return msg(THE_SERVER_ADDRESS, text=without_full_stop(self.message))


class ServerError(StoreError):
    """A team server that cannot be used now: unreachable, refused the login, not set up,
    or at another schema version. `sentence()` names the server, never its password."""

    def __init__(self, message: str, where: str = "") -> None:
        super().__init__(message)
        self.where = where

    def sentence(self) -> str:
        text = without_full_stop(self.message)
        if not self.where:
            return sentence_case(msg(FULL_STOP, text=text))
        return msg(THE_TEAM_SERVER, where=self.where, text=text)


class ServerUnreachable(ServerError):
    """No answer from the server (down, no network, wrong host or port)."""


class ServerLoginRefused(ServerError):
    """The server refused the user name or password."""


# Tables whose name does not read as the record a user sees.
_NOUNS = {
    "kpi_measurement": "KPI value",
    "engagement_kpi": "KPI",
    "kpi_definition": "KPI definition",
    "milestone_dependency": "link",
}


@dataclass(frozen=True)
class RowConflict:
    """A row someone else saved (or deleted) after the writer read it: who and when (the
    change log's latest entry for it) and its values now (None when it is gone)."""

    table: str
    row_id: str
    user: str
    at: datetime | None
    current: dict[str, Any] | None

    @property
    def noun(self) -> str:
        return _NOUNS.get(self.table) or self.table.replace("_", " ")


def _clock_text(at: datetime) -> str:
    local = at.astimezone()
    if local.date() == datetime.now(local.tzinfo).date():
        return local.strftime("%H:%M")
    return local.strftime("%Y-%m-%d %H:%M")


class ConflictError(WriteRefused):
    """A write based on rows someone else has saved since they were read: nothing was
    written. `conflicts` names each row with who changed it, when and its values now;
    `sentence()` is "Dana changed this risk at 10:42." (pass the GUI's time formatter)."""

    def __init__(self, conflicts: Sequence[RowConflict]) -> None:
        self.conflicts = tuple(conflicts)
        super().__init__(msg(NOTHING_SAVED, sentence=self.sentence()))

    @property
    def first(self) -> RowConflict:
        return self.conflicts[0]

    def sentence(self, time_text: Callable[[datetime], str] = _clock_text) -> str:
        c = self.first
        who = c.user or msg(SOMEONE_ELSE)
        if c.at is None:
            template = DELETED_MEANWHILE if c.current is None else CHANGED_MEANWHILE
            return msg(template, who=who, noun=c.noun)
        template = DELETED_AT if c.current is None else CHANGED_AT
        return msg(template, who=who, noun=c.noun, time=time_text(c.at))


NOTHING_SAVED = QT_TRANSLATE_NOOP("messages", "{sentence} Nothing was saved.")
SOMEONE_ELSE = QT_TRANSLATE_NOOP("messages", "Someone else")
CHANGED_AT = QT_TRANSLATE_NOOP("messages", "{who} changed this {noun} at {time}.")
DELETED_AT = QT_TRANSLATE_NOOP("messages", "{who} deleted this {noun} at {time}.")
CHANGED_MEANWHILE = QT_TRANSLATE_NOOP("messages", "{who} changed this {noun} meanwhile.")
DELETED_MEANWHILE = QT_TRANSLATE_NOOP("messages", "{who} deleted this {noun} meanwhile.")
