"""An engagement's derived fields for the engagements list: the client's and partner's
names as the list shows and searches them, and one stored sort key per column (see
domain.models.engagement.ENGAGEMENT_DERIVED), so every sort is an index walk on
(key, id) and a page is a seek, whatever the number of engagements.

Kept current for every write path (forms, undo and redo, imports, the command line) by
`after_flush`: engagements written in the flush, and the engagements of a client or partner
whose name changed, get their keys recomputed and written with a plain UPDATE (derived data,
never change-logged; only rows whose keys differ are written). `rebuild` recomputes every
engagement (rows written around the hook, a migration). The full-text index over the list's
searchable text (engagement_fts) and the list's counts (engagement_tally) are kept by
SQLite triggers made by migration 0008 (the tally on a team server by 0031_server_tallies).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from typing import Any, cast

import sqlalchemy as sa
from sqlalchemy.orm import Session

from cdmo_desktop.domain.derive import name_key
from cdmo_desktop.domain.enums import EngagementStatus, Phase, Rag
from cdmo_desktop.domain.models import Client, Engagement, Partner
from cdmo_desktop.domain.models.engagement import ENGAGEMENT_DERIVED
from cdmo_desktop.store import changesets

E = cast(sa.Table, sa.inspect(Engagement).local_table)
C = cast(sa.Table, sa.inspect(Client).local_table)
P = cast(sa.Table, sa.inspect(Partner).local_table)
# How many engagements have each (status, phase, rag, archived): the list's counts for the
# unfiltered view and its combo filters, kept by triggers (migration 0008) on every write,
# whichever path made it. `rag` is "" for an engagement without one. Derived data, not a
# model: never change-logged, never part of a change set.
TALLY = sa.Table(
    "engagement_tally",
    sa.MetaData(),
    sa.Column("status", sa.String(40), primary_key=True),
    sa.Column("phase", sa.String(40), primary_key=True),
    sa.Column("rag", sa.String(8), primary_key=True),
    sa.Column("archived", sa.Boolean(), primary_key=True),
    sa.Column("n", sa.Integer(), nullable=False, server_default="0"),
)
FTS_INDEX = "engagement_fts"
FTS_COLUMNS = ("title", "program", "compound", "client_name", "partner_name")

PHASE_RANK = {p.value: i for i, p in enumerate(Phase)}
STATUS_RANK = {s.value: i for i, s in enumerate(EngagementStatus)}
RAG_RANK = {Rag.RED.value: 0, Rag.AMBER.value: 1, Rag.GREEN.value: 2}
# Undated rows come last in both directions: ascending they hold a day after every date,
# descending (their own key) a day before every date.
NO_DAY_LAST = 10_000_000
NO_DAY_FIRST = 0
_BATCH = 5_000


def _value(v: Any) -> Any:
    return getattr(v, "value", v)


def _day(value: Any) -> int | None:
    if isinstance(value, date):
        return value.toordinal()
    if isinstance(value, str) and value:
        return date.fromisoformat(value[:10]).toordinal()
    return None


def sort_keys(
    title: str,
    program: str,
    compound: str,
    phase: Any,
    status: Any,
    rag: Any,
    start: Any,
    end: Any,
    client: str,
    partner: str,
) -> dict[str, Any]:
    """The derived columns of an engagement with these values (the list's order: titles,
    names and program case-blind, phase and status in lifecycle order, red before amber
    before green before none, undated rows last)."""
    start_day, end_day = _day(start), _day(end)
    return {
        "client_name": client or "",
        "partner_name": partner or "",
        "sort_title": name_key(title or ""),
        "sort_client": name_key(client or ""),
        "sort_partner": name_key(partner or ""),
        "sort_program": name_key(f"{program or ''} {compound or ''}"),
        "sort_phase": PHASE_RANK.get(_value(phase), len(PHASE_RANK)),
        "sort_status": STATUS_RANK.get(_value(status), len(STATUS_RANK)),
        "sort_start": NO_DAY_LAST if start_day is None else start_day,
        "sort_start_desc": NO_DAY_FIRST if start_day is None else start_day,
        "sort_end": NO_DAY_LAST if end_day is None else end_day,
        "sort_end_desc": NO_DAY_FIRST if end_day is None else end_day,
        "sort_rag": RAG_RANK.get(_value(rag), len(RAG_RANK)),
    }


def _source_query() -> sa.Select[Any]:
    return (
        sa.select(
            E.c.id,
            E.c.title,
            E.c.program,
            E.c.compound,
            E.c.phase,
            E.c.status,
            E.c.rag,
            E.c.start_date,
            E.c.end_date,
            C.c.name,
            P.c.name,
            *(E.c[k] for k in ENGAGEMENT_DERIVED),
        )
        .select_from(E.join(C, C.c.id == E.c.client_id).join(P, P.c.id == E.c.partner_id))
        .order_by(E.c.id)
    )


def _stale(rows: Iterable[sa.Row[Any]]) -> Iterator[dict[str, Any]]:
    """Update parameters of the rows whose stored derived columns are out of date."""
    width = len(ENGAGEMENT_DERIVED)
    for row in rows:
        title, program, compound, phase, status, rag, start, end, client, partner = tuple(row)[1:11]
        keys = sort_keys(title, program, compound, phase, status, rag, start, end, client, partner)
        stored = dict(zip(ENGAGEMENT_DERIVED, row[-width:], strict=True))
        if keys != stored:
            yield {"eid": row[0], **{f"v_{k}": v for k, v in keys.items()}}


def _write(conn: sa.Connection, params: list[dict[str, Any]]) -> int:
    if params:
        update = (
            sa.update(E)
            .where(E.c.id == sa.bindparam("eid"))
            .values({k: sa.bindparam(f"v_{k}") for k in ENGAGEMENT_DERIVED})
        )
        conn.execute(update, params)
    return len(params)


def refresh(conn: sa.Connection, where: Any) -> int:
    """Recompute the derived columns of the engagements matching `where` (a clause on the
    engagement, client or partner table); the number of rows written."""
    params = list(_stale(conn.execute(_source_query().where(where))))
    return _write(conn, params)


def _written(session: Session, model: type[Any]) -> Iterator[Any]:
    for obj in (*session.new, *session.dirty):
        if isinstance(obj, model) and obj not in session.deleted:
            yield obj


def _renamed(session: Session, model: type[Any]) -> set[str]:
    """Ids of the clients or partners whose name this flush changed."""
    out = set()
    for obj in session.dirty:
        if isinstance(obj, model) and sa.inspect(obj).attrs.name.history.has_changes():
            out.add(obj.id)
    return out


def after_flush(session: Session) -> None:
    """Engagements written in this flush, and those of renamed clients and partners, get
    their derived columns recomputed."""
    engagements = sorted({e.id for e in _written(session, Engagement) if e.id})
    clients, partners = _renamed(session, Client), _renamed(session, Partner)
    clauses = []
    if engagements:
        clauses.append(E.c.id.in_(engagements))
    if clients:
        clauses.append(E.c.client_id.in_(sorted(clients)))
    if partners:
        clauses.append(E.c.partner_id.in_(sorted(partners)))
    if not clauses:
        return
    conn = session.connection()
    written = sum(refresh(conn, clause) for clause in clauses)
    if written:
        changesets.note_tables(session, "engagement")


def rebuild(connection: sa.Connection) -> None:
    """Recompute every engagement's derived columns, the full-text index and the counts
    (after rows were written around the flush hook). The sort-key indexes and the
    full-text index are made afresh once the keys are in (following each row's update in
    eleven indexes and through the full-text triggers costs far more)."""
    from cdmo_desktop.store import engagement_marks, fulltext, marks

    fulltext.drop(connection, FTS_INDEX)
    indexes = [i for i in E.indexes if str(i.name).startswith("ix_engagement_sort_")]
    for index in indexes:  # without reflecting the table (its expression indexes warn)
        connection.exec_driver_sql(f'DROP INDEX IF EXISTS "{index.name}"')
    with marks.suspended(connection, engagement_marks.ENGAGEMENT):
        if connection.dialect.name == "sqlite":
            _rebuild_in_sqlite(connection)
        else:
            _rebuild_in_batches(connection)
        for index in indexes:
            index.create(connection)
    fulltext.create(connection, FTS_INDEX, E.name, FTS_COLUMNS)
    recount(connection)


def _rebuild_in_batches(connection: sa.Connection) -> None:
    query = _source_query()
    last = ""
    while True:
        rows = connection.execute(query.where(E.c.id > last).limit(_BATCH)).all()
        if not rows:
            break
        _write(connection, list(_stale(rows)))
        last = rows[-1][0]


def _rebuild_in_sqlite(connection: sa.Connection) -> None:
    """The same keys as `sort_keys`, in one UPDATE: SQLite calls back into Python for the
    case folding and the day numbers (the SQLite-only part of this module)."""
    raw = connection.connection.driver_connection
    assert raw is not None
    raw.create_function("cdmo_fold", 1, lambda t: name_key(t or ""), deterministic=True)
    raw.create_function("cdmo_day", 1, _day, deterministic=True)
    client = sa.select(C.c.name).where(C.c.id == E.c.client_id).scalar_subquery()
    partner = sa.select(P.c.name).where(P.c.id == E.c.partner_id).scalar_subquery()
    fold, day = sa.func.cdmo_fold, sa.func.cdmo_day
    start, end = day(E.c.start_date), day(E.c.end_date)

    def rank(column: Any, ranks: dict[str, int]) -> Any:
        return sa.case(ranks, value=sa.func.coalesce(column, ""), else_=len(ranks))

    connection.execute(
        sa.update(E).values(
            client_name=sa.func.coalesce(client, ""),
            partner_name=sa.func.coalesce(partner, ""),
            sort_title=fold(E.c.title),
            sort_client=fold(client),
            sort_partner=fold(partner),
            sort_program=fold(E.c.program + " " + E.c.compound),
            sort_phase=rank(E.c.phase, PHASE_RANK),
            sort_status=rank(E.c.status, STATUS_RANK),
            sort_start=sa.func.coalesce(start, NO_DAY_LAST),
            sort_start_desc=sa.func.coalesce(start, NO_DAY_FIRST),
            sort_end=sa.func.coalesce(end, NO_DAY_LAST),
            sort_end_desc=sa.func.coalesce(end, NO_DAY_FIRST),
            sort_rag=rank(E.c.rag, RAG_RANK),
        )
    )


def recount(connection: sa.Connection) -> None:
    """Count the engagements of the tally again from their rows."""
    from cdmo_desktop.store import triggers

    if not triggers.has_tally(connection, TALLY.name):
        return
    connection.execute(sa.delete(TALLY))
    rag = sa.func.coalesce(E.c.rag, "")
    connection.execute(
        sa.insert(TALLY).from_select(
            ["status", "phase", "rag", "archived", "n"],
            sa.select(E.c.status, E.c.phase, rag, E.c.archived, sa.func.count()).group_by(
                E.c.status, E.c.phase, rag, E.c.archived
            ),
        )
    )
