"""Refuse without touching: over a hundred damaged and foreign files, generated here, each
run through `check`, `list` and the GUI start path (app.run up to the first window,
offscreen). Every one is refused with a sentence or opened exactly as it is; the file and
everything in its folder (names, sizes, mtimes, contents) are the same afterwards, and no
entry point hangs (each call runs under an alarm)."""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import random
import shutil
import signal
import socket
import sqlite3
import stat
import struct
import subprocess
import sys
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from cdmo_desktop.cli import main
from cdmo_desktop.gui import app, database
from cdmo_desktop.gui.main_window import MainWindow
from cdmo_desktop.store.migrate import HEAD_REVISION
from tests.gui.read_only_support import protect as _protect
from tests.gui.read_only_support import unprotect as _unprotect

pytestmark = pytest.mark.gui
ALARM_S = 30  # per call: a hang fails the case instead of the run
HASHED_WHOLE = 64 * 1024 * 1024  # bigger files (sparse ones) are compared by head + blocks
REFUSED, OPENED, EITHER = "refused", "opened", "either"
NEW = "new"  # an empty file: the commands refuse it, the app makes it a new database
RECOVERED = "recovered"  # our own crash: the commands read it as it is, the app recovers it


@dataclass
class Case:
    name: str
    make: Callable[[Path, Path], Path]  # (its own folder, the demo template) -> the path
    expect: str = REFUSED
    read_only: bool = False


# --- helpers ------------------------------------------------------------------------------
def _copy(template: Path, path: Path) -> Path:
    shutil.copyfile(template, path)
    return path


def _bytes(data: bytes, name: str = "desk.sqlite") -> Callable[[Path, Path], Path]:
    def make(folder: Path, _t: Path) -> Path:
        path = folder / name
        path.write_bytes(data)
        return path

    return make


def _edit(change: Callable[[bytearray, int], None]) -> Callable[[Path, Path], Path]:
    """A copy of the template with its bytes changed by `change(data, page_size)`."""

    def make(folder: Path, template: Path) -> Path:
        data = bytearray(template.read_bytes())
        change(data, struct.unpack(">H", data[16:18])[0])
        path = folder / "desk.sqlite"
        path.write_bytes(bytes(data))
        return path

    return make


def _sql(*statements: str) -> Callable[[Path, Path], Path]:
    """A copy of the template changed with plain SQL (another program's edits)."""

    def make(folder: Path, template: Path) -> Path:
        path = _copy(template, folder / "desk.sqlite")
        conn = sqlite3.connect(path)
        conn.execute("PRAGMA foreign_keys=OFF")
        for statement in statements:
            conn.execute(statement)
        conn.commit()
        conn.close()
        return path

    return make


def _foreign(*statements: str, wal: bool = False, name: str = "desk.sqlite") -> Callable:
    def make(folder: Path, _t: Path) -> Path:
        path = folder / name
        conn = sqlite3.connect(path)
        if wal:
            conn.execute("PRAGMA journal_mode=WAL")
        for statement in statements:
            conn.execute(statement)
        conn.commit()
        conn.close()
        return path

    return make


def _roots(template: Path, kind: str, page_type: int) -> list[tuple[str, int]]:
    """(name, root page) of the template's tables or indexes whose root is a page of
    `page_type` with at least two cells."""
    conn = sqlite3.connect(f"file:{template}?mode=ro&immutable=1", uri=True)
    rows = conn.execute(
        "SELECT name, rootpage FROM sqlite_master WHERE type=? AND rootpage > 1 ORDER BY name",
        (kind,),
    ).fetchall()
    conn.close()
    data = template.read_bytes()
    size = struct.unpack(">H", data[16:18])[0]
    found = []
    for name, root in rows:
        start = (root - 1) * size
        if data[start] == page_type and struct.unpack(">H", data[start + 3 : start + 5])[0] >= 2:
            found.append((name, root))
    return found


def _varint(data: bytes | bytearray, at: int) -> tuple[int, int]:
    value = 0
    for i in range(9):
        byte = data[at + i]
        if i == 8:
            return (value << 8) | byte, at + 9
        value = (value << 7) | (byte & 0x7F)
        if byte < 0x80:
            return value, at + i + 1
    raise AssertionError("unreachable")


