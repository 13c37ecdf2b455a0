"""Words the large-dataset generator builds plausible names and values from."""

from __future__ import annotations

from cdmo_desktop.domain.enums import PartnerKind, Region

PREFIXES = (
    "Aster",
    "Boreal",
    "Cedar",
    "Delta",
    "Ember",
    "Fjord",
    "Granite",
    "Harbor",
    "Iris",
    "Juniper",
    "Kestrel",
    "Laurel",
    "Meridian",
    "Nova",
    "Orchid",
    "Pinnacle",
    "Quarry",
    "Raven",
    "Sierra",
    "Tidewater",
    "Umber",
    "Vireo",
    "Willow",
    "Xylem",
    "Yarrow",
    "Zephyr",
)
MIDDLES = ("Ridge", "Bay", "Valley", "Point", "Creek", "Park", "Field", "Lake", "Hill", "Stone")
SUFFIXES = {
    PartnerKind.CRO: ("Discovery", "Research", "Chemistry", "Sciences"),
    PartnerKind.CDMO: ("Pharma Services", "Biologics", "Manufacturing", "BioProcess"),
    PartnerKind.CMO: ("Synthesis", "Fine Chemicals", "API Works", "Chemicals"),
    PartnerKind.LAB: ("Analytical", "Laboratories", "Testing Services", "QC Labs"),
}
# (country, city, IANA zone, region, languages)
PLACES = (
    ("US", "Durham", "America/New_York", Region.NORTH_AMERICA, "English"),
    ("US", "San Diego", "America/Los_Angeles", Region.NORTH_AMERICA, "English; Spanish"),
    ("US", "Boston", "America/New_York", Region.NORTH_AMERICA, "English"),
    ("CA", "Montréal", "America/Toronto", Region.NORTH_AMERICA, "English; French"),
    ("CA", "Toronto", "America/Toronto", Region.NORTH_AMERICA, "English"),
    ("MX", "Mexico City", "America/Mexico_City", Region.LATIN_AMERICA, "Spanish; English"),
    ("BR", "São Paulo", "America/Sao_Paulo", Region.LATIN_AMERICA, "Portuguese; English"),
    ("CH", "Basel", "Europe/Zurich", Region.EUROPE, "German; English; French"),
    ("DE", "Freiburg im Breisgau", "Europe/Berlin", Region.EUROPE, "German; English"),
    ("IE", "Cork", "Europe/Dublin", Region.EUROPE, "English"),
    ("IT", "Milan", "Europe/Rome", Region.EUROPE, "Italian; English"),
    ("GB", "Cambridge", "Europe/London", Region.EUROPE, "English"),
    ("IL", "Rehovot", "Asia/Jerusalem", Region.MIDDLE_EAST_AFRICA, "Hebrew; English"),
    ("ZA", "Cape Town", "Africa/Johannesburg", Region.MIDDLE_EAST_AFRICA, "English; Afrikaans"),
    ("IN", "Hyderabad", "Asia/Kolkata", Region.ASIA_PACIFIC, "English; Hindi; Telugu"),
    ("CN", "Shanghai", "Asia/Shanghai", Region.ASIA_PACIFIC, "Mandarin Chinese; English"),
    ("KR", "Incheon", "Asia/Seoul", Region.ASIA_PACIFIC, "Korean; English"),
    ("JP", "Osaka", "Asia/Tokyo", Region.ASIA_PACIFIC, "Japanese; English"),
    ("SG", "Singapore", "Asia/Singapore", Region.ASIA_PACIFIC, "English; Mandarin Chinese"),
)
CAPABILITIES = (
    "medicinal chemistry",
    "process development",
    "scale-up",
    "GMP API manufacturing",
    "formulation",
    "analytical",
    "stability",
    "fill-finish",
    "packaging",
    "clinical supply",
    "biologics",
)
SCALES = ("mg", "g", "kg", "100 kg", "t")
RISK_TITLES = (
    "Key raw material delayed by the supplier",
    "Impurity above the qualified limit",
    "Polymorph change at scale",
    "Batch record review backlog delays release",
    "Exotherm in the coupling step at scale",
    "Time-zone gap slows decisions",
    "Regulatory starting material not accepted",
    "Cold-chain excursion in transit",
    "Budget overrun on extra analytical work",
    "Key scientist leaves the partner",
    "Compound data shared beyond the project team",
    "Deviation closure exceeds 30 days",
)
MILESTONE_NAMES = (
    "Route scouting",
    "Impurity fate and purge",
    "Method development",
    "Method validation",
    "Engineering batch",
    "Tech transfer",
    "GMP batch",
    "Release testing",
    "Stability set-down",
    "Process safety review",
    "Crystallisation study",
    "Data package",
)
RISK_OWNERS = ("Morgan Ellis", "James Whitaker", "Dr. Katrin Vogel", "Kevin Tran", "Priya Raman")
MITIGATIONS = (
    "Weekly review with the partner; second source qualified.",
    "Safety stock of eight weeks; alternate supplier audited.",
    "Extra in-process control; purge study before the GMP batch.",
    "Escalate at the steering meeting; agree a recovery plan.",
)
COMPOUND_PREFIXES = ("ART", "BXL", "CRN", "DMX", "EVO", "FLT", "GRX", "HLN")
FIRST_NAMES = ("Anna", "Ben", "Carla", "Dev", "Elena", "Farid", "Grace", "Hiro", "Ines", "Jonas")
LAST_NAMES = ("Okafor", "Müller", "Rossi", "Chen", "Kumar", "Tanaka", "Garcia", "Novak", "Dubois")
CONTACT_ROLES = ("Project manager", "QA lead", "Business development", "Site head", "Chemist")
SITE_CITIES = ("Visp", "Sanford", "Raleigh", "Leiden", "Hyderabad", "Wuxi", "Monza", "Cork")
