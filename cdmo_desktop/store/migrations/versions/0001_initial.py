"""Initial schema: every table of the partnership desk.

Revision ID: 0001_initial
Revises:
Create Date: 2026-11-21

Generated from the SQLModel tables before the first release; frozen since (schema changes
are new revisions).
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

revision: str = "0001_initial"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_ = sqlmodel


def upgrade() -> None:
    op.create_table(
        "change_log",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("occurred_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("user", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("table_name", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("row_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column(
            "action",
            sa.Enum(
                "insert",
                "update",
                "delete",
                name="change_action",
                native_enum=False,
                create_constraint=True,
                length=14,
            ),
            nullable=False,
        ),
        sa.Column("field", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
        sa.Column("old_value", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("new_value", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("reason", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_change_log")),
    )
    with op.batch_alter_table("change_log", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_change_log_occurred_at"), ["occurred_at"], unique=False
        )
        batch_op.create_index("ix_change_log_row_time", ["row_id", "occurred_at"], unique=False)
        batch_op.create_index(
            "ix_change_log_table_time", ["table_name", "occurred_at"], unique=False
        )

    op.create_table(
        "client",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("legal_name", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
        sa.Column("registered_address", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("country", sqlmodel.sql.sqltypes.AutoString(length=2), nullable=False),
        sa.Column("notes", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.Column("archived_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_client")),
    )
    with op.batch_alter_table("client", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_client_archived"), ["archived"], unique=False)
        batch_op.create_index(batch_op.f("ix_client_name"), ["name"], unique=False)

    op.create_table(
        "partner",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("name_key", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("legal_name", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "cro",
                "cdmo",
                "cmo",
                "lab",
                name="partner_kind",
                native_enum=False,
                create_constraint=True,
                length=12,
            ),
            nullable=False,
        ),
        sa.Column("registered_address", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("website", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
        sa.Column("country", sqlmodel.sql.sqltypes.AutoString(length=2), nullable=False),
        sa.Column("city", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
        sa.Column(
            "region",
            sa.Enum(
                "north_america",
                "latin_america",
                "europe",
                "middle_east_africa",
                "asia_pacific",
                name="region",
                native_enum=False,
                create_constraint=True,
                length=26,
            ),
            nullable=True,
        ),
        sa.Column("time_zone", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("languages", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("capabilities", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("scales", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("technology_platforms", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column(
            "qualification_status",
            sa.Enum(
                "prospect",
                "under_evaluation",
                "qualified",
                "approved",
                "probation",
                "disqualified",
                name="qualification_status",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("last_audit_date", sa.Date(), nullable=True),
        sa.Column("next_audit_due", sa.Date(), nullable=True),
        sa.Column("cda_signed_date", sa.Date(), nullable=True),
        sa.Column("cda_expiry_date", sa.Date(), nullable=True),
        sa.Column("quality_agreement_date", sa.Date(), nullable=True),
        sa.Column("quality_agreement_expiry", sa.Date(), nullable=True),
        sa.Column("msa_signed_date", sa.Date(), nullable=True),
        sa.Column("notes", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.Column("archived_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.Column(
            "search_extra", sqlmodel.sql.sqltypes.AutoString(), server_default="", nullable=False
        ),
        sa.CheckConstraint(
            "cda_signed_date IS NULL OR cda_expiry_date IS NULL OR cda_expiry_date >= cda_signed_date",
            name=op.f("ck_partner_cda_expiry_date_not_before_cda_signed_date"),
        ),
        sa.CheckConstraint(
            "last_audit_date IS NULL OR next_audit_due IS NULL OR next_audit_due >= last_audit_date",
            name=op.f("ck_partner_next_audit_due_not_before_last_audit_date"),
        ),
        sa.CheckConstraint(
            "quality_agreement_date IS NULL OR quality_agreement_expiry IS NULL OR quality_agreement_expiry >= quality_agreement_date",
            name=op.f("ck_partner_quality_agreement_expiry_not_before_quality_agreement_date"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_partner")),
        sa.UniqueConstraint("name_key", name=op.f("uq_partner_name_key")),
    )
    with op.batch_alter_table("partner", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_partner_archived"), ["archived"], unique=False)
        batch_op.create_index("ix_partner_country_name_key", ["country", "name_key"], unique=False)
        batch_op.create_index("ix_partner_kind_name_key", ["kind", "name_key"], unique=False)
        batch_op.create_index(batch_op.f("ix_partner_name"), ["name"], unique=False)
        batch_op.create_index(
            "ix_partner_next_audit_due_name_key", ["next_audit_due", "name_key"], unique=False
        )
        batch_op.create_index(
            "ix_partner_qualification_status_name_key",
            ["qualification_status", "name_key"],
            unique=False,
        )
        batch_op.create_index("ix_partner_region_name_key", ["region", "name_key"], unique=False)
        batch_op.create_index(
            "ix_partner_register",
            [
                "name_key",
                "archived",
                "name",
                "city",
                "country",
                "capabilities",
                "search_extra",
                "kind",
                "region",
                "qualification_status",
                "next_audit_due",
                "id",
            ],
            unique=False,
        )

    op.create_table(
        "engagement",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("title", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("client_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("partner_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("program", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("compound", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column(
            "phase",
            sa.Enum(
                "discovery",
                "lead_optimization",
                "preclinical",
                "process_development",
                "scale_up",
                "clinical_supply",
                "commercial",
                name="phase",
                native_enum=False,
                create_constraint=True,
                length=27,
            ),
            nullable=False,
        ),
        sa.Column(
            "status",
            sa.Enum(
                "planned",
                "active",
                "on_hold",
                "closed",
                name="engagement_status",
                native_enum=False,
                create_constraint=True,
                length=15,
            ),
            nullable=False,
        ),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("budget_amount", sa.Numeric(precision=14, scale=2), nullable=True),
        sa.Column("budget_currency", sqlmodel.sql.sqltypes.AutoString(length=3), nullable=False),
        sa.Column(
            "rag",
            sa.Enum(
                "green",
                "amber",
                "red",
                name="rag",
                native_enum=False,
                create_constraint=True,
                length=13,
            ),
            nullable=True,
        ),
        sa.Column("description", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.Column("archived_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.CheckConstraint(
            "budget_amount IS NULL OR budget_amount >= 0",
            name=op.f("ck_engagement_budget_not_negative"),
        ),
        sa.CheckConstraint(
            "start_date IS NULL OR end_date IS NULL OR end_date >= start_date",
            name=op.f("ck_engagement_end_date_not_before_start_date"),
        ),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["client.id"],
            name=op.f("fk_engagement_client_id_client"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["partner_id"],
            ["partner.id"],
            name=op.f("fk_engagement_partner_id_partner"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_engagement")),
    )
    with op.batch_alter_table("engagement", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_engagement_archived"), ["archived"], unique=False)
        batch_op.create_index(batch_op.f("ix_engagement_client_id"), ["client_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_engagement_partner_id"), ["partner_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_engagement_phase"), ["phase"], unique=False)
        batch_op.create_index(batch_op.f("ix_engagement_start_date"), ["start_date"], unique=False)
        batch_op.create_index(batch_op.f("ix_engagement_status"), ["status"], unique=False)
        batch_op.create_index(batch_op.f("ix_engagement_title"), ["title"], unique=False)

    op.create_table(
        "partner_site",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("partner_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("city", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
        sa.Column("country", sqlmodel.sql.sqltypes.AutoString(length=2), nullable=False),
        sa.Column("time_zone", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("address", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("capabilities", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("notes", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.ForeignKeyConstraint(
            ["partner_id"],
            ["partner.id"],
            name=op.f("fk_partner_site_partner_id_partner"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_partner_site")),
    )
    with op.batch_alter_table("partner_site", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_partner_site_partner_id"), ["partner_id"], unique=False
        )

    op.create_table(
        "action_item",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("engagement_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("description", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("owner", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "open",
                "in_progress",
                "done",
                "cancelled",
                name="action_status",
                native_enum=False,
                create_constraint=True,
                length=19,
            ),
            nullable=False,
        ),
        sa.Column(
            "source",
            sa.Enum(
                "kickoff",
                "meeting",
                "other",
                name="action_source",
                native_enum=False,
                create_constraint=True,
                length=15,
            ),
            nullable=False,
        ),
        sa.Column(
            "raised_by",
            sa.Enum(
                "client",
                "partner",
                "consultant",
                name="side",
                native_enum=False,
                create_constraint=True,
                length=18,
            ),
            nullable=False,
        ),
        sa.Column("raised_date", sa.Date(), nullable=True),
        sa.Column("closed_date", sa.Date(), nullable=True),
        sa.Column("notes", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.ForeignKeyConstraint(
            ["engagement_id"],
            ["engagement.id"],
            name=op.f("fk_action_item_engagement_id_engagement"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_action_item")),
    )
    with op.batch_alter_table("action_item", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_action_item_due_date"), ["due_date"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_action_item_engagement_id"), ["engagement_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_action_item_raised_by"), ["raised_by"], unique=False)
        batch_op.create_index(batch_op.f("ix_action_item_status"), ["status"], unique=False)

    op.create_table(
        "agreement",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("title", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "master_services",
                "work_order",
                "quality",
                "confidentiality",
                "data_access",
                name="agreement_kind",
                native_enum=False,
                create_constraint=True,
                length=23,
            ),
            nullable=False,
        ),
        sa.Column(
            "status",
            sa.Enum(
                "draft",
                "in_review",
                "signed",
                "expired",
                "terminated",
                name="agreement_status",
                native_enum=False,
                create_constraint=True,
                length=18,
            ),
            nullable=False,
        ),
        sa.Column("partner_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("client_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("engagement_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
        sa.Column("reference", sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("effective_date", sa.Date(), nullable=True),
        sa.Column("expiry_date", sa.Date(), nullable=True),
        sa.Column("signed_date", sa.Date(), nullable=True),
        sa.Column("governing_law", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("recitals", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("client_signatory", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column(
            "client_signatory_title", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False
        ),
        sa.Column(
            "partner_signatory", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False
        ),
        sa.Column(
            "partner_signatory_title", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False
        ),
        sa.Column("notes", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.CheckConstraint(
            "effective_date IS NULL OR expiry_date IS NULL OR expiry_date >= effective_date",
            name=op.f("ck_agreement_expiry_date_not_before_effective_date"),
        ),
        sa.CheckConstraint("version >= 1", name=op.f("ck_agreement_version_positive")),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["client.id"],
            name=op.f("fk_agreement_client_id_client"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["engagement_id"],
            ["engagement.id"],
            name=op.f("fk_agreement_engagement_id_engagement"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["partner_id"],
            ["partner.id"],
            name=op.f("fk_agreement_partner_id_partner"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agreement")),
    )
    with op.batch_alter_table("agreement", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_agreement_client_id"), ["client_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_agreement_engagement_id"), ["engagement_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_agreement_kind"), ["kind"], unique=False)
        batch_op.create_index(batch_op.f("ix_agreement_partner_id"), ["partner_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_agreement_status"), ["status"], unique=False)
        batch_op.create_index(batch_op.f("ix_agreement_title"), ["title"], unique=False)

    op.create_table(
        "charter",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("engagement_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "draft",
                "agreed",
                name="charter_status",
                native_enum=False,
                create_constraint=True,
                length=14,
            ),
            nullable=False,
        ),
        sa.Column("who_summary", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("decision_maker", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("kickoff_date", sa.Date(), nullable=True),
        sa.Column("planned_start", sa.Date(), nullable=True),
        sa.Column("planned_end", sa.Date(), nullable=True),
        sa.Column("timeline_notes", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("where_notes", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("scope", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("deliverables", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("methods", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("quality_standards", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("tech_transfer", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("client_provides", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("client_approves", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("client_reviews", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("kickoff_place", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
        sa.Column("client_signatory", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("client_signed_date", sa.Date(), nullable=True),
        sa.Column(
            "partner_signatory", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False
        ),
        sa.Column("partner_signed_date", sa.Date(), nullable=True),
        sa.Column("agreed_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.Column("reopen_reason", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.CheckConstraint(
            "kickoff_date IS NULL OR client_signed_date IS NULL OR client_signed_date >= kickoff_date",
            name=op.f("ck_charter_client_signed_after_kickoff"),
        ),
        sa.CheckConstraint(
            "kickoff_date IS NULL OR partner_signed_date IS NULL OR partner_signed_date >= kickoff_date",
            name=op.f("ck_charter_partner_signed_after_kickoff"),
        ),
        sa.CheckConstraint(
            "planned_start IS NULL OR planned_end IS NULL OR planned_end >= planned_start",
            name=op.f("ck_charter_planned_end_not_before_planned_start"),
        ),
        sa.ForeignKeyConstraint(
            ["engagement_id"],
            ["engagement.id"],
            name=op.f("fk_charter_engagement_id_engagement"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_charter")),
        sa.UniqueConstraint("engagement_id", name=op.f("uq_charter_engagement_id")),
    )
    op.create_table(
        "contact",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("partner_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
        sa.Column("client_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
        sa.Column("site_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("role", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("email", sqlmodel.sql.sqltypes.AutoString(length=254), nullable=False),
        sa.Column("phone", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
        sa.Column("is_primary", sa.Boolean(), nullable=False),
        sa.Column("notes", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.CheckConstraint(
            "(partner_id IS NOT NULL AND client_id IS NULL) OR (partner_id IS NULL AND client_id IS NOT NULL)",
            name=op.f("ck_contact_one_organisation"),
        ),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["client.id"],
            name=op.f("fk_contact_client_id_client"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["partner_id"],
            ["partner.id"],
            name=op.f("fk_contact_partner_id_partner"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["site_id"],
            ["partner_site.id"],
            name=op.f("fk_contact_site_id_partner_site"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact")),
    )
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contact_client_id"), ["client_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_contact_name"), ["name"], unique=False)
        batch_op.create_index(batch_op.f("ix_contact_partner_id"), ["partner_id"], unique=False)
        batch_op.create_index(
            "ix_contact_primary",
            ["partner_id", "name"],
            unique=False,
            sqlite_where=sa.text("is_primary = 1"),
            postgresql_where=sa.text("is_primary"),
        )
        batch_op.create_index(
            "ix_contact_primary_name",
            ["name"],
            unique=False,
            sqlite_where=sa.text("is_primary = 1"),
            postgresql_where=sa.text("is_primary"),
        )
        batch_op.create_index(batch_op.f("ix_contact_site_id"), ["site_id"], unique=False)

    op.create_table(
        "escalation_level",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("engagement_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("who", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
        sa.Column("when_to_escalate", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("response_time_hours", sa.Integer(), nullable=True),
        sa.CheckConstraint("level >= 1", name=op.f("ck_escalation_level_level_positive")),
        sa.CheckConstraint(
            "response_time_hours IS NULL OR response_time_hours >= 0",
            name=op.f("ck_escalation_level_response_not_negative"),
        ),
        sa.ForeignKeyConstraint(
            ["engagement_id"],
            ["engagement.id"],
            name=op.f("fk_escalation_level_engagement_id_engagement"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_escalation_level")),
    )
    with op.batch_alter_table("escalation_level", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_escalation_level_engagement_id"), ["engagement_id"], unique=False
        )

    op.create_table(
        "gmp_inspection",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("partner_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("site_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
        sa.Column(
            "authority",
            sa.Enum(
                "fda",
                "ema",
                "mhra",
                "pmda",
                "health_canada",
                "nmpa",
                "anvisa",
                "tga",
                "swissmedic",
                "national_eu",
                "other",
                name="inspection_authority",
                native_enum=False,
                create_constraint=True,
                length=21,
            ),
            nullable=False,
        ),
        sa.Column("inspection_date", sa.Date(), nullable=False),
        sa.Column(
            "outcome",
            sa.Enum(
                "nai",
                "vai",
                "oai",
                "form_483",
                "gmp_certificate",
                "non_compliance",
                "other",
                name="inspection_outcome",
                native_enum=False,
                create_constraint=True,
                length=23,
            ),
            nullable=False,
        ),
        sa.Column("observations", sa.Integer(), nullable=False),
        sa.Column("notes", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.CheckConstraint(
            "observations >= 0", name=op.f("ck_gmp_inspection_observations_not_negative")
        ),
        sa.ForeignKeyConstraint(
            ["partner_id"],
            ["partner.id"],
            name=op.f("fk_gmp_inspection_partner_id_partner"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["site_id"],
            ["partner_site.id"],
            name=op.f("fk_gmp_inspection_site_id_partner_site"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_gmp_inspection")),
    )
    with op.batch_alter_table("gmp_inspection", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_gmp_inspection_partner_id"), ["partner_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_gmp_inspection_site_id"), ["site_id"], unique=False)

    op.create_table(
        "milestone",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("engagement_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "task",
                "milestone",
                "decision_gate",
                name="milestone_kind",
                native_enum=False,
                create_constraint=True,
                length=21,
            ),
            nullable=False,
        ),
        sa.Column(
            "phase",
            sa.Enum(
                "discovery",
                "lead_optimization",
                "preclinical",
                "process_development",
                "scale_up",
                "clinical_supply",
                "commercial",
                name="phase",
                native_enum=False,
                create_constraint=True,
                length=27,
            ),
            nullable=True,
        ),
        sa.Column(
            "owner_side",
            sa.Enum(
                "client",
                "partner",
                "consultant",
                name="side",
                native_enum=False,
                create_constraint=True,
                length=18,
            ),
            nullable=False,
        ),
        sa.Column("planned_start", sa.Date(), nullable=False),
        sa.Column("planned_finish", sa.Date(), nullable=False),
        sa.Column("baseline_start", sa.Date(), nullable=True),
        sa.Column("baseline_finish", sa.Date(), nullable=True),
        sa.Column("actual_start", sa.Date(), nullable=True),
        sa.Column("actual_finish", sa.Date(), nullable=True),
        sa.Column("percent_complete", sa.Integer(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "not_started",
                "in_progress",
                "done",
                "cancelled",
                name="milestone_status",
                native_enum=False,
                create_constraint=True,
                length=19,
            ),
            nullable=False,
        ),
        sa.Column("contract_fixed", sa.Boolean(), nullable=False),
        sa.Column(
            "gate_outcome",
            sa.Enum(
                "go",
                "no_go",
                "go_with_conditions",
                "deferred",
                name="gate_outcome",
                native_enum=False,
                create_constraint=True,
                length=26,
            ),
            nullable=True,
        ),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("notes", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.CheckConstraint(
            "actual_start IS NULL OR actual_finish IS NULL OR actual_finish >= actual_start",
            name=op.f("ck_milestone_actual_finish_not_before_actual_start"),
        ),
        sa.CheckConstraint(
            "baseline_start IS NULL OR baseline_finish IS NULL OR baseline_finish >= baseline_start",
            name=op.f("ck_milestone_baseline_finish_not_before_baseline_start"),
        ),
        sa.CheckConstraint(
            "percent_complete >= 0 AND percent_complete <= 100",
            name=op.f("ck_milestone_percent_0_to_100"),
        ),
        sa.CheckConstraint(
            "planned_start IS NULL OR planned_finish IS NULL OR planned_finish >= planned_start",
            name=op.f("ck_milestone_planned_finish_not_before_planned_start"),
        ),
        sa.ForeignKeyConstraint(
            ["engagement_id"],
            ["engagement.id"],
            name=op.f("fk_milestone_engagement_id_engagement"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_milestone")),
    )
    with op.batch_alter_table("milestone", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_milestone_engagement_id"), ["engagement_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_milestone_kind"), ["kind"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_milestone_planned_finish"), ["planned_finish"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_milestone_planned_start"), ["planned_start"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_milestone_position"), ["position"], unique=False)
        batch_op.create_index(batch_op.f("ix_milestone_status"), ["status"], unique=False)

    op.create_table(
        "partner_audit",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("partner_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("site_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
        sa.Column("audit_date", sa.Date(), nullable=False),
        sa.Column(
            "audit_type",
            sa.Enum(
                "qualification",
                "routine",
                "for_cause",
                "remote",
                "paper",
                name="audit_type",
                native_enum=False,
                create_constraint=True,
                length=21,
            ),
            nullable=False,
        ),
        sa.Column(
            "status",
            sa.Enum(
                "planned",
                "done",
                "cancelled",
                name="audit_status",
                native_enum=False,
                create_constraint=True,
                length=17,
            ),
            nullable=False,
        ),
        sa.Column("auditor", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column(
            "outcome",
            sa.Enum(
                "passed",
                "passed_with_observations",
                "failed",
                "pending",
                name="audit_outcome",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("observations", sa.Integer(), nullable=False),
        sa.Column("next_due", sa.Date(), nullable=True),
        sa.Column("notes", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.CheckConstraint(
            "audit_date IS NULL OR next_due IS NULL OR next_due >= audit_date",
            name=op.f("ck_partner_audit_next_due_not_before_audit_date"),
        ),
        sa.ForeignKeyConstraint(
            ["partner_id"],
            ["partner.id"],
            name=op.f("fk_partner_audit_partner_id_partner"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["site_id"],
            ["partner_site.id"],
            name=op.f("fk_partner_audit_site_id_partner_site"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_partner_audit")),
    )
    with op.batch_alter_table("partner_audit", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_partner_audit_partner_id"), ["partner_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_partner_audit_site_id"), ["site_id"], unique=False)

    op.create_table(
        "status_report",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("engagement_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column(
            "overall_status",
            sa.Enum(
                "green",
                "amber",
                "red",
                name="rag",
                native_enum=False,
                create_constraint=True,
                length=13,
            ),
            nullable=False,
        ),
        sa.Column("summary", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("highlights", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("asks_of_partner", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("asks_of_client", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("prepared_by", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("prepared_on", sa.Date(), nullable=False),
        sa.Column("snapshot_json", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.CheckConstraint(
            "period_start IS NULL OR period_end IS NULL OR period_end >= period_start",
            name=op.f("ck_status_report_period_end_not_before_period_start"),
        ),
        sa.ForeignKeyConstraint(
            ["engagement_id"],
            ["engagement.id"],
            name=op.f("fk_status_report_engagement_id_engagement"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_status_report")),
    )
    with op.batch_alter_table("status_report", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_status_report_engagement_id"), ["engagement_id"], unique=False
        )

    op.create_table(
        "success_metric",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("engagement_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("metric", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
        sa.Column("target", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
        sa.Column("how_measured", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.ForeignKeyConstraint(
            ["engagement_id"],
            ["engagement.id"],
            name=op.f("fk_success_metric_engagement_id_engagement"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_success_metric")),
    )
    with op.batch_alter_table("success_metric", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_success_metric_engagement_id"), ["engagement_id"], unique=False
        )

    op.create_table(
        "team_member",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("engagement_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column(
            "side",
            sa.Enum(
                "client",
                "partner",
                "consultant",
                name="side",
                native_enum=False,
                create_constraint=True,
                length=18,
            ),
            nullable=False,
        ),
        sa.Column("organisation", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("role", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("email", sqlmodel.sql.sqltypes.AutoString(length=254), nullable=False),
        sa.Column("phone", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
        sa.Column("is_decision_maker", sa.Boolean(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["engagement_id"],
            ["engagement.id"],
            name=op.f("fk_team_member_engagement_id_engagement"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_team_member")),
    )
    with op.batch_alter_table("team_member", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_team_member_engagement_id"), ["engagement_id"], unique=False
        )

    op.create_table(
        "workstream",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("engagement_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["engagement_id"],
            ["engagement.id"],
            name=op.f("fk_workstream_engagement_id_engagement"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_workstream")),
    )
    with op.batch_alter_table("workstream", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_workstream_engagement_id"), ["engagement_id"], unique=False
        )

    op.create_table(
        "agreement_clause",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("agreement_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("clause_key", sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
        sa.Column("heading", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
        sa.Column("body", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agreement_id"],
            ["agreement.id"],
            name=op.f("fk_agreement_clause_agreement_id_agreement"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agreement_clause")),
    )
    with op.batch_alter_table("agreement_clause", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_agreement_clause_agreement_id"), ["agreement_id"], unique=False
        )

    op.create_table(
        "charter_site",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("charter_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("site_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["charter_id"],
            ["charter.id"],
            name=op.f("fk_charter_site_charter_id_charter"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["site_id"],
            ["partner_site.id"],
            name=op.f("fk_charter_site_site_id_partner_site"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_charter_site")),
        sa.UniqueConstraint("charter_id", "site_id", name="uq_charter_site_pair"),
    )
    with op.batch_alter_table("charter_site", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_charter_site_charter_id"), ["charter_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_charter_site_site_id"), ["site_id"], unique=False)

    op.create_table(
        "communication_channel",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("engagement_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "meeting",
                "call",
                "written_report",
                "data_exchange",
                "site_visit",
                name="channel_kind",
                native_enum=False,
                create_constraint=True,
                length=22,
            ),
            nullable=False,
        ),
        sa.Column("purpose", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column(
            "cadence",
            sa.Enum(
                "daily",
                "weekly",
                "biweekly",
                "monthly",
                "quarterly",
                "ad_hoc",
                name="cadence",
                native_enum=False,
                create_constraint=True,
                length=17,
            ),
            nullable=False,
        ),
        sa.Column("owner_member_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
        sa.Column("owner", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("participants", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("medium", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("anchor_date", sa.Date(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["engagement_id"],
            ["engagement.id"],
            name=op.f("fk_communication_channel_engagement_id_engagement"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["owner_member_id"],
            ["team_member.id"],
            name=op.f("fk_communication_channel_owner_member_id_team_member"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_communication_channel")),
    )
    with op.batch_alter_table("communication_channel", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_communication_channel_engagement_id"), ["engagement_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_communication_channel_owner_member_id"),
            ["owner_member_id"],
            unique=False,
        )

    op.create_table(
        "data_share",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("engagement_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("item", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
        sa.Column(
            "direction",
            sa.Enum(
                "to_partner",
                "from_partner",
                name="share_direction",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("purpose", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("reason_needed", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("agreement_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
        sa.Column("agreement_ref", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("restrictions", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("shared_date", sa.Date(), nullable=True),
        sa.Column("shared_by", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["agreement_id"],
            ["agreement.id"],
            name=op.f("fk_data_share_agreement_id_agreement"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["engagement_id"],
            ["engagement.id"],
            name=op.f("fk_data_share_engagement_id_engagement"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_data_share")),
    )
    with op.batch_alter_table("data_share", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_data_share_agreement_id"), ["agreement_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_data_share_engagement_id"), ["engagement_id"], unique=False
        )

    op.create_table(
        "decision",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("engagement_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("decision_date", sa.Date(), nullable=False),
        sa.Column("title", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
        sa.Column("options_considered", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("decision", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("rationale", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("decided_by", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("milestone_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
        sa.Column(
            "gate_outcome",
            sa.Enum(
                "go",
                "no_go",
                "go_with_conditions",
                "deferred",
                name="gate_outcome",
                native_enum=False,
                create_constraint=True,
                length=26,
            ),
            nullable=True,
        ),
        sa.ForeignKeyConstraint(
            ["engagement_id"],
            ["engagement.id"],
            name=op.f("fk_decision_engagement_id_engagement"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["milestone_id"],
            ["milestone.id"],
            name=op.f("fk_decision_milestone_id_milestone"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_decision")),
    )
    with op.batch_alter_table("decision", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_decision_decision_date"), ["decision_date"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_decision_engagement_id"), ["engagement_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_decision_milestone_id"), ["milestone_id"], unique=False
        )

    op.create_table(
        "kickoff_attendee",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("charter_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("team_member_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["charter_id"],
            ["charter.id"],
            name=op.f("fk_kickoff_attendee_charter_id_charter"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["team_member_id"],
            ["team_member.id"],
            name=op.f("fk_kickoff_attendee_team_member_id_team_member"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_kickoff_attendee")),
        sa.UniqueConstraint("charter_id", "team_member_id", name="uq_kickoff_attendee_pair"),
    )
    with op.batch_alter_table("kickoff_attendee", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_kickoff_attendee_charter_id"), ["charter_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_kickoff_attendee_team_member_id"), ["team_member_id"], unique=False
        )

    op.create_table(
        "milestone_dependency",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("predecessor_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("successor_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "fs",
                "ss",
                name="dependency_kind",
                native_enum=False,
                create_constraint=True,
                length=10,
            ),
            nullable=False,
        ),
        sa.Column("lag_days", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "predecessor_id <> successor_id", name=op.f("ck_milestone_dependency_not_self")
        ),
        sa.ForeignKeyConstraint(
            ["predecessor_id"],
            ["milestone.id"],
            name=op.f("fk_milestone_dependency_predecessor_id_milestone"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["successor_id"],
            ["milestone.id"],
            name=op.f("fk_milestone_dependency_successor_id_milestone"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_milestone_dependency")),
        sa.UniqueConstraint("predecessor_id", "successor_id", name="uq_milestone_dependency_pair"),
    )
    with op.batch_alter_table("milestone_dependency", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_milestone_dependency_predecessor_id"), ["predecessor_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_milestone_dependency_successor_id"), ["successor_id"], unique=False
        )

    op.create_table(
        "raci_assignment",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("workstream_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("team_member_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column(
            "role",
            sa.Enum(
                "R",
                "A",
                "C",
                "I",
                name="raci_role",
                native_enum=False,
                create_constraint=True,
                length=9,
            ),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["team_member_id"],
            ["team_member.id"],
            name=op.f("fk_raci_assignment_team_member_id_team_member"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["workstream_id"],
            ["workstream.id"],
            name=op.f("fk_raci_assignment_workstream_id_workstream"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_raci_assignment")),
        sa.UniqueConstraint("workstream_id", "team_member_id", name="uq_raci_assignment_cell"),
    )
    with op.batch_alter_table("raci_assignment", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_raci_assignment_team_member_id"), ["team_member_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_raci_assignment_workstream_id"), ["workstream_id"], unique=False
        )

    op.create_table(
        "risk",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("engagement_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("title", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
        sa.Column("description", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column(
            "category",
            sa.Enum(
                "technical",
                "supply",
                "quality",
                "regulatory",
                "schedule",
                "cost",
                "communication",
                "ip_confidentiality",
                "people",
                name="risk_category",
                native_enum=False,
                create_constraint=True,
                length=26,
            ),
            nullable=False,
        ),
        sa.Column("likelihood", sa.Integer(), nullable=False),
        sa.Column("impact", sa.Integer(), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column(
            "level",
            sa.Enum(
                "low",
                "medium",
                "high",
                "critical",
                name="risk_level",
                native_enum=False,
                create_constraint=True,
                length=16,
            ),
            nullable=False,
        ),
        sa.Column("residual_likelihood", sa.Integer(), nullable=True),
        sa.Column("residual_impact", sa.Integer(), nullable=True),
        sa.Column("cause", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("trigger", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("mitigation", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("contingency", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("owner", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "open",
                "monitoring",
                "mitigating",
                "closed",
                "realized",
                name="risk_status",
                native_enum=False,
                create_constraint=True,
                length=18,
            ),
            nullable=False,
        ),
        sa.Column(
            "raised_by",
            sa.Enum(
                "client",
                "partner",
                "consultant",
                name="side",
                native_enum=False,
                create_constraint=True,
                length=18,
            ),
            nullable=False,
        ),
        sa.Column("raised_date", sa.Date(), nullable=True),
        sa.Column("review_cadence_days", sa.Integer(), nullable=True),
        sa.Column("next_review_date", sa.Date(), nullable=True),
        sa.Column("milestone_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
        sa.Column("closed_date", sa.Date(), nullable=True),
        sa.Column("closure_note", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column(
            "realized_decision_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True
        ),
        sa.CheckConstraint(
            "impact IS NULL OR (impact >= 1 AND impact <= 5)", name=op.f("ck_risk_impact_1_to_5")
        ),
        sa.CheckConstraint(
            "likelihood IS NULL OR (likelihood >= 1 AND likelihood <= 5)",
            name=op.f("ck_risk_likelihood_1_to_5"),
        ),
        sa.CheckConstraint("number >= 1", name=op.f("ck_risk_number_positive")),
        sa.CheckConstraint(
            "raised_date IS NULL OR closed_date IS NULL OR closed_date >= raised_date",
            name=op.f("ck_risk_closed_date_not_before_raised_date"),
        ),
        sa.CheckConstraint(
            "raised_date IS NULL OR next_review_date IS NULL OR next_review_date >= raised_date",
            name=op.f("ck_risk_next_review_date_not_before_raised_date"),
        ),
        sa.CheckConstraint(
            "residual_impact IS NULL OR (residual_impact >= 1 AND residual_impact <= 5)",
            name=op.f("ck_risk_residual_impact_1_to_5"),
        ),
        sa.CheckConstraint(
            "residual_likelihood IS NULL OR (residual_likelihood >= 1 AND residual_likelihood <= 5)",
            name=op.f("ck_risk_residual_likelihood_1_to_5"),
        ),
        sa.CheckConstraint(
            "review_cadence_days IS NULL OR review_cadence_days > 0",
            name=op.f("ck_risk_cadence_positive"),
        ),
        sa.ForeignKeyConstraint(
            ["engagement_id"],
            ["engagement.id"],
            name=op.f("fk_risk_engagement_id_engagement"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["milestone_id"],
            ["milestone.id"],
            name=op.f("fk_risk_milestone_id_milestone"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["realized_decision_id"],
            ["decision.id"],
            name=op.f("fk_risk_realized_decision_id_decision"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_risk")),
        sa.UniqueConstraint("engagement_id", "number", name="uq_risk_engagement_number"),
    )
    with op.batch_alter_table("risk", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_risk_category"), ["category"], unique=False)
        batch_op.create_index(
            "ix_risk_heat",
            ["likelihood", "impact", "residual_likelihood", "residual_impact", "status", "level"],
            unique=False,
        )
        batch_op.create_index(batch_op.f("ix_risk_impact"), ["impact"], unique=False)
        batch_op.create_index(
            "ix_risk_level_grid",
            [
                "level",
                "status",
                "likelihood",
                "impact",
                "residual_likelihood",
                "residual_impact",
                "score",
                "next_review_date",
            ],
            unique=False,
        )
        batch_op.create_index(batch_op.f("ix_risk_likelihood"), ["likelihood"], unique=False)
        batch_op.create_index(batch_op.f("ix_risk_milestone_id"), ["milestone_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_risk_next_review_date"), ["next_review_date"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_risk_owner"), ["owner"], unique=False)
        batch_op.create_index(batch_op.f("ix_risk_raised_by"), ["raised_by"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_risk_realized_decision_id"), ["realized_decision_id"], unique=False
        )
        batch_op.create_index(
            "ix_risk_review_due",
            [
                "next_review_date",
                "status",
                "likelihood",
                "impact",
                "residual_likelihood",
                "residual_impact",
            ],
            unique=False,
        )
        batch_op.create_index(batch_op.f("ix_risk_score"), ["score"], unique=False)
        batch_op.create_index(batch_op.f("ix_risk_status"), ["status"], unique=False)
        batch_op.create_index(batch_op.f("ix_risk_title"), ["title"], unique=False)

    op.create_table(
        "risk_review",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("risk_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("review_date", sa.Date(), nullable=False),
        sa.Column("note", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("reviewed_by", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("likelihood", sa.Integer(), nullable=True),
        sa.Column("impact", sa.Integer(), nullable=True),
        sa.Column("residual_likelihood", sa.Integer(), nullable=True),
        sa.Column("residual_impact", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "impact IS NULL OR (impact >= 1 AND impact <= 5)",
            name=op.f("ck_risk_review_impact_1_to_5"),
        ),
        sa.CheckConstraint(
            "likelihood IS NULL OR (likelihood >= 1 AND likelihood <= 5)",
            name=op.f("ck_risk_review_likelihood_1_to_5"),
        ),
        sa.CheckConstraint(
            "residual_impact IS NULL OR (residual_impact >= 1 AND residual_impact <= 5)",
            name=op.f("ck_risk_review_residual_impact_1_to_5"),
        ),
        sa.CheckConstraint(
            "residual_likelihood IS NULL OR (residual_likelihood >= 1 AND residual_likelihood <= 5)",
            name=op.f("ck_risk_review_residual_likelihood_1_to_5"),
        ),
        sa.ForeignKeyConstraint(
            ["risk_id"], ["risk.id"], name=op.f("fk_risk_review_risk_id_risk"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_risk_review")),
    )
    with op.batch_alter_table("risk_review", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_risk_review_risk_id"), ["risk_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("risk_review", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_risk_review_risk_id"))

    op.drop_table("risk_review")
    with op.batch_alter_table("risk", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_risk_title"))
        batch_op.drop_index(batch_op.f("ix_risk_status"))
        batch_op.drop_index(batch_op.f("ix_risk_score"))
        batch_op.drop_index("ix_risk_review_due")
        batch_op.drop_index(batch_op.f("ix_risk_realized_decision_id"))
        batch_op.drop_index(batch_op.f("ix_risk_raised_by"))
        batch_op.drop_index(batch_op.f("ix_risk_owner"))
        batch_op.drop_index(batch_op.f("ix_risk_next_review_date"))
        batch_op.drop_index(batch_op.f("ix_risk_milestone_id"))
        batch_op.drop_index(batch_op.f("ix_risk_likelihood"))
        batch_op.drop_index("ix_risk_level_grid")
        batch_op.drop_index(batch_op.f("ix_risk_impact"))
        batch_op.drop_index("ix_risk_heat")
        batch_op.drop_index(batch_op.f("ix_risk_category"))

    op.drop_table("risk")
    with op.batch_alter_table("raci_assignment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_raci_assignment_workstream_id"))
        batch_op.drop_index(batch_op.f("ix_raci_assignment_team_member_id"))

    op.drop_table("raci_assignment")
    with op.batch_alter_table("milestone_dependency", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_milestone_dependency_successor_id"))
        batch_op.drop_index(batch_op.f("ix_milestone_dependency_predecessor_id"))

    op.drop_table("milestone_dependency")
    with op.batch_alter_table("kickoff_attendee", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_kickoff_attendee_team_member_id"))
        batch_op.drop_index(batch_op.f("ix_kickoff_attendee_charter_id"))

    op.drop_table("kickoff_attendee")
    with op.batch_alter_table("decision", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_decision_milestone_id"))
        batch_op.drop_index(batch_op.f("ix_decision_engagement_id"))
        batch_op.drop_index(batch_op.f("ix_decision_decision_date"))

    op.drop_table("decision")
    with op.batch_alter_table("data_share", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_data_share_engagement_id"))
        batch_op.drop_index(batch_op.f("ix_data_share_agreement_id"))

    op.drop_table("data_share")
    with op.batch_alter_table("communication_channel", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_communication_channel_owner_member_id"))
        batch_op.drop_index(batch_op.f("ix_communication_channel_engagement_id"))

    op.drop_table("communication_channel")
    with op.batch_alter_table("charter_site", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_charter_site_site_id"))
        batch_op.drop_index(batch_op.f("ix_charter_site_charter_id"))

    op.drop_table("charter_site")
    with op.batch_alter_table("agreement_clause", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agreement_clause_agreement_id"))

    op.drop_table("agreement_clause")
    with op.batch_alter_table("workstream", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_workstream_engagement_id"))

    op.drop_table("workstream")
    with op.batch_alter_table("team_member", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_team_member_engagement_id"))

    op.drop_table("team_member")
    with op.batch_alter_table("success_metric", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_success_metric_engagement_id"))

    op.drop_table("success_metric")
    with op.batch_alter_table("status_report", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_status_report_engagement_id"))

    op.drop_table("status_report")
    with op.batch_alter_table("partner_audit", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_partner_audit_site_id"))
        batch_op.drop_index(batch_op.f("ix_partner_audit_partner_id"))

    op.drop_table("partner_audit")
    with op.batch_alter_table("milestone", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_milestone_status"))
        batch_op.drop_index(batch_op.f("ix_milestone_position"))
        batch_op.drop_index(batch_op.f("ix_milestone_planned_start"))
        batch_op.drop_index(batch_op.f("ix_milestone_planned_finish"))
        batch_op.drop_index(batch_op.f("ix_milestone_kind"))
        batch_op.drop_index(batch_op.f("ix_milestone_engagement_id"))

    op.drop_table("milestone")
    with op.batch_alter_table("gmp_inspection", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_gmp_inspection_site_id"))
        batch_op.drop_index(batch_op.f("ix_gmp_inspection_partner_id"))

    op.drop_table("gmp_inspection")
    with op.batch_alter_table("escalation_level", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_escalation_level_engagement_id"))

    op.drop_table("escalation_level")
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contact_site_id"))
        batch_op.drop_index(
            "ix_contact_primary_name",
            sqlite_where=sa.text("is_primary = 1"),
            postgresql_where=sa.text("is_primary"),
        )
        batch_op.drop_index(
            "ix_contact_primary",
            sqlite_where=sa.text("is_primary = 1"),
            postgresql_where=sa.text("is_primary"),
        )
        batch_op.drop_index(batch_op.f("ix_contact_partner_id"))
        batch_op.drop_index(batch_op.f("ix_contact_name"))
        batch_op.drop_index(batch_op.f("ix_contact_client_id"))

    op.drop_table("contact")
    op.drop_table("charter")
    with op.batch_alter_table("agreement", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agreement_title"))
        batch_op.drop_index(batch_op.f("ix_agreement_status"))
        batch_op.drop_index(batch_op.f("ix_agreement_partner_id"))
        batch_op.drop_index(batch_op.f("ix_agreement_kind"))
        batch_op.drop_index(batch_op.f("ix_agreement_engagement_id"))
        batch_op.drop_index(batch_op.f("ix_agreement_client_id"))

    op.drop_table("agreement")
    with op.batch_alter_table("action_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_action_item_status"))
        batch_op.drop_index(batch_op.f("ix_action_item_raised_by"))
        batch_op.drop_index(batch_op.f("ix_action_item_engagement_id"))
        batch_op.drop_index(batch_op.f("ix_action_item_due_date"))

    op.drop_table("action_item")
    with op.batch_alter_table("partner_site", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_partner_site_partner_id"))

    op.drop_table("partner_site")
    with op.batch_alter_table("engagement", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_engagement_title"))
        batch_op.drop_index(batch_op.f("ix_engagement_status"))
        batch_op.drop_index(batch_op.f("ix_engagement_start_date"))
        batch_op.drop_index(batch_op.f("ix_engagement_phase"))
        batch_op.drop_index(batch_op.f("ix_engagement_partner_id"))
        batch_op.drop_index(batch_op.f("ix_engagement_client_id"))
        batch_op.drop_index(batch_op.f("ix_engagement_archived"))

    op.drop_table("engagement")
    with op.batch_alter_table("partner", schema=None) as batch_op:
        batch_op.drop_index("ix_partner_register")
        batch_op.drop_index("ix_partner_region_name_key")
        batch_op.drop_index("ix_partner_qualification_status_name_key")
        batch_op.drop_index("ix_partner_next_audit_due_name_key")
        batch_op.drop_index(batch_op.f("ix_partner_name"))
        batch_op.drop_index("ix_partner_kind_name_key")
        batch_op.drop_index("ix_partner_country_name_key")
        batch_op.drop_index(batch_op.f("ix_partner_archived"))

    op.drop_table("partner")
    with op.batch_alter_table("client", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_client_name"))
        batch_op.drop_index(batch_op.f("ix_client_archived"))

    op.drop_table("client")
    with op.batch_alter_table("change_log", schema=None) as batch_op:
        batch_op.drop_index("ix_change_log_table_time")
        batch_op.drop_index("ix_change_log_row_time")
        batch_op.drop_index(batch_op.f("ix_change_log_occurred_at"))

    op.drop_table("change_log")
