"""Clinical supply of CVB-201 (fill-finish) at Rheinwald Biologics: agreed charter, in trouble."""

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
from cdmo_desktop.store.demo import eng_fill_finish_plan as plan
from cdmo_desktop.store.demo.spec import EngagementSpec

CLIENT, PARTNER, CONSULTANT = Side.CLIENT, Side.PARTNER, Side.CONSULTANT
RC = RiskCategory
_SIGNATORIES = dict(
    governing_law="Switzerland (Basel-Stadt)",
    client_signatory="Dr. Michael Osei",
    client_signatory_title="Chief executive officer",
    partner_signatory="Dr. Katrin Vogel",
    partner_signatory_title="Senior program manager",
)

SPEC = EngagementSpec(
    key="fill_finish",
    client="corvane",
    partner="rheinwald",
    engagement=dict(
        title="CVB-201 phase 2 clinical supply (fill-finish)",
        program="CVB-201 anti-IL-13 antibody",
        compound="CVB-201",
        phase=Phase.CLINICAL_SUPPLY,
        status=EngagementStatus.ACTIVE,
        start=-200,
        end=120,
        budget="1950000",
        budget_currency="CHF",
        rag=Rag.RED,
        description="Transfer of the 150 mg/mL drug product process to the Freiburg fill "
        "line, media fills, one GMP fill of 4,800 vials, QC release, QP certification, "
        "packaging and labelling for the US/EU phase 2 study.",
    ),
    charter=dict(
        status=CharterStatus.AGREED,
        who_summary="Rheinwald's drug product team in Freiburg fills; Basel supplies the drug "
        "substance and QC; Corvane QA approves; the Rheinwald QP certifies for the EU.",
        decision_maker="Dr. Michael Osei (Corvane CEO)",
        kickoff_date=-203,
        planned_start=-200,
        planned_end=60,
        timeline_notes="First patient dosed is fixed with the clinical CRO; the fill date "
        "is booked 9 months ahead on the isolator line.",
        where_notes="Drug substance and QC in Basel; fill-finish, packaging and labelling "
        "in Freiburg; depots in the US (Memphis) and the EU (Frankfurt).",
        scope="Aseptic fill of CVB-201 drug product and clinical packaging for phase 2.",
        deliverables="4,800 vials released and labelled; batch records; CoA; QP "
        "certificate; stability data at 3, 6, 12 and 24 months.",
        methods="Isolator filling with 100% in-process weight check; terminal visual "
        "inspection; container-closure integrity by helium leak.",
        quality_standards="EU GMP Annex 1 (2022); 21 CFR 210/211; quality agreement CVB-RWB-QA-02.",
        tech_transfer="Formulation and filtration process transferred from the client's "
        "development lab; filter compatibility and media fills before the GMP fill.",
        client_provides="Reference standard, label text, clinical demand forecast, "
        "import documentation for the US.",
        client_approves="Master batch record, specifications, deviations classified major "
        "or critical, label proofs.",
        client_reviews="Executed batch record, stability reports, monthly KPI sheet.",
        kickoff_place="Rheinwald Biologics, Freiburg site",
        client_signatory="Dr. Michael Osei",
        client_signed_date=-196,
        partner_signatory="Dr. Katrin Vogel",
        partner_signed_date=-195,
        agreed=-195,
    ),
    charter_sites=["basel", "freiburg"],
    metrics=[
        ("Right-first-time batches", "100% (no critical deviations)", "the deviation log"),
        ("On-time release to depot", "Released by the agreed depot date", "the milestone dates"),
        ("Deviation closure time", "<= 30 days", "the monthly KPI sheet"),
        ("Yield of the GMP fill", ">= 92% vials accepted", "batch record reconciliation"),
    ],
    escalation=[
        ("Dr. Katrin Vogel / Morgan Ellis", "any deviation or a date at risk", 24),
        ("Jonas Brenner / Priya Raman", "major deviation or release at risk", 24),
        ("Rheinwald COO / Dr. Michael Osei", "first-patient date at risk", 72),
    ],
    team=[
        ("mo", "Dr. Michael Osei", CLIENT, "Chief executive officer", "+1 858 555 0110", True),
        ("pr", "Priya Raman", CLIENT, "Director, quality assurance", "+1 858 555 0135", False),
        ("db", "Daniel Brooks", CLIENT, "Clinical supply manager", "+1 858 555 0149", False),
        (
            "me",
            "Morgan Ellis",
            CONSULTANT,
            "CMC consultant, program lead",
            "+1 617 555 0199",
            False,
        ),
        ("kv", "Dr. Katrin Vogel", PARTNER, "Senior program manager", "+41 61 555 04 21", True),
        (
            "jb",
            "Jonas Brenner",
            PARTNER,
            "Head of drug product operations",
            "+49 761 555 0388",
            False,
        ),
        ("ef", "Dr. Élise Favre", PARTNER, "Qualified Person", "+41 61 555 04 77", False),
        ("sk", "Stefan Keller", PARTNER, "Validation lead", "+49 761 555 0312", False),
    ],
    kickoff_attendees=["mo", "pr", "db", "me", "kv", "jb", "sk"],
    workstreams=[
        ("Drug product process transfer", "A:kv R:jb C:pr I:me"),
        ("Aseptic process validation (media fills)", "A:jb R:sk C:pr I:mo,me"),
        ("GMP fill and QC release", "A:jb R:kv C:pr I:db"),
        ("QP certification", "A:kv R:ef C:pr I:db"),
        ("Packaging, labelling and distribution", "A:db R:kv C:pr I:me"),
    ],
    channels=[
        (
            "Weekly operations call",
            ChannelKind.CALL,
            Cadence.WEEKLY,
            "kv",
            "Both project teams",
            "Microsoft Teams, Tuesdays 17:00 CET / 08:00 PT",
            "schedule, deviations, open actions",
            -2,
        ),
        (
            "Deviation and CAPA review",
            ChannelKind.MEETING,
            Cadence.BIWEEKLY,
            "pr",
            "Priya Raman, Rheinwald QA, Morgan Ellis",
            "Microsoft Teams",
            "status of every open deviation and CAPA",
            -6,
        ),
        (
            "Monthly KPI report",
            ChannelKind.WRITTEN_REPORT,
            Cadence.MONTHLY,
            "kv",
            "Corvane management, Morgan Ellis",
            "PDF",
            "KPIs against the charter targets",
            -21,
        ),
        (
            "Quarterly business review",
            ChannelKind.MEETING,
            Cadence.QUARTERLY,
            "me",
            "Dr. Michael Osei, Rheinwald COO, Dr. Katrin Vogel, Morgan Ellis",
            "On site, Basel",
            "relationship, capacity for phase 3, commercial terms",
            -75,
        ),
        (
            "Person-in-plant during GMP fill",
            ChannelKind.SITE_VISIT,
            Cadence.AD_HOC,
            "pr",
            "Priya Raman or Morgan Ellis",
            "On site, Freiburg",
            "observe critical steps; fast decisions on the floor",
            -44,
        ),
    ],
    agreements=[
        dict(
            key="msa",
            kind=AgreementKind.MASTER_SERVICES,
            status=AgreementStatus.SIGNED,
            title="Master development and manufacturing agreement",
            reference="CVB-RWB-MSA-01",
            effective_date=-330,
            expiry_date=765,
            signed_date=-331,
            **_SIGNATORIES,
        ),
        dict(
            key="qa",
            kind=AgreementKind.QUALITY,
            status=AgreementStatus.SIGNED,
            title="Quality agreement for drug product manufacture",
            reference="CVB-RWB-QA-02",
            version=2,
            effective_date=-300,
            expiry_date=795,
            signed_date=-300,
            notes="Version 2 adds the cost rule for repeated aseptic process simulations.",
            extra_clauses=[
                (
                    "Repeated aseptic process simulations",
                    "Where a media fill fails for a cause within the Partner's control, the "
                    "Partner bears the cost of the investigation and of the repeat runs, and "
                    "proposes a recovery plan for the schedule in {milestone_schedule} within "
                    "ten business days. The Client's quality unit approves the root cause and "
                    "the corrective actions before the next run.",
                )
            ],
            **_SIGNATORIES,
        ),
        dict(
            key="wo",
            kind=AgreementKind.WORK_ORDER,
            status=AgreementStatus.SIGNED,
            title="Statement of work 2: phase 2 fill-finish",
            reference="CVB-RWB-SOW-02",
            effective_date=-205,
            expiry_date=180,
            signed_date=-206,
            **_SIGNATORIES,
        ),
        dict(
            key="daa",
            kind=AgreementKind.DATA_ACCESS,
            status=AgreementStatus.SIGNED,
            title="Data access agreement (clinical demand and stability data)",
            reference="CVB-RWB-DAA-01",
            effective_date=-190,
            expiry_date=540,
            signed_date=-190,
            **_SIGNATORIES,
        ),
    ],
    shares=[
        (
            "Clinical demand forecast by country and month",
            ShareDirection.TO_PARTNER,
            "size the fill and the labelling runs",
            "packaging waste and relabelling are avoided when the partner knows where "
            "vials go and when",
            "daa",
            "Aggregated by country; no site names",
            -30,
            "Daniel Brooks",
        ),
        (
            "Development stability data of CVB-201 (18 months)",
            ShareDirection.TO_PARTNER,
            "justify hold times",
            "Rheinwald asked why the hold-time limit is 72 h, and the stability data explain it",
            "daa",
            "",
            -170,
            "Priya Raman",
        ),
        (
            "Media fill investigation report",
            ShareDirection.FROM_PARTNER,
            "Corvane QA approval of the CAPA",
            "",
            "qa",
            "",
            -98,
            "Stefan Keller",
        ),
        (
            "Environmental monitoring trend data, grade A/B",
            ShareDirection.FROM_PARTNER,
            "trend review after the media fill failure",
            "",
            "qa",
            "Site confidential; not for regulators without Rheinwald consent",
            -14,
            "Jonas Brenner",
        ),
        (
            "Endotoxin OOS investigation, phase 1 report",
            ShareDirection.FROM_PARTNER,
            "release decision",
            "",
            "qa",
            "",
            -4,
            "Dr. Élise Favre",
        ),
    ],
    schedule_start=plan.SCHEDULE_START,
    milestones=plan.MILESTONES,
    decisions=plan.DECISIONS,
    risks=plan.RISKS,
    actions=plan.ACTIONS,
    report=plan.REPORT,
)
