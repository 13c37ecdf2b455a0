"""The append-only rule of the change log, with its one exception: a logged erasure.

The database refuses every DELETE of a change-log entry, and every UPDATE but one: the
old_value/new_value of an entry an erasure has listed in `erased_entry` (beforehand, in the
same transaction) may be replaced; every other column must stay as it is. The trigger
compares every other column of change_log as it is when the trigger is made, so a revision
that adds a column to change_log calls `install_update_trigger` again.

This module holds the database-specific trigger code (SQLite and PostgreSQL).
"""

from __future__ import annotations

import sqlalchemy as sa

from cdmo_desktop.store import triggers

MESSAGE = "change_log is append-only"
REDACTABLE = ("old_value", "new_value")


def _sqlite_columns(connection: sa.Connection) -> list[str]:
    rows = connection.exec_driver_sql("PRAGMA table_info(change_log)").all()
    return [str(r[1]) for r in rows]


def update_trigger(dialect_name: str, columns: list[str]) -> triggers.Trigger:
    """The trigger refusing an UPDATE of change_log unless it only changes old_value/
    new_value of an entry listed in erased_entry (`columns`: change_log's, for SQLite;
    PostgreSQL compares the whole row minus the two value columns, whatever its columns)."""
    refuse = triggers.refusal(dialect_name, MESSAGE)
    listed = "EXISTS (SELECT 1 FROM erased_entry WHERE change_log_id = OLD.id)"
    if dialect_name == "sqlite":
        kept = [c for c in columns if c not in REDACTABLE]
        same = " AND ".join(f'NEW."{c}" IS OLD."{c}"' for c in kept)
        return triggers.Trigger(
            "change_log_no_update",
            "change_log",
            "BEFORE",
            "UPDATE",
            refuse,
            when=f"NOT ({same} AND {listed})",
        )
    body = (
        "IF (to_jsonb(NEW) - 'old_value' - 'new_value') IS DISTINCT FROM "
        f"(to_jsonb(OLD) - 'old_value' - 'new_value') OR NOT {listed} THEN {refuse} END IF;"
    )
    return triggers.Trigger(
        "change_log_no_update",
        "change_log",
        "BEFORE",
        "UPDATE",
        body,
        function="change_log_redaction_only",
    )


def install_update_trigger(connection: sa.Connection) -> None:
    """(Re)create the UPDATE rule of change_log (named change_log_no_update). On
    PostgreSQL, revision 0002's combined trigger is split: DELETE stays refused by
    change_log_no_delete."""
    run = connection.exec_driver_sql
    dialect = connection.dialect.name
    if dialect == "sqlite":
        run("DROP TRIGGER IF EXISTS change_log_no_update")
        triggers.create(connection, update_trigger(dialect, _sqlite_columns(connection)))
    elif dialect == "postgresql":
        run("DROP TRIGGER IF EXISTS change_log_append_only ON change_log")
        run("DROP TRIGGER IF EXISTS change_log_no_update ON change_log")
        run("DROP TRIGGER IF EXISTS change_log_no_delete ON change_log")
        triggers.create(connection, update_trigger(dialect, []))
        run(
            "CREATE TRIGGER change_log_no_delete BEFORE DELETE ON change_log "
            "FOR EACH ROW EXECUTE FUNCTION change_log_append_only()"
        )
    else:
        raise RuntimeError(f"no append-only change log for the {dialect} dialect")


def restore_strict_trigger(connection: sa.Connection) -> None:
    """Back to revision 0002's rule: no UPDATE of change_log at all (a downgrade)."""
    run = connection.exec_driver_sql
    dialect = connection.dialect.name
    if dialect == "sqlite":
        run("DROP TRIGGER IF EXISTS change_log_no_update")
        run(
            "CREATE TRIGGER change_log_no_update BEFORE UPDATE ON change_log "
            f"BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END"
        )
    elif dialect == "postgresql":
        run("DROP TRIGGER IF EXISTS change_log_no_update ON change_log")
        run("DROP TRIGGER IF EXISTS change_log_no_delete ON change_log")
        run("DROP FUNCTION IF EXISTS change_log_redaction_only()")
        run(
            "CREATE TRIGGER change_log_append_only BEFORE UPDATE OR DELETE ON change_log "
            "FOR EACH ROW EXECUTE FUNCTION change_log_append_only()"
        )
