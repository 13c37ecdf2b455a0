"""Full-text indexes for the search across everything (issue 18, store.search_everything):
decisions, action items, milestones, charters, agreements and contacts get one each, as
partners, engagements and risks have had since 0006-0008 (store.fulltext.INDEXES).

SQLite: an FTS5 index per table with the table as its external content and three
triggers that keep it current for every write; filled from the rows already there.
PostgreSQL: a GIN index on the words of the columns (`cdmo_words`), which the server
keeps current itself. The change log gets no index of its own: the search shows the
latest entries of the records it found, along ix_change_log_row_time.

Revision ID: 0021_search_everything
Revises: 0020_scale_lists
Create Date: 2026-12-03
"""

from collections.abc import Sequence

from alembic import op

from cdmo_desktop.store import fulltext

revision: str = "0021_search_everything"
down_revision: str | None = "0020_scale_lists"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The indexes this revision makes, with their columns as it makes them (a later revision
# that changes an index's columns leaves this list as it is).
INDEXES: tuple[fulltext.Index, ...] = (
    fulltext.Index(
        "decision_fts",
        "decision",
        ("title", "decision", "rationale", "options_considered", "decided_by"),
    ),
    fulltext.Index("action_item_fts", "action_item", ("description", "owner", "notes")),
    fulltext.Index("milestone_fts", "milestone", ("name", "notes")),
    fulltext.Index(
        "charter_fts",
        "charter",
        (
            "scope",
            "deliverables",
            "who_summary",
            "decision_maker",
            "timeline_notes",
            "where_notes",
            "methods",
            "quality_standards",
            "tech_transfer",
            "client_provides",
            "client_approves",
            "client_reviews",
            "kickoff_place",
            "client_signatory",
            "partner_signatory",
        ),
    ),
    fulltext.Index(
        "agreement_fts",
        "agreement",
        (
            "title",
            "reference",
            "governing_law",
            "client_signatory",
            "partner_signatory",
            "recitals",
            "notes",
        ),
    ),
    fulltext.Index("contact_fts", "contact", ("name", "role", "email", "notes")),
)


def upgrade() -> None:
    conn = op.get_bind()
    for index in INDEXES:
        fulltext.create(conn, index.name, index.table, index.columns)


def downgrade() -> None:
    conn = op.get_bind()
    for index in reversed(INDEXES):
        fulltext.drop(conn, index.name)
