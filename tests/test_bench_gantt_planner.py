"""The app's side of the GNOME Planner comparison starts as the app does on the Schedule:
the plan painted from the file first, the store attached after that paint, the whole plan
on screen last - the moments the benchmark reports."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from cdmo_desktop.store.schedule_head import read_head
from tests.conftest import _copy_db


def test_show_paints_the_plan_before_the_store_then_the_whole_plan(
    demo_template: Path, tmp_path: Path
) -> None:
    path = tmp_path / "demo.sqlite"
    _copy_db(demo_template, path)
    engagement_id = read_head(path, limit=1).items[0].engagement_id
    moments = tmp_path / "moments.txt"
    home = tmp_path / "home"
    home.mkdir()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(home)}
    cmd = [sys.executable, "-m", "bench.gantt_planner", "--show", str(path), engagement_id]
    log = tmp_path / "show.log"
    with log.open("wb") as out:
        proc = subprocess.Popen([*cmd, str(moments)], env=env, stdout=out, stderr=out)
    try:
        deadline = time.monotonic() + 60
        while not moments.exists() and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert moments.exists(), log.read_text("utf-8", errors="replace")
    finally:
        proc.kill()
        proc.wait()
    noted = [line.rsplit(" ", 2) for line in moments.read_text("utf-8").splitlines()]
    assert [name for name, _at, _cpu in noted] == ["first paint", "store attached", "whole plan"]
    clock = [float(at) for _name, at, _cpu in noted]
    assert clock == sorted(clock)
