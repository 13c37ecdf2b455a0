"""The derived data the flush hook would have kept, for the tables a bulk load wrote
(store.bulk.rebuild_derived, less what the generated rows carry already)."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterable

import sqlalchemy as sa

from bench.generate.common import Timings
from cdmo_desktop.store import (
    bulk,
    derived_engagements,
    derived_kpis,
    derived_risks,
    fulltext,
    partner_list,
    partner_marks,
    portfolio_keys,
    risk_marks,
    search_indexes,
)

# Tables whose rebuilder (store.bulk.REBUILDERS) rewrites every row in place without
# dropping its own indexes and triggers first: theirs are made after the derived data, so
# the rewrite touches the bare table (the others drop and make theirs themselves).
REBUILT_BARE = frozenset({"risk"})


def _partner_derived(connection: sa.Connection) -> None:
    """partner_list.rebuild for rows that carry their search words, scale keys and sort
    keys (made as the store makes them: `_Maker.partners`): the full-text index and the
    tallies and the register's marks (store.partner_marks)."""
    fulltext.rebuild(connection, partner_list.FULLTEXT)
    partner_list.rebuild_tally(connection)
    partner_list.rebuild_scale_tally(connection)
    partner_marks.rebuild(connection)


def _engagement_derived(connection: sa.Connection) -> None:
    """derived_engagements.rebuild for rows that carry their derived columns (made with
    derived_engagements.sort_keys: `_Maker.with_partners`): the full-text index and the
    counts. Their counted spans (store.engagement_marks) follow the Portfolio keys:
    portfolio_keys.rebuild, which runs after this, cuts them once the keys are in, as the
    store does (store.marks.suspended)."""
    fulltext.rebuild(connection, derived_engagements.FTS_INDEX)
    derived_engagements.recount(connection)


def _search_derived(written: set[str]) -> Callable[[sa.Connection], None]:
    def rebuild(connection: sa.Connection) -> None:
        for name in search_indexes.SEARCH_INDEXES:
            if fulltext.INDEXES[name].table in written:
                fulltext.rebuild(connection, name)

    return rebuild


def rebuild_derived(
    connection: sa.Connection,
    written: Iterable[str],
    *,
    side_fts: bool = False,
    tallied: Iterable[str] = (),
) -> None:
    """store.bulk.rebuild_derived for what the tables `written` feed (a rebuilder this
    module does not know runs always); the engagements', risks' and partners' rows carry
    their own sort keys; with `side_fts` the risks' full-text index is left to the side file
    (`_LogBuilder`): derived_risks.rebuild without its full-text step; the maintained
    counts of the tables `tallied` were added by the generator (`_RiskTallies`)."""
    tables = set(written)
    fed_by: dict[Callable[[sa.Connection], None], set[str]] = {
        derived_risks.rebuild: {"risk"},
        partner_list.rebuild: {"partner", "partner_site", "contact", "engagement"},
        derived_engagements.rebuild: {"engagement", "client", "partner"},
        derived_kpis.rebuild: {"engagement_kpi", "kpi_measurement"},
        portfolio_keys.rebuild: {"engagement", "risk", "milestone", "action_item"},
        search_indexes.rebuild: {fulltext.INDEXES[n].table for n in search_indexes.SEARCH_INDEXES},
    }
    instead: dict[Callable[[sa.Connection], None], Callable[[sa.Connection], None]] = {
        partner_list.rebuild: _partner_derived,
        derived_engagements.rebuild: _engagement_derived,
        search_indexes.rebuild: _search_derived(tables),
    }
    for rebuild in bulk.REBUILDERS:
        if rebuild in fed_by and not fed_by[rebuild] & tables:
            continue
        if rebuild is derived_risks.rebuild:  # the rows carry their sort keys
            if not side_fts:
                fulltext.rebuild(connection, derived_risks.FTS_INDEX)
            if "risk" not in tallied:
                derived_risks.rebuild_tallies(connection)
                derived_risks.rebuild_facet_tallies(connection)
        else:
            instead.get(rebuild, rebuild)(connection)


def cut_marks(
    conn: sqlite3.Connection,
    written: Iterable[str],
    timings: Timings,
    between: Callable[[], object],
) -> None:
    """The risk register's counted spans (store.risk_marks) cut as the store cuts them, once
    the risks' sort indexes are back: one pass along each order's index (no sort), with
    `between()` after each (the change log's entries its thread made meanwhile on the other
    core). Its CPU, less `between`'s, goes to `timings.marks_cpu_s`."""
    if (
        "risk" not in set(written)
        or not conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'risk_mark'"
        ).fetchone()
    ):
        return
    aside = [0.0]

    def drain() -> None:
        start = time.thread_time()
        between()
        aside[0] += time.thread_time() - start

    start = time.thread_time()
    risk_marks.cut(conn, between=drain)
    timings.marks_cpu_s += time.thread_time() - start - aside[0]
