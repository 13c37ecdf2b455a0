"""Team mode: `client_access` lists the clients each server login may see (row-level
security on PostgreSQL, set up by `cdmo-desktop server init`). An empty table on SQLite.

On PostgreSQL also `change_log_head()`: the chain's last entry for the flush hook
(store/chain.py), read with the owner's rights, because row-level security shows a
consultant only some entries and the next entry must follow the last of them all.

Revision ID: 0017_client_access
Revises: 0016_row_versions
Create Date: 2026-12-03
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

revision: str = "0017_client_access"
down_revision: str | None = "0016_row_versions"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_ID = sqlmodel.sql.sqltypes.AutoString(length=36)
_MOMENT = sqlmodel.sql.sqltypes.UTCDateTime()
CHAIN_HEAD = (
    "CREATE OR REPLACE FUNCTION change_log_head() "
    "RETURNS TABLE (seq integer, entry_hash varchar, occurred_at timestamptz) "
    "LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$ "
    "SELECT c.seq, c.entry_hash, c.occurred_at FROM change_log AS c "
    "WHERE c.seq IS NOT NULL ORDER BY c.seq DESC LIMIT 1 $$"
)


def upgrade() -> None:
    op.create_table(
        "client_access",
        sa.Column("id", _ID, nullable=False),
        sa.Column("created_at", _MOMENT, nullable=False),
        sa.Column("updated_at", _MOMENT, nullable=False),
        sa.Column("user_name", sqlmodel.sql.sqltypes.AutoString(length=63), nullable=False),
        sa.Column("client_id", _ID, nullable=False),
        # Every editable table has a row version since 0016 (concurrent edits).
        sa.Column("row_version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["client.id"],
            name=op.f("fk_client_access_client_id_client"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_client_access")),
        sa.UniqueConstraint("user_name", "client_id", name="uq_client_access_user"),
    )
    with op.batch_alter_table("client_access", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_client_access_client_id"), ["client_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_client_access_user_name"), ["user_name"], unique=False)
    if op.get_bind().dialect.name == "postgresql":
        op.execute(CHAIN_HEAD)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        from cdmo_desktop.store import server_log

        op.execute("DROP FUNCTION IF EXISTS change_log_head()")
        # On a team server the triggers whose functions read client_access go (writes go
        # on without them), and the consultants' and viewers' policies go with the table:
        # those logins see nothing until `server init` of the version run next.
        op.execute("DROP TRIGGER IF EXISTS cdmo_change_log_scope ON change_log")
        for table in server_log.cascades_into_scoped():
            op.execute(f"DROP TRIGGER IF EXISTS cdmo_guard_{table} ON {table}")
        op.execute("DROP TABLE client_access CASCADE")
        return
    with op.batch_alter_table("client_access", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_client_access_user_name"))
        batch_op.drop_index(batch_op.f("ix_client_access_client_id"))
    op.drop_table("client_access")
