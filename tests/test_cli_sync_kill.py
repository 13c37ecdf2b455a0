"""Kill -9 during `sync apply` (issue 17): 100 times at random moments, the database is
either as before the file or as after the whole file, never half, and integrity_check is
clean. Each run is a child forked from this (already imported) process running the
command line on a fresh copy of the replica, killed with SIGKILL."""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import sys
import time
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlmodel import SQLModel, col

from cdmo_desktop.domain.models import Partner, Risk
from cdmo_desktop.store import open_store, sync
from cdmo_desktop.store.sync_clone import clone
from cdmo_desktop.store.sync_file import write_sync_file
from tests.migration_support import copy_of

pytestmark = [
    pytest.mark.sqlite_only,
    pytest.mark.skipif(not hasattr(os, "fork"), reason="forks a child to kill"),
]

KILLS = 100
SKIP = {"updated_at", "row_version"}  # when a row was written, not what it holds


def _state(db: Path) -> tuple[str, frozenset[tuple[object, ...]]]:
    """integrity_check's answer and every row (the change log by its sync identity)."""
    conn = sqlite3.connect(db)
    try:
        check = conn.execute("PRAGMA integrity_check").fetchone()[0]
        rows: set[tuple[object, ...]] = set()
        for table in SQLModel.metadata.sorted_tables:
            if table.name == "change_log":
                query = "SELECT origin, origin_seq, table_name, row_id, action FROM change_log"
            else:
                cols = ", ".join(f'"{c.name}"' for c in table.columns if c.name not in SKIP)
                query = f'SELECT {cols} FROM "{table.name}"'
            rows.update((table.name, *r) for r in conn.execute(query))
        return str(check), frozenset(rows)
    finally:
        conn.close()


def _child(argv: list[str]) -> None:
    """In the forked child: the command line, then exit without running the parent's
    clean-up (pytest's, atexit's)."""
    code = 1
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
        os.dup2(devnull, 2)
        from cdmo_desktop.cli import main

        code = main(argv)
    finally:
        os._exit(code)


def _run(db: Path, packed: Path, kill_after: float | None) -> tuple[bool, float]:
    """Apply `packed` to `db` in a forked child, killed after `kill_after` seconds (None:
    let it finish). (whether it was killed, seconds it ran)."""
    sys.stdout.flush()
    sys.stderr.flush()
    started = time.perf_counter()
    pid = os.fork()
    if pid == 0:
        _child(["sync", "apply", str(packed), "--db", str(db)])
    if kill_after is not None:
        deadline = started + kill_after
        while time.perf_counter() < deadline:
            done, _status = os.waitpid(pid, os.WNOHANG)
            if done:
                return False, time.perf_counter() - started
            time.sleep(0.002)
        os.kill(pid, signal.SIGKILL)
    _pid, status = os.waitpid(pid, 0)
    killed = os.WIFSIGNALED(status)
    if not killed:
        assert os.WEXITSTATUS(status) == 0
    return killed, time.perf_counter() - started


def test_kill_during_apply_leaves_before_or_after(demo_template: Path, tmp_path: Path) -> None:
    origin = copy_of(demo_template, tmp_path / "origin.sqlite")
    pristine = tmp_path / "replica.sqlite"
    with open_store(origin) as store:
        clone(store, pristine)
        with store.read() as s:
            risks = s.execute(sa.select(col(Risk.id))).scalars().all()
            partners = s.execute(sa.select(col(Partner.id))).scalars().all()

        def edits(round_: int) -> None:
            def work(s: object) -> None:
                for rid in risks:
                    r = s.get(Risk, rid)  # type: ignore[attr-defined]
                    r.description = f"round {round_} of the long edit"
                    r.mitigation = f"mitigation {round_}"
                for pid in partners:
                    s.get(Partner, pid).notes = f"note {round_}"  # type: ignore[attr-defined]

            store.write(f"Round {round_}", work)

        for round_ in range(12):
            edits(round_)
        batch = sync.pack(store, None)
    packed = tmp_path / "big.cdmosync"
    write_sync_file(batch, packed)
    assert len(batch.entries) > 1000

    before = _state(pristine)
    assert before[0] == "ok"
    work = tmp_path / "run"
    work.mkdir()
    db = work / "replica.sqlite"
    shutil.copyfile(pristine, db)
    _killed, full = _run(db, packed, None)
    after = _state(db)
    assert after[0] == "ok" and after[1] != before[1]

    rng = random.Random(17)
    seen = {"before": 0, "after": 0, "killed": 0}
    for _ in range(KILLS):
        shutil.rmtree(work)
        work.mkdir()
        shutil.copyfile(pristine, db)
        killed, _ran = _run(db, packed, rng.uniform(0.0, full))
        seen["killed"] += killed
        check, rows = _state(db)
        assert check == "ok"
        assert rows in (before[1], after[1]), "the database holds part of the file"
        seen["before" if rows == before[1] else "after"] += 1
    assert seen["killed"] >= KILLS // 2, seen
    assert seen["before"] and seen["after"], seen
