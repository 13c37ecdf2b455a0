"""Large databases for benchmarks, written in bulk around the store's flush hook.

Each generator adds rows to the database at `path` (creating and migrating it through
`open_store` first) in one bulk load (`BulkLoad`): a raw sqlite3 connection with the journal
and fsync off and a big page cache, the app's secondary indexes and triggers of the tables
written dropped before the rows and recreated from their exact stored SQL after them (a
sorted build beats a million random B-tree inserts), keys generated in ascending order so
the indexes SQLite cannot drop (primary keys, UNIQUE constraints) grow at their end, then
the derived data the flush hook would have kept (`rebuild_derived`: the parts of
`cdmo_desktop.store.bulk.rebuild_derived` the tables written feed). Partners, engagements
and risks are made with their stored sort keys and search words (computed with the store's
own functions, once per distinct value where they repeat) and the risks' tallies are
counted as the rows pass, so no UPDATE rewrites a million rows afterwards; the full-text
indexes are filled from the rows. The file ends as a normal WAL database.

Two cores: from 100,000 risks, a forked second process makes the second half of the
engagements' risks into a file of its own while the loading thread makes the first
(`RowsBeside`; the keys after the loading thread's, its own random stream, its tallies sent
back), and the loading thread appends them. Once the rows are in, they are copied whole
into a side file from which a forked process (`LogBeside`; a thread below 100,000 rows)
makes their chained change-log entries into a WAL file of its own and, on a fresh risk
table, a thread (its own connection; Python's sqlite3 lets go of the interpreter while
SQLite works) fills the risks' full-text index in another, while the main connection
builds the indexes and the rest of the derived data; between its own statements the
main connection copies the entries committed so far into the change log with one
INSERT ... SELECT (the log's indexes kept: the entries come in sequence order), and the
full-text index's tables come back in whole (an empty table takes another's records and
indexes as they are) as soon as its thread ends.

At 1M risks the load was 240 s CPU in one thread (loaded machine), then 180 s over three
threads (91 s in the loading thread); with the derived columns made with the rows, 141 s
at a load of 10 (70 s in the loading thread, half of it the risks' 16 indexes; the side
threads 71 s). Then 131 s at a load of 8.5, split per phase (`Timings`): loading thread
64 s (rows 20, indexes 36, derived data 2, log in 6), change log 44 s, search 24 s; with
the log's entries made cheaper, the search copying its own columns, cheaper keys and the
sorter's helper threads on the risks' indexes, 118 s at a load of 6: loading thread 46 s
(rows 17, indexes 19, derived data 2, log in 8), sorter helpers 16 s, change log 35 s,
search 22 s. Writing the log in place instead of in a side file copied back at the end
took the serial end of the load from about 6 s to 1 s and the log thread from 28 s to
15 s (the loading thread writes the entries: 10 s within its phases); making most of
the risks in a second process took the serial rows phase from 13-15 s to 8 s: at a load
of 7, 86 s CPU in all, loading thread 34 s (rows 8, indexes 21 of which the log's entries
10, derived data 4, end 1), second process 7 s, sorter helpers 11 s, change log 16 s,
search 18 s; on two idle cores about 44 s (rows 8, then 70 s over two cores, end 1),
less the loading thread's wait for the second process with a core idle (its quarter of
the risks took it 2.3 s CPU, the other's three quarters 7.3 s). With half the risks each,
the risks' full-text index filled with 256 MB of pending terms (FTS5's hashsize, in its
side file: fewer segments to merge) and the snapshots' shared times written into their
SQL: at a load of 7, 78 s CPU in all, loading thread 37 s (rows 10, indexes 21 of which
the log's entries 9, derived data 5, end 1), second process 5 s (waited for 0.4 s),
sorter helpers 12 s, change log 15 s, search 10 s; on two idle cores about 43 s (rows 10,
then 62 s over two cores, end 1). With the change log made in a forked process (no
interpreter lock shared with the loading thread; measured whole, with the statistics
taken afterwards, 72.9 s on a quiet machine before it) and copied in by SQLite: at a load
of 7-8, 88 s CPU in all, loading thread 41 s (rows 10.5, indexes 27 of which copying the
log's entries in 5.6 and cutting the risks' marks 7.3, derived data 3, end 1), second
process 5 s, change-log process 18 s (its file's WAL checkpointed as it grows, not at the
end), search 11 s, sorter helpers 12 s; the statistics afterwards (`cached_database`)
4 s. With the risks' spans cut span by span in SQLite (store.marks.skipped; 4.7 s of the
loading thread instead of 7.3) and only a user's statistics taken afterwards (the
registers'): 50.7 s on a quiet machine (rows 9.3, indexes 35.4, derived data 4.3, end
1.6), 77 s CPU in all, loading thread 36 s.

Rows bypass the session hook (no change log, no per-row validation), so every value is
chosen to satisfy the tables' CHECK constraints and the app's validation rules; the tests
check a small generated database with the app's own `check` and validation.

Ratios follow a consultant's portfolio: about 50 risks and 5 milestones per engagement,
an engagement per 5 partners in a risk portfolio (thousands of partners at 1M risks), a
client per 20 engagements; a partner register has a site for every other partner, one or
two contacts each and an engagement per 10 partners.
"""

from bench.generate.cache import (
    GENERATORS,
    cache_dir,
    cache_key,
    cached_database,
    copy_database,
)
from bench.generate.common import (
    GENERATOR_VERSION,
    MILESTONES_PER_ENGAGEMENT,
    RISKS_PER_ENGAGEMENT,
    TODAY,
    Timings,
)
from bench.generate.derived import rebuild_derived
from bench.generate.generators import (
    KPI_PERIODS,
    KPIS_PER_ENGAGEMENT,
    generate_engagements,
    generate_kpis,
    generate_partners,
    generate_risks,
    generate_schedule,
)
from bench.generate.load import BulkLoad

__all__ = [
    "GENERATORS",
    "GENERATOR_VERSION",
    "KPIS_PER_ENGAGEMENT",
    "KPI_PERIODS",
    "MILESTONES_PER_ENGAGEMENT",
    "RISKS_PER_ENGAGEMENT",
    "TODAY",
    "BulkLoad",
    "Timings",
    "cache_dir",
    "cache_key",
    "cached_database",
    "copy_database",
    "generate_engagements",
    "generate_kpis",
    "generate_partners",
    "generate_risks",
    "generate_schedule",
    "rebuild_derived",
]
