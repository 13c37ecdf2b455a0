"""Checks that an edit's undo and redo leave the database exactly as before and after.

`database_rows` reads every row of every table but the change log (leaving out
`updated_at`, which records when a row was written, not what it holds); `check_undo_redo`
runs an edit through the GUI's undo stack and compares those rows after the edit, after
Ctrl+Z and after Ctrl+Shift+Z, and that the change log recorded the undo and redo."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import sqlalchemy as sa
from sqlmodel import SQLModel

Rows = dict[str, set[tuple[Any, ...]]]
SKIP = {"updated_at", "row_version"}  # bookkeeping: when and how often, not what


def database_rows(store: Any) -> Rows:
    out: Rows = {}
    with store.engine.connect() as conn:
        for table in SQLModel.metadata.sorted_tables:
            if table.name == "change_log":
                continue
            cols = [c for c in table.columns if c.name not in SKIP]
            out[table.name] = {tuple(r) for r in conn.execute(sa.select(*cols)).all()}
    return out


def change_log_count(store: Any) -> int:
    with store.engine.connect() as conn:
        return int(conn.execute(sa.text("SELECT count(*) FROM change_log")).scalar_one())


def diff(a: Rows, b: Rows) -> dict[str, tuple[set[Any], set[Any]]]:
    return {t: (a[t] - b[t], b[t] - a[t]) for t in a if a[t] != b[t]}


def check_undo_redo(ctx: Any, edit: Callable[[], object]) -> Rows:
    """Run `edit` (it must push one command), then undo and redo it; every step must
    leave exactly the rows expected. Returns the rows after the edit."""
    stack = ctx.undo_stack
    before = database_rows(ctx.store)
    depth = stack.index()
    edit()
    assert stack.index() == depth + 1, "the edit did not put one command on the undo stack"
    after = database_rows(ctx.store)
    assert diff(before, after), "the edit changed nothing in the database"
    logged = change_log_count(ctx.store)
    stack.undo()
    assert not diff(before, database_rows(ctx.store)), "undo did not restore the rows"
    assert change_log_count(ctx.store) > logged, "undo was not recorded in the change log"
    stack.redo()
    assert not diff(after, database_rows(ctx.store)), "redo did not restore the edit"
    return after
