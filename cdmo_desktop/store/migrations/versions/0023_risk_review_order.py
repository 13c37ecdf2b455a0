"""The live risks in next-review order from an index of their own (issue 12, Scale): the
register's default filter (live risks) sorted by next review, latest first, walked the
review index from its end over every closed risk (closed risks have no review date: 200k
entries at 1M risks) before the first live one. `ix_risk_live_review` is a partial index
of the live risks only (domain.models.risk.LIVE_WHERE), on SQLite and PostgreSQL.

Existing databases get the index built (one pass over the risks) and, when they have
planner statistics, its statistics.

Revision ID: 0023_risk_review_order
Revises: 0022_portfolio_keys
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0023_risk_review_order"
down_revision: str | None = "0022_portfolio_keys"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# As this revision makes it (a later change of the live statuses makes a new revision).
INDEX = "ix_risk_live_review"
LIVE = "status IN ('open', 'monitoring', 'mitigating')"
# On PostgreSQL the same condition in the form the server prints it back, so the index made
# again from its printed definition (a copy to the server drops and remakes the indexes) is
# the same index: the IN list of a varchar column would come back spelled otherwise.
PG_LIVE = "status::text IN ('open', 'monitoring', 'mitigating')"


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name != "sqlite":
        op.create_index(INDEX, "risk", ["review_key", "id"], postgresql_where=sa.text(PG_LIVE))
        return
    op.create_index(INDEX, "risk", ["review_key", "id"], sqlite_where=sa.text(LIVE))
    # Statistics of the new index when the database has statistics already (see 0015).
    has_stats = conn.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_stat1'"
    ).first()
    if has_stats is not None:
        conn.exec_driver_sql(f'ANALYZE "{INDEX}"')


def downgrade() -> None:
    op.drop_index(INDEX, table_name="risk")
