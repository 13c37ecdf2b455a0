"""Demo partners (North American and international CROs/CDMOs and a testing lab) and clients."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlmodel import Session

from cdmo_desktop.domain import scales
from cdmo_desktop.domain.enums import AuditStatus
from cdmo_desktop.domain.models import (
    Client,
    Contact,
    GmpInspection,
    Partner,
    PartnerAudit,
    PartnerSite,
    SiteClosure,
)
from cdmo_desktop.store.demo._build import Ctx
from cdmo_desktop.store.demo.partners_intl import INTERNATIONAL
from cdmo_desktop.store.demo.partners_na import NORTH_AMERICA

_ALL = {**NORTH_AMERICA, **INTERNATIONAL}
# The order the partners are written in (it fixes their ids).
PARTNERS: dict[str, dict[str, Any]] = {
    key: _ALL[key]
    for key in ("hollis", "laurentian", "rheinwald", "deccan", "qiantang", "keystone")
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
        for skey, name, city, country, tz, address, tags in spec["sites"]:
            caps, sizes, platforms = scales.sort_site_tags(tags)
            site = ctx.make(
                PartnerSite,
                partner_id=p.id,
                name=name,
                city=city,
                country=country,
                time_zone=tz,
                address=address,
                capabilities=caps,
                scales=sizes,
                technology_platforms=platforms,
            )
            s.add(site)
            ctx.sites[skey] = site
        s.flush()
        for skey, *_ in spec["sites"]:
            _add_year_end_shutdown(s, ctx, ctx.sites[skey].id)
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


def _add_year_end_shutdown(s: Session, ctx: Ctx, site_id: str) -> None:
    """Every plant closes between Christmas and New Year: the Gantt shades those days on
    the rows of work at the site (as if imported from the site's holiday calendar)."""
    for year in (ctx.today.year - 1, ctx.today.year):
        first = date(year, 12, 24)
        for offset in range(9):  # 24 December to 1 January
            day = first + timedelta(days=offset)
            s.add(ctx.make(SiteClosure, site_id=site_id, day=day, name="Year-end shutdown"))
