"""Full-text indexes: one mechanism for every search box (the registers' searches, and the
search across everything).

Each searchable table gets an SQLite FTS5 index over some of its text columns, with the
table itself as the external content (no second copy of the text) and the table's rowid as
the link. Three triggers keep the index current for every write, whichever path made it
(the flush hook, undo and redo, a migration, plain SQL). The rowid of a table without an
INTEGER PRIMARY KEY is stable here: backups copy pages (sqlite3 backup API), never VACUUM.

Matching is by word prefix, case and accent blind (unicode61, remove_diacritics 2, prefix
indexes of 1 to 3 characters): "supp" finds "Supplier", "vogel" finds "Dr. Katrin Vogel",
"cafe" finds "Café". Every word typed must match (AND). The SQLite-only parts of search
live in this module.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa

_TOKENIZE = "unicode61 remove_diacritics 2"
_PREFIX = "1 2 3"
_WORD = re.compile(r"\w+", re.UNICODE)
_NAME = re.compile(r"^[a-z_][a-z0-9_]*$")


def _check(*names: str) -> None:
    for name in names:
        if not _NAME.match(name):
            raise ValueError(f"not a plain SQL name: {name!r}")


def words(text: str) -> list[str]:
    """The words of a search text as the index splits them (punctuation separates)."""
    return _WORD.findall(text or "")


def match_query(text: str, phrases: Sequence[str] = ()) -> str | None:
    """An FTS5 MATCH expression for what the user typed: every word as a quoted prefix,
    all required; None when nothing searchable was typed. Quoting keeps FTS5 operators
    (AND, OR, NEAR, *, ^, column filters) typed by the user as plain words. Each of
    `phrases` must also appear as whole words in that order ("100 kg" is not "1000 kg")."""
    parts = [f'"{w}"*' for w in words(text)]
    parts += ['"' + " ".join(words(p)) + '"' for p in phrases if words(p)]
    return " AND ".join(parts) or None


def create(connection: sa.Connection, index: str, table: str, columns: Sequence[str]) -> None:
    """Create the full-text index `index` over `table`'s `columns`, its triggers, and fill it
    from the rows already there."""
    _check(index, table, *columns)
    cols = ", ".join(columns)
    new = ", ".join(f"new.{c}" for c in columns)
    old = ", ".join(f"old.{c}" for c in columns)
    run = connection.exec_driver_sql
    run(
        f"CREATE VIRTUAL TABLE {index} USING fts5({cols}, content='{table}', "
        f"content_rowid='rowid', tokenize='{_TOKENIZE}', prefix='{_PREFIX}')"
    )
    run(
        f"CREATE TRIGGER {index}_ai AFTER INSERT ON {table} BEGIN "
        f"INSERT INTO {index}(rowid, {cols}) VALUES (new.rowid, {new}); END"
    )
    run(
        f"CREATE TRIGGER {index}_ad AFTER DELETE ON {table} BEGIN "
        f"INSERT INTO {index}({index}, rowid, {cols}) VALUES ('delete', old.rowid, {old}); END"
    )
    watched = ", ".join(columns)
    run(
        f"CREATE TRIGGER {index}_au AFTER UPDATE OF {watched} ON {table} BEGIN "
        f"INSERT INTO {index}({index}, rowid, {cols}) VALUES ('delete', old.rowid, {old}); "
        f"INSERT INTO {index}(rowid, {cols}) VALUES (new.rowid, {new}); END"
    )
    rebuild(connection, index)


def drop(connection: sa.Connection, index: str) -> None:
    """Remove the index and its triggers (a downgrade)."""
    _check(index)
    for suffix in ("ai", "ad", "au"):
        connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {index}_{suffix}")
    connection.exec_driver_sql(f"DROP TABLE IF EXISTS {index}")


def rebuild(connection: sa.Connection, index: str) -> None:
    """Re-read every row of the indexed table (after rows were written with the triggers
    off, or to repair the index)."""
    _check(index)
    connection.exec_driver_sql(f"INSERT INTO {index}({index}) VALUES ('rebuild')")


def matching_rowids(
    index: str, text: str, phrases: Sequence[str] = ()
) -> sa.Select[tuple[int]] | None:
    """SELECT of the rowids of the indexed table's rows matching `text` and `phrases` (see
    `match_query`; for `table.rowid IN (...)`), or None when there is no word to search for."""
    _check(index)
    query = match_query(text, phrases)
    if query is None:
        return None
    fts = sa.table(index)
    return (
        sa.select(sa.literal_column("rowid"))
        .select_from(fts)
        .where(sa.literal_column(index).op("MATCH")(query))
    )


def probe_pays(
    session: Any, index: str, text: str, rows: int, limit: int, phrases: Sequence[str] = ()
) -> bool:
    """Whether a page of `limit` rows of a search is best read by walking the sort key's
    index and looking each row up among the matches (about limit x rows / matches index
    entries) rather than by reading every match and sorting them: when matches^2 x 10 >
    limit x `rows`. The matches are counted in the full-text index alone and only up to
    that number, so a broad search costs no more to weigh than a narrow one."""
    matching = matching_rowids(index, text, phrases)
    if matching is None:
        return False
    enough = math.isqrt(max(limit, 1) * max(rows, 0) // 10) + 1
    counted = sa.select(sa.func.count()).select_from(matching.limit(enough).subquery())
    return int(session.execute(counted).scalar_one()) >= enough


def probing(rowid: Any, probe: bool) -> Any:
    """The rowid as the membership test of a probe (`rowid + 0`: no rowid lookup, so the
    planner walks the sort key's index and checks each entry's rowid among the matches)."""
    return rowid + 0 if probe else rowid
