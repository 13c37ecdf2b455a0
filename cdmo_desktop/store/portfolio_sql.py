"""The portfolio queries as SQL text, written once, and the two ways to run them.

Plain SQL with named parameters (`:name`) that SQLite and PostgreSQL both accept:
- `session_reader(session)` runs a text in the store's session (SQLAlchemy binds the
  parameters in the driver's own style, dates as SQL dates);
- `sqlite_reader(conn)` runs it on a stdlib sqlite3 connection, used for the window's first
  paint before the ORM is loaded (dates as the ISO text SQLite stores).

SQLAlchemy is imported only inside `session_reader`.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date, datetime
from enum import Enum
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlmodel import Session

# Runs one SQL text with its named parameters and returns the rows as tuples.
Reader = Callable[[str, Mapping[str, Any]], Sequence[Sequence[Any]]]

_PARAM = re.compile(r"(?<![:\w]):(\w+)")


def session_reader(session: Session) -> Reader:
    """Run texts in `session`'s transaction (one consistent snapshot). On SQLite the text
    goes to the driver as it is, named parameters and all (dates as ISO text, as
    `sqlite_reader`): compiling a text statement costs SQLAlchemy about 1 ms each the
    first time, and a Portfolio visit on a newly opened file runs seventeen of them."""
    import sqlalchemy as sa

    if session.get_bind().dialect.name == "sqlite":
        connection = session.connection()

        def driver_read(sql: str, params: Mapping[str, Any]) -> Sequence[Sequence[Any]]:
            return connection.exec_driver_sql(sql, _iso_dates(params)).all()

        return driver_read

    def read(sql: str, params: Mapping[str, Any]) -> Sequence[Sequence[Any]]:
        dates = [sa.bindparam(k, type_=sa.Date()) for k, v in params.items() if _is_date(v)]
        statement = sa.text(sql).bindparams(*dates) if dates else sa.text(sql)
        return session.execute(statement, dict(params)).all()

    return read


def sqlite_reader(conn: sqlite3.Connection) -> Reader:
    """Run texts on a stdlib sqlite3 connection."""

    def read(sql: str, params: Mapping[str, Any]) -> Sequence[Sequence[Any]]:
        return conn.execute(sql, _iso_dates(params)).fetchall()

    return read


def _iso_dates(params: Mapping[str, Any]) -> dict[str, Any]:
    """The parameters as SQLite stores them: a date as its ISO text."""
    return {k: v.isoformat() if _is_date(v) else v for k, v in params.items()}


def _is_date(value: object) -> bool:
    return isinstance(value, date)


def as_date(value: Any) -> date | None:
    """A date column's value: a date from most drivers, ISO text from SQLite."""
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def as_moment(value: Any) -> datetime | None:
    """A timestamp column's value: a datetime from most drivers, ISO text (UTC) from
    SQLite."""
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value))


def in_list(name: str, values: Iterable[object]) -> tuple[str, dict[str, Any]]:
    """`(:name_0, :name_1, ...)` and its parameters (enums by value)."""
    params = {f"{name}_{i}": v.value if isinstance(v, Enum) else v for i, v in enumerate(values)}
    return "(" + ", ".join(f":{k}" for k in params) + ")", params


class Query:
    """Parameters and IN-lists shared by a set of texts. `run(sql, **extra)` fills the
    lists (`{name}`) into the text and passes the parameters the text names. `only` keeps
    one engagement (the `{scope}` of the texts); None keeps every listed one."""

    def __init__(self, read: Reader, params: Mapping[str, Any], only: str | None = None) -> None:
        self.read = read
        self.params: dict[str, Any] = {"only": only} if only is not None else {}
        self.lists: dict[str, str] = {"scope": "AND e.id = :only" if only is not None else ""}
        # One engagement: its rows of each child table are read through their
        # engagement_id index, whatever the rest of the database holds.
        for alias in ("r", "m", "a"):
            one = f"AND {alias}.engagement_id = :only" if only is not None else ""
            self.lists[f"scope_{alias}"] = one
        for name, value in params.items():
            if isinstance(value, tuple):
                self.lists[name], listed = in_list(name, value)
                self.params.update(listed)
            else:
                self.params[name] = value

    def run(self, sql: str, **extra: Any) -> Sequence[Sequence[Any]]:
        text = sql.format(**self.lists)
        given = {**self.params, **extra}
        return self.read(text, {k: given[k] for k in dict.fromkeys(_PARAM.findall(text))})


# --- the overview ---------------------------------------------------------------------------
# Parameters: no (False), today, listed (engagement statuses), open_risk, finished,
# next_kinds, open_action; critical and high (risk levels); horizon and limit (agenda);
# only (one engagement, through {scope}).
LISTED = "e.archived = :no AND e.status IN {listed} {scope}"
LISTED_IDS = f"SELECT e.id FROM engagement AS e WHERE {LISTED}"

