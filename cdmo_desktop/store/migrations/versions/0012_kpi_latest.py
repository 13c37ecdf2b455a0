"""Each engagement KPI keeps its latest measurement (period, value) and that value's status,
indexed, so the portfolio's "KPIs off target" and the agenda's missing values read one row
per KPI instead of every KPI's history. Existing KPIs get theirs from their measurements.

Revision ID: 0012_kpi_latest
Revises: 0011_site_closures
Create Date: 2026-12-03
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

revision: str = "0012_kpi_latest"
down_revision: str | None = "0011_site_closures"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEXES = {
    "ix_engagement_kpi_latest_status": ["latest_status", "engagement_id"],
    "ix_engagement_kpi_latest_period": ["latest_period", "engagement_id"],
}


def upgrade() -> None:
    op.add_column("engagement_kpi", sa.Column("latest_period", sa.Date(), nullable=True))
    op.add_column("engagement_kpi", sa.Column("latest_value", sa.Float(), nullable=True))
    op.add_column(
        "engagement_kpi",
        sa.Column("latest_status", sqlmodel.sql.sqltypes.AutoString(length=8), nullable=True),
    )
    for name, columns in INDEXES.items():
        op.create_index(name, "engagement_kpi", columns)
    from cdmo_desktop.store import derived_kpis

    derived_kpis.rebuild(op.get_bind())


def downgrade() -> None:
    for name in INDEXES:
        op.drop_index(name, table_name="engagement_kpi")
    with op.batch_alter_table("engagement_kpi", schema=None) as batch_op:
        for name in ("latest_status", "latest_value", "latest_period"):
            batch_op.drop_column(name)
