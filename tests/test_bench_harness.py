"""The benchmark runner and the large-dataset generators (small sizes; nothing is timed)."""

from __future__ import annotations

import itertools
import json
import os
import re
import sqlite3
import subprocess
import sys
import textwrap
import uuid
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlmodel import select

from bench.core import Measurement, first_and_warm, format_table, interleaved, median_time
from bench.generate import (
    BulkLoad,
    Timings,
    cached_database,
    generate_engagements,
    generate_partners,
    generate_risks,
    generate_schedule,
)
from cdmo_desktop.cli import main as cli_main
from cdmo_desktop.domain.models import (
    Client,
    Contact,
    Engagement,
    Milestone,
    MilestoneDependency,
    Partner,
    PartnerSite,
    Risk,
)
from cdmo_desktop.domain.validation import validate
from cdmo_desktop.store import (
    bulk,
    engagement_marks,
    marks,
    open_store,
    partner_marks,
    sync_clock,
)
from cdmo_desktop.store.derived_partners import refresh_search_extra

ROOT = Path(__file__).resolve().parents[1]

TRIVIAL = """
from bench.core import Measurement, median_time

def run():
    assert median_time(lambda: sum(range(1000)), repeat=3) > 0
    return [
        Measurement("trivial.sum", 0.02, baseline_median_s=0.04, note="half the baseline"),
        Measurement("trivial.alone", 0.25),
    ]

def summary(measurements):
    return f"trivial summary of {len(measurements)} measurements"
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
    assert "trivial summary of 2 measurements" in result.stdout  # the module's summary()


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
    with store.engine.connect() as conn:
        # every entry is stamped for sync: one origin, counters 1..n without a gap, the
        # replica's counter at the last one (a pack from it would otherwise be refused)
        stamps = conn.exec_driver_sql(
            "SELECT origin, origin_seq, hlc FROM change_log ORDER BY origin_seq"
        ).fetchall()
        last_seq, clock = conn.exec_driver_sql("SELECT last_seq, clock FROM sync_replica").one()
    store.close()
    assert len({origin for origin, _s, _h in stamps}) == 1
    assert (
        [seq for _o, seq, _h in stamps]
        == list(range(1, len(stamps) + 1))
        == list(range(1, int(last_seq or 0) + 1))
    )
    # the hybrid clock moves as sync_clock.tick moves it for entries made in one instant,
    # and the replica keeps the last one
    origin, now = stamps[0][0], sync_clock.parse(stamps[0][2])[0]
    ticked = list(
        itertools.accumulate(stamps, lambda h, _: sync_clock.tick(h, origin, now), initial="")
    )
    assert [h for _o, _s, h in stamps] == ticked[1:] and clock == ticked[-1]
    assert len(risks) == 130 and len(engagements) == 7
    keys = [r.id for r in risks]  # UUID-4 keys that ascend in the order they were made
    assert all(uuid.UUID(k).version == 4 and str(uuid.UUID(k)) == k for k in keys)
    assert len(set(keys)) == len(keys)
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


def _schema(path: Path) -> list[tuple[str, str, str, str]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"
        ).fetchall()
    finally:
        conn.close()


def _dump(path: Path) -> dict[str, list[tuple[object, ...]]]:
    conn = sqlite3.connect(path)
    try:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
            # A full-text index's segments depend on the order rows were indexed in; its
            # agreement with the rows is checked with FTS5's integrity-check instead.
            if not re.search(r"_fts_(data|idx)$", r[0])
        ]
        return {
            t: sorted(conn.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in tables
        }
    finally:
        conn.close()


def test_bulk_load_recreates_the_apps_indexes_and_triggers_exactly(tmp_path: Path) -> None:
    path = tmp_path / "schema.sqlite"
    open_store(path).close()
    before = _schema(path)
    dropped: list[str] = []
    with BulkLoad(path, ["risk", "partner", "contact", "changelog"]) as load:
        assert load.conn is not None
        inside = {r[1] for r in load.conn.execute("SELECT type, name FROM sqlite_master")}
        dropped = sorted({r[1] for r in before if r[0] in ("index", "trigger")} - inside)
    assert {"ix_risk_due", "ix_risk_sort_score", "ix_contact_primary"} <= set(dropped)
    assert _schema(path) == before  # same names, same SQL, nothing left over
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        conn.close()


def test_generated_portfolio_passes_the_apps_check_and_validation(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "portfolio.sqlite"
    timings = Timings()
    schema = _schema(path) if path.exists() else None
    generate_risks(path, 400, timings=timings)
    generate_partners(path, 120, timings=timings)
    generate_engagements(path, 90, timings=timings)
    assert schema is None
    assert timings.rows["risk"] == 400 and timings.rows["partner"] >= 120
    assert timings.rows_s > 0 and timings.indexes_s > 0 and timings.total_s > 0
    assert cli_main(["check", "--db", str(path)]) == 0
    out = capsys.readouterr().out
    assert "integrity_check: ok" in out
    assert "audit trail: ok" in out  # every generated row has its chained insert entry
    store = open_store(path)
    with store.read() as s:
        risks = s.exec(select(Risk)).all()
        rows = [
            *risks,
            *s.exec(select(Engagement)).all(),
            *s.exec(select(Partner)).all(),
            *s.exec(select(PartnerSite)).all(),
            *s.exec(select(Contact)).all(),
            *s.exec(select(Client)).all(),
            *s.exec(select(Milestone)).all(),
        ]
        engagements = {e.id for e in s.exec(select(Engagement)).all()}
    store.close()
    _valid(rows)
    assert len(risks) == 400 and len(engagements) == 8 + 12 + 90  # 400 / 50 risks each
    with_milestone = [r for r in risks if r.milestone_id is not None]
    assert 0 < len(with_milestone) < len(risks)


def test_generated_derived_data_equals_what_the_store_computes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "derived.sqlite"
    monkeypatch.setattr(marks, "SPAN", 8)  # orders cut into many counted spans
    monkeypatch.setattr(partner_marks, "SPAN", 8)
    generate_partners(path, 80)
    generate_risks(path, 150)
    generate_engagements(path, 60)
    generated = _dump(path)
    for table in ("partner_mark", "engagement_mark", "risk_mark"):  # cut as the store cuts them
        per_order = Counter(str(r[0]) for r in generated[table])
        assert per_order and min(per_order.values()) > 5, table
    assert generated["mark_split"] == []  # no span left to cut again (store.mark_splits)
    # every order the store marks is cut, the Portfolio's default (status groups) too
    cut = {str(r[0]) for r in generated["engagement_mark"]}
    assert cut == set(engagement_marks.ENGAGEMENT.orders)
    by_group = [  # (order, active, on hold, planned) of each span
        r for r in generated["engagement_mark"] if r[0] == engagement_marks.DEFAULT_ORDER
    ]
    assert sum(1 for r in by_group if all(r[-3:])) > 3
    store = open_store(path)
    with store.engine.begin() as conn:
        bulk.rebuild_derived(conn)
    with store.session() as s:
        # every partner: the register's, the risks' and the engagements' ones
        assert refresh_search_extra(s) == len(generated["partner"]) > 80
        s.commit()
    with store.engine.connect() as conn:
        fts = [
            r[0]
            for r in conn.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL TABLE%fts5%'"
            )
        ]
        for index in fts:  # full-text indexes agree with their rows
            conn.exec_driver_sql(f"INSERT INTO {index}({index}) VALUES ('integrity-check')")
    store.close()
    rebuilt = _dump(path)
    assert rebuilt == generated
    partners = generated["partner"]
    assert all(row for row in partners)
    with sqlite3.connect(path) as conn:
        words = [r[0] for r in conn.execute("SELECT search_extra FROM partner")]
    assert sum(1 for w in words if "|" in w and w.strip(" |")) >= 70  # contacts found by name


def test_fresh_risks_get_their_log_and_search_from_the_side_thread(tmp_path: Path) -> None:
    """A fresh risk load makes its change log and the risks' full-text index beside the
    main connection: words find exactly the risks that hold them, the chain verifies, and
    no side file is left behind."""
    path = tmp_path / "side.sqlite"
    timings = Timings()
    generate_risks(path, 240, 6, timings=timings)
    assert timings.side_cpu_s > 0 and timings.main_cpu_s > 0
    assert 0 < timings.marks_cpu_s < timings.main_cpu_s  # the risks' marks were cut
    assert sorted(p.name for p in tmp_path.iterdir()) == ["side.sqlite"]
    conn = sqlite3.connect(path)
    try:
        titles = dict(conn.execute("SELECT rowid, title FROM risk").fetchall())
        word = Counter(w for t in titles.values() for w in t.lower().split()).most_common(3)[-1][0]
        found = {
            r[0]
            for r in conn.execute(
                "SELECT r.rowid FROM risk_fts JOIN risk AS r "
                "ON (risk_fts.rowid & 2147483647) = r.rowid WHERE risk_fts MATCH ?",
                (f'title:"{word}"',),
            )
        }
        entries = conn.execute(
            "SELECT count(*) FROM change_log WHERE table_name = 'risk'"
        ).fetchone()[0]
    finally:
        conn.close()
    assert found == {i for i, t in titles.items() if word in t.lower().split()}
    assert entries == 240
    assert cli_main(["check", "--db", str(path)]) == 0


def test_timings_split_the_loading_threads_cpu_by_phase_and_name_each_side_thread(
    tmp_path: Path,
) -> None:
    """The per-phase CPU of the loading thread adds up to its total (a phase's CPU on an
    idle core is its fair wall time on a busy machine), each side thread's CPU is told
    apart, and two loads into one file add up."""
    path = tmp_path / "phases.sqlite"
    timings = Timings()
    generate_risks(path, 400, 8, timings=timings)
    phases = [timings.rows_cpu_s, timings.indexes_cpu_s, timings.derived_cpu_s]
    assert all(cpu > 0 for cpu in phases) and timings.log_cpu_s >= 0
    assert sum(phases) + timings.log_cpu_s == pytest.approx(timings.main_cpu_s, abs=1e-6)
    assert timings.log_thread_cpu_s > 0 and timings.search_thread_cpu_s > 0
    assert timings.log_thread_cpu_s + timings.search_thread_cpu_s == pytest.approx(
        timings.side_cpu_s
    )
    first_main = timings.main_cpu_s
    generate_risks(path, 100, 2, timings=timings)
    assert timings.rows["risk"] == 500
    assert timings.main_cpu_s > first_main
    assert timings.rows_cpu_s + timings.indexes_cpu_s + timings.derived_cpu_s + (
        timings.log_cpu_s
    ) == pytest.approx(timings.main_cpu_s, abs=1e-6)


def test_cached_database_is_built_once_per_size_and_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BENCH_CACHE", str(tmp_path / "cache"))
    first, built = cached_database("engagements", 300)
    assert built is not None and built.rows["engagement"] == 300
    again, rebuilt = cached_database("engagements", 300)
    assert again == first and rebuilt is None
    other, built_other = cached_database("engagements", 400)
    assert other != first and built_other is not None
    assert sorted(p.name for p in first.parent.iterdir()) == sorted([first.name, other.name])


def test_a_cached_database_has_the_statistics_a_users_database_has(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The registers past store.planner's threshold are analysed, as opening a user's
    database does, and nothing else (counted spans, tallies and the change log have no
    statistics in a user's file, so the benchmark's plans must not rely on any)."""
    import sqlalchemy as sa

    from cdmo_desktop.store import planner

    monkeypatch.setenv("BENCH_CACHE", str(tmp_path / "cache"))
    path, _ = cached_database("engagements", planner.MIN_ROWS + 100)
    conn = sqlite3.connect(path)
    try:
        analysed = {str(r[0]) for r in conn.execute("SELECT tbl FROM sqlite_stat1")}
    finally:
        conn.close()
    assert analysed == {"engagement"}
    engine = sa.create_engine(f"sqlite:///{path}")
    try:
        with engine.connect() as connection:
            assert planner.stale_tables(connection) == []
    finally:
        engine.dispose()


