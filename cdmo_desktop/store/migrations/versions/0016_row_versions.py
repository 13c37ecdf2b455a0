"""Row versions: every editable table gets `row_version INTEGER NOT NULL DEFAULT 1`.

Named `row_version`, not `version`: an agreement already has a `version` (the document's
version number the user sets).

The ORM checks it in each UPDATE and DELETE and bumps it (the mapper's
`version_id_col`, see domain.models.base.Entity), and a form's save names the versions of
the rows it opened (store.conflicts): a row someone else saved meanwhile is refused instead
of overwritten. Existing rows start at 1. Plain ADD COLUMN on both SQLite and PostgreSQL
(no table rebuild, so no foreign-key cascade can fire).

Revision ID: 0016_row_versions
Revises: 0015_scale_rest
Create Date: 2026-12-03
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0016_row_versions"
down_revision: str | None = "0015_scale_rest"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Every table of domain.models.Entity at this revision (the change log and the erasure
# records are written once and never edited).
VERSIONED = (
    "client",
    "kpi_definition",
    "partner",
    "engagement",
    "partner_site",
    "action_item",
    "agreement",
    "charter",
    "contact",
    "escalation_level",
    "gmp_inspection",
    "milestone",
    "partner_audit",
    "schedule_baseline",
    "site_closure",
    "status_report",
    "team_member",
    "workstream",
    "agreement_clause",
    "baseline_date",
    "charter_site",
    "communication_channel",
    "data_share",
    "decision",
    "engagement_kpi",
    "kickoff_attendee",
    "milestone_dependency",
    "raci_assignment",
    "kpi_measurement",
    "reassessment",
    "risk",
    "reassessment_candidate",
    "reassessment_score",
    "risk_review",
)


def upgrade() -> None:
    for table in VERSIONED:
        op.execute(f"ALTER TABLE {table} ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1")


def downgrade() -> None:
    for table in VERSIONED:
        op.execute(f"ALTER TABLE {table} DROP COLUMN row_version")
