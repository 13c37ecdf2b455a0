"""Sync (store/sync.py, store/sync_file.py): pack and apply of about 10,000 changes.

The demo portfolio is cloned (store/sync_clone.py); the origin then makes CHANGES changes
(new partners and field edits of partners and risks, in writes of a few hundred changes
each, as a consultant's week offline would). Measured, each as a median:
- pack: `sync.pack` of everything the replica lacks plus writing the file (plain);
- pack encrypted: the same with a passphrase (AES-256-GCM, scrypt key);
- read: reading the file back (checksum, decompression, entries);
- apply: `sync.apply` of the batch to a fresh copy of the replica (one transaction; the
  merge, validation and derived fields of every row it touches), fewer runs.
The note gives the file sizes (plain and encrypted) and the rate in changes per second.
"""

from __future__ import annotations

import functools
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.core import Measurement, peak_rss_mb

CHANGES = 10_000
RUNS = 5
APPLY_RUNS = 3
KEY = "bench passphrase, not a secret"


def _timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    value = fn()
    return time.perf_counter() - start, value


def _make_changes(store: Any, count: int) -> None:
    """About `count` change-log entries: new partners, then edits of partners and risks."""
    import sqlalchemy as sa

    from cdmo_desktop.domain.enums import PartnerKind
    from cdmo_desktop.domain.models import Partner, Risk
    from cdmo_desktop.store import sync

    def made() -> int:
        with store.engine.connect() as conn:
            return sum(sync.holdings(conn).values())

    start = made()
    round_ = 0
    while made() - start < count:
        round_ += 1

        def work(s: Any, r: int = round_) -> None:
            for i in range(40):
                s.add(Partner(name=f"Bench CDMO {r}-{i}", kind=PartnerKind.CDMO, city="Basel"))
            for p in s.execute(sa.select(Partner)).scalars():
                p.notes = f"visit notes, round {r}"
                p.city = f"City {r}"
            for risk in s.execute(sa.select(Risk).limit(200)).scalars():
                risk.mitigation = f"mitigation plan, round {r}"

        store.write(f"Bench round {round_}", work)


def run() -> list[Measurement]:
    from cdmo_desktop.store import open_store, sync
    from cdmo_desktop.store.demo import populate
    from cdmo_desktop.store.sync_clone import clone
    from cdmo_desktop.store.sync_file import read_sync_file, write_sync_file

    folder = Path(tempfile.mkdtemp(prefix="bench-sync-"))
    try:
        origin_path, replica = folder / "origin.sqlite", folder / "replica.sqlite"
        with open_store(origin_path, user="Bench") as origin:
            populate(origin)
            clone(origin, replica)
            _make_changes(origin, CHANGES)
            peer = next(p.id for p in sync.peers(origin) if p.name == replica.stem)
            plain, secret = folder / "plain.cdmosync", folder / "secret.cdmosync"
            packs, encrypted = [], []
            batch: Any = None
            for _ in range(RUNS):
                seconds, batch = _timed(lambda: sync.pack(origin, peer))
                plain_write = functools.partial(write_sync_file, batch, plain)
                secret_write = functools.partial(write_sync_file, batch, secret, passphrase=KEY)
                packs.append(seconds + _timed(plain_write)[0])
                encrypted.append(seconds + _timed(secret_write)[0])
        entries = len(batch.entries)
        reads = [_timed(lambda: read_sync_file(plain))[0] for _ in range(RUNS)]
        applies = []
        for run_ in range(APPLY_RUNS):
            target = folder / f"apply-{run_}.sqlite"
            shutil.copyfile(replica, target)
            with open_store(target, user="Bench") as store:
                read = read_sync_file(plain)
                seconds, report = _timed(functools.partial(sync.apply, store, read))
                assert report.applied == entries, (report.applied, entries)
                applies.append(seconds)
        sizes = f"file {plain.stat().st_size:,} bytes plain, {secret.stat().st_size:,} encrypted"
        peak = peak_rss_mb()

        def m(name: str, times: list[float], runs: int) -> Measurement:
            median = statistics.median(times)
            return Measurement(
                name,
                median,
                peak_mb=peak,
                note=f"{entries} changes, {entries / median:,.0f}/s; {sizes}",
                rows=entries,
                runs=runs,
            )

        return [
            m("sync pack 10k changes (plain file)", packs, RUNS),
            m("sync pack 10k changes (encrypted file)", encrypted, RUNS),
            m("sync read 10k-change file", reads, RUNS),
            m("sync apply 10k changes", applies, APPLY_RUNS),
        ]
    finally:
        shutil.rmtree(folder, ignore_errors=True)
