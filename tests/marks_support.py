"""What the counted-spans tests share (store.marks and its users): SQLite's
virtual-machine steps counted while a block runs (a test that a deep row or a broad search
costs what a shallow one does asserts on these, not on times), the cost of a scroll-bar jump
at three depths, and the spans' triggers as the file holds them."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
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


def stored_triggers(store: Store, marks_table: str) -> dict[str, str]:
    """The SQL of the triggers that keep `marks_table`'s spans, by name."""
    with store.engine.connect() as conn:
        found = conn.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE ?",
            (f"{marks_table}_%",),
        )
        return {str(r[0]): str(r[1]) for r in found}


def assert_jumps_flat(
    store: Store,
    order: Sequence[str],
    span: int,
    jump: Callable[[bool, int], Sequence[Any]],
    key: Callable[[Any], str] = lambda row: str(row.id),
) -> None:
    """Jumps (`jump(descending, offset)`, 4 rows) to the middle and near the end of `order`
    read the rows the plain order has there, in under 1.5x the SQLite steps of a jump one
    span from the top."""
    costs = {}
    for offset in (span + 2, len(order) // 2, len(order) - 2 * span - 8):
        for desc in (False, True):
            with vm_steps(store) as counted:
                rows = jump(desc, offset)
            wanted = list(order[::-1] if desc else order)
            assert [key(r) for r in rows] == wanted[offset : offset + 4]
            costs[offset, desc] = counted[0]
    shallow = min(costs[span + 2, False], costs[span + 2, True])
    assert max(costs.values()) < shallow * 1.5, costs


def bound_spans(store: Store, bound: int) -> None:
    """The note triggers (store.mark_splits) made again with a bound of `bound` rows: a few
    dozen rows pile past it (the test cuts spans of a few rows, store.marks.SPAN)."""
    from cdmo_desktop.store import mark_splits

    with store.engine.begin() as conn:
        for marked in mark_splits.MARKED.values():
            name, body = mark_splits.note_trigger(marked, bound)
            conn.exec_driver_sql(f"DROP TRIGGER {name}")
            conn.exec_driver_sql(f"CREATE TRIGGER {name} {body}")


def largest_spans(store: Store) -> dict[str, int]:
    """Each marks table's largest span, by the size its note trigger reads."""
    from cdmo_desktop.store import mark_splits

    found = {}
    with store.engine.connect() as conn:
        for table, marked in mark_splits.MARKED.items():
            largest = 0
            for order in marked.orders:
                size = " + ".join(marked.sized_by(order))
                (n,) = conn.exec_driver_sql(
                    f"SELECT coalesce(max({size}), 0) FROM {table} WHERE sort_key = ?", (order,)
                ).one()
                largest = max(largest, int(n))
            found[table] = largest
    return found
