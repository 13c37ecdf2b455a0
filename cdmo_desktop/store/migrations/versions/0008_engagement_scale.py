"""The engagements list at any size: stored sort keys, a full-text index, maintained counts.

Each engagement keeps the client's and partner's names as the list shows them and one sort
key per list column, each indexed with the id (the list's total order), so a page is an
index seek instead of an OFFSET over every row before it. `engagement_fts` (store.fulltext)
indexes the list's searchable text; `engagement_tally` counts engagements by status, phase,
RAG and archived, kept by the triggers below on every write (SQLite-only, as the full-text
index is). Existing rows get their keys, index entries and counts.

Revision ID: 0008_engagement_scale
Revises: 0007_partner_scale
Create Date: 2026-12-02
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

revision: str = "0008_engagement_scale"
down_revision: str | None = "0007_partner_scale"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TEXT_KEYS: tuple[str, ...] = ("client_name", "partner_name", "sort_title", "sort_client")
TEXT_KEYS += ("sort_partner", "sort_program")
NUMBER_KEYS: tuple[str, ...] = ("sort_phase", "sort_status", "sort_start", "sort_start_desc")
NUMBER_KEYS += ("sort_end", "sort_end_desc", "sort_rag")
SORT_KEYS = TEXT_KEYS[2:] + NUMBER_KEYS
FTS_INDEX = "engagement_fts"
FTS_COLUMNS = ("title", "program", "compound", "client_name", "partner_name")

_TALLY_ROW = "new.status, new.phase, coalesce(new.rag, ''), new.archived"
_ADD = (
    "INSERT INTO engagement_tally (status, phase, rag, archived, n) "
    f"VALUES ({_TALLY_ROW}, 1) "
    "ON CONFLICT (status, phase, rag, archived) DO UPDATE SET n = n + 1;"
)
_REMOVE = (
    "UPDATE engagement_tally SET n = n - 1 WHERE status = old.status AND phase = old.phase "
    "AND rag = coalesce(old.rag, '') AND archived = old.archived;"
)
TRIGGERS = {
    "engagement_tally_ai": f"AFTER INSERT ON engagement BEGIN {_ADD} END",
    "engagement_tally_ad": f"AFTER DELETE ON engagement BEGIN {_REMOVE} END",
    "engagement_tally_au": (
        f"AFTER UPDATE OF status, phase, rag, archived ON engagement BEGIN {_REMOVE} {_ADD} END"
    ),
}


def upgrade() -> None:
    for name in TEXT_KEYS:
        op.add_column(
            "engagement",
            sa.Column(name, sqlmodel.sql.sqltypes.AutoString(), nullable=False, server_default=""),
        )
    for name in NUMBER_KEYS:
        op.add_column(
            "engagement", sa.Column(name, sa.Integer(), nullable=False, server_default="0")
        )
    for name in SORT_KEYS:
        op.create_index(f"ix_engagement_{name}", "engagement", [name, "id", "archived"])
    conn = op.get_bind()
    from cdmo_desktop.store import derived_engagements, fulltext, triggers

    if triggers.keeps_tallies(conn):  # SQLite only (store.triggers.keeps_tallies)
        _create_tally(conn)
    fulltext.create(conn, FTS_INDEX, "engagement", FTS_COLUMNS)
    derived_engagements.rebuild(conn)


def _create_tally(conn: sa.Connection) -> None:
    op.create_table(
        "engagement_tally",
        sa.Column("status", sa.String(length=40), nullable=False),
        sa.Column("phase", sa.String(length=40), nullable=False),
        sa.Column("rag", sa.String(length=8), nullable=False),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.Column("n", sa.Integer(), server_default="0", nullable=False),
        sa.PrimaryKeyConstraint(
            "status", "phase", "rag", "archived", name=op.f("pk_engagement_tally")
        ),
    )
    for name, body in TRIGGERS.items():
        conn.exec_driver_sql(f"CREATE TRIGGER {name} {body}")


def downgrade() -> None:
    from cdmo_desktop.store import fulltext, triggers

    conn = op.get_bind()
    fulltext.drop(conn, FTS_INDEX)
    if triggers.keeps_tallies(conn):
        for name in TRIGGERS:
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
        op.drop_table("engagement_tally")
    for name in SORT_KEYS:
        op.drop_index(f"ix_engagement_{name}", table_name="engagement")
    with op.batch_alter_table("engagement", schema=None) as batch_op:
        for name in (*NUMBER_KEYS, *TEXT_KEYS):
            batch_op.drop_column(name)
