"""Half the risks made in a second process beside the loading thread: the file is the
one a single process makes (keys ascending with the rows, numbers per engagement, derived
data and tallies as the store computes them, a log entry per row), and a failure there
stops the load."""

from __future__ import annotations

import sqlite3
import uuid
from collections import Counter
from pathlib import Path

import pytest

import bench.generate.generators as generators
from bench.generate import Timings, generate_risks
from bench.generate.beside import RowsBeside, can_fork
from cdmo_desktop.cli import main as cli_main
from cdmo_desktop.store import bulk, open_store

pytestmark = pytest.mark.skipif(not can_fork(), reason="the second process is forked")


def _dump(path: Path, tables: list[str]) -> dict[str, list[tuple[object, ...]]]:
    conn = sqlite3.connect(path)
    try:
        return {
            t: sorted(conn.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in tables
        }
    finally:
        conn.close()


def test_risks_made_in_two_processes_make_the_same_kind_of_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(generators, "BESIDE_FROM", 0)
    path = tmp_path / "halves.sqlite"
    timings = Timings()
    generate_risks(path, 900, 12, timings=timings)
    assert timings.rows_beside_cpu_s > 0 and timings.rows["risk"] == 900
    assert 0 < timings.rows_beside_wait_s < timings.rows_s  # the join, within the rows phase
    assert sorted(p.name for p in tmp_path.iterdir()) == ["halves.sqlite"]
    conn = sqlite3.connect(path)
    try:
        risks = conn.execute("SELECT id, engagement_id, number FROM risk ORDER BY rowid").fetchall()
        logged = conn.execute(
            "SELECT row_id FROM change_log WHERE table_name = 'risk' ORDER BY seq"
        ).fetchall()
        titles = dict(conn.execute("SELECT rowid, title FROM risk").fetchall())
        word = Counter(w for t in titles.values() for w in t.lower().split()).most_common(1)[0][0]
        found = {
            r[0]
            for r in conn.execute(
                "SELECT r.rowid FROM risk_fts JOIN risk AS r "
                "ON (risk_fts.rowid & 2147483647) = r.rowid WHERE risk_fts MATCH ?",
                (f'title:"{word}"',),
            )
        }
    finally:
        conn.close()
    keys = [k for k, _e, _n in risks]
    assert keys == sorted(keys) and len(set(keys)) == 900  # ascending with the rows
    assert all(uuid.UUID(k).version == 4 for k in keys)
    assert len({e for _k, e, _n in risks}) == 12  # both halves hold engagements
    numbers: dict[str, list[int]] = {}
    for _k, engagement, number in risks:
        numbers.setdefault(engagement, []).append(number)
    assert all(n == list(range(1, len(n) + 1)) for n in numbers.values())
    assert [r for (r,) in logged] == keys  # one entry per risk, in the order written
    assert found == {i for i, t in titles.items() if word in t.lower().split()}
    assert cli_main(["check", "--db", str(path)]) == 0
    tallies = ["risk_tally", "risk_owner_tally", "risk_review_tally", "risk_due_tally"]
    generated = _dump(path, ["risk", *tallies])
    store = open_store(path)
    with store.engine.begin() as connection:
        bulk.rebuild_derived(connection)
    store.close()
    assert _dump(path, ["risk", *tallies]) == generated  # counts of both halves


def test_a_failure_in_the_second_process_stops_the_load(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: object) -> None:
        raise ValueError("no rows today")

    monkeypatch.setattr(generators, "BESIDE_FROM", 0)
    monkeypatch.setattr(RowsBeside, "_make", broken)
    path = tmp_path / "broken.sqlite"
    with pytest.raises(RuntimeError, match="no rows today"):
        generate_risks(path, 200, 4)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["broken.sqlite"]
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT count(*) FROM risk").fetchone()[0] == 0
    finally:
        conn.close()
