"""An in-memory PagedSource that counts its calls, for tests of paged models and screens.

`FakeSource.numbered(n)` makes n rows (a million take about a second); `calls` counts each
method called (fetch split into "fetch" from the top and "fetch_after" by keyset) and `log`
keeps them in order. Edits (`add`, `remove`, `update`) change the rows as a write would.
Filters: "text" (a substring of the name, any case) and "small" (size below 100).
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any


@dataclass(frozen=True)
class FakeRow:
    id: str
    name: str
    size: int


def numbered_row(i: int) -> FakeRow:
    return FakeRow(f"id{i:07d}", f"Row {i:07d}", (i * 7919) % 1000)


SortKey = tuple[Any, str]


class FakeSource:
    """Rows in a list; each order is total: (name or size, id)."""

    headers: Sequence[str] = ("Name", "Size")

    def __init__(self, rows: Iterable[FakeRow]) -> None:
        self.rows: dict[str, FakeRow] = {r.id: r for r in rows}
        self.calls: Counter[str] = Counter()
        self.log: list[tuple[str, Any]] = []
        self._orders: dict[tuple[Any, ...], tuple[list[FakeRow], list[SortKey]]] = {}

    @classmethod
    def numbered(cls, n: int) -> FakeSource:
        return cls(numbered_row(i) for i in range(n))

    def reset_calls(self) -> None:
        self.calls.clear()
        self.log.clear()

    @property
    def reads(self) -> int:
        """Every call that read rows or counted them."""
        return sum(self.calls.values())

    # --- edits ------------------------------------------------------------------------------
    def add(self, row: FakeRow) -> None:
        self.rows[row.id] = row
        self._orders.clear()

    def remove(self, key: str) -> None:
        del self.rows[key]
        self._orders.clear()

    def update(self, key: str, **values: Any) -> None:
        self.rows[key] = replace(self.rows[key], **values)
        self._orders.clear()

    # --- order ------------------------------------------------------------------------------
    @staticmethod
    def sort_key(row: FakeRow, column: int) -> SortKey:
        return (row.size if column == 1 else row.name.lower(), row.id)

    def _ascending(
        self, filters: dict[str, Any], column: int
    ) -> tuple[list[FakeRow], list[SortKey]]:
        tag = (tuple(sorted(filters.items())), column)
        if tag not in self._orders:
            text = str(filters.get("text", "")).lower()
            small = bool(filters.get("small"))
            rows = [
                r
                for r in self.rows.values()
                if (not text or text in r.name.lower()) and (not small or r.size < 100)
            ]
            rows.sort(key=lambda r: self.sort_key(r, column))
            self._orders[tag] = (rows, [self.sort_key(r, column) for r in rows])
        return self._orders[tag]

    def _window(
        self, filters: dict[str, Any], column: int, descending: bool, start: int, stop: int
    ) -> list[FakeRow]:
        """Rows start..stop-1 in display order."""
        rows, _ = self._ascending(filters, column)
        n = len(rows)
        start, stop = max(0, start), min(n, stop)
        if start >= stop:
            return []
        if not descending:
            return rows[start:stop]
        return rows[n - stop : n - start][::-1]

    def _after(self, filters: dict[str, Any], column: int, descending: bool, row: FakeRow) -> int:
        """Display index of the first row after `row` (which may be gone)."""
        rows, keys = self._ascending(filters, column)
        key = self.sort_key(row, column)
        if descending:
            return len(rows) - bisect.bisect_left(keys, key)
        return bisect.bisect_right(keys, key)

    def _before(self, filters: dict[str, Any], column: int, descending: bool, row: FakeRow) -> int:
        """Display index just past the last row before `row`."""
        rows, keys = self._ascending(filters, column)
        key = self.sort_key(row, column)
        if descending:
            return len(rows) - bisect.bisect_right(keys, key)
        return bisect.bisect_left(keys, key)

    # --- PagedSource ------------------------------------------------------------------------
    def count(self, filters: dict[str, Any]) -> int:
        self.calls["count"] += 1
        self.log.append(("count", None))
        return len(self._ascending(filters, 0)[0])

    def fetch(
        self,
        filters: dict[str, Any],
        sort_column: int,
        descending: bool,
        limit: int,
        after: FakeRow | None = None,
    ) -> list[FakeRow]:
        name = "fetch" if after is None else "fetch_after"
        self.calls[name] += 1
        self.log.append((name, after.id if after else None))
        start = 0 if after is None else self._after(filters, sort_column, descending, after)
        return self._window(filters, sort_column, descending, start, start + limit)

    def fetch_before(
        self,
        filters: dict[str, Any],
        sort_column: int,
        descending: bool,
        limit: int,
        before: FakeRow | None = None,
    ) -> list[FakeRow]:
        self.calls["fetch_before"] += 1
        self.log.append(("fetch_before", before.id if before else None))
        if before is None:
            stop = len(self._ascending(filters, sort_column)[0])
        else:
            stop = self._before(filters, sort_column, descending, before)
        return self._window(filters, sort_column, descending, stop - limit, stop)

    def fetch_at(
        self, filters: dict[str, Any], sort_column: int, descending: bool, offset: int, limit: int
    ) -> list[FakeRow]:
        self.calls["fetch_at"] += 1
        self.log.append(("fetch_at", offset))
        return self._window(filters, sort_column, descending, offset, offset + limit)

    def position(
        self, filters: dict[str, Any], sort_column: int, descending: bool, key: str
    ) -> int | None:
        self.calls["position"] += 1
        self.log.append(("position", key))
        row = self.rows.get(key)
        if row is None:
            return None
        rows, keys = self._ascending(filters, sort_column)
        i = bisect.bisect_left(keys, self.sort_key(row, sort_column))
        if i >= len(rows) or rows[i].id != key:
            return None
        return len(rows) - 1 - i if descending else i

    def display(self, row: FakeRow, column: int) -> Any:
        return row.name if column == 0 else row.size

    def key(self, row: FakeRow) -> str:
        return row.id
