"""The merge of received change-log entries (store/sync.py `apply`).

The received entries go into the local log verbatim (each sealed into this database's
chain); every row they touch is then set to what its whole log says (store/sync_fold.py:
clock order, the later edit of a field wins, a delete an unseen edit made void keeps the
record), written through the session so validation and derived fields run, with the hook
quiet for those rows. What the merge itself decides becomes ordinary local entries that
travel on: a derived field recomputed from merged inputs, a risk number or a partner name
that collided (the row whose value is later, by (hlc, id), moves to the next free one).
Conflicts go to sync_conflict under a key both replicas compute alike.
"""

from __future__ import annotations

import difflib
import re
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any, Union, get_args, get_origin

import sqlalchemy as sa
from sqlmodel import Session, SQLModel

from cdmo_desktop.domain import derive
from cdmo_desktop.domain.models import ChangeLog
from cdmo_desktop.domain.models.sync import SYNC_CONFLICT
from cdmo_desktop.domain.risk_review import code as risk_code
from cdmo_desktop.store import audit, chain, changelog, changesets, sync_clock, sync_fold
from cdmo_desktop.store.changesets import CAPTURE_SKIP

RENUMBER_REASON = "renumbered by sync: the same number was made on another replica"
RENAME_REASON = "renamed by sync: the same name was made on another replica"
RECOMPUTE_REASON = "recomputed by sync from merged values"
# Logged columns the store derives from others (domain/derive.py, store/derived_*.py):
# merged, they are recomputed, and two values of them are no conflict.
DERIVED = frozenset({"name_key", "region", "score", "level", "last_audit_date", "next_audit_due"})
NOT_LOGGED = audit.NOT_LOGGED | {"row_version"}
_LEGAL = re.compile(
    r"\b(gmbh|inc|incorporated|ltd|limited|ag|sa|llc|plc|bv|nv|srl|sarl|spa|kg|co|corp|"
    r"corporation|company|llp|pvt|oy|ab|as|aps)\b"
)
_PUNCT = re.compile(r"[^\w\s]")
SIMILAR = 0.9
_log = ChangeLog.__table__  # type: ignore[attr-defined]


@dataclass(frozen=True)
class Full(sync_fold.Logged):
    origin: str = ""
    origin_seq: int = 0
    user: str = ""
    occurred_at: str = ""
    reason: str = ""


@dataclass
class Outcome:
    """What a merge did (store/sync.py turns it into a SyncReport)."""

    by_kind: dict[str, int] = field(default_factory=dict)
    conflict_keys: list[str] = field(default_factory=list)
    renumbered: list[tuple[str, str, str, str]] = field(default_factory=list)  # table, id, old, new


# --- values -------------------------------------------------------------------------------


def _annotation(model: type[SQLModel], name: str) -> Any:
    kind = model.model_fields[name].annotation
    if get_origin(kind) in (Union, getattr(__import__("types"), "UnionType", Union)):
        args = [a for a in get_args(kind) if a is not type(None)]
        kind = args[0] if args else str
    return kind


def typed(model: type[SQLModel], name: str, text: str | None) -> Any:
    """A logged text as the column's Python value."""
    if text is None:
        return None
    kind = _annotation(model, name)
    if isinstance(kind, type):
        if issubclass(kind, Enum):
            return kind(text)
        if issubclass(kind, bool):
            return text == "true"
        if issubclass(kind, int):
            return int(text)
        if issubclass(kind, Decimal):
            return Decimal(text)
        if issubclass(kind, datetime):
            moment = datetime.fromisoformat(text)
            return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
        if issubclass(kind, date):
            return date.fromisoformat(text)
        if issubclass(kind, float):
            return float(text)
    return text


def columns(model: type[SQLModel]) -> list[str]:
    return [c.key for c in model.__table__.columns]  # type: ignore[attr-defined]


# --- the log ------------------------------------------------------------------------------


def _action(value: Any) -> str:
    return str(getattr(value, "value", value))


