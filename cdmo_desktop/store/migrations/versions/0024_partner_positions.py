"""The Portfolio's status/RAG and partner orders count a row's position in their index
alone (issue 12): `ix_engagement_portfolio` and `ix_engagement_partner_title` also carry
what makes an engagement listed (archived, status; and the stored status key the status
rank is computed from), so the rows before the current one are counted without reading
the table (630 ms at a million engagements before, a count of index entries now).

Revision ID: 0024_partner_positions
Revises: 0023_risk_review_order
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0024_partner_positions"
down_revision: str | None = "0023_risk_review_order"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_RANK = "CASE sort_status WHEN 1 THEN 0 WHEN 2 THEN 1 ELSE 2 END"
_LISTING = ("archived", "status")
# The indexes before and after this revision (as it makes them: a later revision changing
# them leaves these as they are).
BEFORE: dict[str, tuple[str, ...]] = {
    "ix_engagement_portfolio": (_RANK, "sort_rag", "sort_title", "id"),
    "ix_engagement_partner_title": ("sort_partner", "sort_title", "id"),
}
AFTER: dict[str, tuple[str, ...]] = {
    "ix_engagement_portfolio": (_RANK, "sort_rag", "sort_title", "id", *_LISTING, "sort_status"),
    "ix_engagement_partner_title": ("sort_partner", "sort_title", "id", *_LISTING),
}


def _columns(dialect: str, columns: Sequence[str]) -> list[str | sa.TextClause]:
    # PostgreSQL wants an index expression in parentheses.
    wrap = "{}" if dialect == "sqlite" else "({})"
    return [sa.text(wrap.format(c)) if c.startswith("CASE") else c for c in columns]


def _remake(indexes: dict[str, tuple[str, ...]]) -> None:
    conn = op.get_bind()
    for name, columns in indexes.items():
        op.drop_index(name, table_name="engagement")
        op.create_index(name, "engagement", _columns(conn.dialect.name, columns))
    if conn.dialect.name == "sqlite":
        has_stats = conn.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_stat1'"
        ).first()
        if has_stats is not None:
            for name in indexes:
                conn.exec_driver_sql(f'ANALYZE "{name}"')


def upgrade() -> None:
    _remake(AFTER)


def downgrade() -> None:
    _remake(BEFORE)
