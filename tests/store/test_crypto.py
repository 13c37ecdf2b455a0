"""Encryption at rest: an encrypted database opens only with its passphrase, its connections
raise the same errors as a plain one, its backups are encrypted, and a wrong passphrase
changes nothing."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from cdmo_desktop.domain.enums import PartnerKind
from cdmo_desktop.domain.models import Partner
from cdmo_desktop.store import NotADatabaseError, StoreError, crypto, encryption, open_store
from cdmo_desktop.store.backup import backup_database, restore_backup
from cdmo_desktop.store.engine import connect, make_engine
from cdmo_desktop.store.migrate import HEAD_REVISION
from cdmo_desktop.store.probe import probe_revision as probe

# About the SQLite file itself: runs on SQLite alone (tests/conftest.py).
pytestmark = pytest.mark.sqlite_only

SECRET = "Confidential Partner Quintessa 4417"
KEY = crypto.Passphrase("correct horse battery staple")


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _folder(path: Path) -> list[str]:
    return sorted(os.listdir(path))


@pytest.fixture(autouse=True)
def _no_keys() -> Iterator[None]:
    crypto.forget()
    yield
    crypto.forget()


@pytest.fixture
def encrypted(tmp_path: Path) -> Path:
    """A new encrypted database holding SECRET, closed."""
    path = tmp_path / "secret.sqlite"
    crypto.unlock(path, KEY)
    with open_store(path) as store, store.session() as s:
        s.add(Partner(name=SECRET, kind=PartnerKind.CRO))
    crypto.forget()
    return path


def _names(path: Path) -> list[str]:
    conn = connect(path, "ro")
    try:
        return [r[0] for r in conn.execute("SELECT name FROM partner ORDER BY name")]
    finally:
        conn.close()


def test_a_new_encrypted_database_holds_no_plaintext(encrypted: Path) -> None:
    data = encrypted.read_bytes()
    assert not data.startswith(b"SQLite format 3")
    assert SECRET.encode() not in data
    crypto.unlock(encrypted, KEY)
    assert _names(encrypted) == [SECRET]


def test_the_wal_of_an_open_encrypted_database_holds_no_plaintext(encrypted: Path) -> None:
    crypto.unlock(encrypted, KEY)
    with open_store(encrypted) as store:
        with store.session() as s:
            s.add(Partner(name="Walfrid Secret Labs", kind=PartnerKind.CDMO))
        wal = encrypted.with_name(encrypted.name + "-wal")
        assert wal.stat().st_size > 0  # the change is in the WAL, not yet checkpointed
        assert b"Walfrid" not in wal.read_bytes()
    assert _names(encrypted) == [SECRET, "Walfrid Secret Labs"]


def test_without_its_passphrase_probe_says_encrypted_and_touches_nothing(
    encrypted: Path,
) -> None:
    before, listing = _digest(encrypted), _folder(encrypted.parent)
    with pytest.raises(crypto.EncryptedError) as err:
        probe(encrypted)
    assert "is encrypted (or not a database): give its passphrase" in err.value.sentence()
    with pytest.raises(crypto.EncryptedError):
        open_store(encrypted)
    assert _digest(encrypted) == before
    assert _folder(encrypted.parent) == listing


def test_a_wrong_passphrase_is_said_and_writes_nothing(encrypted: Path) -> None:
    before, listing = _digest(encrypted), _folder(encrypted.parent)
    crypto.unlock(encrypted, crypto.Passphrase("wrong"))
    for attempt in (lambda: probe(encrypted), lambda: open_store(encrypted)):
        with pytest.raises(crypto.WrongPassphraseError) as err:
            attempt()
        assert "the passphrase is wrong" in err.value.sentence()
    assert _digest(encrypted) == before
    assert _folder(encrypted.parent) == listing  # no -wal, -shm, backups/ or lock file


def test_random_bytes_of_no_page_size_are_still_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "junk.sqlite"
    path.write_bytes(os.urandom(1000))
    with pytest.raises(NotADatabaseError) as err:
        probe(path)
    assert not isinstance(err.value, crypto.EncryptedError)


def test_the_passphrase_never_shows_in_a_repr() -> None:
    assert "battery" not in repr(KEY)
    assert "battery" not in repr([KEY])


def test_an_encrypted_database_opens_at_the_current_schema(encrypted: Path) -> None:
    crypto.unlock(encrypted, KEY)
    assert probe(encrypted, full=True) == HEAD_REVISION


def test_errors_of_an_encrypted_connection_are_the_plain_ones(encrypted: Path) -> None:
    """Busy, full disk and wrong key raise sqlite3 errors, and through an engine
    SQLAlchemy's: the app's handlers catch them as for a plain database."""
    crypto.unlock(encrypted, KEY)
    holder = connect(encrypted, "rw", isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        other = connect(encrypted, "rw", timeout=0.05, isolation_level=None)
        with pytest.raises(sqlite3.OperationalError, match="locked") as busy:
            other.execute("BEGIN IMMEDIATE")
        assert busy.value.sqlite_errorname == "SQLITE_BUSY"
        other.close()
        engine = make_engine(encrypted, pooled=False)

        @sa.event.listens_for(engine, "connect")
        def _impatient(dbapi_connection: sqlite3.Connection, _record: object) -> None:
            dbapi_connection.execute("PRAGMA busy_timeout=50")

        with pytest.raises(sa.exc.OperationalError, match="locked"), engine.begin() as conn:
            conn.exec_driver_sql("INSERT INTO alembic_version VALUES ('x')")
        engine.dispose()
    finally:
        holder.execute("ROLLBACK")
        holder.close()

    full = connect(encrypted, "rw", isolation_level=None)
    try:
        pages = full.execute("PRAGMA page_count").fetchone()[0]
        full.execute(f"PRAGMA max_page_count={pages}")
        with pytest.raises(sqlite3.OperationalError, match="full"):
            full.execute("CREATE TABLE filler(x)")
            full.execute("INSERT INTO filler VALUES (zeroblob(100000))")
    finally:
        full.close()

    wrong = connect(encrypted, "ro", key=crypto.Passphrase("wrong"))
    try:
        with pytest.raises(sqlite3.DatabaseError, match="not a database"):
            wrong.execute("SELECT * FROM sqlite_master").fetchall()
    finally:
        wrong.close()


def test_full_disk_through_the_store_is_an_sqlalchemy_error(encrypted: Path) -> None:
    crypto.unlock(encrypted, KEY)
    with open_store(encrypted) as store:
        with store.engine.connect() as conn:
            pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
        engine = make_engine(encrypted, pooled=False)

        @sa.event.listens_for(engine, "connect")
        def _cap(dbapi_connection: sqlite3.Connection, _record: object) -> None:
            dbapi_connection.execute(f"PRAGMA max_page_count={pages}")

        with pytest.raises(sa.exc.OperationalError, match="full"), engine.begin() as conn:
            conn.exec_driver_sql(
                "INSERT INTO alembic_version SELECT hex(zeroblob(50000)) FROM (SELECT 1)"
            )
        engine.dispose()
    assert _names(encrypted) == [SECRET]


def test_backups_of_an_encrypted_database_are_encrypted_and_restore(
    encrypted: Path, tmp_path: Path
) -> None:
    crypto.unlock(encrypted, KEY)
    beside = backup_database(encrypted)
    elsewhere = backup_database(encrypted, tmp_path / "stick")
    for copy in (beside, elsewhere):
        assert SECRET.encode() not in copy.read_bytes()
        assert crypto.looks_encrypted(copy)
    with open_store(encrypted) as store, store.session() as s:
        s.add(Partner(name="Added after the backup", kind=PartnerKind.CRO))
    restore_backup(elsewhere, encrypted)
    assert _names(encrypted) == [SECRET]
    crypto.forget()
    with pytest.raises(crypto.EncryptedError):
        probe(beside)


def test_encrypt_and_decrypt_convert_in_place_after_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "plain.sqlite"
    with open_store(path) as store, store.session() as s:
        s.add(Partner(name=SECRET, kind=PartnerKind.CRO))
    backup = encryption.encrypt_database(path, KEY)
    assert SECRET.encode() not in path.read_bytes()
    assert SECRET.encode() not in backup.read_bytes()
    assert _names(path) == [SECRET]  # encrypt_database registered the new passphrase
    assert sorted(p.name for p in tmp_path.iterdir()) == ["backups", "plain.sqlite"]
    crypto.forget()
    with pytest.raises(crypto.EncryptedError):
        probe(path)

    with pytest.raises(crypto.WrongPassphraseError):
        encryption.decrypt_database(path, crypto.Passphrase("wrong"))
    encryption.decrypt_database(path, KEY)
    assert path.read_bytes().startswith(b"SQLite format 3\x00")
    assert _names(path) == [SECRET]
    assert probe(path, full=True) == HEAD_REVISION


def test_encrypt_is_refused_while_a_window_holds_the_database(tmp_path: Path) -> None:
    path = tmp_path / "open.sqlite"
    with open_store(path):
        before = _digest(path)
        with pytest.raises(StoreError, match=r"open|window|another"):
            encryption.encrypt_database(path, KEY)
        assert _digest(path) == before
    assert path.read_bytes().startswith(b"SQLite format 3\x00")


def test_a_plain_backup_beside_an_encrypted_database_is_read_plain_and_not_restored(
    tmp_path: Path,
) -> None:
    path = tmp_path / "desk.sqlite"
    with open_store(path) as store, store.session() as s:
        s.add(Partner(name=SECRET, kind=PartnerKind.CRO))
    old = backup_database(path)  # taken before the encryption: plain
    encryption.encrypt_database(path, KEY)
    assert encryption.plain_backups(path) == [old]
    assert probe(old) == HEAD_REVISION  # listed and checked as the plain file it is
    before = _digest(path)
    with pytest.raises(StoreError, match="encrypted differently"):
        restore_backup(old, path)
    assert _digest(path) == before
    assert _names(path) == [SECRET]


@pytest.mark.parametrize(
    "content",
    [b"\x00" * 4096, b"Kickoff notes: who, when, where.\n" * 124, b"%PDF-1.7\n" + b"\xff" * 2040],
)
def test_zeros_or_text_of_page_size_are_not_taken_for_an_encrypted_file(
    tmp_path: Path, content: bytes
) -> None:
    path = tmp_path / "junk.sqlite"
    path.write_bytes(content[: len(content) // 512 * 512])
    with pytest.raises(NotADatabaseError) as err:
        probe(path)
    assert not isinstance(err.value, crypto.EncryptedError)
