"""Risk register queries: one filter builder shared by the register, its count and the heat
map, so the heat map's cells always add up to what the register lists.

Filters are a plain dict (the register's combo boxes fill it):
    engagement_id  str              one engagement's risks
    status         str              a RiskStatus value, or "active" (live risks, see is_live)
    level          str              a RiskLevel value
    category       str              a RiskCategory value
    owner          str              exact owner name
    review_due     bool             live risks whose review date is today or past
    today          date             the day "review_due" is judged on (default: today)
    search         str              words found in the title, description or mitigation plan
    cell           (kind, l, i)     kind "current" or "residual": risks in one heat-map cell
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql import operators
from sqlalchemy.sql.expression import UnaryExpression
from sqlmodel import Session

from cdmo_desktop.domain import clock, risk_matrix, risk_review
from cdmo_desktop.domain.enums import RiskLevel, RiskStatus
from cdmo_desktop.domain.models import Engagement, Milestone, Risk
from cdmo_desktop.store import risk_forms

if TYPE_CHECKING:
    from cdmo_desktop.store.store import Store

ACTIVE = "active"
LIVE_STATUS_VALUES: tuple[str, ...] = tuple(s.value for s in risk_review.ACTIVE_STATUSES)

R = sa.inspect(Risk).local_table
E = sa.inspect(Engagement).local_table
M = sa.inspect(Milestone).local_table


@dataclass(frozen=True)
class RiskRow:
    """One register line (plain values, safe to keep in a Qt model)."""

    id: str
    engagement_id: str
    engagement_title: str
    number: int
    title: str
    category: str
    likelihood: int
    impact: int
    score: int
    level: str
    owner: str
    status: str
    next_review_date: date | None
    raised_by: str
    milestone_name: str
    residual_likelihood: int | None
    residual_impact: int | None

    @property
    def code(self) -> str:
        return risk_review.code(self.number)


# --- filters ------------------------------------------------------------------------------


def is_live(status: Any) -> Any:
    """SQL for "a live risk" on a status column: the SQL twin of domain.risk_review.is_active,
    built from the same status list."""
    return status.in_(LIVE_STATUS_VALUES)


def _plus(column: Any) -> Any:
    """`+column`: the same value, but SQLite will not use an index for it (its documented
    way to steer the query planner)."""
    return UnaryExpression(column, operator=operators.custom_op("+"), type_=column.type)


# The status filter keeps most rows (60 % of risks are live), so it should never be the index
# a query starts from: the planner then walks the sort column's index, or another filter's,
# instead of fetching and sorting every live risk.
_status_no_index: Any = _plus(R.c.status)


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def where_clauses(filters: dict[str, Any], *, with_cell: bool = True) -> list[Any]:
    """SQL conditions for the register's filters (see the module docstring)."""
    clauses: list[Any] = []
    if eid := filters.get("engagement_id"):
        clauses.append(R.c.engagement_id == eid)
    status = filters.get("status")
    if status == ACTIVE:
        clauses.append(is_live(_status_no_index))
    elif status:
        clauses.append(_status_no_index == RiskStatus(status).value)
    if level := filters.get("level"):
        clauses.append(R.c.level == RiskLevel(level).value)
    if category := filters.get("category"):
        clauses.append(R.c.category == str(category))
    if (owner := filters.get("owner")) is not None and owner != "":
        clauses.append(R.c.owner == owner)
    words = str(filters.get("search") or "").split()
    if filters.get("review_due"):
        today = filters.get("today") or clock.today()
        # A search reads every row anyway: one pass beats 50k index lookups.
        review = _plus(R.c.next_review_date) if words else R.c.next_review_date
        clauses.append(review <= today)
        clauses.append(is_live(_status_no_index))
    for word in words:
        pattern = _like(word)
        clauses.append(
            sa.or_(
                R.c.title.like(pattern, escape="\\"),
                R.c.description.like(pattern, escape="\\"),
                R.c.mitigation.like(pattern, escape="\\"),
            )
        )
    cell = filters.get("cell")
    if with_cell and cell:
        kind, likelihood, impact = cell
        if kind == "residual":
            clauses += [R.c.residual_likelihood == likelihood, R.c.residual_impact == impact]
        else:
            clauses += [R.c.likelihood == likelihood, R.c.impact == impact]
    return clauses


