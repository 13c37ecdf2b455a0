"""Scale-up of ART-417 API at Deccan Synthesis: planned, charter still almost empty."""

from __future__ import annotations

from cdmo_desktop.domain.enums import (
    AgreementKind,
    AgreementStatus,
    Cadence,
    ChannelKind,
    CharterStatus,
    EngagementStatus,
    Phase,
    RiskCategory,
    ShareDirection,
    Side,
)
from cdmo_desktop.store.demo import eng_scale_up_plan as plan
from cdmo_desktop.store.demo.spec import EngagementSpec

CLIENT, PARTNER, CONSULTANT = Side.CLIENT, Side.PARTNER, Side.CONSULTANT
RC = RiskCategory

SPEC = EngagementSpec(
    key="scale_up",
    client="aurelis",
    partner="deccan",
    engagement=dict(
        title="ART-417 API scale-up to 100 kg",
        program="KRAS G12D oral inhibitors",
        compound="ART-417",
        phase=Phase.SCALE_UP,
        status=EngagementStatus.PLANNED,
        start=30,
        end=400,
        budget="3400000",
        budget_currency="USD",
        rag=None,
        description="Technology transfer of the ART-417 route from Hollis Ridge, lab "
        "demonstration, a 60 kg engineering batch and three 100 kg GMP batches for phase 2/3.",
    ),
    charter=dict(
        status=CharterStatus.DRAFT,
        kickoff_date=-10,
        kickoff_place="Video call (Hyderabad, Cambridge MA, Durham NC)",
        scope="Scale-up of the ART-417 drug substance route to 100 kg batches.",
    ),
    charter_sites=[],
    metrics=[
        ("Cost of goods at 100 kg", "<= USD 4,500 per kg", "campaign invoices per kg released"),
    ],
    escalation=[
        ("Morgan Ellis / Srinivas Reddy", "any missed date or open data-integrity question", 24),
    ],
    team=[
        ("jw", "James Whitaker", CLIENT, "VP, CMC and supply", "+1 617 555 0156", True),
        (
            "me",
            "Morgan Ellis",
            CONSULTANT,
            "CMC consultant, program lead",
            "+1 617 555 0199",
            False,
        ),
        (
            "sr",
            "Srinivas Reddy",
            PARTNER,
            "Vice president, business development",
            "+91 40 5555 0142",
            True,
        ),
        ("ai", "Dr. Ananya Iyer", PARTNER, "Head of process R&D", "+91 40 5555 0187", False),
        ("vd", "Vikram Desai", PARTNER, "Head of quality assurance", "+91 40 5555 0119", False),
    ],
    kickoff_attendees=["jw", "me", "sr", "ai"],
    workstreams=[
        ("Technology transfer", "A:jw R:ai C:me I:vd"),
        ("Qualification audit and quality agreement", "A:jw R:me C:vd"),
        ("Scale-up and GMP batches", "R:ai C:jw I:me"),
    ],
    channels=[
        (
            "Weekly project call (07:30 Boston / 18:00 Hyderabad)",
            ChannelKind.CALL,
            Cadence.WEEKLY,
            "me",
            "James Whitaker, Srinivas Reddy, Dr. Ananya Iyer",
            "Zoom",
            "tech transfer progress and open questions",
            -3,
        ),
        (
            "Tech transfer document exchange",
            ChannelKind.DATA_EXCHANGE,
            Cadence.AD_HOC,
            "ai",
            "Hollis Ridge, Deccan and Aurelis CMC",
            "Secure data room",
            "process descriptions, methods, batch records",
            -7,
        ),
    ],
    agreements=[
        dict(
            key="cda",
            kind=AgreementKind.CONFIDENTIALITY,
            status=AgreementStatus.SIGNED,
            title="Mutual confidentiality agreement",
            reference="AUR-DSP-CDA-01",
            effective_date=-150,
            expiry_date=580,
            signed_date=-150,
            governing_law="England and Wales",
            client_signatory="James Whitaker",
            client_signatory_title="VP, CMC and supply",
            partner_signatory="Srinivas Reddy",
            partner_signatory_title="Vice president, business development",
        ),
        dict(
            key="msa",
            kind=AgreementKind.MASTER_SERVICES,
            status=AgreementStatus.IN_REVIEW,
            title="Master services agreement",
            reference="AUR-DSP-MSA-01 (draft 3)",
            effective_date=None,
            governing_law="England and Wales",
            notes="Open points: liability cap, currency of invoices, arbitration seat.",
        ),
        dict(
            key="qa",
            kind=AgreementKind.QUALITY,
            status=AgreementStatus.DRAFT,
            title="Quality agreement for API manufacture",
            reference="AUR-DSP-QA-01 (draft)",
        ),
    ],
    shares=[
        (
            "Process description and development report from Hollis Ridge",
            ShareDirection.TO_PARTNER,
            "technology transfer",
            "Deccan must see the whole development history, including failed options, "
            "to judge plant fit",
            "cda",
            "Read-only data room; no download of batch records",
            -8,
            "James Whitaker",
        ),
        (
            "Plant equipment list and train diagrams",
            ShareDirection.FROM_PARTNER,
            "plant fit assessment",
            "Aurelis checks the cryogenic step and the filter-dryer size against the plant",
            "cda",
            "",
            -6,
            "Dr. Ananya Iyer",
        ),
    ],
    schedule_start=plan.SCHEDULE_START,
    milestones=plan.MILESTONES,
    decisions=plan.DECISIONS,
    risks=plan.RISKS,
    actions=plan.ACTIONS,
    report=plan.REPORT,
)
