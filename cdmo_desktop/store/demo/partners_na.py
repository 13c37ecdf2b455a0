"""Demo partners in North America: a US CDMO, a Canadian CRO and a US testing lab."""

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
NORTH_AMERICA: dict[str, dict[str, Any]] = {
    "hollis": {
        "partner": dict(
            name="Hollis Ridge Pharma Services",
            legal_name="Hollis Ridge Pharmaceutical Services, LLC",
            kind=PartnerKind.CDMO,
            registered_address="4100 Emperor Boulevard, Suite 300\nDurham, NC 27703\nUnited States",
            website="https://www.hollisridge.example",
            country="US",
            city="Durham",
            time_zone="America/New_York",
            languages="English; Spanish",
            capabilities="process development; scale-up; GMP API manufacturing; analytical; "
            "stability; solid-state characterisation; clinical supply",
            scales="g; kg; 100 kg",
            technology_platforms="Flow chemistry; high-pressure hydrogenation; spray drying; "
            "chiral SFC purification",
            qualification_status=QualificationStatus.APPROVED,
            cda=(-900, 925),
            qa=(-420, 675),
            msa=-400,
            notes="Preferred small-molecule CDMO for Aurelis. Strong process chemistry "
            "bench; kilo lab and pilot plant share one QA unit.",
        ),
        "sites": [
            (
                "durham",
                "Durham process development and kilo lab",
                "Durham",
                "US",
                "America/New_York",
                "4100 Emperor Boulevard, Durham, NC 27703",
                "process development; kilo lab; analytical",
            ),
            (
                "sanford",
                "Sanford pilot plant (GMP)",
                "Sanford",
                "US",
                "America/New_York",
                "2200 Tramway Road, Sanford, NC 27332",
                "GMP API manufacturing; 100 kg scale; isolators for HPAPI up to OEB 4",
            ),
        ],
        "contacts": [
            ("Rachel Okafor", "Business development director", "+1 919 555 0142", True, None),
            ("Dr. Tomás Herrera", "Head of process chemistry", "+1 919 555 0178", False, "durham"),
            ("Linda Marsh", "QA director", "+1 919 555 0190", False, "sanford"),
        ],
        "audits": [
            (
                -430,
                AuditType.QUALIFICATION,
                AuditStatus.DONE,
                "Morgan Ellis",
                AuditOutcome.PASSED_WITH_OBSERVATIONS,
                4,
                570,
                "sanford",
                "Four minor observations (logbook reviews, calibration labels); CAPA closed.",
            ),
            (
                140,
                AuditType.ROUTINE,
                AuditStatus.PLANNED,
                "Morgan Ellis",
                AuditOutcome.PENDING,
                0,
                None,
                "sanford",
                "Routine biennial GMP audit.",
            ),
        ],
        "inspections": [
            (
                InspectionAuthority.FDA,
                -1250,
                InspectionOutcome.FORM_483,
                3,
                "sanford",
                "Three observations: cleaning validation, OOS investigations, training records.",
            ),
            (
                InspectionAuthority.FDA,
                -380,
                InspectionOutcome.NAI,
                0,
                "sanford",
                "Pre-approval inspection for a third-party NDA; no observations.",
            ),
        ],
    },
    "laurentian": {
        "partner": dict(
            name="Laurentian Discovery",
            legal_name="Laurentian Discovery Sciences Inc.",
            kind=PartnerKind.CRO,
            registered_address="7200 Rue Frederick-Banting\nMontréal (Saint-Laurent), QC H4S 2A1\n"
            "Canada",
            website="https://www.laurentiandiscovery.example",
            country="CA",
            city="Montréal",
            time_zone="America/Toronto",
            languages="English; French",
            capabilities="medicinal chemistry; computational chemistry; in vitro ADME; "
            "analytical; custom synthesis",
            scales="mg; g",
            technology_platforms="Parallel synthesis; structure-based design; "
            "high-throughput purification; microsomal stability assays",
            qualification_status=QualificationStatus.QUALIFIED,
            cda=(-560, 535),
            qa=(None, None),
            msa=-520,
            notes="Fee-for-service med-chem team of 14 FTE; bilingual; same time zone as "
            "the client's Boston office.",
        ),
        "sites": [
            (
                "montreal",
                "Saint-Laurent chemistry laboratories",
                "Montréal",
                "CA",
                "America/Toronto",
                "7200 Rue Frederick-Banting, Saint-Laurent, QC",
                "medicinal chemistry; analytical; ADME",
            ),
        ],
        "contacts": [
            (
                "Dr. Geneviève Tremblay",
                "Director, medicinal chemistry",
                "+1 514 555 0117",
                True,
                "montreal",
            ),
            ("Marc-André Gagnon", "Project manager", "+1 514 555 0163", False, "montreal"),
        ],
        "audits": [
            (
                -500,
                AuditType.REMOTE,
                AuditStatus.DONE,
                "Morgan Ellis",
                AuditOutcome.PASSED,
                0,
                730,
                None,
                "Remote data-integrity and ELN audit before the first work order.",
            ),
        ],
        "inspections": [],
    },
    "keystone": {
        "partner": dict(
            name="Keystone Analytical Laboratories",
            legal_name="Keystone Analytical Laboratories, Inc.",
            kind=PartnerKind.LAB,
            registered_address="1250 Church Road\nLansdale, PA 19446\nUnited States",
            website="https://www.keystonelabs.example",
            country="US",
            city="Lansdale",
            time_zone="America/New_York",
            languages="English",
            capabilities="analytical; release testing; stability; method validation; "
            "extractables and leachables; microbiology",
            scales="n/a",
            technology_platforms="ICH stability chambers; LC-MS/MS; ICP-MS; compendial testing",
            qualification_status=QualificationStatus.QUALIFIED,
            cda=(-1000, 825),
            qa=(-700, 395),
            msa=-690,
            notes="Independent release and stability testing for clinical batches.",
        ),
        "sites": [
            (
                "lansdale",
                "Lansdale laboratories",
                "Lansdale",
                "US",
                "America/New_York",
                "1250 Church Road, Lansdale, PA 19446",
                "release testing; stability storage; microbiology",
            ),
        ],
        "contacts": [
            ("Dr. Howard Kim", "Laboratory director", "+1 215 555 0144", True, "lansdale"),
            ("Beth Castellano", "Client services manager", "+1 215 555 0101", False, None),
        ],
        "audits": [
            (
                -760,
                AuditType.ROUTINE,
                AuditStatus.DONE,
                "Morgan Ellis",
                AuditOutcome.PASSED,
                1,
                740,
                "lansdale",
                "One observation on stability chamber alarm tests.",
            ),
            (
                -20,
                AuditType.ROUTINE,
                AuditStatus.PLANNED,
                "Morgan Ellis",
                AuditOutcome.PENDING,
                0,
                None,
                "lansdale",
                "Biennial audit; postponed twice by the lab, now overdue.",
            ),
        ],
        "inspections": [
            (
                InspectionAuthority.FDA,
                -700,
                InspectionOutcome.NAI,
                0,
                "lansdale",
                "Routine surveillance inspection of the contract testing laboratory.",
            ),
        ],
    },
}
