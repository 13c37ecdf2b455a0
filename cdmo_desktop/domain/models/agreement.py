"""Agreements (MSA, work orders, quality, confidentiality, data access) and their clauses."""

from __future__ import annotations

from datetime import date

from sqlmodel import Field

from cdmo_desktop.domain.enums import AgreementKind, AgreementStatus
from cdmo_desktop.domain.models.base import Entity, check, dates_ordered, enum_field, fk


class Agreement(Entity, table=True):
    __tablename__ = "agreement"
    __table_args__ = (
        dates_ordered("effective_date", "expiry_date"),
        check("version >= 1", "version_positive"),
    )

    title: str = Field(index=True, max_length=300)
    kind: AgreementKind = enum_field(AgreementKind, index=True)
    status: AgreementStatus = enum_field(AgreementStatus, default=AgreementStatus.DRAFT, index=True)
    partner_id: str = fk("partner.id", ondelete="RESTRICT")
    client_id: str = fk("client.id", ondelete="RESTRICT")
    engagement_id: str | None = fk("engagement.id", nullable=True, ondelete="SET NULL")
    reference: str = Field(default="", max_length=100)
    version: int = 1
    effective_date: date | None = None
    expiry_date: date | None = None
    signed_date: date | None = None
    governing_law: str = Field(default="", max_length=200)
    recitals: str = ""
    client_signatory: str = Field(default="", max_length=200)
    client_signatory_title: str = Field(default="", max_length=200)
    partner_signatory: str = Field(default="", max_length=200)
    partner_signatory_title: str = Field(default="", max_length=200)
    notes: str = ""


class AgreementClause(Entity, table=True):
    """A numbered clause; `body` may hold {placeholders} merged from the engagement's data."""

    __tablename__ = "agreement_clause"

    agreement_id: str = fk("agreement.id")
    position: int = 0
    clause_key: str = Field(default="", max_length=100)  # key in the clause library, "" if custom
    heading: str = Field(max_length=300)
    body: str = ""
