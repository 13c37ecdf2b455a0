"""Demo partners (North American and international CROs/CDMOs and a testing lab) and clients."""

from __future__ import annotations

from typing import Any

from sqlmodel import Session

from cdmo_desktop.domain.enums import (
    AuditOutcome,
    AuditStatus,
    AuditType,
    InspectionAuthority,
    InspectionOutcome,
    PartnerKind,
    QualificationStatus,
)
from cdmo_desktop.domain.models import (
    Client,
    Contact,
    GmpInspection,
    Partner,
    PartnerAudit,
    PartnerSite,
)
from cdmo_desktop.store.demo._build import Ctx

# key: (partner fields, sites, contacts, audits, inspections); day offsets are from today.
PARTNERS: dict[str, dict[str, Any]] = {
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
            registered_address="7200 Rue Frederick-Banting\nSaint-Laurent, QC H4S 2A1\nCanada",
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
                None,
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
            "Sangareddy District, Telangana 502307\nIndia",
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
                730,
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

CLIENTS: dict[str, dict[str, Any]] = {
    "aurelis": {
        "client": dict(
            name="Aurelis Therapeutics",
            legal_name="Aurelis Therapeutics, Inc.",
            registered_address="One Kendall Square, Building 1400\nCambridge, MA 02139\n"
            "United States",
            country="US",
            notes="Series B oncology biotech (28 staff). ART-417 is an oral KRAS G12D inhibitor "
            "heading for IND; no in-house CMC team.",
        ),
        "contacts": [
            ("Dr. Sarah Lindqvist", "Chief scientific officer", "+1 617 555 0123", True),
            ("James Whitaker", "VP, CMC and supply", "+1 617 555 0156", False),
            ("Nadia Haddad", "Head of discovery chemistry", "+1 617 555 0171", False),
        ],
    },
    "corvane": {
        "client": dict(
            name="Corvane Bio",
            legal_name="Corvane Bio, Inc.",
            registered_address="10835 Road to the Cure, Suite 200\nSan Diego, CA 92121\n"
            "United States",
            country="US",
            notes="Clinical-stage biotech; CVB-201 is a monoclonal antibody for atopic "
            "dermatitis entering phase 2.",
        ),
        "contacts": [
            ("Dr. Michael Osei", "Chief executive officer", "+1 858 555 0110", True),
            ("Priya Raman", "Director, quality assurance", "+1 858 555 0135", False),
            ("Daniel Brooks", "Clinical supply manager", "+1 858 555 0149", False),
        ],
    },
}


def email(name: str, website: str) -> str:
    """first.last@domain from a person's name and the organisation's web address."""
    parts = [p for p in name.replace("Dr. ", "").split() if p]
    local = ".".join(parts[:1] + parts[-1:]).lower()
    for a, b in (("é", "e"), ("è", "e"), ("á", "a"), ("ó", "o"), ("-", ""), ("'", "")):
        local = local.replace(a, b)
    domain = website.split("//", 1)[-1].removeprefix("www.")
    return f"{local}@{domain}"


def client_domain(key: str) -> str:
    return {"aurelis": "aurelistx.example", "corvane": "corvanebio.example"}[key]


def add_partners(s: Session, ctx: Ctx) -> None:
    for key, spec in PARTNERS.items():
        fields = dict(spec["partner"])
        cda, qa, msa = fields.pop("cda"), fields.pop("qa"), fields.pop("msa")
        done = [a for a in spec["audits"] if a[2] == AuditStatus.DONE]
        planned = [a for a in spec["audits"] if a[2] == AuditStatus.PLANNED]
        last = max((a[0] for a in done), default=None)
        next_due = min((a[0] for a in planned), default=None)
        if next_due is None:
            next_due = min((a[0] + a[6] for a in done if a[6]), default=None)
        p = ctx.make(
            Partner,
            **fields,
            cda_signed_date=ctx.d(cda[0]),
            cda_expiry_date=ctx.d(cda[1]),
            quality_agreement_date=ctx.d(qa[0]),
            quality_agreement_expiry=ctx.d(qa[1]),
            msa_signed_date=ctx.d(msa),
            last_audit_date=ctx.d(last),
            next_audit_due=ctx.d(next_due),
        )
        s.add(p)
        s.flush()
        ctx.partners[key] = p
        for skey, name, city, country, tz, address, caps in spec["sites"]:
            site = ctx.make(
                PartnerSite,
                partner_id=p.id,
                name=name,
                city=city,
                country=country,
                time_zone=tz,
                address=address,
                capabilities=caps,
            )
            s.add(site)
            ctx.sites[skey] = site
        s.flush()
        for name, role, phone, primary, skey in spec["contacts"]:
            s.add(
                ctx.make(
                    Contact,
                    partner_id=p.id,
                    name=name,
                    role=role,
                    phone=phone,
                    email=email(name, p.website),
                    is_primary=primary,
                    site_id=ctx.sites[skey].id if skey else None,
                )
            )
        for day, kind, status, auditor, outcome, obs, next_in, skey, notes in spec["audits"]:
            s.add(
                ctx.make(
                    PartnerAudit,
                    partner_id=p.id,
                    audit_date=ctx.day(day),
                    audit_type=kind,
                    status=status,
                    auditor=auditor,
                    outcome=outcome,
                    observations=obs,
                    next_due=ctx.d(day + next_in) if next_in else None,
                    notes=notes,
                    site_id=ctx.sites[skey].id if skey else None,
                )
            )
        for authority, day, outcome, obs, skey, notes in spec["inspections"]:
            s.add(
                ctx.make(
                    GmpInspection,
                    partner_id=p.id,
                    authority=authority,
                    inspection_date=ctx.day(day),
                    outcome=outcome,
                    observations=obs,
                    notes=notes,
                    site_id=ctx.sites[skey].id if skey else None,
                )
            )


def add_clients(s: Session, ctx: Ctx) -> None:
    for key, spec in CLIENTS.items():
        c = ctx.make(Client, **spec["client"])
        s.add(c)
        s.flush()
        ctx.clients[key] = c
        for name, role, phone, primary in spec["contacts"]:
            s.add(
                ctx.make(
                    Contact,
                    client_id=c.id,
                    name=name,
                    role=role,
                    phone=phone,
                    is_primary=primary,
                    email=email(name, "https://" + client_domain(key)),
                )
            )