def test_interleaved_variants_take_turns_and_first_runs_stand_apart() -> None:
    calls: list[str] = []
    times = interleaved(
        {"a": lambda: calls.append("a"), "b": lambda: calls.append("b")},
        repeat=3,
        setup=lambda name: calls.append(f"setup-{name}"),
    )
    assert [c for c in calls if not c.startswith("setup")] == ["a", "b", "b", "a", "a", "b"]
    assert {k: len(v) for k, v in times.items()} == {"a": 3, "b": 3}
    ran: list[int] = []
    timed = first_and_warm(lambda: ran.append(1), repeat=4)
    assert timed.runs == 5 == len(ran) and len(timed.warm) == 4
    slow = first_and_warm(lambda: __import__("time").sleep(0.02), repeat=9, budget_s=0.05)
    assert 2 <= slow.runs < 10  # the budget stops the warm runs
    once = first_and_warm(lambda: __import__("time").sleep(0.03), repeat=9, budget_s=0.01)
    assert once.runs == 1 and once.median_s == once.first_s  # far over budget: once


def test_measurement_keeps_scale_fields() -> None:
    m = Measurement("scale risks open @1M", 0.2, key="risks: open", rows=1_000_000, first_s=0.5)
    m.p95_s, m.runs, m.complete = 0.3, 6, True
    data = m.to_json()
    assert data["key"] == "risks: open" and data["rows"] == 1_000_000
    assert (data["first_s"], data["p95_s"], data["runs"], data["complete"]) == (0.5, 0.3, 6, True)
    assert Measurement.from_json(data) == m
    assert "key" not in Measurement("x", 1.0).to_json()


