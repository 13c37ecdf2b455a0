"""Risk register queries: one filter builder shared by the register, its count and the heat
map, so the heat map's cells always add up to what the register lists.

Filters are a plain dict (the register's combo boxes fill it):
    engagement_id  str              one engagement's risks
    status         str              a RiskStatus value, or "active" (open/monitoring/mitigating)
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
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql import operators
from sqlalchemy.sql.expression import UnaryExpression
from sqlmodel import Session, col, select

from cdmo_desktop.domain import risk_matrix, risk_review
from cdmo_desktop.domain.enums import MilestoneKind, RiskLevel, RiskStatus
from cdmo_desktop.domain.models import (
    Decision,
    Engagement,
    Milestone,
    Risk,
    TeamMember,
)
from cdmo_desktop.domain.validation import ValidationError

ACTIVE = "active"
_ACTIVE_VALUES = [s.value for s in risk_review.ACTIVE_STATUSES]

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
        clauses.append(_status_no_index.in_(_ACTIVE_VALUES))
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
        today = filters.get("today") or date.today()
        # A search reads every row anyway: one pass beats 50k index lookups.
        review = _plus(R.c.next_review_date) if words else R.c.next_review_date
        clauses.append(review <= today)
        clauses.append(_status_no_index.in_(_ACTIVE_VALUES))
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


def count_risks(session: Session, filters: dict[str, Any]) -> int:
    query = sa.select(sa.func.count()).select_from(R).where(*where_clauses(filters))
    return int(session.execute(query).scalar_one())


def count_risks_and_due(session: Session, filters: dict[str, Any], today: date) -> tuple[int, int]:
    """How many risks the filters list, and how many of those are due for review, in one
    pass (a text search reads every row: one pass instead of two)."""
    due = sa.and_(R.c.next_review_date <= today, _status_no_index.in_(_ACTIVE_VALUES))
    query = (
        sa.select(sa.func.count(), sa.func.coalesce(sa.func.sum(sa.case((due, 1), else_=0)), 0))
        .select_from(R)
        .where(*where_clauses(filters))
    )
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


@compiles(_CrossJoin, "sqlite")
def _compile_cross_join(join: _CrossJoin, compiler: Any, **kw: Any) -> str:
    kw["asfrom"] = True
    left = compiler.process(join.left, **kw)
    right = compiler.process(join.right, **kw)
    on = compiler.process(join.onclause, **{k: v for k, v in kw.items() if k != "asfrom"})
    return f"{left} CROSS JOIN {right} ON {on}"


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
    session: Session,
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
    return _rows_for(session, session.execute(query).scalars().all())


def fetch_first_page_counted(
    session: Session,
    filters: dict[str, Any],
    sort_key: str,
    descending: bool,
    limit: int,
    today: date,
) -> tuple[list[RiskRow], int, int]:
    """The first page with the number of matching risks and of those due for review, in one
    pass over the rows. Only worth it when every row is read anyway (a text search): with
    an index to walk, a LIMIT stops early and separate counts are cheaper."""
    due = sa.and_(R.c.next_review_date <= today, _status_no_index.in_(_ACTIVE_VALUES))
    total = sa.func.count().over()
    due_total = sa.func.sum(sa.case((due, 1), else_=0)).over()
    found = session.execute(
        _page_query(filters, sort_key, descending, total, due_total).limit(limit)
    ).all()
    if not found:
        return [], 0, 0
    return _rows_for(session, [r[0] for r in found]), int(found[0][1]), int(found[0][2])


# --- heat map and overview ------------------------------------------------------------------


def heatmap_counts(session: Session, filters: dict[str, Any]) -> risk_matrix.HeatMapCounts:
    """Cell counts of the risks the register lists for `filters` (a heat-map cell filter is
    ignored: the map shows where every listed risk sits and highlights the chosen cell)."""
    cols = (R.c.likelihood, R.c.impact, R.c.residual_likelihood, R.c.residual_impact)
    # No filter but status: walk the covering ix_risk_heat in group order. Any other
    # filter: "col + 0" keeps the planner from walking that index (and fetching every row
    # through it) so it can start from the filter's own index or one table scan.
    covered = {k for k, v in filters.items() if v} <= {"status", "cell", "today"}
    group = cols if covered else tuple(c + 0 for c in cols)
    rows = session.execute(
        sa.select(*cols, sa.func.count())
        .where(*where_clauses(filters, with_cell=False))
        .group_by(*group)
    ).all()
    current_grid = risk_matrix.grid_from_counts((r[0], r[1], r[4]) for r in rows)
    residual_grid = risk_matrix.grid_from_counts((r[2], r[3], r[4]) for r in rows)
    total = sum(sum(row) for row in current_grid)
    assessed = sum(sum(row) for row in residual_grid)
    return risk_matrix.HeatMapCounts(current_grid, residual_grid, total - assessed)


def count_reviews_due(session: Session, today: date, engagement_id: str | None = None) -> int:
    """Live risks whose review date is `today` or earlier (Portfolio overview, workspace)."""
    filters: dict[str, Any] = {"review_due": True, "today": today}
    if engagement_id:
        filters["engagement_id"] = engagement_id
    return count_risks(session, filters)


# --- choices for filters and the form -------------------------------------------------------


def engagement_options(session: Session) -> list[tuple[str, str]]:
    """(id, title) of every engagement that is not archived or still has risks, by title."""
    has_risks = sa.exists().where(R.c.engagement_id == E.c.id)
    rows = session.execute(
        sa.select(E.c.id, E.c.title)
        .where(sa.or_(E.c.archived.is_(False), has_risks))
        .order_by(E.c.title)
    ).all()
    return [(r[0], r[1]) for r in rows]


def owner_options(
    session: Session, engagement_id: str | None = None, *, with_team: bool = False
) -> list[str]:
    """Owner names already used (in the engagement, or anywhere), alphabetical; with_team
    adds the engagement's team members (the people a risk is usually given to)."""
    query = sa.select(R.c.owner).where(R.c.owner != "").distinct()
    if engagement_id:
        query = query.where(R.c.engagement_id == engagement_id)
    names = {r[0] for r in session.execute(query)}
    if with_team and engagement_id:
        names.update(
            session.exec(
                select(TeamMember.name).where(TeamMember.engagement_id == engagement_id)
            ).all()
        )
    return sorted(names, key=str.casefold)