def count_risks(store: Store, filters: dict[str, Any]) -> int:
    query = sa.select(sa.func.count()).select_from(R).where(*where_clauses(filters))
    with store.read() as session:
        return int(session.execute(query).scalar_one())


def count_risks_and_due(store: Store, filters: dict[str, Any], today: date) -> tuple[int, int]:
    """How many risks the filters list, and how many of those are due for review, in one
    pass (a text search reads every row: one pass instead of two)."""
    due = sa.and_(R.c.next_review_date <= today, is_live(_status_no_index))
    query = (
        sa.select(sa.func.count(), sa.func.coalesce(sa.func.sum(sa.case((due, 1), else_=0)), 0))
        .select_from(R)
        .where(*where_clauses(filters))
    )
    with store.read() as session:
        total, due_count = session.execute(query).one()
    return int(total), int(due_count)


# --- sorting ------------------------------------------------------------------------------


def _rank(column: Any, values: Sequence[str]) -> Any:
    return sa.case({v: i for i, v in enumerate(values)}, value=column, else_=len(values))


_ROWID: Any = sa.literal_column("risk.rowid")

SORT_KEYS: dict[str, list[Any]] = {
    "code": [R.c.number],
    "title": [R.c.title],
    "category": [R.c.category],
    "likelihood": [R.c.likelihood],
    "impact": [R.c.impact],
    "score": [R.c.score],
    "level": [_rank(R.c.level, [lv.value for lv in risk_matrix.LEVEL_ORDER]), R.c.score],
    "owner": [R.c.owner],
    "status": [_rank(R.c.status, [s.value for s in RiskStatus])],
    "next_review": [R.c.next_review_date],
    "raised_by": [R.c.raised_by],
    "milestone": [M.c.name],
    "engagement": [E.c.title, R.c.number],
}
"""Register columns that can be sorted, each with its SQL order (ties by insertion order).
"code" across the portfolio is engagement then number (R-001 exists once per engagement)."""


def _order(sort_key: str, descending: bool, scan: bool = False) -> list[Any]:
    """ORDER BY terms; `scan` (a text search reads every row anyway) sorts the matches
    instead of walking the sort index and testing every row it points to."""
    terms = SORT_KEYS.get(sort_key, SORT_KEYS["score"])
    if scan:
        terms = [_plus(t) for t in terms]
    return [t.desc() if descending else t.asc() for t in [*terms, _ROWID]]


class _CrossJoin(sa.sql.expression.Join):
    """engagement CROSS JOIN risk: SQLite keeps the left table as the outer loop, so sorting
    by engagement walks the engagement title index and each engagement's risks in order."""

    inherit_cache = True


def _compile_cross_join(join: _CrossJoin, compiler: Any, **kw: Any) -> str:
    kw["asfrom"] = True
    left = compiler.process(join.left, **kw)
    right = compiler.process(join.right, **kw)
    on = compiler.process(join.onclause, **{k: v for k, v in kw.items() if k != "asfrom"})
    return f"{left} CROSS JOIN {right} ON {on}"


compiles(_CrossJoin, "sqlite")(_compile_cross_join)  # SQLite spells the join itself


_ROW_COLUMNS = (
    R.c.id,
    R.c.engagement_id,
    E.c.title,
    R.c.number,
    R.c.title,
    R.c.category,
    R.c.likelihood,
    R.c.impact,
    R.c.score,
    R.c.level,
    R.c.owner,
    R.c.status,
    R.c.next_review_date,
    R.c.raised_by,
    sa.func.coalesce(M.c.name, ""),
    R.c.residual_likelihood,
    R.c.residual_impact,
    _ROWID,
)


def _page_query(filters: dict[str, Any], sort_key: str, descending: bool, *extra: Any) -> Any:
    """SELECT risk.rowid (and `extra` columns) of the filtered risks in register order."""
    if sort_key == "code" and not filters.get("engagement_id"):
        sort_key = "engagement"  # R-001 exists once per engagement
    source: Any = R
    if sort_key == "engagement":
        source = _CrossJoin(E, R, E.c.id == R.c.engagement_id)
    if sort_key == "milestone":
        source = source.outerjoin(M, M.c.id == R.c.milestone_id)
    return (
        sa.select(_ROWID, *extra)
        .select_from(source)
        .where(*where_clauses(filters))
        .order_by(*_order(sort_key, descending, scan=bool(filters.get("search"))))
    )


