"""A site's holiday calendar (.ics): all-day, multi-day and yearly events become closed
days of that site, shown for the engagements working there; hostile files are refused in
one line and write nothing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlmodel import select

from cdmo_desktop.cli import main
from cdmo_desktop.domain import clock
from cdmo_desktop.domain.models import Engagement, PartnerSite, SiteClosure
from cdmo_desktop.exchange.errors import ExchangeError
from cdmo_desktop.exchange.holidays import read_holidays
from cdmo_desktop.store import Store, open_store
from cdmo_desktop.store.site_closures import closed_days
from tests.conftest import cli_db
from tests.schedule_data import make_engagement

ICS = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Test//Holidays//EN
BEGIN:VEVENT
UID:xmas@test
DTSTART;VALUE=DATE:20260101
DTEND;VALUE=DATE:20260102
SUMMARY:New Year
RRULE:FREQ=YEARLY;COUNT=3
END:VEVENT
BEGIN:VEVENT
UID:shutdown@test
DTSTART;VALUE=DATE:20260803
DTEND;VALUE=DATE:20260815
SUMMARY:Summer shutdown
END:VEVENT
BEGIN:VEVENT
UID:audit@test
DTSTART:20260320T090000Z
DTEND:20260320T170000Z
SUMMARY:Site inventory
END:VEVENT
END:VCALENDAR
"""


def _site(store: Store, eid: str) -> str:
    with store.session() as s:
        engagement = s.get(Engagement, eid)
        assert engagement is not None
        site = PartnerSite(partner_id=engagement.partner_id, name="Visp", country="CH")
        s.add(site)
        s.flush()
        return site.id


def test_events_become_closed_days(tmp_path: Path) -> None:
    path = tmp_path / "visp.ics"
    path.write_text(ICS)
    days = dict(read_holidays(path))
    assert [d for d in days if d.month == 1] == [
        date(2026, 1, 1),
        date(2027, 1, 1),
        date(2028, 1, 1),
    ]
    assert sum(d.month == 8 for d in days) == 12  # 3 to 14 August: DTEND is not closed
    assert days[date(2026, 3, 20)] == "Site inventory"
    assert len(days) == 3 + 12 + 1


def test_cli_attaches_days_to_the_site_and_the_engagement_sees_them(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(clock, "today", lambda: date(2026, 6, 1))
    eid = make_engagement(store)
    site_id = _site(store, eid)
    db = cli_db(store)
    store.close()
    path = tmp_path / "visp.ics"
    path.write_text(ICS)
    for _ in range(2):  # a second import adds nothing
        assert main(["import", "holidays", str(path), "--db", str(db), "--site", site_id]) == 0
    again = open_store(db)
    try:
        with again.read() as s:
            assert len(s.exec(select(SiteClosure)).all()) == 16
        shown = closed_days(again, [eid])[eid]
        assert shown[date(2026, 8, 3)] == "Visp: Summer shutdown"
    finally:
        again.close()


HOSTILE = {
    "binary.ics": (b"\x00\x01PK\x03\x04" * 50, "not an iCalendar"),
    "year9999.ics": (
        ICS.replace("20260803", "99990803").replace("20260815", "99990815").encode(),
        "year 9999",
    ),
    "decade.ics": (ICS.replace("20260815", "20360815").encode(), "lasts"),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_calendars_are_refused(
    store: Store, tmp_path: Path, name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    data, words = HOSTILE[name]
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(ExchangeError, match=words):
        read_holidays(path)
    eid = make_engagement(store)
    site_id = _site(store, eid)
    db = cli_db(store)
    store.close()
    assert main(["import", "holidays", str(path), "--db", str(db), "--site", site_id]) == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 1
    again = open_store(db)
    try:
        with again.read() as s:
            assert s.exec(select(SiteClosure)).all() == []
    finally:
        again.close()


def test_a_site_is_named_by_partner_and_site_case_and_spacing_ignored(store: Store) -> None:
    """`--site "Partner / Site"` finds the site without reading every site: case and
    spacing do not matter, a partner whose name holds " / " is found too, and an unknown
    name is refused with how to write it."""
    from cdmo_desktop.domain.enums import PartnerKind
    from cdmo_desktop.domain.models import Partner
    from cdmo_desktop.exchange.holidays import resolve_site

    with store.session() as s:
        plain = Partner(name="Alpine Synthesis", kind=PartnerKind.CDMO, country="CH")
        slashed = Partner(name="Basel / Visp Labs", kind=PartnerKind.CRO, country="CH")
        s.add_all([plain, slashed])
        s.flush()
        visp = PartnerSite(partner_id=plain.id, name="Visp kilo lab", country="CH")
        basel = PartnerSite(partner_id=slashed.id, name="Basel pilot plant", country="CH")
        s.add_all([visp, basel])
        s.flush()
        ids = (visp.id, basel.id)
    assert resolve_site(store, "alpine  synthesis / VISP kilo lab") == ids[0]
    assert resolve_site(store, "Basel / Visp Labs / Basel pilot plant") == ids[1]
    assert resolve_site(store, ids[1]) == ids[1]
    with pytest.raises(ExchangeError, match="Partner / Site"):
        resolve_site(store, "Alpine Synthesis / Basel pilot plant")
