"""The one read-only look at a database file before anything opens it for writing.

The GUI start path, `open_store` and every command run `probe` first. It refuses, with one
sentence and without creating or changing anything, whatever it must not open:

- something that is not a regular file (folder, FIFO, socket, device, dangling or looping
  link): decided by `stat`, never by opening it (opening a FIFO would hang);
- a file without the SQLite header (`read_header` is the one place that reads it), a
  truncated one, one of another program (its tables), one stamped with our revision but
  with another schema (schema_check), one of a newer version;
- a hot rollback journal beside it (opening would roll it back into the file);
- a `-wal` beside it that is not its write-ahead log (bad header, other page size, a file
  not in WAL mode) or whose contents do not make it a sound database of ours;
- a damaged page or index: a full `integrity_check` on files below FULL_CHECK_BELOW bytes,
  `quick_check` above (the app then runs the full check in the background).

A file or folder the user may not write is offered read-only (`Probe.read_only`): nothing
may be created beside it, so it is read through an immutable connection.

While a probe runs nothing is written: without a `-wal` the file is read immutable (no
lock, no -shm); with the `-wal` of a running instance (its lock is held) it is read like
any reader; with a `-wal` left by a crash the file and its `-wal` are read from a private
copy, because reading them in place would create or rewrite `-shm`.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import sqlite3
import stat
import struct
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from cdmo_desktop.domain.messages import QT_TRANSLATE_NOOP, msg
from cdmo_desktop.store import crypto, migrate, paths, schema_check
from cdmo_desktop.store.engine import connect
from cdmo_desktop.store.errors import NotADatabaseError, StoreError

SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100
# A full integrity_check costs ~0.2 s per 10 MB here (warm cache), quick_check a fifth of
# that: files below this get the full check before they open, bigger ones a quick_check
# and the full check in the background after opening (`full_check`).
FULL_CHECK_BELOW = 16 * 1024 * 1024
_OUR_REVISION = re.compile(r"^\d{4}_[a-z0-9_]+$")  # how our Alembic revisions are named
_WAL_MAGIC = (0x377F0682, 0x377F0683)
_WAL_HEADER = 32
_FRAME_HEADER = 24
_SIGNATURES = (  # what a file without the SQLite header most likely is, for the sentence
    (b"PK\x03\x04", "a ZIP archive (or an Excel/Word file)"),
    (b"%PDF", "a PDF document"),
    (b"\xd0\xcf\x11\xe0", "an old Office document"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x89PNG", "a PNG image"),
)


@dataclass(frozen=True)
class Probe:
    """What the probe found about a file it does not refuse."""

    path: Path
    revision: str | None  # None: an empty file (a new database)
    size: int
    read_only: bool = False  # the file or its folder may not be written
    read_only_reason: str = ""
    wal: str = ""  # "" none, "live" (an instance has it open), "crash" (left by a crash)
    fully_checked: bool = False  # integrity_check (True) or only quick_check (False)


def refuse(reason: str, path: Path) -> NotADatabaseError:
    return NotADatabaseError(reason, path)


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return msg(QT_TRANSLATE_NOOP("messages", "is a folder, not a database file"))
    if stat.S_ISFIFO(mode):
        return msg(QT_TRANSLATE_NOOP("messages", "is a named pipe (FIFO), not a database file"))
    if stat.S_ISSOCK(mode):
        return msg(QT_TRANSLATE_NOOP("messages", "is a socket, not a database file"))
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return msg(QT_TRANSLATE_NOOP("messages", "is a device, not a database file"))
    return msg(QT_TRANSLATE_NOOP("messages", "is not a regular file"))


def damaged(first: str, path: Path) -> NotADatabaseError:
    """The refusal of a file an integrity check found damaged (`first`: its first problem)."""
    return refuse(msg(QT_TRANSLATE_NOOP("messages", "is damaged ({first})"), first=first), path)


def regular_file(path: Path) -> os.stat_result:
    """The file's stat; refuses a missing file, a dangling or looping link, and anything
    that is not a regular file, without opening it."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        if os.path.islink(path):
            raise refuse(
                msg(
                    QT_TRANSLATE_NOOP("messages", "is a link to {value}, which does not exist"),
                    value=os.readlink(path),
                ),
                path,
            ) from None
        raise StoreError(msg(QT_TRANSLATE_NOOP("messages", "does not exist")), path) from None
    except OSError as exc:
        if os.path.islink(path):
            raise refuse(
                msg(QT_TRANSLATE_NOOP("messages", "is a link that points back to itself (a loop)")),
                path,
            ) from None
        raise refuse(
            msg(
                QT_TRANSLATE_NOOP("messages", "cannot be read ({value})"), value=exc.strerror or exc
            ),
            path,
        ) from None
    if not stat.S_ISREG(st.st_mode):
        raise refuse(_kind(st.st_mode), path)
    return st


