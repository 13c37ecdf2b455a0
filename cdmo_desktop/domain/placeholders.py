"""{Placeholders} in agreement clauses, merged from the engagement's data.

A clause body may say "The Partner shall perform {scope}". `merge` replaces every
`{name}` with its value and refuses a name it does not know, naming it, so a typo never
reaches a signed document. Write `{{` and `}}` for literal braces.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from cdmo_desktop.domain.enums import AgreementKind, Cadence, ChannelKind, Phase, ShareDirection
from cdmo_desktop.domain.formats import long_date_text
from cdmo_desktop.domain.snapshot import AgreementSnapshot, EngagementSnapshot

# name -> what it is replaced with (shown in the clause editor)
PLACEHOLDERS: dict[str, str] = {
    "client_name": "Client's name",
    "client_legal_name": "Client's legal name (or its name)",
    "client_address": "Client's registered address",
    "partner_name": "Partner's name",
    "partner_legal_name": "Partner's legal name (or its name)",
    "partner_address": "Partner's registered address",
    "agreement_title": "Title of this agreement",
    "agreement_kind": "Kind of agreement (e.g. Quality agreement)",
    "agreement_reference": "Reference of this agreement",
    "version": "Version number of this agreement",
    "effective_date": "Effective date",
    "expiry_date": "Expiry date",
    "term": "Term in words (from the effective date until the expiry date)",
    "governing_law": "Governing law",
    "engagement_title": "Title of the linked engagement",
    "program": "Program of the engagement",
    "compound": "Compound of the engagement",
    "phase": "Phase of the engagement",
    "scope": "Scope from the charter",
    "deliverables": "Deliverables from the charter",
    "methods": "Methods from the charter",
    "quality_standards": "Quality standards from the charter",
    "tech_transfer": "Technology transfer from the charter",
    "client_provides": "What the client provides (charter)",
    "client_approves": "What the client approves (charter)",
    "client_reviews": "What the client reviews (charter)",
    "work_sites": "Partner sites where the work is done (charter)",
    "decision_maker": "Decision maker named in the charter",
    "communication_plan": "Communication plan: channels, cadence and owners",
    "escalation_path": "Escalation path, level by level",
    "data_access_schedule": "Data-access schedule from the information-sharing register",
    "acceptance_criteria": "Acceptance criteria and KPIs from the success metrics",
    "responsibilities": "Reference to the responsibility (RACI) annex",
    "milestone_schedule": "Reference to the milestone annex",
}

_TOKEN = re.compile(r"\{\{|\}\}|\{([^{}]*)\}|[{}]")
_NAME = re.compile(r"[a-z_][a-z0-9_]*")

RACI_ANNEX = "Annex A (Responsibilities)"
MILESTONE_ANNEX = "Annex B (Milestones)"


class PlaceholderError(ValueError):
    """A clause uses a placeholder that does not exist, or a stray brace."""

    def __init__(self, message: str, names: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.names = names


def _scan(template: str) -> tuple[list[str], list[str]]:
    """(placeholder names used, problems found) in order of appearance."""
    used: list[str] = []
    problems: list[str] = []
    for m in _TOKEN.finditer(template):
        token = m.group(0)
        if token in ("{{", "}}"):
            continue
        if m.group(1) is None:
            problems.append(f"a stray '{token}' (write '{token * 2}' for a literal brace)")
            continue
        name = m.group(1).strip()
        used.append(name)
    return used, problems


def placeholders_in(template: str) -> list[str]:
    return _scan(template)[0]


def check(template: str, known: Mapping[str, object] | None = None) -> str | None:
    """A sentence naming what is wrong with the template, or None when it merges."""
    known = PLACEHOLDERS if known is None else known
    used, problems = _scan(template)
    unknown = list(dict.fromkeys(n for n in used if n not in known))
    if unknown:
        names = ", ".join("{" + n + "}" for n in unknown)
        word = "placeholder" if len(unknown) == 1 else "placeholders"
        return f"Unknown {word} {names}. Use one of the listed placeholders."
    if problems:
        return "The text has " + problems[0] + "."
    return None


def merge(template: str, values: Mapping[str, str]) -> str:
    """Replace every {name} with values[name]; refuse unknown names and stray braces."""
    message = check(template, values)
    if message is not None:
        unknown = tuple(n for n in placeholders_in(template) if n not in values)
        raise PlaceholderError(message, unknown)

    def replace(m: re.Match[str]) -> str:
        token = m.group(0)
        if token == "{{":
            return "{"
        if token == "}}":
            return "}"
        return values[m.group(1).strip()]

    return _TOKEN.sub(replace, template)


# --- values -------------------------------------------------------------------------------


def _missing(what: str) -> str:
    return f"[to be completed: {what}]"


def _or_missing(text: str, what: str) -> str:
    text = text.strip()
    return text if text else _missing(what)


def address_line(address: str, city: str = "", country: str = "") -> str:
    """One line: the address lines, then city and country unless the address names them."""
    lines = [" ".join(line.split()) for line in address.splitlines() if line.strip()]
    text = ", ".join(lines)
    for extra in (city.strip(), country.strip()):
        if extra and extra.casefold() not in text.casefold():
            text = f"{text}, {extra}" if text else extra
    return text


def _address(name: str, address: str, city: str, country: str) -> str:
    return address_line(address, city, country) or _missing(f"address of {name}")


def _communication_plan(data: EngagementSnapshot) -> str:
    lines = []
    for ch in data.channels:
        cadence = Cadence(ch.cadence).label.lower() if ch.cadence else ""
        kind = ChannelKind(ch.kind).label.lower() if ch.kind else ""
        line = f"- {ch.name} ({kind}, {cadence})"
        if ch.purpose.strip():
            line += f": {' '.join(ch.purpose.split())}"
        if ch.owner.strip():
            line += f"; owner: {ch.owner.strip()}"
        lines.append(line + ".")
    return "\n".join(lines) if lines else _missing("communication plan")


def _escalation_path(data: EngagementSnapshot) -> str:
    lines = []
    for lvl in sorted(data.escalation, key=lambda x: x.level):
        line = f"- Level {lvl.level}: {lvl.who.strip()}"
        if lvl.when_to_escalate.strip():
            line += f", when {' '.join(lvl.when_to_escalate.split())}"
        if lvl.response_time_hours is not None:
            line += f" (response within {lvl.response_time_hours} hours)"
        lines.append(line + ".")
    return "\n".join(lines) if lines else _missing("escalation path")


def _data_schedule(data: EngagementSnapshot) -> str:
    lines = []
    for share in data.data_shares:
        direction = ShareDirection(share.direction).label.lower()
        line = f"- {share.item.strip()} ({direction})"
        details = [
            f"purpose: {share.purpose.strip()}" if share.purpose.strip() else "",
            f"needed because {share.reason_needed.strip()}" if share.reason_needed.strip() else "",
            f"restrictions: {share.restrictions.strip()}" if share.restrictions.strip() else "",
            f"under {share.agreement_ref.strip()}" if share.agreement_ref.strip() else "",
        ]
        details = [d for d in details if d]
        if details:
            line += ": " + "; ".join(details)
        lines.append(line + ".")
    return "\n".join(lines) if lines else _missing("data-access schedule")


def _acceptance(data: EngagementSnapshot) -> str:
    lines = []
    for m in data.metrics:
        line = f"- {m.metric.strip()}"
        if m.target.strip():
            line += f": target {m.target.strip()}"
        if m.how_measured.strip():
            line += f", measured by {' '.join(m.how_measured.split())}"
        lines.append(line + ".")
    return "\n".join(lines) if lines else _missing("acceptance criteria")


def _term(a: AgreementSnapshot) -> str:
    if a.effective_date and a.expiry_date:
        return f"from {long_date_text(a.effective_date)} until {long_date_text(a.expiry_date)}"
    if a.effective_date:
        return f"from {long_date_text(a.effective_date)} until terminated under this Agreement"
    return _missing("term of the agreement")


def values_for(a: AgreementSnapshot) -> dict[str, str]:
    """The value of every placeholder for this agreement (missing data is marked visibly)."""
    data = a.data
    charter = data.charter if data else None
    values = {
        "client_name": a.client.name,
        "client_legal_name": a.client.legal_name.strip() or a.client.name,
        "client_address": _address(
            a.client.name, a.client.address, a.client.city, a.client.country
        ),
        "partner_name": a.partner.name,
        "partner_legal_name": a.partner.legal_name.strip() or a.partner.name,
        "partner_address": _address(
            a.partner.name, a.partner.address, a.partner.city, a.partner.country
        ),
        "agreement_title": a.title,
        "agreement_kind": AgreementKind(a.kind).label,
        "agreement_reference": _or_missing(a.reference, "agreement reference"),
        "version": str(a.version),
        "effective_date": long_date_text(a.effective_date) or _missing("effective date"),
        "expiry_date": long_date_text(a.expiry_date) or _missing("expiry date"),
        "term": _term(a),
        "governing_law": _or_missing(a.governing_law, "governing law"),
        "responsibilities": RACI_ANNEX if data and data.raci else _missing("responsibility matrix"),
        "milestone_schedule": (
            MILESTONE_ANNEX if data and data.milestones else _missing("milestone schedule")
        ),
    }
    eng = data.engagement if data else None
    values["engagement_title"] = eng.title if eng else _missing("engagement")
    values["program"] = _or_missing(eng.program if eng else "", "program")
    values["compound"] = _or_missing(eng.compound if eng else "", "compound")
    values["phase"] = Phase(eng.phase).label if eng and eng.phase else _missing("phase")
    for field, what in (
        ("scope", "scope (charter)"),
        ("deliverables", "deliverables (charter)"),
        ("methods", "methods (charter)"),
        ("quality_standards", "quality standards (charter)"),
        ("tech_transfer", "technology transfer (charter)"),
        ("client_provides", "what the client provides (charter)"),
        ("client_approves", "what the client approves (charter)"),
        ("client_reviews", "what the client reviews (charter)"),
        ("decision_maker", "decision maker (charter)"),
    ):
        values[field] = _or_missing(getattr(charter, field) if charter else "", what)
    sites = charter.sites if charter else ()
    values["work_sites"] = (
        "; ".join(", ".join(p for p in (s.name, s.city, s.country) if p.strip()) for s in sites)
        if sites
        else _missing("partner sites (charter)")
    )
    if data is None:
        values["communication_plan"] = _missing("communication plan")
        values["escalation_path"] = _missing("escalation path")
        values["data_access_schedule"] = _missing("data-access schedule")
        values["acceptance_criteria"] = _missing("acceptance criteria")
    else:
        values["communication_plan"] = _communication_plan(data)
        values["escalation_path"] = _escalation_path(data)
        values["data_access_schedule"] = _data_schedule(data)
        values["acceptance_criteria"] = _acceptance(data)
    return values
