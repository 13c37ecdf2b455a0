"""Cycles are freed on the GUI thread: a worker allocating past the collector's threshold
never frees a cycle holding Qt objects off their thread (which crashes the process)."""

from __future__ import annotations

import gc
import threading

import pytest

from cdmo_desktop.gui import gc_guard

pytestmark = pytest.mark.gui


class _Cycle:
    freed_in: list[str] = []

    def __init__(self) -> None:
        self.me = self

    def __del__(self) -> None:
        _Cycle.freed_in.append(threading.current_thread().name)


def test_a_cycle_made_and_dropped_while_a_worker_allocates_is_freed_on_the_gui_thread(
    qtbot, qapp
) -> None:
    gc_guard.install(qapp)
    assert not gc.isenabled()
    _Cycle.freed_in.clear()
    for _ in range(50):
        _Cycle()

    kept: list[list[list[int]]] = []

    def allocate() -> None:  # far past every threshold: the collector would run here
        kept.append([[] for _ in range(50_000)])  # kept alive: the counts stay high

    worker = threading.Thread(target=allocate, name="worker")
    worker.start()
    worker.join()
    assert _Cycle.freed_in == []  # nothing collected in the worker
    qtbot.waitUntil(lambda: len(_Cycle.freed_in) == 50, timeout=5000)
    assert set(_Cycle.freed_in) == {threading.main_thread().name}
    kept.clear()
