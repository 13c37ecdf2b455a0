"""Spreadsheet export of a large register: 100k risks (bench.generate) to XLSX and to CSV
through `exchange.register_export.export_register`, as `cdmo-desktop export risks` runs it.

Each run is a child process of its own, so its peak resident memory (VmHWM on Linux: on
Linux ru_maxrss carries the parent's peak over exec) is the export's alone; a child that
only opens the store and imports the writers gives the floor the export adds to.
BENCH_EXCHANGE_RISKS sets the risk count (default 100,000), BENCH_EXCHANGE_RUNS the runs
per format (default 3).
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.core import Measurement

N_RISKS = int(os.environ.get("BENCH_EXCHANGE_RISKS", "100000"))
RUNS = int(os.environ.get("BENCH_EXCHANGE_RUNS", "3"))

_CHILD = r"""
import json, resource, sys, time
from pathlib import Path
from cdmo_desktop.store import open_store
from cdmo_desktop.exchange.register_export import export_register
import openpyxl  # noqa: F401  (the floor includes the writer's import)

db, out = Path(sys.argv[1]), sys.argv[2]
store = open_store(db, create=False, lock=False)
start, cpu = time.perf_counter(), time.process_time()
rows = export_register(store, "risks", Path(out)) if out != "-" else 0
elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
store.close()
try:  # this process's own high-water mark (ru_maxrss keeps the parent's across exec)
    status = Path("/proc/self/status").read_text()
    peak_kb = int(next(l for l in status.splitlines() if l.startswith("VmHWM:")).split()[1])
except (OSError, StopIteration):
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
size = Path(out).stat().st_size if out != "-" else 0
result = {"s": elapsed, "cpu": cpu, "peak_mb": peak_kb / 1024, "rows": rows, "bytes": size}
print(json.dumps(result))
"""


def _child(db: Path, out: str) -> dict[str, float]:
    proc = subprocess.run(
        [sys.executable, "-c", _CHILD, str(db), out],
        capture_output=True,
        text=True,
        check=False,
        env=os.environ.copy(),
    )
    if proc.returncode != 0:
        raise RuntimeError(f"the export child failed:\n{proc.stderr}")
    result: dict[str, float] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


def run() -> list[Measurement]:
    from bench.generate import generate_risks
    from cdmo_desktop.store import open_store

    out: list[Measurement] = []
    with tempfile.TemporaryDirectory(prefix="bench-exchange-") as tmp:
        db = Path(tmp) / "risks.sqlite"
        open_store(db).close()
        generate_risks(db, N_RISKS)
        floor = _child(db, "-")
        for fmt in ("xlsx", "csv"):
            runs = []
            for i in range(RUNS):
                target = Path(tmp) / f"risks-{i}.{fmt}"
                runs.append(_child(db, str(target)))
                target.unlink()
            median = statistics.median(r["s"] for r in runs)
            cpu = statistics.median(r["cpu"] for r in runs)
            peak = max(r["peak_mb"] for r in runs)
            rows = int(runs[0]["rows"])
            size = runs[0]["bytes"] / 1e6
            out.append(
                Measurement(
                    f"export {rows:,} risks to {fmt.upper()}",
                    median,
                    peak_mb=peak,
                    note=(
                        f"median of {RUNS}, CPU {cpu:.1f} s; file {size:.1f} MB; peak RSS, "
                        f"{peak - floor['peak_mb']:.0f} MB above the {floor['peak_mb']:.0f} MB "
                        "of a child that only opens the store"
                    ),
                    rows=rows,
                    runs=RUNS,
                )
            )
    return out
