"""Change sets: undoable writes of a few rows at once.

A change set is a list of `RowState` (a row's column values, or None for "this row does
not exist"). A screen reads the current states of the rows an edit touches
(`read_states`), builds the target states, and `apply_states` writes either list, so every
edit can be undone exactly (deleting a team member brings its RACI cells back on undo).

`skip` names the columns a state leaves out: the bookkeeping columns always, plus any
column the store derives after the write (a partner's search words).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session as OrmSession
from sqlmodel import Session, SQLModel

from cdmo_desktop.domain.messages import QT_TRANSLATE_NOOP, msg
from cdmo_desktop.domain.models.engagement import ENGAGEMENT_DERIVED, PORTFOLIO_KEYS
from cdmo_desktop.domain.models.kpi import KPI_DERIVED
from cdmo_desktop.domain.models.partner import PARTNER_SORT_KEYS
from cdmo_desktop.domain.models.risk import RISK_SORT_KEYS

BOOKKEEPING: frozenset[str] = frozenset({"id", "created_at", "updated_at"})


@dataclass(frozen=True)
class RowState:
    """One row as it should be: its column values, or None when it should not exist."""

    model: type[SQLModel]
    id: str
    values: dict[str, Any] | None

    @property
    def table(self) -> str:
        return str(self.model.__tablename__)


def values_of(obj: SQLModel, skip: Collection[str] = BOOKKEEPING) -> dict[str, Any]:
    """The row's column values, without the columns in `skip`."""
    table = type(obj).__table__  # type: ignore[attr-defined]
    return {c.key: getattr(obj, c.key) for c in table.columns if c.key not in skip}


def read_state(
    session: Session, model: type[SQLModel], row_id: str, skip: Collection[str] = BOOKKEEPING
) -> RowState:
    obj = session.get(model, row_id)
    return RowState(model, row_id, None if obj is None else values_of(obj, skip))


def read_states(
    session: Session, states: Iterable[RowState], skip: Collection[str] = BOOKKEEPING
) -> list[RowState]:
    """The current states of the rows named by `states` (same order)."""
    return [read_state(session, st.model, st.id, skip) for st in states]


def new_state(obj: SQLModel) -> RowState:
    """The state that inserts `obj` (a new, unsaved row)."""
    return RowState(type(obj), obj.id, values_of(obj))  # type: ignore[attr-defined]


def changed_state(session: Session, model: type[SQLModel], row_id: str, **changes: Any) -> RowState:
    """The row as it is now with `changes` on top; LookupError when it is gone."""
    current = read_state(session, model, row_id)
    if current.values is None:
        raise LookupError(
            msg(
                QT_TRANSLATE_NOOP("messages", "{model} {row_id} no longer exists"),
                model=model.__name__,
                row_id=row_id,
            )
        )
    return RowState(model, row_id, {**current.values, **changes})


def apply_states(session: Session, states: Sequence[RowState]) -> set[str]:
    """Make the database hold `states` and return the tables written. List parents before
    children: rows to remove go last-first, rows to write first-last, one flush each so
    foreign keys hold throughout. Each flush derives, validates and change-logs the row; a
    refused row raises and the caller's session rolls back, writing nothing."""
    for st in reversed(states):
        if st.values is None and (obj := session.get(st.model, st.id)) is not None:
            session.delete(obj)
            session.flush()
    for st in states:
        if st.values is None:
            continue
        obj = session.get(st.model, st.id)
        if obj is None:
            session.add(st.model(id=st.id, **st.values))
        else:
            for key, value in st.values.items():
                if getattr(obj, key) != value:
                    setattr(obj, key, value)
        session.flush()
    return {st.table for st in states}


# --- change sets captured by the flush hook ----------------------------------------------
# A captured state keeps `created_at` (so undoing a delete brings the row back as it was)
# and leaves out what the store derives from other rows (a partner's search words and scale
# keys, the registers' stored sort keys: store.derived_risks, _partners, _engagements).
CAPTURE_SKIP: frozenset[str] = frozenset(
    {
        "id",
        "updated_at",
        "row_version",  # the ORM's own (store.conflicts), never a user's edit
        "search_extra",
        "scale_tags",
        *RISK_SORT_KEYS,
        *PARTNER_SORT_KEYS,
        *ENGAGEMENT_DERIVED,
        *PORTFOLIO_KEYS,
        *KPI_DERIVED,
    }
)


