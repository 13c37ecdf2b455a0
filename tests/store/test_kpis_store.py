"""Engagement KPIs: saved and read back with status and trend, values entered a cell or a
pasted column at a time as one undo step, bad values refused with nothing written."""

from __future__ import annotations

from datetime import date

import pytest

from cdmo_desktop.domain.enums import KpiDirection, KpiPeriod, KpiTrend, KpiUnit, Rag
from cdmo_desktop.domain.validation import ValidationError
from cdmo_desktop.store import Store
from cdmo_desktop.store.errors import WriteRefused
from cdmo_desktop.store.kpi_edits import (
    KpiData,
    KpiDefinitionData,
    KpiRefused,
    MeasurementEntry,
    add_kpis_from_library,
    cell_key,
    delete_kpis,
    save_kpi,
    save_kpi_definition,
    set_measurements,
)
from cdmo_desktop.store.kpis import (
    engagement_kpis,
    kpi_library,
    kpi_measurements,
    measurement_grid,
)
from tests.store.kickoff_world import build_world
from tests.undo_support import database_rows, diff

TODAY = date(2026, 5, 20)
MONTHS = [date(2026, m, 1) for m in (1, 2, 3, 4)]


def _otif(store: Store, engagement_id: str) -> KpiData:
    data = KpiData(
        engagement_id=engagement_id,
        name="On-time in-full",
        unit=KpiUnit.PERCENT,
        direction=KpiDirection.HIGHER_BETTER,
        target=95,
        amber=95,
        red=85,
        owner_partner="Kevin Tran",
    )
    save_kpi(store, data)
    return data


def _enter(store: Store, kpi_id: str, values: list[float | None]) -> None:
    set_measurements(
        store, [MeasurementEntry(kpi_id, m, v) for m, v in zip(MONTHS, values, strict=False)]
    )


def test_a_kpi_with_values_shows_latest_status_trend_and_sparkline(store: Store) -> None:
    world = build_world(store)
    kpi = _otif(store, world.engagement_id)
    _enter(store, kpi.id, [97, 93, 88, 84])
    (row,) = engagement_kpis(store, world.engagement_id, today=TODAY)
    assert row.name == "On-time in-full" and row.owner_partner == "Kevin Tran"
    assert row.latest_period == date(2026, 4, 1) and row.latest_value == 84
    assert row.status is Rag.RED and row.trend is KpiTrend.WORSENING
    assert row.recent == (97, 93, 88, 84)
    assert row.latest_label == "Apr 2026"
    assert row.missing_since is None  # May has not ended on 20 May
    late = engagement_kpis(store, world.engagement_id, today=date(2026, 6, 2))[0]
    assert late.missing_since == date(2026, 5, 1)


def test_entering_a_column_is_one_undo_step_and_replays(store: Store) -> None:
    world = build_world(store)
    kpi = _otif(store, world.engagement_id)
    before = database_rows(store)
    change = set_measurements(
        store,
        [MeasurementEntry(kpi.id, m, v) for m, v in zip(MONTHS, [90, 91, 92, 93], strict=True)],
    )
    after = database_rows(store)
    assert len(after["kpi_measurement"]) == 4
    assert {st.table for st in change.after} == {"kpi_measurement"}
    store.replay(change.before, "Undo")
    assert not diff(before, database_rows(store))
    store.replay(change.after, "Redo")
    assert not diff(after, database_rows(store))


def test_changing_and_clearing_cells_keeps_one_value_per_period(store: Store) -> None:
    world = build_world(store)
    kpi = _otif(store, world.engagement_id)
    _enter(store, kpi.id, [90, 91, 92])
    change = set_measurements(
        store,
        [
            MeasurementEntry(kpi.id, date(2026, 2, 14), 99, comment="Recount"),  # mid-month
            MeasurementEntry(kpi.id, MONTHS[2], None),
        ],
    )
    rows = kpi_measurements(store, kpi.id)
    assert [(r.period_start, r.value) for r in rows] == [(MONTHS[0], 90), (MONTHS[1], 99)]
    assert rows[1].comment == "Recount" and rows[1].entered_by == "Test Consultant"
    store.replay(change.before, "Undo")
    assert [r.value for r in kpi_measurements(store, kpi.id)] == [90, 91, 92]


@pytest.mark.parametrize(
    ("value", "fragment"),
    [(120.0, "0 to 100"), (-1.0, "0 to 100"), (float("nan"), "finite")],
)
def test_a_bad_cell_refuses_the_whole_paste(store: Store, value: float, fragment: str) -> None:
    world = build_world(store)
    kpi = _otif(store, world.engagement_id)
    before = database_rows(store)
    entries = [MeasurementEntry(kpi.id, MONTHS[0], 90), MeasurementEntry(kpi.id, MONTHS[1], value)]
    with pytest.raises(KpiRefused) as refused:
        set_measurements(store, entries)
    key = cell_key(kpi.id, MONTHS[1])
    assert list(refused.value.errors) == [key]
    assert "On-time in-full, Feb 2026" in refused.value.errors[key]
    assert fragment in refused.value.errors[key]
    assert isinstance(refused.value, WriteRefused) and isinstance(refused.value, ValidationError)
    assert not diff(before, database_rows(store))


def test_two_values_for_one_period_are_refused(store: Store) -> None:
    world = build_world(store)
    kpi = _otif(store, world.engagement_id)
    with pytest.raises(KpiRefused) as refused:
        set_measurements(
            store,
            [
                MeasurementEntry(kpi.id, date(2026, 3, 1), 90),
                MeasurementEntry(kpi.id, date(2026, 3, 31), 91),
            ],
        )
    assert "two values for one period" in refused.value.errors[cell_key(kpi.id, MONTHS[2])]
    assert kpi_measurements(store, kpi.id) == []


