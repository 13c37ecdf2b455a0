"""The overview panel of a partner profile: engagements, open risks by level, next
milestones and recent changes of the partner and its sites, contacts, audits, inspections."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlmodel import Session, col, select

from cdmo_desktop.domain import formats, geo
from cdmo_desktop.domain.enums import (
    AuditType,
    ChangeAction,
    InspectionAuthority,
    MilestoneKind,
    MilestoneStatus,
    RiskLevel,
)
from cdmo_desktop.domain.models import (
    Client,
    Contact,
    Engagement,
    GmpInspection,
    Milestone,
    Partner,
    PartnerAudit,
    PartnerSite,
    Risk,
)
from cdmo_desktop.store import dialect, history
from cdmo_desktop.store.risks import is_live

if TYPE_CHECKING:
    from cdmo_desktop.store.store import Store

_NAME_FIELDS = ("name", "audit_type", "audit_date", "authority", "inspection_date")
_AUDIT_TYPES = {m.value for m in AuditType}
_AUTHORITIES = {m.value for m in InspectionAuthority}
_CHILD_TABLES = {
    "partner_site": ("Site", PartnerSite),
    "contact": ("Contact", Contact),
    "partner_audit": ("Audit", PartnerAudit),
    "gmp_inspection": ("Inspection", GmpInspection),
}


@dataclass(frozen=True)
class EngagementLine:
    id: str
    title: str
    client: str
    phase: str
    status: str
    start: date | None
    end: date | None


@dataclass(frozen=True)
class MilestoneLine:
    engagement_id: str
    engagement: str
    name: str
    kind: str
    due: date
    late: bool


Value = str | date | None
DayText = Callable[[date], str]


@dataclass(frozen=True)
class ChangeLine:
    """One change of the partner or its rows. `describe` (or `what` and `change`, in the
    English of reports) turns it into text, with dates written by the caller's formatter."""

    occurred_at: datetime
    user: str
    subject: str  # "Contact", "Audit", "Partner"
    name: str  # "Rachel Okafor", "qualification"
    day: date | None  # the date that names an audit or inspection
    action: ChangeAction
    field: str  # for an update: the column that changed
    old: Value  # dates as dates, other values as short text
    new: Value
    erasure: history.ErasureNote | None = None  # an erasure of the row (store.erasure)

    def describe(self, day_text: DayText) -> tuple[str, str]:
        """("Audit qualification 2 Jun 2026", "next due: 2 Jun 2027 → 5 Jun 2027")."""
        day = day_text(self.day) if self.day is not None else ""
        what = " ".join(filter(None, [self.subject, self.name, day]))
        if self.erasure is not None:
            return what, self.erasure.sentence(day_text)
        if self.action is ChangeAction.INSERT:
            return what, "added"
        if self.action is ChangeAction.DELETE:
            return what, "removed"

        def shown(value: Value) -> str:
            return day_text(value) if isinstance(value, date) else (value or "—")

        return what, f"{self.field.replace('_', ' ')}: {shown(self.old)} → {shown(self.new)}"

    @property
    def what(self) -> str:
        return self.describe(formats.date_text)[0]

    @property
    def change(self) -> str:
        return self.describe(formats.date_text)[1]


@dataclass
class PartnerOverview:
    engagements: list[EngagementLine] = field(default_factory=list)
    open_risks: dict[RiskLevel, int] = field(default_factory=dict)
    milestones: list[MilestoneLine] = field(default_factory=list)
    changes: list[ChangeLine] = field(default_factory=list)


def load_overview(
    store: Store, partner_id: str, today: date, *, milestones: int = 8, changes: int = 30
) -> PartnerOverview:
    """The overview panel of the partner, read in one session."""
    with store.read() as session:
        return _overview(session, partner_id, today, milestones, changes)


def _overview(
    session: Session, partner_id: str, today: date, milestones: int, changes: int
) -> PartnerOverview:
    out = PartnerOverview()
    stmt = (
        select(Engagement, Client.name)
        .join(Client, col(Client.id) == Engagement.client_id)
        .where(Engagement.partner_id == partner_id, col(Engagement.archived).is_(False))
        .order_by(col(Engagement.start_date).desc())
    )
    for e, client in session.exec(stmt).all():
        out.engagements.append(
            EngagementLine(e.id, e.title, client, e.phase, e.status, e.start_date, e.end_date)
        )
    ids = [e.id for e in out.engagements]
    if ids:
        counts = session.exec(
            select(Risk.level, sa.func.count())
            .where(col(Risk.engagement_id).in_(ids), is_live(col(Risk.status)))
            .group_by(Risk.level)
        ).all()
        out.open_risks = {RiskLevel(level): n for level, n in counts}
        titles = {e.id: e.title for e in out.engagements}
        ms = session.exec(
            select(Milestone)
            .where(
                col(Milestone.engagement_id).in_(ids),
                col(Milestone.status).not_in((MilestoneStatus.DONE, MilestoneStatus.CANCELLED)),
                col(Milestone.kind).in_((MilestoneKind.MILESTONE, MilestoneKind.DECISION_GATE)),
            )
            .order_by(col(Milestone.planned_finish))
            .limit(milestones)
        ).all()
        out.milestones = [
            MilestoneLine(
                m.engagement_id,
                titles[m.engagement_id],
                m.name,
                m.kind,
                m.planned_finish,
                m.planned_finish < today,
            )
            for m in ms
        ]
    out.changes = recent_changes(session, partner_id, limit=changes)
    return out


