"""A page deep in a long list on a team server: its first row's keys found along the sort
order's index alone, then the page read by seek from there.

A jump of the scroll bar into the middle of a list asks for the rows at an offset. SQLite
answers the register orders from counted spans (store.marks); PostgreSQL has none and skips
the rows before them. Skipping them with the whole rows selected, PostgreSQL reads every
skipped row from the table (an index scan fetches the row of each index entry): 500,000
rows for the middle of a million risks, 0.6 s warm and 3.5 s from disk. Selecting only the
order's keys (the sort columns and the id, which its index holds), the rows before are
skipped in the index alone (an index-only scan, on pages the visibility map marks
all-visible) and only the page's rows are read from the table: 0.14 s. The skip itself
still costs one index entry per row before the page.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa


def from_offset(query: Any, keys: Sequence[Any], down: bool, offset: int) -> Any:
    """`query` (rows under its filters in the order of `keys`, every key descending when
    `down`; no LIMIT or OFFSET yet) from its row `offset` on: the keys of that row read by
    the same query selecting `keys` alone, the rows then sought from them. Past the last
    row the subquery finds no keys and the page is empty."""
    first = (
        query.with_only_columns(*keys, maintain_column_froms=True)
        .offset(offset)
        .limit(1)
        .correlate(None)
        .scalar_subquery()
    )
    here = sa.tuple_(*keys)
    return query.where(here <= first if down else here >= first)
