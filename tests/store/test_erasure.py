"""Erasure on request: a person (a contact and every place their name, e-mail or phone
appears) or a record's confidential values leave the record, the change log, the full-text
indexes and the file's bytes; the erasure itself is a logged entry; the change log's
append-only rule lets through only the redaction of a listed entry's values."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy import event
from sqlmodel import select

from cdmo_desktop.domain.enums import PartnerKind
from cdmo_desktop.domain.models import Agreement, ChangeLog, Contact, Partner
from cdmo_desktop.domain.models.erasure import ERASED, ErasureKind
from cdmo_desktop.domain.validation import ValidationError
from cdmo_desktop.store import Store, history
from cdmo_desktop.store import erasure as er

# Erasure's proof is in the SQLite file's bytes, pages, FTS5 segments and backups.
pytestmark = pytest.mark.sqlite_only

NAME = "Dr. Katrin Vogel"


def _contact(store: Store, name: str = NAME) -> Contact:
    with store.read() as s:
        found = s.exec(select(Contact).where(Contact.name == name)).first()
    assert found is not None and found.email and found.phone
    return found


def _rows(path: Path, sql: str, *args: Any) -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql, args).fetchall()
    finally:
        conn.close()


def _log_hits(path: Path, text: str) -> int:
    like = f"%{text}%"
    sql = "SELECT count(*) FROM change_log WHERE old_value LIKE ? OR new_value LIKE ?"
    return int(_rows(path, sql, like, like)[0][0])


def _fts_hits(path: Path, word: str) -> int:
    indexes = [r[0] for r in _rows(path, "SELECT name FROM sqlite_master WHERE sql LIKE '%fts5%'")]
    assert indexes
    return sum(
        _rows(path, f"SELECT count(*) FROM {i} WHERE {i} MATCH ?", f'"{word}"')[0][0]
        for i in indexes
    )


def _file_bytes(path: Path) -> bytes:
    data = path.read_bytes()
    wal = path.with_name(path.name + "-wal")
    return data + (wal.read_bytes() if wal.exists() else b"")


def _other_columns(path: Path) -> dict[str, tuple[Any, ...]]:
    """Every change-log entry's columns but old_value/new_value, by id."""
    columns = [r[1] for r in _rows(path, "PRAGMA table_info(change_log)")]
    kept = [c for c in columns if c not in ("old_value", "new_value")]
    quoted = ", ".join(f'"{c}"' for c in kept)
    sql = f"SELECT {quoted} FROM change_log"
    return {row[kept.index("id")]: row for row in _rows(sql=sql, path=path)}


def test_erasing_a_person_removes_them_from_records_log_index_and_file(
    demo_store: Store,
) -> None:
    contact = _contact(demo_store)
    path = demo_store.path
    secrets = (NAME, contact.email, contact.phone)
    assert all(_log_hits(path, s) for s in secrets)
    assert _fts_hits(path, "vogel") > 0  # the partner register finds partners by contact
    assert _rows(path, "SELECT count(*) FROM risk WHERE owner = ?", NAME)[0][0] > 0
    before = _other_columns(path)

    result = er.erase_person(demo_store, contact.id, "Asked to be forgotten (GDPR art. 17)")

    with demo_store.read() as s:
        erased = s.get(Contact, contact.id)
    assert erased is not None
    assert (erased.name, erased.email, erased.phone, erased.role) == (ERASED, "", "", ERASED)
    for secret in secrets:
        assert _log_hits(path, secret) == 0, secret
        for table, column in (("risk", "owner"), ("agreement", "partner_signatory")):
            hits = _rows(path, f"SELECT count(*) FROM {table} WHERE {column} LIKE ?", secret)
            assert hits[0][0] == 0
    assert _rows(path, "SELECT count(*) FROM risk WHERE owner = ?", ERASED)[0][0] > 0
    assert _fts_hits(path, "vogel") == 0
    demo_store.close()  # as the app does when it quits; the erasure truncated the WAL
    data = _file_bytes(path)
    for secret in secrets:
        assert secret.encode() not in data, secret
    assert b"Vogel" not in data
    # Only old_value/new_value of entries changed; nothing was removed from the log.
    after = _other_columns(path)
    assert {k: after[k] for k in before} == before
    assert result.redacted > 0
    listed = _rows(
        path, "SELECT count(*) FROM erased_entry WHERE erasure_id = ?", result.erasure_id
    )
    assert listed[0][0] == result.redacted