def test_scale_summary_shows_growth_against_the_goals() -> None:
    from bench.bench_scale import summary

    def m(key: str, rows: int, s: float, complete: bool | None = None) -> Measurement:
        return Measurement(f"{key} {rows}", s, key=key, rows=rows, complete=complete)

    text = summary(
        [
            m("risks: open", 10_000, 0.040),
            m("risks: open", 1_000_000, 0.060),
            m("risks: sort Title asc", 10_000, 0.050),
            m("risks: sort Title asc", 1_000_000, 0.500),
            m("risks: scroll to end", 10_000, 1.0),
            m("risks: scroll to end", 1_000_000, 30.0, complete=False),
        ]
    )
    lines = {line.split("  ")[0]: line for line in text.splitlines()}
    assert lines["risks: open"].split()[-3:] == ["1.5x", "ok", "ok"]
    assert lines["risks: sort Title asc"].split()[-3:] == ["10.0x", "OVER", "OVER"]
    assert "30000.0+" in lines["risks: scroll to end"]  # a capped scroll is a lower bound
    assert "1 of 3 interactions meet both goals" in text


def test_window_benchmark_says_what_is_missing_and_reports_ratios(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from bench import bench_window
    from bench.bench_window import Launch

    monkeypatch.setenv("PATH", str(tmp_path))  # no Xvfb, no xdotool
    assert bench_window.run() == []
    err = capsys.readouterr().err
    assert "Xvfb and xdotool not found" in err and "apt-get install" in err
    log = tmp_path / "probe.log"
    log.write_text(
        "start 100.0 0.01\nwindow 101.4 0.4 4194311\npaint 101.5 0.5\nkey 101.6 0.6\n"
        "answered 102.0 0.7\npaint 109.0 2\n"
    )
    assert bench_window._read_log(log) == {
        "start": 100.0,
        "start_cpu": 0.01,
        "window": 101.4,
        "window_cpu": 0.4,
        "window_id": 4194311,
        "paint": 101.5,
        "paint_cpu": 0.5,
        "key": 101.6,
        "key_cpu": 0.6,
        "answered": 102.0,
        "answered_cpu": 0.7,
    }
    empty = [Launch(0.2, 0.2, 0.205, 0.21, 0.15, 0.16)] * 3
    risks = [
        Launch(1.0, 1.0, 1.1, 1.8, 0.45, 0.9),
        Launch(0.8, 0.8, 0.9, 1.6, 0.40, 0.8),
        Launch(1.2, 1.2, 1.3, 2.0, 0.50, 1.0),
    ]
    out = {m.name: m for m in bench_window._results({"empty": empty, "risks": risks}, 3)}
    paint = out["window risks: first paint"]
    assert paint.median_s == 1.0 and paint.ratio == pytest.approx(5.0)
    assert "OVER" in paint.note  # 5x the empty window, goal 2.5x
    answered = out["window risks: first input answered"]
    assert answered.median_s == 1.8 and answered.ratio == pytest.approx(1.8)
    assert "OVER" in answered.note  # 1.8x its first paint, goal 1.5x
    assert "800 ms after the key press (the empty window 10 ms)" in answered.note
    cpu = out["window risks: CPU to first paint"]
    assert cpu.median_s == 0.45 and cpu.ratio == pytest.approx(3.0)


@pytest.mark.parametrize(
    ("option", "value", "says"),
    [
        ("--sizes", "abc", "positive row counts"),
        ("--registers", "nope", "unknown: nope"),
        ("--backend", "mysql", "invalid choice: 'mysql'"),
    ],
)
def test_scale_options_refuse_bad_input_in_one_line(
    option: str, value: str, says: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from bench.__main__ import main

    with pytest.raises(SystemExit) as exit_info:
        main(["scale", option, value])
    assert exit_info.value.code == 2
    error = [line for line in capsys.readouterr().err.splitlines() if "error:" in line]
    assert len(error) == 1 and says in error[0]


def test_bulk_load_rewrites_risks_derived_data_before_their_indexes_and_triggers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Rewriting every risk's sort keys through 15 indexes and the full-text and tally
    triggers cost most of a million-risk load: they are made after the derived data."""
    import bench.generate.load as gen

    seen: list[set[str]] = []
    rebuild = gen.rebuild_derived

    def spy(connection: sa.Connection, written: set[str], **options: object) -> None:
        names = connection.exec_driver_sql(
            "SELECT name FROM sqlite_master "
            "WHERE tbl_name = 'risk' AND type IN ('index', 'trigger')"
        )
        seen.append({r[0] for r in names if not r[0].startswith("sqlite_autoindex")})
        rebuild(connection, written, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(gen, "rebuild_derived", spy)
    path = tmp_path / "risks.sqlite"
    generate_risks(path, 120, 6)
    assert seen == [set()]
    conn = sqlite3.connect(path)
    try:
        made = {
            r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE tbl_name = 'risk'")
        }
    finally:
        conn.close()
    assert {"ix_risk_sort_score", "risk_fts_au", "risk_tally_ai"} <= made


def test_change_log_holds_rows_as_written_before_their_derived_columns(tmp_path: Path) -> None:
    """Sort keys the generator stores with the rows are logged as the store logs an insert:
    the column's default (the store sets them after the flush, outside the log), while
    the rows themselves hold the keys the store derives."""
    path = tmp_path / "logged.sqlite"
    generate_partners(path, 30)
    generate_risks(path, 60, 2)
    conn = sqlite3.connect(path)
    try:
        logged = {
            (table, row_id): json.loads(value)
            for table, row_id, value in conn.execute(
                "SELECT table_name, row_id, new_value FROM change_log WHERE action = 'insert'"
            )
        }
        partners = conn.execute("SELECT id, country_key, contact_key FROM partner").fetchall()
        risks = conn.execute("SELECT id, review_key, engagement_title FROM risk").fetchall()
        engagements = conn.execute("SELECT id, sort_title FROM engagement").fetchall()
    finally:
        conn.close()
    assert all(key and contact for _id, key, contact in partners)
    assert all(review and title for _id, review, title in risks)
    assert all(sort for _id, sort in engagements)
    for pid, _key, _contact in partners:
        assert (logged["partner", pid]["country_key"], logged["partner", pid]["contact_key"]) == (
            "",
            "",
        )
    for rid, _review, _title in risks:
        entry = logged["risk", rid]
        assert (entry["review_key"], entry["engagement_title"]) == ("2199-12-31", "")
    for eid, _sort in engagements:
        assert logged["engagement", eid]["sort_title"] == ""


def test_scale_summary_shows_a_team_servers_cpu_beside_the_clients() -> None:
    from bench.bench_scale import summary

    def m(rows: int, note: str) -> Measurement:
        return Measurement(f"open {rows}", 0.05, key="risks: open", rows=rows, note=note)

    text = summary(
        [
            m(10_000, "postgresql; cpu 20.0 ms; server cpu 10 ms"),
            m(100_000, "postgresql; cpu 25.5 ms; server cpu 40 ms; 9 rows on the list"),
        ]
    )
    line = next(row for row in text.splitlines() if row.startswith("risks: open"))
    assert "25.5+40" in line.split()


def test_risk_index_builds_let_sqlites_sorter_use_its_helper_threads() -> None:
    """The sorter hands parts of a sort to its helper threads (PRAGMA threads) only when
    temporary data may go to files and the sort outgrows the page cache: the risks'
    index builds run so, and the load's own settings come back after them."""
    from bench.generate.common import SORT_PART_MB
    from bench.generate.load import _sorted_in_parts

    conn = sqlite3.connect(":memory:")
    try:
        conn.execute("PRAGMA temp_store=MEMORY")
        conn.execute("PRAGMA cache_size=-524288")
        with _sorted_in_parts(conn):
            inside = (
                conn.execute("PRAGMA temp_store").fetchone()[0],
                conn.execute("PRAGMA cache_size").fetchone()[0],
            )
        after = (
            conn.execute("PRAGMA temp_store").fetchone()[0],
            conn.execute("PRAGMA cache_size").fetchone()[0],
        )
    finally:
        conn.close()
    assert inside == (1, -SORT_PART_MB * 1024)  # 1: FILE
    assert after == (2, -524288)  # 2: MEMORY
