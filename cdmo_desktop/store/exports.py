"""Bulk reads of whole registers for the exchange (spreadsheet export).

Each register is one SQLAlchemy Core select with a labelled expression per field (the names
exchange.registers uses), read in one transaction and streamed in partitions: exporting 100k
risks never builds an ORM object or holds the whole register. Rows come as tuples in the
order of the fields asked for, with Python values (dates, exact Decimal amounts, enum
members).

Filters: `engagement_id` keeps one engagement's rows (for partners, engagements and the change
log: the ones that concern it), `ids` keeps the given records in the given order (a table's
"export these rows").
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from cdmo_desktop.domain.models import (
    ActionItem,
    ChangeLog,
    Client,
    CommunicationChannel,
    Contact,
    DataShare,
    Decision,
    Engagement,
    EngagementKpi,
    KpiMeasurement,
    Milestone,
    MilestoneDependency,
    Partner,
    PartnerSite,
    Risk,
    RiskReview,
)
from cdmo_desktop.domain.risk_review import code as risk_code

if TYPE_CHECKING:
    from cdmo_desktop.store.store import Store

PARTITION = 2000  # rows fetched at a time
IDS_CHUNK = 500  # ids per select when exporting given rows


def _t(model: Any) -> sa.Table:
    table: sa.Table = model.__table__
    return table


P, S, C = _t(Partner), _t(PartnerSite), _t(Contact)
CL, E = _t(Client), _t(Engagement)
R, RV = _t(Risk), _t(RiskReview)
D, A = _t(Decision), _t(ActionItem)
M, MD = _t(Milestone), _t(MilestoneDependency)
CH, DS, LOG = _t(CommunicationChannel), _t(DataShare), _t(ChangeLog)
K, KM = _t(EngagementKpi), _t(KpiMeasurement)

# Computed per row after the read (not SQL).
PREDECESSORS = "predecessors"
# Fields read as another column and shown through a function: a risk's number as R-001.
CONVERTED: dict[str, Callable[[Any], Any]] = {"code": risk_code, "risk_code": risk_code}


@dataclass(frozen=True)
class Source:
    """One register's select: its table (whose `id` the rows are), its columns by field,
    the joins behind them, its order and how an engagement filters it."""

    table: sa.Table
    columns: dict[str, Any]
    joins: Callable[[Any], Any]
    order: tuple[Any, ...]
    by_engagement: Callable[[str], Any]


def _own(table: sa.Table, skip: Sequence[str] = ()) -> dict[str, Any]:
    """A table's columns by name; timestamps are read as their stored text (see
    `_utc_text`), which costs a tenth of the ORM type's conversion per row."""
    return {
        c.name: sa.type_coerce(c, sa.String) if isinstance(c.type, sa.DateTime) else c
        for c in table.columns
        if c.name not in skip
    }


def _utc_text(value: str | None) -> datetime | None:
    """A stored timestamp (UTC, SQLite text) as a naive UTC datetime."""
    return None if value is None else datetime.fromisoformat(value).replace(tzinfo=None)


def _engagement_cols(table: sa.Table) -> dict[str, Any]:
    return {"engagement_id": table.c.engagement_id, "engagement": E.c.title.label("engagement")}


def _with_engagement(table: sa.Table) -> Callable[[Any], Any]:
    return lambda base: base.join(E, E.c.id == table.c.engagement_id)


def _eq(column: Any) -> Callable[[str], Any]:
    return lambda engagement_id: column == engagement_id


def _partner_of(column: Any) -> Callable[[str], Any]:
    return lambda engagement_id: column.in_(
        sa.select(E.c.partner_id).where(E.c.id == engagement_id).scalar_subquery()
    )


def _client_of(column: Any) -> Callable[[str], Any]:
    return lambda engagement_id: column.in_(
        sa.select(E.c.client_id).where(E.c.id == engagement_id).scalar_subquery()
    )


_S2 = S.alias("contact_site")

