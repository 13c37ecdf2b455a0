"""Indexes for the lists' orders of more than one stored key (issue 12):

- `ix_engagement_portfolio`: the Portfolio's default order (status as the Portfolio ranks
  it, RAG, title), so its first page is an index range at any number of engagements;
- `ix_engagement_partner_title`: the Portfolio sorted by partner, then title;
- `ix_engagement_plan`: the portfolio Gantt's engagements (start date, undated last, then
  title), so the plan's head (its first items) walks the engagements in order and each
  engagement's items along ix_milestone_plan instead of sorting every item.

The keys are stored already (store.derived_engagements); existing databases get the
indexes built.

Revision ID: 0020_scale_lists
Revises: 0019_scale_search
Create Date: 2026-12-03
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0020_scale_lists"
down_revision: str | None = "0019_scale_search"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The indexes as this revision makes them (0024_partner_positions widens two of them; an
# upgrade through both ends with the later shape).
ENGAGEMENT_ORDERS: dict[str, tuple[str, ...]] = {
    "ix_engagement_portfolio": (
        "CASE sort_status WHEN 1 THEN 0 WHEN 2 THEN 1 ELSE 2 END",
        "sort_rag",
        "sort_title",
        "id",
    ),
    "ix_engagement_partner_title": ("sort_partner", "sort_title", "id"),
    "ix_engagement_plan": ("sort_start", "sort_title", "id"),
}


def _columns(dialect: str, columns: Sequence[str]) -> list[str | sa.TextClause]:
    # PostgreSQL wants an index expression in parentheses.
    wrap = "{}" if dialect == "sqlite" else "({})"
    return [sa.text(wrap.format(c)) if c.startswith("CASE") else c for c in columns]


def upgrade() -> None:
    conn = op.get_bind()
    for name, columns in ENGAGEMENT_ORDERS.items():
        op.create_index(name, "engagement", _columns(conn.dialect.name, columns))
    if conn.dialect.name == "sqlite":
        has_stats = conn.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_stat1'"
        ).first()
        if has_stats is not None:
            for name in ENGAGEMENT_ORDERS:
                conn.exec_driver_sql(f'ANALYZE "{name}"')


def downgrade() -> None:
    for name in ENGAGEMENT_ORDERS:
        op.drop_index(name, table_name="engagement")
