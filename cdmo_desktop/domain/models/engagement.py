"""Engagements and everything settled at kickoff: charter, team, RACI, channels, data shares."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import sqlalchemy as sa
from sqlmodel import Field

from cdmo_desktop.domain.enums import (
    PORTFOLIO_STATUS_RANK,
    Cadence,
    ChannelKind,
    CharterStatus,
    EngagementStatus,
    Phase,
    RaciRole,
    Rag,
    ShareDirection,
    Side,
)
from cdmo_desktop.domain.models.base import (
    Entity,
    Money,
    check,
    dates_ordered,
    enum_field,
    fk,
)

# The engagements list's stored sort keys (store.derived_engagements keeps them current):
# each with an index on (key, id, archived): the list's total order for that column, and the
# archived flag the default view checks without reading the row.
ENGAGEMENT_SORT_KEYS = (
    "sort_title",
    "sort_client",
    "sort_partner",
    "sort_program",
    "sort_phase",
    "sort_status",
    "sort_start",
    "sort_start_desc",
    "sort_end",
    "sort_end_desc",
    "sort_rag",
)
# Every derived column of an engagement (never change-logged): the sort keys and the
# client's and partner's names as the list shows and searches them.
ENGAGEMENT_DERIVED = ("client_name", "partner_name", *ENGAGEMENT_SORT_KEYS)
# Orders of more than one stored key (revision 0020), each ending on the id:
# the Portfolio's default (status, RAG, title) and partner (partner, title) orders, and the
# portfolio Gantt's engagements (start date, undated last, then title).
# The Portfolio's two also carry what makes an engagement listed (archived, status, and the
# status key the rank is computed from), so a row's position is counted in the index alone
# (revision 0024).
ENGAGEMENT_ORDERS: dict[str, tuple[str, ...]] = {
    "ix_engagement_portfolio": (
        PORTFOLIO_STATUS_RANK,
        "sort_rag",
        "sort_title",
        "id",
        "archived",
        "status",
        "sort_status",
    ),
    "ix_engagement_partner_title": ("sort_partner", "sort_title", "id", "archived", "status"),
    "ix_engagement_plan": ("sort_start", "sort_title", "id"),
}
# The Portfolio's aggregate columns as stored keys (store.portfolio_keys keeps them current,
# revision 0022): minus the engagement's open risks (critical, high, all), minus its reviews
# due, its next milestone's date (PORTFOLIO_NO_MILESTONE without one), minus its late
# milestones and late actions, so ascending puts what needs attention first. The dated ones
# hold as of the day in portfolio_key_day. Each Portfolio column's order has its index,
# ending on the title and id (the overview's tie-break) and on what the listing checks.
PORTFOLIO_NO_MILESTONE = date(2199, 12, 31)  # the last day a date may hold (validation)
PORTFOLIO_KEYS = (
    "pf_critical",
    "pf_high",
    "pf_open",
    "pf_reviews",
    "pf_next",
    "pf_late_milestones",
    "pf_late_actions",
)
_LISTING = ("sort_title", "id", "archived", "status")
PORTFOLIO_ORDERS: dict[str, tuple[str, ...]] = {
    "ix_engagement_pf_risks": ("pf_critical", "pf_high", "pf_open", *_LISTING),
    "ix_engagement_pf_reviews": ("pf_reviews", *_LISTING),
    "ix_engagement_pf_next": ("pf_next", *_LISTING),
    "ix_engagement_pf_late_milestones": ("pf_late_milestones", *_LISTING),
    "ix_engagement_pf_late_actions": ("pf_late_actions", *_LISTING),
}


class Engagement(Entity, table=True):
    __tablename__ = "engagement"
    __table_args__ = (
        dates_ordered("start_date", "end_date"),
        check("budget_amount IS NULL OR budget_amount >= 0", "budget_not_negative"),
        *(sa.Index(f"ix_engagement_{key}", key, "id", "archived") for key in ENGAGEMENT_SORT_KEYS),
        *(
            sa.Index(name, *(sa.text(c) if c.startswith("CASE") else c for c in columns))
            for name, columns in ENGAGEMENT_ORDERS.items()
        ),
        *(sa.Index(name, *columns) for name, columns in PORTFOLIO_ORDERS.items()),
    )

    title: str = Field(index=True, max_length=200)
    client_id: str = fk("client.id", ondelete="RESTRICT")
    partner_id: str = fk("partner.id", ondelete="RESTRICT")
    program: str = Field(default="", max_length=200)
    compound: str = Field(default="", max_length=200)
    phase: Phase = enum_field(Phase, index=True)
    status: EngagementStatus = enum_field(
        EngagementStatus, default=EngagementStatus.PLANNED, index=True
    )
    start_date: date | None = Field(default=None, index=True)
    end_date: date | None = None
    budget_amount: Decimal | None = Field(default=None, sa_type=Money)
    budget_currency: str = Field(default="USD", max_length=3)
    rag: Rag | None = enum_field(Rag, nullable=True)
    description: str = ""
    archived: bool = Field(default=False, index=True)
    archived_at: datetime | None = None
    # Derived (store.derived_engagements), see ENGAGEMENT_DERIVED.
    client_name: str = Field(default="", sa_column_kwargs={"server_default": ""})
    partner_name: str = Field(default="", sa_column_kwargs={"server_default": ""})
    sort_title: str = Field(default="", sa_column_kwargs={"server_default": ""})
    sort_client: str = Field(default="", sa_column_kwargs={"server_default": ""})
    sort_partner: str = Field(default="", sa_column_kwargs={"server_default": ""})
    sort_program: str = Field(default="", sa_column_kwargs={"server_default": ""})
    sort_phase: int = Field(default=0, sa_column_kwargs={"server_default": "0"})
    sort_status: int = Field(default=0, sa_column_kwargs={"server_default": "0"})
    sort_start: int = Field(default=0, sa_column_kwargs={"server_default": "0"})
    sort_start_desc: int = Field(default=0, sa_column_kwargs={"server_default": "0"})
    sort_end: int = Field(default=0, sa_column_kwargs={"server_default": "0"})
    sort_end_desc: int = Field(default=0, sa_column_kwargs={"server_default": "0"})
    sort_rag: int = Field(default=0, sa_column_kwargs={"server_default": "0"})
    # Derived (store.portfolio_keys), see PORTFOLIO_KEYS.
    pf_critical: int = Field(default=0, sa_column_kwargs={"server_default": "0"})
    pf_high: int = Field(default=0, sa_column_kwargs={"server_default": "0"})
    pf_open: int = Field(default=0, sa_column_kwargs={"server_default": "0"})
    pf_reviews: int = Field(default=0, sa_column_kwargs={"server_default": "0"})
    pf_next: date = Field(
        default=PORTFOLIO_NO_MILESTONE, sa_column_kwargs={"server_default": "2199-12-31"}
    )
    pf_late_milestones: int = Field(default=0, sa_column_kwargs={"server_default": "0"})
    pf_late_actions: int = Field(default=0, sa_column_kwargs={"server_default": "0"})


class Charter(Entity, table=True):
    """The kickoff outcome: who / when / where / how / the client's part, signed by both sides."""

    __tablename__ = "charter"
    __table_args__ = (
        dates_ordered("planned_start", "planned_end"),
        dates_ordered("kickoff_date", "client_signed_date", "client_signed_after_kickoff"),
        dates_ordered("kickoff_date", "partner_signed_date", "partner_signed_after_kickoff"),
    )

    engagement_id: str = Field(
        foreign_key="engagement.id", ondelete="CASCADE", unique=True, max_length=36
    )
    status: CharterStatus = enum_field(CharterStatus, default=CharterStatus.DRAFT)
    # Who
    who_summary: str = ""
    decision_maker: str = Field(default="", max_length=200)
    # When
    kickoff_date: date | None = None
    planned_start: date | None = None
    planned_end: date | None = None
    timeline_notes: str = ""
    # Where (sites are linked through CharterSite)
    where_notes: str = ""
    # How
    scope: str = ""
    deliverables: str = ""
    methods: str = ""
    quality_standards: str = ""
    tech_transfer: str = ""
    # How the client fits in
    client_provides: str = ""
    client_approves: str = ""
    client_reviews: str = ""
    # Kickoff meeting (attendees through KickoffAttendee)
    kickoff_place: str = Field(default="", max_length=300)
    # Sign-off
    client_signatory: str = Field(default="", max_length=200)
    client_signed_date: date | None = None
    partner_signatory: str = Field(default="", max_length=200)
    partner_signed_date: date | None = None
    agreed_at: datetime | None = None
    reopen_reason: str = ""


