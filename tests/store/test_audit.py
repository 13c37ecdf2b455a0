"""The audit trail is tamper-evident: `check` finds a forged, altered or deleted change-log
entry, a dropped append-only trigger and a data row changed with plain SQL, and names the
first broken thing in one line (exit 1) without showing the values."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlmodel import select

from cdmo_desktop.cli import main
from cdmo_desktop.domain.enums import PartnerKind
from cdmo_desktop.domain.models import Contact, Partner
from cdmo_desktop.domain.validation import ValidationError
from cdmo_desktop.store import Store
from cdmo_desktop.store.audit import verify, verify_file
from cdmo_desktop.store.errors import WriteRefused

SECRET = "Confidential-Zephyr-42"


@pytest.fixture
def db(demo_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "demo.sqlite"
    a, b = sqlite3.connect(demo_template), sqlite3.connect(path)
    a.backup(b)
    a.close()
    b.close()
    return path


def _sql(path: Path, *statements: str, params: tuple[object, ...] = ()) -> None:
    conn = sqlite3.connect(path)
    try:
        for sql in statements:
            conn.execute(sql, params if "?" in sql else ())
        conn.commit()
    finally:
        conn.close()


def _one(path: Path, sql: str) -> tuple[object, ...]:
    conn = sqlite3.connect(path)
    try:
        row = conn.execute(sql).fetchone()
        assert row is not None
        return tuple(row)
    finally:
        conn.close()


def _check(path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(["check", "--db", str(path)])
    captured = capsys.readouterr()
    return code, captured.err if code else captured.out


def _behind_triggers(path: Path, *statements: str) -> None:
    """Run `statements` with the append-only triggers lifted, then put them back as they
    were (what someone with the sqlite3 shell can do)."""
    saved = _sqlite_triggers(path)
    _sql(path, *(f"DROP TRIGGER {name}" for name in saved), *statements, *saved.values())


def _sqlite_triggers(path: Path) -> dict[str, str]:
    conn = sqlite3.connect(path)
    try:
        return dict(
            conn.execute(
                "SELECT name, sql FROM sqlite_master WHERE type='trigger' AND tbl_name='change_log'"
            ).fetchall()
        )
    finally:
        conn.close()


def _entry(path: Path, where: str) -> tuple[object, ...]:
    return _one(path, f"SELECT id, seq FROM change_log WHERE {where} ORDER BY seq LIMIT 1")


def test_a_clean_database_checks_ok(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (count,) = _one(db, "SELECT count(*) FROM change_log")
    code, out = _check(db, capsys)
    assert code == 0
    assert f"audit trail: ok ({count} entries)" in out


@pytest.mark.parametrize(
    "forge",
    [
        # valid-looking hash at the end of the chain
        "INSERT INTO change_log (id, occurred_at, user, table_name, row_id, action, field, "
        "old_value, new_value, reason, seq, values_digest, entry_hash) "
        "SELECT 'forged-entry', datetime('now'), 'mallory', 'risk', row_id, 'update', 'title', "
        "NULL, 'x', '', seq + 1, entry_hash, entry_hash FROM change_log "
        "ORDER BY seq DESC LIMIT 1",
        # outside the chain, any user, a past date (what the tester did)
        "INSERT INTO change_log (id, occurred_at, user, table_name, row_id, action, field, "
        "old_value, new_value, reason) VALUES ('forged-entry', '2020-01-01 00:00:00.000000', "
        "'someone', 'risk', 'r1', 'update', 'title', NULL, 'x', '')",
        # in the chain's next place, but dated before the entry before it
        "INSERT INTO change_log (id, occurred_at, user, table_name, row_id, action, field, "
        "old_value, new_value, reason, seq, values_digest, entry_hash) "
        "SELECT 'forged-entry', '2020-01-01 00:00:00.000000', 'mallory', 'risk', row_id, "
        "'update', 'title', NULL, 'x', '', seq + 1, entry_hash, entry_hash FROM change_log "
        "ORDER BY seq DESC LIMIT 1",
    ],
    ids=["wrong-hash", "no-place", "past-date"],
)
def test_a_forged_insert_is_reported(
    db: Path, capsys: pytest.CaptureFixture[str], forge: str
) -> None:
    _sql(db, forge)
    code, err = _check(db, capsys)
    assert code == 1
    assert len(err.strip().splitlines()) == 1
    assert "broken at entry forged-entry" in err and ": forged," in err
    assert "problems in all" in err


def test_an_altered_value_is_reported_without_showing_it(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    entry_id, _seq = _entry(db, "action = 'insert' AND table_name = 'risk'")
    _behind_triggers(db, f"UPDATE change_log SET new_value = '{SECRET}' WHERE id = '{entry_id}'")
    code, err = _check(db, capsys)
    assert code == 1
    assert f"broken at entry {entry_id}" in err and "altered" in err
    assert SECRET not in err


def test_an_altered_user_or_date_is_reported(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    entry_id, _seq = _entry(db, "seq = 10")
    _behind_triggers(db, f"UPDATE change_log SET user = 'someone else' WHERE id = '{entry_id}'")
    code, err = _check(db, capsys)
    assert code == 1
    assert f"broken at entry {entry_id}" in err and ": altered," in err


def test_a_deleted_entry_is_reported_at_the_gap(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gone, _ = _entry(db, "seq = 20")
    after, _ = _entry(db, "seq = 21")
    _behind_triggers(db, f"DELETE FROM change_log WHERE id = '{gone}'")
    code, err = _check(db, capsys)
    assert code == 1
    assert f"broken at entry {after}" in err and "deleted, 1 entries before it are missing" in err


def test_a_deleted_and_renumbered_history_is_reported(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gone, _ = _entry(db, "seq = 20")
    _behind_triggers(
        db,
        f"DELETE FROM change_log WHERE id = '{gone}'",
        "UPDATE change_log SET seq = -seq WHERE seq > 20",
        "UPDATE change_log SET seq = -seq - 1 WHERE seq < 0",
    )
    code, err = _check(db, capsys)
    assert code == 1
    assert "audit trail: broken at entry" in err


@pytest.mark.parametrize("trigger", ["change_log_no_update", "change_log_no_delete"])
def test_a_dropped_trigger_is_reported(
    db: Path, capsys: pytest.CaptureFixture[str], trigger: str
) -> None:
    _sql(db, f"DROP TRIGGER {trigger}")
    code, err = _check(db, capsys)
    assert code == 1
    # The schema check (store/schema_check.py) finds it first, before the audit step would.
    assert f"trigger {trigger} is missing" in err


def test_a_data_row_changed_with_plain_sql_is_reported_by_field(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (risk_id,) = _one(db, "SELECT id FROM risk ORDER BY id LIMIT 1")
    _sql(db, "UPDATE risk SET title = ? WHERE id = ?", params=(SECRET, risk_id))
    code, err = _check(db, capsys)
    assert code == 1
    assert f"risk row {risk_id} field title: changed outside the app" in err
    assert SECRET not in err


def test_data_rows_inserted_or_deleted_with_plain_sql_are_reported(db: Path) -> None:
    (partner_id,) = _one(db, "SELECT id FROM partner LIMIT 1")
    (contact_id,) = _one(db, "SELECT id FROM contact ORDER BY id DESC LIMIT 1")
    _sql(
        db,
        "INSERT INTO contact (id, partner_id, name, role, email, phone, is_primary, notes, "
        "created_at, updated_at) VALUES ('sneaked-in', ?, 'X', '', '', '', 0, '', "
        "'2026-01-01 00:00:00', '2026-01-01 00:00:00')",
        params=(partner_id,),
    )
    _sql(db, "DELETE FROM contact WHERE id = ?", params=(contact_id,))
    lines = [f.line() for f in verify_file(db).findings]
    assert "contact row sneaked-in: changed outside the app, it has no history" in lines
    assert (
        f"contact row {contact_id}: changed outside the app, the row was deleted outside the app"
        in lines
    )


def test_values_an_erasure_blanked_are_not_reported(db: Path) -> None:
    """erased_entry (0014_erasure) names the entries whose values were blanked on purpose."""
    entry_id, _ = _entry(db, "action = 'insert' AND table_name = 'contact'")
    _behind_triggers(
        db,
        f"INSERT INTO erased_entry VALUES ('{entry_id}', 'e1')",
        f"UPDATE change_log SET new_value = '{{\"name\": \"[erased]\"}}' WHERE id = '{entry_id}'",
    )
    report = verify_file(db)
    assert report.ok, report.summary()


def test_the_head_seen_before_catches_a_recomputed_chain(db: Path) -> None:
    report = verify_file(db)
    assert report.ok and report.head is not None
    seq, _hash = report.head
    _behind_triggers(db, f"DELETE FROM change_log WHERE seq = {seq}")
    # The data replay may or may not notice; the anchor does, naming what was seen.
    lines = [f.line() for f in verify_file(db, anchor=report.head).findings]
    assert (
        f"deleted: the chain ends at entry #{seq - 1}, but entry #{seq} was seen here before"
        in lines
    )
    assert verify_file(db, anchor=(seq - 1, "0" * 64)).first is not None


# --- every write path keeps the chain whole ------------------------------------------------


@pytest.fixture
def shared_store(store: Store) -> Iterator[Store]:
    yield store


_OPS = st.lists(
    st.sampled_from(
        ["add partner", "rename", "add contact", "delete contact", "delete partner", "undo", "redo"]
    ),
    min_size=1,
    max_size=12,
)


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    ops=_OPS,
    names=st.lists(st.text(min_size=1, max_size=20).filter(str.strip), min_size=12, max_size=12),
)
def test_random_writes_and_undo_keep_the_chain_clean(
    shared_store: Store, ops: list[str], names: list[str]
) -> None:
    store = shared_store
    done: list[object] = []
    undone: list[object] = []

    def partner_ids() -> list[str]:
        with store.read() as s:
            return sorted(str(p.id) for p in s.exec(select(Partner)).all())

    def contact_ids() -> list[str]:
        with store.read() as s:
            return sorted(str(c.id) for c in s.exec(select(Contact)).all())

    actions: dict[str, Callable[[str], object]] = {
        "add partner": lambda n: store.write(
            "Add", lambda s: s.add(Partner(name=n, kind=PartnerKind.CDMO))
        ),
        "rename": lambda n: (
            (ids := partner_ids())
            and store.write("Rename", lambda s: setattr(s.get(Partner, ids[0]), "name", n))
        ),
        "add contact": lambda n: (
            (ids := partner_ids())
            and store.write("Contact", lambda s: s.add(Contact(partner_id=ids[-1], name=n)))
        ),
        "delete contact": lambda _n: (
            (ids := contact_ids())
            and store.write("Drop", lambda s: s.delete(s.get(Contact, ids[0])))
        ),
        "delete partner": lambda _n: (
            (ids := partner_ids())
            and store.write("Drop", lambda s: s.delete(s.get(Partner, ids[-1])))
        ),
    }
    for op, name in zip(ops, names, strict=False):
        try:  # a refused write (a rule, a name taken) writes nothing: the chain stays whole
            if op == "undo" and done:
                change = done.pop()
                store.replay(change.before, "Undo")  # type: ignore[attr-defined]
                undone.append(change)
            elif op == "redo" and undone:
                change = undone.pop()
                store.replay(change.after, "Redo")  # type: ignore[attr-defined]
                done.append(change)
            elif op in actions:
                change = actions[op](name)
                if change:
                    done.append(change)
                    undone.clear()
        except (ValidationError, WriteRefused):
            pass
    with store.engine.connect() as conn:
        report = verify(conn)
    assert report.ok, report.summary()
