"""Scale-up at Deccan Synthesis: schedule, decisions, risks and actions (no report yet)."""

from __future__ import annotations

from cdmo_desktop.domain.enums import (
    ActionSource,
    ActionStatus,
    RiskCategory,
    RiskStatus,
    Side,
)
from cdmo_desktop.store.demo._build import gate, milestone, task
from cdmo_desktop.store.demo.spec import A, D, R

CLIENT, PARTNER, CONSULTANT = Side.CLIENT, Side.PARTNER, Side.CONSULTANT
RC = RiskCategory

SCHEDULE_START = -60

MILESTONES = [
    task("rfp", "Request for proposal to three API manufacturers", 20, side=CONSULTANT),
    task("dd", "Proposal review and technical due diligence", 15, "rfp", side=CONSULTANT),
    milestone("ko", "Kickoff (video call)", ("dd", 16), side=CONSULTANT),
    task("tt", "Technology transfer package from Hollis Ridge", 30, ("ko", 5), side=CLIENT),
    task("aud", "On-site qualification audit, Pashamylaram", 3, ("ko", 34), side=CONSULTANT),
    gate("g1", "Gate: partner qualification decision", ("aud", 10), side=CLIENT),
    task("mt", "Analytical method transfer and comparability", 30, "tt"),
    task("demo", "Lab demonstration batches (2 x 500 g)", 30, "tt", "g1"),
    task("fit", "Plant fit and process safety review", 20, "demo"),
    gate("g2", "Gate: go for the 60 kg engineering batch", "mt", "fit", fixed=True, side=CLIENT),
    task("eng", "Engineering batch, 60 kg", 40, "g2"),
    task("gmp", "GMP batches, 3 x 100 kg", 90, "eng", fixed=True),
    task("rel", "Release and stability set-down", 30, "gmp"),
    milestone("api", "Phase 3 API available", "rel", fixed=True, side=CLIENT),
]

DECISIONS = [
    D(
        "short",
        -35,
        "Shortlist Deccan Synthesis for 100 kg API",
        "Stay at Hollis Ridge (limited to 100 kg batches, USD 7,400/kg); Deccan Synthesis "
        "(6 kL reactors, USD 4,300/kg); Qiantang Molecular (no GMP API experience).",
        "Deccan Synthesis, conditional on a successful qualification audit.",
        "Roughly 40% lower cost of goods, EU GMP certificate, capacity for commercial "
        "scale. Data-integrity history requires an on-site audit first.",
        "James Whitaker",
    ),
    D(
        "second",
        -10,
        "Keep Hollis Ridge as second source until two Deccan batches pass",
        "Single source at Deccan; dual source for the first year.",
        "Dual source for the first year.",
        "Protects the phase 2 supply while the new partner proves itself.",
        "James Whitaker",
    ),
]

RISKS = [
    R(
        "Data-integrity findings at the qualification audit",
        RC.QUALITY,
        3,
        5,
        "Morgan Ellis",
        "Audit plan focused on chromatography data systems and audit "
        "trails; remote pre-audit of SOPs.",
        raised=-35,
        review=20,
        milestone="aud",
        description="FDA warning letter in the past; closed after re-inspection.",
    ),
    R(
        "Cryogenic lithiation (-78 °C) does not scale in batch",
        RC.TECHNICAL,
        3,
        4,
        "Dr. Ananya Iyer",
        "Evaluate a flow set-up for step 3 during the lab demonstration.",
        raised_by=PARTNER,
        raised=-9,
        review=21,
        description="Raised by Deccan at the kickoff: their largest cryogenic vessel holds 1.6 kL.",
    ),
    R(
        "Time-zone gap slows decisions (9.5-10.5 h)",
        RC.COMMUNICATION,
        4,
        2,
        "Morgan Ellis",
        "Fixed early-morning call slot; written decisions within 24 h.",
        raised=-10,
        review=30,
    ),
    R(
        "Air freight of intermediates delayed by export licensing",
        RC.SUPPLY,
        3,
        3,
        "Srinivas Reddy",
        "Start export paperwork at order; keep a sea-freight buffer.",
        raised_by=PARTNER,
        raised=-9,
        review=30,
    ),
    R(
        "Process know-how leaks in the technology transfer",
        RC.IP_CONFIDENTIALITY,
        2,
        4,
        "James Whitaker",
        "Data room with watermarking; MSA IP clause before full package.",
        raised=-30,
        review=-2,
        cadence=14,
    ),
    R(
        "MSA negotiation delays the start",
        RC.SCHEDULE,
        3,
        3,
        "Morgan Ellis",
        "Escalate open points to the CEOs if not closed in two weeks.",
        status=RiskStatus.MITIGATING,
        raised=-25,
        review=-1,
        cadence=14,
    ),
    R(
        "Rupee/dollar exchange moves erode the cost advantage",
        RC.COST,
        2,
        2,
        "James Whitaker",
        "Invoice in USD; price review clause.",
        raised=-20,
        review=45,
        cadence=90,
    ),
    R(
        "Drug master file gaps for the EU filing",
        RC.REGULATORY,
        2,
        4,
        "Vikram Desai",
        "Gap analysis of the DMF template against ICH M4Q.",
        raised=-8,
        review=40,
    ),
    R(
        "Deccan's process R&D head also leads two other transfers",
        RC.PEOPLE,
        3,
        3,
        "Srinivas Reddy",
        "Named deputy; resource plan attached to the work order.",
        raised=-8,
        review=30,
    ),
]

ACTIONS = [
    A(
        "Send the audit agenda to Deccan QA",
        "Morgan Ellis",
        5,
        raised=-10,
        source=ActionSource.KICKOFF,
    ),
    A(
        "Share the Hollis Ridge development report in the data room",
        "James Whitaker",
        -5,
        ActionStatus.DONE,
        source=ActionSource.KICKOFF,
        raised=-10,
    ),
    A(
        "Propose a flow set-up for the lithiation step",
        "Dr. Ananya Iyer",
        20,
        raised_by=PARTNER,
        source=ActionSource.KICKOFF,
        raised=-10,
    ),
    A(
        "Fill in the charter: who, where, how and the client's part",
        "Morgan Ellis",
        7,
        source=ActionSource.KICKOFF,
        raised=-10,
    ),
    A("Return MSA mark-up with positions on liability cap", "James Whitaker", -3, raised=-12),
]

REPORT = None
