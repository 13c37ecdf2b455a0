"""The app's side of the GNOME Planner comparison starts as the app does on the Schedule:
the plan painted from the file, the whole plan from the file too, the store (and the ORM)
only on the user's first input, then the real screen - the moments the benchmark reports."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from cdmo_desktop.store.schedule_head import read_head
from tests.conftest import _copy_db


def _command(demo_template: Path, tmp_path: Path) -> tuple[list[str], dict[str, str], Path]:
    path = tmp_path / "demo.sqlite"
    _copy_db(demo_template, path)
    engagement_id = read_head(path, limit=1).items[0].engagement_id
    moments = tmp_path / "moments.txt"
    home = tmp_path / "home"
    home.mkdir()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(home)}
    cmd = [sys.executable, "-m", "bench.gantt_planner", "--show", str(path), engagement_id]
    return [*cmd, str(moments)], env, moments


def _noted(moments: Path) -> list[tuple[str, float]]:
    lines = [line.rsplit(" ", 2) for line in moments.read_text("utf-8").splitlines()]
    return [(name, float(at)) for name, at, _cpu in lines]


def test_show_paints_the_whole_plan_and_leaves_the_store_for_the_first_input(
    demo_template: Path, tmp_path: Path
) -> None:
    cmd, env, moments = _command(demo_template, tmp_path)
    log = tmp_path / "show.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(cmd, env=env, stdout=out, stderr=out)
    try:
        deadline = time.monotonic() + 60
        while proc.poll() is None and time.monotonic() < deadline:
            if moments.exists() and len(_noted(moments)) >= 2:
                break
            time.sleep(0.05)
        assert moments.exists(), log.read_text("utf-8", errors="replace")
        time.sleep(1.0)  # settled: nothing opens the store on its own
        assert proc.poll() is None
    finally:
        proc.kill()
        proc.wait()
    assert sorted(name for name, _at in _noted(moments)) == ["first paint", "whole plan"]


def test_show_with_a_key_opens_the_store_and_the_real_screen(
    demo_template: Path, tmp_path: Path
) -> None:
    cmd, env, moments = _command(demo_template, tmp_path)
    done = subprocess.run(
        [*cmd, "--press"], env=env, capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr[-2000:]
    noted = _noted(moments)
    names = [name for name, _at in noted]
    assert sorted(names[:2]) == ["first paint", "whole plan"]
    assert names[2:] == ["key", "store attached", "real screen"]
    clock = [at for _name, at in noted[1:]]
    assert clock == sorted(clock)
