"""Cutting a list's orders into counted spans (store.marks.cut, after a bulk write or an
import): the spans equal a plain row_number() order of the rows, in every order of the
risks, partners and engagements (the engagements' grouped default order too, which no index
holds), and the rows stay in SQLite: a cut returns a few rows per span to Python, not every
row of the table (at a million risks that pass was most of a rebuild's time)."""

from __future__ import annotations

import sqlite3
from typing import Any

import pytest

from cdmo_desktop.store import Store, engagement_marks, marks, partner_marks, risk_marks
from tests.store.test_engagement_list_scale import _populate
from tests.store.test_partner_list import _fill_register
from tests.store.test_risk_register_scale import _fill

pytestmark = pytest.mark.sqlite_only

SPAN = 5


def _truth(conn: sqlite3.Connection, marked: marks.Marked, order: str) -> marks.Cut:
    """The spans of `order` from a plain row_number() over every row."""
    columns = marked.orders[order]
    sums = [marked.counts[c].format(row=marked.table) for c in marked.counted_in(order)]
    key = ", ".join(columns)
    rows = conn.execute(
        f"SELECT {key}, {', '.join(sums)}, row_number() OVER (ORDER BY {key}) - 1 "
        f"FROM {marked.table} ORDER BY {key}"
    ).fetchall()
    found: marks.Cut = []
    for row in rows:
        n = row[-1]
        if n % SPAN == 0:
            found.append((tuple(row[: len(columns)]) if n else None, (0,) * len(sums)))
        start, held = found[-1]
        added = row[len(columns) : len(columns) + len(sums)]
        found[-1] = (start, tuple(a + int(b) for a, b in zip(held, added, strict=True)))
    return found or [(None, (0,) * len(sums))]


def _raw(store: Store) -> sqlite3.Connection:
    return sqlite3.connect(store.path)


@pytest.mark.parametrize(
    ("fill", "marked"),
    [
        (lambda s: _fill(s, 37, seed=5), risk_marks.RISK),
        (lambda s: _fill_register(s), partner_marks.PARTNER),
        (lambda s: _populate(s, n=23, seed=2), engagement_marks.ENGAGEMENT),
    ],
    ids=["risks", "partners", "engagements"],
)
def test_every_order_is_cut_as_a_plain_order_of_its_rows(
    store: Store, fill: Any, marked: marks.Marked
) -> None:
    fill(store)
    conn = _raw(store)
    try:
        assert conn.execute(f"SELECT count(*) FROM {marked.table}").fetchone()[0] > SPAN
        for order, columns in marked.orders.items():
            sums = [marked.counts[c].format(row=marked.table) for c in marked.counted_in(order)]
            cut = marks.cut(conn.cursor().execute, marked.table, columns, sums, SPAN)
            assert cut == _truth(conn, marked, order), order
    finally:
        conn.close()


def test_an_empty_table_is_one_empty_span(store: Store) -> None:
    conn = _raw(store)
    try:
        for order in risk_marks.RISK.orders:
            found = risk_marks.spans(conn.cursor(), order, SPAN)
            assert found == [(order, 0, None, None, None, None, *(0 for _ in risk_marks.STATUSES))]
    finally:
        conn.close()


class _Counting:
    """A DB-API cursor that counts the rows it hands to Python."""

    def __init__(self, cursor: sqlite3.Cursor) -> None:
        self.cursor = cursor
        self.rows = 0

    def execute(self, sql: str, params: Any = ()) -> _Counting:
        self.cursor.execute(sql, params)
        return self

    def _count(self, rows: list[Any]) -> list[Any]:
        self.rows += len(rows)
        return rows

    def fetchone(self) -> Any:
        row = self.cursor.fetchone()
        self.rows += row is not None
        return row

    def fetchmany(self, size: int = 1) -> list[Any]:
        return self._count(self.cursor.fetchmany(size))

    def fetchall(self) -> list[Any]:
        return self._count(self.cursor.fetchall())

    def __iter__(self) -> Any:
        return iter(self.fetchall())


def test_cutting_the_risk_register_keeps_its_rows_in_sqlite(store: Store) -> None:
    _fill(store, 200, seed=3)
    conn = _raw(store)
    try:
        for order in risk_marks.RISK.orders:
            counting = _Counting(conn.cursor())
            found = risk_marks.spans(counting, order, SPAN)
            assert len(found) == 200 // SPAN
            # Two rows a span (its counts, the next span's first key) and a query plan.
            assert counting.rows <= 2 * len(found) + 8, (order, counting.rows)
    finally:
        conn.close()
