"""The one atomic, owner-only file writer, and what a failed disk means for the user."""

from __future__ import annotations

import errno
import logging
import os
import sqlite3
import stat
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from cdmo_desktop.store import Store, files, open_store, safe_log
from cdmo_desktop.store.backup import list_backups
from cdmo_desktop.store.errors import DatabaseLockedError, StorageError, WriteRefused
from cdmo_desktop.store.partner_edits import create_partner

# About the SQLite file itself: runs on SQLite alone (tests/conftest.py).
pytestmark = pytest.mark.sqlite_only

SECRET = "Projekt Nordlicht: CDA-geschuetzte Konditionen 4711"
POSIX = os.name == "posix"
posix_only = pytest.mark.skipif(not POSIX, reason="file modes are POSIX")


def _mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture
def open_umask() -> Iterator[None]:
    """The usual 022 umask: what the app creates must be private by its own modes."""
    old = os.umask(0o022)
    yield
    os.umask(old)


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if files.is_part(p))


def _fail_with(code: int) -> object:
    def fail(*_args: object, **_kwargs: object) -> None:
        raise OSError(code, os.strerror(code))

    return fail


# --- the atomic write -----------------------------------------------------------------------
@posix_only
def test_atomic_write_is_owner_only_and_leaves_no_temporary_file(
    tmp_path: Path, open_umask: None
) -> None:
    target = tmp_path / "export.csv"
    files.write_text_atomic(target, "a,b\n")
    assert target.read_text(encoding="utf-8") == "a,b\n"
    assert _mode(target) == 0o600
    assert _leftovers(tmp_path) == []


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EROFS, errno.EIO])
def test_a_failed_write_leaves_the_old_file_and_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int
) -> None:
    target = tmp_path / "plan.xml"
    target.write_bytes(b"old")
    monkeypatch.setattr(os, "fsync", _fail_with(code))
    with pytest.raises(OSError) as caught:
        files.write_bytes_atomic(target, b"new" * 1000)
    assert caught.value.errno == code
    assert target.read_bytes() == b"old"
    assert _leftovers(tmp_path) == []
    assert files.fault_sentence(caught.value) is not None


def test_an_error_inside_the_block_removes_the_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    with pytest.raises(RuntimeError), files.atomic_path(target) as part:
        part.write_bytes(b"half a PDF")
        raise RuntimeError("layout failed")
    assert not target.exists()
    assert list(tmp_path.iterdir()) == []


def test_the_error_names_the_file_asked_for_not_the_temporary_one(tmp_path: Path) -> None:
    missing = tmp_path / "no-such-folder" / "out.csv"
    with pytest.raises(FileNotFoundError) as caught:
        files.write_bytes_atomic(missing, b"x")
    assert caught.value.filename == str(missing)


def test_fault_sentences_say_what_happened_and_what_to_do() -> None:
    assert files.fault_sentence(OSError(errno.ENOSPC, "x")) == files.DISK_FULL
    assert "read-only" in (files.fault_sentence(OSError(errno.EROFS, "x")) or "")
    assert "input/output" in (files.fault_sentence(OSError(errno.EIO, "x")) or "")
    full = sqlite3.OperationalError("database or disk is full")
    assert files.fault_sentence(full) == files.DISK_FULL
    assert files.fault_sentence(ValueError("nothing to do with the disk")) is None


