"""The risk search's facet key (SQLite): what a search's count, due count and heat map need
of each matching risk, carried in the full-text index itself.

The risk full-text index (`risk_fts`, store.fulltext) numbers its entries not by the risk's
rowid but by a key that packs, above the rowid, the risk's status, its current and residual
cell and its next review day:

    bits 60-62 status rank (RiskStatus order: open, monitoring, mitigating are 0-2, live)
    bits 57-59 likelihood, 54-56 impact (1-5)
    bits 51-53 residual likelihood, 48-50 residual impact (0: not assessed)
    bits 31-47 next review day (days since 1900-01-01; none: 2199-12-31)
    bits 0-30  the risk's rowid

So a search's count, how many of its matches are due for review and where they sit on the
heat map are one pass over the index's matches (`facet_groups`: the matches grouped by
their top bits, with the due ones counted from the day bits), without reading a single
risk row: at 1M risks a common word matches 300k of them, and looking each up to learn its
status took most of a second. The live statuses come first, so "live risks only" is a range
of keys that the index seeks to. The key is computed by the index's triggers from the
row itself (old and new values: `KEY_SQL`), so every write path keeps it (the flush hook,
undo and redo through Store.replay, cascades, plain SQL), and `fulltext.rebuild` fills it
from the view `risk_fts_content` (bulk.REBUILDERS through derived_risks.rebuild).

PostgreSQL has no such index (its word index is a GIN over the risk table, and a count
kept beside it would cross row-level security); there the same groups are one GROUP BY
over the matching risks the user may see (`facet_groups` as well).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from cdmo_desktop.domain.enums import RiskStatus

ROWID_BITS = 31
ROWID_MASK = (1 << ROWID_BITS) - 1
DAY_SHIFT = ROWID_BITS
DAY_BITS = 17
DAY_MASK = (1 << DAY_BITS) - 1
FACET_SHIFT = DAY_SHIFT + DAY_BITS  # 48: status and cells above it
STATUS_SHIFT = 60
EPOCH = date(1900, 1, 1)
_JULIAN_EPOCH = 2415020.5  # julianday('1900-01-01')
NO_REVIEW_DAY = (date(2199, 12, 31) - EPOCH).days
STATUS_VALUES: tuple[str, ...] = tuple(s.value for s in RiskStatus)
LIVE_KEYS_BELOW = 3 << STATUS_SHIFT
"""Keys of live risks (open, monitoring, mitigating: ranks 0-2) are below this."""
ACTIVE = "active"
"""The status filter of the live risks (store.risks.ACTIVE)."""
KEY_COLUMNS = (
    "status",
    "likelihood",
    "impact",
    "residual_likelihood",
    "residual_impact",
    "next_review_date",
)
"""The risk columns the key is made of (besides the rowid): a change of any of them moves
the risk's entry in the index."""


def _small(value: str) -> str:
    """A 1-5 score column as 3 bits (0 when NULL or out of range)."""
    return f"(CASE WHEN {value} BETWEEN 1 AND 5 THEN {value} ELSE 0 END)"


def key_sql(r: str) -> str:
    """SQL of the key of the risk row `r` (`new`, `old` or the table's name)."""
    status = (
        f"(CASE {r}.status "
        + " ".join(f"WHEN '{v}' THEN {i}" for i, v in enumerate(STATUS_VALUES))
        + " ELSE 7 END)"
    )
    day = (
        f"(CAST(julianday(coalesce({r}.next_review_date, '2199-12-31')) - {_JULIAN_EPOCH} "
        "AS INTEGER))"
    )
    day = f"max(0, min({DAY_MASK}, coalesce({day}, {NO_REVIEW_DAY})))"
    return (
        f"(({status} << {STATUS_SHIFT}) | ({_small(f'{r}.likelihood')} << 57) "
        f"| ({_small(f'{r}.impact')} << 54) | ({_small(f'{r}.residual_likelihood')} << 51) "
        f"| ({_small(f'{r}.residual_impact')} << 48) | ({day} << {DAY_SHIFT}) "
        f"| ({r}.rowid & {ROWID_MASK}))"
    )


def day_number(day: date) -> int:
    """A date as the key's day bits."""
    return max(0, min(DAY_MASK, (day - EPOCH).days))


@dataclass(frozen=True)
class FacetGroup:
    """Matching risks that share a status and both cells: how many, and how many of them
    have their review on or before the day asked."""

    status: str
    likelihood: int
    impact: int
    residual_likelihood: int | None
    residual_impact: int | None
    n: int
    due: int


def facet(status_rank: int, li: int, im: int, rl: int, ri: int, n: int, due: int) -> FacetGroup:
    status = STATUS_VALUES[status_rank] if status_rank < len(STATUS_VALUES) else ""
    return FacetGroup(status, li, im, rl or None, ri or None, n, due)


def decode(top: int, n: int, due: int) -> FacetGroup:
    """A group of the SQLite query (`key >> FACET_SHIFT`, its count and due count)."""
    return facet(
        (top >> (STATUS_SHIFT - FACET_SHIFT)) & 7,
        (top >> 9) & 7,
        (top >> 6) & 7,
        (top >> 3) & 7,
        top & 7,
        n,
        due,
    )
