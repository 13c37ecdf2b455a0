"""The import benchmark's files: every generated partner imports (no refusals) from both
the CSV and the XLSX, so the benchmark measures a whole import."""

from __future__ import annotations

from pathlib import Path

import pytest

import bench.bench_exchange_import as bench_import
from cdmo_desktop.store import open_store


def test_generated_files_import_every_partner(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bench_import, "N_PARTNERS", 40)
    template = tmp_path / "empty.sqlite"
    open_store(template).close()
    files = bench_import._write_files(tmp_path)
    for path in files.values():
        read, plan, write = bench_import._import_once(template, tmp_path, path)
        assert min(read, plan, write) >= 0  # _import_once raises unless all 40 were written