def _index_entry_changed(root: int) -> Callable[[bytearray, int], None]:
    """Change the rowid at the end of the first entry of an index leaf page: the page stays
    well formed (quick_check passes), the index no longer matches its table."""

    def change(data: bytearray, size: int) -> None:
        start = (root - 1) * size
        cell = start + struct.unpack(">H", data[start + 8 : start + 10])[0]
        payload, at = _varint(data, cell)
        assert payload < size // 4  # stored on the page itself
        data[at + payload - 1] ^= 0x01

    return change


def _page_flip(root: int, offset: int, mask: int = 0xFF) -> Callable[[bytearray, int], None]:
    def change(data: bytearray, size: int) -> None:
        data[(root - 1) * size + offset] ^= mask

    return change


def _crash(db: Path, statements: list[str], *, journal: str) -> None:
    """Run `statements` in another process that dies before it finishes: in WAL mode the
    log stays beside the file; in rollback mode a hot journal does (the cache is spilled
    into the file mid-transaction)."""
    script = (
        "import os, sqlite3, sys\n"
        "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        f"c.execute('PRAGMA journal_mode={journal}')\n"
        "c.execute('PRAGMA wal_autocheckpoint=0')\n"
        "c.execute('PRAGMA cache_size=2')\n"
        + ("c.execute('BEGIN')\n" if journal == "DELETE" else "")
        + "".join(f"c.execute({s!r})\n" for s in statements)
        + "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", script, str(db)], check=True, timeout=60)


def _hot_journal(foreign: bool) -> Callable[[Path, Path], Path]:
    def make(folder: Path, template: Path) -> Path:
        path = folder / "desk.sqlite"
        if foreign:
            _foreign("CREATE TABLE notes(id INTEGER PRIMARY KEY, body TEXT)")(folder, template)
            conn = sqlite3.connect(path)
            conn.executemany("INSERT INTO notes(body) VALUES (?)", [("x" * 500,)] * 400)
            conn.commit()
            conn.close()
            statements = ["UPDATE notes SET body = upper(body)"]
        else:
            _copy(template, path)
            conn = sqlite3.connect(path)
            conn.execute("PRAGMA journal_mode=DELETE")
            conn.close()
            statements = ["UPDATE partner SET notes = coalesce(notes, '') || 'x'"]
        _crash(path, statements, journal="DELETE")
        journal = folder / "desk.sqlite-journal"
        assert journal.stat().st_size > 0 and journal.read_bytes()[:1] != b"\x00"
        return path

    return make


def _beside_wal(source: str) -> Callable[[Path, Path], Path]:
    """Our file with a -wal beside it that is not its own."""

    def make(folder: Path, template: Path) -> Path:
        path = _copy(template, folder / "desk.sqlite")
        wal = folder / "desk.sqlite-wal"
        if source == "garbage":
            wal.write_bytes(random.Random(7).randbytes(40_000))
        elif source in ("other", "small-pages", "rollback"):
            other = folder.parent / f"{folder.name}-other" / "other.db"
            other.parent.mkdir()
            conn = sqlite3.connect(other)
            if source == "small-pages":
                conn.execute("PRAGMA page_size=1024")
            conn.execute("CREATE TABLE t(x)")
            conn.commit()
            conn.close()
            _crash(other, ["INSERT INTO t VALUES (randomblob(3000))"] * 20, journal="WAL")
            shutil.copyfile(Path(f"{other}-wal"), wal)
            shutil.rmtree(other.parent)
            if source == "rollback":
                conn = sqlite3.connect(path)
                conn.execute("PRAGMA journal_mode=DELETE")
                conn.close()
        return path

    return make


def _own_crash(folder: Path, template: Path) -> Path:
    path = _copy(template, folder / "desk.sqlite")
    _crash(path, ["UPDATE partner SET notes = 'after the crash'"], journal="WAL")
    assert (folder / "desk.sqlite-wal").stat().st_size > 0
    return path


def _side(name: str, make_side: Callable[[Path], None]) -> Callable[[Path, Path], Path]:
    def make(folder: Path, template: Path) -> Path:
        path = _copy(template, folder / "desk.sqlite")
        make_side(folder / f"desk.sqlite{name}")
        return path

    return make


def _fifo(folder: Path, _t: Path) -> Path:
    path = folder / "desk.sqlite"
    os.mkfifo(path)
    return path


def _socket(folder: Path, _t: Path) -> Path:
    path = folder / "s.sqlite"
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(path))
    sock.close()
    return path


