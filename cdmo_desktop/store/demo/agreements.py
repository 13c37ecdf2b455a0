"""Clause texts for the demo agreements.

Bodies are plain sentences; {partner_name}, {client_name} and {effective_date} are merged
from the agreement's data when it is printed.
"""

from __future__ import annotations

from typing import Any

from cdmo_desktop.domain.enums import AgreementKind

CLAUSES: dict[str, tuple[str, str]] = {
    "scope": (
        "Scope of services",
        "{partner_name} shall perform the services described in each work order issued by "
        "{client_name} under this agreement. A work order states the deliverables, the "
        "timeline, the site where the work is done and the fees. Work outside an agreed work "
        "order starts only after a written change order signed by both parties.",
    ),
    "governance": (
        "Governance and communication",
        "Each party names a project lead. The project leads hold the meetings set out in the "
        "engagement charter and escalate issues along the agreed escalation path. A joint "
        "steering committee meets at least quarterly to review progress, risks and key "
        "performance indicators.",
    ),
    "data_access": (
        "Access to data",
        "{client_name} shall give {partner_name} access to the biological, analytical and "
        "regulatory data that {partner_name} reasonably needs to perform the services and "
        "to propose better approaches. Each transfer is recorded in the information-sharing "
        "register with its purpose. {partner_name} uses such data only for the services.",
    ),
    "ip": (
        "Intellectual property",
        "All results, inventions, data and know-how arising from the services belong to "
        "{client_name}. {partner_name} keeps its pre-existing platform know-how and grants "
        "{client_name} a non-exclusive, royalty-free licence to use it as far as needed to "
        "exploit the results.",
    ),
    "confidentiality": (
        "Confidentiality",
        "Each party keeps the other party's confidential information secret, uses it only "
        "for the purpose of this agreement and discloses it only to employees and advisers "
        "bound by equivalent obligations. These obligations survive for seven years after "
        "the end of this agreement, and indefinitely for trade secrets and compound "
        "structures.",
    ),
    "quality": (
        "Quality responsibilities",
        "{partner_name} performs GMP activities in line with current EU and US GMP "
        "guidelines and the quality agreement between the parties. {partner_name} notifies "
        "{client_name} of critical deviations within one business day and of any regulatory "
        "inspection that concerns the product within two business days. {client_name} may "
        "audit the sites concerned with thirty days' notice, and for cause at shorter notice.",
    ),
    "acceptance": (
        "Acceptance of deliverables",
        "{client_name} reviews each deliverable within fifteen business days of receipt and "
        "either accepts it or lists the specifications it fails to meet. A batch is accepted "
        "when it is released by {partner_name}'s quality unit against the agreed "
        "specification and its certificate of analysis has been reviewed by {client_name}.",
    ),
    "term": (
        "Term and termination",
        "This agreement takes effect on {effective_date} and continues for three years unless "
        "terminated earlier. Either party may terminate for material breach not cured within "
        "sixty days of written notice. {client_name} may terminate for convenience with ninety "
        "days' notice, paying for work performed and non-cancellable commitments.",
    ),
    "disputes": (
        "Disputes",
        "The parties first try to resolve any dispute through the escalation path, up to "
        "their chief executives, for thirty days. Disputes not resolved in that time are "
        "settled by arbitration under the rules of the International Chamber of Commerce, "
        "in English.",
    ),
}

KEYS_BY_KIND: dict[AgreementKind, tuple[str, ...]] = {
    AgreementKind.MASTER_SERVICES: (
        "scope",
        "governance",
        "ip",
        "confidentiality",
        "quality",
        "acceptance",
        "term",
        "disputes",
    ),
    AgreementKind.WORK_ORDER: ("scope", "governance", "acceptance", "term"),
    AgreementKind.QUALITY: ("scope", "quality", "acceptance", "governance", "term"),
    AgreementKind.CONFIDENTIALITY: ("scope", "confidentiality", "term", "disputes"),
    AgreementKind.DATA_ACCESS: ("scope", "data_access", "confidentiality", "ip", "term"),
}


def clauses_for(kind: AgreementKind | str, engagement: Any) -> list[tuple[str, str, str]]:
    """(clause key, heading, body) for an agreement of `kind`, in print order."""
    out = []
    for key in KEYS_BY_KIND[AgreementKind(kind)]:
        heading, body = CLAUSES[key]
        if key == "scope" and AgreementKind(kind) == AgreementKind.WORK_ORDER:
            body = (
                f"This work order covers: {engagement.description} It is governed by the "
                "master services agreement between {client_name} and {partner_name}."
            )
        out.append((key, heading, body))
    return out