class CharterSite(Entity, table=True):
    """A partner site where the engagement's work is done."""

    __tablename__ = "charter_site"
    __table_args__ = (sa.UniqueConstraint("charter_id", "site_id", name="uq_charter_site_pair"),)

    charter_id: str = fk("charter.id")
    site_id: str = fk("partner_site.id")


class EscalationLevel(Entity, table=True):
    __tablename__ = "escalation_level"
    __table_args__ = (
        check("level >= 1", "level_positive"),
        check("response_time_hours IS NULL OR response_time_hours >= 0", "response_not_negative"),
    )

    engagement_id: str = fk("engagement.id")
    level: int = 1
    who: str = Field(max_length=300)
    when_to_escalate: str = ""
    response_time_hours: int | None = None


class TeamMember(Entity, table=True):
    __tablename__ = "team_member"

    engagement_id: str = fk("engagement.id")
    name: str = Field(max_length=200)
    side: Side = enum_field(Side)
    organisation: str = Field(default="", max_length=200)
    role: str = Field(default="", max_length=200)
    email: str = Field(default="", max_length=254)
    phone: str = Field(default="", max_length=40)
    is_decision_maker: bool = False
    position: int = 0


class KickoffAttendee(Entity, table=True):
    __tablename__ = "kickoff_attendee"
    __table_args__ = (
        sa.UniqueConstraint("charter_id", "team_member_id", name="uq_kickoff_attendee_pair"),
    )

    charter_id: str = fk("charter.id")
    team_member_id: str = fk("team_member.id")


