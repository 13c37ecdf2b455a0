"""Demo partners abroad: a Swiss/German biologics CDMO, an Indian API maker, a Chinese CRO."""

from __future__ import annotations

from typing import Any

from cdmo_desktop.domain.enums import (
    AuditOutcome,
    AuditStatus,
    AuditType,
    InspectionAuthority,
    InspectionOutcome,
    PartnerKind,
    QualificationStatus,
)

# key: partner fields, sites, contacts, audits, inspections; day offsets are from today.
INTERNATIONAL: dict[str, dict[str, Any]] = {
    "rheinwald": {
        "partner": dict(
            name="Rheinwald Biologics",
            legal_name="Rheinwald Biologics AG",
            kind=PartnerKind.CDMO,
            registered_address="Hochbergerstrasse 60\n4057 Basel\nSwitzerland",
            website="https://www.rheinwald-bio.example",
            country="CH",
            city="Basel",
            time_zone="Europe/Zurich",
            languages="German; English; French",
            capabilities="biologics; cell line development; upstream; downstream; "
            "formulation; fill-finish; analytical; stability; packaging; clinical supply",
            scales="200 L; 2000 L single-use; 5,000 vials per batch",
            technology_platforms="CHO fed-batch; single-use bioreactors; isolator vial filling; "
            "lyophilisation",
            qualification_status=QualificationStatus.APPROVED,
            cda=(-760, 335),
            qa=(-300, 795),
            msa=-330,
            notes="Drug substance in Basel, drug product (aseptic fill-finish) at the Freiburg "
            "site across the border. Capacity is booked 9-12 months ahead.",
        ),
        "sites": [
            (
                "basel",
                "Basel drug substance plant",
                "Basel",
                "CH",
                "Europe/Zurich",
                "Hochbergerstrasse 60, 4057 Basel",
                "upstream; downstream; analytical",
            ),
            (
                "freiburg",
                "Freiburg aseptic fill-finish",
                "Freiburg im Breisgau",
                "DE",
                "Europe/Berlin",
                "Engesserstrasse 4, 79108 Freiburg im Breisgau, Germany",
                "fill-finish; lyophilisation; packaging; labelling",
            ),
        ],
        "contacts": [
            ("Dr. Katrin Vogel", "Senior program manager", "+41 61 555 04 21", True, "basel"),
            (
                "Jonas Brenner",
                "Head of drug product operations",
                "+49 761 555 0388",
                False,
                "freiburg",
            ),
            ("Dr. Élise Favre", "Qualified Person", "+41 61 555 04 77", False, "basel"),
        ],
        "audits": [
            (
                -320,
                AuditType.QUALIFICATION,
                AuditStatus.DONE,
                "Morgan Ellis",
                AuditOutcome.PASSED_WITH_OBSERVATIONS,
                2,
                365,
                "freiburg",
                "Two observations on environmental monitoring trending in grade A.",
            ),
            (
                -45,
                AuditType.FOR_CAUSE,
                AuditStatus.DONE,
                "Priya Raman (Corvane QA)",
                AuditOutcome.PASSED_WITH_OBSERVATIONS,
                3,
                90,
                "freiburg",
                "For-cause audit after the failed media fill; root cause in isolator glove "
                "integrity testing.",
            ),
        ],
        "inspections": [
            (
                InspectionAuthority.SWISSMEDIC,
                -610,
                InspectionOutcome.GMP_CERTIFICATE,
                0,
                "basel",
                "Routine inspection; GMP certificate renewed.",
            ),
            (
                InspectionAuthority.NATIONAL_EU,
                -540,
                InspectionOutcome.GMP_CERTIFICATE,
                2,
                "freiburg",
                "Regierungspräsidium Tübingen; two minor deficiencies.",
            ),
            (
                InspectionAuthority.FDA,
                -880,
                InspectionOutcome.VAI,
                2,
                "basel",
                "Pre-license inspection for a partner's BLA; two observations, responded.",
            ),
        ],
    },
    "deccan": {
        "partner": dict(
            name="Deccan Synthesis",
            legal_name="Deccan Synthesis Private Limited",
            kind=PartnerKind.CMO,
            registered_address="Plot 42, IDA Pashamylaram, Patancheru Mandal\n"
            "Sangareddy District (Hyderabad), Telangana 502307\nIndia",
            website="https://www.deccansynthesis.example",
            country="IN",
            city="Hyderabad",
            time_zone="Asia/Kolkata",
            languages="English; Hindi; Telugu",
            capabilities="GMP API manufacturing; scale-up; process development; analytical; "
            "stability; regulatory support",
            scales="kg; 100 kg; t",
            technology_platforms="Glass-lined reactors 1.6-6 kL; cryogenic reactions to -78 °C; "
            "agitated filter dryers; micronisation",
            qualification_status=QualificationStatus.UNDER_EVALUATION,
            cda=(-150, 580),
            qa=(None, None),
            msa=None,
            notes="Candidate for commercial-scale API; roughly 40% below US quotes. "
            "Qualification audit must close before the first GMP batch.",
        ),
        "sites": [
            (
                "pashamylaram",
                "Pashamylaram API plant (Unit II)",
                "Sangareddy",
                "IN",
                "Asia/Kolkata",
                "Plot 42, IDA Pashamylaram, Telangana 502307",
                "GMP API manufacturing; 6 kL reactors; micronisation",
            ),
            (
                "genome",
                "Genome Valley R&D centre",
                "Hyderabad",
                "IN",
                "Asia/Kolkata",
                "Genome Valley, Turkapally, Telangana 500101",
                "process development; analytical",
            ),
        ],
        "contacts": [
            (
                "Srinivas Reddy",
                "Vice president, business development",
                "+91 40 5555 0142",
                True,
                None,
            ),
            ("Dr. Ananya Iyer", "Head of process R&D", "+91 40 5555 0187", False, "genome"),
            (
                "Vikram Desai",
                "Head of quality assurance",
                "+91 40 5555 0119",
                False,
                "pashamylaram",
            ),
        ],
        "audits": [
            (
                -120,
                AuditType.PAPER,
                AuditStatus.DONE,
                "Morgan Ellis",
                AuditOutcome.PASSED_WITH_OBSERVATIONS,
                5,
                None,
                None,
                "Questionnaire and document review; data-integrity SOPs requested.",
            ),
            (
                25,
                AuditType.QUALIFICATION,
                AuditStatus.PLANNED,
                "Morgan Ellis",
                AuditOutcome.PENDING,
                0,
                None,
                "pashamylaram",
                "On-site qualification audit; must pass before the engineering batch.",
            ),
        ],
        "inspections": [
            (
                InspectionAuthority.FDA,
                -1500,
                InspectionOutcome.OAI,
                9,
                "pashamylaram",
                "Warning letter on data integrity (shared login on HPLC systems); closed out "
                "after re-inspection.",
            ),
            (
                InspectionAuthority.FDA,
                -520,
                InspectionOutcome.FORM_483,
                4,
                "pashamylaram",
                "Re-inspection: four observations, none on data integrity.",
            ),
            (
                InspectionAuthority.NATIONAL_EU,
                -260,
                InspectionOutcome.GMP_CERTIFICATE,
                1,
                "pashamylaram",
                "EU GMP certificate for API manufacture (Ireland HPRA).",
            ),
        ],
    },
    "qiantang": {
        "partner": dict(
            name="Qiantang Molecular",
            legal_name="Qiantang Molecular Research Co., Ltd.",
            kind=PartnerKind.CRO,
            registered_address="No. 88 Kangxin Road, Pudong New Area\nShanghai 201318\nChina",
            website="https://www.qiantangmolecular.example",
            country="CN",
            city="Shanghai",
            time_zone="Asia/Shanghai",
            languages="Mandarin Chinese; English",
            capabilities="medicinal chemistry; custom synthesis; DMPK; analytical; building blocks",
            scales="mg; g; kg",
            technology_platforms="DNA-encoded libraries; parallel synthesis; photoredox chemistry",
            qualification_status=QualificationStatus.PROSPECT,
            cda=(-40, 1055),
            qa=(None, None),
            msa=None,
            notes="Second-source option for analogue synthesis; 12-13 h ahead of Boston, so "
            "overnight turnaround is possible but live meetings are hard.",
        ),
        "sites": [
            (
                "pudong",
                "Zhangjiang chemistry centre",
                "Shanghai",
                "CN",
                "Asia/Shanghai",
                "No. 88 Kangxin Road, Pudong, Shanghai",
                "medicinal chemistry; DMPK",
            ),
        ],
        "contacts": [
            (
                "Dr. Li Wei",
                "Director, business development (North America)",
                "+86 21 5555 0181",
                True,
                None,
            ),
            ("Zhang Min", "Project leader, chemistry", "+86 21 5555 0132", False, "pudong"),
        ],
        "audits": [],
        "inspections": [],
    },
}
