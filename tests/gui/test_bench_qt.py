"""The benchmark's Qt helpers and the scale benchmark's screen driver, on small data
(nothing here asserts on wall-clock time)."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QTableView, QWidget

from bench import bench_scale
from bench.core import EventLoopGaps, Views, delete_now, no_typing_pause, settle
from bench.generate import generate_partners, generate_risks


def _alive(cls: type) -> list[QObject]:
    return [w for w in QApplication.allWidgets() if isinstance(w, cls)]


def test_delete_now_really_deletes_views(qapp: QApplication) -> None:
    class Probe(QWidget):
        pass

    views = Views()
    for _ in range(3):
        views.add(Probe()).show()
    assert len(_alive(Probe)) == 3
    views.clear()
    assert _alive(Probe) == [] and len(views) == 0
    # what the old benchmark did leaves them alive outside an event loop
    kept = Probe()
    kept.deleteLater()
    qapp.processEvents()
    assert len(_alive(Probe)) == 1
    delete_now(kept)
    assert _alive(Probe) == []


def test_settle_waits_for_a_typing_pause_and_no_typing_pause_removes_it(
    qapp: QApplication,
) -> None:
    root = QWidget()
    fired: list[float] = []
    timer = QTimer(root)
    timer.setSingleShot(True)
    timer.setInterval(80)
    timer.timeout.connect(lambda: fired.append(time.perf_counter()))
    timer.start()
    assert settle(root) and len(fired) == 1  # the search after its pause has run
    assert no_typing_pause(root) == 1 and timer.interval() == 0
    timer.start()
    assert settle(root) and len(fired) == 2
    delete_now(root)


def test_event_loop_gaps_see_a_frozen_loop(qapp: QApplication) -> None:
    gaps = EventLoopGaps(interval_ms=5)
    gaps.start()
    end = time.perf_counter() + 0.05
    while time.perf_counter() < end:
        qapp.processEvents()
    QTimer.singleShot(0, lambda: time.sleep(0.12))  # one long block on the GUI thread
    end = time.perf_counter() + 0.05
    while time.perf_counter() < end:
        qapp.processEvents()
    gaps.stop()
    assert gaps.longest_s >= 0.1 and gaps.over(0.1) == 1
    assert gaps.percentile_s(50) < 0.1  # the other ticks came on time


@pytest.mark.parametrize(
    ("register", "generate"),
    [
        ("risks", lambda p: generate_risks(p, 600)),
        ("partners", lambda p: generate_partners(p, 600)),
        ("portfolio", lambda p: generate_risks(p, 600, 600)),
    ],
)
def test_scale_session_drives_the_real_screen(
    qapp: QApplication,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    register: str,
    generate: object,
) -> None:
    monkeypatch.setattr(bench_scale, "REPEAT", 1)  # a first and one warm run each
    path = tmp_path / f"{register}.sqlite"
    generate(path)  # type: ignore[operator]
    reg = bench_scale.SCREENS[register]
    out = bench_scale.measure_register(reg, path, 600, tmp_path, scroll_cap_s=60, sort_columns=3)
    keys = [m.key for m in out]
    assert len(keys) == len(set(keys))
    # One line each, for the JSON's readers (a two-line column title: "Status\nRAG").
    assert all(k and k == " ".join(k.split()) for k in keys), keys
    for wanted in (
        "open (first visit)",
        "open",
        *(("search keystroke",) if reg.search else ()),
        "scroll to end",
        "refresh after edit (top)",
        "refresh after edit (deep)",
    ):
        assert f"{register}: {wanted}" in keys
    assert reg.search or f"{register}: search keystroke" not in keys  # no search box
    sorts = [k for k in keys if k and ": sort " in k and not k.endswith("current row deep")]
    assert len(sorts) == 6  # each column measured both ways
    deep = [m for m in out if m.key and m.key.endswith("current row deep")]
    assert len(deep) == (3 if register in bench_scale.DEEP_SORTED else 0)
    assert all(m.note.startswith("cpu") and "let go" not in m.note for m in deep), deep
    assert len([k for k in keys if k and ": filter " in k]) == len(reg.filters)
    jumps = [m for m in out if m.key and m.key.startswith(f"{register}: scroll bar to the mid")]
    assert len(jumps) == (2 if register in bench_scale.JUMP_SORTED else 1), jumps
    assert all(" row 1 on top" not in m.note for m in jumps), jumps  # it left the top
    scroll = next(m for m in out if m.key == f"{register}: scroll to end")
    assert scroll.complete is True and scroll.rows == 600
    assert all(m.median_s > 0 and m.runs and m.first_s for m in out)
    if reg.search:
        search = next(m for m in out if m.key == f"{register}: search keystroke")
        assert repr(reg.typed + reg.letter) in search.note
    # every view the session opened is gone
    assert not [t for t in _alive(QTableView) if t.objectName() == reg.table]
    assert not [e for e in _alive(QLineEdit) if e.objectName() == reg.search]


def test_scale_measures_a_register_on_a_server_copy_kept_for_the_next_run(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pg_server: str
) -> None:
    from bench import scale_server
    from tests import pg_support

    monkeypatch.setattr(bench_scale, "REPEAT", 1)
    monkeypatch.setenv("BENCH_CACHE", str(tmp_path / "cache"))
    reg = bench_scale.SCREENS["engagements"]
    cached = scale_server.cached_name("engagements", 1000)
    pg_support.drop_database(pg_server, cached)  # a copy left by an earlier session
    prepared: list[int] = []  # files copied to write on: none once the server keeps the data
    prepare = bench_scale.prepare_database

    def counted(kind: str, n: int, home: Path) -> tuple[Path, Any]:
        prepared.append(n)
        return prepare(kind, n, home)

    monkeypatch.setattr(bench_scale, "prepare_database", counted)
    try:
        first = bench_scale._measure_size(reg, 1000, tmp_path, 60, pg_server, sort_columns=1)
        assert prepared == [1000]
        again = bench_scale._measure_size(reg, 1000, tmp_path, 60, pg_server, sort_columns=1)
        assert prepared == [1000]
        eng = pg_support.engine(pg_server)
        with eng.connect() as conn:
            left = [r[0] for r in conn.exec_driver_sql("SELECT datname FROM pg_database")]
        eng.dispose()
    finally:
        pg_support.drop_database(pg_server, cached)
    copies = [m for m in first if m.key == "copy engagements"]
    assert len(copies) == 1 and copies[0].name.startswith("[postgresql] copy engagements")
    assert not [m for m in again if m.key == "copy engagements"]  # the server copy reused
    for out in (first, again):
        opened = next(m for m in out if m.key == "engagements: open (first visit)")
        assert opened.name == "[postgresql] scale engagements open (first visit) @1k"
        assert opened.note.startswith("postgresql; cpu") and "; server cpu " in opened.note
        assert "rows on the list" in opened.note and " 0 rows" not in opened.note
        scroll = next(m for m in out if m.key == "engagements: scroll to end")
        assert scroll.complete is True
    # the working copies are dropped; the copy of the file stays for the next run
    assert cached in left and not [d for d in left if d.startswith("cdmo_t_bench_engagements")]
