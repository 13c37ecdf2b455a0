"""Each KPI's stored latest period, value and status (store.derived_kpis) follow every write:
a value entered, changed or removed, a threshold edited, undo and redo, a KPI deleted, rows
written around the flush hook (rebuild); the portfolio's count reads them on an index."""

from __future__ import annotations

import itertools
import sqlite3
from datetime import UTC, date, datetime
from typing import Any

import pytest
import sqlalchemy as sa

from cdmo_desktop.domain.enums import KpiDirection, KpiUnit, Rag
from cdmo_desktop.domain.kpi import kpi_status
from cdmo_desktop.store import Store, bulk, derived_kpis
from cdmo_desktop.store.changesets import ChangeSet
from cdmo_desktop.store.kpi_edits import (
    KpiData,
    MeasurementEntry,
    delete_kpis,
    save_kpi,
    set_measurements,
)
from cdmo_desktop.store.kpis import kpis_off_target, off_target_kpis
from cdmo_desktop.store.record_imports import ImportEntry, write_import
from tests.store.kickoff_world import build_world

NOW = datetime(2026, 1, 1, tzinfo=UTC)
JAN, FEB, MAR = date(2026, 1, 1), date(2026, 2, 1), date(2026, 3, 1)


def _stored(store: Store, kpi_id: str) -> tuple[Any, ...]:
    k = derived_kpis.K
    with store.read() as s:
        row = s.execute(
            sa.select(k.c.latest_period, k.c.latest_value, k.c.latest_status).where(
                k.c.id == kpi_id
            )
        ).one()
    return tuple(row)


def _otif(store: Store) -> KpiData:
    world = build_world(store)
    data = KpiData(world.engagement_id, "OTIF", unit=KpiUnit.PERCENT, target=95, red=85)
    save_kpi(store, data)
    return data


def _undo(store: Store, cs: ChangeSet) -> None:
    store.replay(cs.before, "Undo")


def _redo(store: Store, cs: ChangeSet) -> None:
    store.replay(cs.after, "Redo")


def test_the_latest_value_follows_entry_change_and_removal(store: Store) -> None:
    kpi = _otif(store)
    assert _stored(store, kpi.id) == (None, None, None)
    set_measurements(store, [MeasurementEntry(kpi.id, m, v) for m, v in ((JAN, 97), (FEB, 90))])
    assert _stored(store, kpi.id) == (FEB, 90.0, Rag.AMBER.value)
    set_measurements(store, [MeasurementEntry(kpi.id, FEB, 80)])  # the same period, changed
    assert _stored(store, kpi.id) == (FEB, 80.0, Rag.RED.value)
    set_measurements(store, [MeasurementEntry(kpi.id, JAN, 60)])  # an older one: no change
    assert _stored(store, kpi.id) == (FEB, 80.0, Rag.RED.value)
    set_measurements(store, [MeasurementEntry(kpi.id, FEB, None)])  # the latest removed
    assert _stored(store, kpi.id) == (JAN, 60.0, Rag.RED.value)
    set_measurements(store, [MeasurementEntry(kpi.id, JAN, None)])
    assert _stored(store, kpi.id) == (None, None, None)


def test_a_threshold_edit_restates_the_status_and_undo_redo_keep_it(store: Store) -> None:
    kpi = _otif(store)
    set_measurements(store, [MeasurementEntry(kpi.id, MAR, 90)])
    assert _stored(store, kpi.id) == (MAR, 90.0, Rag.AMBER.value)
    assert kpis_off_target(store) == 1
    looser = KpiData(**{**kpi.__dict__, "target": 88, "red": 80})
    edit = save_kpi(store, looser)
    assert _stored(store, kpi.id) == (MAR, 90.0, Rag.GREEN.value)
    assert kpis_off_target(store) == 0 and off_target_kpis(store) == []
    _undo(store, edit)
    assert _stored(store, kpi.id) == (MAR, 90.0, Rag.AMBER.value)
    assert kpis_off_target(store) == 1
    _redo(store, edit)
    assert _stored(store, kpi.id) == (MAR, 90.0, Rag.GREEN.value)
    flipped = KpiData(
        **{**looser.__dict__, "direction": KpiDirection.LOWER_BETTER, "target": 80, "red": 85}
    )
    save_kpi(store, flipped)  # 90 is now above the red line of a lower-is-better KPI
    assert _stored(store, kpi.id)[2] == Rag.RED.value


def test_undo_and_redo_of_entered_values_restore_the_latest(store: Store) -> None:
    kpi = _otif(store)
    set_measurements(store, [MeasurementEntry(kpi.id, JAN, 96)])
    entered = set_measurements(store, [MeasurementEntry(kpi.id, FEB, 70)])
    assert _stored(store, kpi.id) == (FEB, 70.0, Rag.RED.value)
    _undo(store, entered)
    assert _stored(store, kpi.id) == (JAN, 96.0, Rag.GREEN.value)
    _redo(store, entered)
    assert _stored(store, kpi.id) == (FEB, 70.0, Rag.RED.value)
    removed = set_measurements(store, [MeasurementEntry(kpi.id, FEB, None)])
    assert _stored(store, kpi.id) == (JAN, 96.0, Rag.GREEN.value)
    _undo(store, removed)
    assert _stored(store, kpi.id) == (FEB, 70.0, Rag.RED.value)


