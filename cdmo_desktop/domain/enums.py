"""Every closed list of the domain, stored by value (lower-case snake) with a CHECK."""

from enum import StrEnum


class LabelledEnum(StrEnum):
    """A StrEnum whose members know how to present themselves."""

    @property
    def label(self) -> str:
        qualified = _LABELS.get(f"{type(self).__name__}.{self.value}")
        if qualified is not None:
            return qualified
        return _LABELS.get(self.value, self.value.replace("_", " ").capitalize())

    @classmethod
    def choices(cls) -> list[tuple[str, str]]:
        return [(m.value, m.label) for m in cls]


class PartnerKind(LabelledEnum):
    CRO = "cro"
    CDMO = "cdmo"
    CMO = "cmo"
    LAB = "lab"


class Region(LabelledEnum):
    NORTH_AMERICA = "north_america"
    LATIN_AMERICA = "latin_america"
    EUROPE = "europe"
    MIDDLE_EAST_AFRICA = "middle_east_africa"
    ASIA_PACIFIC = "asia_pacific"


class QualificationStatus(LabelledEnum):
    PROSPECT = "prospect"
    UNDER_EVALUATION = "under_evaluation"
    QUALIFIED = "qualified"
    APPROVED = "approved"
    PROBATION = "probation"
    DISQUALIFIED = "disqualified"


class AuditType(LabelledEnum):
    QUALIFICATION = "qualification"
    ROUTINE = "routine"
    FOR_CAUSE = "for_cause"
    REMOTE = "remote"
    PAPER = "paper"


class AuditStatus(LabelledEnum):
    PLANNED = "planned"
    DONE = "done"
    CANCELLED = "cancelled"


class AuditOutcome(LabelledEnum):
    PASSED = "passed"
    PASSED_WITH_OBSERVATIONS = "passed_with_observations"
    FAILED = "failed"
    PENDING = "pending"


class InspectionAuthority(LabelledEnum):
    FDA = "fda"
    EMA = "ema"
    MHRA = "mhra"
    PMDA = "pmda"
    HEALTH_CANADA = "health_canada"
    NMPA = "nmpa"
    ANVISA = "anvisa"
    TGA = "tga"
    SWISSMEDIC = "swissmedic"
    NATIONAL_EU = "national_eu"
    OTHER = "other"


class InspectionOutcome(LabelledEnum):
    NAI = "nai"
    VAI = "vai"
    OAI = "oai"
    FORM_483 = "form_483"
    GMP_CERTIFICATE = "gmp_certificate"
    NON_COMPLIANCE = "non_compliance"
    OTHER = "other"


class Phase(LabelledEnum):
    DISCOVERY = "discovery"
    LEAD_OPTIMIZATION = "lead_optimization"
    PRECLINICAL = "preclinical"
    PROCESS_DEVELOPMENT = "process_development"
    SCALE_UP = "scale_up"
    CLINICAL_SUPPLY = "clinical_supply"
    COMMERCIAL = "commercial"


class EngagementStatus(LabelledEnum):
    PLANNED = "planned"
    ACTIVE = "active"
    ON_HOLD = "on_hold"
    CLOSED = "closed"


# The Portfolio's status order (active, on hold, planned) from the engagement's stored status
# rank (planned 0, active 1, on hold 2), as SQL: its default order walks the index
# ix_engagement_portfolio (here, not beside the table, so the Portfolio's first paint reads it
# without loading the table classes).
PORTFOLIO_STATUS_RANK = "CASE sort_status WHEN 1 THEN 0 WHEN 2 THEN 1 ELSE 2 END"


class Rag(LabelledEnum):
    GREEN = "green"
    AMBER = "amber"
    RED = "red"


class CharterStatus(LabelledEnum):
    DRAFT = "draft"
    AGREED = "agreed"


class Side(LabelledEnum):
    """Which side of the partnership a person or an item comes from."""

    CLIENT = "client"
    PARTNER = "partner"
    CONSULTANT = "consultant"


class RaciRole(LabelledEnum):
    RESPONSIBLE = "R"
    ACCOUNTABLE = "A"
    CONSULTED = "C"
    INFORMED = "I"


class ChannelKind(LabelledEnum):
    MEETING = "meeting"
    CALL = "call"
    WRITTEN_REPORT = "written_report"
    DATA_EXCHANGE = "data_exchange"
    SITE_VISIT = "site_visit"


class Cadence(LabelledEnum):
    DAILY = "daily"
    WEEKLY = "weekly"
    BIWEEKLY = "biweekly"
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    AD_HOC = "ad_hoc"


class ShareDirection(LabelledEnum):
    TO_PARTNER = "to_partner"
    FROM_PARTNER = "from_partner"


class RiskCategory(LabelledEnum):
    TECHNICAL = "technical"
    SUPPLY = "supply"
    QUALITY = "quality"
    REGULATORY = "regulatory"
    SCHEDULE = "schedule"
    COST = "cost"
    COMMUNICATION = "communication"
    IP_CONFIDENTIALITY = "ip_confidentiality"
    PEOPLE = "people"