def row_entries(
    conn: sa.Connection, keys: Iterable[tuple[str, str]]
) -> dict[tuple[str, str], list[Full]]:
    by_table: dict[str, list[str]] = {}
    for table, row_id in keys:
        by_table.setdefault(table, []).append(row_id)
    out: dict[tuple[str, str], list[Full]] = {}
    for table, ids in by_table.items():
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            query = sa.select(
                _log.c.id,
                _log.c.row_id,
                _log.c.action,
                _log.c.field,
                _log.c.new_value,
                _log.c.hlc,
                _log.c.base_hlc,
                _log.c.seq,
                _log.c.origin,
                _log.c.origin_seq,
                _log.c.user,
                _log.c.occurred_at,
                _log.c.reason,
            ).where(_log.c.table_name == table, _log.c.row_id.in_(chunk))
            for r in conn.execute(query):
                out.setdefault((table, str(r.row_id)), []).append(
                    Full(
                        str(r.id),
                        _action(r.action),
                        r.field,
                        r.new_value,
                        r.hlc or "",
                        r.base_hlc,
                        int(r.seq or 0),
                        str(r.origin or ""),
                        int(r.origin_seq or 0),
                        str(r.user or ""),
                        chain.time_text(r.occurred_at),
                        str(r.reason or ""),
                    )
                )
    for entries in out.values():
        entries.sort(key=lambda e: (e.hlc, e.seq))
    return out


def insert_entries(session: Session, entries: Sequence[ChangeLog]) -> None:
    """Seal `entries` (ChangeLog objects with their sync columns) into the chain and
    insert them with Core (so live.py shows them as others' changes)."""
    if not entries:
        return
    conn = session.connection()
    chain.seal(conn, entries)
    names = columns(ChangeLog)
    rows = []
    for e in entries:
        row = {n: getattr(e, n) for n in names}
        row["action"] = _action(row["action"])
        rows.append(row)
    for start in range(0, len(rows), 2000):
        conn.execute(sa.insert(_log), rows[start : start + 2000])


def local_entries(session: Session, entries: list[ChangeLog]) -> None:
    """Entries of changes the merge decided: stamped as this replica's, then inserted."""
    if entries:
        sync_clock.stamp(session.connection(), entries)
        insert_entries(session, entries)


def _entry(
    session: Session, table: str, row_id: str, name: str, old: Any, new: Any, reason: str
) -> ChangeLog:
    return ChangeLog(
        user=session.info.get("user") or changelog.os_user(),
        table_name=table,
        row_id=row_id,
        action="update",
        field=name,
        old_value=old,
        new_value=new,
        reason=reason,
        occurred_at=changelog.change_time(),
    )


# --- the merge ----------------------------------------------------------------------------


