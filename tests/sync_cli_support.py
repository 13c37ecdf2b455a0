"""Helpers of the sync command-line tests: run a command, check a one-line refusal, the
fingerprint of a database file (its bytes and the files beside it), the rows `list` shows."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from cdmo_desktop.cli import LISTS, main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Run `cdmo-desktop argv...`; (exit status, stdout, stderr)."""
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def one_error(err: str, *words: str) -> str:
    lines = [line for line in err.splitlines() if not line.startswith("cdmo-desktop: warning")]
    assert len(lines) == 1 and lines[0].startswith("cdmo-desktop: error: "), err
    for word in words:
        assert word in lines[0], lines[0]
    return lines[0]


def fingerprint(db: Path) -> tuple[str, tuple[str, ...]]:
    """The database file's SHA-256 and the names of the files beside it (a backup, a -wal,
    a temporary file would show)."""
    digest = hashlib.sha256(db.read_bytes()).hexdigest()
    beside = tuple(
        sorted(
            str(p.relative_to(db.parent))
            for p in db.parent.rglob("*")
            if p.name.startswith(db.stem) or p.parent.name == "backups"
        )
    )
    return digest, beside


def listings(capsys: pytest.CaptureFixture[str], db: Path) -> dict[str, str]:
    """What `list KIND` prints for every kind."""
    out = {}
    for kind in sorted(LISTS):
        code, text, err = run(capsys, "list", kind, "--db", str(db))
        assert code == 0, err
        out[kind] = text
    return out
