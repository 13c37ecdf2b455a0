"""Closing a store while a worker writes: the write is waited for, later writes refused.

The Portfolio rolls its sort keys on a worker (gui.portfolio.key_roll); opening another
file or restoring a backup closes the store and gives its lock back, after which the file
may be replaced. A write still running then, or started afterwards, must not reach it."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

from cdmo_desktop.domain.models import Client
from cdmo_desktop.store import Store
from cdmo_desktop.store.engagement_edits import create_client
from cdmo_desktop.store.errors import StoreError

pytestmark = pytest.mark.sqlite_only


def _clients(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return sorted(str(r[0]) for r in conn.execute("SELECT name FROM client"))
    finally:
        conn.close()


def test_close_waits_for_a_write_running_on_a_worker(store: Store) -> None:
    inside, release = threading.Event(), threading.Event()
    errors: list[BaseException] = []

    def worker() -> None:
        try:
            with store.session() as s:
                s.add(Client(name="Written on a worker", country="SE"))
                s.flush()
                inside.set()
                assert release.wait(10)
        except BaseException as exc:  # reported below
            errors.append(exc)

    thread = threading.Thread(target=worker)
    thread.start()
    assert inside.wait(10)
    closing = threading.Thread(target=store.close)
    closing.start()
    closing.join(0.3)
    assert closing.is_alive(), "close() returned while a write was still running"
    release.set()
    thread.join(10)
    closing.join(10)
    assert not closing.is_alive() and not errors
    assert store.lock is None
    assert _clients(store.path) == ["Written on a worker"]  # committed before the close


def test_a_write_after_close_is_refused_and_writes_nothing(store: Store) -> None:
    path = store.path
    store.close()
    with pytest.raises(StoreError) as refused:
        create_client(store, {"name": "Too late", "country": "SE"})
    assert "was closed: nothing was saved" in refused.value.sentence()
    assert str(path) in refused.value.sentence()
    assert _clients(path) == []
