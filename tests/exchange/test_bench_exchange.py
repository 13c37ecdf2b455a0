"""`python -m bench exchange` is discovered and measures both formats (at a tiny size here)."""

from __future__ import annotations

import pytest

from bench import bench_exchange
from bench.core import discover


def test_exchange_benchmark_measures_xlsx_and_csv(monkeypatch: pytest.MonkeyPatch) -> None:
    assert "exchange" in discover()
    monkeypatch.setattr(bench_exchange, "N_RISKS", 120)
    monkeypatch.setattr(bench_exchange, "RUNS", 1)
    results = bench_exchange.run()
    assert [m.name for m in results] == [
        "export 120 risks to XLSX",
        "export 120 risks to CSV",
    ]
    for m in results:
        assert m.rows == 120 and m.median_s > 0 and m.peak_mb is not None and m.peak_mb > 0
