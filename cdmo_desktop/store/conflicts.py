"""Concurrent edits: a save based on a row someone else has saved since is refused.

Every editable row carries `row_version` (domain.models.base.Entity), which the ORM checks
and bumps in each UPDATE and DELETE. A form reads the versions of the rows it shows when it
opens them (`opened`, before it reads their values, so a save can only be refused too
often, never overwrite unseen work) and saves inside `expecting(versions)`: `Store.write`
then checks them first in its transaction (`check`, the rows locked FOR UPDATE on
PostgreSQL) and refuses the whole write with a ConflictError naming who changed the row and
when (the change log's latest entry) and its values now. A write that lands moves the
expectation on to the versions it wrote (`advance`), so the form's next save is not refused
by its own.

A screen holding many rows whose edits write a few of them (a schedule) expects a
`TouchedVersions`: checked before each flush on the rows the write changes
(`check_touched`). Any other write is still checked by the ORM on the version it read
itself: on PostgreSQL (read committed) an UPDATE that finds its row saved meanwhile is
refused the same way (`stale_conflicts`), never applied over the other save.

Undo and redo (Store.replay) check the rows' values instead: they must still be as the
command left them (`check_states`), or the undo is refused the same way.
"""

from __future__ import annotations

import contextvars
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session as OrmSession
from sqlmodel import SQLModel

from cdmo_desktop.domain.models import ChangeLog
from cdmo_desktop.store.changesets import CAPTURE_SKIP, RowState
from cdmo_desktop.store.errors import ConflictError, RowConflict, WriteRefused

ROW_VERSION = "row_version"
# What a conflict shows as the row's values now (the fields a user edits).
_NOT_SHOWN = CAPTURE_SKIP | {"created_at", ROW_VERSION}

Key = tuple[type[SQLModel], str]


class Versions(dict[Key, int]):
    """The versions of the rows a form opened: {(model, id): row_version}."""

    def accept(self, error: ConflictError) -> None:
        """Take the conflicting rows as they are now (an Overwrite: save mine over theirs;
        a row deleted meanwhile is no longer expected)."""
        for c in error.conflicts:
            for key in list(self):
                if key[0].__tablename__ != c.table or key[1] != c.row_id:
                    continue
                if c.current is None:
                    del self[key]
                else:
                    self[key] = int(c.current[ROW_VERSION])


class TouchedVersions:
    """Versions checked only for the rows a write changes, as it changes them: a screen
    holding many rows of `model` (a schedule's items, `by_id`: id -> row_version), whose
    edits write a few of them (an item and the successors it pushes)."""

    def __init__(self, model: type[SQLModel], by_id: dict[str, int]) -> None:
        self.model = model
        self.by_id = by_id

    def get(self, model: type[SQLModel], row_id: str) -> int | None:
        return self.by_id.get(row_id) if model is self.model else None


Expectation = Versions | TouchedVersions
_expected: contextvars.ContextVar[tuple[Expectation, ...]] = contextvars.ContextVar(
    "expected_versions", default=()
)
_SEEN = "versions_loaded"  # session.info: {key: version read} of the rows it changes


def opened(store: Any, model: type[SQLModel], *ids: str) -> Versions:
    """The current versions of rows of `model` (rows that do not exist are left out)."""
    versions = Versions()
    with store.read() as s:
        _read_versions(s, model, ids, versions)
    return versions


def opened_where(store: Any, *wheres: tuple[type[SQLModel], str, str]) -> Versions:
    """The current versions of the rows of each (model, column, value): a form's record
    with its children (a charter's sites by `charter_id`, say)."""
    versions = Versions()
    with store.read() as s:
        for model, column, value in wheres:
            table = model.__table__  # type: ignore[attr-defined]
            rows = s.execute(
                sa.select(table.c.id, table.c.row_version).where(table.c[column] == value)
            )
            for row_id, version in rows:
                versions[(model, str(row_id))] = int(version)
    return versions


def _read_versions(
    session: OrmSession, model: type[SQLModel], ids: Sequence[str], out: Versions
) -> None:
    table = model.__table__  # type: ignore[attr-defined]
    rows = session.execute(sa.select(table.c.id, table.c.row_version).where(table.c.id.in_(ids)))
    for row_id, version in rows:
        out[(model, str(row_id))] = int(version)


@contextmanager
def expecting(versions: Expectation) -> Iterator[Expectation]:
    """Every Store.write in this block (this thread) checks `versions`: a Versions first
    thing, a TouchedVersions as the write changes its rows."""
    token = _expected.set((*_expected.get(), versions))
    try:
        yield versions
    finally:
        _expected.reset(token)


def expected(explicit: Mapping[Key, int] | None = None) -> list[Expectation]:
    """The expectations in force: those of `expecting` blocks and `explicit`."""
    found = list(_expected.get())
    if explicit:
        found.append(explicit if isinstance(explicit, Versions) else Versions(explicit))
    return found