class Workstream(Entity, table=True):
    """A deliverable or workstream: one row of the RACI grid."""

    __tablename__ = "workstream"

    engagement_id: str = fk("engagement.id")
    name: str = Field(max_length=200)
    position: int = 0


class RaciAssignment(Entity, table=True):
    __tablename__ = "raci_assignment"
    __table_args__ = (
        sa.UniqueConstraint("workstream_id", "team_member_id", name="uq_raci_assignment_cell"),
    )

    workstream_id: str = fk("workstream.id")
    team_member_id: str = fk("team_member.id")
    role: RaciRole = enum_field(RaciRole)


class CommunicationChannel(Entity, table=True):
    __tablename__ = "communication_channel"

    engagement_id: str = fk("engagement.id")
    name: str = Field(max_length=200)
    kind: ChannelKind = enum_field(ChannelKind)
    purpose: str = ""
    cadence: Cadence = enum_field(Cadence, default=Cadence.WEEKLY)
    owner_member_id: str | None = fk("team_member.id", nullable=True, ondelete="SET NULL")
    owner: str = Field(default="", max_length=200)
    participants: str = ""
    medium: str = Field(default="", max_length=200)
    # Cadence anchor: the first (or last held) occurrence; the next one is computed.
    anchor_date: date | None = None
    position: int = 0


class DataShare(Entity, table=True):
    """Information-sharing register: what data goes to/from the partner, why, under what."""

    __tablename__ = "data_share"

    engagement_id: str = fk("engagement.id")
    item: str = Field(max_length=300)
    direction: ShareDirection = enum_field(ShareDirection)
    purpose: str = ""
    reason_needed: str = ""
    agreement_id: str | None = fk("agreement.id", nullable=True, ondelete="SET NULL")
    agreement_ref: str = Field(default="", max_length=200)
    restrictions: str = ""
    shared_date: date | None = None
    shared_by: str = Field(default="", max_length=200)