def test_counts_are_whole_and_not_negative(store: Store) -> None:
    world = build_world(store)
    data = KpiData(world.engagement_id, "OOS results", unit=KpiUnit.COUNT, target=0)
    save_kpi(store, data)
    for bad in (-1, 1.5):
        with pytest.raises(KpiRefused):
            set_measurements(store, [MeasurementEntry(data.id, MONTHS[0], bad)])
    set_measurements(store, [MeasurementEntry(data.id, MONTHS[0], 2)])
    assert [r.value for r in kpi_measurements(store, data.id)] == [2]


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"amber": 97.0}, "amber"),
        ({"red": 96.0}, "red"),
        ({"target": 140.0}, "target"),
        ({"name": "  "}, "name"),
        ({"name": "x" * 301}, "name"),
    ],
)
def test_a_kpi_with_a_bad_field_is_refused_by_name(
    store: Store, changes: dict[str, object], field: str
) -> None:
    world = build_world(store)
    base = KpiData(world.engagement_id, "OTIF", unit=KpiUnit.PERCENT, target=95, amber=90, red=80)
    before = database_rows(store)
    with pytest.raises(KpiRefused) as refused:
        save_kpi(store, KpiData(**{**base.__dict__, **changes}))
    assert field in refused.value.errors
    assert not diff(before, database_rows(store))


def test_a_new_unit_that_refuses_a_measured_value_is_refused(store: Store) -> None:
    world = build_world(store)
    data = KpiData(world.engagement_id, "Turnaround", unit=KpiUnit.NUMBER)
    save_kpi(store, data)
    set_measurements(store, [MeasurementEntry(data.id, MONTHS[0], 250)])
    with pytest.raises(KpiRefused) as refused:
        save_kpi(store, KpiData(**{**data.__dict__, "unit": KpiUnit.PERCENT}))
    assert "250" in refused.value.errors["unit"]


def test_deleting_a_kpi_takes_its_values_and_undo_brings_both_back(store: Store) -> None:
    world = build_world(store)
    kpi = _otif(store, world.engagement_id)
    _enter(store, kpi.id, [90, 91])
    before = database_rows(store)
    change = delete_kpis(store, [kpi.id])
    assert engagement_kpis(store, world.engagement_id) == []
    store.replay(change.before, "Undo")
    assert not diff(before, database_rows(store))


def test_library_kpis_are_added_after_the_others_with_their_defaults(store: Store) -> None:
    world = build_world(store)
    _otif(store, world.engagement_id)
    add_kpis_from_library(store, world.engagement_id, ["coa_turnaround", "capa_on_time"])
    rows = engagement_kpis(store, world.engagement_id, today=TODAY)
    assert [r.name for r in rows] == ["On-time in-full", "CoA turnaround", "CAPAs closed on time"]
    assert [r.position for r in rows] == [0, 1, 2]
    coa = rows[1]
    assert (coa.unit, coa.direction, coa.target, coa.red) == (
        KpiUnit.DAYS,
        KpiDirection.LOWER_BETTER,
        10,
        15,
    )
    assert rows[2].period is KpiPeriod.QUARTER and rows[2].library_key == "capa_on_time"
    with pytest.raises(KpiRefused):
        add_kpis_from_library(store, world.engagement_id, ["no_such_kpi"])


def test_own_library_entries_come_first_and_can_be_added(store: Store) -> None:
    world = build_world(store)
    own = KpiDefinitionData(
        name="Tech-transfer documents on time",
        unit=KpiUnit.PERCENT,
        default_target=90,
        default_amber=90,
        default_red=70,
    )
    save_kpi_definition(store, own)
    library = kpi_library(store)
    assert library[0].key == "own_tech_transfer_documents_on_time" and library[0].own
    assert any(t.key == "otif" for t in library)
    add_kpis_from_library(store, world.engagement_id, [library[0].key])
    assert engagement_kpis(store, world.engagement_id)[0].target == 90
    with pytest.raises(KpiRefused) as refused:
        save_kpi_definition(store, KpiDefinitionData(name="Bad", default_target=5, default_amber=9))
    assert "default_amber" in refused.value.errors
    with pytest.raises(KpiRefused):  # the same name again makes the same key
        save_kpi_definition(store, KpiDefinitionData(name="Tech-transfer documents on time"))


def test_the_grid_has_a_column_per_month_and_a_quarterly_kpi_spans_its_quarter(
    store: Store,
) -> None:
    world = build_world(store)
    kpi = _otif(store, world.engagement_id)
    capa = KpiData(world.engagement_id, "CAPA", unit=KpiUnit.PERCENT, period=KpiPeriod.QUARTER)
    save_kpi(store, capa)
    _enter(store, kpi.id, [90, None, 92])
    set_measurements(store, [MeasurementEntry(capa.id, date(2026, 1, 1), 80)])
    grid = measurement_grid(store, world.engagement_id, periods=5, today=TODAY)
    assert grid.periods == (*MONTHS, date(2026, 5, 1))
    assert [grid.label(i) for i in (0, 4)] == ["Jan 2026", "May 2026"]
    assert [r.name for r in grid.rows] == ["On-time in-full", "CAPA"]
    assert grid.cells[0] == (90, None, 92, None, None)
    assert grid.cells[1] == (80, 80, 80, None, None)
    assert grid.period_of(1, 2) == date(2026, 1, 1)
