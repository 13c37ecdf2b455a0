"""The calendar export: parses with icalendar, one event per dated item, a recurring
meeting as an RRULE, and the same UIDs on a second export (so a calendar updates)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import icalendar
import pytest

from cdmo_desktop.cli import main
from cdmo_desktop.domain import clock
from cdmo_desktop.domain.enums import ActionStatus, Cadence, ChannelKind, KpiPeriod, RiskStatus
from cdmo_desktop.domain.models import ActionItem, CommunicationChannel
from cdmo_desktop.exchange.calendar import calendar_bytes
from cdmo_desktop.store import Store
from cdmo_desktop.store.kpi_edits import KpiData, save_kpi
from tests.conftest import cli_db
from tests.risks_support import add_risk
from tests.schedule_data import make_plan


def _events(data: bytes) -> list[icalendar.Event]:
    cal = icalendar.Calendar.from_ical(data)
    return [c for c in cal.walk("VEVENT")]


def _world(store: Store) -> str:
    plan = make_plan(store)  # 3 tasks, 1 milestone, 1 decision gate
    eid = plan.engagement_id
    add_risk(
        store,
        eid,
        "Supplier delay",
        next_review_date=date(2027, 4, 1),
        raised_date=date(2027, 3, 1),
    )
    add_risk(
        store,
        eid,
        "Closed one",
        next_review_date=date(2027, 4, 2),
        raised_date=date(2027, 3, 1),
        status=RiskStatus.CLOSED,
        closed_date=date(2027, 3, 5),
        closure_note="Gone",
    )
    with store.session() as s:
        s.add(ActionItem(engagement_id=eid, description="Send tox data", due_date=date(2027, 3, 9)))
        s.add(
            ActionItem(
                engagement_id=eid,
                description="Done",
                due_date=date(2027, 3, 9),
                status=ActionStatus.DONE,
            )
        )
        s.add(ActionItem(engagement_id=eid, description="No date"))
        s.add(
            CommunicationChannel(
                engagement_id=eid,
                name="Steering committee",
                kind=ChannelKind.MEETING,
                cadence=Cadence.BIWEEKLY,
                anchor_date=date(2027, 3, 2),
            )
        )
        s.add(
            CommunicationChannel(
                engagement_id=eid,
                name="Monthly report",
                kind=ChannelKind.WRITTEN_REPORT,
                cadence=Cadence.MONTHLY,
                anchor_date=date(2027, 3, 31),
            )
        )
    save_kpi(store, KpiData(engagement_id=eid, name="Batch success rate", period=KpiPeriod.QUARTER))
    return eid


def test_one_event_per_dated_item_with_stable_uids(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(clock, "today", lambda: date(2027, 2, 10))
    eid = _world(store)
    first = _events(calendar_bytes(store, eid))
    # milestone + gate, one live risk's review, one open action, two meetings, one KPI
    assert len(first) == 7
    summaries = sorted(str(e["summary"]) for e in first)
    assert any(s.startswith("Decision gate: Go / no-go") for s in summaries)
    assert any(s.startswith("Risk review: Review R-001 Supplier delay") for s in summaries)
    second = _events(calendar_bytes(store, eid))
    assert [str(e["uid"]) for e in first] == [str(e["uid"]) for e in second]
    assert len({str(e["uid"]) for e in first}) == 7
    steering = next(e for e in first if "Steering" in str(e["summary"]))
    rule = steering["rrule"]
    assert rule["FREQ"] == ["WEEKLY"] and rule["INTERVAL"] == [2] and rule["BYDAY"] == ["TU"]
    assert steering.decoded("dtstart") == date(2027, 3, 2)
    monthly = next(e for e in first if "Monthly report" in str(e["summary"]))
    assert monthly["rrule"]["BYMONTHDAY"] == [-1]  # 31 March: the month's last day
    kpi = next(e for e in first if "Batch success rate" in str(e["summary"]))
    assert kpi.decoded("dtstart") == date(2027, 4, 1)  # Q1's value is due as Q2 begins
    assert kpi["rrule"]["INTERVAL"] == [3] and kpi["rrule"]["BYMONTHDAY"] == [1]


def test_cli_writes_the_portfolio_calendar(
    store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _world(store)
    db = cli_db(store)
    store.close()
    out = tmp_path / "desk.ics"
    assert main(["export", "calendar", "--db", str(db), "--out", str(out)]) == 0
    assert len(_events(out.read_bytes())) == 7
