"""Counted spans that stay bounded when writes pile into one span: `mark_split` notes a span
of `partner_mark`, `engagement_mark` or `risk_mark` grown past 4,096 rows or left empty (a
trigger on each marks table), and the store cuts the noted spans again (an empty one's mark
goes) before the write that noted them commits (store.mark_splits; SQLite only, like the
marks: store.triggers.keeps_tallies). Spans already past the bound are noted here: the
first write to the list cuts them.

The triggers below are a frozen copy of store.mark_splits.note_trigger as it was when this
was written.

Revision ID: 0030_mark_splits
Revises: 0029_portfolio_marks
Create Date: 2026-12-05
"""

from collections.abc import Sequence

from alembic import op

from cdmo_desktop.store import triggers

revision: str = "0030_mark_splits"
down_revision: str | None = "0029_portfolio_marks"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BOUND = 4096
_NOTE = (
    "BEGIN INSERT OR IGNORE INTO mark_split (marks, sort_key, seq) "
    "VALUES ('{}', new.sort_key, new.seq); END"
)
_LIST = (
    "'sort_title', 'sort_client', 'sort_partner', 'sort_program', 'sort_start', "
    "'sort_start_desc', 'sort_end', 'sort_end_desc'"
)
_PORTFOLIO = (
    "'partner_title', 'pf_risks', 'pf_reviews', 'pf_next', 'pf_late_milestones', 'pf_late_actions'"
)
# Each marks table, the counts its update trigger watches, and a span's size (of `new`).
SIZES = {
    "partner_mark": ("listed, archived", "new.listed + new.archived"),
    "engagement_mark": (
        "listed, archived, running, active, on_hold, planned",
        f"CASE WHEN new.sort_key IN ({_LIST}) THEN new.listed + new.archived "
        f"WHEN new.sort_key IN ({_PORTFOLIO}) THEN new.running "
        "ELSE new.active + new.on_hold + new.planned END",
    ),
    "risk_mark": (
        "n_open, n_monitoring, n_mitigating, n_closed, n_realized",
        "new.n_open + new.n_monitoring + new.n_mitigating + new.n_closed + new.n_realized",
    ),
}
TRIGGERS = {
    "partner_mark": "mark_split_partner",
    "engagement_mark": "mark_split_engagement",
    "risk_mark": "mark_split_risk",
}


def trigger_sql() -> dict[str, str]:
    """Each note trigger's name and SQL (after CREATE TRIGGER name): a span past the bound,
    or one but the first left empty."""
    return {
        TRIGGERS[table]: f"AFTER UPDATE OF {watched} ON {table} WHEN {size} > {BOUND} OR "
        f"(new.seq > 0 AND {size} = 0 AND {size.replace('new.', 'old.')} > 0) "
        + _NOTE.format(table)
        for table, (watched, size) in SIZES.items()
    }


def upgrade() -> None:
    conn = op.get_bind()
    if not triggers.keeps_tallies(conn):  # SQLite only (store.triggers.keeps_tallies)
        return
    conn.exec_driver_sql(
        "CREATE TABLE mark_split (marks VARCHAR NOT NULL, sort_key VARCHAR NOT NULL, "
        "seq INTEGER NOT NULL, CONSTRAINT pk_mark_split PRIMARY KEY (marks, sort_key, seq))"
    )
    for name, body in trigger_sql().items():
        conn.exec_driver_sql(f"CREATE TRIGGER {name} {body}")
    for table, (_watched, size) in SIZES.items():  # a few thousand marks each at 1M rows
        conn.exec_driver_sql(
            f"INSERT INTO mark_split (marks, sort_key, seq) SELECT '{table}', sort_key, seq "
            f"FROM {table} WHERE {size.replace('new.', '')} > {BOUND}"
        )


def downgrade() -> None:
    conn = op.get_bind()
    if not triggers.keeps_tallies(conn):
        return
    for name in TRIGGERS.values():
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
    conn.exec_driver_sql("DROP TABLE IF EXISTS mark_split")