SOURCES: dict[str, Source] = {
    "partners": Source(
        P,
        _own(P),
        lambda base: base,
        (P.c.name_key, P.c.id),
        _partner_of(P.c.id),
    ),
    "sites": Source(
        S,
        {**_own(S), "partner": P.c.name.label("partner")},
        lambda base: base.join(P, P.c.id == S.c.partner_id),
        (P.c.name_key, S.c.name, S.c.id),
        _partner_of(S.c.partner_id),
    ),
    "contacts": Source(
        C,
        {**_own(C), "partner": P.c.name.label("partner"), "site": _S2.c.name.label("site")},
        lambda base: base.join(P, P.c.id == C.c.partner_id).outerjoin(_S2, _S2.c.id == C.c.site_id),
        (P.c.name_key, C.c.name, C.c.id),
        _partner_of(C.c.partner_id),
    ),
    "clients": Source(
        CL,
        _own(CL),
        lambda base: base,
        (CL.c.name, CL.c.id),
        _client_of(CL.c.id),
    ),
    "client-contacts": Source(
        C,
        {**_own(C), "client": CL.c.name.label("client")},
        lambda base: base.join(CL, CL.c.id == C.c.client_id),
        (CL.c.name, C.c.name, C.c.id),
        _client_of(C.c.client_id),
    ),
    "engagements": Source(
        E,
        {**_own(E), "client": CL.c.name.label("client"), "partner": P.c.name.label("partner")},
        lambda base: base.join(CL, CL.c.id == E.c.client_id).join(P, P.c.id == E.c.partner_id),
        (E.c.sort_title, E.c.id),
        _eq(E.c.id),
    ),
    "risks": Source(
        R,
        {
            **_own(R),
            "code": R.c.number,
            "engagement": R.c.engagement_title.label("engagement"),
            "milestone": R.c.milestone_name.label("milestone"),
        },
        lambda base: base,
        (R.c.engagement_title, R.c.engagement_id, R.c.number),
        _eq(R.c.engagement_id),
    ),
    "reviews": Source(
        RV,
        {
            **_own(RV),
            "engagement_id": R.c.engagement_id,
            "engagement": R.c.engagement_title.label("engagement"),
            "risk_code": R.c.number,
            "risk": R.c.title.label("risk"),
        },
        lambda base: base.join(R, R.c.id == RV.c.risk_id),
        (R.c.engagement_title, R.c.engagement_id, R.c.number, RV.c.review_date, RV.c.id),
        _eq(R.c.engagement_id),
    ),
    "decisions": Source(
        D,
        {**_own(D), **_engagement_cols(D), "milestone": M.c.name.label("milestone")},
        lambda base: base.join(E, E.c.id == D.c.engagement_id).outerjoin(
            M, M.c.id == D.c.milestone_id
        ),
        (E.c.title, D.c.engagement_id, D.c.decision_date, D.c.id),
        _eq(D.c.engagement_id),
    ),
    "actions": Source(
        A,
        {**_own(A), **_engagement_cols(A)},
        _with_engagement(A),
        (E.c.title, A.c.engagement_id, A.c.due_date, A.c.id),
        _eq(A.c.engagement_id),
    ),
    "milestones": Source(
        M,
        {**_own(M), **_engagement_cols(M)},
        _with_engagement(M),
        (E.c.title, M.c.engagement_id, M.c.position, M.c.planned_start, M.c.id),
        _eq(M.c.engagement_id),
    ),
    "channels": Source(
        CH,
        {**_own(CH), **_engagement_cols(CH)},
        _with_engagement(CH),
        (E.c.title, CH.c.engagement_id, CH.c.position, CH.c.id),
        _eq(CH.c.engagement_id),
    ),
    "datashares": Source(
        DS,
        {**_own(DS), **_engagement_cols(DS)},
        _with_engagement(DS),
        (E.c.title, DS.c.engagement_id, DS.c.item, DS.c.id),
        _eq(DS.c.engagement_id),
    ),
    "kpis": Source(
        K,
        {**_own(K), **_engagement_cols(K)},
        _with_engagement(K),
        (E.c.title, K.c.engagement_id, K.c.position, K.c.id),
        _eq(K.c.engagement_id),
    ),
    "measurements": Source(
        KM,
        {
            **_own(KM),
            "engagement_id": K.c.engagement_id,
            "engagement": E.c.title.label("engagement"),
            "kpi": K.c.name.label("kpi"),
            "unit": K.c.unit,
        },
        lambda base: base.join(K, K.c.id == KM.c.kpi_id).join(E, E.c.id == K.c.engagement_id),
        (E.c.title, K.c.engagement_id, K.c.position, K.c.id, KM.c.period_start),
        _eq(K.c.engagement_id),
    ),
    "changes": Source(
        LOG,
        _own(LOG),
        lambda base: base,
        (LOG.c.occurred_at, LOG.c.id),
        lambda engagement_id: LOG.c.row_id.in_(_engagement_row_ids(engagement_id)),
    ),
}

_PRED = M.alias("predecessor")
_SUCC = M.alias("successor")
SOURCES["dependencies"] = Source(
    MD,
    {
        **_own(MD),
        "engagement_id": _SUCC.c.engagement_id,
        "engagement": E.c.title.label("engagement"),
        "predecessor": _PRED.c.name.label("predecessor"),
        "successor": _SUCC.c.name.label("successor"),
    },
    lambda base: (
        base.join(_SUCC, _SUCC.c.id == MD.c.successor_id)
        .join(_PRED, _PRED.c.id == MD.c.predecessor_id)
        .join(E, E.c.id == _SUCC.c.engagement_id)
    ),
    (E.c.title, _SUCC.c.engagement_id, _SUCC.c.position, _PRED.c.position, MD.c.id),
    _eq(_SUCC.c.engagement_id),
)


_TIMESTAMPS: dict[str, frozenset[str]] = {
    kind: frozenset(
        c.name
        for c in source.table.columns
        if isinstance(c.type, sa.DateTime) and c.name in source.columns
    )
    for kind, source in SOURCES.items()
}