def _link(target: str | Callable[[Path], str]) -> Callable[[Path, Path], Path]:
    def make(folder: Path, _t: Path) -> Path:
        path = folder / "desk.sqlite"
        os.symlink(target(folder) if callable(target) else target, path)
        return path

    return make


def _loop(folder: Path, _t: Path) -> Path:
    os.symlink(folder / "b.sqlite", folder / "a.sqlite")
    os.symlink(folder / "a.sqlite", folder / "b.sqlite")
    return folder / "a.sqlite"


def _link_to_ours(folder: Path, template: Path) -> Path:
    real = _copy(template, folder / "real.sqlite")
    os.symlink(real, folder / "desk.sqlite")
    return folder / "desk.sqlite"


def _folder_named(folder: Path, template: Path) -> Path:
    path = folder / "desk.sqlite"
    path.mkdir()
    _copy(template, path / "inside.sqlite")
    return path


def _named(name: str, decoy: str = "") -> Callable[[Path, Path], Path]:
    def make(folder: Path, template: Path) -> Path:
        if decoy:  # the file a URL would open instead
            _foreign("CREATE TABLE decoy(x)", name=decoy)(folder, template)
        return _copy(template, folder / name)

    return make


def _zip(members: dict[str, bytes], name: str = "desk.sqlite") -> Callable[[Path, Path], Path]:
    def make(folder: Path, _t: Path) -> Path:
        path = folder / name
        with zipfile.ZipFile(path, "w") as z:
            for member, data in members.items():
                z.writestr(member, data)
        return path

    return make


def _gzip_of_ours(folder: Path, template: Path) -> Path:
    import gzip

    path = folder / "desk.sqlite"
    path.write_bytes(gzip.compress(template.read_bytes(), compresslevel=1))
    return path


def _sparse(with_header: bool) -> Callable[[Path, Path], Path]:
    def make(folder: Path, template: Path) -> Path:
        path = folder / "desk.sqlite"
        with open(path, "wb") as fh:
            if with_header:
                fh.write(template.read_bytes())
            fh.truncate(8 * 1024**3)
        return path

    return make


def _read_only_file(folder: Path, template: Path) -> Path:
    path = _copy(template, folder / "desk.sqlite")
    _protect(path)
    return path


def _read_only_folder(folder: Path, template: Path) -> Path:
    path = _copy(template, folder / "desk.sqlite")
    _protect(folder)
    return path


def _cut(at: Callable[..., int]) -> Callable[[Path, Path], Path]:
    """The template cut short at `at(length, page_size)`."""

    def change(data: bytearray, size: int) -> None:
        del data[at(len(data), size) :]

    return _edit(change)


def _zero_page(page: int) -> Callable[[bytearray, int], None]:
    def change(data: bytearray, size: int) -> None:
        data[(page - 1) * size : page * size] = bytes(size)

    return change


