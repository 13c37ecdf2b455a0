"""Revision 0012_kpi_latest upgrades a database holding the demo's KPIs and measurements
without losing a row, and every KPI gets its latest period, value and status from its
measurements (as domain.kpi computes them)."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from cdmo_desktop.domain.enums import KpiDirection
from cdmo_desktop.domain.kpi import kpi_status
from cdmo_desktop.store import open_store
from cdmo_desktop.store.kpis import kpis_off_target
from tests.migration_support import downgrade, table_counts

# SQLite files migrated from older revisions (PostgreSQL's chain: test_migrations_postgresql.py).
pytestmark = pytest.mark.sqlite_only

PREVIOUS = "0011_site_closures"


def _rows(path: Path, sql: str) -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def _expected(path: Path) -> dict[str, tuple[Any, ...]]:
    """Each KPI's latest (period, value, status) from its measurements."""
    kpis = _rows(path, "SELECT id, direction, target, amber, red FROM engagement_kpi")
    latest: dict[str, tuple[str, float]] = {}
    for kpi_id, day, value in _rows(
        path, "SELECT kpi_id, period_start, value FROM kpi_measurement ORDER BY period_start"
    ):
        latest[kpi_id] = (day, value)
    out = {}
    for kpi_id, direction, target, amber, red in kpis:
        day, value = latest.get(kpi_id, (None, None))
        status = kpi_status(KpiDirection(direction), target, amber, red, value)
        out[kpi_id] = (day, value, status.value if status else None)
    return out


def test_an_upgrade_fills_every_kpis_latest_value_and_loses_nothing(
    tmp_path: Path, demo_template: Path
) -> None:
    path = tmp_path / "previous.sqlite"
    source, target = sqlite3.connect(demo_template), sqlite3.connect(path)
    source.backup(target)
    source.close()
    target.close()
    downgrade(path, PREVIOUS)
    columns = {r[1] for r in _rows(path, "PRAGMA table_info(engagement_kpi)")}
    assert "latest_status" not in columns
    before = table_counts(path)
    assert before["engagement_kpi"] and before["kpi_measurement"]
    expected = _expected(path)
    assert any(v[2] == "red" for v in expected.values())
    assert any(v[0] is None for v in expected.values())  # KPIs never measured stay empty

    store = open_store(path)  # upgrades (after a backup)
    try:
        after = table_counts(path)
        assert {t: n for t, n in after.items() if t in before} == before
        stored = {
            r[0]: (r[1], r[2], r[3])
            for r in _rows(
                path,
                "SELECT id, latest_period, latest_value, latest_status FROM engagement_kpi",
            )
        }
        assert stored == expected
        assert all(
            isinstance(v[0], str) and date.fromisoformat(v[0])
            for v in stored.values()
            if v[0] is not None
        )
        current = _rows(
            path,
            "SELECT k.id FROM engagement_kpi k JOIN engagement e ON e.id = k.engagement_id "
            "WHERE e.archived = 0 AND e.status != 'closed'",
        )
        off = sum(1 for (kpi_id,) in current if expected[kpi_id][2] in ("red", "amber"))
        assert off and kpis_off_target(store) == off
    finally:
        store.close()
