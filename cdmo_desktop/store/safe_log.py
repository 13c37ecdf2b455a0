"""Log lines and error texts without SQL, SQL parameters or record contents.

SQLAlchemy's errors read "(sqlite3.OperationalError) database is locked [SQL: INSERT ...]
[parameters: ('a confidential name', ...)]", and a logged traceback carries them along the
exception chain. `install()` makes every log record (whatever handler writes it: the log
file, stderr) carry that text with the statement and its parameters cut out; `user_text`
is what a dialog or a command-line error may say about an unexpected exception.
"""

from __future__ import annotations

import logging
import logging.handlers
import re
import traceback
from pathlib import Path
from typing import Any

from cdmo_desktop.store.files import fault_sentence, make_private, private_dir

HIDDEN = "[SQL statement and parameters hidden]"
# From "[SQL: " up to SQLAlchemy's "(Background on this error at: ...)" line, which ends
# every such message (or to the end of the text when it is missing).
_SQL_BLOCK = re.compile(
    r"\[(?:SQL|parameters|SQL parameters)[: ].*?(?=\(Background on this error at:|\Z)", re.S
)
_factory_installed = False


def redact(text: str) -> str:
    """`text` without the SQL statement and parameters of a SQLAlchemy error."""
    if "[SQL" not in text and "[parameters" not in text:
        return text
    return _SQL_BLOCK.sub(HIDDEN + "\n", text)


def user_text(exc: BaseException) -> str:
    """What a dialog or a command-line error line says about an unexpected `exc`: the plain
    sentence of a disk or database fault, otherwise the kind of error only (its text may
    hold record contents; the log has the redacted details)."""
    from cdmo_desktop.store.errors import StoreError

    if isinstance(exc, StoreError):
        return exc.sentence()
    sentence = fault_sentence(exc)
    if sentence is not None:
        return sentence
    if _is_database_error(exc):
        return f"a database error ({type(exc).__name__})."
    return f"an internal error ({type(exc).__name__})."


def shown_text(exc: BaseException) -> str:
    """The text of an expected-to-be-readable error for a page or a dialog: a store
    refusal's sentence, a disk fault's sentence, the kind of a database error (its own text
    holds SQL and parameters), else the error's own text."""
    from cdmo_desktop.store.errors import StoreError

    if isinstance(exc, StoreError):
        return exc.sentence()
    if fault_sentence(exc) is not None or _is_database_error(exc):
        return user_text(exc)
    return str(exc)


def _is_database_error(exc: BaseException) -> bool:
    return hasattr(exc, "statement") or type(exc).__module__.startswith(("sqlalchemy", "sqlite3"))


def install() -> None:
    """Redact every log record from now on, at its creation (idempotent)."""
    global _factory_installed
    if _factory_installed:
        return
    previous = logging.getLogRecordFactory()

    def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
        record = previous(*args, **kwargs)
        try:
            message = record.getMessage()
        except Exception:  # a bad format string: keep the template only
            message = str(record.msg)
        record.msg, record.args = redact(message), ()
        if record.exc_info and record.exc_info[0] is not None:
            # A Formatter prints exc_text when it is set, instead of formatting exc_info.
            record.exc_text = redact("".join(traceback.format_exception(*record.exc_info)))
        return record

    logging.setLogRecordFactory(factory)
    _factory_installed = True


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log file that is owner-only (0600), in an owner-only folder."""

    def _open(self) -> Any:
        stream = super()._open()
        make_private(self.baseFilename)
        return stream


def open_log_file(folder: Path, name: str) -> logging.Handler:
    """The app's log file `name` in `folder` (created 0700), records redacted (`install`)."""
    install()
    handler = PrivateRotatingFileHandler(
        private_dir(folder) / name, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    return handler
