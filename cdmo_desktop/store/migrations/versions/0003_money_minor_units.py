"""Budgets are exact: stored as whole hundredths (minor units) instead of a NUMERIC column,
which SQLite keeps as a binary float (99,999,999,999,999.99 came back as .98).

Revision ID: 0003_money_minor_units
Revises: 0002_changelog_append_only
Create Date: 2026-12-02
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003_money_minor_units"
down_revision: str | None = "0002_changelog_append_only"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Scale first: the table rebuild below casts to an integer, which would cut the cents.
    op.execute(
        "UPDATE engagement SET budget_amount = ROUND(budget_amount * 100) "
        "WHERE budget_amount IS NOT NULL"
    )
    with op.batch_alter_table("engagement") as batch:
        batch.alter_column(
            "budget_amount",
            existing_type=sa.Numeric(precision=14, scale=2),
            type_=sa.BigInteger(),
            existing_nullable=True,
            postgresql_using="budget_amount::bigint",
        )


def downgrade() -> None:
    with op.batch_alter_table("engagement") as batch:
        batch.alter_column(
            "budget_amount",
            existing_type=sa.BigInteger(),
            type_=sa.Numeric(precision=14, scale=2),
            existing_nullable=True,
        )
    op.execute(
        "UPDATE engagement SET budget_amount = budget_amount / 100.0 "
        "WHERE budget_amount IS NOT NULL"
    )