def _engagement_row_ids(engagement_id: str) -> Any:
    """Ids of every record of one engagement (itself and its rows), for its change log."""
    selects: list[Any] = [sa.select(E.c.id.label("row_id")).where(E.c.id == engagement_id)]
    for table in _t(Engagement).metadata.sorted_tables:
        if "engagement_id" in table.c and table.name != "change_log":
            selects.append(sa.select(table.c.id).where(table.c.engagement_id == engagement_id))
    selects.append(
        sa.select(RV.c.id).join(R, R.c.id == RV.c.risk_id).where(R.c.engagement_id == engagement_id)
    )
    selects.append(
        sa.select(KM.c.id).join(K, K.c.id == KM.c.kpi_id).where(K.c.engagement_id == engagement_id)
    )
    selects.append(
        sa.select(MD.c.id)
        .join(M, M.c.id == MD.c.successor_id)
        .where(M.c.engagement_id == engagement_id)
    )
    return sa.union_all(*selects)


def fields_of(kind: str) -> set[str]:
    """Every field the register `kind` can be read with."""
    names = set(SOURCES[kind].columns)
    if kind == "milestones":
        names.add(PREDECESSORS)
    return names


def _select(kind: str, fields: Sequence[str], engagement_id: str | None) -> tuple[Any, Source]:
    source = SOURCES[kind]
    exprs = [
        source.columns[f].label(f) if f != PREDECESSORS else sa.null().label(f) for f in fields
    ]
    query = sa.select(*exprs).select_from(source.joins(source.table))
    if engagement_id is not None:
        query = query.where(source.by_engagement(engagement_id))
    return query, source


def count_rows(store: Store, kind: str, engagement_id: str | None = None) -> int:
    """How many rows `export_rows` yields (for progress)."""
    source = SOURCES[kind]
    query = sa.select(sa.func.count()).select_from(source.joins(source.table))
    if engagement_id is not None:
        query = query.where(source.by_engagement(engagement_id))
    with store.engine.connect() as conn:
        return int(conn.execute(query).scalar_one())


def export_rows(
    store: Store,
    kind: str,
    fields: Sequence[str],
    engagement_id: str | None = None,
    ids: Iterable[str] | None = None,
) -> Iterator[tuple[Any, ...]]:
    """The rows of register `kind` as tuples of `fields`, in the register's order (or in the
    order of `ids`, skipping ids gone since), streamed from one read transaction."""
    query, source = _select(kind, fields, engagement_id)
    slot = fields.index(PREDECESSORS) if PREDECESSORS in fields else None
    converted = [(i, CONVERTED[f]) for i, f in enumerate(fields) if f in CONVERTED]
    converted += [(i, _utc_text) for i, f in enumerate(fields) if f in _TIMESTAMPS[kind]]
    with store.engine.connect() as conn, conn.begin():
        links = _predecessors(conn, engagement_id) if slot is not None else {}
        id_at = fields.index("id") if slot is not None else None
        for row in _rows(conn, query, source, ids):
            if slot is None and not converted:
                yield tuple(row)
                continue
            values = list(row)
            for i, convert in converted:
                values[i] = convert(values[i])
            if slot is not None and id_at is not None:
                values[slot] = "; ".join(links.get(values[id_at], ()))
            yield tuple(values)


def _rows(
    conn: sa.Connection, query: Any, source: Source, ids: Iterable[str] | None
) -> Iterator[Any]:
    if ids is None:
        result = conn.execution_options(yield_per=PARTITION).execute(query.order_by(*source.order))
        for partition in result.partitions():
            yield from partition
        return
    id_col = source.table.c.id
    chunk: list[str] = []
    for record_id in ids:
        chunk.append(record_id)
        if len(chunk) == IDS_CHUNK:
            yield from _chunk(conn, query, id_col, chunk)
            chunk = []
    if chunk:
        yield from _chunk(conn, query, id_col, chunk)


def _chunk(conn: sa.Connection, query: Any, id_col: Any, chunk: list[str]) -> Iterator[Any]:
    found = {
        row[-1]: row
        for row in conn.execute(query.add_columns(id_col.label("_key")).where(id_col.in_(chunk)))
    }
    for record_id in chunk:
        row = found.get(record_id)
        if row is not None:
            yield tuple(row)[:-1]


def _predecessors(conn: sa.Connection, engagement_id: str | None) -> dict[str, list[str]]:
    """Per successor id, its links as planners write them: 'Tech transfer (FS+2d)'."""
    query = (
        sa.select(MD.c.successor_id, _PRED.c.name, MD.c.kind, MD.c.lag_days)
        .join(_PRED, _PRED.c.id == MD.c.predecessor_id)
        .order_by(MD.c.successor_id, _PRED.c.position, _PRED.c.name)
    )
    if engagement_id is not None:
        query = query.where(_PRED.c.engagement_id == engagement_id)
    links: dict[str, list[str]] = {}
    for successor, name, kind, lag in conn.execute(query):
        lag_text = f"{lag:+d}d" if lag else ""
        links.setdefault(successor, []).append(f"{name} ({kind.code}{lag_text})")
    return links