@dataclass(frozen=True)
class ChangeSet:
    """What one write did: every row it touched as it was (`before`) and as it is now
    (`after`), parents before children, and the tables it wrote (rows derived from other
    rows included). Applying `before` undoes it, applying `after` again redoes it.

    Use cases return one; the GUI wraps it in its one undo command and announces it."""

    label: str
    before: tuple[RowState, ...] = ()
    after: tuple[RowState, ...] = ()
    tables: frozenset[str] = frozenset()
    # The row versions the write left ((table, id) -> row_version; store.conflicts): a
    # screen that shows the rows expects these in its next edit.
    versions: Mapping[tuple[str, str], int] = field(default_factory=dict, compare=False)

    @property
    def empty(self) -> bool:
        """True when no row differs between before and after (nothing to undo)."""
        return all(b.values == a.values for b, a in zip(self.before, self.after, strict=True))

    def ids(self, table: str) -> set[str]:
        """The ids of the rows of `table` this change touched."""
        return {st.id for st in self.after if st.table == table}

    def row(self, table: str, row_id: str) -> dict[str, Any] | None:
        """The row's values after the change (None when it was removed or not touched)."""
        for st in self.after:
            if st.table == table and st.id == row_id:
                return st.values
        return None

    def touches(self, *tables: str) -> bool:
        return bool(self.tables.intersection(tables))

    def followed_by(self, later: ChangeSet) -> ChangeSet:
        """One change set for this change then `later` (a drag step merged into the drag):
        each row's state before the first, and after the last."""
        before = {(st.table, st.id): st for st in self.before}
        after = {(st.table, st.id): st for st in self.after}
        for b, a in zip(later.before, later.after, strict=True):
            before.setdefault((b.table, b.id), b)
            after[(a.table, a.id)] = a
        keys = list(after)
        return ChangeSet(
            self.label,
            tuple(sort_parents_first(before[k] for k in keys)),
            tuple(sort_parents_first(after[k] for k in keys)),
            self.tables | later.tables,
            {**self.versions, **later.versions},
        )


def table_order() -> dict[str, int]:
    """Tables in dependency order: a parent comes before the tables that reference it."""
    return {t.name: i for i, t in enumerate(SQLModel.metadata.sorted_tables)}


def sort_parents_first(states: Iterable[RowState]) -> list[RowState]:
    order = table_order()
    return sorted(states, key=lambda st: order.get(st.table, len(order)))


def model_for_table(table: str) -> type[SQLModel]:
    for mapper in SQLModel._sa_registry.mappers:
        if getattr(mapper.class_, "__tablename__", None) == table:
            return mapper.class_
    raise LookupError(f"no model for table {table}")


def note_before(session: OrmSession, model: type[SQLModel], row_id: str, values: Any) -> None:
    """Remember a row's state before this session's first write of it (the flush hook
    calls this for every row it sees added, changed or deleted, cascades included)."""
    captured: dict[tuple[str, str], RowState] = session.info.setdefault("captured", {})
    key = (str(model.__tablename__), str(row_id))
    if key not in captured:
        kept = (
            None if values is None else {k: v for k, v in values.items() if k not in CAPTURE_SKIP}
        )
        captured[key] = RowState(model, str(row_id), kept)


def note_tables(session: OrmSession, *tables: str) -> None:
    """Tables written outside the ORM's unit of work (derived columns)."""
    session.info.setdefault("extra_tables", set()).update(tables)


_READ_CHUNK = 500  # ids per IN (...) read: well below every database's parameter limit


def _current_rows(
    session: Session, captured: dict[tuple[str, str], RowState]
) -> dict[tuple[str, str], dict[str, Any]]:
    """The rows as they stand now, read per table in chunks of ids (one read per row made
    an import of a few thousand rows spend most of its time here)."""
    import sqlalchemy as sa

    by_table: dict[str, tuple[Any, list[str]]] = {}
    for (table_name, row_id), old in captured.items():
        by_table.setdefault(table_name, (old.model.__table__, []))[1].append(row_id)  # type: ignore[attr-defined]
    current: dict[tuple[str, str], dict[str, Any]] = {}
    for table_name, (table, ids) in by_table.items():
        for start in range(0, len(ids), _READ_CHUNK):
            chunk = ids[start : start + _READ_CHUNK]
            for row in session.execute(sa.select(table).where(table.c.id.in_(chunk))):
                data = row._asdict()
                current[(table_name, str(data["id"]))] = data
    return current


def collect(session: Session, label: str) -> ChangeSet:
    """The change set of everything this session has flushed so far (call after a flush)."""
    captured: dict[tuple[str, str], RowState] = session.info.get("captured", {})
    current = _current_rows(session, captured)
    before: list[RowState] = []
    after: list[RowState] = []
    versions: dict[tuple[str, str], int] = {}
    for key, old in captured.items():
        data = current.get(key)
        if data is not None and "row_version" in data:
            versions[key] = int(data["row_version"])
        new = None if data is None else {k: data[k] for k in data if k not in CAPTURE_SKIP}
        if old.values == new:
            continue
        before.append(old)
        after.append(RowState(old.model, key[1], new))
    tables = {st.table for st in after} | set(session.info.get("extra_tables", ()))
    return ChangeSet(
        label,
        tuple(sort_parents_first(before)),
        tuple(sort_parents_first(after)),
        frozenset(tables),
        versions,
    )
