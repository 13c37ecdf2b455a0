"""Partners (CRO/CDMO/CMO/lab), their sites, contacts, audits and GMP inspections; clients."""

from __future__ import annotations

from datetime import date, datetime

import sqlalchemy as sa
from sqlmodel import Field

from cdmo_desktop.domain.enums import (
    AuditOutcome,
    AuditStatus,
    AuditType,
    InspectionAuthority,
    InspectionOutcome,
    PartnerKind,
    QualificationStatus,
    Region,
)
from cdmo_desktop.domain.models.base import Entity, check, dates_ordered, enum_field, fk

# What the register filters on besides the search: carried in every sort index, so rows the
# filters leave out are skipped (and counted) without reading the table.
REGISTER_FILTERS = ("archived", "kind", "region", "qualification_status")
# The register's stored sort keys (store.derived_partners keeps them; never change-logged).
PARTNER_SORT_KEYS = (
    "country_key",
    "region_key",
    "next_audit_key",
    "active_engagements",
    "primary_contact",
    "contact_key",
)


def _by_name(column: str | None) -> sa.Index:
    """(column, name_key, filters): the partner register sorts by `column` then name
    (name_key is unique, so the order is total) and reads a page by seeking in this index,
    whatever the number of partners (store.partner_list)."""
    filters = [c for c in REGISTER_FILTERS if c != column]
    if column is None:
        return sa.Index("ix_partner_register_name_key", "name_key", *filters)
    return sa.Index(f"ix_partner_{column}_name_key", column, "name_key", *filters)


def _primary_only(name: str, *columns: str) -> sa.Index:
    """An index over the primary contacts only (a partial index). Only the SQLite spelling
    is given here: a `postgresql_where=` argument would import SQLAlchemy's PostgreSQL
    dialect (to check the argument) on every start; `_postgresql_partial_indexes` adds it
    when the table is created on PostgreSQL."""
    return sa.Index(name, *columns, sqlite_where=sa.text("is_primary = 1"))


class Partner(Entity, table=True):
    __tablename__ = "partner"
    __table_args__ = (
        dates_ordered("cda_signed_date", "cda_expiry_date"),
        dates_ordered("quality_agreement_date", "quality_agreement_expiry"),
        dates_ordered("last_audit_date", "next_audit_due"),
        _by_name(None),
        _by_name("kind"),
        _by_name("qualification_status"),
        _by_name("country_key"),
        _by_name("region_key"),
        _by_name("next_audit_key"),
        _by_name("active_engagements"),
        _by_name("contact_key"),
    )

    name: str = Field(index=True, max_length=200)
    # Lower-cased, trimmed name: names are unique ignoring case.
    name_key: str = Field(default="", unique=True, max_length=200)
    legal_name: str = Field(default="", max_length=300)
    kind: PartnerKind = enum_field(PartnerKind)
    registered_address: str = ""
    website: str = Field(default="", max_length=300)
    country: str = Field(default="", max_length=2)  # ISO 3166 alpha-2
    city: str = Field(default="", max_length=120)
    region: Region | None = enum_field(Region, nullable=True)
    time_zone: str = Field(default="", max_length=64)  # IANA name
    languages: str = ""  # "; "-separated
    capabilities: str = ""  # "; "-separated tags
    scales: str = ""  # "; "-separated: mg, g, kg, 100 kg, t
    technology_platforms: str = ""
    qualification_status: QualificationStatus = enum_field(
        QualificationStatus, default=QualificationStatus.PROSPECT
    )
    # Derived from the audits (store.derived_partners.audit_dates) and stored so the register can
    # sort and filter by them.
    last_audit_date: date | None = None
    next_audit_due: date | None = None
    cda_signed_date: date | None = None
    cda_expiry_date: date | None = None
    quality_agreement_date: date | None = None
    quality_agreement_expiry: date | None = None
    msa_signed_date: date | None = None
    notes: str = ""
    archived: bool = Field(default=False, index=True)
    archived_at: datetime | None = None
    # Derived, lower-cased words the register's search finds this partner by besides its
    # own columns: legal name, platforms, site names and cities, contact names. Kept by
    # store.derived_partners.refresh_search_extra on every write of the partner or its children.
    search_extra: str = Field(default="", sa_column_kwargs={"server_default": ""})
    # Derived: the scale keys of the partner's and its sites' scales ("|kg|100 kg|2000 l|",
    # domain.scales.key_list), for the register's scale filter. Kept with search_extra.
    scale_tags: str = Field(default="", sa_column_kwargs={"server_default": ""})
    # Derived sort keys of the register, indexed with name_key (see _by_name) and kept by
    # store.derived_partners on every write of the partner, its contacts or engagements.
    # Never NULL: a missing value is store.derived_partners.LAST, after every real value.
    country_key: str = Field(default="", sa_column_kwargs={"server_default": ""})
    region_key: str = Field(default="", sa_column_kwargs={"server_default": ""})
    next_audit_key: str = Field(default="", sa_column_kwargs={"server_default": ""})
    active_engagements: int = Field(default=0, sa_column_kwargs={"server_default": "0"})
    primary_contact: str = Field(default="", sa_column_kwargs={"server_default": ""})
    contact_key: str = Field(default="", sa_column_kwargs={"server_default": ""})


