"""Derived data rebuilt in bulk.

Rows written around the flush hook (the benchmark's data generator, a migration that
converts existing rows) skip what the store keeps current on every write: stored sort
keys, full-text indexes, maintained counts. Each aggregate that keeps such data exposes a
`rebuild(connection)` and is listed in REBUILDERS; `rebuild_derived` runs them all in the
caller's transaction.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlalchemy as sa

from cdmo_desktop.store import (
    derived_engagements,
    derived_kpis,
    derived_risks,
    partner_list,
    portfolio_keys,
    search_indexes,
)

REBUILDERS: tuple[Callable[[sa.Connection], None], ...] = (
    derived_risks.rebuild,
    partner_list.rebuild,
    derived_engagements.rebuild,
    derived_kpis.rebuild,
    portfolio_keys.rebuild,
    search_indexes.rebuild,
)


def rebuild_derived(connection: sa.Connection) -> None:
    """Recompute every aggregate's derived data from its rows."""
    for rebuild in REBUILDERS:
        rebuild(connection)


def recount_tallies(connection: sa.Connection) -> None:
    """Count the maintained tallies again from the rows (a copy onto a team server, whose
    tally triggers were paused while the rows went in)."""
    derived_risks.rebuild_tallies(connection)
    derived_risks.rebuild_facet_tallies(connection)
    derived_engagements.recount(connection)
    partner_list.rebuild_tally(connection)
    partner_list.rebuild_scale_tally(connection)
