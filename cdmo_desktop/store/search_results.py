"""What the search across everything (store.search_everything) answers: hits grouped by
kind, and the change log's part of it, the latest entries of the records found (read
along ix_change_log_row_time: no index of the log's own, at any length of the log)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from cdmo_desktop.domain.enums import ChangeAction
from cdmo_desktop.domain.models import ChangeLog

if TYPE_CHECKING:
    from sqlmodel import Session

COUNT_CAP = 1000
"""A kind's total is counted up to this many matches ("1000+")."""


@dataclass(frozen=True)
class Change:
    """What a change-log hit says: who did what to which field, when."""

    occurred_at: datetime
    user: str
    action: ChangeAction
    field: str | None
    new_value: str | None
    reason: str


@dataclass(frozen=True)
class Hit:
    """One record found. `engagement_id`, `partner_id`, `client_id`: what opens it (a
    risk, decision, action, milestone or charter opens in its engagement, a contact at
    its partner or client). `tier`: 0 whole words of the title, 1 prefixes of the title,
    2 whole words elsewhere, 3 prefixes elsewhere. A change-log hit (`kind` "change")
    opens the record it concerns: `target_kind` and `target_id`, with its `change`."""

    kind: str
    record_id: str
    title: str
    snippet: str
    tier: int
    updated_at: datetime | None = None
    engagement_id: str | None = None
    partner_id: str | None = None
    client_id: str | None = None
    code: str = ""
    target_kind: str = ""
    target_id: str = ""
    change: Change | None = None

    @property
    def opens(self) -> tuple[str, str]:
        """(kind, record id) of what Enter opens."""
        if self.kind == "change":
            return self.target_kind, self.target_id
        return self.kind, self.record_id


@dataclass(frozen=True)
class Group:
    """The hits of one kind, best first, and how many records of the kind match in all
    (`total`; at least COUNT_CAP when `capped`)."""

    kind: str
    hits: tuple[Hit, ...]
    total: int
    capped: bool = False

    @property
    def more(self) -> int:
        return max(0, self.total - len(self.hits))


@dataclass(frozen=True)
class Results:
    """Groups of hits, the best group first (its first hit's tier, then KINDS' order);
    kinds with no hit left out."""

    text: str
    groups: tuple[Group, ...] = field(default_factory=tuple)

    @property
    def hits(self) -> list[Hit]:
        return [h for g in self.groups for h in g.hits]

    def group(self, kind: str) -> Group | None:
        return next((g for g in self.groups if g.kind == kind), None)


# --- the change log -----------------------------------------------------------------------


def latest_changes(session: Session, found: Sequence[Hit], limit: int) -> Group | None:
    """The latest change-log entries of the records found (each record's entries read
    along ix_change_log_row_time), newest first, and how many there are."""
    by_id = {h.record_id: h for h in found}
    if not by_id:
        return None
    log = _table(ChangeLog)
    where = log.c.row_id.in_(list(by_id))
    query = (
        sa.select(
            log.c.id,
            log.c.row_id,
            log.c.occurred_at,
            log.c.user,
            log.c.action,
            log.c.field,
            log.c.new_value,
            log.c.reason,
        )
        .where(where)
        .order_by(log.c.occurred_at.desc(), log.c.id)
        .limit(limit)
    )
    hits = []
    for row in session.execute(query).mappings():
        record = by_id[row["row_id"]]
        action = ChangeAction(row["action"])
        change = Change(
            occurred_at=row["occurred_at"],
            user=str(row["user"] or ""),
            action=action,
            field=row["field"],
            new_value=row["new_value"] if action is ChangeAction.UPDATE else None,
            reason=str(row["reason"] or ""),
        )
        target_kind, target_id = record.opens
        hits.append(
            Hit(
                kind="change",
                record_id=str(row["id"]),
                title=record.code + (" " if record.code else "") + record.title,
                snippet=_one_line(change.reason),
                tier=record.tier,
                updated_at=change.occurred_at,
                engagement_id=record.engagement_id,
                partner_id=record.partner_id,
                client_id=record.client_id,
                target_kind=target_kind,
                target_id=target_id,
                change=change,
            )
        )
    if not hits:
        return None
    counted = sa.select(log.c.id).where(where).limit(COUNT_CAP + 1).subquery()
    n = int(session.execute(sa.select(sa.func.count()).select_from(counted)).scalar_one())
    return Group("change", tuple(hits), min(n, COUNT_CAP), n > COUNT_CAP)


def _table(model: Any) -> sa.Table:
    table: sa.Table = model.__table__
    return table


def _one_line(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()
