"""A risk's derived fields: its number within the engagement (R-001...), its level (see
store.derived; the score and level of one row are in domain.derive), and the register's
derived data: stored sort keys, the full-text index and the maintained counts.

Numbers are given here, in the flush hook, so every write path numbers risks: the risk
form, a bare `Store.write`, imports, sync, and undo/redo. A redone or restored risk keeps
its number unless another risk took it meanwhile; then it gets the next free one.

Sort keys (`level_rank`, `status_rank`, `review_key`, `milestone_name`,
`engagement_title`) are set by `after_flush` with a plain UPDATE for every risk written,
every risk of a renamed milestone or engagement, and every risk whose milestone was
removed: derived data, never in the change log (changesets.CAPTURE_SKIP).

The full-text index `risk_fts` (store.fulltext) and the tallies `risk_tally` (risks per
status, category, level, current and residual cell) and `risk_review_tally` (risks per
status, level and next review date) are kept by triggers on the risk table, so every
write path, cascades included, keeps them current; the triggers are created by the
migration 0006_risk_scale (`risk_owner_tally`, risks per owner, status, level and cell, and
`risk_due_tally`, risks per owner or category, status and next review date, by
0015_scale_rest), on a team server by 0031_server_tallies. `rebuild` recomputes all of it
(store.bulk.REBUILDERS).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any, cast

import sqlalchemy as sa
from sqlalchemy.orm import Session

from cdmo_desktop.domain import risk_matrix
from cdmo_desktop.domain.enums import RiskStatus
from cdmo_desktop.domain.models import Engagement, Milestone, Risk
from cdmo_desktop.domain.models.risk import NO_REVIEW
from cdmo_desktop.store import changesets, fulltext, triggers

_R = cast(sa.Table, sa.inspect(Risk).local_table)
_E = sa.inspect(Engagement).local_table
_M = sa.inspect(Milestone).local_table

LEVEL_VALUES: tuple[str, ...] = tuple(lv.value for lv in risk_matrix.LEVEL_ORDER)
STATUS_VALUES: tuple[str, ...] = tuple(s.value for s in RiskStatus)
FTS_INDEX = "risk_fts"
TALLY_KEYS = (
    "status",
    "category",
    "level",
    "likelihood",
    "impact",
    "residual_likelihood",
    "residual_impact",
)
"""The columns `risk_tally` counts risks by (an unassessed residual counts as 0)."""
OWNER_TALLY_KEYS = (
    "owner",
    "status",
    "level",
    "likelihood",
    "impact",
    "residual_likelihood",
    "residual_impact",
)
"""The columns `risk_owner_tally` counts risks by (an owner's risks per status, level and
cell: the owner filter's count and heat map; migration 0015_scale_rest)."""
DUE_FACETS = ("owner", "category")
"""`risk_due_tally` counts risks per (facet, its value, status, next review date) for each
of these columns: an owner's or a category's risks due for review."""
TALLY_TABLES = ("risk_tally", "risk_review_tally", "risk_owner_tally", "risk_due_tally")
"""Tables of maintained counts: made by the migration, not by the models."""
_PENDING = "derived_risks.linked_to_removed_milestones"


def next_number(session: Session, engagement_id: str) -> int:
    """The number the next risk of the engagement gets (R-001 for the first)."""
    top = session.execute(
        sa.select(sa.func.max(_R.c.number)).where(_R.c.engagement_id == engagement_id)
    ).scalar_one()
    return int(top or 0) + 1


def _taken(session: Session, engagement_id: str, numbers: set[int]) -> set[int]:
    """Which of `numbers` risks of the engagement already hold in the database."""
    rows = session.execute(
        sa.select(_R.c.number).where(
            _R.c.engagement_id == engagement_id, _R.c.number.in_(sorted(numbers))
        )
    )
    return {int(n) for n in rows.scalars()}


def _number(session: Session, engagement_id: str, risks: list[Risk]) -> None:
    """Give the new `risks` of one engagement a number each: their own when it is set
    and free, else the next after every number in use (in the order they were added)."""
    wanted = {r.number for r in risks if isinstance(r.number, int) and r.number >= 1}
    top = next_number(session, engagement_id) - 1
    used = _taken(session, engagement_id, wanted) if any(n <= top for n in wanted) else set()
    unnumbered: list[Risk] = []
    for risk in risks:
        number = risk.number
        if isinstance(number, int) and number >= 1 and number not in used:
            used.add(number)
        else:
            unnumbered.append(risk)
    last = max([top, *used])
    for risk in unnumbered:
        last += 1
        risk.number = last


def before_flush(session: Session) -> None:
    """New risks without a free number get the next number of their engagement; the risks
    linked to milestones being removed are noted for `after_flush`."""
    with session.no_autoflush:
        _note_removed_milestones(session)
    new: dict[str, list[Risk]] = defaultdict(list)
    for obj in session.new:
        if isinstance(obj, Risk) and obj.engagement_id:
            new[obj.engagement_id].append(obj)
    if not new:
        return
    with session.no_autoflush:
        for engagement_id, risks in new.items():
            _number(session, engagement_id, risks)


# --- stored sort keys ---------------------------------------------------------------------


def rank(column: Any, values: Sequence[str]) -> Any:
    """SQL: the position of the column's value in `values` (unknown values last)."""
    return sa.case({v: i for i, v in enumerate(values)}, value=column, else_=len(values))


def _refresh_keys(where: Any) -> sa.Update:
    """UPDATE of the derived sort keys of the risks matching `where` (their own columns,
    their milestone's name and their engagement's title)."""
    milestone = sa.select(_M.c.name).where(_M.c.id == _R.c.milestone_id).scalar_subquery()
    engagement = sa.select(_E.c.title).where(_E.c.id == _R.c.engagement_id).scalar_subquery()
    return (
        sa.update(_R)
        .where(where)
        .values(
            level_rank=rank(_R.c.level, LEVEL_VALUES),
            status_rank=rank(_R.c.status, STATUS_VALUES),
            review_key=sa.func.coalesce(_R.c.next_review_date, NO_REVIEW),
            milestone_name=sa.func.coalesce(milestone, ""),
            engagement_title=sa.func.coalesce(engagement, ""),
        )
    )


def _changed(obj: Any, field: str) -> bool:
    return bool(sa.inspect(obj).attrs[field].history.has_changes())


def _ids(objs: Iterable[Any]) -> list[str]:
    return sorted({o.id for o in objs})


def _chunks(ids: Sequence[str], size: int = 500) -> Iterable[Sequence[str]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def _note_removed_milestones(session: Session) -> None:
    """Before the flush: the risks linked to milestones this flush removes (the database
    unlinks them, ON DELETE SET NULL; their milestone name must go too)."""
    gone = _ids(o for o in session.deleted if isinstance(o, Milestone))
    if not gone:
        return
    linked = session.execute(sa.select(_R.c.id).where(_R.c.milestone_id.in_(gone)))
    session.info.setdefault(_PENDING, set()).update(linked.scalars())


def after_flush(session: Session) -> None:
    """Risks written, risks of renamed milestones and engagements, and risks unlinked from
    removed milestones get their sort keys recomputed."""
    risks = {o.id for o in session.new if isinstance(o, Risk)}
    risks |= {
        o.id
        for o in session.dirty
        if isinstance(o, Risk) and session.is_modified(o, include_collections=False)
    }
    risks |= session.info.pop(_PENDING, set())
    risks -= {o.id for o in session.deleted if isinstance(o, Risk)}
    milestones = _ids(o for o in session.dirty if isinstance(o, Milestone) and _changed(o, "name"))
    engagements = _ids(
        o for o in session.dirty if isinstance(o, Engagement) and _changed(o, "title")
    )
    run = session.connection().execute
    for chunk in _chunks(sorted(risks)):
        run(_refresh_keys(_R.c.id.in_(chunk)))
    for chunk in _chunks(milestones):
        run(_refresh_keys(_R.c.milestone_id.in_(chunk)))
    for chunk in _chunks(engagements):
        run(_refresh_keys(_R.c.engagement_id.in_(chunk)))
    if milestones or engagements:
        changesets.note_tables(session, "risk")


# --- full-text index and tallies (created with their triggers by the migration 0006_risk_scale,
# on a team server by 0031_server_tallies) ----------------------------------------------------

_TALLY_VALUES = (
    "{r}.status, {r}.category, {r}.level, {r}.likelihood, {r}.impact, "
    "coalesce({r}.residual_likelihood, 0), coalesce({r}.residual_impact, 0)"
)
_KEYS = ", ".join(TALLY_KEYS)


def rebuild_tallies(connection: sa.Connection) -> None:
    if not triggers.has_tally(connection, "risk_tally"):
        return
    run = connection.exec_driver_sql
    run("DELETE FROM risk_tally")
    run("DELETE FROM risk_review_tally")
    run(
        f"INSERT INTO risk_tally ({_KEYS}, n) SELECT {_TALLY_VALUES.format(r='risk')}, "
        f"count(*) FROM risk GROUP BY {_TALLY_VALUES.format(r='risk')}"
    )
    run(
        "INSERT INTO risk_review_tally (status, level, day, n) "
        "SELECT status, level, next_review_date, count(*) FROM risk "
        "WHERE next_review_date IS NOT NULL GROUP BY status, level, next_review_date"
    )


_OWNER_VALUES = (
    "owner, status, level, likelihood, impact, "
    "coalesce(residual_likelihood, 0), coalesce(residual_impact, 0)"
)


def rebuild_facet_tallies(connection: sa.Connection) -> None:
    """Recount `risk_owner_tally` and `risk_due_tally` (0015_scale_rest)."""
    if not triggers.has_tally(connection, "risk_owner_tally"):
        return
    run = connection.exec_driver_sql
    run("DELETE FROM risk_owner_tally")
    run(
        f"INSERT INTO risk_owner_tally ({', '.join(OWNER_TALLY_KEYS)}, n) "
        f"SELECT {_OWNER_VALUES}, count(*) FROM risk GROUP BY {_OWNER_VALUES}"
    )
    run("DELETE FROM risk_due_tally")
    for facet in DUE_FACETS:
        run(
            "INSERT INTO risk_due_tally (facet, value, status, day, n) "
            f"SELECT '{facet}', {facet}, status, next_review_date, count(*) FROM risk "
            f"WHERE next_review_date IS NOT NULL GROUP BY {facet}, status, next_review_date"
        )


def rebuild_keys(connection: sa.Connection) -> None:
    """Recompute every risk's stored sort keys."""
    connection.execute(_refresh_keys(sa.true()))


def rebuild(connection: sa.Connection) -> None:
    """Recompute every risk's sort keys, the full-text index and the tallies (rows were
    written around the flush hook: the benchmark's generator, a migration). The register's
    marks are cut afresh once the keys are in (store.risk_marks.suspended)."""
    from cdmo_desktop.store import risk_marks

    with risk_marks.suspended(connection):
        rebuild_keys(connection)
    fulltext.rebuild(connection, FTS_INDEX)
    rebuild_tallies(connection)
    rebuild_facet_tallies(connection)
