"""Generated databases built once per size, generator version and schema revision, and
reused."""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.generate.common import Timings, version_of
from bench.generate.generators import (
    generate_engagements,
    generate_kpis,
    generate_partners,
    generate_risks,
)

GENERATORS: dict[str, Callable[..., Any]] = {
    "risks": lambda path, n, timings: generate_risks(path, n, timings=timings),
    "partners": lambda path, n, timings: generate_partners(path, n, timings=timings),
    "engagements": lambda path, n, timings: generate_engagements(path, n, timings=timings),
    "kpis": lambda path, n, timings: generate_kpis(path, n, timings=timings),
}


def cache_dir() -> Path:
    """$BENCH_CACHE, else ~/.cache/cdmo-bench."""
    env = os.environ.get("BENCH_CACHE", "").strip()
    return Path(env) if env else Path.home() / ".cache" / "cdmo-bench"


def cache_key(kind: str, n: int) -> str:
    """File name of a cached database: the data set, its size, the generator's version and
    the schema revision (a new revision or generator makes a new file)."""
    from cdmo_desktop.store.migrate import HEAD_REVISION

    return f"{kind}-{n}-g{version_of(kind)}-{HEAD_REVISION}.sqlite"


def cached_database(kind: str, n: int, folder: Path | None = None) -> tuple[Path, Timings | None]:
    """The generated database `kind` ("risks", "partners", "engagements") with `n` rows,
    built once and reused (written under a temporary name, renamed when complete). The
    timings come back when this call built it. Callers that write must use a copy."""
    folder = folder or cache_dir()
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / cache_key(kind, n)
    if target.exists():
        return target, None
    tmp = target.with_name(f"{target.stem}.{os.getpid()}.building.sqlite")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{tmp}{suffix}").unlink(missing_ok=True)
    timings = Timings()
    GENERATORS[kind](tmp, n, timings)
    _analyze(tmp)
    _checkpoint(tmp)
    tmp.replace(target)
    return target, timings


def _analyze(path: Path) -> None:
    """The query planner's statistics a user's database has once it has grown: those
    store.planner takes when a store opens (its registers'; a bulk load has none). The
    other tables (counted spans, tallies, the change log, the full-text indexes) have none
    in a user's file either, so the benchmark's plans are the ones users get."""
    import sqlalchemy as sa

    from cdmo_desktop.store import planner

    engine = sa.create_engine(f"sqlite:///{path}")
    try:
        planner.refresh(engine)
    finally:
        engine.dispose()


def _checkpoint(path: Path) -> None:
    """Fold any WAL into the main file so the file alone is the database."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def copy_database(source: Path, target: Path) -> None:
    """A copy of a (checkpointed, closed) generated database to write on."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(source, target)
