"""The benchmark runner and the large-dataset generators (small sizes; nothing is timed)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlmodel import select

from bench.core import Measurement, format_table, median_time
from bench.generate import generate_partners, generate_risks, generate_schedule
from cdmo_desktop.domain.models import Engagement, Milestone, MilestoneDependency, Partner, Risk
from cdmo_desktop.domain.validation import validate
from cdmo_desktop.store import open_store

ROOT = Path(__file__).resolve().parents[1]

TRIVIAL = """
from bench.core import Measurement, median_time

def run():
    assert median_time(lambda: sum(range(1000)), repeat=3) > 0
    return [
        Measurement("trivial.sum", 0.02, baseline_median_s=0.04, note="half the baseline"),
        Measurement("trivial.alone", 0.25),
    ]
"""


def _fake_benchmarks(tmp_path: Path) -> dict[str, str]:
    pkg = tmp_path / "fakebench"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "bench_trivial.py").write_text(textwrap.dedent(TRIVIAL))
    (pkg / "bench_broken.py").write_text("def run():\n    raise RuntimeError('no data')\n")
    (pkg / "helper.py").write_text("")  # not a benchmark: no bench_ prefix
    env = os.environ.copy()
    env["PYTHONPATH"] = os.pathsep.join([str(tmp_path), str(ROOT)])
    return env


def _bench(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bench", "--package", "fakebench", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.slow
def test_runner_prints_a_table_and_writes_json(tmp_path: Path) -> None:
    env = _fake_benchmarks(tmp_path)
    out = tmp_path / "results.json"
    result = _bench(["trivial", "--json", str(out)], env)
    assert result.returncode == 0, result.stderr
    data = json.loads(out.read_text())
    assert [d["name"] for d in data] == ["trivial.sum", "trivial.alone"]
    first, second = data
    assert (first["median_s"], first["baseline_median_s"]) == (0.02, 0.04)
    assert first["ratio"] == pytest.approx(0.5)
    assert first["peak_mb"] > 1 and first["note"] == "half the baseline"
    assert second["median_s"] == 0.25 and "ratio" not in second
    assert "baseline_median_s" not in second
    assert "trivial.sum" in result.stdout and "0.50" in result.stdout
    assert "250.0" in result.stdout  # medians are shown in ms


@pytest.mark.slow
def test_runner_lists_runs_all_and_reports_failures(tmp_path: Path) -> None:
    env = _fake_benchmarks(tmp_path)
    listed = _bench(["--list"], env)
    assert listed.stdout.split() == ["broken", "trivial"]
    everything = _bench([], env)
    assert everything.returncode == 1  # broken failed ...
    assert "trivial.sum" in everything.stdout  # ... but the others still report
    assert "failed: broken" in everything.stderr
    unknown = _bench(["nosuch"], env)
    assert unknown.returncode == 2 and "unknown benchmark" in unknown.stderr


def test_measurement_ratio_median_and_table() -> None:
    calls: list[int] = []
    assert median_time(lambda n: calls.append(n), repeat=3, setup=lambda: 7) >= 0
    assert calls == [7, 7, 7]
    m = Measurement("startup", 1.2, baseline_median_s=0.3, peak_mb=150.0)
    assert m.ratio == pytest.approx(4.0)
    assert Measurement("x", 1.0).ratio is None
    table = format_table([m])
    assert "1200.0" in table and "300.0" in table and "4.00" in table and "150" in table
    assert Measurement.from_json(m.to_json()) == m


def _valid(rows: Sequence[object]) -> None:
    for row in rows:
        assert validate(row) == {}, row


def test_generated_partners(tmp_path: Path) -> None:
    path = tmp_path / "partners.sqlite"
    generate_partners(path, 60)
    generate_partners(path, 15, seed=2)  # adds to what is there; names stay unique
    store = open_store(path)
    with store.read() as s:
        partners = s.exec(select(Partner)).all()
    store.close()
    assert len(partners) == 75
    assert len({p.name_key for p in partners}) == 75
    assert len({p.region for p in partners}) >= 3
    _valid(partners)


def test_generated_risks(tmp_path: Path) -> None:
    path = tmp_path / "risks.sqlite"
    generate_risks(path, 130, 7)
    store = open_store(path)
    with store.read() as s:
        risks = s.exec(select(Risk)).all()
        engagements = s.exec(select(Engagement)).all()
    store.close()
    assert len(risks) == 130 and len(engagements) == 7
    per = Counter(r.engagement_id for r in risks)
    for eid, count in per.items():
        assert sorted(r.number for r in risks if r.engagement_id == eid) == list(
            range(1, count + 1)
        )
    _valid(risks)


def test_generated_schedule(tmp_path: Path) -> None:
    path = tmp_path / "schedule.sqlite"
    engagement_id = generate_schedule(path, 300, 450)
    store = open_store(path)
    with store.read() as s:
        items = {m.id: m for m in s.exec(select(Milestone)).all()}
        links = s.exec(select(MilestoneDependency)).all()
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
        assert conn.execute(sa.text("SELECT count(*) FROM engagement")).scalar_one() == 1
    store.close()
    assert len(items) == 300 and len(links) == 450
    assert {m.engagement_id for m in items.values()} == {engagement_id}
    for link in links:
        pred, succ = items[link.predecessor_id], items[link.successor_id]
        assert pred.position < succ.position  # acyclic by construction
        assert succ.planned_start >= pred.planned_finish  # finish-to-start holds
    _valid(list(items.values()))
