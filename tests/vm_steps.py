"""SQLite's virtual-machine steps, counted while a block runs: a test that a deep row or a
broad search costs what a shallow one does asserts on these, not on times."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import sqlalchemy as sa

from cdmo_desktop.store import Store


@contextmanager
def vm_steps(store: Store) -> Iterator[list[int]]:
    """SQLite's virtual-machine steps run meanwhile on every connection of the store (the
    count is `counted[0]` once the block is left)."""
    counted = [0]

    def step() -> int:
        counted[0] += 1
        return 0

    def connect(dbapi: Any, _record: Any) -> None:
        dbapi.set_progress_handler(step, 1)

    store.engine.dispose()
    sa.event.listen(store.engine, "connect", connect)
    try:
        yield counted
    finally:
        sa.event.remove(store.engine, "connect", connect)
        store.engine.dispose()
