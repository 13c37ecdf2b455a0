"""Erasure on request: a person, or a record's confidential values.

`erase_person(store, contact_id, reason)` erases a contact and every place the person can be
found by their identifiers; `erase_record(store, table, row_id, fields, reason)` erases some
values of one record (an agreement's terms, a risk's description). Each runs in one
transaction through `Store.write`, so the `erasure` row (who erased what kind of data, when
and why, never the values) is itself a logged change:

1. the values in the record(s) are replaced through the normal write (validated and derived
   like any edit): a text field reads `ERASED`, an e-mail, a phone or a short code field
   becomes empty, any other field NULL;
2. every change-log entry that held them has its old_value/new_value rewritten (in an insert
   or delete snapshot only the erased keys), and is listed in `erased_entry` first: the
   database's UPDATE rule (store.redaction) lets exactly that through. Nothing else of an
   entry changes (the audit chain's seq, values_digest and entry_hash stay valid);
3. the full-text indexes are rebuilt and freed pages are zeroed (`secure_delete`), and
   after the commit the WAL is checkpointed and truncated, so the value is gone from the
   file's bytes too.

What "a person" covers: the contact's name, role, e-mail, phone and notes (the whole
values), and, in every other record and change-log entry, each occurrence of the contact's
full name, e-mail or phone number (as they were at any time in the log), matched as a whole
word regardless of case: a risk owner, a signatory, an action owner, a team member with the
same e-mail, a KPI owner, a communication-plan owner, a name in notes ("call Katrin Vogel"
becomes "call [erased]"). Names shorter than 4 characters and phone numbers with fewer than
6 digits are erased from the contact only (too likely to match other words). Not covered: a
spelling that differs from the contact's (initials, nicknames), the `reason` text of older
change-log entries (part of the audit trail), and backups taken before the erasure
(`backups_holding_erased` lists them, `purge_backups` deletes them).

An erasure cannot be undone: the change set returned holds the rows as they are after it
(before == after), so no undo command can write the values back.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, SQLModel, col, select

from cdmo_desktop.domain.enums import ChangeAction
from cdmo_desktop.domain.messages import QT_TRANSLATE_NOOP, msg
from cdmo_desktop.domain.models import ChangeLog, Contact
from cdmo_desktop.domain.models.erasure import (
    AUDIT_TABLES,
    ERASED,
    ErasedEntry,
    Erasure,
    ErasureKind,
)
from cdmo_desktop.domain.validation import ValidationError
from cdmo_desktop.store import (
    changesets,
    engagement_marks,
    partner_marks,
    risk_marks,
    server_security,
)
from cdmo_desktop.store.backup import BackupInfo, list_backups
from cdmo_desktop.store.changelog import change_time, os_user
from cdmo_desktop.store.changesets import ChangeSet
from cdmo_desktop.store.errors import WriteRefused
from cdmo_desktop.store.store import Store

log = logging.getLogger(__name__)

PERSON_FIELDS: tuple[str, ...] = ("name", "role", "email", "phone", "notes")
# Tables an erasure never sweeps: the log (rewritten entry by entry) and the erasure's own.
_NOT_SWEPT = AUDIT_TABLES
_EMPTIED = frozenset({"email", "phone"})  # would fail their format check as ERASED
_MIN_NAME = 4
_MIN_PHONE_DIGITS = 6
_CHUNK = 500


@dataclass(frozen=True)
class Place:
    """A field of a record an erasure changes (besides the record it starts from)."""

    table: str
    row_id: str
    field: str

    @property
    def label(self) -> str:
        return f"{self.table.replace('_', ' ')} {self.field.replace('_', ' ')}"


@dataclass(frozen=True)
class ErasurePlan:
    """What an erasure will do, for the confirmation dialog (no value in it)."""

    kind: ErasureKind
    table: str
    row_id: str
    title: str  # what the user picked: the contact's name, the record's title
    fields: tuple[str, ...]  # of that record
    places: tuple[Place, ...]  # elsewhere (a person's name as a risk owner...)
    entries: int  # change-log entries whose values will be replaced
    exists: bool  # False: the record was deleted, its values are only in the log

    @property
    def field_names(self) -> list[str]:
        """The fields as recorded in the erasure: own fields, then "table.field"."""
        own = list(self.fields)
        other = sorted({f"{p.table}.{p.field}" for p in self.places})
        return own + other


@dataclass(frozen=True)
class ErasureResult:
    erasure_id: str
    plan: ErasurePlan
    changeset: ChangeSet
    redacted: int  # change-log entries rewritten
    backups: list[BackupInfo] = field(default_factory=list)  # still holding the values


# --- what can be erased ----------------------------------------------------------------


def _table(name: str) -> sa.Table:
    table = SQLModel.metadata.tables.get(name)
    if table is None or name in _NOT_SWEPT or "id" not in table.c:
        raise LookupError(f"no erasable table {name!r}")
    return table


def _is_text(column: sa.Column[Any]) -> bool:
    type_ = column.type
    if isinstance(type_, sa.Enum):
        return False
    if isinstance(type_, sa.TypeDecorator):
        type_ = type_.impl_instance
    return isinstance(type_, sa.String) and not isinstance(type_, sa.Enum)


def erasable_fields(table_name: str) -> list[str]:
    """The columns of `table_name` whose values can be erased: own text, number and date
    values (not keys, references, closed lists, flags, bookkeeping or derived columns)."""
    table = _table(table_name)
    skip = changesets.CAPTURE_SKIP | {"id", "created_at", "updated_at"}
    out = []
    for c in table.columns:
        if c.name in skip or c.foreign_keys or c.primary_key:
            continue
        if isinstance(c.type, sa.Enum | sa.Boolean) or c.name.endswith("_key"):
            continue
        if _is_text(c) or c.nullable:
            out.append(c.name)
    return out


def _text_columns(table: sa.Table) -> list[sa.Column[Any]]:
    skip = changesets.CAPTURE_SKIP | {"id", "created_at", "updated_at"}
    return [
        c
        for c in table.columns
        if _is_text(c) and not c.foreign_keys and c.name not in skip and not c.name.endswith("_key")
    ]


def blank_value(column: sa.Column[Any]) -> Any:
    """What an erased field holds in the record."""
    if _is_text(column):
        length = getattr(column.type, "length", None)
        if column.name in _EMPTIED or (length is not None and length < len(ERASED)):
            return ""
        return ERASED
    if column.nullable:
        return None
    raise ValidationError(
        {column.name: msg(QT_TRANSLATE_NOOP("messages", "This value cannot be erased."))},
        column.table.name,
    )


# --- identifiers of a person -----------------------------------------------------------


def _usable(needle: str) -> bool:
    text = needle.strip()
    if "@" in text:
        return len(text) >= 3
    digits = sum(ch.isdigit() for ch in text)
    if digits:
        return digits >= _MIN_PHONE_DIGITS
    return len(text) >= _MIN_NAME


def identifier_pattern(needles: Iterable[str]) -> re.Pattern[str] | None:
    """Whole-word, case-blind matcher of the usable identifiers (None: nothing to sweep)."""
    usable = sorted({n.strip() for n in needles if n and _usable(n)}, key=len, reverse=True)
    if not usable:
        return None
    alternatives = "|".join(re.escape(n) for n in usable)
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


def _decode(raw: str | None) -> dict[str, Any]:
    if not raw:
        return {}
    try:
        data = json.loads(raw)
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def _entries(session: Session, table: str, row_id: str) -> list[ChangeLog]:
    query = (
        select(ChangeLog)
        .where(ChangeLog.table_name == table, ChangeLog.row_id == row_id)
        .order_by(col(ChangeLog.occurred_at).asc())
    )
    return list(session.exec(query).all())


def _logged_values(session: Session, table: str, row_id: str, fields: Sequence[str]) -> set[str]:
    """Every non-empty value `fields` of the row ever had in the change log."""
    out: set[str] = set()
    for entry in _entries(session, table, row_id):
        if entry.action == ChangeAction.UPDATE:
            if entry.field in fields:
                out.update(v for v in (entry.old_value, entry.new_value) if v)
            continue
        data = _decode(entry.new_value if entry.action == ChangeAction.INSERT else entry.old_value)
        out.update(str(data[f]) for f in fields if data.get(f))
    out.discard(ERASED)
    return out


# --- the plan ----------------------------------------------------------------------------


@dataclass
class _Targets:
    """Rows whose whole values of some fields go, and the identifier matcher (person)."""

    whole: dict[tuple[str, str], set[str]] = field(default_factory=dict)
    needles: tuple[str, ...] = ()
    places: dict[Place, str] = field(default_factory=dict)  # place -> its new value

    @property
    def pattern(self) -> re.Pattern[str] | None:
        return identifier_pattern(self.needles)


def _like_any(column: Any, needles: Sequence[str]) -> Any:
    return sa.or_(*(sa.func.lower(column).contains(n.lower(), autoescape=True) for n in needles))


def _sweep_records(session: Session, targets: _Targets, skip: tuple[str, str]) -> None:
    """Every text field of every record holding one of the identifiers (but `skip`)."""
    needles, pattern = targets.needles, targets.pattern
    if not needles or pattern is None:
        return
    for table in SQLModel.metadata.sorted_tables:
        if table.name in _NOT_SWEPT or "id" not in table.c:
            continue
        for column in _text_columns(table):
            query = sa.select(table.c.id, column).where(_like_any(column, needles))
            for row_id, value in session.connection().execute(query):
                if (table.name, str(row_id)) == skip or not value:
                    continue
                new = pattern.sub(ERASED, str(value))
                if column.name in _EMPTIED and new.strip() == ERASED:
                    new = ""
                if new != value:
                    targets.places[Place(table.name, str(row_id), column.name)] = new


def _person_targets(session: Session, contact_id: str) -> tuple[_Targets, str, bool]:
    contact = session.get(Contact, contact_id)
    logged = _logged_values(session, "contact", contact_id, ("name", "email", "phone"))
    if contact is None and not _entries(session, "contact", contact_id):
        raise LookupError(
            msg(
                QT_TRANSLATE_NOOP("messages", "contact {contact_id} does not exist"),
                contact_id=contact_id,
            )
        )
    current = {contact.name, contact.email, contact.phone} if contact is not None else set()
    identifiers = {v for v in logged | current if v and v != ERASED}
    usable = tuple(sorted(n.strip() for n in identifiers if _usable(n)))
    targets = _Targets(needles=usable)
    targets.whole[("contact", contact_id)] = set(PERSON_FIELDS)
    _sweep_records(session, targets, ("contact", contact_id))
    title = contact.name if contact is not None else "a deleted contact"
    return targets, title, contact is not None


def _record_targets(
    session: Session, table: str, row_id: str, fields: Sequence[str]
) -> tuple[_Targets, bool]:
    allowed = erasable_fields(table)
    wrong = [f for f in fields if f not in allowed]
    if wrong or not fields:
        raise ValidationError(
            {"fields": msg(QT_TRANSLATE_NOOP("messages", "Choose the fields to erase."))}, table
        )
    model = changesets.model_for_table(table)
    exists = session.get(model, row_id) is not None
    if not exists and not _entries(session, table, row_id):
        raise LookupError(
            msg(
                QT_TRANSLATE_NOOP("messages", "{table} {row_id} does not exist"),
                table=table,
                row_id=row_id,
            )
        )
    return _Targets(whole={(table, row_id): set(fields)}), exists


def _log_candidates(session: Session, targets: _Targets) -> list[ChangeLog]:
    found: dict[str, ChangeLog] = {}
    for table, row_id in targets.whole:
        for entry in _entries(session, table, row_id):
            found[entry.id] = entry
    needles = targets.needles
    if needles:
        query = select(ChangeLog).where(
            sa.or_(_like_any(ChangeLog.old_value, needles), _like_any(ChangeLog.new_value, needles))
        )
        for entry in session.exec(query).all():
            found.setdefault(entry.id, entry)
    return list(found.values())


def _redact_text(value: str | None, whole: bool, pattern: re.Pattern[str] | None) -> str | None:
    if value is None or value == "":
        return value
    if whole:
        return ERASED
    return pattern.sub(ERASED, value) if pattern is not None else value


def _redacted(entry: ChangeLog, targets: _Targets) -> tuple[str | None, str | None]:
    """The entry's (old_value, new_value) with the erased values replaced by the marker."""
    fields = targets.whole.get((entry.table_name, entry.row_id), set())
    if entry.action == ChangeAction.UPDATE:
        whole = entry.field in fields
        return (
            _redact_text(entry.old_value, whole, targets.pattern),
            _redact_text(entry.new_value, whole, targets.pattern),
        )

    def snapshot(raw: str | None) -> str | None:
        data = _decode(raw)
        if not data:
            return raw
        changed = False
        for key, value in data.items():
            if not isinstance(value, str):
                continue
            new = _redact_text(value, key in fields, targets.pattern)
            if new != value:
                data[key], changed = new, True
        # The encoding of store.changelog._dump, so an untouched key reads the same.
        return json.dumps(data, ensure_ascii=False, sort_keys=True) if changed else raw

    return snapshot(entry.old_value), snapshot(entry.new_value)