class RiskStatus(LabelledEnum):
    OPEN = "open"
    MONITORING = "monitoring"
    MITIGATING = "mitigating"
    CLOSED = "closed"
    REALIZED = "realized"


class RiskLevel(LabelledEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"


class ActionStatus(LabelledEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANCELLED = "cancelled"


class ActionSource(LabelledEnum):
    KICKOFF = "kickoff"
    MEETING = "meeting"
    OTHER = "other"


class MilestoneKind(LabelledEnum):
    TASK = "task"
    MILESTONE = "milestone"
    DECISION_GATE = "decision_gate"


class MilestoneStatus(LabelledEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANCELLED = "cancelled"


class DependencyKind(LabelledEnum):
    FINISH_TO_START = "fs"
    START_TO_START = "ss"
    FINISH_TO_FINISH = "ff"
    START_TO_FINISH = "sf"

    @property
    def code(self) -> str:
        """ "FS", "SS", "FF" or "SF", as planners write them."""
        return self.value.upper()

    @property
    def from_start(self) -> bool:
        """The predecessor's start (not its finish) is what the successor waits for."""
        return self in (DependencyKind.START_TO_START, DependencyKind.START_TO_FINISH)

    @property
    def to_finish(self) -> bool:
        """The successor's finish (not its start) is what waits."""
        return self in (DependencyKind.FINISH_TO_FINISH, DependencyKind.START_TO_FINISH)


class GateOutcome(LabelledEnum):
    GO = "go"
    NO_GO = "no_go"
    GO_WITH_CONDITIONS = "go_with_conditions"
    DEFERRED = "deferred"


class AgreementKind(LabelledEnum):
    MASTER_SERVICES = "master_services"
    WORK_ORDER = "work_order"
    QUALITY = "quality"
    CONFIDENTIALITY = "confidentiality"
    DATA_ACCESS = "data_access"


class AgreementStatus(LabelledEnum):
    DRAFT = "draft"
    IN_REVIEW = "in_review"
    SIGNED = "signed"
    EXPIRED = "expired"
    TERMINATED = "terminated"


class ChangeAction(LabelledEnum):
    INSERT = "insert"
    UPDATE = "update"
    DELETE = "delete"


class KpiUnit(LabelledEnum):
    PERCENT = "percent"
    COUNT = "count"
    DAYS = "days"
    HOURS = "hours"
    MONEY = "money"
    NUMBER = "number"


class KpiDirection(LabelledEnum):
    HIGHER_BETTER = "higher_better"
    LOWER_BETTER = "lower_better"


class KpiPeriod(LabelledEnum):
    """How often a KPI is measured; a measurement is keyed by the first day of its period."""

    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"


class KpiTrend(LabelledEnum):
    IMPROVING = "improving"
    STABLE = "stable"
    WORSENING = "worsening"


_LABELS: dict[str, str] = {
    "cro": "CRO",
    "cdmo": "CDMO",
    "cmo": "CMO",
    "lab": "Testing lab",
    "north_america": "North America",
    "latin_america": "Latin America",
    "europe": "Europe",
    "middle_east_africa": "Middle East & Africa",
    "asia_pacific": "Asia-Pacific",
    "for_cause": "For cause",
    "fda": "FDA",
    "ema": "EMA",
    "mhra": "MHRA",
    "pmda": "PMDA",
    "health_canada": "Health Canada",
    "nmpa": "NMPA",
    "anvisa": "ANVISA",
    "tga": "TGA",
    "swissmedic": "Swissmedic",
    "national_eu": "EU national authority",
    "nai": "NAI (no action indicated)",
    "vai": "VAI (voluntary action indicated)",
    "oai": "OAI (official action indicated)",
    "form_483": "Form 483 observations",
    "gmp_certificate": "GMP certificate issued",
    "non_compliance": "Statement of non-compliance",
    "on_hold": "On hold",
    "R": "Responsible",
    "A": "Accountable",
    "C": "Consulted",
    "I": "Informed",
    "biweekly": "Every two weeks",
    "ad_hoc": "Ad hoc",
    "to_partner": "To partner",
    "from_partner": "From partner",
    "ip_confidentiality": "IP / confidentiality",
    "fs": "Finish-to-start",
    "ss": "Start-to-start",
    "ff": "Finish-to-finish",
    "sf": "Start-to-finish",
    "no_go": "No-go",
    "go": "Go",
    "go_with_conditions": "Go with conditions",
    "AgreementKind.master_services": "Master services agreement",
    "AgreementKind.work_order": "Work order / statement of work",
    "AgreementKind.quality": "Quality agreement",
    "AgreementKind.confidentiality": "Confidentiality agreement",
    "AgreementKind.data_access": "Data access agreement",
    "in_review": "In review",
    "KpiUnit.percent": "%",
    "KpiUnit.count": "count",
    "KpiUnit.days": "days",
    "KpiUnit.hours": "hours",
    "KpiUnit.money": "money",
    "KpiUnit.number": "number",
    "higher_better": "Higher is better",
    "lower_better": "Lower is better",
    "KpiPeriod.month": "Monthly",
    "KpiPeriod.quarter": "Quarterly",
    "KpiPeriod.year": "Yearly",
}