# --- the cases ----------------------------------------------------------------------------
def _truncations() -> list[Case]:
    cuts = [1, 15, 16, 50, 99, 100, 101, 512, 1000, 4095, 4096, 4097, 8192, 12288, 20000]
    cases = [Case(f"cut-at-{cut}", _cut(lambda _n, _s, at=cut: at)) for cut in cuts]
    for fraction in (0.25, 0.5, 0.75, 0.9):
        at_page = _cut(lambda n, s, f=fraction: int(n * f) // s * s)
        cases.append(Case(f"cut-at-{fraction:.0%}", at_page))
    cases.append(Case("cut-last-page", _edit(lambda d, s: d.__delitem__(slice(-s, None)))))
    cases.append(Case("cut-last-byte", _edit(lambda d, _s: d.__delitem__(slice(-1, None)))))
    return cases


def _noise() -> list[Case]:
    rng = random.Random(15)
    cases = [Case(f"random-{size}", _bytes(rng.randbytes(size))) for size in (1, 100, 4096, 65536)]
    cases += [
        Case(f"magic-then-random-{size}", _bytes(b"SQLite format 3\x00" + rng.randbytes(size)))
        for size in (84, 4080, 65520)
    ]
    return cases


def _zeroed() -> list[Case]:
    cases = [Case("zeroed-header", _edit(lambda d, _s: d.__setitem__(slice(0, 100), bytes(100))))]
    for page in (1, 2, 3, 5, 10, 40):
        cases.append(Case(f"zeroed-page-{page}", _edit(_zero_page(page))))
    cases.append(
        Case("zeroed-last-page", _edit(lambda d, s: d.__setitem__(slice(-s, None), bytes(s))))
    )
    return cases


def _btree(template: Path) -> list[Case]:
    """Flipped bytes in table pages: their headers (found) and their cells (often found;
    a changed letter inside a text value is a valid database, opened as it is)."""
    cases = []
    leaves = _roots(template, "table", 0x0D)[:8]
    for name, root in leaves:
        cases.append(Case(f"btree-type-{name}", _edit(_page_flip(root, 0, 0x08))))
        cases.append(Case(f"btree-cells-{name}", _edit(_page_flip(root, 3, 0x40))))
    for name, root in leaves[:4]:
        cases.append(Case(f"btree-content-{name}", _edit(_page_flip(root, -40, 0x01)), EITHER))
    return cases


def _indexes(template: Path) -> list[Case]:
    found = _roots(template, "index", 0x0A)[:8]
    assert len(found) >= 6
    return [Case(f"index-{name}", _edit(_index_entry_changed(root))) for name, root in found]


def _foreigners() -> list[Case]:
    return [
        Case("other-program", _foreign("CREATE TABLE notes(id INTEGER PRIMARY KEY, body TEXT)")),
        Case(
            "other-program-wal",
            _foreign(
                "CREATE TABLE a(x)", "CREATE TABLE b(y)", "INSERT INTO a VALUES (1)", wal=True
            ),
        ),
        Case(
            "browser-history",
            _foreign(
                "CREATE TABLE moz_places(id INTEGER PRIMARY KEY, url TEXT)",
                "CREATE INDEX moz_url ON moz_places(url)",
            ),
        ),
        Case(
            "other-alembic-app",
            _foreign(
                "CREATE TABLE alembic_version(version_num VARCHAR(32) PRIMARY KEY)",
                "INSERT INTO alembic_version VALUES ('a1b2c3d4e5f6')",
                "CREATE TABLE orders(id INTEGER PRIMARY KEY)",
            ),
        ),
        Case(
            "our-stamp-foreign-schema",
            _foreign(
                "CREATE TABLE alembic_version(version_num VARCHAR(32) PRIMARY KEY)",
                f"INSERT INTO alembic_version VALUES ('{HEAD_REVISION}')",
                "CREATE TABLE partner(id TEXT PRIMARY KEY, name TEXT)",
            ),
        ),
        Case(
            "empty-stamp",
            _sql("DELETE FROM alembic_version"),
        ),
        Case("newer-revision", _sql("UPDATE alembic_version SET version_num='0099_future'")),
        Case(
            "restamped-older", _sql("UPDATE alembic_version SET version_num='0005_named_baselines'")
        ),
        Case("extra-table", _sql("CREATE TABLE crm_sync(id INTEGER PRIMARY KEY)")),
        Case("extra-view", _sql("CREATE VIEW everyone AS SELECT name FROM partner")),
        Case("dropped-index", _sql("DROP INDEX ix_partner_register_name_key")),
        Case("dropped-trigger", _sql("DROP TRIGGER change_log_no_delete")),
        Case("added-column", _sql("ALTER TABLE partner ADD COLUMN crm_id TEXT")),
        Case("dropped-table", _sql("DROP TABLE site_closure")),
        Case("extra-index", _sql("CREATE INDEX mine ON partner(name)")),
    ]


def _beside() -> list[Case]:
    return [
        Case("hot-journal", _hot_journal(foreign=False)),
        Case("hot-journal-foreign", _hot_journal(foreign=True)),
        Case("foreign-wal", _beside_wal("other")),
        Case("garbage-wal", _beside_wal("garbage")),
        Case("wal-other-page-size", _beside_wal("small-pages")),
        Case("wal-beside-rollback-file", _beside_wal("rollback")),
        Case("wal-is-a-folder", _side("-wal", lambda p: p.mkdir())),
        Case("journal-is-a-folder", _side("-journal", lambda p: p.mkdir())),
        Case("own-crash-wal", _own_crash, RECOVERED),
    ]


def _special() -> list[Case]:
    return [
        Case("folder", lambda f, _t: f),
        Case("folder-named-like-a-db", _folder_named),
        Case("fifo", _fifo),
        Case("socket", _socket),
        Case("link-to-device", _link("/dev/null")),
        Case("link-to-zero-device", _link("/dev/zero")),
        Case("link-loop", _loop),
        Case("link-to-itself", _link(lambda f: str(f / "desk.sqlite"))),
        Case("dangling-link", _link(lambda f: str(f / "gone.sqlite"))),
        Case("link-to-a-folder", _link(lambda f: str(f))),
        Case("link-to-ours", _link_to_ours, OPENED),
    ]


def _formats() -> list[Case]:
    xlsx = {
        "[Content_Types].xml": b"<Types/>",
        "xl/workbook.xml": b"<workbook/>",
        "xl/worksheets/sheet1.xml": b"<worksheet/>",
    }
    return [
        Case("xlsx", _zip(xlsx)),
        Case("zip", _zip({"notes.txt": b"minutes of the JSC meeting"})),
        Case("pdf", _bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF\n")),
        Case("text", _bytes(b"minutes of the JSC meeting\n" * 200)),
        Case("json", _bytes(b'{"partners": []}')),
        Case("gzip-of-ours", _gzip_of_ours),
        Case("sparse-8g-zeros", _sparse(with_header=False)),
        Case("sparse-8g-ours-then-zeros", _sparse(with_header=True), EITHER),
    ]


def _names() -> list[Case]:
    return [
        Case("question-mark", _named("Q3?.sqlite", decoy="Q3"), OPENED),
        Case("hash", _named("Q3#draft.sqlite", decoy="Q3"), OPENED),
        Case("percent", _named("100% sure.sqlite"), OPENED),
        Case("percent-escape", _named("Q3%3F.sqlite", decoy="Q3?.sqlite"), OPENED),
        Case("spaces", _named("my desk  2026.sqlite"), OPENED),
        Case("unicode", _named("Über Partner ü.sqlite"), OPENED),
    ]


def _all_cases(template: Path) -> list[Case]:
    return [
        *_truncations(),
        *_noise(),
        *_zeroed(),
        *_btree(template),
        *_indexes(template),
        *_foreigners(),
        *_beside(),
        *_special(),
        *_formats(),
        *_names(),
        Case("read-only-file", _read_only_file, OPENED, read_only=True),
        Case("read-only-folder", _read_only_folder, OPENED, read_only=True),
        Case("empty", _bytes(b""), NEW),
    ]


# --- running them ---------------------------------------------------------------------------
def _digest(path: Path) -> str:
    st = path.stat()
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        if st.st_size > HASHED_WHOLE:  # sparse: the head and the allocated blocks
            h.update(fh.read(1 << 20))
            h.update(f"{st.st_size}/{st.st_blocks}".encode())
        else:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                h.update(chunk)
    return h.hexdigest()


def _state(folder: Path) -> dict[str, tuple[object, ...]]:
    """Every entry of the folder (not following links): kind, size, mtime, contents."""
    state: dict[str, tuple[object, ...]] = {}
    for entry in sorted(folder.iterdir()):
        st = entry.lstat()
        content = _digest(entry) if stat.S_ISREG(st.st_mode) else ""
        state[entry.name] = (stat.S_IFMT(st.st_mode), st.st_size, st.st_mtime_ns, content)
    return state


@contextlib.contextmanager
def _alarm(what: str) -> Iterator[None]:
    def ring(_signum: int, _frame: object) -> None:
        raise TimeoutError(f"{what} did not finish within {ALARM_S} s")

    previous = signal.signal(signal.SIGALRM, ring)
    signal.alarm(ALARM_S)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def _cli(*argv: str) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    with (
        _alarm(" ".join(argv[:2])),
        contextlib.redirect_stdout(out),
        contextlib.redirect_stderr(err),
    ):
        code = main(list(argv))
    return code, err.getvalue()


@dataclass
class GuiOutcome:
    code: int
    refusal: str = ""
    title: str = ""
    banner: str = ""


def _gui(path: Path, settings: QSettings, monkeypatch: pytest.MonkeyPatch) -> GuiOutcome:
    """The GUI start path up to the first window, and the full integrity check that follows
    its first paint (a file only that check finds damaged is refused then); the store
    itself is never opened here (`StoreOpener.start` only checks)."""
    outcome = GuiOutcome(-1)

    def refused(_parent: object, _path: Path, reason: str) -> database.Refusal:
        outcome.refusal = reason
        return database.Refusal.QUIT

    def refused_after_the_paint(_parent: object, _title: str, text: str) -> None:
        outcome.refusal = text

    def first_window(_app: QApplication) -> int:
        window = next(
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        )
        outcome.title = window.windowTitle()
        outcome.banner = (
            window.read_only_banner.text() if window.read_only_banner.isVisibleTo(window) else ""
        )
        opener = window.findChild(database.StoreOpener)
        while opener is not None and opener.pending.check_due and window.isVisible():
            QApplication.processEvents()  # paints, then checks (or refuses and closes)
            opener.wait(0.005)
        QApplication.processEvents()  # a refusal reaches the window
        window.close()
        return 0

    monkeypatch.setattr(database, "ask_after_refusal", refused)
    monkeypatch.setattr(QMessageBox, "critical", refused_after_the_paint)
    monkeypatch.setattr(database.StoreOpener, "start", database.StoreOpener.check)
    monkeypatch.setattr(app, "execute", first_window)
    with _alarm("the GUI start path"):
        outcome.code = app.run(path, False, settings=settings)
    for window in QApplication.topLevelWidgets():
        window.deleteLater()
    return outcome


@pytest.fixture
def user_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    for var in ("XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME"):
        monkeypatch.setenv(var, str(home / var.lower()))
    monkeypatch.setenv("MPLCONFIGDIR", str(home / "mpl"))
    monkeypatch.delenv("CDMO_DESKTOP_DB", raising=False)
    return home


def test_every_damaged_or_foreign_file_is_refused_or_opened_as_it_is_and_left_untouched(
    demo_template: Path,
    tmp_path: Path,
    settings: QSettings,
    user_dirs: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    cases = _all_cases(demo_template)
    assert len(cases) >= 100
    failures: list[str] = []
    protected: list[Path] = []
    try:
        for index, case in enumerate(cases):
            folder = tmp_path / "battery" / f"{index:03d}"
            folder.mkdir(parents=True)
            path = case.make(folder, demo_template)
            if case.read_only:
                protected += [folder, path]
            problems = _run_case(case, path, settings, monkeypatch)
            failures += [f"{case.name}: {p}" for p in problems]
    finally:
        for path in protected:
            _unprotect(path)
    assert not failures, "\n".join(failures)


def _run_case(
    case: Case, path: Path, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> list[str]:
    problems = []
    folder = path.parent
    before = _state(folder)
    check_code, check_err = _cli("check", "--db", str(path))
    list_code, list_err = _cli("list", "partners", "--db", str(path))
    if _state(folder) != before:
        problems.append("check or list changed the file or its folder")
    gui = _gui(path, settings, monkeypatch)
    after = _state(folder)
    if case.expect == NEW:  # now a database of ours, and nothing else beside it
        if set(after) != set(before) or not path.read_bytes().startswith(b"SQLite format 3"):
            problems.append(f"the empty file did not become a database alone: {sorted(after)}")
    elif case.expect == RECOVERED:  # the change committed before the crash is kept
        conn = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
        kept = conn.execute("SELECT count(*) FROM partner WHERE notes = 'after the crash'")
        if not kept.fetchone()[0] or (folder / f"{path.name}-wal").exists():
            problems.append("the crash's committed change was not recovered into the file")
        conn.close()
    elif after != before:
        problems.append("the GUI start path changed the file or its folder")
    refused = {
        "check": check_code != 0,
        "list": list_code != 0,
        "gui": gui.code != 0,
    }
    for where, err in (("check", check_err), ("list", list_err)):
        lines = err.splitlines()
        if refused[where] and (len(lines) != 1 or "Traceback" in err or "unexpected" in err):
            problems.append(f"{where} did not refuse in one sentence: {err!r}")
    if refused["gui"] and not gui.refusal:
        problems.append("the GUI quit without saying why")
    if case.expect == REFUSED and not all(refused.values()):
        problems.append(f"not refused everywhere: {refused}")
    if case.expect == OPENED and any(refused.values()):
        problems.append(f"not opened: {refused} {check_err} {gui.refusal}")
    if case.expect == NEW and not (refused["check"] and refused["list"] and not refused["gui"]):
        problems.append(
            f"an empty file is refused by commands, a new database in the app: {refused}"
        )
    if case.expect == EITHER and len(set(refused.values())) != 1 and refused["check"] is False:
        problems.append(f"opened by one entry point, refused by another: {refused}")
    if case.read_only and not (gui.title.endswith("(read-only)") and "Read-only" in gui.banner):
        problems.append(f"not marked read-only: {gui.title!r} {gui.banner!r}")
    return problems