def _plan(
    session: Session, kind: ErasureKind, table: str, row_id: str, fields: Sequence[str] = ()
) -> tuple[ErasurePlan, _Targets]:
    if kind is ErasureKind.PERSON:
        targets, title, exists = _person_targets(session, row_id)
        own: tuple[str, ...] = PERSON_FIELDS
    else:
        targets, exists = _record_targets(session, table, row_id, fields)
        own, title = tuple(fields), record_title(session, table, row_id)
    count = sum(1 for e in _log_candidates(session, targets) if _redacted(e, targets) != _values(e))
    plan = ErasurePlan(
        kind,
        table,
        row_id,
        title,
        own,
        tuple(sorted(targets.places, key=_place_order)),
        count,
        exists,
    )
    return plan, targets


def _place_order(place: Place) -> tuple[str, str, str]:
    return (place.table, place.field, place.row_id)


def _values(entry: ChangeLog) -> tuple[str | None, str | None]:
    return entry.old_value, entry.new_value


def record_title(session: Session, table: str, row_id: str) -> str:
    """A short name of the record for the dialog: its title, name or heading."""
    model = changesets.model_for_table(table)
    obj = session.get(model, row_id)
    for attr in ("title", "name", "heading", "reference"):
        value = getattr(obj, attr, None) if obj is not None else None
        if value:
            return str(value)
    return f"{table.replace('_', ' ')} (deleted)" if obj is None else table.replace("_", " ")


