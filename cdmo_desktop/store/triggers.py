"""Row triggers written once for SQLite and PostgreSQL.

A `Trigger` names its table, timing (BEFORE/AFTER), event (INSERT/UPDATE/DELETE), the
columns an UPDATE trigger watches (`update_of`), an optional `when` condition and its
`body`: SQL statements, each ending with ";", reading the row through `new.` and `old.`.
`refusal(dialect, message)` is the body that refuses the write with `message`.

- SQLite: ``CREATE TRIGGER name timing event [OF cols] ON table [WHEN cond] BEGIN body END``.
- PostgreSQL: a plpgsql function of the same name (or `function`) running `body` and
  returning the row (NEW for BEFORE INSERT/UPDATE, OLD for BEFORE DELETE, NULL after), and
  ``CREATE TRIGGER name timing event [OF cols] ON table FOR EACH ROW [WHEN (cond)] EXECUTE
  FUNCTION function()``.

`when` is the same text on both: write null-safe comparisons as ``IS DISTINCT FROM`` (both
read it); PostgreSQL allows no subquery in WHEN (put such tests in the body). `definer`:
the PostgreSQL function runs with its owner's rights (SECURITY DEFINER, the search path
fixed as it was when it was made), so a trigger may write a table the writer may not read.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import sqlalchemy as sa


@dataclass(frozen=True)
class Trigger:
    name: str
    table: str
    timing: Literal["BEFORE", "AFTER"]
    event: Literal["INSERT", "UPDATE", "DELETE"]
    body: str
    update_of: tuple[str, ...] = ()
    when: str | None = None
    function: str | None = None  # PostgreSQL: the function's name (default: the trigger's)
    definer: bool = False  # PostgreSQL: SECURITY DEFINER

    def _head(self) -> str:
        of = f" OF {', '.join(self.update_of)}" if self.update_of else ""
        return f"CREATE TRIGGER {self.name} {self.timing} {self.event}{of} ON {self.table}"

    def sqlite(self) -> str:
        when = f" WHEN {self.when}" if self.when else ""
        return f"{self._head()}{when} BEGIN {self.body} END"

    def postgresql(self) -> tuple[str, str]:
        """(CREATE FUNCTION ..., CREATE TRIGGER ...)."""
        function = self.function or self.name
        # What a row trigger returns: after the write, nothing; before it, the row to write
        # (OLD for a DELETE: the delete goes ahead).
        returned = "NULL" if self.timing == "AFTER" else "OLD" if self.event == "DELETE" else "NEW"
        rights = " SECURITY DEFINER SET search_path FROM CURRENT" if self.definer else ""
        create_function = (
            f"CREATE OR REPLACE FUNCTION {function}() RETURNS trigger LANGUAGE plpgsql{rights} "
            f"AS $$ BEGIN {self.body} RETURN {returned}; END $$"
        )
        when = f" WHEN ({self.when})" if self.when else ""
        create_trigger = f"{self._head()} FOR EACH ROW{when} EXECUTE FUNCTION {function}()"
        return create_function, create_trigger


def refusal(dialect_name: str, message: str) -> str:
    """A trigger body refusing the write with `message` (plain text, no quote)."""
    if "'" in message:
        raise ValueError("a refusal message holds no quote")
    if dialect_name == "sqlite":
        return f"SELECT RAISE(ABORT, '{message}');"
    return f"RAISE EXCEPTION '{message}';"


def create(connection: sa.Connection, trigger: Trigger) -> None:
    """Create `trigger` on the connection's database (SQLite or PostgreSQL)."""
    dialect = connection.dialect.name
    if dialect == "sqlite":
        connection.exec_driver_sql(trigger.sqlite())
    elif dialect == "postgresql":
        for statement in trigger.postgresql():
            connection.exec_driver_sql(statement)
    else:
        raise RuntimeError(f"no triggers for the {dialect} dialect")


def drop(connection: sa.Connection, trigger: Trigger) -> None:
    """Drop `trigger` if it is there (on PostgreSQL its function too)."""
    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {trigger.name}")
        return
    connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {trigger.name} ON {trigger.table}")
    connection.exec_driver_sql(f"DROP FUNCTION IF EXISTS {trigger.function or trigger.name}()")


def keeps_tallies(connection: sa.Connection) -> bool:
    """Whether the database has the counted spans of the lists (store.marks: the *_mark
    tables and the triggers keeping them): SQLite only. On PostgreSQL a span counts every
    client's rows and row-level security cannot narrow it (a consultant must not learn how
    many risks other clients have); see `has_tally` for the counts a team server keeps
    too."""
    return connection.dialect.name == "sqlite"


SERVER_TALLIES = (
    "risk_tally",
    "risk_review_tally",
    "risk_owner_tally",
    "risk_due_tally",
    "engagement_tally",
    "partner_tally",
    "partner_scale_tally",
)
"""The maintained counts a team server keeps as well: the risk register's and the engagement
lists' (revision 0031_server_tallies), the partner register's (0032_server_partner_tallies).
Only who sees every row reads them there (`reads_tallies`); their triggers run with their
owner's rights (store.server_security)."""
_READS = "cdmo_reads_tallies"


def has_tally(connection: sa.Connection, table: str) -> bool:
    """Whether the database holds the tally `table` (kept by triggers): on SQLite always,
    on PostgreSQL from revision 0031_server_tallies (the partner tallies from
    0032_server_partner_tallies; a rebuild before it skips it)."""
    if connection.dialect.name == "sqlite":
        return True
    found = connection.execute(sa.text("SELECT to_regclass(:t) IS NOT NULL"), {"t": table})
    return bool(found.scalar())


def reads_tallies(connection: sa.Connection) -> bool:
    """Whether counts may be read from SERVER_TALLIES: on SQLite always; on PostgreSQL when
    the database has them and this login may read them, which is who sees every row (the
    owner, an admin: store.server_security). A consultant or a viewer counts the rows
    row-level security lets them see. Asked once per database connection (its login and
    the schema stay; a migration runs before the app reads)."""
    if connection.dialect.name == "sqlite":
        return True
    info = connection.info
    if _READS not in info:
        query = sa.text(
            "SELECT bool_and(coalesce(has_table_privilege(to_regclass(t), 'SELECT'), false)) "
            "FROM unnest(CAST(:tables AS text[])) AS t"
        )
        info[_READS] = bool(connection.execute(query, {"tables": list(SERVER_TALLIES)}).scalar())
    return bool(info[_READS])
