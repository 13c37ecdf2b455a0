"""Benchmarks of the partnership desk: `python -m bench [NAME ...] [--json FILE]`.

Each `bench/bench_<name>.py` module has `run() -> list[Measurement]` (see bench.core).
Benchmarks are not tests: nothing in CI times anything.
"""
