"""The engagement list's phase, status and RAG orders counted in a bounded number of index
entries (issue 12): `engagement_mark` cuts each of them (the stored rank, then the id) into
spans of about 1,024 engagements counting the listed and the archived ones, like the list's
other orders (revision 0027); the triggers on `engagement` and the note trigger of
`engagement_mark` (revision 0030) are made again to keep and bound them (SQLite only:
store.triggers.keeps_tallies). A row's place in the list sorted by phase, status or RAG is
then the spans before its own and a span's worth of index entries, not up to half of its
group (a RAG group holds a third of a million engagements); the same for a jump of the
scroll bar.

The spans and triggers are made by revision 0029's rules (`_Rules`, a frozen copy of
store.marks as it was then) over this revision's orders, and 0030's note trigger with the
new orders sized like the list's.

Revision ID: 0033_engagement_group_marks
Revises: 0032_server_partner_tallies
Create Date: 2026-12-06
"""

import importlib
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

from cdmo_desktop.store import triggers

revision: str = "0033_engagement_group_marks"
down_revision: str | None = "0032_server_partner_tallies"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_VERSIONS = "cdmo_desktop.store.migrations.versions"
_0029 = importlib.import_module(f"{_VERSIONS}.0029_portfolio_marks")
_0030 = importlib.import_module(f"{_VERSIONS}.0030_mark_splits")

GROUPED = ("sort_phase", "sort_status", "sort_rag")
_LIST = (*_0029._LIST, *GROUPED)
ORDERS: dict[str, tuple[str, ...]] = {
    **{key: (key, "id") for key in _LIST},
    **{order: cols for order, cols in _0029.ORDERS.items() if order not in _LIST},
}
KEPT: dict[str, tuple[str, ...]] = {
    **_0029.KEPT,
    **{key: ("listed", "archived") for key in GROUPED},
}
NOW = _0029._Rules(ORDERS, _0029.COUNTS, KEPT)
BEFORE = _0029.NOW
_SIZED = ", ".join(f"'{key}'" for key in GROUPED)
NOTE = _0030.TRIGGERS["engagement_mark"]


def _note(grouped: bool) -> str:
    """The note trigger's SQL (after CREATE TRIGGER name): 0030's, the new orders sized as
    the list's when `grouped`."""
    body = _0030.trigger_sql()[NOTE]
    return body.replace(_0030._LIST, f"{_0030._LIST}, {_SIZED}") if grouped else body


def _remake(conn: sa.Connection, rules: Any, grouped: bool) -> None:
    """The marks' triggers made by `rules` (0029's `_Rules`) and the note trigger."""
    for name in (*_0029.TRIGGERS, NOTE):
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
    for name, body in rules.trigger_sql().items():
        conn.exec_driver_sql(f"CREATE TRIGGER {name} {body}")
    conn.exec_driver_sql(f"CREATE TRIGGER {NOTE} {_note(grouped)}")


def upgrade() -> None:
    conn = op.get_bind()
    if not triggers.keeps_tallies(conn):  # SQLite only (store.triggers.keeps_tallies)
        return
    for name in _0029.TRIGGERS:  # no engagement moves meanwhile: the migration holds the file
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
    columns = ["sort_key", "seq", *_0029.KEYS, *_0029.COUNTS]
    insert = sa.text(
        f"INSERT INTO {_0029.MARKS} ({', '.join(columns)}) "
        f"VALUES ({', '.join(':' + c for c in columns)})"
    )
    for order in GROUPED:  # along ix_engagement_<order> (the rank, id and archived flag)
        conn.execute(insert, NOW.spans(conn, order))
    _remake(conn, NOW, grouped=True)


def downgrade() -> None:
    conn = op.get_bind()
    if not triggers.keeps_tallies(conn):
        return
    orders = ", ".join(f"'{key}'" for key in GROUPED)
    conn.exec_driver_sql(f"DELETE FROM {_0029.MARKS} WHERE sort_key IN ({orders})")
    conn.exec_driver_sql(f"DELETE FROM mark_split WHERE sort_key IN ({orders})")
    _remake(conn, BEFORE, grouped=False)
