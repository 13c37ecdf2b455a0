"""The maintained counts on a team server: the risk register's tallies (`risk_tally`,
`risk_review_tally`, `risk_owner_tally`, `risk_due_tally`) and the engagement lists'
(`engagement_tally`), which SQLite has kept since 0006, 0008 and 0015, are made on
PostgreSQL too, kept by row triggers (store.triggers.Trigger, plpgsql) and filled from
the rows. A count or a heat map then reads a few tally rows instead of every risk (1M
risks: 250-370 ms of server CPU per open or refresh before).

Counts are added with ``INSERT ... ON CONFLICT ... DO UPDATE SET n = tally.n + 1``, so
two team members writing at once never lose one (the second waits on the tally row's lock
until the first commits, then adds to what it wrote). An UPDATE trigger fires only when a
counted value changes, so an edit of a risk's title locks no tally row. The functions run
with their owner's rights (SECURITY DEFINER): a consultant's write keeps the counts of
every client, which only who sees every row may read (store.server_security).

On SQLite nothing changes. The tables and triggers below are a frozen copy of what the
tallies were when this was written.

Revision ID: 0031_server_tallies
Revises: 0030_mark_splits
Create Date: 2026-12-05
"""

from collections.abc import Sequence

from alembic import op

from cdmo_desktop.store import derived_engagements, derived_risks, triggers
from cdmo_desktop.store.triggers import Trigger

revision: str = "0031_server_tallies"
down_revision: str | None = "0030_mark_splits"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_CELL = (
    ("likelihood", "{r}.likelihood"),
    ("impact", "{r}.impact"),
    ("residual_likelihood", "coalesce({r}.residual_likelihood, 0)"),
    ("residual_impact", "coalesce({r}.residual_impact, 0)"),
)
_CELL_COLUMNS = tuple(c for c, _ in _CELL)
Key = tuple[tuple[str, str], ...]
# Each tally: its table, the row it counts (columns and their values from {r}, the risk
# or engagement), the risk columns whose change moves a count, and a condition on {r}
# for being counted at all. `risk_due_tally` counts each risk once per facet.
_TALLIES: tuple[tuple[str, str, tuple[Key, ...], tuple[str, ...], str | None], ...] = (
    (
        "risk_tally",
        "risk",
        (
            (
                ("status", "{r}.status"),
                ("category", "{r}.category"),
                ("level", "{r}.level"),
                *_CELL,
            ),
        ),
        ("status", "category", "level", *_CELL_COLUMNS),
        None,
    ),
    (
        "risk_review_tally",
        "risk",
        ((("status", "{r}.status"), ("level", "{r}.level"), ("day", "{r}.next_review_date")),),
        ("status", "level", "next_review_date"),
        "{r}.next_review_date IS NOT NULL",
    ),
    (
        "risk_owner_tally",
        "risk",
        ((("owner", "{r}.owner"), ("status", "{r}.status"), ("level", "{r}.level"), *_CELL),),
        ("owner", "status", "level", *_CELL_COLUMNS),
        None,
    ),
    (
        "risk_due_tally",
        "risk",
        tuple(
            (
                ("facet", f"'{facet}'"),
                ("value", f"{{r}}.{facet}"),
                ("status", "{r}.status"),
                ("day", "{r}.next_review_date"),
            )
            for facet in ("owner", "category")
        ),
        ("owner", "category", "status", "next_review_date"),
        "{r}.next_review_date IS NOT NULL",
    ),
    (
        "engagement_tally",
        "engagement",
        (
            (
                ("status", "{r}.status"),
                ("phase", "{r}.phase"),
                ("rag", "coalesce({r}.rag, '')"),
                ("archived", "{r}.archived"),
            ),
        ),
        ("status", "phase", "rag", "archived"),
        None,
    ),
)
NAMES = tuple(t[0] for t in _TALLIES)
TABLES = (
    "CREATE TABLE risk_tally (status TEXT NOT NULL, category TEXT NOT NULL, "
    "level TEXT NOT NULL, likelihood INTEGER NOT NULL, impact INTEGER NOT NULL, "
    "residual_likelihood INTEGER NOT NULL, residual_impact INTEGER NOT NULL, "
    "n INTEGER NOT NULL, PRIMARY KEY (status, category, level, likelihood, impact, "
    "residual_likelihood, residual_impact))",
    "CREATE TABLE risk_review_tally (status TEXT NOT NULL, level TEXT NOT NULL, "
    "day DATE NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (status, level, day))",
    "CREATE TABLE risk_owner_tally (owner TEXT NOT NULL, status TEXT NOT NULL, "
    "level TEXT NOT NULL, likelihood INTEGER NOT NULL, impact INTEGER NOT NULL, "
    "residual_likelihood INTEGER NOT NULL, residual_impact INTEGER NOT NULL, "
    "n INTEGER NOT NULL, PRIMARY KEY (owner, status, level, likelihood, impact, "
    "residual_likelihood, residual_impact))",
    "CREATE TABLE risk_due_tally (facet TEXT NOT NULL, value TEXT NOT NULL, "
    "status TEXT NOT NULL, day DATE NOT NULL, n INTEGER NOT NULL, "
    "PRIMARY KEY (facet, value, status, day))",
    "CREATE TABLE engagement_tally (status VARCHAR(40) NOT NULL, phase VARCHAR(40) NOT NULL, "
    "rag VARCHAR(8) NOT NULL, archived BOOLEAN NOT NULL, n INTEGER NOT NULL DEFAULT 0, "
    "CONSTRAINT pk_engagement_tally PRIMARY KEY (status, phase, rag, archived))",
)


