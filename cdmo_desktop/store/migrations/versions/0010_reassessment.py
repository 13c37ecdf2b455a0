"""Partner reassessments at phase transitions and go/no-go gates.

`reassessment` holds one assessment of an engagement's partner (what triggered it, the
phases, its status and due date, the outcome, the decision it was recorded as, the KPI
scorecard frozen on the day, the previous assessment of the same partner);
`reassessment_score` the 1-5 scores with their evidence, per partner and criterion;
`reassessment_candidate` the partners compared with the current one. New tables only:
existing rows are untouched.

Revision ID: 0010_reassessment
Revises: 0009_kpis
Create Date: 2026-12-03
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

revision: str = "0010_reassessment"
down_revision: str | None = "0009_kpis"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("reassessment_score", "reassessment_candidate", "reassessment")


def upgrade() -> None:
    op.create_table(
        "reassessment",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("engagement_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("partner_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column(
            "trigger",
            sa.Enum(
                "phase_change",
                "gate",
                name="reassessment_trigger",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("milestone_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
        sa.Column(
            "from_phase",
            sa.Enum(
                "discovery",
                "lead_optimization",
                "preclinical",
                "process_development",
                "scale_up",
                "clinical_supply",
                "commercial",
                name="reassessment_from_phase",
                native_enum=False,
                create_constraint=True,
                length=27,
            ),
            nullable=True,
        ),
        sa.Column(
            "to_phase",
            sa.Enum(
                "discovery",
                "lead_optimization",
                "preclinical",
                "process_development",
                "scale_up",
                "clinical_supply",
                "commercial",
                name="reassessment_to_phase",
                native_enum=False,
                create_constraint=True,
                length=27,
            ),
            nullable=True,
        ),
        sa.Column(
            "status",
            sa.Enum(
                "due",
                "postponed",
                "completed",
                name="reassessment_status",
                native_enum=False,
                create_constraint=True,
                length=17,
            ),
            nullable=False,
        ),
        sa.Column("due_date", sa.Date(), nullable=False),
        sa.Column("assessed_on", sa.Date(), nullable=True),
        sa.Column("assessor", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column(
            "outcome",
            sa.Enum(
                "continue",
                "continue_with_conditions",
                "second_source",
                "re_tender",
                "exit",
                name="reassessment_outcome",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column("outcome_note", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("decision_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
        sa.Column("scorecard_json", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("previous_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["decision_id"],
            ["decision.id"],
            name=op.f("fk_reassessment_decision_id_decision"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["engagement_id"],
            ["engagement.id"],
            name=op.f("fk_reassessment_engagement_id_engagement"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["milestone_id"],
            ["milestone.id"],
            name=op.f("fk_reassessment_milestone_id_milestone"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["partner_id"],
            ["partner.id"],
            name=op.f("fk_reassessment_partner_id_partner"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["previous_id"],
            ["reassessment.id"],
            name=op.f("fk_reassessment_previous_id_reassessment"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reassessment")),
    )
    with op.batch_alter_table("reassessment", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_reassessment_decision_id"), ["decision_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_reassessment_due_date"), ["due_date"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_reassessment_engagement_id"), ["engagement_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_reassessment_milestone_id"), ["milestone_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_reassessment_partner_id"), ["partner_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_reassessment_previous_id"), ["previous_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_reassessment_status"), ["status"], unique=False)

    op.create_table(
        "reassessment_candidate",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("reassessment_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("partner_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("note", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.ForeignKeyConstraint(
            ["partner_id"],
            ["partner.id"],
            name=op.f("fk_reassessment_candidate_partner_id_partner"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["reassessment_id"],
            ["reassessment.id"],
            name=op.f("fk_reassessment_candidate_reassessment_id_reassessment"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reassessment_candidate")),
        sa.UniqueConstraint("reassessment_id", "partner_id", name="uq_reassessment_candidate_pair"),
    )
    with op.batch_alter_table("reassessment_candidate", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_reassessment_candidate_partner_id"), ["partner_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_reassessment_candidate_reassessment_id"),
            ["reassessment_id"],
            unique=False,
        )

    op.create_table(
        "reassessment_score",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("reassessment_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("partner_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column(
            "criterion",
            sa.Enum(
                "trust",
                "team",
                "capability",
                "quality",
                "performance",
                "communication",
                "capacity",
                "cost",
                "location",
                name="criterion",
                native_enum=False,
                create_constraint=True,
                length=21,
            ),
            nullable=False,
        ),
        sa.Column("score", sa.Integer(), nullable=True),
        sa.Column("evidence", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("comment", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.CheckConstraint(
            "score IS NULL OR (score >= 1 AND score <= 5)",
            name=op.f("ck_reassessment_score_score_1_to_5"),
        ),
        sa.ForeignKeyConstraint(
            ["partner_id"],
            ["partner.id"],
            name=op.f("fk_reassessment_score_partner_id_partner"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["reassessment_id"],
            ["reassessment.id"],
            name=op.f("fk_reassessment_score_reassessment_id_reassessment"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reassessment_score")),
        sa.UniqueConstraint(
            "reassessment_id", "partner_id", "criterion", name="uq_reassessment_score_cell"
        ),
    )
    with op.batch_alter_table("reassessment_score", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_reassessment_score_partner_id"), ["partner_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_reassessment_score_reassessment_id"), ["reassessment_id"], unique=False
        )


def downgrade() -> None:
    for table in TABLES:
        op.drop_table(table)
