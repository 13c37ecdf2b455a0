"""Calendars (ICS) for Thunderbird, Outlook and Google Calendar: milestones, decision
gates, risk reviews, action due dates, KPI reporting dates (a series on the first day of
each KPI period) and the communication plan's recurring meetings of one engagement or the
whole portfolio.

Every event is a whole day (the records hold days, not hours; a meeting's series falls on
its anchor's weekday or day of month, which is the partner's own day). Each event's UID is
derived from its record's id and kind, so importing a newer export into the same calendar
updates the events instead of adding copies. A meeting repeats by an RRULE from its
cadence (daily on working days, weekly, every two weeks, monthly, quarterly); ad hoc
channels are single events on their anchor day.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

import icalendar

from cdmo_desktop.domain.enums import Cadence, KpiPeriod
from cdmo_desktop.store.calendar_items import CalendarEntry, calendar_entries

if TYPE_CHECKING:
    from cdmo_desktop.store.store import Store

PRODID = "-//Partnership Desk//cdmo-desktop//EN"
UID_DOMAIN = "cdmo-desktop"
_PREFIX = {
    "milestone": "Milestone",
    "gate": "Decision gate",
    "risk-review": "Risk review",
    "action": "Action due",
    "meeting": "Meeting",
    "kpi": "KPI reporting",
}
_KPI_MONTHS = {KpiPeriod.MONTH: 1, KpiPeriod.QUARTER: 3, KpiPeriod.YEAR: 12}
_WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


def event_uid(entry: CalendarEntry) -> str:
    """Stable across exports: the record's UUID and what the event shows of it."""
    return f"{entry.record_id}-{entry.kind}@{UID_DOMAIN}"


def _rule(entry: CalendarEntry) -> dict[str, object] | None:
    anchor = entry.day
    if entry.kpi_period is not None:
        return {"FREQ": "MONTHLY", "INTERVAL": _KPI_MONTHS[entry.kpi_period], "BYMONTHDAY": 1}
    match entry.cadence:
        case Cadence.DAILY:
            if anchor.weekday() < 5:
                return {"FREQ": "DAILY", "BYDAY": list(_WEEKDAYS[:5])}
            return {"FREQ": "DAILY"}
        case Cadence.WEEKLY:
            return {"FREQ": "WEEKLY", "BYDAY": _WEEKDAYS[anchor.weekday()]}
        case Cadence.BIWEEKLY:
            return {"FREQ": "WEEKLY", "INTERVAL": 2, "BYDAY": _WEEKDAYS[anchor.weekday()]}
        case Cadence.MONTHLY | Cadence.QUARTERLY:
            interval = 3 if entry.cadence is Cadence.QUARTERLY else 1
            # day 29-31: the month's last day where it is shorter (as domain.cadence does)
            day = anchor.day if anchor.day <= 28 else -1 if _last_day(anchor) else anchor.day
            return {"FREQ": "MONTHLY", "INTERVAL": interval, "BYMONTHDAY": day}
    return None


def _last_day(d: object) -> bool:
    from datetime import date

    assert isinstance(d, date)
    return (d + timedelta(days=1)).month != d.month


def build_calendar(
    entries: list[CalendarEntry], *, stamp: datetime | None = None
) -> icalendar.Calendar:
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", "Partnership Desk")
    now = stamp or datetime.now(UTC).replace(microsecond=0)
    for entry in entries:
        event = icalendar.Event()
        event.add("uid", event_uid(entry))
        event.add("dtstamp", now)
        event.add("summary", f"{_PREFIX[entry.kind]}: {entry.title} ({entry.engagement})")
        event.add("dtstart", entry.day)
        event.add("dtend", entry.day + timedelta(days=1))
        event.add("transp", "TRANSPARENT")
        lines = [entry.engagement]
        if entry.detail:
            lines.append(entry.detail)
        if entry.time_zone:
            lines.append(f"Partner time zone: {entry.time_zone}")
        event.add("description", "\n".join(lines))
        event.add("categories", [_PREFIX[entry.kind]])
        rule = _rule(entry) if entry.kind in ("meeting", "kpi") else None
        if rule is not None:
            event.add("rrule", rule)
        cal.add_component(event)
    return cal


def calendar_bytes(store: Store, engagement_id: str | None = None) -> bytes:
    """The ICS file of one engagement (None: of the portfolio)."""
    data: bytes = build_calendar(calendar_entries(store, engagement_id)).to_ical()
    return data