_LOGGED_PARTNER = {
    "sqlite": "json_extract(old_value, '$.partner_id')",
    # PostgreSQL reads the JSON text as jsonb; the CASE keeps other entries' values (plain
    # text) from ever being cast, whatever order the planner checks the conditions in.
    "postgresql": (
        "CASE WHEN action = 'delete' AND old_value LIKE '{%' "
        "THEN CAST(old_value AS jsonb) ->> 'partner_id' END"
    ),
}
"""The partner id a logged row's old values (JSON text) name, per dialect."""


def _child_ids(
    session: Session, partner_id: str
) -> tuple[dict[str, str], dict[str, dict[str, str | None]]]:
    """(id -> table of the partner's child rows, including removed ones; id -> last values
    of the removed ones, from the log)."""
    found: dict[str, str] = {}
    gone: dict[str, dict[str, str | None]] = {}
    for table, (_label, model) in _CHILD_TABLES.items():
        stmt = select(model.id).where(model.partner_id == partner_id)  # type: ignore[attr-defined]
        found.update({rid: table for rid in session.exec(stmt).all()})
    partner_of = _LOGGED_PARTNER.get(dialect.name(session), _LOGGED_PARTNER["postgresql"])
    removed = session.connection().execute(
        sa.text(
            "SELECT row_id, table_name, old_value FROM change_log WHERE action = 'delete' "
            "AND table_name IN ('partner_site', 'contact', 'partner_audit', 'gmp_inspection') "
            f"AND {partner_of} = :pid"
        ),
        {"pid": partner_id},
    )
    for rid, table, old in removed:
        found[rid] = table
        gone[rid] = json.loads(old) if old else {}
    return found, gone


def _day(text: str | None) -> date | None:
    try:
        return date.fromisoformat(text or "")
    except ValueError:
        return None


def _subject(table: str, values: dict[str, str | None]) -> tuple[str, str, date | None]:
    """("Audit", "qualification", its date) of a row as the log last knew it."""
    label = _CHILD_TABLES[table][0] if table in _CHILD_TABLES else "Partner"
    if table == "partner_audit":
        kind = values.get("audit_type")
        name = AuditType(kind).label.lower() if kind in _AUDIT_TYPES else ""
        return label, name, _day(values.get("audit_date"))
    if table == "gmp_inspection":
        auth = values.get("authority")
        name = InspectionAuthority(auth).label if auth in _AUTHORITIES else ""
        return label, name, _day(values.get("inspection_date"))
    return label, values.get("name") or "", None


def _is_date_column(table: str, column: str | None) -> bool:
    model = _CHILD_TABLES[table][1] if table in _CHILD_TABLES else Partner
    found = model.__table__.c.get(column or "")  # type: ignore[attr-defined]
    return found is not None and isinstance(found.type, sa.Date)


def _short(table: str, value: str | None, field_name: str | None) -> Value:
    if value is None or value == "":
        return None
    if field_name == "country":
        return geo.shown_name(value)
    if _is_date_column(table, field_name) and _day(value) is not None:
        return _day(value)
    text = value.replace("\n", " ")
    return text if len(text) <= 40 else text[:39] + "…"


def recent_changes(session: Session, partner_id: str, *, limit: int = 30) -> list[ChangeLine]:
    """The latest change-log rows of the partner and its child rows, as sentences."""
    tables, names = _child_ids(session, partner_id)
    tables[partner_id] = "partner"
    changes = history.changes_for_rows(session, tables, limit=limit)
    for table, (_label, model) in _CHILD_TABLES.items():
        ids = [rid for rid, t in tables.items() if t == table]
        if ids:
            stmt: Any = select(model).where(model.id.in_(ids))  # type: ignore[arg-type,attr-defined]
            for obj in session.exec(stmt).all():
                names[obj.id] = {k: str(getattr(obj, k, "") or "") for k in _NAME_FIELDS}
    partner = session.get(Partner, partner_id)
    if partner is not None:
        names[partner_id] = {"name": partner.name}
    out = []
    for ch in changes:
        values = ch.values() or names.get(ch.row_id) or {}
        subject, name, day = _subject(ch.table_name, {**names.get(ch.row_id, {}), **values})
        updated = ch.action is ChangeAction.UPDATE
        out.append(
            ChangeLine(
                ch.occurred_at,
                ch.user,
                subject,
                name,
                day,
                ch.action,
                ch.field or "" if updated else "",
                _short(ch.table_name, ch.old_value, ch.field) if updated else None,
                _short(ch.table_name, ch.new_value, ch.field) if updated else None,
            )
        )
    for note in history.erasures(session, tables):
        subject, name, day = _subject(note.table_name, names.get(note.row_id, {}))
        out.append(
            ChangeLine(
                note.erased_at,
                note.user,
                subject,
                name,
                day,
                ChangeAction.UPDATE,
                "",
                None,
                None,
                note,
            )
        )
    out.sort(key=lambda line: line.occurred_at, reverse=True)
    return out[:limit]