def plan_person(store: Store, contact_id: str) -> ErasurePlan:
    with store.read() as s:
        return _plan(s, ErasureKind.PERSON, "contact", contact_id)[0]


def plan_record(store: Store, table: str, row_id: str, fields: Sequence[str]) -> ErasurePlan:
    with store.read() as s:
        return _plan(s, ErasureKind.RECORD, table, row_id, fields)[0]


# --- the erasure -------------------------------------------------------------------------


def _set_values(session: Session, targets: _Targets) -> None:
    for (table_name, row_id), fields in targets.whole.items():
        model = changesets.model_for_table(table_name)
        obj = session.get(model, row_id)
        if obj is None:
            continue  # deleted: its values are only in the log
        table = _table(table_name)
        for name in sorted(fields):
            if getattr(obj, name) not in (None, ""):  # an empty field stays as it is
                setattr(obj, name, blank_value(table.c[name]))
    for place, value in targets.places.items():
        obj = session.get(changesets.model_for_table(place.table), place.row_id)
        if obj is not None:
            setattr(obj, place.field, value)


def _rewrite_log(session: Session, erasure_id: str, targets: _Targets) -> tuple[int, set[str]]:
    """List, then rewrite, every change-log entry holding an erased value; the number
    rewritten and the tables they are of. Only old_value and new_value are ever set (the
    UPDATE rule refuses anything else)."""
    rewrites = []
    tables: set[str] = set()
    for entry in _log_candidates(session, targets):
        old, new = _redacted(entry, targets)
        if (old, new) != (entry.old_value, entry.new_value):
            rewrites.append({"entry_id": entry.id, "old": old, "new": new})
            tables.add(entry.table_name)
    if not rewrites:
        return 0, tables
    conn = session.connection()
    listed = [{"change_log_id": r["entry_id"], "erasure_id": erasure_id} for r in rewrites]
    conn.execute(sa.insert(ErasedEntry.__table__), listed)  # type: ignore[attr-defined]
    log_table = ChangeLog.__table__  # type: ignore[attr-defined]
    update = (
        sa.update(log_table)
        .where(log_table.c.id == sa.bindparam("entry_id"))
        .values(old_value=sa.bindparam("old"), new_value=sa.bindparam("new"))
    )
    conn.execute(update, rewrites)
    return len(rewrites), tables


