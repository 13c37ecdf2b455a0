"""The maintained tallies checked against the rows they count (store.triggers.SERVER_TALLIES).

`drift(engine)` reads each tally's rows with a count other than 0 and the same groups
counted from the risk, engagement and partner tables (count(*) ... GROUP BY; a standard
scale counted where a partner's stored scale keys hold it); it returns, per tally, the
rows only in the tally and the rows only in the count. Empty: every tally is exact."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from cdmo_desktop.store.partner_list import TALLIED_SCALES

_CELL_KEYS = "likelihood, impact, residual_likelihood, residual_impact"
_PARTNER = "archived, kind, coalesce(region, ''), qualification_status"
# (%% in the SQL: the driver's parameter style reads a lone % as a placeholder.)
_SCALES = " UNION ALL ".join(f"SELECT '{k}' AS key" for k in TALLIED_SCALES)
_CELL = "likelihood, impact, coalesce(residual_likelihood, 0), coalesce(residual_impact, 0)"
COUNTED = {
    "risk_tally": (
        f"status, category, level, {_CELL_KEYS}",
        f"SELECT status, category, level, {_CELL}, count(*) FROM risk "
        "GROUP BY status, category, level, " + _CELL,
    ),
    "risk_review_tally": (
        "status, level, day",
        "SELECT status, level, next_review_date, count(*) FROM risk "
        "WHERE next_review_date IS NOT NULL GROUP BY status, level, next_review_date",
    ),
    "risk_owner_tally": (
        f"owner, status, level, {_CELL_KEYS}",
        f"SELECT owner, status, level, {_CELL}, count(*) FROM risk "
        "GROUP BY owner, status, level, " + _CELL,
    ),
    "risk_due_tally": (
        "facet, value, status, day",
        " UNION ALL ".join(
            f"SELECT '{facet}', {facet}, status, next_review_date, count(*) FROM risk "
            f"WHERE next_review_date IS NOT NULL GROUP BY {facet}, status, next_review_date"
            for facet in ("owner", "category")
        ),
    ),
    "engagement_tally": (
        "status, phase, rag, archived",
        "SELECT status, phase, coalesce(rag, ''), archived, count(*) FROM engagement "
        "GROUP BY status, phase, coalesce(rag, ''), archived",
    ),
    "partner_tally": (
        "archived, kind, region, qualification_status",
        f"SELECT {_PARTNER}, count(*) FROM partner GROUP BY {_PARTNER}",
    ),
    "partner_scale_tally": (
        "scale_key, archived, kind, region, qualification_status",
        f"SELECT s.key, {_PARTNER}, count(*) FROM partner JOIN ({_SCALES}) AS s "
        "ON partner.scale_tags LIKE '%%|' || s.key || '|%%' "
        f"GROUP BY s.key, {_PARTNER}",
    ),
}


def drift(engine: sa.Engine) -> dict[str, tuple[set[Any], set[Any]]]:
    """Per tally that is not exact: (rows only in the tally, rows only in the count)."""
    out: dict[str, tuple[set[Any], set[Any]]] = {}
    with engine.connect() as conn:
        for table, (columns, counted) in COUNTED.items():
            kept = conn.exec_driver_sql(f"SELECT {columns}, n FROM {table} WHERE n <> 0")
            tally = {tuple(r) for r in kept}
            rows = {tuple(r) for r in conn.exec_driver_sql(counted)}
            if tally != rows:
                out[table] = (tally - rows, rows - tally)
    return out


def tally_rows(engine: sa.Engine, table: str = "risk_tally") -> int:
    """How many rows a tally counts, risks by default (to see the checks were not on an
    empty table)."""
    with engine.connect() as conn:
        return int(conn.exec_driver_sql(f"SELECT coalesce(sum(n), 0) FROM {table}").scalar_one())


def statements_run(engine: sa.Engine) -> list[str]:
    """The SQL of every statement run on `engine` from now on (to check which tables a
    count read: a tally, or the rows it counts)."""
    seen: list[str] = []

    def note(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        seen.append(statement)

    sa.event.listen(engine, "before_cursor_execute", note)
    return seen
