"""A risk's place in the risk register counted in a bounded number of index entries (issue
12): `risk_mark` cuts each register order (title, category, likelihood, impact, score,
level, owner, status, next review, raised by, milestone, engagement; each then the id) into
spans of about 1,024 risks and counts each span's risks per status; triggers on `risk` keep
the counts current (SQLite only, like the other tallies: store.triggers.keeps_tallies). A
jump of the scroll bar to the middle of a million risks skipped 500,000 index entries, and a
deep row's place counted as many; now a span's worth and a sum over the marks.

The spans and triggers are made by the rules below, a frozen copy of store.marks and
store.risk_marks as they were when this was written.

Revision ID: 0028_risk_marks
Revises: 0027_list_marks
Create Date: 2026-12-05
"""

from collections import Counter
from collections.abc import Sequence
from typing import Any

from alembic import op

from cdmo_desktop.store import triggers

revision: str = "0028_risk_marks"
down_revision: str | None = "0027_list_marks"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SPAN = 1024
TABLE, MARKS = "risk", "risk_mark"
KEYS = ("k0", "k1", "k2", "k3")
ORDERS: dict[str, tuple[str, ...]] = {
    "title": ("title", "id"),
    "category": ("category", "id"),
    "likelihood": ("likelihood", "id"),
    "impact": ("impact", "id"),
    "score": ("score", "id"),
    "level": ("level_rank", "score", "id"),
    "owner": ("owner", "id"),
    "status": ("status_rank", "id"),
    "next_review": ("review_key", "id"),
    "raised_by": ("raised_by", "id"),
    "milestone": ("milestone_name", "id"),
    "engagement": ("engagement_title", "engagement_id", "number", "id"),
}
STATUSES = ("open", "monitoring", "mitigating", "closed", "realized")  # by status_rank
COUNTS = {f"n_{s}": f"({{row}}.status = '{s}')" for s in STATUSES}
WATCHED = ("status",)
TRIGGERS = ("risk_mark_ai", "risk_mark_ad", "risk_mark_au")


def _row_value(columns: Sequence[str], prefix: str = "") -> str:
    return "(" + ", ".join(f"{prefix}{c}" for c in columns) + ")"


def _span(order: str, row: str) -> str:
    columns = ORDERS[order]
    keys = KEYS[: len(columns)]
    return (
        f"coalesce((SELECT seq FROM {MARKS} WHERE sort_key = '{order}' AND seq > 0 "
        f"AND {_row_value(keys)} <= {_row_value(columns, row + '.')} "
        f"ORDER BY {', '.join(f'{k} DESC' for k in keys)} LIMIT 1), 0)"
    )


def _count(order: str, row: str, sign: str, changed: str = "") -> str:
    counted = ", ".join(f"{c} = {c} {sign} ({COUNTS[c].format(row=row)})" for c in COUNTS)
    return (
        f"UPDATE {MARKS} SET {counted} "
        f"WHERE sort_key = '{order}' AND seq = {_span(order, row)}{changed};"
    )


def _changed(order: str) -> str:
    read = dict.fromkeys((*ORDERS[order], *WATCHED))
    return " AND (" + " OR ".join(f"old.{c} IS NOT new.{c}" for c in read) + ")"


def _trigger_sql() -> dict[str, str]:
    add = " ".join(_count(o, "new", "+") for o in ORDERS)
    remove = " ".join(_count(o, "old", "-") for o in ORDERS)
    moved = " ".join(
        _count(o, "old", "-", _changed(o)) + " " + _count(o, "new", "+", _changed(o))
        for o in ORDERS
    )
    watched = ", ".join(dict.fromkeys((*WATCHED, *(c for cs in ORDERS.values() for c in cs))))
    return {
        "risk_mark_ai": f"AFTER INSERT ON {TABLE} BEGIN {add} END",
        "risk_mark_ad": f"AFTER DELETE ON {TABLE} BEGIN {remove} END",
        "risk_mark_au": f"AFTER UPDATE OF {watched} ON {TABLE} BEGIN {moved} END",
    }


def _spans(cursor: Any, order: str) -> list[tuple[Any, ...]]:
    """One pass along the order's index (which holds each risk's status, the status order's
    as its rank): every SPAN-th risk starts a span."""
    columns = ORDERS[order]
    empty = (None,) * (len(KEYS) - len(columns))
    status = "status_rank" if order == "status" else "status"
    names = dict(enumerate(STATUSES)) if order == "status" else {s: s for s in STATUSES}
    cursor.execute(
        f"SELECT {', '.join(columns)}, {status} FROM {TABLE} ORDER BY {', '.join(columns)}"
    )
    found: list[tuple[Any, ...]] = []
    while batch := cursor.fetchmany(SPAN):
        held = {names[k]: n for k, n in Counter(row[-1] for row in batch).items()}
        start = (None,) * len(KEYS) if not found else (*batch[0][:-1], *empty)
        found.append((order, len(found), *start, *(held.get(s, 0) for s in STATUSES)))
    return found or [(order, 0, *(None,) * len(KEYS), *(0 for _ in STATUSES))]


def upgrade() -> None:
    conn = op.get_bind()
    if not triggers.keeps_tallies(conn):  # SQLite only (store.triggers.keeps_tallies)
        return
    # The key columns have no declared type: they hold each order's keys as the risk table
    # stores them (text, integers, ISO dates), compared the same way.
    conn.exec_driver_sql(
        f"CREATE TABLE {MARKS} (sort_key VARCHAR NOT NULL, seq INTEGER NOT NULL, "
        f"{', '.join(KEYS)}, {', '.join(f'{c} INTEGER NOT NULL' for c in COUNTS)}, "
        f"CONSTRAINT pk_{MARKS} PRIMARY KEY (sort_key, seq))"
    )
    conn.exec_driver_sql(f"CREATE INDEX ix_{MARKS}_k ON {MARKS} (sort_key, {', '.join(KEYS)})")
    columns = ("sort_key", "seq", *KEYS, *COUNTS)
    insert = f"INSERT INTO {MARKS} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
    cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        for order in ORDERS:
            cursor.executemany(insert, _spans(cursor, order))
    finally:
        cursor.close()
    for name, body in _trigger_sql().items():
        conn.exec_driver_sql(f"CREATE TRIGGER {name} {body}")


def downgrade() -> None:
    conn = op.get_bind()
    if not triggers.keeps_tallies(conn):
        return
    for name in TRIGGERS:
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
    conn.exec_driver_sql(f"DROP TABLE IF EXISTS {MARKS}")
