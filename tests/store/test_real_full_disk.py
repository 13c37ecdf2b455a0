"""A real small filesystem (tmpfs) filled up or remounted read-only under an open database:
the app opens, every failure is a plain sentence, nothing is lost or left behind. Needs
root and permission to mount (CI runs so); skipped otherwise."""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from cdmo_desktop.store import Store, files, open_store
from cdmo_desktop.store.backup import list_backups
from cdmo_desktop.store.errors import StorageError
from cdmo_desktop.store.partner_edits import create_partner

# About the SQLite file itself: runs on SQLite alone (tests/conftest.py).
pytestmark = pytest.mark.sqlite_only

SIZE = 8 << 20


def _run(*args: str) -> bool:
    done = subprocess.run(args, capture_output=True, text=True, timeout=30)
    return done.returncode == 0


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    if os.name != "posix" or os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root")
    disk = tmp_path / "disk"
    disk.mkdir()
    if not _run("mount", "-t", "tmpfs", "-o", f"size={SIZE}", "tmpfs", str(disk)):
        pytest.skip("mounting a tmpfs is not permitted here")
    try:
        yield disk
    finally:
        _run("umount", "-l", str(disk))


def _fill(disk: Path, leave: int) -> Path:
    """Fill the disk up, then give `leave` bytes back."""
    filler = disk / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        for chunk in (1 << 16, 1 << 12, 1 << 9):
            try:
                while True:
                    os.write(fd, b"\0" * chunk)
            except OSError as exc:
                assert exc.errno == errno.ENOSPC
        os.ftruncate(fd, max(0, os.fstat(fd).st_size - leave))
    finally:
        os.close(fd)
    return filler


def _partners(store: Store) -> int:
    from sqlmodel import func, select

    from cdmo_desktop.domain.models import Partner

    with store.read() as s:
        return int(s.exec(select(func.count()).select_from(Partner)).one())


def _big(name: str) -> dict[str, str]:
    return {"name": name, "kind": "cro", "notes": "confidential terms " * 20_000}


def _integrity(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()


def test_a_nearly_full_disk_opens_refuses_saves_and_backups_plainly_then_recovers(
    small_disk: Path, empty_template: Path
) -> None:
    from cdmo_desktop.exchange.sheets import Sheet, SheetColumn, write_sheets

    path = small_disk / "desk.sqlite"
    shutil.copyfile(empty_template, path)
    with open_store(path) as store:
        create_partner(store, "p-1", {"name": "Acme", "kind": "cro"})
    filler = _fill(small_disk, 256 << 10)

    store = open_store(path, daily_backup=True)  # start: the daily backup cannot be taken
    try:
        assert store.backup_warning == f"The daily backup was skipped. {files.DISK_FULL}"
        assert store.lock is not None and store.lock.held
        assert _partners(store) == 1

        with pytest.raises(StorageError) as saving:  # save
            create_partner(store, str(uuid.uuid4()), _big("Beta"))
        assert saving.value.sentence() == f"The file {path} could not be saved. {files.DISK_FULL}"
        assert _partners(store) == 1

        with pytest.raises(StorageError) as backing_up:  # backup
            store.backup()
        assert files.DISK_FULL in backing_up.value.sentence()

        rows = [[f"row {i} " * 20] for i in range(20_000)]  # export
        with pytest.raises(OSError) as exporting:
            write_sheets(small_disk / "partners.csv", [Sheet("P", [SheetColumn("Name")], rows)])
        assert files.fault_sentence(exporting.value) == files.DISK_FULL
        assert sorted(p.name for p in small_disk.iterdir() if not p.name.startswith("desk")) == [
            "backups",
            "filler",
        ]
        assert list_backups(path) == []
        assert os.listdir(small_disk / "backups") == []

        filler.unlink()  # space again: the same store saves and backs up
        create_partner(store, str(uuid.uuid4()), _big("Beta"))
        assert _partners(store) == 2
        assert len(list_backups(path)) == 0
        store.backup()
        assert len(list_backups(path)) == 1
    finally:
        store.close()
    assert _integrity(path) == "ok"


def test_a_full_disk_still_opens_and_says_the_disk_is_full(
    small_disk: Path, empty_template: Path
) -> None:
    path = small_disk / "desk.sqlite"
    shutil.copyfile(empty_template, path)
    _fill(small_disk, 0)
    store = open_store(path, daily_backup=True)  # SQLite's -shm cannot grow: "disk I/O error"
    try:
        assert store.backup_warning == f"The daily backup was skipped. {files.DISK_FULL}"
        with pytest.raises(StorageError) as saving:
            create_partner(store, str(uuid.uuid4()), {"name": "Acme", "kind": "cro"})
        assert saving.value.sentence() == f"The file {path} could not be saved. {files.DISK_FULL}"
    finally:
        store.close()


def test_backups_and_exports_onto_a_read_only_disk(
    small_disk: Path, empty_template: Path, tmp_path: Path
) -> None:
    """Linux refuses to remount a disk read-only while a file on it is open for writing
    (only the kernel does, after an error): the database stays on a writable disk, its
    backup and an export go to the read-only one (a write-protected stick, say)."""
    from cdmo_desktop.exchange.sheets import Sheet, SheetColumn, write_sheets
    from cdmo_desktop.store.backup import backup_database

    path = tmp_path / "desk.sqlite"
    shutil.copyfile(empty_template, path)
    assert _run("mount", "-o", "remount,ro", str(small_disk))
    try:
        with pytest.raises(StorageError) as backing_up:
            backup_database(path, small_disk / "backups")
        assert backing_up.value.sentence().startswith(f"The file {path} cannot be backed up into")
        assert files.READ_ONLY in backing_up.value.sentence()
        with pytest.raises(OSError) as exporting:
            write_sheets(small_disk / "p.csv", [Sheet("P", [SheetColumn("Name")], [["Acme"]])])
        assert files.fault_sentence(exporting.value) == files.READ_ONLY
        assert exporting.value.filename == str(small_disk / "p.csv")
    finally:
        assert _run("mount", "-o", "remount,rw", str(small_disk))
    assert os.listdir(small_disk) == []
