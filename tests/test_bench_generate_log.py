"""The generator's change log: made beside the load (in a second process from
LOG_FORK_FROM rows) and copied into the database as it is made, checked against
store.chain before it starts."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

import bench.generate.load as load_module
import bench.generate.log_beside as log_beside
from bench.generate import BulkLoad, Timings, generate_risks
from bench.generate.beside import can_fork
from bench.generate.change_log import _Chain
from bench.generate.common import _table
from cdmo_desktop.cli import main as cli_main
from cdmo_desktop.domain.models import Risk
from cdmo_desktop.domain.models.risk import RISK_SORT_KEYS
from cdmo_desktop.store import open_store
from cdmo_desktop.store.changelog import snapshot

_LOG_INDEXES = {
    "ix_change_log_occurred_at",
    "ix_change_log_row_time",
    "ix_change_log_table_time",
    "ux_change_log_seq",
    "ux_change_log_origin",
}


def test_change_log_is_written_in_place_with_its_indexes_kept(tmp_path: Path) -> None:
    """The log's indexes stay while the rows go in (its entries come in sequence order),
    the loading thread copies in the entries made beside it, every row gets its entry
    and the file passes the app's check with nothing left beside it."""
    path = tmp_path / "log.sqlite"
    generate_risks(path, 10, 1)
    with BulkLoad(path, ["risk"]) as load:
        assert load.conn is not None
        inside = {r[0] for r in load.conn.execute("SELECT name FROM sqlite_master")}
    assert inside >= _LOG_INDEXES
    timings = Timings()
    generate_risks(path, 300, 6, timings=timings)
    assert timings.log_insert_cpu_s > 0
    assert timings.log_insert_cpu_s < timings.main_cpu_s
    conn = sqlite3.connect(path)
    try:
        logged = conn.execute("SELECT count(*) FROM change_log WHERE table_name = 'risk'")
        assert logged.fetchone()[0] == 310
        seqs = [s for (s,) in conn.execute("SELECT seq FROM change_log ORDER BY rowid")]
        plan = conn.execute(
            "EXPLAIN QUERY PLAN SELECT * FROM change_log WHERE seq = ?", (seqs[-1],)
        ).fetchall()
    finally:
        conn.close()
    assert seqs == list(range(1, len(seqs) + 1))  # written in sequence order
    assert "ux_change_log_seq" in str(plan)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["log.sqlite"]
    assert cli_main(["check", "--db", str(path)]) == 0


def test_a_chain_that_differs_from_the_stores_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A generator whose sync counter would not follow the replica's (the hashes alone
    agree) stops before the log thread starts, and leaves no side file."""
    made = _Chain.__init__

    def off_by_one(self: _Chain, sa_conn: sa.Connection, *args: Any) -> None:
        made(self, sa_conn, *args)
        self.origin_seq += 1

    path = tmp_path / "refused.sqlite"
    monkeypatch.setattr(_Chain, "__init__", off_by_one)
    with pytest.raises(AssertionError, match=r"differs from store\.chain"):
        generate_risks(path, 20, 1)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["refused.sqlite"]


def test_each_rows_entry_holds_its_snapshot_as_the_app_writes_it(tmp_path: Path) -> None:
    """A risk's insert entry holds what the flush hook would have logged: every column in
    the change log's text form (times as ISO text, enums by value), the sort keys the
    store sets after the flush at their defaults."""
    path = tmp_path / "snapshots.sqlite"
    generate_risks(path, 200, 4)
    table = _table(Risk)
    store = open_store(path)
    try:
        with store.engine.connect() as connection:
            rows = connection.execute(sa.select(table)).mappings().all()
            logged: dict[str, str] = dict(
                connection.execute(
                    sa.text("SELECT row_id, new_value FROM change_log WHERE table_name = 'risk'")
                ).all()
            )
    finally:
        store.close()
    assert len(rows) == len(logged) == 200
    defaults = {k: table.c[k].default.arg for k in RISK_SORT_KEYS}  # type: ignore[union-attr]
    for row in rows:
        values = {k: v for k, v in row.items() if k != "row_version"}
        # SQLite's json_object writes no blank after the separators: compared as JSON.
        assert json.loads(logged[row["id"]]) == json.loads(snapshot({**values, **defaults}))


def _entries_made_in(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Record (in a file) the process that makes each table's change-log entries."""
    made = _Chain.entries
    record = tmp_path.parent / f"{tmp_path.name}.makers"

    def entries(self: _Chain, table: str, *args: Any) -> Any:
        with record.open("a") as out:
            out.write(f"{table} {os.getpid()}\n")
        return made(self, table, *args)

    monkeypatch.setattr(_Chain, "entries", entries)
    return record


@pytest.mark.skipif(not can_fork(), reason="the log's maker is forked")
@pytest.mark.parametrize("fork_from", [0, 10**9])
def test_change_log_entries_are_made_beside_the_load_and_copied_in_order(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fork_from: int
) -> None:
    """From LOG_FORK_FROM rows the entries are made in a second process (its Python never
    waits for the loading thread's interpreter lock), below it on a thread: either way every
    row gets its entry, in the order written, chained as the app chains them, and nothing
    is left beside the file."""
    monkeypatch.setattr(load_module, "LOG_FORK_FROM", fork_from)
    record = _entries_made_in(tmp_path, monkeypatch)
    path = tmp_path / "beside.sqlite"
    timings = Timings()
    generate_risks(path, 400, 8, timings=timings)
    makers = {line.split()[1] for line in record.read_text().splitlines()}
    assert (makers != {str(os.getpid())}) == (fork_from == 0)
    assert timings.log_thread_cpu_s > 0 and timings.log_insert_cpu_s > 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["beside.sqlite"]
    conn = sqlite3.connect(path)
    try:
        risks = [r for (r,) in conn.execute("SELECT id FROM risk ORDER BY rowid")]
        logged = conn.execute(
            "SELECT row_id FROM change_log WHERE table_name = 'risk' ORDER BY seq"
        ).fetchall()
        seqs = [s for (s,) in conn.execute("SELECT seq FROM change_log ORDER BY rowid")]
    finally:
        conn.close()
    assert [r for (r,) in logged] == risks
    assert seqs == list(range(1, len(seqs) + 1))
    assert cli_main(["check", "--db", str(path)]) == 0


@pytest.mark.skipif(not can_fork(), reason="the log's maker is forked")
def test_a_failure_making_the_log_beside_stops_the_load(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: object) -> None:
        raise ValueError("no entries today")

    monkeypatch.setattr(load_module, "LOG_FORK_FROM", 0)
    monkeypatch.setattr(log_beside, "_snapshot_sql", broken)
    path = tmp_path / "broken.sqlite"
    with pytest.raises(RuntimeError, match="no entries today"):
        generate_risks(path, 200, 4)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["broken.sqlite"]