class PartnerSite(Entity, table=True):
    __tablename__ = "partner_site"

    partner_id: str = fk("partner.id")
    name: str = Field(max_length=200)
    city: str = Field(default="", max_length=120)
    country: str = Field(default="", max_length=2)
    time_zone: str = Field(default="", max_length=64)
    address: str = ""
    # "; "-separated tags, like the partner's (domain.capabilities).
    capabilities: str = ""
    scales: str = Field(default="", sa_column_kwargs={"server_default": ""})
    technology_platforms: str = Field(default="", sa_column_kwargs={"server_default": ""})
    notes: str = ""


class Client(Entity, table=True):
    __tablename__ = "client"

    name: str = Field(index=True, max_length=200)
    legal_name: str = Field(default="", max_length=300)
    registered_address: str = ""
    country: str = Field(default="", max_length=2)
    notes: str = ""
    archived: bool = Field(default=False, index=True)
    archived_at: datetime | None = None


class Contact(Entity, table=True):
    """A person at a partner (optionally at one of its sites) or at a client."""

    __tablename__ = "contact"
    __table_args__ = (
        check(
            "(partner_id IS NOT NULL AND client_id IS NULL) OR "
            "(partner_id IS NULL AND client_id IS NOT NULL)",
            "one_organisation",
        ),
        # The register shows (and sorts by) each partner's primary contact.
        _primary_only("ix_contact_primary", "partner_id", "name"),
        _primary_only("ix_contact_primary_name", "name"),
    )

    partner_id: str | None = fk("partner.id", nullable=True)
    client_id: str | None = fk("client.id", nullable=True)
    site_id: str | None = fk("partner_site.id", nullable=True, ondelete="SET NULL")
    name: str = Field(index=True, max_length=200)
    role: str = Field(default="", max_length=200)
    email: str = Field(default="", max_length=254)
    phone: str = Field(default="", max_length=40)
    is_primary: bool = False
    notes: str = ""


class PartnerAudit(Entity, table=True):
    __tablename__ = "partner_audit"
    __table_args__ = (dates_ordered("audit_date", "next_due"),)

    partner_id: str = fk("partner.id")
    site_id: str | None = fk("partner_site.id", nullable=True, ondelete="SET NULL")
    audit_date: date
    audit_type: AuditType = enum_field(AuditType)
    status: AuditStatus = enum_field(AuditStatus, default=AuditStatus.DONE)
    auditor: str = Field(default="", max_length=200)
    outcome: AuditOutcome = enum_field(AuditOutcome, default=AuditOutcome.PENDING)
    observations: int = 0
    next_due: date | None = None
    notes: str = ""


class GmpInspection(Entity, table=True):
    __tablename__ = "gmp_inspection"
    __table_args__ = (check("observations >= 0", "observations_not_negative"),)

    partner_id: str = fk("partner.id")
    site_id: str | None = fk("partner_site.id", nullable=True, ondelete="SET NULL")
    authority: InspectionAuthority = enum_field(InspectionAuthority)
    inspection_date: date
    outcome: InspectionOutcome = enum_field(InspectionOutcome)
    observations: int = 0
    notes: str = ""


@sa.event.listens_for(Contact.__table__, "before_create")  # type: ignore[attr-defined]
def _postgresql_partial_indexes(table: sa.Table, connection: sa.Connection, **_: object) -> None:
    """On PostgreSQL (where the dialect is loaded anyway) the primary-contact indexes get
    their partial-index clause, spelled for a boolean column."""
    if connection.dialect.name != "postgresql":
        return
    for index in table.indexes:
        if index.dialect_options["sqlite"]["where"] is not None:
            index.dialect_kwargs["postgresql_where"] = sa.text("is_primary")
