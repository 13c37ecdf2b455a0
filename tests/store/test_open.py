"""Opening a database: where it lives, how it is configured, and what is refused untouched."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlmodel import select

from cdmo_desktop.domain.enums import PartnerKind
from cdmo_desktop.domain.models import Client, Partner
from cdmo_desktop.store import (
    DatabaseLockedError,
    NewerSchemaError,
    NotADatabaseError,
    StoreError,
    open_store,
    paths,
)
from cdmo_desktop.store.backup import list_backups
from cdmo_desktop.store.migrate import HEAD_REVISION

# About the SQLite file itself: runs on SQLite alone (tests/conftest.py).
pytestmark = pytest.mark.sqlite_only

PAGE = 4096


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _folder(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir())


def _filled_copy(template: Path, dest: Path, partners: int = 400) -> Path:
    """A real database with enough rows to span many pages."""
    a, b = sqlite3.connect(template), sqlite3.connect(dest)
    a.backup(b)
    a.close()
    b.close()
    with open_store(dest, user="Fixture") as store, store.session() as s:
        for i in range(partners):
            s.add(
                Partner(
                    name=f"Contract Lab {i:04d}", kind=PartnerKind.CRO, notes="GMP audit notes " * 8
                )
            )
    return dest


def _assert_refused_untouched(path: Path, error: type[StoreError], match: str) -> None:
    before, listing = _digest(path), _folder(path)
    with pytest.raises(error, match=match) as info:
        open_store(path)
    assert _digest(path) == before
    assert _folder(path) == listing  # no -wal, -shm, .lock or backups/ appeared
    assert info.value.sentence().startswith(f"The file {path} ")


def test_default_database_lives_in_user_data_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(paths.ENV_DB, raising=False)
    import platformdirs

    expected = Path(platformdirs.user_data_dir("cdmo-desktop", "cdmo-desktop"))
    assert paths.default_db_path() == expected / paths.DB_FILENAME
    assert paths.backup_dir(paths.default_db_path()) == expected / "backups"


def test_environment_variable_overrides_default(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv(paths.ENV_DB, str(tmp_path / "elsewhere.sqlite"))
    assert paths.default_db_path() == tmp_path / "elsewhere.sqlite"
    monkeypatch.setenv(paths.ENV_DB, "  ")
    assert paths.default_db_path().name == paths.DB_FILENAME


def test_live_connection_has_wal_full_sync_and_foreign_keys(tmp_path: Path) -> None:
    with open_store(tmp_path / "desk.sqlite") as store, store.engine.connect() as conn:
        pragmas = {
            name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()
            for name in ("journal_mode", "synchronous", "foreign_keys")
        }
    assert pragmas == {"journal_mode": "wal", "synchronous": 2, "foreign_keys": 1}


def test_new_database_is_created_at_head_with_its_folder(tmp_path: Path) -> None:
    path = tmp_path / "new" / "folder" / "desk.sqlite"
    with open_store(path) as store:
        assert store.path == path
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (HEAD_REVISION,)
    conn.close()
    assert not (path.parent / "backups").exists()  # nothing to back up yet


def test_missing_file_is_refused_without_create(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="does not exist"):
        open_store(tmp_path / "gone.sqlite", create=False)
    assert list(tmp_path.iterdir()) == []


def test_text_file_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_text("Kickoff notes: agree the tech-transfer plan with the CDMO.\n")
    _assert_refused_untouched(path, NotADatabaseError, "not an SQLite file")


def test_database_with_overwritten_pages_is_refused_untouched(
    empty_template: Path, tmp_path: Path
) -> None:
    path = _filled_copy(empty_template, tmp_path / "desk.sqlite")
    data = bytearray(path.read_bytes())
    middle = (len(data) // PAGE // 2) * PAGE
    data[middle : middle + 3 * PAGE] = b"\xff" * (3 * PAGE)
    path.write_bytes(bytes(data))
    _assert_refused_untouched(path, NotADatabaseError, "damaged")


def test_truncated_database_is_refused_untouched(empty_template: Path, tmp_path: Path) -> None:
    path = _filled_copy(empty_template, tmp_path / "desk.sqlite")
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    _assert_refused_untouched(path, NotADatabaseError, "damaged")


def test_database_cut_inside_its_header_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "desk.sqlite"
    path.write_bytes(b"SQLite format 3\x00\x10\x00")
    _assert_refused_untouched(path, NotADatabaseError, "damaged|not a database")


def test_sqlite_file_of_another_program_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE songs (title TEXT)")
    conn.commit()
    conn.close()
    _assert_refused_untouched(path, NotADatabaseError, "another program")


def test_newer_schema_is_refused_untouched(empty_template: Path, tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite"
    conn = sqlite3.connect(path)
    sqlite3.connect(empty_template).backup(conn)
    conn.execute("UPDATE alembic_version SET version_num = '0099_from_the_future'")
    conn.commit()
    conn.close()
    _assert_refused_untouched(path, NewerSchemaError, "newer version.*0099_from_the_future")


def test_older_schema_is_backed_up_then_upgraded(tmp_path: Path) -> None:
    from cdmo_desktop.store import migrate

    path = tmp_path / "old.sqlite"
    migrate.upgrade(path, target="0001_initial")
    client = Client(name="Aurora Therapeutics")  # written as the 0001 schema holds it
    old_columns = "id, created_at, updated_at, name, legal_name, registered_address, country"
    conn = sqlite3.connect(path)
    with conn:
        conn.execute(
            f"INSERT INTO client ({old_columns}, notes, archived) "
            "VALUES (?, ?, ?, ?, '', '', '', '', 0)",
            (client.id, str(client.created_at), str(client.updated_at), client.name),
        )
    conn.close()
    with open_store(path) as store:
        assert store.last_backup is not None
        backed_up = store.last_backup
    [info] = list_backups(path)
    assert info.path == backed_up and info.reason == "pre-migration"
    old = sqlite3.connect(backed_up)
    assert old.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001_initial",)
    assert old.execute("SELECT name FROM client").fetchall() == [("Aurora Therapeutics",)]
    old.close()
    new = sqlite3.connect(path)
    assert new.execute("SELECT version_num FROM alembic_version").fetchone() == (HEAD_REVISION,)
    assert new.execute("SELECT name FROM client").fetchall() == [("Aurora Therapeutics",)]
    new.close()


def test_second_store_in_same_process_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "desk.sqlite"
    with open_store(path), pytest.raises(DatabaseLockedError, match="already open in this"):
        open_store(path)
    open_store(path).close()  # released on close


_HOLDER = textwrap.dedent(
    """
    import sys
    from cdmo_desktop.store import open_store
    store = open_store(sys.argv[1])
    print("ready", flush=True)
    sys.stdin.readline()
    """
)


def test_second_instance_in_another_process_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "desk.sqlite"
    open_store(path).close()
    with subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as holder:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        with pytest.raises(DatabaseLockedError, match=f"another .*window .*{holder.pid}"):
            open_store(path)
        with pytest.raises(DatabaseLockedError) as info:
            open_store(path)
        assert "close it there first" in info.value.sentence()
        holder.kill()  # a crash: the OS drops the lock with the process
    with open_store(path) as store, store.read() as s:
        assert s.exec(select(Partner)).all() == []


def test_open_of_up_to_date_database_skips_alembic(tmp_path: Path) -> None:
    """Checked in a fresh interpreter so nothing imported earlier hides an import (the
    time an open takes is measured by `python -m bench startup`, not here)."""
    path = tmp_path / "desk.sqlite"
    open_store(path).close()
    script = textwrap.dedent(
        """
        import statistics, sys, time
        from cdmo_desktop.store import open_store
        times = []
        for _ in range(7):
            t = time.perf_counter()
            store = open_store(sys.argv[1])
            times.append(time.perf_counter() - t)
            store.close()
        print(statistics.median(times), any(m.startswith("alembic") for m in sys.modules))
        """
    )
    out = subprocess.run(
        [sys.executable, "-c", script, str(path)], capture_output=True, text=True, check=True
    ).stdout.split()
    assert out[1] == "False"


def test_daily_backup_is_taken_once(tmp_path: Path) -> None:
    path = tmp_path / "desk.sqlite"
    open_store(path).close()
    with open_store(path, daily_backup=True) as store:
        assert store.last_backup is not None
    with open_store(path, daily_backup=True) as store:
        assert store.last_backup is None
    assert [b.reason for b in list_backups(path)] == ["daily"]