def read_header(path: Path) -> bytes:
    """The first bytes of the file (up to HEADER_SIZE). The one place that reads the
    header: an encrypted file (no SQLite header) is recognised here."""
    try:
        with open(path, "rb") as fh:
            return fh.read(HEADER_SIZE)
    except OSError as exc:
        raise refuse(
            msg(
                QT_TRANSLATE_NOOP("messages", "cannot be read ({value})"), value=exc.strerror or exc
            ),
            path,
        ) from exc


def check_header(head: bytes, size: int, path: Path) -> int:
    """Refuse what is not a whole SQLite file; returns its page size."""
    if not head.startswith(SQLITE_MAGIC):
        what = next((text for sig, text in _SIGNATURES if head.startswith(sig)), None)
        detail = f"it is {what}" if what else "not an SQLite file"
        raise refuse(
            msg(
                QT_TRANSLATE_NOOP("messages", "is not a Partnership Desk database ({detail})"),
                detail=detail,
            ),
            path,
        )
    if len(head) < HEADER_SIZE:
        raise refuse(
            msg(QT_TRANSLATE_NOOP("messages", "is damaged: it ends inside its header (cut short)")),
            path,
        )
    raw = struct.unpack(">H", head[16:18])[0]
    page_size = 65536 if raw == 1 else raw
    if page_size < 512 or page_size & (page_size - 1) or head[18] not in (1, 2):
        raise refuse(
            msg(QT_TRANSLATE_NOOP("messages", "is damaged: its header is not valid")), path
        )
    pages = struct.unpack(">I", head[28:32])[0]
    header_valid = head[24:28] == head[92:96]
    if size % page_size or (header_valid and pages and size < pages * page_size):
        raise refuse(
            msg(QT_TRANSLATE_NOOP("messages", "is damaged: it is cut short (truncated)")), path
        )
    return page_size


def _hot_journal(path: Path) -> None:
    journal = path.with_name(path.name + "-journal")
    try:
        st = os.lstat(journal)
    except FileNotFoundError:
        return
    if not stat.S_ISREG(st.st_mode):
        raise refuse(
            msg(
                QT_TRANSLATE_NOOP("messages", "cannot be opened: {journal_name} beside it {value}"),
                journal_name=journal.name,
                value=_kind(st.st_mode)[3:],
            ),
            path,
        )
    if st.st_size == 0:
        return
    with open(journal, "rb") as fh:
        first = fh.read(1)
    if first and first != b"\x00":
        raise refuse(
            msg(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "has an unfinished change from a program that stopped while "
                    "writing it ({journal_name} beside it); opening it would roll "
                    "that change back and alter the file. Open it once in the "
                    "program that wrote it, or move {journal_name} away if you "
                    "know it is stale (keep a copy of both)",
                ),
                journal_name=journal.name,
            ),
            path,
        )


def _wal_checksum(data: bytes, s0: int, s1: int, big_endian: bool) -> tuple[int, int]:
    values = struct.unpack(f"{'>' if big_endian else '<'}{len(data) // 4}I", data)
    for i in range(0, len(values), 2):
        s0 = (s0 + values[i] + s1) & 0xFFFFFFFF
        s1 = (s1 + values[i + 1] + s0) & 0xFFFFFFFF
    return s0, s1


def valid_wal(wal: Path, page_size: int) -> str:
    """Why `wal` is not a write-ahead log of a database with `page_size`, "" when it is:
    its header (magic, version, page size, checksum) and its first frame (salts and
    checksum) are checked as SQLite does. A log with no frame yet is valid."""
    with open(wal, "rb") as fh:
        head = fh.read(_WAL_HEADER)
        frame = fh.read(_FRAME_HEADER + page_size)
    if len(head) < _WAL_HEADER:
        return msg(QT_TRANSLATE_NOOP("messages", "it is cut short"))
    magic, version, wal_page, _seq, salt1, salt2, c0, c1 = struct.unpack(">8I", head)
    if magic not in _WAL_MAGIC or version != 3007000:
        return msg(QT_TRANSLATE_NOOP("messages", "it is not an SQLite write-ahead log"))
    if wal_page != page_size:
        return msg(
            QT_TRANSLATE_NOOP(
                "messages", "its page size ({wal_page}) is not the database's ({page_size})"
            ),
            wal_page=wal_page,
            page_size=page_size,
        )
    big_endian = magic & 1 == 1
    s0, s1 = _wal_checksum(head[:24], 0, 0, big_endian)
    if (s0, s1) != (c0, c1):
        return msg(QT_TRANSLATE_NOOP("messages", "its header is damaged"))
    if len(frame) < _FRAME_HEADER + page_size:
        return ""
    f_salt1, f_salt2, f0, f1 = struct.unpack(">4I", frame[8:24])
    if (f_salt1, f_salt2) != (salt1, salt2):
        return ""  # frames of an earlier cycle: SQLite ignores them
    s0, s1 = _wal_checksum(frame[:8], s0, s1, big_endian)
    s0, s1 = _wal_checksum(frame[_FRAME_HEADER:], s0, s1, big_endian)
    if (s0, s1) != (f0, f1):
        return msg(QT_TRANSLATE_NOOP("messages", "its first change is damaged"))
    return ""