def merge(
    session: Session,
    entries: Sequence[ChangeLog],
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Outcome:
    """Log `entries` (new to this database, in clock order) and bring every row they touch
    to what its log says."""
    outcome = Outcome()
    insert_entries(session, entries)
    models = _models()
    new_ids = {str(e.id) for e in entries}
    touched: dict[tuple[str, str], None] = {}
    for e in entries:
        if e.table_name in models:
            touched[(e.table_name, e.row_id)] = None
    order = changesets.table_order()
    conn = session.connection()
    logs = row_entries(conn, touched)
    targets = {key: sync_fold.fold(logs.get(key, [])) for key in touched}
    for (table, _row), _ in touched.items():
        outcome.by_kind[table] = outcome.by_kind.get(table, 0) + 1
    session.info[changelog.QUIET] = set(touched)
    total, done = len(touched), 0
    try:
        gone = [k for k, v in targets.items() if v is None]
        for table, row_id in sorted(gone, key=lambda k: -order.get(k[0], 0)):
            obj = session.get(models[table], row_id)
            if obj is not None:
                session.delete(obj)
                session.flush()
            done += 1
            _tick(progress, cancelled, done, total)
        kept = [k for k, v in targets.items() if v is not None]
        fixes: list[ChangeLog] = []
        for key in sorted(kept, key=lambda k: order.get(k[0], 0)):
            target = dict(targets[key] or {})
            reasons = _unique(session, key, target, logs, outcome)
            _write(session, models[key[0]], key[1], target)
            fixes.extend(_fixes(session, models[key[0]], key, target, reasons))
            done += 1
            _tick(progress, cancelled, done, total)
        session.flush()
    finally:
        session.info.pop(changelog.QUIET, None)
    local_entries(session, fixes)
    for key in touched:
        outcome.conflict_keys.extend(
            _conflicts(session, key, logs.get(key, []), new_ids, targets[key])
        )
        if (
            key[0] == "partner"
            and targets[key] is not None
            and any(e.action == "insert" and e.id in new_ids for e in logs.get(key, []))
        ):
            outcome.conflict_keys.extend(_duplicates(session, key[1], logs.get(key, [])))
    return outcome


def _tick(
    progress: Callable[[int, int], None] | None,
    cancelled: Callable[[], bool] | None,
    done: int,
    total: int,
) -> None:
    if progress is not None:
        progress(done, total)
    if cancelled is not None and cancelled():
        raise MergeCancelled


class MergeCancelled(Exception):
    """The caller cancelled; the transaction rolls back."""


def _models() -> dict[str, type[SQLModel]]:
    out: dict[str, type[SQLModel]] = {}
    for table in SQLModel.metadata.sorted_tables:
        if table.name == "change_log" or "id" not in table.c:
            continue
        try:
            out[table.name] = changesets.model_for_table(table.name)
        except LookupError:
            continue
    return out


def _write(session: Session, model: type[SQLModel], row_id: str, target: dict[str, Any]) -> None:
    """Make the row hold `target` (logged values as text), quietly."""
    names = [
        n for n in columns(model) if n not in CAPTURE_SKIP and n != "row_version" and n in target
    ]
    obj = session.get(model, row_id)
    if obj is None:
        values = {n: typed(model, n, target[n]) for n in names}
        session.add(model(id=row_id, **values))
    else:
        for n in names:
            value = typed(model, n, target[n])
            if not audit.same_value(getattr(obj, n), target[n]):
                setattr(obj, n, value)
    session.flush()


def _fixes(
    session: Session,
    model: type[SQLModel],
    key: tuple[str, str],
    target: dict[str, Any],
    reasons: dict[str, str],
) -> list[ChangeLog]:
    """Local entries for logged columns the row holds otherwise than its log says (derived
    fields recomputed from merged values, numbers and names moved off a collision)."""
    table = model.__table__  # type: ignore[attr-defined]
    row = session.connection().execute(sa.select(table).where(table.c.id == key[1])).first()
    if row is None:
        return []
    data = row._asdict()
    out = []
    for name, value in data.items():
        if name in NOT_LOGGED or name == "id":
            continue
        logged = target.get(name)
        if name in target and audit.same_value(value, logged):
            continue
        if name not in target and value is None:
            continue
        reason = reasons.get(name, RECOMPUTE_REASON)
        out.append(_entry(session, key[0], key[1], name, logged, changelog.to_text(value), reason))
    return out


# --- collisions of per-engagement numbers and of names ----------------------------------------


def _version(logs: list[Full], name: str) -> str:
    """The hlc of a field's value: its last update, or the row's last insert."""
    best = ""
    for e in logs:
        if e.action == "insert" or (e.action == "update" and e.field == name):
            best = max(best, e.hlc)
    return best


def _unique(
    session: Session,
    key: tuple[str, str],
    target: dict[str, Any],
    logs: dict[tuple[str, str], list[Full]],
    outcome: Outcome,
) -> dict[str, str]:
    """Move `target` (or the row it collides with) off a unique number or name; returns
    {field: reason} of what changed in `target`."""
    table, row_id = key
    if table == "risk" and target.get("number") and target.get("engagement_id"):
        return _renumber_risk(session, row_id, target, logs, outcome)
    if table == "partner" and target.get("name"):
        return _rename_partner(session, row_id, target, logs, outcome)
    return {}


def _later(
    session: Session,
    table: str,
    mine: tuple[str, str],
    other_id: str,
    name: str,
    logs: dict[tuple[str, str], list[Full]],
) -> bool:
    """Whether the row `mine` = (id, its value's hlc) is later than `other_id`'s value."""
    other = logs.get((table, other_id))
    if other is None:
        other = row_entries(session.connection(), [(table, other_id)]).get((table, other_id), [])
    return mine > (_version(other, name), other_id)


def _renumber_risk(
    session: Session,
    row_id: str,
    target: dict[str, Any],
    logs: dict[tuple[str, str], list[Full]],
    outcome: Outcome,
) -> dict[str, str]:
    from cdmo_desktop.domain.models import Risk

    engagement, number = str(target["engagement_id"]), int(target["number"])
    other = (
        session.exec(  # type: ignore[call-overload]
            sa.select(Risk).where(
                Risk.engagement_id == engagement, Risk.number == number, Risk.id != row_id
            )
        )
        .scalars()
        .first()
    )
    if other is None:
        return {}
    free = (
        int(
            session.execute(
                sa.select(sa.func.max(Risk.number)).where(Risk.engagement_id == engagement)
            ).scalar()
            or 0
        )
        + 1
    )
    mine = (_version(logs.get(("risk", row_id), []), "number"), row_id)
    if _later(session, "risk", mine, other.id, "number", logs):
        target["number"] = str(free)
        moved = row_id
        label = target.get("title") or ""
    else:
        saved = session.info.get("reason", "")
        session.info["reason"] = RENUMBER_REASON
        try:
            other.number = free
            session.flush()
        finally:
            session.info["reason"] = saved
        moved, label = other.id, other.title
    outcome.renumbered.append(("risk", moved, risk_code(number), risk_code(free)))
    outcome.conflict_keys.append(
        record(
            session,
            "renumbered",
            "risk",
            moved,
            "number",
            str(number),
            str(free),
            None,
            None,
            "",
            f"renumbered:risk:{moved}:{number}",
            resolved="renumbered",
            label=str(label),
        )
    )
    return {"number": RENUMBER_REASON} if moved == row_id else {}


def _rename_partner(
    session: Session,
    row_id: str,
    target: dict[str, Any],
    logs: dict[tuple[str, str], list[Full]],
    outcome: Outcome,
) -> dict[str, str]:
    from cdmo_desktop.domain.models import Partner

    name = str(target["name"]).strip()
    other = (
        session.exec(  # type: ignore[call-overload]
            sa.select(Partner).where(
                Partner.name_key == derive.name_key(name), Partner.id != row_id
            )
        )
        .scalars()
        .first()
    )
    if other is None:
        return {}
    taken = set(session.execute(sa.select(Partner.name_key)).scalars())
    n = 2
    while derive.name_key(f"{name} ({n})") in taken:
        n += 1
    free = f"{name} ({n})"
    mine = (_version(logs.get(("partner", row_id), []), "name"), row_id)
    if _later(session, "partner", mine, other.id, "name", logs):
        target["name"] = free
        moved = row_id
    else:
        saved = session.info.get("reason", "")
        session.info["reason"] = RENAME_REASON
        try:
            other.name = free
            session.flush()
        finally:
            session.info["reason"] = saved
        moved = other.id
    outcome.renumbered.append(("partner", moved, name, free))
    outcome.conflict_keys.append(
        record(
            session,
            "renumbered",
            "partner",
            moved,
            "name",
            name,
            free,
            None,
            None,
            "",
            f"renumbered:partner:{moved}:{derive.name_key(name)}",
            resolved="renumbered",
            label=free,
        )
    )
    return {"name": RENAME_REASON, "name_key": RENAME_REASON} if moved == row_id else {}


# --- conflicts ----------------------------------------------------------------------------


def record(
    session: Session,
    kind: str,
    table: str,
    row_id: str,
    name: str | None,
    here: str | None,
    other: str | None,
    here_origin: str | None,
    loser: Full | None,
    user: str,
    key: str,
    *,
    resolved: str | None = None,
    label: str = "",
) -> str:
    """Insert a conflict unless one with `key` is listed; returns the key."""
    conn = session.connection()
    if conn.execute(sa.select(SYNC_CONFLICT.c.id).where(SYNC_CONFLICT.c.key == key)).first():
        return key
    now = datetime.now(UTC)
    conn.execute(
        sa.insert(SYNC_CONFLICT).values(
            id=str(uuid.uuid4()),
            kind=kind,
            table_name=table,
            row_id=row_id,
            field=name,
            here_value=here,
            other_value=other,
            here_origin=here_origin,
            other_origin=loser.origin if loser else None,
            other_hlc=loser.hlc if loser else None,
            other_user=(loser.user if loser else user)[:200],
            detected_at=now,
            resolved_at=now if resolved else None,
            resolution=resolved,
            key=key,
        )
    )
    return key


def _conflicts(
    session: Session,
    key: tuple[str, str],
    logs: list[Full],
    new_ids: set[str],
    target: dict[str, Any] | None,
) -> list[str]:
    out: list[str] = []
    table, row_id = key
    if target is None:
        return out
    for d in logs:
        if d.action == "delete" and d.id in sync_fold.void_deletes(logs):
            concurrent = [u for u in logs if u.action == "update" and u.hlc > (d.base_hlc or "")]
            if d.id in new_ids or any(u.id in new_ids for u in concurrent):
                out.append(
                    record(
                        session,
                        "delete_edit",
                        table,
                        row_id,
                        None,
                        None,
                        None,
                        None,
                        d,
                        "",
                        f"{d.origin}:{d.origin_seq}",
                    )
                )
    last_insert = max((e.hlc for e in logs if e.action == "insert"), default="")
    by_field: dict[str, list[Full]] = {}
    for e in logs:
        if (
            e.action == "update"
            and e.field
            and e.hlc > last_insert
            and e.field not in DERIVED
            and e.field not in NOT_LOGGED
        ):
            by_field.setdefault(e.field, []).append(e)
    for name, updates in by_field.items():
        winner = max(updates, key=lambda e: (e.hlc, e.seq))
        for u in updates:
            if u is winner or u.hlc <= (winner.base_hlc or ""):
                continue
            if u.id not in new_ids and winner.id not in new_ids:
                continue
            if u.new_value == winner.new_value:
                continue
            if u.reason in (RENUMBER_REASON, RENAME_REASON) and winner.reason in (
                RENUMBER_REASON,
                RENAME_REASON,
            ):
                continue
            out.append(
                record(
                    session,
                    "field",
                    table,
                    row_id,
                    name,
                    winner.new_value,
                    u.new_value,
                    winner.origin,
                    u,
                    "",
                    f"{u.origin}:{u.origin_seq}",
                )
            )
    return out


def normalized(name: str) -> str:
    """A partner's name for duplicate detection: case, punctuation and legal suffixes gone."""
    text = _PUNCT.sub(" ", name.casefold())
    text = _LEGAL.sub(" ", text)
    return " ".join(text.split())


def similar(a: str, b: str) -> bool:
    x, y = normalized(a), normalized(b)
    if not x or not y:
        return x == y
    matcher = difflib.SequenceMatcher(None, x, y)
    return matcher.real_quick_ratio() >= SIMILAR and matcher.ratio() >= SIMILAR


def _duplicates(session: Session, partner_id: str, logs: list[Full]) -> list[str]:
    """Partners near-identical in name to the received `partner_id` made on another
    replica (possibly the same partner, entered twice)."""
    from cdmo_desktop.domain.models import Partner

    me = session.get(Partner, partner_id)
    if me is None:
        return []
    out = []
    others = session.execute(
        sa.select(Partner.id, Partner.name).where(
            Partner.id != partner_id, Partner.archived.is_(False)
        )
    ).all()
    candidates = [(pid, name) for pid, name in others if similar(me.name, name)]
    if not candidates:
        return out
    inserts = (
        session.connection()
        .execute(
            sa.select(_log.c.row_id, _log.c.origin, _log.c.origin_seq).where(
                _log.c.table_name == "partner",
                _log.c.action == "insert",
                _log.c.row_id.in_([c[0] for c in candidates]),
            )
        )
        .all()
    )
    mine = {str(e.origin) for e in logs if e.action == "insert"}
    # Made on the same replica as the received one: its maker saw both (and was warned).
    known = {str(r.row_id) for r in inserts if str(r.origin) in mine}
    for pid, name in candidates:
        if pid in known:
            continue
        first, second = sorted((partner_id, pid))
        out.append(
            record(
                session,
                "duplicate",
                "partner",
                first,
                None,
                name,
                me.name,
                None,
                None,
                "",
                f"duplicate:{first}:{second}",
            )
        )
    return out
