"""The row a list's position look-up found, kept as the place its page is read from.

After a sort or refresh the paged list model looks up where the current row went
(`position`), then reads the page that row is on (`fetch_at`, a jump into the middle:
OFFSET, which walks every row before it). A source that kept the row found can read that
page by seek from it instead: the rows right before it and right after it, each a short
index range, whatever its depth. The anchor holds for one reload: a source forgets it
when it counts again (the first read of every reload)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

Row = TypeVar("Row")


@dataclass(frozen=True)
class Anchor(Generic[Row]):
    filters: dict[str, Any]
    sort: tuple[int, bool]
    place: int
    row: Row


class Anchored(Generic[Row]):
    """The last row a source located (see the module doc)."""

    def __init__(self) -> None:
        self.anchor: Anchor[Row] | None = None

    def forget(self) -> None:
        self.anchor = None

    def keep(self, filters: dict[str, Any], sort: tuple[int, bool], place: int, row: Row) -> None:
        self.anchor = Anchor(dict(filters), sort, place, row)

    def window(
        self,
        filters: dict[str, Any],
        sort: tuple[int, bool],
        offset: int,
        limit: int,
        before: Callable[[Row, int], list[Row]],
        after: Callable[[Row, int], list[Row]],
    ) -> list[Row] | None:
        """Rows `offset` .. `offset + limit - 1` read by seek from the anchor when it lies
        among them (under the same filters and order), else None. `before(row, n)`: the n
        rows right before `row` in display order; `after(row, n)`: the n right after it."""
        a = self.anchor
        if a is None or a.filters != filters or a.sort != sort:
            return None
        if not offset <= a.place < offset + limit:
            return None
        wanted = a.place - offset
        head = before(a.row, wanted) if wanted else []
        if len(head) != wanted:  # fewer rows before it than counted: read by offset
            return None
        rest = offset + limit - a.place - 1
        tail = after(a.row, rest) if rest > 0 else []
        return [*head, a.row, *tail]
