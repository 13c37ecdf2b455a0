"""Erasure on request: the `erasure` record (who erased what kind of data, when, why) and
`erased_entry` (the change-log entries it redacted); the change log's UPDATE rule now lets
through only the redaction of a listed entry's old/new values (store.redaction).

Revision ID: 0014_erasure
Revises: 0013_audit_chain
Create Date: 2026-12-03
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

revision: str = "0014_erasure"
down_revision: str | None = "0013_audit_chain"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_ID = sqlmodel.sql.sqltypes.AutoString(length=36)


def _text(length: int | None = None) -> sqlmodel.sql.sqltypes.AutoString:
    return sqlmodel.sql.sqltypes.AutoString(length=length)


def upgrade() -> None:
    op.create_table(
        "erasure",
        sa.Column("id", _ID, nullable=False),
        sa.Column("erased_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("user", _text(200), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "person",
                "record",
                name="erasure_kind",
                native_enum=False,
                create_constraint=True,
                length=14,
            ),
            nullable=False,
        ),
        sa.Column("table_name", _text(64), nullable=False),
        sa.Column("row_id", _ID, nullable=False),
        sa.Column("fields", _text(), nullable=False),
        sa.Column("reason", _text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_erasure")),
    )
    with op.batch_alter_table("erasure", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_erasure_erased_at"), ["erased_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_erasure_row_id"), ["row_id"], unique=False)
    op.create_table(
        "erased_entry",
        sa.Column("change_log_id", _ID, nullable=False),
        sa.Column("erasure_id", _ID, nullable=False),
        sa.ForeignKeyConstraint(
            ["change_log_id"],
            ["change_log.id"],
            name=op.f("fk_erased_entry_change_log_id_change_log"),
        ),
        sa.ForeignKeyConstraint(
            ["erasure_id"],
            ["erasure.id"],
            name=op.f("fk_erased_entry_erasure_id_erasure"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("change_log_id", name=op.f("pk_erased_entry")),
    )
    with op.batch_alter_table("erased_entry", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_erased_entry_erasure_id"), ["erasure_id"], unique=False
        )
    from cdmo_desktop.store import redaction

    redaction.install_update_trigger(op.get_bind())


def downgrade() -> None:
    from cdmo_desktop.store import redaction

    redaction.restore_strict_trigger(op.get_bind())
    with op.batch_alter_table("erased_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_erased_entry_erasure_id"))
    op.drop_table("erased_entry")
    with op.batch_alter_table("erasure", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_erasure_row_id"))
        batch_op.drop_index(batch_op.f("ix_erasure_erased_at"))
    op.drop_table("erasure")
