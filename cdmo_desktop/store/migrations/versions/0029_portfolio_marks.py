"""The Portfolio's default order (status group, RAG, title) counted in a bounded number of
index entries (issue 12): `engagement_mark` gains a count per status group the Portfolio
lists (active, on hold, planned) and cuts the RAG, title and id order into spans of about
1,024 engagements counting each group's running engagements apart; the triggers on
`engagement` are made again to keep them (SQLite only: store.triggers.keeps_tallies). A
row's place in the default order is then the groups before its own plus the spans before
its own in its group and a span's worth of index entries, not a twelfth of the list; the
same for a jump of the scroll bar (store.portfolio_default).

The spans and triggers are made by the rules below, a frozen copy of store.marks and
store.engagement_marks as they were when this was written.

Revision ID: 0029_portfolio_marks
Revises: 0028_risk_marks
Create Date: 2026-12-05
"""

from collections.abc import Mapping, Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

from cdmo_desktop.store import triggers

revision: str = "0029_portfolio_marks"
down_revision: str | None = "0028_risk_marks"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SPAN = 1024
TABLE, MARKS = "engagement", "engagement_mark"
KEYS = ("k0", "k1", "k2", "k3", "k4")
ORDER = "pf_rag_title"
RANKED = ("active", "on_hold", "planned")
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
_BEFORE: dict[str, tuple[str, ...]] = {  # revision 0027's orders
    **{key: (key, "id") for key in _LIST},
    "partner_title": ("sort_partner", "sort_title", "id"),
    "pf_risks": ("pf_critical", "pf_high", "pf_open", "sort_title", "id"),
    "pf_reviews": ("pf_reviews", "sort_title", "id"),
    "pf_next": ("pf_next", "sort_title", "id"),
    "pf_late_milestones": ("pf_late_milestones", "sort_title", "id"),
    "pf_late_actions": ("pf_late_actions", "sort_title", "id"),
}
ORDERS: dict[str, tuple[str, ...]] = {**_BEFORE, ORDER: ("sort_rag", "sort_title", "id")}
_COUNTED = {
    "listed": "1 - {row}.archived",
    "archived": "{row}.archived",
    "running": "({row}.archived = 0 AND {row}.status IN ('active', 'on_hold', 'planned'))",
}
COUNTS = {**_COUNTED, **{s: f"({{row}}.archived = 0 AND {{row}}.status = '{s}')" for s in RANKED}}
WATCHED = ("archived", "status")
_KEPT_BEFORE: dict[str, tuple[str, ...]] = {
    **{key: ("listed", "archived") for key in _LIST if key != "sort_title"},
    **{order: ("running",) for order in _BEFORE if order not in _LIST},
}
# The counts each order keeps (the others stay 0): the list's what the archived choice
# shows, the Portfolio's what it lists, its default order by status group, the title (both
# the list's and the Portfolio's) listed, archived and running.
KEPT: dict[str, tuple[str, ...]] = {
    "sort_title": tuple(_COUNTED),
    **_KEPT_BEFORE,
    ORDER: RANKED,
}
TRIGGERS = ("engagement_mark_ai", "engagement_mark_ad", "engagement_mark_au")


