"""The merge's own decisions (store/sync_merge.py): a per-engagement number or a partner's
name made on two replicas (the row whose value is later, by (hlc, id), moves to the next
free one, as a local entry that travels), and the conflicts listed in sync_conflict under a
key both replicas compute alike: a field edited on both sides (the losing entry's
f"{origin}:{origin_seq}"), a record deleted on one side and edited on the other (the
delete's), possible duplicate partners (both ids)."""

from __future__ import annotations

import difflib
import json
import re
import uuid
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, SQLModel

from cdmo_desktop.domain import derive
from cdmo_desktop.domain.models import ChangeLog
from cdmo_desktop.domain.models.sync import SYNC_CONFLICT
from cdmo_desktop.domain.risk_review import code as risk_code
from cdmo_desktop.store import changelog, sync_fold
from cdmo_desktop.store.sync_log import (
    DERIVED,
    NOT_LOGGED,
    RENAME_REASON,
    RENUMBER_REASON,
    Full,
    Outcome,
    columns,
    local_entries,
    log_entry,
    row_entries,
)

_LEGAL = re.compile(
    r"\b(gmbh|inc|incorporated|ltd|limited|ag|sa|llc|plc|bv|nv|srl|sarl|spa|kg|co|corp|"
    r"corporation|company|llp|pvt|oy|ab|as|aps)\b"
)
_PUNCT = re.compile(r"[^\w\s]")
SIMILAR = 0.9
_log = ChangeLog.__table__  # type: ignore[attr-defined]
_risk_table = SQLModel.metadata.tables["risk"]
_partner_table = SQLModel.metadata.tables["partner"]

# --- collisions of per-engagement numbers and of names ----------------------------------------


def _version(logs: list[Full], name: str) -> str:
    """The hlc of a field's value: its last update, or the row's last insert."""
    best = ""
    for e in logs:
        if e.action == "insert" or (e.action == "update" and e.field == name):
            best = max(best, e.hlc)
    return best


def _move(
    session: Session,
    table: str,
    obj: Any,
    values: dict[str, Any],
    reason: str,
    outcome: Outcome,
) -> None:
    """Move a row this merge does not write off a collision: its new values, then a local
    entry per logged column that changed (the hook stays quiet for it meanwhile, as it may
    be one of the rows the merge writes), and the value the merge will write for it."""
    names = [n for n in columns(type(obj)) if n not in NOT_LOGGED and n != "id"]
    before = {n: changelog.to_text(getattr(obj, n)) for n in names}
    quiet: set[tuple[str, str]] = session.info.setdefault(changelog.QUIET, set())
    key = (table, str(obj.id))
    added = key not in quiet
    quiet.add(key)
    try:
        for name, value in values.items():
            setattr(obj, name, value)
        session.flush()
    finally:
        if added:
            quiet.discard(key)
    entries = []
    for n in names:
        after = changelog.to_text(getattr(obj, n))
        if after != before[n]:
            entries.append(log_entry(session, table, key[1], n, before[n], after, reason))
            if key in outcome.targets and outcome.targets[key] is not None:
                outcome.targets[key][n] = after  # type: ignore[index]
    local_entries(session, entries)


