"""Backups: consistent copies through the backup API, rotation, and restoring one."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from sqlmodel import select

from cdmo_desktop.domain.enums import PartnerKind
from cdmo_desktop.domain.models import Partner
from cdmo_desktop.store import (
    DatabaseLockedError,
    NewerSchemaError,
    NotADatabaseError,
    Store,
    open_store,
)
from cdmo_desktop.store import backup as backup_mod
from cdmo_desktop.store.backup import backup_database, list_backups, restore_backup

# About the SQLite file itself: runs on SQLite alone (tests/conftest.py).
pytestmark = pytest.mark.sqlite_only


def _names(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("SELECT name FROM partner ORDER BY name")]
    finally:
        conn.close()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _add(store: Store, *names: str) -> None:
    with store.session() as s:
        s.add_all(Partner(name=n, kind=PartnerKind.CRO) for n in names)


def test_backup_of_open_database_is_a_consistent_single_file(store: Store) -> None:
    _add(store, "Northbridge Biologics", "Helix Analytical")
    other = sqlite3.connect(store.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # a write in progress elsewhere is not copied
    other.execute("UPDATE partner SET name = 'half-written'")
    try:
        path = store.backup()
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert path.parent == store.path.parent / "backups"
    assert _names(path) == ["Helix Analytical", "Northbridge Biologics"]
    assert not path.with_name(path.name + "-wal").exists()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.close()
    [info] = list_backups(store.path)
    assert (info.path, info.reason, info.size) == (path, "manual", path.stat().st_size)


def test_backup_leaves_the_database_file_as_it_was(store: Store, tmp_path: Path) -> None:
    _add(store, "Kestrel CDMO")
    path = store.path
    store.close()
    before = _digest(path)
    backup_database(path, tmp_path / "elsewhere")
    assert _digest(path) == before
    assert sorted(p.name for p in path.parent.iterdir()) == ["desk.sqlite", "elsewhere"]


def test_backups_rotate_per_kind_in_the_default_folder(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(backup_mod, "KEEP_MANUAL", 3)
    monkeypatch.setattr(backup_mod, "KEEP_AUTOMATIC", 2)
    manual = [store.backup() for _ in range(5)]
    automatic = [store.backup(reason="pre-migration") for _ in range(4)]
    kept = {b.path for b in list_backups(store.path)}
    assert kept == set(manual[-3:]) | set(automatic[-2:])


def test_backups_in_a_folder_of_the_users_choice_are_never_rotated(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(backup_mod, "KEEP_MANUAL", 2)
    chosen = tmp_path / "usb-stick"
    made = [store.backup(chosen) for _ in range(4)]
    assert all(p.exists() for p in made)
    assert len(list_backups(store.path, chosen)) == 4


def test_backup_of_a_missing_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(backup_mod.StoreError, match="does not exist"):
        backup_database(tmp_path / "gone.sqlite")
    assert list(tmp_path.iterdir()) == []


def test_restore_replaces_the_content_and_keeps_the_replaced_state(store: Store) -> None:
    _add(store, "Northbridge Biologics")
    chosen = store.backup()
    _add(store, "Helix Analytical")
    path = store.path
    store.close()
    safety = restore_backup(chosen, path)
    assert _names(path) == ["Northbridge Biologics"]
    assert _names(safety) == ["Helix Analytical", "Northbridge Biologics"]
    assert {b.reason for b in list_backups(path)} == {"manual", "pre-restore"}
    with open_store(path) as reopened, reopened.read() as s:
        assert [p.name for p in s.exec(select(Partner))] == ["Northbridge Biologics"]


def test_restore_is_refused_while_the_database_is_open(store: Store) -> None:
    _add(store, "Northbridge Biologics")
    chosen = store.backup()
    _add(store, "Helix Analytical")
    with pytest.raises(DatabaseLockedError, match="already open"):
        restore_backup(chosen, store.path)
    with store.read() as s:
        assert len(s.exec(select(Partner)).all()) == 2


def test_restore_from_a_damaged_backup_changes_nothing(store: Store, tmp_path: Path) -> None:
    _add(store, "Northbridge Biologics")
    damaged = store.backup()
    data = bytearray(damaged.read_bytes())
    data[len(data) // 2 :] = b"\xff" * (len(data) - len(data) // 2)
    damaged.write_bytes(bytes(data))
    path = store.path
    store.close()
    before = _digest(path)
    with pytest.raises(NotADatabaseError, match="damaged"):
        restore_backup(damaged, path)
    assert _digest(path) == before
    assert [b.reason for b in list_backups(path)] == ["manual"]


def test_restore_from_a_newer_schema_is_refused(store: Store) -> None:
    future = store.backup()
    conn = sqlite3.connect(future)
    conn.execute("UPDATE alembic_version SET version_num = '0099_from_the_future'")
    conn.commit()
    conn.close()
    path = store.path
    store.close()
    before = _digest(path)
    with pytest.raises(NewerSchemaError, match="newer version"):
        restore_backup(future, path)
    assert _digest(path) == before


def test_restore_over_a_damaged_database_saves_it_and_recovers(store: Store) -> None:
    _add(store, "Northbridge Biologics")
    good = store.backup()
    path = store.path
    store.close()
    path.write_bytes(b"this used to be a database")
    safety = restore_backup(good, path)
    assert safety.read_bytes() == b"this used to be a database"
    assert _names(path) == ["Northbridge Biologics"]
    open_store(path).close()


def test_restore_of_an_older_schema_is_upgraded_on_next_open(tmp_path: Path) -> None:
    from cdmo_desktop.store import migrate

    old = tmp_path / "old-backup.sqlite"
    migrate.upgrade(old, target="0001_initial")
    path = tmp_path / "desk.sqlite"
    open_store(path).close()
    restore_backup(old, path)
    with open_store(path) as store:
        assert store.last_backup is not None  # the pre-migration backup
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (
        migrate.HEAD_REVISION,
    )
    conn.close()
