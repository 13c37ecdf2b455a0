"""Agreements and their clauses: the clause library, the checks the agreement form and the
store share, and the reads of the Reports screen (each opens its own short session).

The writes (create, edit, clause add / edit / remove / move) are in agreement_edits.py.
"""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlmodel import Session, col, select

from cdmo_desktop.domain import clock, placeholders
from cdmo_desktop.domain.enums import AgreementKind, AgreementStatus
from cdmo_desktop.domain.messages import QT_TRANSLATE_NOOP, msg
from cdmo_desktop.domain.models import Agreement, AgreementClause, Client, Engagement, Partner
from cdmo_desktop.domain.validation import ValidationError, validate
from cdmo_desktop.resources import resources_dir

if TYPE_CHECKING:
    from cdmo_desktop.store.store import Store

# The fields the agreement form edits, in form order.
AGREEMENT_FIELDS = (
    "title", "kind", "status", "version", "reference", "partner_id", "client_id",
    "engagement_id", "governing_law", "effective_date", "expiry_date", "signed_date",
    "client_signatory", "client_signatory_title", "partner_signatory",
    "partner_signatory_title", "recitals", "notes",
)  # fmt: skip


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


# --- checks --------------------------------------------------------------------------------
def check_clause(heading: str, body: str) -> dict[str, str]:
    """{field: message} for a clause the editor may not save (empty when it may)."""
    errors: dict[str, str] = {}
    if not heading.strip():
        errors["heading"] = msg(QT_TRANSLATE_NOOP("messages", "Heading is required."))
    elif len(heading) > 300:
        errors["heading"] = msg(
            QT_TRANSLATE_NOOP("messages", "Heading is too long (at most 300 characters).")
        )
    problem = placeholders.check(body)
    if problem:
        errors["body"] = problem
    return errors


def ensure_clause_valid(heading: str, body: str) -> None:
    errors = check_clause(heading, body)
    if errors:
        raise ValidationError(errors, "AgreementClause")


def _enum_value(value: Any) -> Any:
    return getattr(value, "value", value)


def check_agreement(values: Mapping[str, Any], today: date | None = None) -> dict[str, str]:
    """{field: message} for agreement fields (AGREEMENT_FIELDS) that may not be saved."""
    errors: dict[str, str] = {}
    if not str(values["title"] or "").strip():
        errors["title"] = msg(QT_TRANSLATE_NOOP("messages", "Give the agreement a title."))
    if values["partner_id"] is None:
        errors["partner_id"] = msg(QT_TRANSLATE_NOOP("messages", "Choose the partner."))
    if values["client_id"] is None:
        errors["client_id"] = msg(QT_TRANSLATE_NOOP("messages", "Choose the client."))
    signed = _enum_value(values["status"]) == AgreementStatus.SIGNED.value
    if signed and values["signed_date"] is None:
        errors["signed_date"] = msg(
            QT_TRANSLATE_NOOP("messages", "A signed agreement needs the date it was signed.")
        )
    problem = placeholders.check(values["recitals"] or "")
    if problem:
        errors["recitals"] = problem
    if not errors:
        candidate = Agreement(**{k: values[k] for k in AGREEMENT_FIELDS})
        for field, message in validate(candidate, today or clock.today()).items():
            errors.setdefault(field, message)
    return errors


def ensure_agreement_valid(values: Mapping[str, Any]) -> None:
    errors = check_agreement(values)
    if errors:
        raise ValidationError(errors, "Agreement")


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


# --- reads ---------------------------------------------------------------------------------
def _agreement_rows(session: Session, *conditions: Any) -> list[AgreementRow]:
    query = (
        select(Agreement, Partner.name, Client.name, Engagement.title)
        .join(Partner, col(Partner.id) == col(Agreement.partner_id))
        .join(Client, col(Client.id) == col(Agreement.client_id))
        .join(Engagement, col(Engagement.id) == col(Agreement.engagement_id), isouter=True)
        .where(*conditions)
        .order_by(col(Partner.name), col(Agreement.title))
    )
    return [
        AgreementRow(
            id=a.id,
            title=a.title,
            kind=str(_enum_value(a.kind)),
            status=str(_enum_value(a.status)),
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


def list_agreements(
    store: Store, engagement_id: str | None = None, partner_id: str | None = None
) -> list[AgreementRow]:
    """Agreements by partner and title (optionally of one engagement or partner)."""
    conditions = []
    if engagement_id is not None:
        conditions.append(col(Agreement.engagement_id) == engagement_id)
    if partner_id is not None:
        conditions.append(col(Agreement.partner_id) == partner_id)
    with store.read() as s:
        return _agreement_rows(s, *conditions)


def agreement_row(store: Store, agreement_id: str) -> AgreementRow | None:
    with store.read() as s:
        return next(iter(_agreement_rows(s, col(Agreement.id) == agreement_id)), None)


def agreement_values(store: Store, agreement_id: str) -> dict[str, Any] | None:
    """The form's fields (AGREEMENT_FIELDS) of a saved agreement; None when it is gone."""
    with store.read() as s:
        a = s.get(Agreement, agreement_id)
        return None if a is None else {f: getattr(a, f) for f in AGREEMENT_FIELDS}


def agreement_titles(store: Store) -> list[tuple[str, str, int]]:
    """(id, title, version) of every agreement, by title and version."""
    with store.read() as s:
        rows = s.exec(
            select(Agreement.id, Agreement.title, Agreement.version).order_by(
                col(Agreement.title), col(Agreement.version)
            )
        ).all()
    return [(str(i), str(t), int(v)) for i, t, v in rows]


def ordered_clauses(session: Session, agreement_id: str) -> list[AgreementClause]:
    """The agreement's clause rows in their printed order."""
    return list(
        session.exec(
            select(AgreementClause)
            .where(AgreementClause.agreement_id == agreement_id)
            .order_by(col(AgreementClause.position), col(AgreementClause.created_at))
        ).all()
    )


def clauses_of(store: Store, agreement_id: str) -> list[ClauseListRow]:
    with store.read() as s:
        rows = ordered_clauses(s, agreement_id)
    return [
        ClauseListRow(
            id=c.id, position=c.position, heading=c.heading, body=c.body, clause_key=c.clause_key
        )
        for c in rows
    ]


def choices(store: Store) -> dict[str, list[tuple[str, str]]]:
    """(id, name) lists for the agreement form: partners, clients and engagements."""
    with store.read() as s:
        partners = s.exec(
            select(Partner.id, Partner.name)
            .where(col(Partner.archived).is_(False))
            .order_by(col(Partner.name))
        ).all()
        clients = s.exec(
            select(Client.id, Client.name)
            .where(col(Client.archived).is_(False))
            .order_by(col(Client.name))
        ).all()
        engagements = s.exec(
            select(Engagement.id, Engagement.title)
            .where(col(Engagement.archived).is_(False))
            .order_by(col(Engagement.title))
        ).all()
    return {
        "partner": [(str(i), str(n)) for i, n in partners],
        "client": [(str(i), str(n)) for i, n in clients],
        "engagement": [(str(i), str(n)) for i, n in engagements],
    }


def engagement_parties(store: Store, engagement_id: str) -> tuple[str, str] | None:
    """(client id, partner id) of an engagement, to prefill an agreement."""
    with store.read() as s:
        e = s.get(Engagement, engagement_id)
        return (e.client_id, e.partner_id) if e is not None else None
