"""An engagement's place in the engagement list and the Portfolio counted in a bounded
number of index entries (issue 12): `engagement_mark` cuts each of their orders still
counted row by row (the list's title, client, partner, program and date orders; the
Portfolio's title, partner, risk, review, next-milestone and late-work orders) into spans of
about 1,024 engagements and counts each span's engagements (listed, archived, running);
triggers on `engagement` keep the counts current (SQLite only, like the other tallies:
store.triggers.keeps_tallies). A deep row's place read 370,000 index entries; now a span's
worth and a sum over the marks.

The spans and triggers are made by the rules below, a frozen copy of store.marks and
store.engagement_marks as they were when this was written.

Revision ID: 0027_list_marks
Revises: 0026_partner_buckets
Create Date: 2026-12-05
"""

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

from cdmo_desktop.store import triggers

revision: str = "0027_list_marks"
down_revision: str | None = "0026_partner_buckets"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SPAN = 1024
TABLE, MARKS = "engagement", "engagement_mark"
KEYS = ("k0", "k1", "k2", "k3", "k4")
_LIST = (
    "sort_title",
    "sort_client",
    "sort_partner",
    "sort_program",
    "sort_start",
    "sort_start_desc",
    "sort_end",
    "sort_end_desc",
)
ORDERS: dict[str, tuple[str, ...]] = {
    **{key: (key, "id") for key in _LIST},
    "partner_title": ("sort_partner", "sort_title", "id"),
    "pf_risks": ("pf_critical", "pf_high", "pf_open", "sort_title", "id"),
    "pf_reviews": ("pf_reviews", "sort_title", "id"),
    "pf_next": ("pf_next", "sort_title", "id"),
    "pf_late_milestones": ("pf_late_milestones", "sort_title", "id"),
    "pf_late_actions": ("pf_late_actions", "sort_title", "id"),
}
COUNTS = {
    "listed": "1 - {row}.archived",
    "archived": "{row}.archived",
    "running": "({row}.archived = 0 AND {row}.status IN ('active', 'on_hold', 'planned'))",
}
WATCHED = ("archived", "status")
# The counts each order keeps (the others stay 0): the list's what the archived choice
# shows, the Portfolio's what it lists, the title (both's) all.
KEPT: dict[str, tuple[str, ...]] = {
    **{key: ("listed", "archived") for key in _LIST if key != "sort_title"},
    **{order: ("running",) for order in ORDERS if order not in _LIST},
}
TRIGGERS = ("engagement_mark_ai", "engagement_mark_ad", "engagement_mark_au")


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
    counted = ", ".join(
        f"{c} = {c} {sign} ({COUNTS[c].format(row=row)})" for c in KEPT.get(order, tuple(COUNTS))
    )
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
        "engagement_mark_ai": f"AFTER INSERT ON {TABLE} BEGIN {add} END",
        "engagement_mark_ad": f"AFTER DELETE ON {TABLE} BEGIN {remove} END",
        "engagement_mark_au": f"AFTER UPDATE OF {watched} ON {TABLE} BEGIN {moved} END",
    }


def _spans(conn: sa.Connection, order: str) -> list[dict[str, Any]]:
    columns = ORDERS[order]
    keys = KEYS[: len(columns)]
    kept = KEPT.get(order, tuple(COUNTS))
    zero = dict.fromkeys(COUNTS, 0)
    empty = dict.fromkeys(KEYS)
    marks: list[dict[str, Any]] = [{"sort_key": order, "seq": 0, **empty, **zero}]
    added = ", ".join(COUNTS[c].format(row=TABLE) for c in kept)
    rows = conn.exec_driver_sql(
        f"SELECT {', '.join(columns)}, {added} FROM {TABLE} ORDER BY {', '.join(columns)}"
    )
    width = len(columns)
    for i, row in enumerate(rows):
        if i and i % SPAN == 0:
            start = dict(zip(keys, row[:width], strict=True))
            marks.append({"sort_key": order, "seq": len(marks), **empty, **start} | zero)
        last = marks[-1]
        for name, n in zip(kept, row[width:], strict=True):
            last[name] += int(n)
    return marks


def upgrade() -> None:
    conn = op.get_bind()
    if not triggers.keeps_tallies(conn):  # SQLite only (store.triggers.keeps_tallies)
        return
    # The key columns have no declared type: they hold each order's keys as the engagement
    # table stores them (text, integers, ISO dates), compared the same way.
    conn.exec_driver_sql(
        f"CREATE TABLE {MARKS} (sort_key VARCHAR NOT NULL, seq INTEGER NOT NULL, "
        f"{', '.join(KEYS)}, listed INTEGER NOT NULL, archived INTEGER NOT NULL, "
        f"running INTEGER NOT NULL, CONSTRAINT pk_{MARKS} PRIMARY KEY (sort_key, seq))"
    )
    conn.exec_driver_sql(f"CREATE INDEX ix_{MARKS}_k ON {MARKS} (sort_key, {', '.join(KEYS)})")
    columns = ["sort_key", "seq", *KEYS, *COUNTS]
    insert = sa.text(
        f"INSERT INTO {MARKS} ({', '.join(columns)}) VALUES ({', '.join(':' + c for c in columns)})"
    )
    for order in ORDERS:
        conn.execute(insert, _spans(conn, order))
    for name, body in _trigger_sql().items():
        conn.exec_driver_sql(f"CREATE TRIGGER {name} {body}")


def downgrade() -> None:
    conn = op.get_bind()
    if not triggers.keeps_tallies(conn):
        return
    for name in TRIGGERS:
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
    conn.exec_driver_sql(f"DROP TABLE IF EXISTS {MARKS}")
