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

from collections.abc import Callable, Sequence
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, SQLModel

from cdmo_desktop.domain.models import ChangeLog
from cdmo_desktop.store import (
    audit,
    changelog,
    changesets,
    sync_children,
    sync_fold,
    sync_pairs,
    sync_parents,
)
from cdmo_desktop.store.changesets import CAPTURE_SKIP
from cdmo_desktop.store.sync_log import (
    NOT_LOGGED,
    RECOMPUTE_REASON,
    Outcome,
    columns,
    insert_entries,
    local_entries,
    log_entry,
    row_entries,
    typed,
)
from cdmo_desktop.store.sync_rules import conflicts_of, duplicates_of, record, unique

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
    targets = outcome.targets
    targets.update({key: sync_fold.fold(logs.get(key, [])) for key in touched})
    for (table, _row), _ in touched.items():
        outcome.by_kind[table] = outcome.by_kind.get(table, 0) + 1
    revived, nulls = sync_parents.keep_parents(session, models, targets, logs)
    touched.update(dict.fromkeys(sorted(revived)))
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
        for key in sorted(kept, key=lambda k: order.get(k[0], 0)):
            if targets[key] is None:  # the later row of a pair, settled earlier in this loop
                done += 1
                continue
            target = dict(targets[key] or {})
            target.update(dict.fromkeys(nulls.get(key, ())))  # a SET NULL parent that is gone
            repointed = sync_children.repoint(models[key[0]], target, outcome)
            write, moved = sync_pairs.same_pair(session, models[key[0]], key, target, logs, outcome)
            if not write:
                done += 1
                _tick(progress, cancelled, done, total)
                continue
            reasons = {**unique(session, key, target, logs, outcome), **moved, **repointed}
            _write(session, models[key[0]], key[1], target)
            sync_children.reattach(session, key, logs, outcome, sync_pairs.same_pair)
            # Logged against what the log says (the target before a move off a collision),
            # at once: a later move of the same row must follow it in clock order.
            local_entries(
                session, _fixes(session, models[key[0]], key, targets[key] or {}, reasons)
            )
            done += 1
            _tick(progress, cancelled, done, total)
        session.flush()
        sync_parents.log_returns(session, models, revived)
    finally:
        session.info.pop(changelog.QUIET, None)
    sync_pairs.list_received(session, models, touched, logs, new_ids, outcome)
    for key in sorted(revived | sync_parents.returned(touched, logs, new_ids)):
        delete = sync_parents.last_delete(logs.get(key, []))
        if delete is not None:
            outcome.conflict_keys.append(
                record(
                    session,
                    "delete_edit",
                    key[0],
                    key[1],
                    None,
                    None,
                    None,
                    None,
                    delete,
                    "",
                    f"{delete.origin}:{delete.origin_seq}",
                )
            )
    for key in touched:
        outcome.conflict_keys.extend(
            conflicts_of(session, key, logs.get(key, []), new_ids, targets[key])
        )
        if (
            key[0] == "partner"
            and targets[key] is not None
            and any(e.action == "insert" and e.id in new_ids for e in logs.get(key, []))
        ):
            outcome.conflict_keys.extend(duplicates_of(session, key[1], logs.get(key, [])))
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
        out.append(
            log_entry(session, key[0], key[1], name, logged, changelog.to_text(value), reason)
        )
    return out
