"""Every table of the partnership desk, importable from one place."""

from cdmo_desktop.domain.models.access import ClientAccess
from cdmo_desktop.domain.models.agreement import Agreement, AgreementClause
from cdmo_desktop.domain.models.base import Entity, new_id, utcnow
from cdmo_desktop.domain.models.changelog import ChangeLog
from cdmo_desktop.domain.models.closure import SiteClosure
from cdmo_desktop.domain.models.decision import ActionItem, Decision
from cdmo_desktop.domain.models.engagement import (
    Charter,
    CharterSite,
    CommunicationChannel,
    DataShare,
    Engagement,
    EscalationLevel,
    KickoffAttendee,
    RaciAssignment,
    TeamMember,
    Workstream,
)
from cdmo_desktop.domain.models.erasure import ErasedEntry, Erasure
from cdmo_desktop.domain.models.kpi import EngagementKpi, KpiDefinition, KpiMeasurement
from cdmo_desktop.domain.models.partner import (
    Client,
    Contact,
    GmpInspection,
    Partner,
    PartnerAudit,
    PartnerSite,
)
from cdmo_desktop.domain.models.reassessment import (
    Reassessment,
    ReassessmentCandidate,
    ReassessmentScore,
)
from cdmo_desktop.domain.models.report import StatusReport
from cdmo_desktop.domain.models.risk import Risk, RiskReview
from cdmo_desktop.domain.models.schedule import (
    BaselineDate,
    Milestone,
    MilestoneDependency,
    ScheduleBaseline,
)

__all__ = [
    "ActionItem",
    "Agreement",
    "AgreementClause",
    "BaselineDate",
    "ChangeLog",
    "Charter",
    "CharterSite",
    "Client",
    "ClientAccess",
    "CommunicationChannel",
    "Contact",
    "DataShare",
    "Decision",
    "Engagement",
    "EngagementKpi",
    "Entity",
    "ErasedEntry",
    "Erasure",
    "EscalationLevel",
    "GmpInspection",
    "KickoffAttendee",
    "KpiDefinition",
    "KpiMeasurement",
    "Milestone",
    "MilestoneDependency",
    "Partner",
    "PartnerAudit",
    "PartnerSite",
    "RaciAssignment",
    "Reassessment",
    "ReassessmentCandidate",
    "ReassessmentScore",
    "Risk",
    "RiskReview",
    "ScheduleBaseline",
    "SiteClosure",
    "StatusReport",
    "TeamMember",
    "Workstream",
    "new_id",
    "utcnow",
]