def _insecure_delete(store: Store) -> None:
    """Every connection of the store with secure_delete OFF, as SQLite builds without
    SQLITE_SECURE_DELETE have it (Python's bundled SQLite here has it on)."""
    store.engine.dispose()

    @event.listens_for(store.engine, "connect")
    def _off(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute("PRAGMA secure_delete=OFF")


def test_no_byte_of_the_person_stays_in_freed_pages_or_index_segments(demo_store: Store) -> None:
    _insecure_delete(demo_store)
    contact = _contact(demo_store)
    er.erase_person(demo_store, contact.id, "Request of the person")
    path = demo_store.path
    demo_store.close()
    data = _file_bytes(path).lower()  # the full-text index keeps its words lower-cased
    for secret in (b"vogel", contact.email.lower().encode(), contact.phone.encode()):
        assert secret not in data, secret


def _index_blocks_holding(path: Path, fragment: bytes) -> int:
    """Blocks of the full-text indexes' segments holding `fragment` (a word's tail: terms
    are stored prefix-compressed, "vogel" may be "v" + "ogel")."""
    sql = "SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL TABLE%fts5%'"
    count = 0
    for (index,) in _rows(path, sql):
        blocks = _rows(path, f"SELECT block FROM {index}_data")
        count += sum(1 for (block,) in blocks if block and fragment in bytes(block))
    return count


def test_the_full_text_segments_keep_no_word_of_the_person(demo_store: Store) -> None:
    path = demo_store.path
    assert _index_blocks_holding(path, b"ogel") > 0
    er.erase_person(demo_store, _contact(demo_store).id, "Request of the person")
    # A delete alone leaves the word in its old segment until the segments merge.
    assert _index_blocks_holding(path, b"ogel") == 0


def test_the_file_keeps_no_erased_bytes_after_checkpoint_and_vacuum(demo_store: Store) -> None:
    contact = _contact(demo_store)
    er.erase_person(demo_store, contact.id, "Request of the person")
    path = demo_store.path
    demo_store.close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("VACUUM")
    conn.close()
    assert contact.email.encode() not in _file_bytes(path)
    assert b"vogel" not in _file_bytes(path).lower()


def test_the_erasure_is_a_logged_entry_that_says_who_what_when_and_why(
    demo_store: Store,
) -> None:
    contact = _contact(demo_store)
    er.erase_person(demo_store, contact.id, f"{NAME} asked to be forgotten")
    with demo_store.read() as s:
        notes = history.erasures(s, [contact.id])
        logged = s.exec(select(ChangeLog).where(ChangeLog.table_name == "erasure")).all()
    assert len(notes) == 1 and len(logged) == 1
    note = notes[0]
    assert note.user == "Test Consultant" and note.kind is ErasureKind.PERSON
    assert note.reason == f"{ERASED} asked to be forgotten"  # the name left the reason too
    assert note.what.startswith("contact name, role, e-mail, phone, notes")
    assert "risk owner" in note.what
    snapshot = json.loads(logged[0].new_value or "{}")
    assert snapshot["reason"] == note.reason and snapshot["table_name"] == "contact"
    assert logged[0].user == "Test Consultant"


def test_erasure_updates_of_the_log_only_ever_set_old_and_new_value(demo_store: Store) -> None:
    statements: list[str] = []

    @event.listens_for(demo_store.engine, "before_cursor_execute")
    def capture(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        statements.append(" ".join(statement.split()))

    er.erase_person(demo_store, _contact(demo_store).id, "Request of the person")
    updates = [st for st in statements if st.upper().startswith("UPDATE CHANGE_LOG")]
    assert updates
    assert set(updates) == {
        "UPDATE change_log SET old_value=?, new_value=? WHERE change_log.id = ?"
    }
    assert not [st for st in statements if st.upper().startswith("DELETE FROM CHANGE_LOG")]


def _an_entry(path: Path) -> str:
    return str(_rows(path, "SELECT id FROM change_log LIMIT 1")[0][0])


def _exec(path: Path, *sql: tuple[str, tuple[Any, ...]]) -> None:
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA foreign_keys=ON")
        with conn:
            for statement, args in sql:
                conn.execute(statement, args)
    finally:
        conn.close()


def _listed(path: Path, entry_id: str) -> None:
    erasure_id = "00000000-0000-0000-0000-000000000001"
    _exec(
        path,
        (
            "INSERT INTO erasure (id, erased_at, user, kind, table_name, row_id, fields, reason)"
            " VALUES (?, '2026-12-03 05:00:00.000000', 'x', 'record', 't', 'r', '[]', 'why')",
            (erasure_id,),
        ),
        (
            "INSERT INTO erased_entry (change_log_id, erasure_id) VALUES (?, ?)",
            (entry_id, erasure_id),
        ),
    )


def test_the_database_refuses_a_log_update_that_no_erasure_listed(demo_store: Store) -> None:
    path, entry = demo_store.path, _an_entry(demo_store.path)
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        _exec(path, ("UPDATE change_log SET new_value = ? WHERE id = ?", (ERASED, entry)))


@pytest.mark.parametrize(
    "change",
    [
        "user = 'someone else'",
        "occurred_at = '2020-01-01 00:00:00.000000'",
        "reason = 'rewritten'",
        "new_value = '[erased]', row_id = 'another row'",
    ],
)
def test_a_listed_entry_may_change_its_values_and_nothing_else(
    demo_store: Store, change: str
) -> None:
    path, entry = demo_store.path, _an_entry(demo_store.path)
    _listed(path, entry)
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        _exec(path, (f"UPDATE change_log SET {change} WHERE id = ?", (entry,)))
    _exec(
        path,
        ("UPDATE change_log SET old_value = NULL, new_value = ? WHERE id = ?", (ERASED, entry)),
    )
    assert _rows(path, "SELECT new_value FROM change_log WHERE id = ?", entry) == [(ERASED,)]
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        _exec(path, ("DELETE FROM change_log WHERE id = ?", (entry,)))


def test_erasing_a_records_fields_marks_only_those_keys(demo_store: Store) -> None:
    with demo_store.read() as s:
        agreement = s.exec(select(Agreement).where(Agreement.notes != "")).first()
    assert agreement is not None
    secret, title = agreement.notes, agreement.title
    path = demo_store.path
    assert _log_hits(path, secret[:40]) > 0

    result = er.erase_record(demo_store, "agreement", agreement.id, ["notes"], "Under CDA")

    with demo_store.read() as s:
        now = s.get(Agreement, agreement.id)
        entries = s.exec(select(ChangeLog).where(ChangeLog.row_id == agreement.id)).all()
    assert now is not None and now.notes == ERASED and now.title == title
    assert _log_hits(path, secret[:40]) == 0
    inserted = [e for e in entries if e.action == "insert"]
    assert inserted
    snapshot = json.loads(inserted[0].new_value or "{}")
    assert snapshot["notes"] == ERASED and snapshot["title"] == title
    assert result.plan.fields == ("notes",)


def test_a_deleted_records_values_are_erased_from_the_log(store: Store) -> None:
    with store.session() as s:
        partner = Partner(
            name="Helix Biologics", kind=PartnerKind.CDMO, notes="Rate card 412 EUR/h"
        )
        s.add(partner)
    with store.session() as s:
        s.delete(s.get(Partner, partner.id))
    assert _log_hits(store.path, "412 EUR") == 2  # the insert and the delete snapshots

    result = er.erase_record(store, "partner", partner.id, ["notes"], "Commercial terms")

    assert not result.plan.exists and result.redacted == 2
    assert _log_hits(store.path, "412 EUR") == 0
    assert _log_hits(store.path, "Helix Biologics") == 2  # the name was not asked for


def test_a_deleted_contact_is_erased_from_the_log_by_its_id(store: Store) -> None:
    with store.session() as s:
        partner = Partner(name="Helix Biologics", kind=PartnerKind.CDMO)
        s.add(partner)
        s.flush()
        person = Contact(
            partner_id=partner.id, name="Jonas Albrecht", email="j.albrecht@helix.example"
        )
        s.add(person)
    with store.session() as s:
        s.get(Contact, person.id).email = "jonas@helix.example"  # type: ignore[union-attr]
    with store.session() as s:
        s.delete(s.get(Partner, partner.id))  # the contact goes with it
    # The partner's search words held the contact's name: still in an index segment.
    assert _index_blocks_holding(store.path, b"lbrecht") > 0

    er.erase_person(store, person.id, "Request of the person")

    for secret in ("Jonas Albrecht", "j.albrecht@helix.example", "jonas@helix.example"):
        assert _log_hits(store.path, secret) == 0, secret
    assert _index_blocks_holding(store.path, b"lbrecht") == 0


def test_a_reason_is_required_and_a_refused_erasure_writes_nothing(demo_store: Store) -> None:
    contact = _contact(demo_store)
    with pytest.raises(ValidationError) as refused:
        er.erase_person(demo_store, contact.id, "   ")
    assert "reason" in refused.value.errors
    assert _log_hits(demo_store.path, contact.email) > 0
    with pytest.raises(ValidationError):
        er.erase_record(demo_store, "agreement", "x", ["partner_id"], "why")


def test_the_change_set_cannot_undo_the_erasure(demo_store: Store) -> None:
    contact = _contact(demo_store)
    result = er.erase_person(demo_store, contact.id, "Request of the person")
    changeset = result.changeset
    assert changeset.before == changeset.after and changeset.empty
    assert contact.email not in repr(changeset) and NAME not in repr(changeset)
    assert "contact" in changeset.tables


def test_backups_taken_before_an_erasure_are_listed_and_can_be_purged(store: Store) -> None:
    with store.session() as s:
        partner = Partner(name="Helix Biologics", kind=PartnerKind.CDMO, notes="Rate 412 EUR/h")
        s.add(partner)
    old = [store.backup(), store.backup()]
    result = er.erase_record(store, "partner", partner.id, ["notes"], "Commercial terms")
    later = store.backup()

    assert sorted(b.path for b in result.backups) == sorted(old)
    holding = er.backups_holding_erased(store)
    assert sorted(b.path for b in holding) == sorted(old)
    assert all(b"412 EUR" in p.read_bytes() for p in old)
    assert b"412 EUR" not in later.read_bytes()

    assert er.purge_backups(holding) == 2
    assert not any(p.exists() for p in old) and later.exists()
    assert er.backups_holding_erased(store) == []


def test_the_plan_says_what_will_be_erased_without_writing(demo_store: Store) -> None:
    contact = _contact(demo_store)
    count = _log_hits(demo_store.path, contact.email)
    plan = er.plan_person(demo_store, contact.id)
    assert plan.title == NAME and plan.exists and plan.entries >= count
    assert {"risk owner", "agreement partner signatory"} <= {p.label for p in plan.places}
    assert _log_hits(demo_store.path, contact.email) == count


def test_only_plain_value_columns_can_be_erased() -> None:
    fields = er.erasable_fields("agreement")
    assert "recitals" in fields and "notes" in fields
    assert not {"id", "partner_id", "kind", "status", "created_at"} & set(fields)
    with pytest.raises(LookupError):
        er.erasable_fields("change_log")
    assert sa is not None


def test_the_partners_recent_changes_show_the_erasure(demo_store: Store) -> None:
    from cdmo_desktop.domain import formats
    from cdmo_desktop.store.partner_overview import recent_changes

    contact = _contact(demo_store)
    er.erase_person(demo_store, contact.id, "Request of the person")
    with demo_store.read() as s:
        lines = recent_changes(s, str(contact.partner_id), limit=500)
    texts = [line.describe(formats.date_text) for line in lines]
    erased = [t for t in texts if t[1].startswith("Erased by Test Consultant on ")]
    assert erased and erased[0][0] == f"Contact {ERASED}"
    assert "contact name, role, e-mail, phone, notes" in erased[0][1]
    assert erased[0][1].endswith("— Request of the person")
    assert not [t for t in texts if NAME in " ".join(t) or contact.email in " ".join(t)]


def test_the_rule_made_again_covers_columns_added_to_the_log_later(demo_store: Store) -> None:
    """The audit chain's columns (seq, values_digest, entry_hash) cannot be rewritten for
    a listed entry; once the rule is made again over a column a later revision adds, that
    one cannot either."""
    from cdmo_desktop.store import redaction

    path, entry = demo_store.path, _an_entry(demo_store.path)
    _exec(path, ("ALTER TABLE change_log ADD COLUMN added_later TEXT", ()))
    with demo_store.engine.begin() as conn:
        redaction.install_update_trigger(conn)
    _listed(path, entry)
    for column in ("entry_hash", "values_digest", "added_later"):
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            _exec(path, (f"UPDATE change_log SET {column} = 'forged' WHERE id = ?", (entry,)))
    _exec(path, ("UPDATE change_log SET new_value = ? WHERE id = ?", (ERASED, entry)))
    with demo_store.engine.begin() as conn:
        redaction.restore_strict_trigger(conn)
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        _exec(path, ("UPDATE change_log SET new_value = NULL WHERE id = ?", (entry,)))
