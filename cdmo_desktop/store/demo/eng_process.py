"""Process development of ART-417 at Hollis Ridge (charter partly filled, RACI has two As)."""

from __future__ import annotations

from cdmo_desktop.domain.enums import (
    AgreementKind,
    AgreementStatus,
    Cadence,
    ChannelKind,
    CharterStatus,
    EngagementStatus,
    Phase,
    Rag,
    RiskCategory,
    ShareDirection,
    Side,
)
from cdmo_desktop.store.demo import eng_process_plan as plan
from cdmo_desktop.store.demo.spec import EngagementSpec

CLIENT, PARTNER, CONSULTANT = Side.CLIENT, Side.PARTNER, Side.CONSULTANT
RC = RiskCategory
_SIGNATORIES = dict(
    governing_law="State of Delaware, United States",
    client_signatory="James Whitaker",
    client_signatory_title="VP, CMC and supply",
    partner_signatory="Rachel Okafor",
    partner_signatory_title="Business development director",
)

SPEC = EngagementSpec(
    key="process",
    client="aurelis",
    partner="hollis",
    engagement=dict(
        title="ART-417 process development and first GMP campaign",
        program="KRAS G12D oral inhibitors",
        compound="ART-417",
        phase=Phase.PROCESS_DEVELOPMENT,
        status=EngagementStatus.ACTIVE,
        start=-130,
        end=240,
        budget="2850000",
        budget_currency="USD",
        rag=Rag.AMBER,
        description="Route selection, optimisation and analytical development for the "
        "ART-417 drug substance, a 1 kg engineering batch and a 12 kg GMP campaign for "
        "GLP toxicology and phase 1.",
    ),
    charter=dict(
        status=CharterStatus.DRAFT,
        who_summary="Hollis Ridge process chemistry (Durham) and the Sanford pilot plant; "
        "James Whitaker decides for Aurelis.",
        decision_maker="James Whitaker (Aurelis VP CMC)",
        kickoff_date=-131,
        planned_start=-130,
        planned_end=240,
        timeline_notes="Route selection gate at week 8; GMP go/no-go after the engineering batch.",
        where_notes="Development in Durham; GMP campaign in Sanford.",
        scope="Develop a scalable, safe route to ART-417 and make 12 kg under GMP.",
        deliverables="Route selection report; development report; 1 kg engineering batch; "
        "12 kg GMP drug substance with CoA; draft IND module 3.2.S sections.",
        kickoff_place="Hollis Ridge, Durham NC",
    ),
    charter_sites=["durham", "sanford"],
    metrics=[
        ("Overall yield of the selected route", ">= 25% over 6 steps", "the engineering batch"),
        ("Right-first-time GMP batches", "100%", "batch records and the deviation log"),
        ("Palladium in drug substance", "<= 10 ppm", "the ICP-MS release test"),
    ],
    escalation=[
        ("Kevin Tran / Morgan Ellis", "deviation, or a task more than a week late", 24),
        ("Dr. Tomás Herrera / James Whitaker", "gate or GMP dates at risk", 48),
    ],
    team=[
        ("jw", "James Whitaker", CLIENT, "VP, CMC and supply", "+1 617 555 0156", True),
        ("sl", "Dr. Sarah Lindqvist", CLIENT, "Chief scientific officer", "+1 617 555 0123", False),
        (
            "me",
            "Morgan Ellis",
            CONSULTANT,
            "CMC consultant, program lead",
            "+1 617 555 0199",
            False,
        ),
        ("th", "Dr. Tomás Herrera", PARTNER, "Head of process chemistry", "+1 919 555 0178", True),
        ("kt", "Kevin Tran", PARTNER, "Project manager", "+1 919 555 0131", False),
        ("an", "Dr. Aisha Nwosu", PARTNER, "Analytical development lead", "+1 919 555 0166", False),
        ("lm", "Linda Marsh", PARTNER, "QA director", "+1 919 555 0190", False),
    ],
    kickoff_attendees=["jw", "me", "th", "kt", "an"],
    workstreams=[
        ("Route selection and process optimisation", "A:jw,th R:kt C:me I:sl"),
        ("Analytical methods", "A:th R:an C:lm I:jw"),
        ("Engineering and GMP batches", "A:th R:kt C:jw,lm I:me"),
        ("Regulatory starting materials and IND sections", "A:jw R:me C:th I:sl"),
        ("GMP readiness and quality agreement", "A:lm R:kt C:me I:jw"),
    ],
    channels=[
        (
            "Weekly project call",
            ChannelKind.CALL,
            Cadence.WEEKLY,
            "kt",
            "Project teams of both sides",
            "Zoom",
            "progress, issues, next steps",
            -2,
        ),
        (
            "Technical deep-dive",
            ChannelKind.MEETING,
            Cadence.BIWEEKLY,
            "th",
            "Process and analytical chemists, Morgan Ellis",
            "Zoom with shared ELN",
            "data review of the current step",
            -9,
        ),
        (
            "Monthly steering",
            ChannelKind.MEETING,
            Cadence.MONTHLY,
            "me",
            "James Whitaker, Dr. Tomás Herrera, Rachel Okafor, Morgan Ellis",
            "Zoom",
            "budget, schedule and gate readiness",
            -24,
        ),
        (
            "Batch data exchange",
            ChannelKind.DATA_EXCHANGE,
            Cadence.AD_HOC,
            "an",
            "Dr. Aisha Nwosu to James Whitaker",
            "Secure file transfer",
            "chromatograms, CoAs and batch records",
            -15,
        ),
    ],
    agreements=[
        dict(
            key="msa",
            kind=AgreementKind.MASTER_SERVICES,
            status=AgreementStatus.SIGNED,
            title="Master services agreement",
            reference="AUR-HRP-MSA-01",
            effective_date=-400,
            expiry_date=695,
            signed_date=-402,
            **_SIGNATORIES,
        ),
        dict(
            key="qa",
            kind=AgreementKind.QUALITY,
            status=AgreementStatus.SIGNED,
            title="Quality agreement for drug substance manufacture",
            reference="AUR-HRP-QA-01",
            effective_date=-140,
            expiry_date=955,
            signed_date=-142,
            **_SIGNATORIES,
        ),
        dict(
            key="wo",
            kind=AgreementKind.WORK_ORDER,
            status=AgreementStatus.SIGNED,
            title="Work order 1: ART-417 process development and GMP campaign",
            reference="AUR-HRP-WO-001",
            version=2,
            effective_date=-130,
            expiry_date=260,
            signed_date=-40,
            notes="Version 2 adds the palladium scavenger step.",
            extra_clauses=[
                (
                    "Change order 1: palladium scavenger step",
                    "The process for {compound} includes a thiol silica scavenger treatment "
                    "after the Suzuki coupling, so that palladium in the drug substance stays "
                    "at or below 10 ppm. The fee for the GMP campaign increases by USD 18,000 "
                    "and the schedule in {milestone_schedule} moves by fourteen days.",
                )
            ],
            **_SIGNATORIES,
        ),
    ],
    shares=[
        (
            "Medicinal chemistry route and analytical data from Laurentian",
            ShareDirection.TO_PARTNER,
            "starting point for route scouting",
            "the process chemists should not repeat the discovery route's dead ends",
            "msa",
            "",
            -128,
            "James Whitaker",
        ),
        (
            "Target product profile and tox study plan",
            ShareDirection.TO_PARTNER,
            "set impurity limits and batch sizes",
            "the tox plan fixes how much API is needed and by when, and impurity "
            "qualification depends on it",
            "msa",
            "Need-to-know within the project team",
            -120,
            "Morgan Ellis",
        ),
        (
            "Impurity fate and purge report",
            ShareDirection.FROM_PARTNER,
            "regulatory starting-material justification",
            "",
            "wo",
            "",
            -70,
            "Kevin Tran",
        ),
        (
            "Engineering batch record and CoA",
            ShareDirection.FROM_PARTNER,
            "GMP readiness",
            "",
            "wo",
            "",
            None,
            "",
        ),
    ],
    schedule_start=plan.SCHEDULE_START,
    milestones=plan.MILESTONES,
    decisions=plan.DECISIONS,
    risks=plan.RISKS,
    actions=plan.ACTIONS,
    report=plan.REPORT,
)
