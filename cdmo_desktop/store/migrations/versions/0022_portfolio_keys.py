"""The Portfolio's aggregate columns as stored, indexed keys on the engagement (issue 12,
store.portfolio_keys): open risks by level, reviews due, the next milestone, late
milestones and late actions, so each of those sorts is an index walk instead of grouping
every risk, milestone and action of every engagement. The dated keys hold as of the day in
`portfolio_key_day`. Existing engagements get their keys computed as of today.

Revision ID: 0022_portfolio_keys
Revises: 0021_search_everything
Create Date: 2026-12-03
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0022_portfolio_keys"
down_revision: str | None = "0021_search_everything"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The keys and indexes this revision makes (as it makes them: a later revision changing
# them leaves these as they are).
COUNTS = (
    "pf_critical",
    "pf_high",
    "pf_open",
    "pf_reviews",
    "pf_late_milestones",
    "pf_late_actions",
)
INDEXES = (
    "ix_engagement_pf_risks",
    "ix_engagement_pf_reviews",
    "ix_engagement_pf_next",
    "ix_engagement_pf_late_milestones",
    "ix_engagement_pf_late_actions",
)


def upgrade() -> None:
    for name in COUNTS:
        op.add_column(
            "engagement", sa.Column(name, sa.Integer(), nullable=False, server_default="0")
        )
    op.add_column(
        "engagement",
        sa.Column("pf_next", sa.Date(), nullable=False, server_default="2199-12-31"),
    )
    op.create_table(
        "portfolio_key_day",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_portfolio_key_day")),
    )
    from cdmo_desktop.store import portfolio_keys

    portfolio_keys.rebuild(op.get_bind())  # the keys as of today, then their indexes


def downgrade() -> None:
    for name in INDEXES:
        op.drop_index(name, table_name="engagement")
    op.drop_table("portfolio_key_day")
    for name in (*COUNTS, "pf_next"):  # in place (SQLite 3.35+): the table keeps its triggers
        op.execute(f"ALTER TABLE engagement DROP COLUMN {name}")
