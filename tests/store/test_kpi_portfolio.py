"""KPIs across the portfolio: the partner scorecard (frozen as JSON), one KPI across
partners, the KPIs off target and the periods whose value is missing."""

from __future__ import annotations

from datetime import date

from sqlmodel import Session, select

from cdmo_desktop.domain.enums import EngagementStatus, KpiTrend, KpiUnit, Rag
from cdmo_desktop.domain.models import Engagement
from cdmo_desktop.store import Store
from cdmo_desktop.store.kpi_edits import KpiData, MeasurementEntry, save_kpi, set_measurements
from cdmo_desktop.store.kpis import (
    Scorecard,
    kpi_across_partners,
    kpi_measurements,
    kpi_rows,
    kpis_off_target,
    missing_kpi_values,
    off_target_kpis,
    partner_scorecard,
)
from cdmo_desktop.store.snapshots import engagement_snapshot
from tests.conftest import DEMO_TODAY
from tests.store.kickoff_world import build_world

TODAY = date(2026, 5, 20)


def _kpis(store: Store, engagement_id: str) -> tuple[KpiData, KpiData]:
    otif = KpiData(
        engagement_id, "OTIF", unit=KpiUnit.PERCENT, target=95, amber=95, red=85, library_key="otif"
    )
    coa = KpiData(engagement_id, "CoA turnaround", unit=KpiUnit.DAYS, target=10, red=15)
    coa = KpiData(**{**coa.__dict__, "direction": "lower_better"})
    save_kpi(store, otif)
    save_kpi(store, coa)
    months = [date(2026, m, 1) for m in (1, 2, 3)]
    set_measurements(
        store,
        [MeasurementEntry(otif.id, m, v) for m, v in zip(months, [96, 90, 80], strict=True)]
        + [MeasurementEntry(coa.id, m, v) for m, v in zip(months, [14, 11, 9], strict=True)],
    )
    return otif, coa


def _activate(store: Store, engagement_id: str) -> None:
    def work(s: Session) -> None:
        e = s.get(Engagement, engagement_id)
        assert e is not None
        e.status = EngagementStatus.ACTIVE
        e.start_date = date(2026, 1, 5)

    store.write("Activate", work)


def test_a_red_kpi_counts_off_target_and_leads_the_list(store: Store) -> None:
    world = build_world(store)
    assert kpis_off_target(store) == 0
    otif, _coa = _kpis(store, world.engagement_id)
    assert kpis_off_target(store) == 1
    (row,) = off_target_kpis(store, today=TODAY)
    assert row.id == otif.id and row.status is Rag.RED and row.latest_value == 80
    assert row.recent == (96, 90, 80) and row.trend is KpiTrend.WORSENING
    assert off_target_kpis(store, today=TODAY, limit=0) == []
    set_measurements(store, [MeasurementEntry(otif.id, date(2026, 4, 1), 99)])
    assert kpis_off_target(store) == 0


def test_the_scorecard_counts_every_engagement_and_stays_frozen_as_json(store: Store) -> None:
    world = build_world(store)
    otif, _coa = _kpis(store, world.engagement_id)
    card = partner_scorecard(store, world.partner_id, today=TODAY)
    assert card.partner_name == "Alpine Synthesis" and len(card.engagements) == 1
    assert (card.green, card.amber, card.red, card.unmeasured) == (1, 0, 1, 0)
    frozen = card.to_json()
    set_measurements(store, [MeasurementEntry(otif.id, date(2026, 3, 1), 99)])
    assert partner_scorecard(store, world.partner_id, today=TODAY).red == 0
    back = Scorecard.from_json(frozen)
    assert back == card and back.red == 1
    assert back.kpis[0].status is Rag.RED and back.kpis[0].latest_period == date(2026, 3, 1)


def test_one_kpi_across_partners_by_library_key_or_name(store: Store) -> None:
    world = build_world(store)
    _kpis(store, world.engagement_id)
    (by_key,) = kpi_across_partners(store, "otif", today=TODAY)
    assert by_key.partner_name == "Alpine Synthesis" and by_key.kpi.latest_value == 80
    (by_name,) = kpi_across_partners(store, "coa TURNAROUND", today=TODAY)
    assert by_name.kpi.name == "CoA turnaround" and by_name.kpi.status is Rag.GREEN
    assert kpi_across_partners(store, "nothing") == []


def test_an_ended_period_without_a_value_is_on_the_agenda(store: Store) -> None:
    world = build_world(store)
    _activate(store, world.engagement_id)
    otif, coa = _kpis(store, world.engagement_id)
    assert missing_kpi_values(store, today=date(2026, 4, 30)) == []
    missing = missing_kpi_values(store, today=date(2026, 5, 2))
    assert [(m.kpi_name, m.label) for m in missing] == [
        ("CoA turnaround", "Apr 2026"),
        ("OTIF", "Apr 2026"),
    ]
    set_measurements(store, [MeasurementEntry(otif.id, date(2026, 4, 1), 97)])
    assert [m.kpi_id for m in missing_kpi_values(store, today=date(2026, 5, 2))] == [coa.id]
    new = KpiData(world.engagement_id, "Yield", unit=KpiUnit.PERCENT, target=90)
    save_kpi(store, new)  # nothing measured yet: due since the engagement's start
    assert any(
        m.kpi_id == new.id and m.period_start == date(2026, 1, 1)
        for m in missing_kpi_values(store, today=date(2026, 5, 2))
    )


def test_the_demo_tells_a_story_and_the_status_report_carries_it(demo_store: Store) -> None:
    with demo_store.read() as s:
        engagements = s.exec(select(Engagement)).all()
        periods = {
            e.id: [len(kpi_measurements(demo_store, k.id)) for k in kpi_rows(s, e.id, DEMO_TODAY)]
            for e in engagements
        }
        for e in engagements:
            data = engagement_snapshot(s, e.id, as_of=DEMO_TODAY)
            measured = [k for k in data.kpis if k.recent]
            assert 6 <= len(measured) <= len(data.kpis) <= 12
            assert {n for n in periods[e.id] if n} <= set(range(6, 19))
            assert any(k.status == "red" and k.trend == "worsening" for k in measured)
            assert any(k.status == "green" and k.trend == "improving" for k in measured)
    assert max(n for ns in periods.values() for n in ns) == 18
    assert kpis_off_target(demo_store) >= 4
