"""A partner site's holiday or shutdown calendar (.ics) read into closed days.

Every event closes the days it covers (an all-day event from DTSTART up to, not including,
DTEND; a timed one the days it touches); a repeating one (RRULE, typically yearly) is
expanded up to five years after today. A file that yields more than MAX_DAYS days, is not
an iCalendar, or is larger than the size limit is refused in one line.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cdmo_desktop.domain import clock
from cdmo_desktop.domain.messages import QT_TRANSLATE_NOOP, msg
from cdmo_desktop.domain.validation import EARLIEST_DATE, LATEST_DATE
from cdmo_desktop.exchange.errors import ExchangeError
from cdmo_desktop.exchange.schedule_files import read_limited

if TYPE_CHECKING:
    from cdmo_desktop.store.changesets import ChangeSet
    from cdmo_desktop.store.store import Store

MAX_DAYS = 5000
MAX_SPAN = 400  # days one event may close (a shutdown, not a decade)
YEARS_AHEAD = 5


def _day(value: Any) -> date:
    return value.date() if isinstance(value, datetime) else value


def read_holidays(path: Path) -> list[tuple[date, str]]:
    """(day, name) of every closed day in the file, by day; refusals are ExchangeError."""
    import icalendar
    from dateutil.rrule import rrulestr

    data = read_limited(path, "calendar")
    try:
        cal = icalendar.Calendar.from_ical(data)
    except (ValueError, KeyError, IndexError, UnicodeDecodeError):
        raise ExchangeError(
            msg(
                QT_TRANSLATE_NOOP("messages", "{file} is not an iCalendar (.ics) file."),
                file=path.name,
            )
        ) from None
    horizon = min(date(clock.today().year + YEARS_AHEAD, 12, 31), LATEST_DATE)
    days: dict[date, str] = {}
    for n, event in enumerate(cal.walk("VEVENT"), start=1):
        name = " ".join(str(event.get("summary", "")).split())[:300]
        try:
            start = _day(event.decoded("dtstart"))
            end = _day(event.decoded("dtend")) if "dtend" in event else None
        except (KeyError, ValueError, TypeError):
            raise ExchangeError(
                msg(
                    QT_TRANSLATE_NOOP(
                        "messages", "Event {n} of {file} has no readable start date."
                    ),
                    n=n,
                    file=path.name,
                )
            ) from None
        if not isinstance(start, date) or not EARLIEST_DATE <= start <= LATEST_DATE:
            year = start.year if isinstance(start, date) else "?"
            raise ExchangeError(
                msg(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "Event {n} of {file} starts in year {year}, outside "
                        "{earliest_date_year}–{latest_date_year}.",
                    ),
                    n=n,
                    file=path.name,
                    year=year,
                    earliest_date_year=EARLIEST_DATE.year,
                    latest_date_year=LATEST_DATE.year,
                )
            )
        all_day = not isinstance(event.decoded("dtstart"), datetime)
        span = max(
            1, (end - start).days if end and all_day else (end - start).days + 1 if end else 1
        )
        if span > MAX_SPAN:
            raise ExchangeError(
                msg(
                    QT_TRANSLATE_NOOP(
                        "messages", "Event {n} of {file} lasts {span} days; at most {max_span}."
                    ),
                    n=n,
                    file=path.name,
                    span=span,
                    max_span=MAX_SPAN,
                )
            )
        starts = [start]
        if "rrule" in event:
            rule = event["rrule"].to_ical().decode()
            try:
                series = rrulestr(rule, dtstart=datetime.combine(start, datetime.min.time()))
            except (ValueError, TypeError):
                raise ExchangeError(
                    msg(
                        QT_TRANSLATE_NOOP(
                            "messages", "Event {n} of {file} repeats by a rule that cannot be read."
                        ),
                        n=n,
                        file=path.name,
                    )
                ) from None
            starts = []
            for occurrence in series:
                if occurrence.date() > horizon:
                    break
                starts.append(occurrence.date())
                if len(starts) > MAX_DAYS:
                    break
        for first in starts:
            for k in range(span):
                d = first + timedelta(days=k)
                days[d] = f"{days[d]}; {name}" if d in days and name not in days[d] else name
            if len(days) > MAX_DAYS:
                raise ExchangeError(
                    msg(
                        QT_TRANSLATE_NOOP(
                            "messages", "{file} closes more than {max_days} days; refused."
                        ),
                        file=path.name,
                        max_days=MAX_DAYS,
                    )
                )
    if not days:
        raise ExchangeError(
            msg(QT_TRANSLATE_NOOP("messages", "{file} holds no events."), file=path.name)
        )
    return sorted(days.items())


def resolve_site(store: Store, ref: str) -> str:
    """The id of the site named by its id or "Partner / Site" (without regard to case)."""
    from cdmo_desktop.store.site_closures import site_named

    ref = " ".join(ref.split())
    if not ref:
        raise ExchangeError(
            msg(
                QT_TRANSLATE_NOOP(
                    "messages", "Give the site with --site (its id or 'Partner / Site')."
                )
            )
        )
    found = site_named(store, ref)
    if found is not None:
        return found
    raise ExchangeError(
        msg(
            QT_TRANSLATE_NOOP(
                "messages",
                "No partner site with the id or name {ref!r} (write it 'Partner / Site').",
            ),
            ref=ref,
        )
    )


def write_holidays(
    store: Store, site_id: str, days: list[tuple[date, str]], *, source: str
) -> ChangeSet:
    from cdmo_desktop.store.site_closures import save_closures

    try:
        return save_closures(store, site_id, days, source=source)
    except LookupError as exc:
        raise ExchangeError(str(exc)) from None