def lock_held(path: Path) -> bool:
    """Whether a running Partnership Desk instance holds the lock of `path` (read-only
    test: a missing lock file is not created)."""
    lock = Path(str(path.resolve()) + ".lock")
    try:
        fd = os.open(lock, os.O_RDONLY)
    except OSError:
        return False
    try:
        if sys.platform == "win32":
            try:
                os.read(fd, 1)  # a locked region cannot be read there
            except OSError:
                return True
            return False
        import fcntl

        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except OSError:
            return True
        fcntl.flock(fd, fcntl.LOCK_UN)
        return False
    finally:
        os.close(fd)


def _encrypted(head: bytes, path: Path) -> bool:
    """True for an encrypted database whose registered passphrase opens it. A file without
    the SQLite header that is something else is refused (check_header says what it is);
    one that may be encrypted is refused until its passphrase is given (EncryptedError), or
    when the passphrase is wrong (WrongPassphraseError)."""
    if head.startswith(SQLITE_MAGIC):
        return False
    known = any(head.startswith(sig) for sig, _text in _SIGNATURES)
    if known or not crypto.looks_encrypted(path):
        check_header(head, len(head), path)  # raises with what the file is
    key = crypto.key_for(path)
    if key is None:
        raise crypto.EncryptedError(
            msg(
                QT_TRANSLATE_NOOP(
                    "messages", "is encrypted (or not a database): give its passphrase"
                )
            ),
            path,
        )
    crypto.verify(path, key)
    return True


def _encrypted_wal_state(path: Path) -> str:
    """The -wal of an encrypted database holds encrypted pages: its frames cannot be
    checked without decrypting them, so it is SQLCipher's to apply (live or after a crash)."""
    if _wal_file(path) is None:
        return ""
    return "live" if lock_held(path) else "crash"


def _wal_file(path: Path) -> Path | None:
    """The `-wal` beside `path` when it holds anything (a non-file there is refused)."""
    wal = path.with_name(path.name + "-wal")
    try:
        st = os.lstat(wal)
    except FileNotFoundError:
        return None
    if not stat.S_ISREG(st.st_mode):
        raise refuse(
            msg(
                QT_TRANSLATE_NOOP("messages", "cannot be opened: {wal_name} beside it {value}"),
                wal_name=wal.name,
                value=_kind(st.st_mode)[3:],
            ),
            path,
        )
    return wal if st.st_size else None


def _wal_state(path: Path, page_size: int, is_wal_mode: bool) -> str:
    wal = _wal_file(path)
    if wal is None:
        return ""
    problem = valid_wal(wal, page_size)
    if not problem and not is_wal_mode:
        problem = msg(QT_TRANSLATE_NOOP("messages", "the database does not use a write-ahead log"))
    if problem:
        raise refuse(
            msg(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "cannot be opened: {wal_name} beside it does not belong to it "
                    "({problem}); opening the file would apply or discard it. Move "
                    "it away if it is not needed (keep a copy)",
                ),
                wal_name=wal.name,
                problem=problem,
            ),
            path,
        )
    return "live" if lock_held(path) else "crash"


@contextlib.contextmanager
def reading(path: Path, wal: str) -> Iterator[sqlite3.Connection]:
    """A connection that reads the file as SQLite would open it (with its `-wal`) and can
    write nothing anywhere beside it (see the module docstring)."""
    if wal == "live":
        conn = connect(path, "ro")
    elif wal == "crash":
        with tempfile.TemporaryDirectory(prefix="cdmo-probe-") as folder:
            copy = Path(folder) / "copy.sqlite"
            shutil.copyfile(path, copy)
            shutil.copyfile(path.with_name(path.name + "-wal"), Path(f"{copy}-wal"))
            conn = connect(copy, "ro", key=crypto.key_for(path))  # the copy's passphrase
            try:
                yield conn
            finally:
                conn.close()
        return
    else:
        conn = connect(path, "ro-immutable")
    try:
        yield conn
    finally:
        conn.close()


