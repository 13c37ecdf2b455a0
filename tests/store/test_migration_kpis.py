"""Revision 0009_kpis turns every charter success metric into an engagement KPI without
losing one: same id, metric -> name, the target text verbatim (and as a number, unit and
direction where it clearly is one), how it is measured. The charter still lists them."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from cdmo_desktop.domain.enums import KpiDirection, KpiUnit
from cdmo_desktop.domain.kpi import target_text
from cdmo_desktop.store import open_store
from cdmo_desktop.store.charters import load_charter
from tests.migration_support import downgrade, table_counts

# SQLite files migrated from older revisions (PostgreSQL's chain: test_migrations_postgresql.py).
pytestmark = pytest.mark.sqlite_only

PREVIOUS = "0008_engagement_scale"

EXTRA = [
    ("Yield of step 3", ">= 95%", "batch records", 95.0, "percent", "higher_better"),
    ("Deviation closure", "<= 30 days", "QA log", 30.0, "days", "lower_better"),
    ("Query answers", "under 48 hours", "mailbox", 48.0, "hours", "lower_better"),
    ("Depot release", "Released by the agreed depot date", "", None, "number", "higher_better"),
    ("Purity", ">= 24 at >= 95% purity", "", None, "number", "higher_better"),
    ("Unicode target", "≤ 5 µg/L – ‘tight’", "ICP-MS", None, "number", "higher_better"),
    ("Empty target", "", "", None, "number", "higher_better"),
]


def _rows(path: Path, sql: str) -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def _previous_database(tmp_path: Path, demo_template: Path) -> Path:
    path = tmp_path / "previous.sqlite"
    source, target = sqlite3.connect(demo_template), sqlite3.connect(path)
    source.backup(target)
    source.close()
    target.close()
    downgrade(path, PREVIOUS)
    return path


def test_every_success_metric_becomes_a_kpi(tmp_path: Path, demo_template: Path) -> None:
    path = _previous_database(tmp_path, demo_template)
    tables = {r[0] for r in _rows(path, "SELECT name FROM sqlite_master WHERE type='table'")}
    assert "success_metric" in tables and "engagement_kpi" not in tables
    engagement_id = _rows(path, "SELECT id FROM engagement ORDER BY title LIMIT 1")[0][0]
    conn = sqlite3.connect(path)
    now = datetime(2026, 11, 1, 9, 0, tzinfo=UTC).isoformat(sep=" ")
    for i, (metric, target, how, *_) in enumerate(EXTRA):
        conn.execute(
            "INSERT INTO success_metric (id, created_at, updated_at, engagement_id, position, "
            "metric, target, how_measured) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (f"extra-{i}", now, now, engagement_id, 100 + i, metric, target, how),
        )
    conn.commit()
    conn.close()
    before = table_counts(path)
    metrics = _rows(
        path,
        "SELECT id, engagement_id, position, metric, target, how_measured, created_at "
        "FROM success_metric ORDER BY id",
    )
    assert len(metrics) > len(EXTRA)  # the demo's own metrics came back on the downgrade

    open_store(path).close()  # upgrades (after a backup)

    after = table_counts(path)
    assert "success_metric" not in after
    assert after["engagement_kpi"] == before["success_metric"]
    assert {t: n for t, n in after.items() if t in before and t != "success_metric"} == {
        t: n for t, n in before.items() if t != "success_metric"
    }
    kpis = _rows(
        path,
        "SELECT id, engagement_id, position, name, target_note, how_measured, created_at "
        "FROM engagement_kpi ORDER BY id",
    )
    assert kpis == metrics
    parsed = {
        r[0]: r[1:]
        for r in _rows(path, "SELECT id, target, unit, direction, period FROM engagement_kpi")
    }
    for i, (*_, number, unit, direction) in enumerate(EXTRA):
        assert parsed[f"extra-{i}"] == (number, unit, direction, "month")

    store = open_store(path)
    try:
        charter = load_charter(store, engagement_id)
        shown = {m.metric: m.target for m in charter.metrics}
        for metric, target, *_ in EXTRA:
            assert shown[metric] == target
    finally:
        store.close()


def test_a_downgrade_gives_kpis_back_as_success_metrics(
    tmp_path: Path, demo_template: Path
) -> None:
    kpis = _rows(
        demo_template,
        "SELECT id, name, target_note, target, unit, direction FROM engagement_kpi",
    )
    path = _previous_database(tmp_path, demo_template)
    metrics = {r[0]: r[1:] for r in _rows(path, "SELECT id, metric, target FROM success_metric")}
    assert set(metrics) == {k[0] for k in kpis}
    assert any(not k[2] and k[3] is not None for k in kpis)  # KPIs set up with a number
    for kpi_id, name, note, target, unit, direction in kpis:
        written = note or target_text(KpiUnit(unit), KpiDirection(direction), target)
        assert metrics[kpi_id] == (name, written)