def _add(table: str, keys: Key, r: str, only: str | None) -> str:
    columns = ", ".join(c for c, _ in keys)
    values = ", ".join(v.format(r=r) for _, v in keys)
    where = f" WHERE {only.format(r=r)}" if only else ""
    return (
        f"INSERT INTO {table} ({columns}, n) SELECT {values}, 1{where} "
        f"ON CONFLICT ({columns}) DO UPDATE SET n = {table}.n + 1;"
    )


def _remove(table: str, keys: Key, r: str) -> str:
    # A risk without a review day matches no row (day = NULL is never true).
    match = " AND ".join(f"{c} = {v.format(r=r)}" for c, v in keys)
    return f"UPDATE {table} SET n = {table}.n - 1 WHERE {match};"


def trigger_definitions() -> list[Trigger]:
    """The triggers keeping each tally (insert, delete, and an update of a counted value)."""
    made: list[Trigger] = []
    for table, source, parts, watched, only in _TALLIES:
        add = " ".join(_add(table, keys, "new", only) for keys in parts)
        remove = " ".join(_remove(table, keys, "old") for keys in parts)
        changed = " OR ".join(f"old.{c} IS DISTINCT FROM new.{c}" for c in watched)
        made += [
            Trigger(f"{table}_ai", source, "AFTER", "INSERT", add, definer=True),
            Trigger(f"{table}_ad", source, "AFTER", "DELETE", remove, definer=True),
            Trigger(
                f"{table}_au",
                source,
                "AFTER",
                "UPDATE",
                f"{remove} {add}",
                update_of=watched,
                when=changed,
                definer=True,
            ),
        ]
    return made


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "sqlite":  # kept there since 0006, 0008 and 0015
        return
    for statement in TABLES:
        conn.exec_driver_sql(statement)
    for trigger in trigger_definitions():
        triggers.create(conn, trigger)
    derived_risks.rebuild_tallies(conn)
    derived_risks.rebuild_facet_tallies(conn)
    derived_engagements.recount(conn)
    conn.exec_driver_sql(f"ANALYZE {', '.join(NAMES)}")


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "sqlite":
        return
    for trigger in trigger_definitions():
        triggers.drop(conn, trigger)
    for table in NAMES:
        conn.exec_driver_sql(f"DROP TABLE {table}")