def _writable(path: Path) -> str:
    if not os.access(path, os.W_OK):
        return msg(QT_TRANSLATE_NOOP("messages", "the file is read-only"))
    if not os.access(path.parent, os.W_OK):
        return msg(QT_TRANSLATE_NOOP("messages", "its folder is read-only"))
    return ""


def probe(path: Path | str, *, full: bool | None = None) -> Probe:
    """Look at `path` without changing anything; raise StoreError (NotADatabaseError,
    NewerSchemaError) with the reason, or return what was found. `full`: integrity_check
    (True), quick_check (False), or by size (None: full below FULL_CHECK_BELOW)."""
    path = Path(path)
    st = regular_file(path)
    if not os.access(path, os.R_OK):
        raise refuse(msg(QT_TRANSLATE_NOOP("messages", "cannot be read (permission denied)")), path)
    reason = _writable(path)
    if st.st_size == 0:
        return Probe(path, None, 0, bool(reason), reason, fully_checked=True)
    head = read_header(path)
    if _encrypted(head, path):
        _hot_journal(path)
        wal = _encrypted_wal_state(path)
    else:
        page_size = check_header(head, st.st_size, path)
        _hot_journal(path)
        wal = _wal_state(path, page_size, head[18] == 2)
    if wal == "crash" and reason:
        raise refuse(
            msg(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "holds changes not yet saved into it (a -wal left by a crash), "
                    "but {reason}: make it writable and open it again to recover "
                    "them",
                ),
                reason=reason,
            ),
            path,
        )
    if full is None:
        full = st.st_size < FULL_CHECK_BELOW
    try:
        with reading(path, wal) as conn:
            revision = _checked_revision(conn, path, full)
    except sqlite3.DatabaseError as exc:
        raise refuse(
            msg(QT_TRANSLATE_NOOP("messages", "is damaged or not a database ({exc})"), exc=exc),
            path,
        ) from exc
    except OSError as exc:
        raise refuse(
            msg(
                QT_TRANSLATE_NOOP("messages", "cannot be read ({value})"), value=exc.strerror or exc
            ),
            path,
        ) from exc
    return Probe(path, revision, st.st_size, bool(reason), reason, wal, full)


def _checked_revision(conn: sqlite3.Connection, path: Path, full: bool) -> str | None:
    check = "integrity_check" if full else "quick_check"
    rows = conn.execute(f"PRAGMA {check}(5)").fetchall()
    if [r[0] for r in rows] != ["ok"]:
        raise damaged(rows[0][0] if rows else "no answer", path)
    try:
        revision = migrate.read_revision(conn)
    except NotADatabaseError as exc:
        exc.path = path
        raise
    if revision is None:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if tables - {"alembic_version"}:
            raise refuse(
                msg(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "is an SQLite database of another program (an empty version stamp)",
                    )
                ),
                path,
            )
        return None
    if not _OUR_REVISION.match(revision):
        raise refuse(
            msg(
                QT_TRANSLATE_NOOP(
                    "messages", "is an SQLite database of another program (version {revision!r})"
                ),
                revision=revision,
            ),
            path,
        )
    migrate.check_revision(revision, path)
    remembered = paths.user_cache_dir() / schema_check.REMEMBERED_FILE
    problems = schema_check.remembered_differences(conn, revision, remembered)
    if problems:
        raise refuse(
            msg(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "is stamped as a Partnership Desk database ({revision}) but "
                    "its schema is not ours: {value}. It was made or changed by "
                    "another program; the app does not open it",
                ),
                revision=revision,
                value=schema_check.describe(problems),
            ),
            path,
        )
    return revision


def full_check(path: Path, *, immutable: bool = False) -> str:
    """The first problem a full integrity_check finds in `path`, "" when there is none: the
    background check of a file that was only quick-checked before it opened (it is open
    in this app, so its -wal and -shm are there already; `immutable` for a read-only one)."""
    conn = connect(path, "ro-immutable" if immutable else "ro")
    try:
        rows = conn.execute("PRAGMA integrity_check(5)").fetchall()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    finally:
        conn.close()
    return "" if [r[0] for r in rows] == ["ok"] else str(rows[0][0] if rows else "no answer")


def probe_revision(path: Path | str, *, full: bool | None = None) -> str | None:
    """`probe` for callers that only need the revision (None: an empty file)."""
    return probe(path, full=full).revision
