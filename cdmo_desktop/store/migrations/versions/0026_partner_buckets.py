"""A partner's place in the register counted in a bounded number of index entries (issue 12):
`partner_mark` cuts each register order into spans of about 1,024 partners and counts the
partners of each span (listed, archived); triggers on `partner` keep the counts current
(SQLite only, like the other tallies: store.triggers.keeps_tallies). The rows before a
partner are then the spans before its own plus a span's worth of index entries, not every
row before it (119 ms for a row in the middle of a million partners).

The spans are cut by the rules below, a frozen copy of store.partner_marks as it was when
this was written.

Revision ID: 0026_partner_buckets
Revises: 0024_partner_positions
Create Date: 2026-12-04
"""

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

from cdmo_desktop.store import triggers

revision: str = "0026_partner_buckets"
down_revision: str | None = "0024_partner_positions"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SPAN = 1024
SORTED = (
    "name_key",
    "kind",
    "country_key",
    "region_key",
    "qualification_status",
    "next_audit_key",
    "active_engagements",
    "contact_key",
)
TRIGGERS = ("partner_mark_ai", "partner_mark_ad", "partner_mark_au")


def _span(key: str, row: str) -> str:
    """The seq of the span the `row` (new/old) partner falls in, in `key`'s order."""
    return (
        f"coalesce((SELECT seq FROM partner_mark WHERE sort_key = '{key}' AND seq > 0 "
        f"AND (k, name_key) <= ({row}.{key}, {row}.name_key) "
        "ORDER BY k DESC, name_key DESC LIMIT 1), 0)"
    )


def _count(key: str, row: str, sign: str, changed: str = "") -> str:
    return (
        f"UPDATE partner_mark SET listed = listed {sign} (1 - {row}.archived), "
        f"archived = archived {sign} {row}.archived "
        f"WHERE sort_key = '{key}' AND seq = {_span(key, row)}{changed};"
    )


def _changed(key: str) -> str:
    return (
        f" AND (old.{key} IS NOT new.{key} OR old.name_key IS NOT new.name_key "
        "OR old.archived IS NOT new.archived)"
    )


def _trigger_sql() -> dict[str, str]:
    add = " ".join(_count(k, "new", "+") for k in SORTED)
    remove = " ".join(_count(k, "old", "-") for k in SORTED)
    moved = " ".join(
        _count(k, "old", "-", _changed(k)) + " " + _count(k, "new", "+", _changed(k))
        for k in SORTED
    )
    watched = ", ".join(dict.fromkeys(("archived", *SORTED)))
    return {
        "partner_mark_ai": f"AFTER INSERT ON partner BEGIN {add} END",
        "partner_mark_ad": f"AFTER DELETE ON partner BEGIN {remove} END",
        "partner_mark_au": f"AFTER UPDATE OF {watched} ON partner BEGIN {moved} END",
    }


def _spans(conn: sa.Connection, key: str) -> list[dict[str, Any]]:
    marks: list[dict[str, Any]] = [
        {"sort_key": key, "seq": 0, "k": None, "name_key": None, "listed": 0, "archived": 0}
    ]
    rows = conn.exec_driver_sql(
        f"SELECT {key}, name_key, archived FROM partner ORDER BY {key}, name_key"
    )
    for i, (value, name_key, archived) in enumerate(rows):
        if i and i % SPAN == 0:
            marks.append(
                {
                    "sort_key": key,
                    "seq": len(marks),
                    "k": value,
                    "name_key": name_key,
                    "listed": 0,
                    "archived": 0,
                }
            )
        marks[-1]["archived" if archived else "listed"] += 1
    return marks


def upgrade() -> None:
    conn = op.get_bind()
    if not triggers.keeps_tallies(conn):  # SQLite only (store.triggers.keeps_tallies)
        return
    # The key column has no declared type: it holds each order's key as the partner table
    # stores it (text, or the active engagements' integer), compared the same way.
    conn.exec_driver_sql(
        "CREATE TABLE partner_mark (sort_key VARCHAR NOT NULL, seq INTEGER NOT NULL, k, "
        "name_key VARCHAR, listed INTEGER NOT NULL, archived INTEGER NOT NULL, "
        "CONSTRAINT pk_partner_mark PRIMARY KEY (sort_key, seq))"
    )
    conn.exec_driver_sql("CREATE INDEX ix_partner_mark_k ON partner_mark (sort_key, k, name_key)")
    insert = sa.text(
        "INSERT INTO partner_mark (sort_key, seq, k, name_key, listed, archived) "
        "VALUES (:sort_key, :seq, :k, :name_key, :listed, :archived)"
    )
    for key in SORTED:
        conn.execute(insert, _spans(conn, key))
    for name, body in _trigger_sql().items():
        conn.exec_driver_sql(f"CREATE TRIGGER {name} {body}")


def downgrade() -> None:
    conn = op.get_bind()
    if not triggers.keeps_tallies(conn):
        return
    for name in TRIGGERS:
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
    conn.exec_driver_sql("DROP TABLE IF EXISTS partner_mark")
