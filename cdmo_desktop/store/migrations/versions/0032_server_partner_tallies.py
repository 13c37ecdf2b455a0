"""The partner register's maintained counts on a team server: `partner_tally` (partners per
archived, kind, region and qualification) and `partner_scale_tally` (the same per standard
scale key a partner works at), which SQLite has kept since 0007_partner_scale and
0015_scale_rest, are made on PostgreSQL too, kept by row triggers (store.triggers.Trigger,
plpgsql) and filled from the rows. The register's count, a combo filter's or a standard
scale's, and a row's place when sorted by kind or qualification then read a few tally rows
instead of every partner (server time at 100,000 partners: the unfiltered count 8 ms
before, 0.03 ms after; a kind filter 3.3 ms, 0.03; the "kg" scale 51 ms, 0.05).

As in 0031_server_tallies: counts are added with ``INSERT ... ON CONFLICT ... DO UPDATE SET
n = tally.n + 1`` (two writers never lose one), an UPDATE trigger fires only when a counted
value changes (an edit of a partner's notes locks no tally row), and the functions run with
their owner's rights (SECURITY DEFINER): a consultant's write keeps the counts of every
partner, which only who sees every row may read (store.server_security).

The scale tally counts each standard scale key found in the partner's stored scale keys
(`scale_tags`, "|kg|100 kg|", derived by the store from the partner's and its sites'
scales), as SQLite's triggers do with instr(); `strpos` is PostgreSQL's.

On SQLite nothing changes. The tables, keys and triggers below are a frozen copy of what
the tallies were when this was written.

Revision ID: 0032_server_partner_tallies
Revises: 0031_server_tallies
Create Date: 2026-12-05
"""

from collections.abc import Sequence

from alembic import op

from cdmo_desktop.store import partner_list, triggers
from cdmo_desktop.store.triggers import Trigger

revision: str = "0032_server_partner_tallies"
down_revision: str | None = "0031_server_tallies"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The register's standard scales (store.partner_list.TALLIED_SCALES when this was written).
SCALE_KEYS = ("mg", "g", "kg", "100 kg", "t")
_GROUP = (
    ("archived", "{r}.archived"),
    ("kind", "{r}.kind"),
    ("region", "coalesce({r}.region, '')"),
    ("qualification_status", "{r}.qualification_status"),
)
WATCHED = ("archived", "kind", "region", "qualification_status")
SCALE_WATCHED = ("scale_tags", *WATCHED)
NAMES = ("partner_tally", "partner_scale_tally")
TABLES = (
    "CREATE TABLE partner_tally (archived BOOLEAN NOT NULL, kind TEXT NOT NULL, "
    "region TEXT NOT NULL, qualification_status TEXT NOT NULL, n INTEGER NOT NULL, "
    "CONSTRAINT pk_partner_tally PRIMARY KEY (archived, kind, region, qualification_status))",
    "CREATE TABLE partner_scale_tally (scale_key TEXT NOT NULL, archived BOOLEAN NOT NULL, "
    "kind TEXT NOT NULL, region TEXT NOT NULL, qualification_status TEXT NOT NULL, "
    "n INTEGER NOT NULL, CONSTRAINT pk_partner_scale_tally PRIMARY KEY (scale_key, archived, "
    "kind, region, qualification_status))",
)
_COLUMNS = ", ".join(c for c, _ in _GROUP)
_KEYS = "ARRAY[{}]::text[]".format(", ".join(f"'{k}'" for k in SCALE_KEYS))  # no quote in a key


def _values(r: str) -> str:
    return ", ".join(v.format(r=r) for _, v in _GROUP)


def _match(r: str) -> str:
    return " AND ".join(f"{c} = {v.format(r=r)}" for c, v in _GROUP)


def _add(r: str) -> str:
    return (
        f"INSERT INTO partner_tally ({_COLUMNS}, n) SELECT {_values(r)}, 1 "
        f"ON CONFLICT ({_COLUMNS}) DO UPDATE SET n = partner_tally.n + 1;"
    )


def _remove(r: str) -> str:
    return f"UPDATE partner_tally SET n = partner_tally.n - 1 WHERE {_match(r)};"


def _add_scales(r: str) -> str:
    return (
        f"INSERT INTO partner_scale_tally (scale_key, {_COLUMNS}, n) "
        f"SELECT k.key, {_values(r)}, 1 FROM unnest({_KEYS}) AS k(key) "
        f"WHERE strpos({r}.scale_tags, '|' || k.key || '|') > 0 "
        f"ON CONFLICT (scale_key, {_COLUMNS}) DO UPDATE SET n = partner_scale_tally.n + 1;"
    )


def _remove_scales(r: str) -> str:
    # The tally holds standard keys only: those in the partner's keys are the ones it counted.
    return (
        "UPDATE partner_scale_tally SET n = partner_scale_tally.n - 1 "
        f"WHERE {_match(r)} AND strpos({r}.scale_tags, '|' || scale_key || '|') > 0;"
    )


def trigger_definitions() -> list[Trigger]:
    """The triggers keeping each tally (insert, delete, and an update of a counted value)."""
    made: list[Trigger] = []
    for table, add, remove, watched in (
        ("partner_tally", _add, _remove, WATCHED),
        ("partner_scale_tally", _add_scales, _remove_scales, SCALE_WATCHED),
    ):
        changed = " OR ".join(f"old.{c} IS DISTINCT FROM new.{c}" for c in watched)
        made += [
            Trigger(f"{table}_ai", "partner", "AFTER", "INSERT", add("new"), definer=True),
            Trigger(f"{table}_ad", "partner", "AFTER", "DELETE", remove("old"), definer=True),
            Trigger(
                f"{table}_au",
                "partner",
                "AFTER",
                "UPDATE",
                f"{remove('old')} {add('new')}",
                update_of=watched,
                when=changed,
                definer=True,
            ),
        ]
    return made


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "sqlite":  # kept there since 0007 and 0015
        return
    for statement in TABLES:
        conn.exec_driver_sql(statement)
    for trigger in trigger_definitions():
        triggers.create(conn, trigger)
    partner_list.rebuild_tally(conn)
    partner_list.rebuild_scale_tally(conn)
    conn.exec_driver_sql(f"ANALYZE {', '.join(NAMES)}")


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "sqlite":
        return
    for trigger in trigger_definitions():
        triggers.drop(conn, trigger)
    for table in NAMES:
        conn.exec_driver_sql(f"DROP TABLE {table}")
