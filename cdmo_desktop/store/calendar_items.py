"""The dated items a calendar export shows, read in a few queries: milestones and decision
gates (on their planned day), the next review of every live risk, the due date of every
open action, and the communication plan's recurring channels (cadence and anchor day).

Each entry carries its record's id and kind, from which the export derives a stable UID.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from sqlmodel import col, select

from cdmo_desktop.domain import clock
from cdmo_desktop.domain.enums import ActionStatus, Cadence, KpiPeriod, MilestoneKind, RiskStatus
from cdmo_desktop.domain.kpi import next_period
from cdmo_desktop.domain.models import (
    ActionItem,
    CommunicationChannel,
    Engagement,
    EngagementKpi,
    Milestone,
    Partner,
    Risk,
)

if TYPE_CHECKING:
    from cdmo_desktop.store.store import Store


@dataclass(frozen=True, slots=True)
class CalendarEntry:
    kind: str  # "milestone", "gate", "risk-review", "action", "meeting", "kpi"
    record_id: str
    title: str
    day: date
    engagement: str  # "title · partner"
    time_zone: str = ""  # the partner's IANA zone ("" when not set)
    cadence: Cadence | None = None  # meetings only
    detail: str = ""
    kpi_period: KpiPeriod | None = None  # KPIs only: a value is due as each period begins


def calendar_entries(store: Store, engagement_id: str | None = None) -> list[CalendarEntry]:
    """Every dated item of one engagement, or of every engagement not archived. A KPI's
    reporting date is the first day of each period (its value for the period just ended is
    due), from the next one on."""
    out: list[CalendarEntry] = []
    today = clock.today()
    with store.read() as s:
        query = select(Engagement.id, Engagement.title, Partner.name, Partner.time_zone).join(
            Partner, col(Partner.id) == Engagement.partner_id
        )
        if engagement_id is None:
            query = query.where(col(Engagement.archived).is_(False))
        else:
            query = query.where(Engagement.id == engagement_id)
        engagements = {e: (f"{t} · {p}", tz or "") for e, t, p, tz in s.exec(query).all()}
        ids = list(engagements)
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            for m in s.exec(
                select(Milestone).where(
                    col(Milestone.engagement_id).in_(chunk), Milestone.kind != MilestoneKind.TASK
                )
            ):
                heading, tz = engagements[m.engagement_id]
                kind = "gate" if m.kind is MilestoneKind.DECISION_GATE else "milestone"
                out.append(
                    CalendarEntry(kind, m.id, m.name, m.planned_finish, heading, tz, None, m.notes)
                )
            for r in s.exec(
                select(Risk).where(
                    col(Risk.engagement_id).in_(chunk),
                    col(Risk.next_review_date).is_not(None),
                    col(Risk.status).not_in([RiskStatus.CLOSED, RiskStatus.REALIZED]),
                )
            ):
                heading, tz = engagements[r.engagement_id]
                assert r.next_review_date is not None
                title = f"Review R-{r.number:03d} {r.title}"
                out.append(
                    CalendarEntry("risk-review", r.id, title, r.next_review_date, heading, tz)
                )
            for a in s.exec(
                select(ActionItem).where(
                    col(ActionItem.engagement_id).in_(chunk),
                    col(ActionItem.due_date).is_not(None),
                    col(ActionItem.status).in_([ActionStatus.OPEN, ActionStatus.IN_PROGRESS]),
                )
            ):
                heading, tz = engagements[a.engagement_id]
                assert a.due_date is not None
                detail = f"Owner: {a.owner}" if a.owner else ""
                out.append(
                    CalendarEntry(
                        "action", a.id, a.description, a.due_date, heading, tz, None, detail
                    )
                )
            for c in s.exec(
                select(CommunicationChannel).where(
                    col(CommunicationChannel.engagement_id).in_(chunk),
                    col(CommunicationChannel.anchor_date).is_not(None),
                )
            ):
                heading, tz = engagements[c.engagement_id]
                assert c.anchor_date is not None
                detail = "; ".join(x for x in (c.purpose, c.medium, c.participants) if x)
                out.append(
                    CalendarEntry(
                        "meeting", c.id, c.name, c.anchor_date, heading, tz, c.cadence, detail
                    )
                )
            for k in s.exec(
                select(EngagementKpi).where(col(EngagementKpi.engagement_id).in_(chunk))
            ):
                heading, tz = engagements[k.engagement_id]
                due = next_period(k.period, today)  # the value of the current period
                title = f"KPI value due: {k.name}"
                detail = f"{k.period.label} value of the period just ended"
                out.append(
                    CalendarEntry("kpi", k.id, title, due, heading, tz, None, detail, k.period)
                )
    out.sort(key=lambda e: (e.day, e.kind, e.title, e.record_id))
    return out