class _Rules:
    """The marks' rules over one set of orders and counts (this revision's or 0027's)."""

    def __init__(
        self,
        orders: Mapping[str, tuple[str, ...]],
        counts: Mapping[str, str],
        kept: Mapping[str, tuple[str, ...]],
    ) -> None:
        self.orders, self.counts, self.kept = orders, counts, kept

    def counted_in(self, order: str) -> tuple[str, ...]:
        return self.kept.get(order, tuple(self.counts))

    def _span(self, order: str, row: str) -> str:
        columns = self.orders[order]
        keys = KEYS[: len(columns)]
        return (
            f"coalesce((SELECT seq FROM {MARKS} WHERE sort_key = '{order}' AND seq > 0 "
            f"AND {_row_value(keys)} <= {_row_value(columns, row + '.')} "
            f"ORDER BY {', '.join(f'{k} DESC' for k in keys)} LIMIT 1), 0)"
        )

    def _count(self, order: str, row: str, sign: str, changed: str = "") -> str:
        counted = ", ".join(
            f"{c} = {c} {sign} ({self.counts[c].format(row=row)})" for c in self.counted_in(order)
        )
        return (
            f"UPDATE {MARKS} SET {counted} "
            f"WHERE sort_key = '{order}' AND seq = {self._span(order, row)}{changed};"
        )

    def _changed(self, order: str) -> str:
        read = dict.fromkeys((*self.orders[order], *WATCHED))
        return " AND (" + " OR ".join(f"old.{c} IS NOT new.{c}" for c in read) + ")"

    def trigger_sql(self) -> dict[str, str]:
        add = " ".join(self._count(o, "new", "+") for o in self.orders)
        remove = " ".join(self._count(o, "old", "-") for o in self.orders)
        moved = " ".join(
            self._count(o, "old", "-", self._changed(o))
            + " "
            + self._count(o, "new", "+", self._changed(o))
            for o in self.orders
        )
        columns = (c for cs in self.orders.values() for c in cs)
        watched = ", ".join(dict.fromkeys((*WATCHED, *columns)))
        return {
            "engagement_mark_ai": f"AFTER INSERT ON {TABLE} BEGIN {add} END",
            "engagement_mark_ad": f"AFTER DELETE ON {TABLE} BEGIN {remove} END",
            "engagement_mark_au": f"AFTER UPDATE OF {watched} ON {TABLE} BEGIN {moved} END",
        }

    def spans(self, conn: sa.Connection, order: str) -> list[dict[str, Any]]:
        columns = self.orders[order]
        keys = KEYS[: len(columns)]
        kept = self.counted_in(order)
        zero = dict.fromkeys(self.counts, 0)
        empty = dict.fromkeys(KEYS)
        marks: list[dict[str, Any]] = [{"sort_key": order, "seq": 0, **empty, **zero}]
        added = ", ".join(self.counts[c].format(row=TABLE) for c in kept)
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


def _row_value(columns: Sequence[str], prefix: str = "") -> str:
    return "(" + ", ".join(f"{prefix}{c}" for c in columns) + ")"


NOW = _Rules(ORDERS, COUNTS, KEPT)
BEFORE = _Rules(_BEFORE, _COUNTED, _KEPT_BEFORE)


def _make_triggers(conn: sa.Connection, rules: _Rules) -> None:
    for name in TRIGGERS:
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
    for name, body in rules.trigger_sql().items():
        conn.exec_driver_sql(f"CREATE TRIGGER {name} {body}")


def upgrade() -> None:
    conn = op.get_bind()
    if not triggers.keeps_tallies(conn):  # SQLite only (store.triggers.keeps_tallies)
        return
    for name in TRIGGERS:  # no engagement moves meanwhile: the migration holds the file
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
    for name in RANKED:
        conn.exec_driver_sql(f"ALTER TABLE {MARKS} ADD COLUMN {name} INTEGER NOT NULL DEFAULT 0")
    columns = ["sort_key", "seq", *KEYS, *COUNTS]
    insert = sa.text(
        f"INSERT INTO {MARKS} ({', '.join(columns)}) VALUES ({', '.join(':' + c for c in columns)})"
    )
    conn.execute(insert, NOW.spans(conn, ORDER))
    _make_triggers(conn, NOW)


def downgrade() -> None:
    conn = op.get_bind()
    if not triggers.keeps_tallies(conn):
        return
    for name in TRIGGERS:
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
    conn.exec_driver_sql(f"DELETE FROM {MARKS} WHERE sort_key = '{ORDER}'")
    for name in RANKED:
        conn.exec_driver_sql(f"ALTER TABLE {MARKS} DROP COLUMN {name}")
    _make_triggers(conn, BEFORE)
