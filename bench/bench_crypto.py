"""Encryption at rest: what SQLCipher costs on the demo portfolio, plain against encrypted.

The same demo database is kept twice, plain and encrypted (`encryption.encrypt_database`).
Measured on each, interleaved run by run so load from other processes hits both alike:
opening the store (probe, lock, engine; no daily backup), a partner-register interaction
(count and first page with a typed word), a write (one partner added through the store's
write path, change log included), a backup (backup API, checked copy), and the data of a
status report (`take_status_report_snapshot`, what every PDF build reads). The encrypted
figure is the median, the plain one the baseline: ratio = encrypted / plain. The key is
derived once per process (`crypto.unlock` measures that, it has no plain counterpart).
"""

from __future__ import annotations

import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from bench.core import Measurement, peak_rss_mb

RUNS = 9
KEY = "bench passphrase, not a secret"


def _timed(fn: Callable[[], Any]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def _steps(path: Path, folder: Path, run: int) -> dict[str, float]:
    from sqlmodel import select

    from cdmo_desktop.domain.enums import PartnerKind
    from cdmo_desktop.domain.models import Engagement, Partner
    from cdmo_desktop.store import open_store
    from cdmo_desktop.store.backup import backup_database
    from cdmo_desktop.store.partner_list import PartnerFilters
    from cdmo_desktop.store.partners import register_count, register_fetch
    from cdmo_desktop.store.snapshots import take_status_report_snapshot
    from cdmo_desktop.store.status_reports import default_form

    times: dict[str, float] = {}
    holder: list[Any] = []
    times["open"] = _timed(lambda: holder.append(open_store(path, user="Bench")))
    store = holder[0]
    try:
        today = date(2026, 11, 20)
        filters = PartnerFilters(text="pharma")

        def interact() -> None:
            register_count(store, filters, today)
            register_fetch(store, filters, (0, False), 100, today)

        times["list"] = _timed(interact)

        def write() -> None:
            with store.session() as s:
                s.add(Partner(name=f"Bench Partner {path.stem} {run}", kind=PartnerKind.CRO))

        times["write"] = _timed(write)
        times["backup"] = _timed(lambda: backup_database(path, folder / f"b-{path.stem}"))
        with store.session() as s:
            engagement_id = s.exec(select(Engagement.id).order_by(Engagement.title)).first()

        def snapshot() -> None:
            form = default_form(store, engagement_id, today, "Bench")
            take_status_report_snapshot(store, engagement_id, form)

        times["status report data"] = _timed(snapshot)
    finally:
        store.close()
    return times


def run() -> list[Measurement]:
    from cdmo_desktop.store import crypto, encryption, open_store
    from cdmo_desktop.store.demo import populate

    folder = Path(tempfile.mkdtemp(prefix="bench-crypto-"))
    try:
        plain = folder / "plain.sqlite"
        with open_store(plain, user="Bench") as store:
            populate(store, today=date(2026, 11, 20))
        encrypted = folder / "encrypted.sqlite"
        shutil.copyfile(plain, encrypted)
        encryption.encrypt_database(encrypted, crypto.Passphrase(KEY))
        samples: dict[tuple[str, str], list[float]] = {}
        for run_no in range(RUNS + 1):  # the first round warms caches and is dropped
            for label, path in (("plain", plain), ("encrypted", encrypted)):
                for step, seconds in _steps(path, folder, run_no).items():
                    if run_no:
                        samples.setdefault((step, label), []).append(seconds)
        size = encrypted.stat().st_size / plain.stat().st_size
        unlocks = [
            _timed(lambda: crypto.verify(encrypted, crypto.Passphrase(KEY))) for _ in range(3)
        ]
        steps = list(dict.fromkeys(step for step, _ in samples))
        return [
            Measurement(
                f"crypto.{step.replace(' ', '_')}",
                statistics.median(samples[(step, "encrypted")]),
                baseline_median_s=statistics.median(samples[(step, "plain")]),
                peak_mb=peak_rss_mb(),
                note=f"encrypted vs plain demo, median of {RUNS} interleaved; "
                f"file size x{size:.2f}",
            )
            for step in steps
        ] + [
            Measurement(
                "crypto.unlock",
                statistics.median(unlocks),
                peak_mb=peak_rss_mb(),
                note="passphrase entered: key derivation (PBKDF2-SHA512, 256000) + first "
                "read, once per database and process; median of 3",
            )
        ]
    finally:
        crypto.forget()
        shutil.rmtree(folder, ignore_errors=True)