def test_a_deleted_kpi_brought_back_by_undo_has_its_latest_again(store: Store) -> None:
    kpi = _otif(store)
    set_measurements(store, [MeasurementEntry(kpi.id, m, v) for m, v in ((JAN, 96), (FEB, 80))])
    assert kpis_off_target(store) == 1
    gone = delete_kpis(store, [kpi.id])
    assert kpis_off_target(store) == 0
    _undo(store, gone)
    assert _stored(store, kpi.id) == (FEB, 80.0, Rag.RED.value)
    assert kpis_off_target(store) == 1


def test_rebuild_fills_rows_written_around_the_hook(store: Store) -> None:
    kpi = _otif(store)
    set_measurements(store, [MeasurementEntry(kpi.id, m, v) for m, v in ((JAN, 96), (FEB, 80))])
    with store.engine.begin() as conn:
        conn.exec_driver_sql(
            "UPDATE engagement_kpi SET latest_period = NULL, latest_value = NULL, "
            "latest_status = NULL"
        )
    assert kpis_off_target(store) == 0
    with store.engine.begin() as conn:
        bulk.rebuild_derived(conn)
    assert _stored(store, kpi.id) == (FEB, 80.0, Rag.RED.value)
    assert kpis_off_target(store) == 1


def test_the_stored_status_is_the_domain_status_for_every_case() -> None:
    """The SQL status expression against domain.kpi.kpi_status over directions, targets,
    thresholds (each missing or set) and values on, between and beyond the lines."""
    lines = (None, 10.0, 20.0, 30.0)
    values = (None, 0.0, 10.0, 15.0, 20.0, 25.0, 30.0, 35.0)
    cases = list(
        itertools.product(list(KpiDirection), lines, lines, lines, values)  # dir, t, a, r, v
    )
    engine = sa.create_engine("sqlite://")
    table = derived_kpis.K
    with engine.begin() as conn:
        table.metadata.create_all(conn, tables=[table])
        conn.execute(
            sa.insert(table),
            [
                {
                    "id": str(i),
                    "created_at": NOW,
                    "updated_at": NOW,
                    "engagement_id": "e",
                    "name": "k",
                    "direction": d.value,
                    "target": t,
                    "amber": a,
                    "red": r,
                    "latest_value": v,
                }
                for i, (d, t, a, r, v) in enumerate(cases)
            ],
        )
        conn.execute(
            sa.update(table).values(
                latest_status=derived_kpis.status_expression(table.c.latest_value)
            )
        )
        stored = dict(conn.execute(sa.select(table.c.id, table.c.latest_status)).all())
    for i, (d, t, a, r, v) in enumerate(cases):
        expected = kpi_status(d, t, a, r, v)
        assert stored[str(i)] == (expected.value if expected else None), (d, t, a, r, v)


@pytest.mark.sqlite_only  # SQLite's query plans
def test_the_off_target_count_is_an_index_seek_without_subqueries(store: Store) -> None:
    _otif(store)
    statements: list[tuple[str, Any]] = []

    def keep(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        statements.append((statement, parameters))

    sa.event.listen(store.engine, "before_cursor_execute", keep)
    try:
        kpis_off_target(store)
    finally:
        sa.event.remove(store.engine, "before_cursor_execute", keep)
    ((count, parameters),) = [s for s in statements if "count(" in s[0].lower()]
    assert "kpi_measurement" not in count
    raw = sqlite3.connect(store.path)
    try:
        plan = " | ".join(r[-1] for r in raw.execute(f"EXPLAIN QUERY PLAN {count}", parameters))
    finally:
        raw.close()
    assert "ix_engagement_kpi_latest_status" in plan, plan
    assert "SUBQUERY" not in plan.upper(), plan


def test_values_from_a_spreadsheet_import_and_its_undo_set_the_latest(store: Store) -> None:
    kpi = _otif(store)
    set_measurements(store, [MeasurementEntry(kpi.id, JAN, 96)])
    imported = write_import(
        store,
        "Import KPI values",
        [
            ImportEntry(
                "kpi_measurement",
                "m-feb",
                {"kpi_id": kpi.id, "period_start": FEB, "value": 70.0},
                new=True,
            )
        ],
        reason="values.csv",
    )
    assert _stored(store, kpi.id) == (FEB, 70.0, Rag.RED.value)
    _undo(store, imported)
    assert _stored(store, kpi.id) == (JAN, 96.0, Rag.GREEN.value)