def unique(
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
    t = _risk_table
    other_id = session.execute(
        sa.select(t.c.id).where(
            t.c.engagement_id == engagement, t.c.number == number, t.c.id != row_id
        )
    ).scalar()
    other = session.get(Risk, other_id) if other_id is not None else None
    if other is None:
        return {}
    free = (
        int(
            session.execute(
                sa.select(sa.func.max(t.c.number)).where(t.c.engagement_id == engagement)
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
        _move(session, "risk", other, {"number": free}, RENUMBER_REASON, outcome)
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
    t = _partner_table
    other_id = session.execute(
        sa.select(t.c.id).where(t.c.name_key == derive.name_key(name), t.c.id != row_id)
    ).scalar()
    other = session.get(Partner, other_id) if other_id is not None else None
    if other is None:
        return {}
    taken = set(session.execute(sa.select(t.c.name_key)).scalars())
    n = 2
    while derive.name_key(f"{name} ({n})") in taken:
        n += 1
    free = f"{name} ({n})"
    mine = (_version(logs.get(("partner", row_id), []), "name"), row_id)
    if _later(session, "partner", mine, other.id, "name", logs):
        target["name"] = free
        moved = row_id
    else:
        _move(session, "partner", other, {"name": free}, RENAME_REASON, outcome)
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


def conflicts_of(
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
    out.extend(_reinserted_over(session, table, row_id, logs, new_ids))
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


def _reinserted_over(
    session: Session, table: str, row_id: str, logs: list[Full], new_ids: set[str]
) -> list[str]:
    """A row deleted and inserted again (an undo) on one side sets every field from its
    snapshot: an edit made on another side after the delete's view of the row, and before
    the re-insert, loses to it; listed as a field conflict (the edit's key)."""
    out: list[str] = []
    ordered = sorted(logs, key=lambda e: (e.hlc, e.seq))
    for i, again in enumerate(ordered):
        if again.action != "insert":
            continue
        delete = next((d for d in reversed(ordered[:i]) if d.action == "delete"), None)
        if delete is None:
            continue
        try:
            snapshot = json.loads(again.new_value or "{}")
        except ValueError:
            continue
        for u in ordered[:i]:
            if u.action != "update" or not u.field or u.hlc <= (delete.base_hlc or ""):
                continue
            if u.field in DERIVED or u.field in NOT_LOGGED or u.field not in snapshot:
                continue
            if snapshot[u.field] == u.new_value or not ({u.id, again.id} & new_ids):
                continue
            if any(
                w.field == u.field and w.hlc > again.hlc for w in ordered if w.action == "update"
            ):
                continue  # a later edit of the field decides
            out.append(
                record(
                    session,
                    "field",
                    table,
                    row_id,
                    u.field,
                    snapshot[u.field],
                    u.new_value,
                    again.origin,
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
    return similar_normalized(normalized(a), normalized(b))


def similar_normalized(x: str, y: str) -> bool:
    if not x or not y:
        return x == y
    if 2 * min(len(x), len(y)) < SIMILAR * (len(x) + len(y)):  # real_quick_ratio, inlined
        return False
    matcher = difflib.SequenceMatcher(None, x, y)
    return matcher.quick_ratio() >= SIMILAR and matcher.ratio() >= SIMILAR


_NAMES = "cdmo_sync_partner_names"


def _partner_names(session: Session) -> dict[str, str]:
    """{id: normalized name} of the live partners, read once per apply (kept in the
    session; a received partner is added when it is checked)."""
    names = session.info.get(_NAMES)
    if names is None:
        t = _partner_table
        rows = session.execute(sa.select(t.c.id, t.c.name).where(t.c.archived.is_(False)))
        names = session.info[_NAMES] = {str(pid): normalized(name) for pid, name in rows}
    return names


def duplicates_of(session: Session, partner_id: str, logs: list[Full]) -> list[str]:
    """Partners near-identical in name to the received `partner_id` made on another
    replica (possibly the same partner, entered twice)."""
    from cdmo_desktop.domain.models import Partner

    me = session.get(Partner, partner_id)
    if me is None:
        return []
    out: list[str] = []
    names = _partner_names(session)
    mine_name = names[partner_id] = normalized(me.name)
    similar_ids = [
        pid
        for pid, name in names.items()
        if pid != partner_id and similar_normalized(mine_name, name)
    ]
    if not similar_ids:
        return out
    t = _partner_table
    candidates = [
        (str(pid), str(name))
        for pid, name in session.execute(
            sa.select(t.c.id, t.c.name).where(t.c.id.in_(similar_ids)).order_by(t.c.id)
        )
    ]
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
