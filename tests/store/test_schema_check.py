"""The schema check: the stored reference follows the migrations, a database upgraded with
data matches it, and what differs is named."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from cdmo_desktop.store import migrate, open_store, paths, probe, schema_check
from cdmo_desktop.store.errors import NotADatabaseError
from tests.migration_support import downgrade


def test_the_stored_reference_is_what_the_migrations_make() -> None:
    """Fails when a revision was added or changed without regenerating the reference:
    PYTHONPATH=$PWD python -m cdmo_desktop.store.schema_check --write"""
    generated = schema_check.generate()
    assert list(generated) == list(migrate.KNOWN_REVISIONS)
    assert schema_check.reference_text(generated) == (
        Path(schema_check.__file__).with_name(schema_check.REFERENCE_FILE).read_text("utf-8")
    )


@pytest.mark.parametrize("start", ["0005_named_baselines", "0008_engagement_scale"])
def test_a_database_upgraded_with_its_data_has_our_schema(
    demo_template: Path, tmp_path: Path, start: str
) -> None:
    path = tmp_path / "desk.sqlite"
    shutil.copyfile(demo_template, path)
    downgrade(path, start)
    assert probe.probe(path).revision == start  # ours at the older revision too
    open_store(path).close()  # upgraded after a backup
    found = probe.probe(path, full=True)
    assert found.revision == migrate.HEAD_REVISION and found.fully_checked


def test_what_differs_is_named(demo_template: Path, tmp_path: Path) -> None:
    path = tmp_path / "desk.sqlite"
    shutil.copyfile(demo_template, path)
    conn = sqlite3.connect(path)
    conn.execute("DROP INDEX ix_partner_name")
    conn.execute("CREATE TABLE crm_sync(id INTEGER PRIMARY KEY)")
    conn.execute("DROP TRIGGER change_log_no_update")
    conn.execute(
        "CREATE TRIGGER change_log_no_update AFTER UPDATE ON change_log BEGIN SELECT 1; END"
    )
    conn.commit()
    assert sorted(schema_check.differences(conn, migrate.HEAD_REVISION)) == [
        "index ix_partner_name is missing",
        "table crm_sync is not ours",
        "trigger change_log_no_update differs",
    ]
    conn.close()
    with pytest.raises(NotADatabaseError, match=r"schema is not ours: .*ix_partner_name"):
        probe.probe(path)


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setattr(paths, "user_cache_dir", lambda: folder)
    return folder


def _digests_fail(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(_conn: sqlite3.Connection) -> dict[str, str]:
        raise AssertionError("the schema was checked in full")

    monkeypatch.setattr(schema_check, "signature", fail)


def test_a_schema_found_ours_is_remembered_and_a_changed_one_is_checked_again(
    demo_template: Path, tmp_path: Path, cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "desk.sqlite"
    shutil.copyfile(demo_template, path)
    assert probe.probe(path).revision == migrate.HEAD_REVISION
    assert (cache_dir / schema_check.REMEMBERED_FILE).exists()
    with monkeypatch.context() as patch:
        _digests_fail(patch)
        assert probe.probe(path).revision == migrate.HEAD_REVISION  # no digests this time
    conn = sqlite3.connect(path)
    conn.execute("DROP INDEX ix_partner_name")
    conn.execute("CREATE INDEX ix_partner_name ON partner(name DESC)")  # same name, not ours
    conn.commit()
    conn.close()
    with pytest.raises(NotADatabaseError, match=r"schema is not ours: index ix_partner_name"):
        probe.probe(path)
    with pytest.raises(NotADatabaseError, match="schema is not ours"):
        probe.probe(path)  # a refusal is never remembered


def test_the_remembered_schemas_are_keyed_by_revision_and_a_broken_file_costs_a_full_check(
    demo_template: Path, tmp_path: Path, cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "desk.sqlite"
    shutil.copyfile(demo_template, path)
    conn = sqlite3.connect(path)
    remembered = cache_dir / schema_check.REMEMBERED_FILE

    def check(revision: str = migrate.HEAD_REVISION) -> list[str]:
        return schema_check.remembered_differences(conn, revision, remembered)

    try:
        assert schema_check.remembered_differences(conn, migrate.HEAD_REVISION, None) == []
        assert not remembered.exists()
        assert check() == []
        assert check(_earlier_schema())  # remembered as ours at its own revision only
        remembered.write_text("{not json", "utf-8")
        with monkeypatch.context() as patch:
            _digests_fail(patch)
            with pytest.raises(AssertionError, match="in full"):
                check()
        assert check() == []
        with monkeypatch.context() as patch:
            _digests_fail(patch)
            assert check() == []
    finally:
        conn.close()


def _earlier_schema() -> str:
    """The latest revision before the head whose SQLite schema differs from the head's (a
    revision may change only a team server's schema)."""
    reference = schema_check.reference()
    head = reference[migrate.HEAD_REVISION]
    return next(r for r in reversed(migrate.KNOWN_REVISIONS) if reference[r] != head)
