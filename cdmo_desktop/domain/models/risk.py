"""Risks of an engagement and their reviews."""

from __future__ import annotations

from datetime import date

import sqlalchemy as sa
from sqlmodel import Field

from cdmo_desktop.domain.enums import RiskCategory, RiskLevel, RiskStatus, Side
from cdmo_desktop.domain.models.base import Entity, check, dates_ordered, enum_field, fk
from cdmo_desktop.domain.risk_review import ACTIVE_STATUSES

# (index name, columns before the id) of the register's sort orders.
SORT_INDEXES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("title", ("title",)),
    ("category", ("category",)),
    ("likelihood", ("likelihood",)),
    ("impact", ("impact",)),
    ("score", ("score",)),
    ("level", ("level_rank", "score")),
    ("owner", ("owner",)),
    ("status", ("status_rank",)),
    ("review", ("review_key",)),
    ("raised_by", ("raised_by",)),
    ("milestone", ("milestone_name",)),
    ("engagement", ("engagement_title", "engagement_id", "number")),
)
_TAIL = {name: ("id",) if name == "status" else ("id", "status") for name, _ in SORT_INDEXES}
DUE_INDEX = (
    "review_key",
    "status",
    "level",
    "category",
    "likelihood",
    "impact",
    "residual_likelihood",
    "residual_impact",
)
CELL_INDEX = ("likelihood", "impact", "score", "id", "status", "review_key")
"""A heat-map cell's risks in score order (the register's default order) from the cell's
own index range, and counted there when due for review."""
LIVE_REVIEW_INDEX = "ix_risk_live_review"
LIVE_WHERE = "status IN (" + ", ".join(f"'{s.value}'" for s in ACTIVE_STATUSES) + ")"
"""The live risks in review order (revision 0023_risk_review_order): the register's default
filter sorted by next review, latest first, starts at the live risks instead of stepping
over every closed one (closed risks have no review date, so they sort last by review: 200k
index entries at 1M risks). A partial index serves a query that holds its condition word
for word (store.risks.is_live writes the statuses into the SQL in this order for the
review order's pages)."""
# The register's stored sort keys (store.derived_risks keeps them; never change-logged).
RISK_SORT_KEYS = ("level_rank", "status_rank", "review_key", "milestone_name", "engagement_title")
NO_REVIEW = date(2199, 12, 31)
"""`review_key` of a risk without a next review date: the latest date a row may hold
(domain.validation.LATEST_DATE), so it sorts after every real review date."""


def _score_checks() -> tuple[sa.CheckConstraint, ...]:
    return tuple(
        check(f"{col} IS NULL OR ({col} >= 1 AND {col} <= 5)", f"{col}_1_to_5")
        for col in ("likelihood", "impact", "residual_likelihood", "residual_impact")
    )


class Risk(Entity, table=True):
    __tablename__ = "risk"
    __table_args__ = (
        *_score_checks(),
        check("review_cadence_days IS NULL OR review_cadence_days > 0", "cadence_positive"),
        dates_ordered("raised_date", "next_review_date"),
        dates_ordered("raised_date", "closed_date"),
        check("number >= 1", "number_positive"),
        # R-001.. is unique within an engagement; the index also serves "next number".
        sa.UniqueConstraint("engagement_id", "number", name="uq_risk_engagement_number"),
        # The register's sort orders, each total (sort key..., id): a page is an index range
        # walked from a seek position (store.risks). The derived sort keys are stored
        # columns kept current by store.derived_risks. The status after the id lets the
        # status filter (live risks by default) be checked in the index, without reading
        # the row.
        *(sa.Index(f"ix_risk_sort_{name}", *cols, *_TAIL[name]) for name, cols in SORT_INDEXES),
        # Due for review (with the heat map's cells) read from the index alone, for the
        # filters the tallies do not answer (owner, heat-map cell, text).
        sa.Index("ix_risk_due", *DUE_INDEX),
        sa.Index("ix_risk_cell", *CELL_INDEX),
        sa.Index(LIVE_REVIEW_INDEX, "review_key", "id", sqlite_where=sa.text(LIVE_WHERE)),
    )

    engagement_id: str = fk("engagement.id", index=False)  # uq_risk_engagement_number
    number: int  # R-001 is number 1 of its engagement
    title: str = Field(max_length=300)
    description: str = ""
    category: RiskCategory = enum_field(RiskCategory)
    likelihood: int = 3
    impact: int = 3
    # Derived from likelihood x impact through domain.risk_matrix; stored so SQL can sort/filter.
    score: int = 9
    level: RiskLevel = enum_field(RiskLevel, default=RiskLevel.MEDIUM)
    residual_likelihood: int | None = None
    residual_impact: int | None = None
    cause: str = ""
    trigger: str = ""
    mitigation: str = ""
    contingency: str = ""
    owner: str = Field(default="", max_length=200)
    status: RiskStatus = enum_field(RiskStatus, default=RiskStatus.OPEN)
    raised_by: Side = enum_field(Side, default=Side.CONSULTANT)
    raised_date: date | None = None
    review_cadence_days: int | None = 30
    next_review_date: date | None = None
    milestone_id: str | None = fk("milestone.id", nullable=True, ondelete="SET NULL")
    closed_date: date | None = None
    closure_note: str = ""
    realized_decision_id: str | None = fk("decision.id", nullable=True, ondelete="SET NULL")
    # Derived sort keys (store.derived_risks keeps them current on every write; never in
    # the change log): the level's and status's rank in their display order, the next
    # review date or NO_REVIEW, the linked milestone's name and the engagement's title.
    level_rank: int = Field(default=0, sa_column_kwargs={"server_default": "0"})
    status_rank: int = Field(default=0, sa_column_kwargs={"server_default": "0"})
    review_key: date = Field(
        default=NO_REVIEW, sa_column_kwargs={"server_default": NO_REVIEW.isoformat()}
    )
    milestone_name: str = Field(default="", sa_column_kwargs={"server_default": ""})
    engagement_title: str = Field(default="", sa_column_kwargs={"server_default": ""})


class RiskReview(Entity, table=True):
    __tablename__ = "risk_review"
    __table_args__ = _score_checks()

    risk_id: str = fk("risk.id")
    review_date: date
    note: str = ""
    reviewed_by: str = Field(default="", max_length=200)
    likelihood: int | None = None
    impact: int | None = None
    residual_likelihood: int | None = None
    residual_impact: int | None = None
