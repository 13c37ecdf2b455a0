"""The portfolio queries, written once as SQL text, read the same through the store's
session and through a read-only stdlib connection (the window's first paint)."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Mapping
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from cdmo_desktop.store import DatabaseLockedError, Store, StoreError, open_store
from cdmo_desktop.store import portfolio_sql as sql
from cdmo_desktop.store.lock import InstanceLock
from cdmo_desktop.store.portfolio import read_snapshot, session_snapshot
from cdmo_desktop.store.store import inspect_file, open_locked_store
from tests.store.test_portfolio import TODAY, build_portfolio

# The window's first paint reads the SQLite file through the stdlib driver.
pytestmark = pytest.mark.sqlite_only

TEXTS = [
    getattr(sql, name)
    for name in dir(sql)
    if name.isupper() and isinstance(getattr(sql, name), str) and "SELECT" in getattr(sql, name)
]


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


@pytest.mark.parametrize("seed", [1, 23])
def test_the_file_reads_like_the_session(store: Store, seed: int) -> None:
    build_portfolio(store, seed)
    for today in (TODAY - timedelta(days=12), TODAY, TODAY + timedelta(days=9)):
        with store.read() as s:
            through_orm = session_snapshot(s, today)
        assert read_snapshot(store.path, today) == through_orm
        assert through_orm.overview.engagements and through_orm.agenda


def test_a_visit_to_a_newly_opened_file_compiles_none_of_the_texts(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Through the store's session the texts go to SQLite's driver as written: the first
    Portfolio visit after a file is opened pays no SQLAlchemy compilation for them (about
    1 ms each, seventeen of them), and reads what the stdlib connection reads."""
    from sqlalchemy.sql import compiler

    build_portfolio(store, 5)
    store.close()
    compiled: list[str] = []
    original = compiler.SQLCompiler.visit_textclause

    def counted(self: Any, textclause: Any, **kw: Any) -> str:
        compiled.append(textclause.text)
        return original(self, textclause, **kw)

    monkeypatch.setattr(compiler.SQLCompiler, "visit_textclause", counted)
    reopened = open_store(store.path)
    try:
        with reopened.read() as s:
            through_session = session_snapshot(s, TODAY)
    finally:
        reopened.close()
    assert compiled == []
    assert through_session == read_snapshot(store.path, TODAY)
    assert through_session.overview.engagements and through_session.agenda


def test_reading_the_file_writes_and_creates_nothing(store: Store) -> None:
    build_portfolio(store)
    store.close()
    before = _files(store.path.parent)
    snapshot = read_snapshot(store.path, TODAY)
    assert snapshot.overview.critical_risks > 0
    assert _files(store.path.parent) == before


def test_the_queries_load_without_sqlalchemy(store: Store) -> None:
    build_portfolio(store)
    script = f"""
import sys
from datetime import date
from cdmo_desktop.store.portfolio import read_snapshot
snap = read_snapshot({str(store.path)!r}, date.fromisoformat({TODAY.isoformat()!r}))
heavy = [m for m in ("sqlalchemy", "sqlmodel", "cdmo_desktop.domain.models") if m in sys.modules]
print(len(snap.overview.engagements), ",".join(heavy))
"""
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=True
    )
    count, heavy = out.stdout.split(" ")
    assert int(count) > 0 and heavy.strip() == ""


@pytest.mark.parametrize("text", TEXTS, ids=lambda t: t.split()[1][:20])
def test_every_text_binds_on_postgresql(text: str) -> None:
    """Named parameters become the psycopg style; IN-lists and dates bind by name."""
    import sqlalchemy as sa
    from sqlalchemy.dialects import postgresql

    captured: list[tuple[str, dict[str, object]]] = []

    def read(statement: str, params: Mapping[str, object]) -> list[tuple[object, ...]]:
        captured.append((statement, dict(params)))
        return []

    lists: dict[str, tuple[str, ...]] = {
        "listed": ("active",),
        "open_risk": ("open",),
        "open_action": ("open",),
    }
    lists |= {"finished": ("done", "cancelled"), "next_kinds": ("milestone",)}
    lists |= {"open_reassessment": ("due", "postponed")}
    q = sql.Query(read, {"no": False, "today": TODAY, "critical": "critical", **lists})
    q.run(text, horizon=TODAY, limit=5, high="high", audits=5, today_key=TODAY.isoformat())
    statement, params = captured[0]
    compiled = sa.text(statement).compile(dialect=postgresql.dialect())
    assert set(compiled.params) == set(params)
    assert ":" not in str(compiled).replace("::", "")


def test_a_locked_probed_file_opens_without_a_second_probe(store: Store) -> None:
    build_portfolio(store)
    path = store.path
    store.close()
    revision = inspect_file(path)
    lock = InstanceLock(path)
    lock.acquire()
    opened = open_locked_store(path, lock, revision=revision, user="Dana Whitfield")
    try:
        assert opened.lock is lock and lock.held and opened.user == "Dana Whitfield"
        with opened.read() as s:
            assert session_snapshot(s, TODAY).overview.engagements
        with pytest.raises(DatabaseLockedError):
            open_store(path)
    finally:
        opened.close()
    assert not lock.held
    open_store(path).close()


def test_opening_without_the_lock_is_refused(store: Store) -> None:
    path = store.path
    store.close()
    with pytest.raises(StoreError, match="not locked"):
        open_locked_store(path, InstanceLock(path), revision=inspect_file(path))


def _agenda_work(path: Path, limit: int) -> int:
    """SQLite virtual-machine steps (in thousands) the agenda takes: a measure of the rows
    it visits that, unlike time, does not move with the machine's load."""
    from cdmo_desktop.store.engine import connect_readonly
    from cdmo_desktop.store.portfolio import agenda_from
    from cdmo_desktop.store.portfolio_sql import sqlite_reader

    conn = connect_readonly(path)
    steps = [0]

    def tick() -> int:
        steps[0] += 1
        return 0

    try:
        conn.set_progress_handler(tick, 1000)
        assert len(agenda_from(sqlite_reader(conn), TODAY, limit=limit)) == limit
    finally:
        conn.close()
    return steps[0]


def test_the_agenda_reads_as_many_rows_with_8_times_the_risks(tmp_path: Path) -> None:
    from bench.generate import generate_risks

    work = []
    for n in (1_000, 8_000):
        path = tmp_path / f"{n}.sqlite"
        generate_risks(path, n, n // 20, milestones_per_engagement=0)  # risks only
        work.append(_agenda_work(path, limit=40))
    assert work[1] <= 1.5 * work[0] + 5, work
