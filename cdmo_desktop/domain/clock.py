"""The one "today" (and local "now") of the application, which a test can set.

Every layer asks `today()` when it needs the date and never keeps the answer, so a window
left open overnight shows tomorrow's "overdue" marks after midnight (the GUI re-reads when
its day watcher says the date changed). Tests freeze the clock:

    with clock.frozen(date(2026, 12, 1)):
        ...  # today() is 1 Dec 2026 here

or, for a moment just before midnight, `clock.frozen(datetime(2026, 12, 1, 23, 59, 59))`;
`set_now(...)` moves a frozen clock on (or `set_now(None)` lets it run again).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, time, timedelta

_frozen: datetime | None = None


def local_now() -> datetime:
    """The local wall-clock time (naive), or the frozen moment."""
    return _frozen if _frozen is not None else datetime.now()


def today() -> date:
    """The local date, read afresh at every call (it changes at midnight)."""
    return local_now().date()


def set_now(moment: date | datetime | None) -> None:
    """Freeze the clock at `moment` (a date stands for its first instant); None unfreezes."""
    global _frozen
    if moment is None or isinstance(moment, datetime):
        _frozen = moment.replace(tzinfo=None) if moment is not None else None
    else:
        _frozen = datetime.combine(moment, time.min)


@contextmanager
def frozen(moment: date | datetime) -> Iterator[None]:
    """The clock stands at `moment` inside the block (`set_now` may move it on), and is as
    before afterwards."""
    previous = _frozen
    set_now(moment)
    try:
        yield
    finally:
        set_now(previous)


def next_midnight(moment: datetime) -> datetime:
    """The start of the local day after `moment`."""
    return datetime.combine(moment.date() + timedelta(days=1), time.min)


def seconds_to_midnight(moment: datetime | None = None) -> float:
    """Real seconds from the local time `moment` (default: now) until the date changes; a
    day with a daylight-saving change has 23 or 25 hours."""
    moment = (moment if moment is not None else local_now()).replace(tzinfo=None)
    return next_midnight(moment).astimezone().timestamp() - moment.astimezone().timestamp()