def check(session: OrmSession, expectations: Sequence[Expectation]) -> None:
    """Refuse (ConflictError) when a row is no longer at its expected version; the rows
    stay locked until the transaction ends (FOR UPDATE; SQLite has one writer anyway)."""
    conflicts = []
    for versions in expectations:
        if not isinstance(versions, Versions):
            continue
        for (model, row_id), version in versions.items():
            table = model.__table__  # type: ignore[attr-defined]
            found = session.execute(
                sa.select(table.c.row_version).where(table.c.id == row_id).with_for_update()
            ).scalar()
            if found != version:
                conflicts.append(conflict(session, model, row_id))
    if conflicts:
        raise ConflictError(conflicts)


def advance(expectations: Sequence[Expectation], written: Mapping[tuple[str, str], int]) -> None:
    """After a write: expect the versions it left (`written`: ChangeSet.versions)."""
    for versions in expectations:
        if isinstance(versions, Versions):
            for key in versions:
                now = written.get((str(key[0].__tablename__), key[1]))
                if now is not None:
                    versions[key] = now
            continue
        table = str(versions.model.__tablename__)
        for (name, row_id), now in written.items():
            if name == table and row_id in versions.by_id:
                versions.by_id[row_id] = now


def check_touched(session: OrmSession, _ctx: object = None, _instances: object = None) -> None:
    """Before a flush: note the version this session read of each row it changes (for a
    refused UPDATE's conflict, `stale_candidates`), and refuse (ConflictError) a change to
    a row that a TouchedVersions expects at another version."""
    loaded: dict[Key, int] = session.info.setdefault(_SEEN, {})
    expectations = [v for v in _expected.get() if isinstance(v, TouchedVersions)]
    conflicts = []
    for obj in [*session.dirty, *session.deleted]:
        if not hasattr(obj, ROW_VERSION):
            continue
        key = (type(obj), str(obj.id))
        if key in loaded:  # noted at an earlier flush of this write (and bumped by it)
            continue
        history = sa.inspect(obj).attrs[ROW_VERSION].history
        version = (history.unchanged or history.deleted or [getattr(obj, ROW_VERSION)])[0]
        loaded[key] = int(version)
        for versions in expectations:
            want = versions.get(*key)
            if want is not None and want != version:
                conflicts.append(conflict(session, *key))
    if conflicts:
        raise ConflictError(conflicts)


def install(session_class: Any) -> None:
    """Attach `check_touched` to a Session subclass (idempotent)."""
    if not sa.event.contains(session_class, "before_flush", check_touched):
        sa.event.listen(session_class, "before_flush", check_touched)


def check_states(session: OrmSession, states: Sequence[RowState]) -> None:
    """Refuse (ConflictError) when a row differs from `states` (what an undo or redo
    expects to find: the command's after, or before, states)."""
    conflicts = []
    for st in states:
        table = st.model.__table__  # type: ignore[attr-defined]
        row = session.execute(sa.select(table).where(table.c.id == st.id).with_for_update())
        data = row.mappings().first()
        now = None if data is None else {k: v for k, v in data.items() if k not in CAPTURE_SKIP}
        if now != st.values:
            conflicts.append(conflict(session, st.model, st.id))
    if conflicts:
        raise ConflictError(conflicts)


def conflict(session: OrmSession, model: type[SQLModel], row_id: str) -> RowConflict:
    """Who last changed the row and when (the change log), and its values now."""
    table = model.__table__  # type: ignore[attr-defined]
    log = ChangeLog.__table__  # type: ignore[attr-defined]
    latest = session.execute(
        sa.select(log.c.user, log.c.occurred_at)
        .where(log.c.table_name == table.name, log.c.row_id == row_id)
        .order_by(log.c.occurred_at.desc())
        .limit(1)
    ).first()
    data = session.execute(sa.select(table).where(table.c.id == row_id)).mappings().first()
    current = None
    if data is not None:
        current = {k: v for k, v in data.items() if k not in _NOT_SHOWN}
        current[ROW_VERSION] = data[ROW_VERSION]
    user, at = (latest[0], latest[1]) if latest is not None else ("", None)
    return RowConflict(table.name, row_id, user, at, current)


def stale_candidates(session: OrmSession) -> list[tuple[Key, int]]:
    """The rows a failed flush was updating or deleting, with the versions it read."""
    return list(session.info.get(_SEEN, {}).items())


def stale_conflicts(
    session: OrmSession, candidates: Sequence[tuple[Key, int]]
) -> ConflictError | WriteRefused:
    """The ConflictError for a flush the database refused (an UPDATE or DELETE that found
    its row at another version): the candidates whose version moved, read afresh."""
    conflicts = []
    for (model, row_id), version in candidates:
        table = model.__table__  # type: ignore[attr-defined]
        now = session.execute(sa.select(table.c.row_version).where(table.c.id == row_id)).scalar()
        if now != version:
            conflicts.append(conflict(session, model, row_id))
    if not conflicts and candidates:
        conflicts.append(conflict(session, *candidates[0][0]))
    if not conflicts:
        return WriteRefused("Someone else saved these records meanwhile; nothing was written.")
    return ConflictError(conflicts)
