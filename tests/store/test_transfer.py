"""Copying a whole workspace between databases (store/transfer.py), SQLite to SQLite: ids,
the change log and the audit trail kept, derived data rebuilt, all or nothing."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlmodel import select

from cdmo_desktop.domain.enums import PartnerKind
from cdmo_desktop.domain.models import Partner
from cdmo_desktop.store import transfer
from cdmo_desktop.store.audit import verify_file
from cdmo_desktop.store.engine import make_engine
from cdmo_desktop.store.files import is_part
from cdmo_desktop.store.migrate import HEAD_REVISION
from cdmo_desktop.store.schema_check import differences
from cdmo_desktop.store.store import open_store
from tests.migration_support import copy_of
from tests.transfer_support import derived_rows, file_rows


@pytest.fixture
def source(demo_template: Path, tmp_path: Path) -> Iterator[sa.Engine]:
    engine = transfer.sqlite_source(copy_of(demo_template, tmp_path / "source.sqlite"))
    yield engine
    engine.dispose()


@pytest.fixture
def target_path(empty_template: Path, tmp_path: Path) -> Path:
    return copy_of(empty_template, tmp_path / "target.sqlite")


def schema_problems(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return differences(conn, HEAD_REVISION)
    finally:
        conn.close()


def _copy_into(source: sa.Engine, path: Path, **kwargs: object) -> transfer.CopyReport:
    engine = make_engine(path)
    try:
        return transfer.copy_database(source, engine, **kwargs)  # type: ignore[arg-type]
    finally:
        engine.dispose()


def test_a_copy_holds_every_row_and_verifies(
    source: sa.Engine, tmp_path: Path, target_path: Path
) -> None:
    report = _copy_into(source, target_path, batch_size=50)
    source_path = tmp_path / "source.sqlite"
    before, after = file_rows(source_path), file_rows(target_path)
    assert after == before
    assert report.rows == {t: len(before[t]) for t in report.rows}
    assert report.rows["change_log"] > 1000 and report.rows["risk"] > 0
    audit = verify_file(target_path)
    assert audit.ok, audit.summary()
    assert audit.head == verify_file(source_path).head  # the same chain, entry for entry
    assert derived_rows(target_path) == derived_rows(source_path)  # searches and counts
    assert schema_problems(target_path) == []  # triggers, indexes, FTS tables as migrated


def test_the_copy_can_be_edited_and_still_verifies(source: sa.Engine, target_path: Path) -> None:
    _copy_into(source, target_path)
    with open_store(target_path) as store:
        with store.read() as s:
            partner = s.exec(select(Partner).limit(1)).one()
        store.write("rename", lambda s: setattr(s.get(Partner, partner.id), "name", "Renamed AG"))
    audit = verify_file(target_path)
    assert audit.ok, audit.summary()


def test_a_target_holding_data_is_refused_and_unchanged(
    source: sa.Engine, target_path: Path
) -> None:
    with open_store(target_path) as store:
        store.write("add", lambda s: s.add(Partner(name="Only Here GmbH", kind=PartnerKind.CDMO)))
    before = file_rows(target_path)
    with pytest.raises(transfer.CopyRefused, match=r"already holds data.*--force"):
        _copy_into(source, target_path)
    assert file_rows(target_path) == before


def test_force_replaces_the_targets_data(
    source: sa.Engine, tmp_path: Path, target_path: Path
) -> None:
    with open_store(target_path) as store:
        store.write("add", lambda s: s.add(Partner(name="Only Here GmbH", kind=PartnerKind.CDMO)))
    _copy_into(source, target_path, force=True)
    assert file_rows(target_path) == file_rows(tmp_path / "source.sqlite")
    assert verify_file(target_path).ok
    assert schema_problems(target_path) == []


@pytest.mark.parametrize("force", [False, True])
def test_a_failure_half_way_leaves_the_target_as_it_was(
    source: sa.Engine, target_path: Path, force: bool
) -> None:
    if force:
        with open_store(target_path) as store:
            store.write(
                "add", lambda s: s.add(Partner(name="Only Here GmbH", kind=PartnerKind.CDMO))
            )
    before = file_rows(target_path)

    def fail(step: transfer.CopyProgress) -> None:
        if step.table == "risk":
            raise OSError("the disk went away")

    with pytest.raises(OSError, match="went away"):
        _copy_into(source, target_path, force=force, progress=fail, batch_size=10)
    assert file_rows(target_path) == before
    assert schema_problems(target_path) == []  # every trigger dropped for the copy is back
    assert verify_file(target_path).ok


def test_cancel_stops_the_copy_and_leaves_the_target(source: sa.Engine, target_path: Path) -> None:
    before = file_rows(target_path)
    asked = []

    def cancel() -> bool:
        asked.append(1)
        return len(asked) > 5

    with pytest.raises(transfer.CopyCancelled, match="cancelled"):
        _copy_into(source, target_path, cancel=cancel, batch_size=10)
    assert file_rows(target_path) == before


def test_progress_counts_up_to_every_row(source: sa.Engine, target_path: Path) -> None:
    steps: list[transfer.CopyProgress] = []
    report = _copy_into(source, target_path, progress=steps.append, batch_size=100)
    done = [s.done for s in steps]
    assert done == sorted(done) and done[-1] == report.total == steps[0].total
    assert steps[-1].table == "derived data"
    assert {s.table for s in steps} >= {"partner", "risk", "change_log"}


def test_a_schema_behind_is_refused_naming_the_database(
    source: sa.Engine, target_path: Path
) -> None:
    engine = make_engine(target_path)
    with engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '0014_erasure'")
    engine.dispose()
    with pytest.raises(transfer.CopyRefused, match="the target has schema 0014_erasure, behind"):
        _copy_into(source, target_path)
    assert file_rows(target_path)["partner"] == []


def test_a_new_file_is_made_whole_or_not_at_all(source: sa.Engine, tmp_path: Path) -> None:
    target = tmp_path / "new" / "copy.sqlite"
    target.parent.mkdir()
    with pytest.raises(transfer.CopyCancelled):
        transfer.write_sqlite_copy(source, target, cancel=lambda: True)
    assert list(target.parent.iterdir()) == []
    report = transfer.write_sqlite_copy(source, target)
    assert report.rows["partner"] > 0
    assert [p.name for p in target.parent.iterdir()] == ["copy.sqlite"]  # no -wal, no part
    assert not any(is_part(p) for p in target.parent.iterdir())
    assert target.stat().st_mode & 0o077 == 0
    assert file_rows(target) == file_rows(tmp_path / "source.sqlite")
    assert verify_file(target).ok
