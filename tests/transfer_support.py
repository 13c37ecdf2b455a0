"""Helpers of the copy tests (store/transfer.py): every row of every table of a database,
read through the models' column types so an SQLite and a PostgreSQL copy compare equal."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlalchemy as sa

from cdmo_desktop.store import transfer


def all_rows(engine: sa.Engine) -> dict[str, list[tuple[Any, ...]]]:
    """Rows per data table, ordered by primary key, plus the audit key."""
    out: dict[str, list[tuple[Any, ...]]] = {}
    with engine.connect() as conn:
        for table in transfer.data_tables():
            order = list(table.primary_key.columns)
            out[table.name] = [tuple(r) for r in conn.execute(sa.select(table).order_by(*order))]
        out["audit_key"] = [tuple(r) for r in conn.exec_driver_sql("SELECT id, key FROM audit_key")]
    return out


def file_rows(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    engine = transfer.sqlite_source(path)
    try:
        return all_rows(engine)
    finally:
        engine.dispose()


def derived_rows(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """The SQLite tally tables (rows counting something) and what each full-text index
    finds for a few words, as ids."""
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        tallies = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE '%tally'"
            )
        ]
        out = {t: sorted(conn.execute(f'SELECT * FROM "{t}" WHERE n > 0')) for t in tallies}
        for index, table in (
            ("partner_fts", "partner"),
            ("risk_fts", "risk"),
            ("engagement_fts", "engagement"),
            ("decision_fts", "decision"),
            ("action_item_fts", "action_item"),
            ("milestone_fts", "milestone"),
            ("charter_fts", "charter"),
            ("agreement_fts", "agreement"),
            ("contact_fts", "contact"),
        ):
            for word in ("a", "supp", "qual", "tech", "m"):
                found = conn.execute(
                    f'SELECT id FROM "{table}" WHERE rowid IN '
                    f"(SELECT rowid FROM {index} WHERE {index} MATCH ?)",
                    (f'"{word}"*',),
                )
                out[f"{index} {word}"] = sorted(found)
        return out
    finally:
        conn.close()
