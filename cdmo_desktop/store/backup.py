"""Consistent online backups with the SQLite backup API, and their rotation."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from cdmo_desktop.store.paths import backup_dir

KEEP_AUTOMATIC = 10
KEEP_MANUAL = 30


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime
    reason: str
    size: int


def _stamp(now: datetime) -> str:
    return now.strftime("%Y%m%d-%H%M%S-%f")


def backup_database(db_path: Path, dest_dir: Path | None = None, reason: str = "manual") -> Path:
    """Copy `db_path` through the SQLite backup API (safe while it is open) into
    `dest_dir` (default: backups/ beside it). Returns the new file's path."""
    db_path = Path(db_path)
    dest_dir = Path(dest_dir) if dest_dir else backup_dir(db_path)
    dest_dir.mkdir(parents=True, exist_ok=True)
    now = datetime.now(UTC)
    target = dest_dir / f"{db_path.stem}-{_stamp(now)}-{reason}.sqlite"
    tmp = target.with_suffix(".sqlite.part")
    src = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()
    tmp.replace(target)
    rotate(dest_dir, db_path.stem)
    return target


def list_backups(db_path: Path, dest_dir: Path | None = None) -> list[BackupInfo]:
    """Backups of `db_path`, newest first."""
    dest_dir = Path(dest_dir) if dest_dir else backup_dir(Path(db_path))
    stem = Path(db_path).stem
    out: list[BackupInfo] = []
    if not dest_dir.is_dir():
        return out
    for p in dest_dir.glob(f"{stem}-*.sqlite"):
        rest = p.stem[len(stem) + 1 :]
        parts = rest.split("-", 3)
        if len(parts) < 4:
            continue
        try:
            taken = datetime.strptime("-".join(parts[:3]), "%Y%m%d-%H%M%S-%f").replace(tzinfo=UTC)
        except ValueError:
            continue
        out.append(BackupInfo(p, taken, parts[3], p.stat().st_size))
    out.sort(key=lambda b: b.taken_at, reverse=True)
    return out


def rotate(dest_dir: Path, stem: str) -> None:
    """Keep the newest KEEP_MANUAL manual backups and KEEP_AUTOMATIC of every other reason."""
    backups = list_backups(dest_dir / f"{stem}.sqlite", dest_dir)
    manual = [b for b in backups if b.reason == "manual"]
    automatic = [b for b in backups if b.reason != "manual"]
    for b in manual[KEEP_MANUAL:] + automatic[KEEP_AUTOMATIC:]:
        b.path.unlink(missing_ok=True)
