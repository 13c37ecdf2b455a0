"""Helpers of the migration tests: take a database down to an earlier revision (to test the
upgrade from it with real data) and count the rows of every table."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from cdmo_desktop.domain.models.engagement import PORTFOLIO_KEYS
from cdmo_desktop.store import migrate


def downgrade(path: Path, target: str) -> None:
    """Run the revisions' downgrades until `target`, foreign keys off as for an upgrade."""
    from alembic import command

    from cdmo_desktop.store.engine import make_engine

    engine = make_engine(path, foreign_keys=False, pooled=False)
    try:
        with engine.connect() as conn, conn.begin():
            command.downgrade(migrate.alembic_config(conn), target)
    finally:
        engine.dispose()


# Who the change log names for the entries 0013_audit_chain adds for rows that do not match
# their history: a test's downgrade drops or remakes rows (site closures, KPIs) that the
# log still records, and the next upgrade records them as they are.
UPGRADE_USER = "cdmo-desktop upgrade"


# FTS5's own storage tables: their page counts change when a later revision rebuilds an
# index (0019 keys the risk index anew); the index's rows are counted on the FTS table itself.
_FTS_SHADOW = re.compile(r"_fts_(data|idx|docsize|config|content)$")


def table_counts(path: Path) -> dict[str, int]:
    """Rows per table (FTS5's storage tables left out); the change log's without the
    entries an upgrade recorded itself."""
    conn = sqlite3.connect(path)
    try:
        tables = [
            r[0]
            for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            if not _FTS_SHADOW.search(r[0])
        ]
        where = {"change_log": f" WHERE \"user\" <> '{UPGRADE_USER}'"}
        return {
            t: conn.execute(f'SELECT count(*) FROM "{t}"{where.get(t, "")}').fetchone()[0]
            for t in tables
        }
    finally:
        conn.close()


# Tables a later revision replaced, with the table their rows moved to (0009_kpis turned
# every charter success metric into an engagement KPI).
MOVED = {"success_metric": "engagement_kpi"}


def counts_kept(before: dict[str, int], after: dict[str, int]) -> tuple[dict[str, int], ...]:
    """(expected, found): the row counts of `before` with replaced tables counted under the
    table their rows moved to, and the same tables' counts in `after`."""
    expected = {MOVED.get(t, t): n for t, n in before.items()}
    return expected, {t: n for t, n in after.items() if t in expected}


def copy_of(template: Path, path: Path) -> Path:
    """`template` copied to `path` through the backup API (a consistent copy)."""
    source, target = sqlite3.connect(template), sqlite3.connect(path)
    try:
        source.backup(target)
    finally:
        source.close()
        target.close()
    return path


# Columns later revisions added to tables an older revision's test reads with `SELECT *`:
# the row version of every editable table (0016_row_versions) and the Portfolio's stored
# keys on the engagement (0022_portfolio_keys).
LATER_COLUMNS = frozenset({"row_version", *PORTFOLIO_KEYS})


def rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    """The rows `sql` reads, without the columns later revisions added (LATER_COLUMNS)
    unless `sql` names them (an upgrade's `SELECT *` compares equal to the rows before it)."""
    conn = sqlite3.connect(path)
    try:
        cursor = conn.execute(sql)
        found = cursor.fetchall()
        names = [d[0] for d in cursor.description or ()]
        dropped = {n for n in names if n in LATER_COLUMNS and n not in sql}
        if not dropped:
            return found
        keep = [i for i, name in enumerate(names) if name not in dropped]
        return [tuple(r[i] for i in keep) for r in found]
    finally:
        conn.close()