_CONTENT = re.compile(r"content\s*=\s*'(\w+)'")


def _fulltext_indexes(conn: sa.Connection) -> dict[str, str]:
    """The full-text indexes of the database and the table each indexes: SQLite's FTS5
    tables as found in the file; PostgreSQL's trigram indexes (store.fulltext.INDEXES:
    their pages keep the erased words' trigrams until the index is written anew)."""
    if conn.dialect.name != "sqlite":
        from cdmo_desktop.store import fulltext

        return {index.name: index.table for index in fulltext.INDEXES.values()}
    rows = conn.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' "
        "AND sql LIKE 'CREATE VIRTUAL TABLE%USING fts5%'"
    )
    out = {}
    for name, sql in rows:
        found = _CONTENT.search(str(sql))
        out[str(name)] = found.group(1) if found else ""
    return out


def _written_tables(session: Session) -> set[str]:
    """The tables this session wrote, derived columns included (store.changesets)."""
    captured: dict[tuple[str, str], Any] = session.info.get("captured", {})
    return {table for table, _id in captured} | set(session.info.get("extra_tables", ()))


TALLIES = ("risk_owner_tally", "risk_due_tally", "partner_scale_tally")


def _scrub_indexes(conn: sa.Connection, tables: set[str]) -> None:
    """Rebuild the full-text indexes over `tables`: a deleted term stays in an FTS5
    segment until the segments merge; a rebuild writes them anew from the rows as they
    are now (an index over an unknown table is rebuilt too)."""
    from cdmo_desktop.store import fulltext

    for index, table in _fulltext_indexes(conn).items():
        if not table or table in tables:
            fulltext.rebuild(conn, index)
    # The maintained counts (store/derived_risks.py, partner_list.py) keep a row per owner
    # or facet value, at zero once its last record changed: an erased owner's name with it.
    present = set(sa.inspect(conn).get_table_names())
    for tally in TALLIES:
        if tally in present:
            conn.exec_driver_sql(f"DELETE FROM {tally} WHERE n <= 0")
    # The marks start each span at a row's sort keys (a partner's name, its primary
    # contact's; an engagement's title, client, partner; a risk's title, owner): moved onto
    # rows as they are now.
    if "partner_mark" in present:
        partner_marks.snap(conn)
    if "engagement_mark" in present:  # an engagement's title, client or partner name
        engagement_marks.snap(conn)
    if "risk_mark" in present:  # a risk's title, owner or engagement's title
        risk_marks.snap(conn)


