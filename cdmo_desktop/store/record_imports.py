"""The store side of importing records from a spreadsheet: the records an import compares
its rows with, and writing every row of an import as ONE change set.

The flush hook validates, derives (risk numbers, sort keys, search words) and change-logs
the rows as for any other write, with the file name as the change log's reason; the
ChangeSet returned undoes the whole import in one step.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlmodel import Session, SQLModel, col, select

from cdmo_desktop.domain.messages import QT_TRANSLATE_NOOP, msg
from cdmo_desktop.domain.models import (
    ActionItem,
    Client,
    Contact,
    EngagementKpi,
    KpiMeasurement,
    Milestone,
    Partner,
    PartnerSite,
    Risk,
)
from cdmo_desktop.store.changesets import BOOKKEEPING
from cdmo_desktop.store.risk_forms import owner_options

if TYPE_CHECKING:
    from cdmo_desktop.store.changesets import ChangeSet
    from cdmo_desktop.store.store import Store

MODELS: dict[str, type[SQLModel]] = {
    "partner": Partner,
    "client": Client,
    "contact": Contact,
    "risk": Risk,
    "action_item": ActionItem,
    "kpi_measurement": KpiMeasurement,
}


@dataclass(frozen=True)
class ImportEntry:
    """One row to write: a new record (`new`, with all its `values`) or the changed
    fields of an existing one."""

    table: str
    row_id: str
    values: dict[str, Any] = field(default_factory=dict)
    new: bool = False


@dataclass(frozen=True)
class ImportContext:
    """What an import compares its rows with: the records of the kind (field -> value,
    with "id"), and the names that references in a row resolve to."""

    records: list[dict[str, Any]]
    partners: dict[str, str] = field(default_factory=dict)  # id -> name
    sites: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # partner -> (id, name)
    milestones: list[tuple[str, str]] = field(default_factory=list)  # (id, name)
    owners: list[str] = field(default_factory=list)
    ids: frozenset[str] = frozenset()  # every id of the table, whatever its engagement
    kpis: dict[str, tuple[str, str, str]] = field(default_factory=dict)  # id -> name, unit, period
    clients: dict[str, str] = field(default_factory=dict)  # id -> name


def _values(obj: SQLModel) -> dict[str, Any]:
    values = {k: v for k, v in obj.__dict__.items() if not k.startswith("_")}
    for key in BOOKKEEPING - {"id"}:
        values.pop(key, None)
    return values


def import_context(
    store: Store, table: str, engagement_id: str | None = None, *, of_clients: bool = False
) -> ImportContext:
    """The records of `table` (those of the engagement for risks and actions; contacts at
    partners, or at clients when `of_clients`) and the names their references resolve to."""
    model = MODELS[table]
    with store.read() as s:
        query = select(model)
        if engagement_id is not None and hasattr(model, "engagement_id"):
            query = query.where(col(model.engagement_id) == engagement_id)
        if table == "contact":
            at = Contact.client_id if of_clients else Contact.partner_id
            query = query.where(col(at).is_not(None))
        kpis: dict[str, tuple[str, str, str]] = {}
        if table == "kpi_measurement":
            engagement_kpis = select(EngagementKpi).where(
                EngagementKpi.engagement_id == engagement_id
            )
            kpis = {
                str(k.id): (str(k.name), str(k.unit), str(k.period))
                for k in s.exec(engagement_kpis.order_by(col(EngagementKpi.position)))
            }
            query = select(model).where(col(KpiMeasurement.kpi_id).in_(list(kpis)))
        records = [_values(obj) for obj in s.exec(query)]
        ids = frozenset(str(i) for i in s.exec(select(model.id)))  # type: ignore[attr-defined]
        partners: dict[str, str] = {}
        sites: dict[str, list[tuple[str, str]]] = {}
        milestones: list[tuple[str, str]] = []
        owners: list[str] = []
        clients: dict[str, str] = {}
        if of_clients:
            clients = {str(i): str(n) for i, n in s.exec(select(Client.id, Client.name))}
        elif table in ("partner", "contact"):
            partners = {str(i): str(n) for i, n in s.exec(select(Partner.id, Partner.name))}
        if table == "contact" and not of_clients:
            for sid, pid, name in s.exec(
                select(PartnerSite.id, PartnerSite.partner_id, PartnerSite.name)
            ):
                sites.setdefault(str(pid), []).append((str(sid), str(name)))
        if engagement_id is not None:
            milestones = [
                (str(i), str(n))
                for i, n in s.exec(
                    select(Milestone.id, Milestone.name).where(
                        Milestone.engagement_id == engagement_id
                    )
                )
            ]
            owners = owner_options(s, engagement_id, with_team=True)
    return ImportContext(records, partners, sites, milestones, owners, ids, kpis, clients)


def write_import(
    store: Store, label: str, entries: Sequence[ImportEntry], *, reason: str
) -> ChangeSet:
    """Write every entry in one unit of work: all or nothing, one change set (one undo
    step), logged with `reason` (the file's name). A contact imported as primary takes the
    flag from its partner's other contacts, as in the profile. Raises ValidationError,
    WriteRefused or LookupError (a record deleted meanwhile) and writes nothing."""

    def work(session: Session) -> None:
        primaries: dict[str, str] = {}
        for entry in entries:
            model = MODELS[entry.table]
            if entry.new:
                values = entry.values
                if model is KpiMeasurement and not values.get("entered_by"):
                    values = {**values, "entered_by": str(session.info.get("user") or "")}
                session.add(model(id=entry.row_id, **values))
            else:
                row = session.get(model, entry.row_id)
                if row is None:
                    raise LookupError(
                        msg(
                            QT_TRANSLATE_NOOP("messages", "{table} {row_id} no longer exists"),
                            table=entry.table,
                            row_id=entry.row_id,
                        )
                    )
                for key, value in entry.values.items():
                    setattr(row, key, value)
                if "archived" in entry.values and isinstance(row, Partner | Client):
                    row.archived_at = datetime.now(UTC) if row.archived else None
            if model is Contact and entry.values.get("is_primary"):
                partner_id = entry.values.get("partner_id") or _partner_of(session, entry.row_id)
                primaries[partner_id] = entry.row_id
        session.flush()
        for partner_id, contact_id in primaries.items():
            others = select(Contact).where(
                Contact.partner_id == partner_id,
                col(Contact.is_primary).is_(True),
                Contact.id != contact_id,
            )
            for other in session.exec(others).all():
                other.is_primary = False

    return store.write(label, work, reason=reason)


def _partner_of(session: Session, contact_id: str) -> str:
    contact = session.get(Contact, contact_id)
    return str(contact.partner_id) if contact is not None else ""