def _rows_for(session: Session, page: Sequence[int]) -> list[RiskRow]:
    """The register lines of these row ids, in this order, joined to engagement/milestone."""
    if not page:
        return []
    position = {rowid: i for i, rowid in enumerate(page)}
    rows = sorted(
        session.execute(
            sa.select(*_ROW_COLUMNS)
            .select_from(
                R.join(E, E.c.id == R.c.engagement_id).outerjoin(M, M.c.id == R.c.milestone_id)
            )
            .where(_ROWID.in_(page))
        ).all(),
        key=lambda r: position[r[-1]],
    )
    return [RiskRow(*r[:-1]) for r in rows]


def fetch_risks(
    store: Store,
    filters: dict[str, Any],
    sort_key: str = "score",
    descending: bool = True,
    offset: int = 0,
    limit: int = 200,
) -> list[RiskRow]:
    """One page of the register. The page's row ids are chosen first from the risk table
    alone (indexes do the ordering), then only those rows are joined to their engagement
    and milestone: joining all 100k rows before the LIMIT is what makes a sort slow."""
    query = _page_query(filters, sort_key, descending).offset(offset).limit(limit)
    with store.read() as session:
        return _rows_for(session, session.execute(query).scalars().all())


def fetch_first_page_counted(
    store: Store,
    filters: dict[str, Any],
    sort_key: str,
    descending: bool,
    limit: int,
    today: date,
) -> tuple[list[RiskRow], int, int]:
    """The first page with the number of matching risks and of those due for review, in one
    pass over the rows. Only worth it when every row is read anyway (a text search): with
    an index to walk, a LIMIT stops early and separate counts are cheaper."""
    due = sa.and_(R.c.next_review_date <= today, is_live(_status_no_index))
    total = sa.func.count().over()
    due_total = sa.func.sum(sa.case((due, 1), else_=0)).over()
    query = _page_query(filters, sort_key, descending, total, due_total).limit(limit)
    with store.read() as session:
        found = session.execute(query).all()
        if not found:
            return [], 0, 0
        return _rows_for(session, [r[0] for r in found]), int(found[0][1]), int(found[0][2])


# --- heat map and overview ------------------------------------------------------------------


def heatmap_counts(store: Store, filters: dict[str, Any]) -> risk_matrix.HeatMapCounts:
    """Cell counts of the risks the register lists for `filters` (a heat-map cell filter is
    ignored: the map shows where every listed risk sits and highlights the chosen cell)."""
    cols = (R.c.likelihood, R.c.impact, R.c.residual_likelihood, R.c.residual_impact)
    # No filter but status: walk the covering ix_risk_heat in group order. Any other
    # filter: "col + 0" keeps the planner from walking that index (and fetching every row
    # through it) so it can start from the filter's own index or one table scan.
    covered = {k for k, v in filters.items() if v} <= {"status", "cell", "today"}
    group = cols if covered else tuple(c + 0 for c in cols)
    query = (
        sa.select(*cols, sa.func.count())
        .where(*where_clauses(filters, with_cell=False))
        .group_by(*group)
    )
    with store.read() as session:
        rows = session.execute(query).all()
    current_grid = risk_matrix.grid_from_counts((r[0], r[1], r[4]) for r in rows)
    residual_grid = risk_matrix.grid_from_counts((r[2], r[3], r[4]) for r in rows)
    total = sum(sum(row) for row in current_grid)
    assessed = sum(sum(row) for row in residual_grid)
    return risk_matrix.HeatMapCounts(current_grid, residual_grid, total - assessed)


def count_reviews_due(store: Store, today: date, engagement_id: str | None = None) -> int:
    """Live risks whose review date is `today` or earlier (Portfolio overview, workspace)."""
    filters: dict[str, Any] = {"review_due": True, "today": today}
    if engagement_id:
        filters["engagement_id"] = engagement_id
    return count_risks(store, filters)


def filter_options(
    store: Store, engagement_id: str | None = None
) -> tuple[list[str], list[tuple[str, str]]]:
    """The register's filter choices: owner names already used (in the engagement, or
    anywhere) and, across the portfolio (`engagement_id` None), the engagements."""
    with store.read() as session:
        owners = risk_forms.owner_options(session, engagement_id)
        engagements = risk_forms.engagement_options(session) if engagement_id is None else []
    return owners, engagements