# When the RAG was last set: the engagement's own entries (ids are UUIDs, unique across
# tables, so the row id alone names them and the planner takes the row's index).
ENGAGEMENTS = f"""
SELECT e.id, e.title, c.name, p.id, p.name, e.phase, e.status, e.rag, e.start_date, e.end_date,
       COALESCE(
           (SELECT MAX(l.occurred_at) FROM change_log AS l
            WHERE l.row_id = e.id AND l.field = 'rag'),
           e.created_at
       ) AS rag_set_at,
       report.overall_status, report.prepared_on, report.created_at
FROM engagement AS e
JOIN client AS c ON c.id = e.client_id
JOIN partner AS p ON p.id = e.partner_id
LEFT JOIN (
    SELECT r.engagement_id, r.overall_status, r.prepared_on, r.created_at,
           ROW_NUMBER() OVER (
               PARTITION BY r.engagement_id
               ORDER BY r.prepared_on DESC, r.period_end DESC, r.created_at DESC
           ) AS place
    FROM status_report AS r
    WHERE 1 = 1 {{scope_r}}
) AS report ON report.engagement_id = e.id AND report.place = 1
WHERE {LISTED}
"""
RISKS = f"""
SELECT r.engagement_id, COUNT(*),
       COALESCE(SUM(CASE WHEN r.level = :critical THEN 1 ELSE 0 END), 0),
       COALESCE(SUM(CASE WHEN r.level = :high THEN 1 ELSE 0 END), 0),
       COALESCE(SUM(CASE WHEN r.next_review_date <= :today THEN 1 ELSE 0 END), 0)
FROM risk AS r
WHERE r.status IN {{open_risk}} AND r.engagement_id IN ({LISTED_IDS}) {{scope_r}}
GROUP BY r.engagement_id
"""
OVERDUE_MILESTONES = f"""
SELECT m.engagement_id, COUNT(*)
FROM milestone AS m
WHERE m.status NOT IN {{finished}} AND m.planned_finish < :today
  AND m.engagement_id IN ({LISTED_IDS}) {{scope_m}}
GROUP BY m.engagement_id
"""
NEXT_MILESTONE = f"""
SELECT ranked.engagement_id, ranked.name, ranked.planned_finish, ranked.kind
FROM (
    SELECT m.engagement_id, m.name, m.planned_finish, m.kind,
           ROW_NUMBER() OVER (
               PARTITION BY m.engagement_id ORDER BY m.planned_finish, m.position, m.name
           ) AS place
    FROM milestone AS m
    WHERE m.status NOT IN {{finished}} AND m.kind IN {{next_kinds}}
      AND m.planned_finish >= :today AND m.engagement_id IN ({LISTED_IDS}) {{scope_m}}
) AS ranked
WHERE ranked.place = 1
"""
OVERDUE_ACTIONS = f"""
SELECT a.engagement_id, COUNT(*)
FROM action_item AS a
WHERE a.status IN {{open_action}} AND a.due_date < :today
  AND a.engagement_id IN ({LISTED_IDS}) {{scope_a}}
GROUP BY a.engagement_id
"""
BY_STATUS = """
SELECT e.status, COUNT(*) FROM engagement AS e WHERE e.archived = :no GROUP BY e.status
"""
# The longest-overdue audits (the tile's menu and tooltip), each row with how many there are
# in all.
OVERDUE_AUDITS = """
SELECT p.id, p.name, p.next_audit_due, COUNT(*) OVER () AS overdue
FROM partner AS p
WHERE p.archived = :no AND p.next_audit_due < :today
ORDER BY p.next_audit_due, p.name
LIMIT :audits
"""
# The same along the partners' stored audit key (the due date as ISO text, revision 0007's
# index on it and the name key): the first rows of the index range and a count of that
# range alone, instead of reading and sorting every overdue partner (50,000 partners: 2 ms
# instead of 50 ms). The archived flag is tested as an expression so that no planner
# walks its index instead (every live partner). A file read before its upgrade may lack
# the key: OVERDUE_AUDITS.
OVERDUE_AUDITS_KEYED = """
SELECT p.id, p.name, p.next_audit_due,
       (SELECT COUNT(*) FROM partner AS o
        WHERE o.next_audit_key < :today_key AND COALESCE(o.archived, :no) = :no) AS overdue
FROM partner AS p
WHERE p.next_audit_key < :today_key AND COALESCE(p.archived, :no) = :no
ORDER BY p.next_audit_key, p.name_key
LIMIT :audits
"""

# --- the agenda -----------------------------------------------------------------------------
# Each agenda query walks its date index in order and stops at :limit rows, whatever the size
# of the database: the dated table comes first (CROSS JOIN keeps that join order in SQLite,
# and means the same as JOIN ... ON in PostgreSQL), and the status test is on `status || ''`
# so SQLite does not pick the status index instead and sort every matching row.
AGENDA_MILESTONES = f"""
SELECT m.name, m.planned_finish, m.kind, e.id, e.title, m.owner_side
FROM milestone AS m
CROSS JOIN engagement AS e
WHERE e.id = m.engagement_id AND {LISTED} AND m.status || '' NOT IN {{finished}}
  AND (m.planned_finish < :today
       OR (m.kind IN {{next_kinds}} AND m.planned_finish <= :horizon))
ORDER BY m.planned_finish
LIMIT :limit
"""
AGENDA_REVIEWS = f"""
SELECT r.number, r.title, r.next_review_date, e.id, e.title, r.owner
FROM risk AS r
CROSS JOIN engagement AS e
WHERE e.id = r.engagement_id AND {LISTED} AND r.status || '' IN {{open_risk}}
  AND r.review_key <= :horizon
ORDER BY r.review_key
LIMIT :limit
"""
AGENDA_ACTIONS = f"""
SELECT a.description, a.due_date, e.id, e.title, a.owner
FROM action_item AS a
CROSS JOIN engagement AS e
WHERE e.id = a.engagement_id AND {LISTED} AND a.status || '' IN {{open_action}}
  AND a.due_date <= :horizon
ORDER BY a.due_date
LIMIT :limit
"""
AGENDA_REASSESSMENTS = f"""
SELECT p.name, x.from_phase, x.to_phase, m.name, x.due_date, e.id, e.title, x.assessor
FROM reassessment AS x
CROSS JOIN engagement AS e
JOIN partner AS p ON p.id = x.partner_id
LEFT JOIN milestone AS m ON m.id = x.milestone_id
WHERE e.id = x.engagement_id AND {LISTED} AND x.status || '' IN {{open_reassessment}}
  AND x.due_date <= :horizon
ORDER BY x.due_date
LIMIT :limit
"""
