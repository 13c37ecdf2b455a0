"""`python -m bench [NAME ...] [--json FILE]`: run benchmarks and print their medians.

Each benchmark module runs in a fresh interpreter so imports and memory of one do not
flatter or burden the next; a measurement without its own peak memory gets the peak of the
process that ran it. A module may define `summary(measurements) -> str`, printed after the
table (`scale` prints its growth table there).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import traceback
from pathlib import Path

from bench.core import Measurement, discover, format_table, load, peak_rss_mb


def _run_here(name: str, package: str) -> list[Measurement]:
    results = list(load(name, package).run())
    peak = peak_rss_mb()
    for m in results:
        if m.peak_mb is None:
            m.peak_mb = peak
    return results


def _run_isolated(name: str, package: str) -> list[Measurement]:
    with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
        out = Path(tmp) / "result.json"
        cmd = [
            sys.executable,
            "-m",
            "bench",
            "--package",
            package,
            "--worker",
            name,
            "--json",
            str(out),
        ]
        proc = subprocess.run(cmd, env=os.environ.copy(), check=False)
        if proc.returncode != 0 or not out.exists():
            raise RuntimeError(f"benchmark {name!r} failed (exit code {proc.returncode})")
        return [Measurement.from_json(d) for d in json.loads(out.read_text("utf-8"))]


def _write_json(path: Path, measurements: list[Measurement]) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps([m.to_json() for m in measurements], indent=2) + "\n", "utf-8")
    tmp.replace(path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", metavar="NAME", help="benchmarks to run (default: all)")
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write the results as JSON")
    parser.add_argument("--list", action="store_true", help="list the benchmarks and exit")
    parser.add_argument(
        "--in-process",
        action="store_true",
        help="run every benchmark in this interpreter (for debugging)",
    )
    parser.add_argument(
        "--sizes",
        metavar="N,N,...",
        help="data sizes for `scale` (default 10000,100000,1000000; sets BENCH_SCALE_SIZES)",
    )
    parser.add_argument(
        "--registers",
        metavar="NAME,...",
        help="lists for `scale`: risks,partners,engagements,portfolio (sets BENCH_SCALE_REGISTERS)",
    )
    parser.add_argument(
        "--backend",
        choices=("sqlite", "postgresql"),
        help="where `scale` reads: the file, or a PostgreSQL copy of it (sets BENCH_SCALE_BACKEND)",
    )
    parser.add_argument("--package", default="bench", help=argparse.SUPPRESS)
    parser.add_argument("--worker", metavar="NAME", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.sizes:
        if not all(n.strip().isdigit() and int(n) > 0 for n in args.sizes.split(",")):
            parser.error(
                f"--sizes takes positive row counts separated by commas, not {args.sizes!r}"
            )
        os.environ["BENCH_SCALE_SIZES"] = args.sizes
    if args.registers:
        known = ("risks", "partners", "engagements", "portfolio")
        unknown = [n for n in args.registers.split(",") if n.strip() not in known]
        if unknown:
            parser.error(f"--registers takes {', '.join(known)}; unknown: {', '.join(unknown)}")
        os.environ["BENCH_SCALE_REGISTERS"] = args.registers

    if args.backend:
        os.environ["BENCH_SCALE_BACKEND"] = args.backend

    if args.worker:
        results = _run_here(args.worker, args.package)
        if args.json:
            _write_json(args.json, results)
        return 0

    available = discover(args.package)
    if args.list:
        print("\n".join(available))
        return 0
    unknown = [n for n in args.names if n not in available]
    if unknown:
        parser.error(
            f"unknown benchmark(s): {', '.join(unknown)}; available: "
            f"{', '.join(available) or 'none'}"
        )
    names = args.names or available
    measurements: list[Measurement] = []
    summaries: list[str] = []
    failed: list[str] = []
    for name in names:
        print(f"running {name} ...", file=sys.stderr, flush=True)
        try:
            run = _run_here if args.in_process else _run_isolated
            results = run(name, args.package)
            measurements.extend(results)
            summarise = getattr(load(name, args.package), "summary", None)
            if summarise is not None:
                summaries.append(summarise(results))
        except Exception:  # one broken benchmark must not hide the others' results
            traceback.print_exc()
            failed.append(name)
    print(format_table(measurements))
    for text in summaries:
        if text:
            print()
            print(text)
    if args.json:
        _write_json(args.json, measurements)
    if failed:
        print(f"failed: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
