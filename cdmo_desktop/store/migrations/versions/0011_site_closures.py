"""Days a partner site is closed (holidays, shutdowns), imported from the site's calendar.

Revision ID: 0011_site_closures
Revises: 0010_reassessment
Create Date: 2026-12-03
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

revision: str = "0011_site_closures"
down_revision: str | None = "0010_reassessment"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_ID = sqlmodel.sql.sqltypes.AutoString(length=36)
_MOMENT = sqlmodel.sql.sqltypes.UTCDateTime()


def upgrade() -> None:
    op.create_table(
        "site_closure",
        sa.Column("id", _ID, nullable=False),
        sa.Column("created_at", _MOMENT, nullable=False),
        sa.Column("updated_at", _MOMENT, nullable=False),
        sa.Column("site_id", _ID, nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
        sa.ForeignKeyConstraint(
            ["site_id"],
            ["partner_site.id"],
            name=op.f("fk_site_closure_site_id_partner_site"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_site_closure")),
        sa.UniqueConstraint("site_id", "day", name="uq_site_closure_day"),
    )
    with op.batch_alter_table("site_closure", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_site_closure_site_id"), ["site_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("site_closure", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_site_closure_site_id"))
    op.drop_table("site_closure")
