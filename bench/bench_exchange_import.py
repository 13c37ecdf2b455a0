"""Import of 10,000 partners from CSV and from XLSX into an empty database.

Each run reads the file (exchange.sheet_reader), plans every row against the database
(validation, near-duplicate check) and writes them as one change set (flush hook, change
log), on a fresh copy of an empty database. Reported per format: the median of REPEAT runs
(with the read / plan / write split of the last run) and the peak of Python allocations
during one more run under tracemalloc (not timed: tracing slows allocation down).
"""

from __future__ import annotations

import csv
import shutil
import statistics
import tempfile
import time
import tracemalloc
from pathlib import Path

from bench.core import Measurement

N_PARTNERS = 10_000
REPEAT = 2
KINDS = ("CRO", "CDMO", "CMO", "Testing lab")
COUNTRIES = ("DE", "IN", "CN", "US", "CH", "IE", "IT", "SE", "GB", "FR")
WORDS = ("Nordic", "Deccan", "Helvetia", "Qiantang", "Keystone", "Laurentian", "Meridian")
HEADERS = ["Name", "Kind", "Country", "City", "Website", "CDA signed", "Notes"]


def _rows() -> list[list[object]]:
    from datetime import date, timedelta

    rows: list[list[object]] = []
    for i in range(N_PARTNERS):
        word = WORDS[i % len(WORDS)]
        rows.append(
            [
                f"{word} Pharma {i:05d} GmbH",
                KINDS[i % len(KINDS)],
                COUNTRIES[i % len(COUNTRIES)],
                f"City {i % 97}",
                f"https://p{i}.example.com",
                date(2024, 1, 1) + timedelta(days=i % 700),
                f"Shortlisted for the API campaign, batch {i % 13}",
            ]
        )
    return rows


def _write_files(folder: Path) -> dict[str, Path]:
    from openpyxl import Workbook

    rows = _rows()
    csv_path = folder / "partners.csv"
    with open(csv_path, "w", encoding="utf-8-sig", newline="") as fh:
        out = csv.writer(fh, delimiter=";")
        out.writerow(HEADERS)
        for row in rows:
            out.writerow([c.strftime("%d.%m.%Y") if hasattr(c, "strftime") else c for c in row])
    book = Workbook(write_only=True)
    ws = book.create_sheet("Partners")
    ws.append(HEADERS)
    for row in rows:
        ws.append(row)
    xlsx_path = folder / "partners.xlsx"
    book.save(xlsx_path)
    return {"csv": csv_path, "xlsx": xlsx_path}


def _import_once(template: Path, work: Path, path: Path) -> tuple[float, float, float]:
    """(read, plan, write) seconds of one import into a fresh copy of `template`."""
    from cdmo_desktop.exchange.imports import apply_import, plan_import
    from cdmo_desktop.exchange.sheet_reader import read_sheet
    from cdmo_desktop.store import open_store

    db = work / "run.sqlite"
    for leftover in work.glob("run.sqlite*"):
        leftover.unlink()
    shutil.copyfile(template, db)
    with open_store(db, create=False) as store:
        t0 = time.perf_counter()
        sheet = read_sheet(path, sheet=("Partners",))
        t1 = time.perf_counter()
        plan = plan_import(store, "partners", sheet, file_name=path.name)
        t2 = time.perf_counter()
        changeset = apply_import(store, plan)
        t3 = time.perf_counter()
        if changeset is None or len(changeset.after) != N_PARTNERS:
            raise RuntimeError(f"{path.name}: {plan.summary()}")
    return t1 - t0, t2 - t1, t3 - t2


def run() -> list[Measurement]:
    from cdmo_desktop.store import open_store

    results = []
    with tempfile.TemporaryDirectory(prefix="bench-import-") as tmp:
        folder = Path(tmp)
        template = folder / "empty.sqlite"
        open_store(template).close()
        files = _write_files(folder)
        for fmt, path in files.items():
            totals = []
            split = (0.0, 0.0, 0.0)
            for _ in range(REPEAT):
                split = _import_once(template, folder, path)
                totals.append(sum(split))
            tracemalloc.start()
            _import_once(template, folder, path)
            _, peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()
            size_mb = path.stat().st_size / 1e6
            results.append(
                Measurement(
                    f"import {N_PARTNERS:,} partners from {fmt.upper()}",
                    statistics.median(totals),
                    peak_mb=peak / (1024 * 1024),
                    rows=N_PARTNERS,
                    runs=REPEAT,
                    note=(
                        f"file {size_mb:.1f} MB; last run: read {split[0]:.2f} s, "
                        f"plan {split[1]:.2f} s, write {split[2]:.2f} s; peak = Python "
                        "allocations (tracemalloc)"
                    ),
                )
            )
    return results