@dataclass(frozen=True)
class MilestoneOption:
    id: str
    name: str
    planned_finish: date
    is_gate: bool


def milestone_options(session: Session, engagement_id: str) -> list[MilestoneOption]:
    """An engagement's milestones, decision gates first, then by planned finish."""
    gate = MilestoneKind.DECISION_GATE.value
    rows = session.execute(
        sa.select(M.c.id, M.c.name, M.c.planned_finish, M.c.kind)
        .where(M.c.engagement_id == engagement_id)
        .order_by(sa.case((M.c.kind == gate, 0), else_=1), M.c.planned_finish, M.c.name)
    ).all()
    return [MilestoneOption(r[0], r[1], r[2], str(r[3]) == gate) for r in rows]


def decision_options(session: Session, engagement_id: str) -> list[tuple[str, str]]:
    """(id, "2026-10-02 - title") of an engagement's logged decisions, newest first."""
    rows = session.exec(
        select(Decision)
        .where(Decision.engagement_id == engagement_id)
        .order_by(col(Decision.decision_date).desc(), col(Decision.title))
    ).all()
    return [(d.id, f"{d.decision_date.isoformat()} - {d.title}") for d in rows]


def engagement_title(session: Session, engagement_id: str) -> str:
    found = session.get(Engagement, engagement_id)
    return found.title if found is not None else ""


# --- one risk -----------------------------------------------------------------------------


def next_number(session: Session, engagement_id: str) -> int:
    """The number the next risk of the engagement gets (R-001 for the first)."""
    top = session.execute(
        sa.select(sa.func.max(R.c.number)).where(R.c.engagement_id == engagement_id)
    ).scalar_one()
    return int(top or 0) + 1


def add_risk(session: Session, risk: Risk) -> Risk:
    """Insert `risk`, allocating the next number of its engagement unless the number is set
    and still free. Refused rows raise ValidationError and write nothing."""
    if not risk.engagement_id:
        raise ValidationError({"engagement_id": "Pick the engagement this risk belongs to."})
    taken = (
        risk.number
        and session.execute(
            sa.select(sa.func.count())
            .select_from(R)
            .where(R.c.engagement_id == risk.engagement_id, R.c.number == risk.number)
        ).scalar_one()
    )
    if not risk.number or taken:
        risk.number = next_number(session, risk.engagement_id)
    session.add(risk)
    session.flush()
    return risk


def get_risk(session: Session, risk_id: str) -> Risk | None:
    return session.get(Risk, risk_id)
