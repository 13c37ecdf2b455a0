"""Agreements and their clauses: listing, creating from the clause library, ordering."""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlmodel import Session, col, select

from cdmo_desktop.domain import placeholders
from cdmo_desktop.domain.enums import AgreementKind
from cdmo_desktop.domain.models import Agreement, AgreementClause, Client, Engagement, Partner
from cdmo_desktop.domain.validation import ValidationError
from cdmo_desktop.resources import resources_dir


@dataclass(frozen=True)
class ClauseTemplate:
    key: str
    heading: str
    body: str


@dataclass(frozen=True)
class ClauseLibrary:
    clauses: dict[str, ClauseTemplate]
    sets: dict[str, tuple[str, ...]]

    def for_kind(self, kind: AgreementKind | str) -> list[ClauseTemplate]:
        return [self.clauses[k] for k in self.sets.get(str(AgreementKind(kind).value), ())]


@dataclass(frozen=True)
class AgreementRow:
    id: str
    title: str
    kind: str
    status: str
    version: int
    partner: str
    client: str
    engagement: str
    engagement_id: str | None
    effective_date: date | None
    expiry_date: date | None
    updated_at: datetime


@dataclass(frozen=True)
class ClauseListRow:
    id: str
    position: int
    heading: str
    body: str
    clause_key: str


def library_path() -> Path:
    return resources_dir() / "clauses" / "library.toml"


@functools.cache
def load_clause_library(path: Path | None = None) -> ClauseLibrary:
    """The clause texts and the clause set of each agreement kind (read once)."""
    raw = tomllib.loads((path or library_path()).read_text(encoding="utf-8"))
    clauses = {
        key: ClauseTemplate(key=key, heading=v["heading"].strip(), body=v["body"].strip())
        for key, v in raw["clause"].items()
    }
    sets = {kind: tuple(keys) for kind, keys in raw["sets"].items()}
    return ClauseLibrary(clauses=clauses, sets=sets)


def check_clause(heading: str, body: str) -> dict[str, str]:
    """{field: message} for a clause the editor may not save (empty when it may)."""
    errors: dict[str, str] = {}
    if not heading.strip():
        errors["heading"] = "Heading is required."
    elif len(heading) > 300:
        errors["heading"] = "Heading is too long (at most 300 characters)."
    problem = placeholders.check(body)
    if problem:
        errors["body"] = problem
    return errors


def ensure_clause_valid(heading: str, body: str) -> None:
    errors = check_clause(heading, body)
    if errors:
        raise ValidationError(errors, "AgreementClause")


def list_agreements(
    session: Session, engagement_id: str | None = None, partner_id: str | None = None
) -> list[AgreementRow]:
    query = (
        select(Agreement, Partner.name, Client.name, Engagement.title)
        .join(Partner, col(Partner.id) == col(Agreement.partner_id))
        .join(Client, col(Client.id) == col(Agreement.client_id))
        .join(Engagement, col(Engagement.id) == col(Agreement.engagement_id), isouter=True)
    )
    if engagement_id is not None:
        query = query.where(Agreement.engagement_id == engagement_id)
    if partner_id is not None:
        query = query.where(Agreement.partner_id == partner_id)
    query = query.order_by(col(Partner.name), col(Agreement.title))
    return [
        AgreementRow(
            id=a.id,
            title=a.title,
            kind=str(getattr(a.kind, "value", a.kind)),
            status=str(getattr(a.status, "value", a.status)),
            version=a.version,
            partner=partner,
            client=client,
            engagement=engagement or "",
            engagement_id=a.engagement_id,
            effective_date=a.effective_date,
            expiry_date=a.expiry_date,
            updated_at=a.updated_at,
        )
        for a, partner, client, engagement in session.exec(query).all()
    ]


def clauses_of(session: Session, agreement_id: str) -> list[ClauseListRow]:
    rows = session.exec(
        select(AgreementClause)
        .where(AgreementClause.agreement_id == agreement_id)
        .order_by(col(AgreementClause.position), col(AgreementClause.created_at))
    ).all()
    return [
        ClauseListRow(
            id=c.id, position=c.position, heading=c.heading, body=c.body, clause_key=c.clause_key
        )
        for c in rows
    ]


def default_clauses(
    agreement_id: str, kind: AgreementKind | str, library: ClauseLibrary | None = None
) -> list[AgreementClause]:
    """Unsaved clause rows of the library's set for this kind, numbered from 1."""
    library = library or load_clause_library()
    return [
        AgreementClause(
            agreement_id=agreement_id,
            position=i + 1,
            clause_key=t.key,
            heading=t.heading,
            body=t.body,
        )
        for i, t in enumerate(library.for_kind(kind))
    ]


def create_agreement(session: Session, agreement: Agreement, *, with_clauses: bool = True) -> str:
    """Save a new agreement with the clause set of its kind; returns its id."""
    session.add(agreement)
    session.flush()
    if with_clauses:
        session.add_all(default_clauses(agreement.id, agreement.kind))
        session.flush()
    return agreement.id


def set_clause_order(session: Session, agreement_id: str, ordered_ids: Sequence[str]) -> None:
    """Number the agreement's clauses 1..n in the given order."""
    rows = {
        c.id: c
        for c in session.exec(
            select(AgreementClause).where(AgreementClause.agreement_id == agreement_id)
        ).all()
    }
    for position, clause_id in enumerate(ordered_ids, start=1):
        row = rows.get(clause_id)
        if row is not None and row.position != position:
            row.position = position
    session.flush()


def choices(session: Session) -> dict[str, list[tuple[str, str]]]:
    """(id, name) lists for the agreement form: partners, clients and engagements."""
    partners = session.exec(
        select(Partner.id, Partner.name)
        .where(col(Partner.archived).is_(False))
        .order_by(col(Partner.name))
    ).all()
    clients = session.exec(
        select(Client.id, Client.name)
        .where(col(Client.archived).is_(False))
        .order_by(col(Client.name))
    ).all()
    engagements = session.exec(
        select(Engagement.id, Engagement.title)
        .where(col(Engagement.archived).is_(False))
        .order_by(col(Engagement.title))
    ).all()
    return {
        "partner": [(str(i), str(n)) for i, n in partners],
        "client": [(str(i), str(n)) for i, n in clients],
        "engagement": [(str(i), str(n)) for i, n in engagements],
    }


def engagement_parties(session: Session, engagement_id: str) -> tuple[str, str] | None:
    """(client id, partner id) of an engagement, to prefill an agreement."""
    e = session.get(Engagement, engagement_id)
    return (e.client_id, e.partner_id) if e is not None else None