def _secure_delete(conn: sa.Connection, on: bool) -> None:
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql(f"PRAGMA secure_delete={'ON' if on else 'OFF'}")


def _checkpoint(store: Store) -> None:
    """Copy the WAL into the file and truncate it: its frames still hold the old pages."""
    if store.engine.dialect.name != "sqlite":
        return
    raw = store.engine.raw_connection()
    try:
        busy = raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()  # type: ignore[union-attr]
        if busy and busy[0]:
            log.warning("the write-ahead log could not be truncated after an erasure")
    finally:
        raw.close()


# docs/team-server.md: erasure stays with the owner of a team server's database.
OWNER_ONLY = QT_TRANSLATE_NOOP(
    "messages",
    "On a team server only its owner login (the one that runs server init) may erase: an "
    "erasure rewrites the change log, which no other login may change. Ask the server's owner "
    "to run cdmo-desktop erase.",
)


def _may_erase(conn: sa.Connection) -> bool:
    return conn.dialect.name != "postgresql" or server_security.acts_as_owner(conn)


def may_erase(store: Store) -> bool:
    """Whether this store's login may erase: any local file it may write; on a team server
    only the tables' owner (an admin's or a consultant's erasure is refused with OWNER_ONLY
    before anything is written)."""
    if store.server is None:
        return True
    with store.engine.connect() as conn:
        return _may_erase(conn)