def test_the_project_has_one_file_writer() -> None:
    """No other temporary-file-and-rename copy (they disagreed about fsync and modes)."""
    import ast

    root = Path(files.__file__).resolve().parents[1]
    banned_calls = {
        ("os", "replace"),
        ("os", "rename"),
        ("shutil", "move"),
        ("tempfile", "mkstemp"),
        ("tempfile", "NamedTemporaryFile"),
    }
    found = []
    for source in sorted(root.rglob("*.py")):
        if source == Path(files.__file__).resolve():
            continue
        tree = ast.parse(source.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
                continue
            func = node.func
            owner = func.value.id if isinstance(func.value, ast.Name) else ""
            # Path.replace(target) / Path.rename(target): one positional argument
            # (str.replace takes two, dataclasses/datetime replace take keywords).
            path_rename = (
                func.attr in ("replace", "rename") and len(node.args) == 1 and not node.keywords
            )
            if (owner, func.attr) in banned_calls or path_rename:
                found.append(f"{source.relative_to(root)}:{node.lineno}")
    assert found == []


# --- modes -----------------------------------------------------------------------------------
@posix_only
def test_a_new_database_its_wal_and_shm_are_owner_only(tmp_path: Path, open_umask: None) -> None:
    path = tmp_path / "new.sqlite"
    with open_store(path) as store:
        create_partner(store, str(uuid.uuid4()), {"name": "Acme", "kind": "cro"})
        for name in ("new.sqlite", "new.sqlite-wal", "new.sqlite-shm"):
            assert _mode(tmp_path / name) == 0o600, name


@posix_only
def test_an_existing_readable_database_is_made_owner_only(
    empty_template: Path, tmp_path: Path, open_umask: None
) -> None:
    path = tmp_path / "shared.sqlite"
    path.write_bytes(empty_template.read_bytes())
    os.chmod(path, 0o644)
    open_store(path).close()
    assert _mode(path) == 0o600


@posix_only
def test_making_private_keeps_the_owners_permissions(tmp_path: Path) -> None:
    read_only = tmp_path / "read-only.sqlite"
    read_only.write_bytes(b"")
    os.chmod(read_only, 0o444)
    files.make_private(read_only)
    assert _mode(read_only) == 0o400  # still read-only: never made writable


@posix_only
def test_backups_are_owner_only_in_an_owner_only_folder(store: Store, open_umask: None) -> None:
    backup = store.backup()
    assert _mode(backup) == 0o600
    assert _mode(backup.parent) == 0o700


@posix_only
def test_the_log_file_and_its_folder_are_owner_only(tmp_path: Path, open_umask: None) -> None:
    handler = safe_log.open_log_file(tmp_path / "logs", "app.log")
    try:
        assert _mode(tmp_path / "logs") == 0o700
        assert _mode(tmp_path / "logs" / "app.log") == 0o600
    finally:
        handler.close()


@posix_only
def test_exports_pdfs_and_drafts_are_owner_only(
    demo_store: Store, tmp_path: Path, open_umask: None
) -> None:
    from cdmo_desktop.exchange.sheets import Sheet, SheetColumn, write_sheets
    from cdmo_desktop.store.charter_drafts import read_draft, write_draft
    from cdmo_desktop.store.charters import load_charter

    out = tmp_path / "out"
    out.mkdir()
    for name in ("a.csv", "a.xlsx"):
        write_sheets(out / name, [Sheet("Partners", [SheetColumn("Name")], [["Acme"]])])
        assert _mode(out / name) == 0o600, name
    from sqlmodel import select

    from cdmo_desktop.domain.models import Engagement

    with demo_store.read() as s:
        engagement_id = s.exec(select(Engagement.id)).first()
    assert engagement_id is not None
    draft = write_draft(demo_store.path, load_charter(demo_store, engagement_id))
    assert _mode(draft) == 0o600 and _mode(draft.parent) == 0o700
    assert read_draft(demo_store.path, engagement_id) is not None


# --- stale partial backups -------------------------------------------------------------------
def test_stale_partial_backups_are_removed_at_the_next_start_and_never_listed(
    store: Store,
) -> None:
    path = store.path
    first = store.backup()
    store.close()
    folder = first.parent
    stale = [
        folder / f"{path.stem}-20260101-000000-000000-manual.sqlite.part",
        folder / f"{path.stem}-20260101-000000-000000-manual.sqlite.part-journal",
        folder / f".{path.stem}-20260102-000000-000000-daily.sqlite.0a1b2c3d4e5f.part",
        folder / f".{path.stem}-20260102-000000-000000-daily.sqlite.0a1b2c3d4e5f.part-journal",
        path.with_name(path.name + ".restore.part"),
        path.with_name(f".{path.name}.00aa11bb22cc.part"),
    ]
    for part in stale:
        part.write_bytes(b"\0" * 4096)
    assert [b.path for b in list_backups(path)] == [first]
    open_store(path).close()
    assert [p.name for p in stale if p.exists()] == []
    assert [b.path for b in list_backups(path)] == [first]


def test_a_part_being_written_is_not_removed(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    (folder / "old.sqlite.part").write_bytes(b"x")
    with files.atomic_path(folder / "new.sqlite") as part:
        part.write_bytes(b"being written")
        assert files.remove_stale_parts(folder) == [folder / "old.sqlite.part"]
        assert part.exists()
    assert (folder / "new.sqlite").read_bytes() == b"being written"


def test_rotation_removes_stale_parts(store: Store) -> None:
    first = store.backup()
    stale = first.with_name(first.name + ".part")
    stale.write_bytes(b"x")
    store.backup()
    assert not stale.exists()


# --- faults on save, backup and start --------------------------------------------------------
def _limit_pages(store: Store) -> None:
    """Every connection of the store may not grow the file: SQLITE_FULL on the next
    write that needs a page (a full disk, as SQLite sees it)."""
    store.engine.dispose()

    @sa.event.listens_for(store.engine, "connect")
    def _full(dbapi: sqlite3.Connection, _record: object) -> None:
        pages = dbapi.execute("PRAGMA page_count").fetchone()[0]
        dbapi.execute(f"PRAGMA max_page_count={pages}")


def _partner_count(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("SELECT count(*) FROM partner").fetchone()[0])
    finally:
        conn.close()


def test_a_save_on_a_full_disk_says_so_without_sql_and_changes_nothing(store: Store) -> None:
    before = _partner_count(store.path)
    _limit_pages(store)
    with pytest.raises(StorageError) as caught:
        create_partner(
            store, str(uuid.uuid4()), {"name": SECRET, "kind": "cro", "notes": SECRET * 200}
        )
    text = caught.value.sentence()
    assert "The disk is full" in text and "last saved change is safe" in text
    for bad in (SECRET, "INSERT", "[parameters", "[SQL"):
        assert bad not in text
    assert caught.value.__cause__ is None and caught.value.__suppress_context__
    assert _partner_count(store.path) == before


def test_a_save_on_a_read_only_database_says_so(store: Store) -> None:
    store.engine.dispose()

    @sa.event.listens_for(store.engine, "connect")
    def _read_only(dbapi: sqlite3.Connection, _record: object) -> None:
        dbapi.execute("PRAGMA query_only=ON")  # SQLITE_READONLY, as after a read-only remount

    with pytest.raises(StorageError) as caught:
        create_partner(store, str(uuid.uuid4()), {"name": SECRET, "kind": "cro"})
    assert caught.value.sentence() == f"The file {store.path} could not be saved. {files.READ_ONLY}"


def test_a_save_on_a_database_locked_by_another_program_says_so(
    empty_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cdmo_desktop.store import engine

    monkeypatch.setattr(engine, "BUSY_TIMEOUT_S", 0.05)
    path = tmp_path / "locked.sqlite"
    path.write_bytes(empty_template.read_bytes())
    with open_store(path) as store:
        other = sqlite3.connect(path, isolation_level=None)
        try:
            other.execute("BEGIN IMMEDIATE")
            with pytest.raises(StorageError) as caught:
                create_partner(store, str(uuid.uuid4()), {"name": SECRET, "kind": "cro"})
        finally:
            other.close()
    assert "locked by another program" in caught.value.sentence()
    assert SECRET not in caught.value.sentence()


def test_a_unique_violation_is_a_refusal_without_the_value(store: Store) -> None:
    create_partner(store, str(uuid.uuid4()), {"name": SECRET, "kind": "cro"})
    with pytest.raises(WriteRefused) as caught:
        create_partner(store, str(uuid.uuid4()), {"name": SECRET, "kind": "cro"})
    assert SECRET not in str(caught.value)


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EROFS, errno.EIO])
def test_a_failed_backup_says_what_to_do_and_leaves_nothing(
    store: Store, monkeypatch: pytest.MonkeyPatch, code: int
) -> None:
    first = store.backup()
    monkeypatch.setattr(os, "fsync", _fail_with(code))
    with pytest.raises(StorageError) as caught:
        store.backup()
    assert caught.value.sentence().startswith(f"The file {store.path} could not be backed up.")
    assert str(files.fault_sentence(OSError(code, ""))) in caught.value.sentence()
    monkeypatch.undo()
    assert [b.path for b in list_backups(store.path)] == [first]
    assert _leftovers(first.parent) == []


def test_the_app_opens_on_a_full_disk_without_its_daily_backup(
    empty_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "full.sqlite"
    path.write_bytes(empty_template.read_bytes())
    real_write = os.write
    monkeypatch.setattr(os, "fsync", _fail_with(errno.ENOSPC))  # the backup's copy
    monkeypatch.setattr(os, "write", _fail_with(errno.ENOSPC))  # the lock's holder line
    store = open_store(path, daily_backup=True)
    try:
        monkeypatch.setattr(os, "write", real_write)
        assert store.lock is not None and store.lock.held
        assert store.backup_warning is not None
        assert store.backup_warning == f"The daily backup was skipped. {files.DISK_FULL}"
        assert list_backups(path) == []
        with pytest.raises(DatabaseLockedError):  # a second window still finds it locked
            open_store(path)
    finally:
        store.close()
    assert _leftovers(path.parent / "backups") == []


def test_a_pre_migration_backup_that_fails_refuses_the_upgrade(
    empty_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.migration_support import downgrade

    path = tmp_path / "old.sqlite"
    path.write_bytes(empty_template.read_bytes())
    downgrade(path, "0011_site_closures")
    before = path.read_bytes()
    monkeypatch.setattr(os, "fsync", _fail_with(errno.ENOSPC))
    with pytest.raises(StorageError) as caught:
        open_store(path)
    assert "The disk is full" in caught.value.sentence()
    assert path.read_bytes() == before


# --- nothing confidential in the log ---------------------------------------------------------
def test_logged_database_errors_carry_no_sql_parameters_or_values(
    store: Store, tmp_path: Path
) -> None:
    handler = safe_log.open_log_file(tmp_path / "logs", "app.log")
    logger = logging.getLogger("tests.safe_log")
    logging.getLogger().addHandler(handler)
    try:
        create_partner(store, "p-1", {"name": "Acme", "kind": "cro"})
        create_partner(store, "p-2", {"name": "Beta", "kind": "cro"})
        statement = sa.text("UPDATE partner SET name_key = 'acme', notes = :n WHERE id = 'p-2'")
        with store.engine.connect() as conn:
            try:
                conn.execute(statement, {"n": SECRET})  # a unique violation
            except sa.exc.IntegrityError as exc:
                logger.exception("write failed")
                logger.warning("write failed: %s", exc)
        _limit_pages(store)
        try:
            create_partner(
                store, str(uuid.uuid4()), {"name": SECRET, "kind": "cro", "notes": SECRET * 200}
            )
        except StorageError:
            logger.exception("save failed")
    finally:
        logging.getLogger().removeHandler(handler)
        handler.close()
    text = (tmp_path / "logs" / "app.log").read_text(encoding="utf-8")
    assert "UNIQUE constraint failed" in text and "The disk is full" in text
    for bad in (SECRET, "INSERT", "SELECT", "[parameters"):
        assert bad not in text, bad
