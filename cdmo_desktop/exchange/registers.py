"""The registers as spreadsheets: per register its columns, their headers and types.

One definition serves the export (header row, cell types, widths) and the import (which
header means which field, how to read its cells). A column's `field` is the name the store's
bulk read (store.exports) gives the value; `editable` is False for what the app derives or
looks up (scores, levels, names of linked records, timestamps): an import reads it to
recognise a record but never writes it.

Partners, their sites and their contacts are three registers (three kinds, three files or
three sheets), each row carrying its partner's id and name: one table per file keeps CSV and
XLSX alike and lets a shortlist of contacts be exchanged without its partners.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from cdmo_desktop.domain.enums import (
    ActionSource,
    ActionStatus,
    Cadence,
    ChangeAction,
    ChannelKind,
    DependencyKind,
    EngagementStatus,
    GateOutcome,
    KpiDirection,
    KpiPeriod,
    KpiUnit,
    MilestoneKind,
    MilestoneStatus,
    PartnerKind,
    Phase,
    QualificationStatus,
    Rag,
    Region,
    RiskCategory,
    RiskLevel,
    RiskStatus,
    ShareDirection,
    Side,
)
from cdmo_desktop.domain.messages import QT_TRANSLATE_NOOP, msg
from cdmo_desktop.exchange.errors import ExchangeError
from cdmo_desktop.exchange.sheets import CellKind, SheetColumn


@dataclass(frozen=True)
class Column:
    """One column of a register: the store field, the header a spreadsheet shows, the kind
    of its cells, the enum its text names (by label or value) and whether an import may
    write it."""

    field: str
    header: str
    kind: CellKind = "text"
    enum: type[Enum] | None = None
    editable: bool = True
    width: int = 16

    def sheet_column(self) -> SheetColumn:
        return SheetColumn(self.header, self.kind, self.width)


@dataclass(frozen=True)
class Register:
    """A register as a table: `kind` names it on the command line, `title` is its sheet's
    name; `per_engagement` registers belong to one engagement (--engagement keeps its rows),
    the others are kept when they concern it (its partner, its rows' changes)."""

    kind: str
    title: str
    columns: tuple[Column, ...]
    per_engagement: bool = True
    summary: str = ""

    @property
    def headers(self) -> list[str]:
        return [c.header for c in self.columns]

    @property
    def fields(self) -> list[str]:
        return [c.field for c in self.columns]

    def sheet_columns(self) -> list[SheetColumn]:
        return [c.sheet_column() for c in self.columns]

    def column_for(self, header: str) -> Column | None:
        """The column a spreadsheet header names: its header or field, ignoring case,
        spaces and underscores."""
        wanted = _fold(header)
        for column in self.columns:
            if wanted in (_fold(column.header), _fold(column.field)):
                return column
        return None


def _fold(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def _c(field: str, header: str, kind: CellKind = "text", width: int = 16, **kw: object) -> Column:
    return Column(field, header, kind, width=width, **kw)  # type: ignore[arg-type]


def _e(field: str, header: str, enum: type[Enum], width: int = 14) -> Column:
    return Column(field, header, "text", enum=enum, width=width)


def _ro(field: str, header: str, kind: CellKind = "text", width: int = 16) -> Column:
    return Column(field, header, kind, editable=False, width=width)


ID = _c("id", "ID", width=38)
ENGAGEMENT = (
    _c("engagement_id", "Engagement ID", width=38),
    _ro("engagement", "Engagement", width=30),
)
STAMPS = (
    _ro("created_at", "Created (UTC)", "datetime", 20),
    _ro("updated_at", "Updated (UTC)", "datetime", 20),
)

PARTNERS = Register(
    "partners",
    QT_TRANSLATE_NOOP("messages", "Partners"),
    (
        ID,
        _c("name", "Name", width=30),
        _c("legal_name", "Legal name", width=30),
        _e("kind", "Kind", PartnerKind, 8),
        _c("country", "Country", width=8),
        _c("city", "City"),
        _e("region", "Region", Region, 18),
        _c("time_zone", "Time zone", width=20),
        _c("website", "Website", width=28),
        _c("registered_address", "Registered address", width=36),
        _c("languages", "Languages"),
        _c("capabilities", "Capabilities", width=36),
        _c("scales", "Scales"),
        _c("technology_platforms", "Technology platforms", width=28),
        _e("qualification_status", "Qualification", QualificationStatus, 16),
        _ro("last_audit_date", "Last audit", "date", 12),
        _ro("next_audit_due", "Next audit due", "date", 12),
        _c("cda_signed_date", "CDA signed", "date", 12),
        _c("cda_expiry_date", "CDA expires", "date", 12),
        _c("quality_agreement_date", "Quality agreement", "date", 12),
        _c("quality_agreement_expiry", "Quality agreement expires", "date", 12),
        _c("msa_signed_date", "MSA signed", "date", 12),
        _ro("primary_contact", "Primary contact", width=24),
        _c("notes", "Notes", width=40),
        _c("archived", "Archived", "bool", 9),
        *STAMPS,
    ),
    per_engagement=False,
    summary="partners (with --engagement: its partner)",
)

SITES = Register(
    "sites",
    QT_TRANSLATE_NOOP("messages", "Partner sites"),
    (
        ID,
        _c("partner_id", "Partner ID", width=38),
        _ro("partner", "Partner", width=30),
        _c("name", "Site", width=28),
        _c("city", "City"),
        _c("country", "Country", width=8),
        _c("time_zone", "Time zone", width=20),
        _c("address", "Address", width=36),
        _c("capabilities", "Capabilities", width=36),
        _c("scales", "Scales"),
        _c("technology_platforms", "Technology platforms", width=28),
        _c("notes", "Notes", width=40),
        *STAMPS,
    ),
    per_engagement=False,
    summary="partner sites",
)

CONTACTS = Register(
    "contacts",
    QT_TRANSLATE_NOOP("messages", "Partner contacts"),
    (
        ID,
        _c("partner_id", "Partner ID", width=38),
        _ro("partner", "Partner", width=30),
        _c("site_id", "Site ID", width=38),
        _ro("site", "Site", width=24),
        _c("name", "Name", width=26),
        _c("role", "Role", width=22),
        _c("email", "Email", width=30),
        _c("phone", "Phone", width=18),
        _c("is_primary", "Primary", "bool", 9),
        _c("notes", "Notes", width=40),
        *STAMPS,
    ),
    per_engagement=False,
    summary="contacts at partners",
)

CLIENTS = Register(
    "clients",
    QT_TRANSLATE_NOOP("messages", "Clients"),
    (
        ID,
        _c("name", "Name", width=30),
        _c("legal_name", "Legal name", width=30),
        _c("country", "Country", width=8),
        _c("registered_address", "Registered address", width=36),
        _c("notes", "Notes", width=40),
        _c("archived", "Archived", "bool", 9),
        *STAMPS,
    ),
    per_engagement=False,
    summary="the clients you work for (with --engagement: its client)",
)

CLIENT_CONTACTS = Register(
    "client-contacts",
    QT_TRANSLATE_NOOP("messages", "Client contacts"),
    (
        ID,
        _c("client_id", "Client ID", width=38),
        _ro("client", "Client", width=30),
        _c("name", "Name", width=26),
        _c("role", "Role", width=22),
        _c("email", "Email", width=30),
        _c("phone", "Phone", width=18),
        _c("notes", "Notes", width=40),
        *STAMPS,
    ),
    per_engagement=False,
    summary="contacts at clients",
)

ENGAGEMENTS = Register(
    "engagements",
    QT_TRANSLATE_NOOP("messages", "Engagements"),
    (
        ID,
        _c("title", "Title", width=32),
        _c("client_id", "Client ID", width=38),
        _ro("client", "Client", width=24),
        _c("partner_id", "Partner ID", width=38),
        _ro("partner", "Partner", width=24),
        _c("program", "Program"),
        _c("compound", "Compound"),
        _e("phase", "Phase", Phase, 16),
        _e("status", "Status", EngagementStatus),
        _c("start_date", "Start", "date", 12),
        _c("end_date", "End", "date", 12),
        _c("budget_amount", "Budget", "money", 16),
        _c("budget_currency", "Currency", width=9),
        _e("rag", "RAG", Rag, 8),
        _c("description", "Description", width=40),
        _c("archived", "Archived", "bool", 9),
        *STAMPS,
    ),
    per_engagement=False,
    summary="engagements (with --engagement: that one)",
)

RISKS = Register(
    "risks",
    QT_TRANSLATE_NOOP("messages", "Risks"),
    (
        ID,
        *ENGAGEMENT,
        _ro("code", "Code", width=8),
        _c("number", "Number", "int", 8),
        _c("title", "Title", width=36),
        _c("description", "Description", width=40),
        _e("category", "Category", RiskCategory, 16),
        _c("likelihood", "Likelihood", "int", 10),
        _c("impact", "Impact", "int", 8),
        _ro("score", "Score", "int", 7),
        Column("level", "Level", enum=RiskLevel, editable=False, width=10),
        _c("residual_likelihood", "Residual likelihood", "int", 10),
        _c("residual_impact", "Residual impact", "int", 10),
        _c("cause", "Cause", width=30),
        _c("trigger", "Trigger", width=30),
        _c("mitigation", "Mitigation", width=36),
        _c("contingency", "Contingency", width=30),
        _c("owner", "Owner", width=20),
        _e("status", "Status", RiskStatus),
        _e("raised_by", "Raised by", Side, 12),
        _c("raised_date", "Raised", "date", 12),
        _c("review_cadence_days", "Review every (days)", "int", 10),
        _c("next_review_date", "Next review", "date", 12),
        _ro("milestone", "Milestone", width=24),
        _c("closed_date", "Closed", "date", 12),
        _c("closure_note", "Closure note", width=30),
        *STAMPS,
    ),
    summary="the risk register",
)

RISK_REVIEWS = Register(
    "reviews",
    QT_TRANSLATE_NOOP("messages", "Risk reviews"),
    (
        ID,
        *ENGAGEMENT,
        _c("risk_id", "Risk ID", width=38),
        _ro("risk_code", "Risk code", width=8),
        _ro("risk", "Risk", width=32),
        _c("review_date", "Reviewed", "date", 12),
        _c("reviewed_by", "Reviewed by", width=20),
        _c("likelihood", "Likelihood", "int", 10),
        _c("impact", "Impact", "int", 8),
        _c("residual_likelihood", "Residual likelihood", "int", 10),
        _c("residual_impact", "Residual impact", "int", 10),
        _c("note", "Note", width=40),
        *STAMPS,
    ),
    summary="risk reviews",
)

DECISIONS = Register(
    "decisions",
    QT_TRANSLATE_NOOP("messages", "Decisions"),
    (
        ID,
        *ENGAGEMENT,
        _c("decision_date", "Date", "date", 12),
        _c("title", "Title", width=32),
        _c("options_considered", "Options considered", width=36),
        _c("decision", "Decision", width=36),
        _c("rationale", "Rationale", width=36),
        _c("decided_by", "Decided by", width=20),
        _ro("milestone", "Gate / milestone", width=24),
        _e("gate_outcome", "Gate outcome", GateOutcome, 16),
        *STAMPS,
    ),
    summary="the decision log",
)

ACTIONS = Register(
    "actions",
    QT_TRANSLATE_NOOP("messages", "Actions"),
    (
        ID,
        *ENGAGEMENT,
        _c("description", "Action", width=40),
        _c("owner", "Owner", width=20),
        _c("due_date", "Due", "date", 12),
        _e("status", "Status", ActionStatus),
        _e("source", "Source", ActionSource),
        _e("raised_by", "Raised by", Side, 12),
        _c("raised_date", "Raised", "date", 12),
        _c("closed_date", "Closed", "date", 12),
        _c("notes", "Notes", width=36),
        *STAMPS,
    ),
    summary="action items",
)

MILESTONES = Register(
    "milestones",
    QT_TRANSLATE_NOOP("messages", "Milestones"),
    (
        ID,
        *ENGAGEMENT,
        _c("position", "Order", "int", 7),
        _c("name", "Name", width=32),
        _e("kind", "Kind", MilestoneKind),
        _e("phase", "Phase", Phase, 16),
        _e("owner_side", "Owner", Side, 12),
        _c("planned_start", "Planned start", "date", 12),
        _c("planned_finish", "Planned finish", "date", 12),
        _c("baseline_start", "Baseline start", "date", 12),
        _c("baseline_finish", "Baseline finish", "date", 12),
        _c("actual_start", "Actual start", "date", 12),
        _c("actual_finish", "Actual finish", "date", 12),
        _c("percent_complete", "% complete", "int", 9),
        _e("status", "Status", MilestoneStatus),
        _c("contract_fixed", "Contract-fixed", "bool", 9),
        _e("gate_outcome", "Gate outcome", GateOutcome, 16),
        _ro("predecessors", "Predecessors", width=36),
        _c("notes", "Notes", width=36),
        *STAMPS,
    ),
    summary="schedule items; Predecessors lists each link as 'name (FS+2d)'",
)

DEPENDENCIES = Register(
    "dependencies",
    QT_TRANSLATE_NOOP("messages", "Dependencies"),
    (
        ID,
        *ENGAGEMENT,
        _c("predecessor_id", "Predecessor ID", width=38),
        _ro("predecessor", "Predecessor", width=30),
        _c("successor_id", "Successor ID", width=38),
        _ro("successor", "Successor", width=30),
        _e("kind", "Type", DependencyKind, 16),
        _c("lag_days", "Lag (days)", "int", 9),
        *STAMPS,
    ),
    summary="links between schedule items",
)

CHANNELS = Register(
    "channels",
    QT_TRANSLATE_NOOP("messages", "Communication"),
    (
        ID,
        *ENGAGEMENT,
        _c("position", "Order", "int", 7),
        _c("name", "Name", width=28),
        _e("kind", "Kind", ChannelKind),
        _c("purpose", "Purpose", width=32),
        _e("cadence", "Cadence", Cadence),
        _c("owner", "Owner", width=20),
        _c("participants", "Participants", width=32),
        _c("medium", "Medium", width=18),
        _c("anchor_date", "Next / last held", "date", 12),
        *STAMPS,
    ),
    summary="the communication plan",
)

DATA_SHARES = Register(
    "datashares",
    QT_TRANSLATE_NOOP("messages", "Data shares"),
    (
        ID,
        *ENGAGEMENT,
        _c("item", "Item", width=32),
        _e("direction", "Direction", ShareDirection, 18),
        _c("purpose", "Purpose", width=30),
        _c("reason_needed", "Why needed", width=30),
        _c("agreement_ref", "Agreement", width=22),
        _c("restrictions", "Restrictions", width=30),
        _c("shared_date", "Shared", "date", 12),
        _c("shared_by", "Shared by", width=20),
        *STAMPS,
    ),
    summary="the information-sharing register",
)

KPIS = Register(
    "kpis",
    QT_TRANSLATE_NOOP("messages", "KPIs"),
    (
        ID,
        *ENGAGEMENT,
        _c("position", "Order", "int", 7),
        _c("name", "KPI", width=30),
        _c("library_key", "Library key", width=16),
        _c("description", "Description", width=36),
        _e("unit", "Unit", KpiUnit, 9),
        _e("direction", "Direction", KpiDirection, 14),
        _e("period", "Period", KpiPeriod, 10),
        _c("target", "Target", "number", 10),
        _c("amber", "Amber at", "number", 10),
        _c("red", "Red at", "number", 10),
        _c("target_note", "Target as agreed", width=24),
        _c("data_source", "Data source", width=20),
        _c("how_measured", "How measured", width=30),
        _c("owner_client", "Client owner", width=18),
        _c("owner_partner", "Partner owner", width=18),
        _c("clause_ref", "Clause / SLA", width=12),
        *STAMPS,
    ),
    summary="the KPIs agreed per engagement",
)

MEASUREMENTS = Register(
    "measurements",
    QT_TRANSLATE_NOOP("messages", "KPI measurements"),
    (
        ID,
        *ENGAGEMENT,
        _c("kpi_id", "KPI ID", width=38),
        _ro("kpi", "KPI", width=30),
        Column("unit", "Unit", enum=KpiUnit, editable=False, width=9),
        _c("period_start", "Period start", "date", 12),
        _c("value", "Value", "number", 12),
        _c("comment", "Comment", width=30),
        _c("entered_by", "Entered by", width=18),
        *STAMPS,
    ),
    summary="KPI values, one per KPI and period (keyed by the period's first day)",
)

CHANGES = Register(
    "changes",
    QT_TRANSLATE_NOOP("messages", "Change log"),
    (
        ID,
        _ro("occurred_at", "When (UTC)", "datetime", 20),
        _ro("user", "User", width=16),
        _ro("table_name", "Table", width=18),
        _ro("row_id", "Row ID", width=38),
        Column("action", "Action", enum=ChangeAction, editable=False, width=9),
        _ro("field", "Field", width=20),
        _ro("old_value", "Old value", width=30),
        _ro("new_value", "New value", width=30),
        _ro("reason", "Reason", width=30),
    ),
    per_engagement=False,
    summary="the change log (with --engagement: changes of its records)",
)

REGISTERS: dict[str, Register] = {
    r.kind: r
    for r in (
        PARTNERS,
        SITES,
        CONTACTS,
        CLIENTS,
        CLIENT_CONTACTS,
        ENGAGEMENTS,
        RISKS,
        RISK_REVIEWS,
        DECISIONS,
        ACTIONS,
        MILESTONES,
        DEPENDENCIES,
        CHANNELS,
        DATA_SHARES,
        KPIS,
        MEASUREMENTS,
        CHANGES,
    )
}


def register_of(kind: str) -> Register:
    try:
        return REGISTERS[kind]
    except KeyError:
        known = ", ".join(REGISTERS)
        raise ExchangeError(
            msg(
                QT_TRANSLATE_NOOP("messages", "No register called {kind!r}; known: {known}."),
                kind=kind,
                known=known,
            )
        ) from None