def _erase(
    store: Store, kind: ErasureKind, table: str, row_id: str, fields: Sequence[str], reason: str
) -> ErasureResult:
    reason = reason.strip()
    if not reason:
        raise ValidationError(
            {"reason": msg(QT_TRANSLATE_NOOP("messages", "Give the reason for the erasure."))},
            "Erasure",
        )
    outcome: dict[str, Any] = {}

    def work(s: Session) -> None:
        conn = s.connection()
        if not _may_erase(conn):  # said up front: a refusal half-way read as "may only read"
            raise WriteRefused(msg(OWNER_ONLY))
        _secure_delete(conn, True)
        plan, targets = _plan(s, kind, table, row_id, fields)
        pattern = targets.pattern
        said = pattern.sub(ERASED, reason) if pattern is not None else reason
        s.info["reason"] = said
        _set_values(s, targets)
        s.flush()
        erasure = Erasure(
            erased_at=change_time(),  # after the edits above: the history's newest line
            user=store.user or os_user(),
            kind=kind,
            table_name=table,
            row_id=row_id,
            fields=json.dumps(plan.field_names),
            reason=said,
        )
        s.add(erasure)
        s.flush()
        outcome["redacted"], held = _rewrite_log(s, erasure.id, targets)
        # The indexes of every table that held the values (rows deleted since included).
        _scrub_indexes(conn, _written_tables(s) | held | {t for t, _id in targets.whole})
        _secure_delete(conn, False)  # the pages freed above are zeroed already
        outcome["plan"], outcome["id"], outcome["at"] = plan, erasure.id, erasure.erased_at

    label = msg(
        QT_TRANSLATE_NOOP("messages", "Erase a person")
        if kind is ErasureKind.PERSON
        else QT_TRANSLATE_NOOP("messages", "Erase confidential values")
    )
    written = store.write(label, work)
    _checkpoint(store)
    # Not undoable: the rows only as they are now (the values before are the erased ones).
    changeset = ChangeSet(label, written.after, written.after, written.tables)
    return ErasureResult(
        outcome["id"],
        outcome["plan"],
        changeset,
        outcome["redacted"],
        _backups_of(store, outcome["at"]),
    )


def erase_person(store: Store, contact_id: str, reason: str) -> ErasureResult:
    """Erase a contact: their own values and every occurrence of their identifiers in
    other records and in the change log (see the module's docstring)."""
    return _erase(store, ErasureKind.PERSON, "contact", contact_id, (), reason)


def erase_record(
    store: Store, table: str, row_id: str, fields: Sequence[str], reason: str
) -> ErasureResult:
    """Erase `fields` of one record (also a deleted one: then only its logged values)."""
    return _erase(store, ErasureKind.RECORD, table, row_id, tuple(fields), reason)


# --- what an erasure leaves: backups, the history line ----------------------------------


def backups_before(db_path: Path, moment: datetime) -> list[BackupInfo]:
    """Backups of the database taken before `moment` (they still hold what was erased)."""
    return [b for b in list_backups(db_path) if b.taken_at <= moment]


def last_erasure_at(store: Store) -> datetime | None:
    with store.read() as s:
        query = select(sa.func.max(Erasure.erased_at))
        return s.exec(query).one()


def backups_holding_erased(store: Store) -> list[BackupInfo]:
    """The backups taken before the latest erasure, newest first."""
    moment = last_erasure_at(store)
    return [] if moment is None else _backups_of(store, moment)


def _backups_of(store: Store, moment: datetime) -> list[BackupInfo]:
    """The store's backups taken before `moment`: none on a team server (its backups are
    the server's own, pg_dump, which its administrator keeps)."""
    return [] if store.file is None else backups_before(store.file, moment)


def purge_backups(backups: Iterable[BackupInfo]) -> int:
    """Delete these backup files (and any -wal/-journal beside them); the number deleted."""
    count = 0
    for backup in backups:
        for suffix in ("-wal", "-journal", "-shm"):
            backup.path.with_name(backup.path.name + suffix).unlink(missing_ok=True)
        if backup.path.exists():
            backup.path.unlink()
            count += 1
    return count
