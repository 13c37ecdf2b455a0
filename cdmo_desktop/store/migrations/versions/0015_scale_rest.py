"""The rest of the register filters at any size, and the plan's first items from an index.

- `risk_owner_tally` counts risks per owner, status, level and heat-map cell (kept by
  triggers, like risk_tally), so the owner filter's count and heat map read a few tally rows
  instead of every risk of that owner;
- `risk_due_tally` counts risks per owner (and per category), status and next review
  date: an owner's or a category's risks due for review are a sum over a few tally rows;
- `ix_risk_cell`: a heat-map cell's risks in score order (the register's default order);
- `partner_scale_tally` counts partners per standard scale (the register's scale choices)
  and combination of the combo filters, so the scale filter's count is a sum over a few
  rows instead of a LIKE over every partner;
- `ix_milestone_plan`: an engagement's items in plan order (phase rank, position, start,
  name), so a big plan's first screenful is an index range instead of a sort of every item.

Existing databases get the tally filled and the indexes built.

Revision ID: 0015_scale_rest
Revises: 0014_erasure
Create Date: 2026-12-03
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from cdmo_desktop.domain.models.risk import CELL_INDEX
from cdmo_desktop.domain.models.schedule import PLAN_ORDER
from cdmo_desktop.store import derived_risks, partner_list, triggers

revision: str = "0015_scale_rest"
down_revision: str | None = "0014_erasure"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The owner tally and its triggers (SQLite; an unassessed residual counts as 0).
_KEYS = "owner, status, level, likelihood, impact, residual_likelihood, residual_impact"
_VALUES = (
    "{r}.owner, {r}.status, {r}.level, {r}.likelihood, {r}.impact, "
    "coalesce({r}.residual_likelihood, 0), coalesce({r}.residual_impact, 0)"
)
_MATCH = (
    "owner = {r}.owner AND status = {r}.status AND level = {r}.level "
    "AND likelihood = {r}.likelihood AND impact = {r}.impact "
    "AND residual_likelihood = coalesce({r}.residual_likelihood, 0) "
    "AND residual_impact = coalesce({r}.residual_impact, 0)"
)
_TABLE = (
    "CREATE TABLE risk_owner_tally (owner TEXT NOT NULL, status TEXT NOT NULL, "
    "level TEXT NOT NULL, likelihood INTEGER NOT NULL, impact INTEGER NOT NULL, "
    "residual_likelihood INTEGER NOT NULL, residual_impact INTEGER NOT NULL, "
    f"n INTEGER NOT NULL, PRIMARY KEY ({_KEYS}))"
)


def _add(r: str) -> str:
    return (
        f"INSERT INTO risk_owner_tally ({_KEYS}, n) VALUES ({_VALUES.format(r=r)}, 1) "
        f"ON CONFLICT ({_KEYS}) DO UPDATE SET n = n + 1;"
    )


def _remove(r: str) -> str:
    return f"UPDATE risk_owner_tally SET n = n - 1 WHERE {_MATCH.format(r=r)};"


_DUE_TABLE = (
    "CREATE TABLE risk_due_tally (facet TEXT NOT NULL, value TEXT NOT NULL, "
    "status TEXT NOT NULL, day DATE NOT NULL, n INTEGER NOT NULL, "
    "PRIMARY KEY (facet, value, status, day))"
)
_FACETS = ("owner", "category")


def _add_due(r: str) -> str:
    return " ".join(
        "INSERT INTO risk_due_tally (facet, value, status, day, n) "
        f"SELECT '{f}', {r}.{f}, {r}.status, {r}.next_review_date, 1 "
        f"WHERE {r}.next_review_date IS NOT NULL "
        "ON CONFLICT (facet, value, status, day) DO UPDATE SET n = n + 1;"
        for f in _FACETS
    )


def _remove_due(r: str) -> str:
    return " ".join(
        f"UPDATE risk_due_tally SET n = n - 1 WHERE facet = '{f}' AND value = {r}.{f} "
        f"AND status = {r}.status AND day = {r}.next_review_date;"
        for f in _FACETS
    )


_TRIGGERS = (
    f"CREATE TRIGGER risk_owner_tally_ai AFTER INSERT ON risk BEGIN {_add('new')} END",
    f"CREATE TRIGGER risk_owner_tally_ad AFTER DELETE ON risk BEGIN {_remove('old')} END",
    f"CREATE TRIGGER risk_owner_tally_au AFTER UPDATE OF {_KEYS} ON risk "
    f"BEGIN {_remove('old')} {_add('new')} END",
    f"CREATE TRIGGER risk_due_tally_ai AFTER INSERT ON risk BEGIN {_add_due('new')} END",
    f"CREATE TRIGGER risk_due_tally_ad AFTER DELETE ON risk BEGIN {_remove_due('old')} END",
    "CREATE TRIGGER risk_due_tally_au AFTER UPDATE OF owner, category, status, "
    f"next_review_date ON risk BEGIN {_remove_due('old')} {_add_due('new')} END",
)


_SCALE_GROUP = "scale_key, archived, kind, region, qualification_status"
_SCALE_TABLE = (
    "CREATE TABLE partner_scale_tally (scale_key TEXT NOT NULL, archived BOOLEAN NOT NULL, "
    "kind TEXT NOT NULL, region TEXT NOT NULL, qualification_status TEXT NOT NULL, "
    f"n INTEGER NOT NULL, PRIMARY KEY ({_SCALE_GROUP}))"
)


def _scale_keys() -> str:
    """The standard scale keys as an SQL row source (a trigger cannot read a CTE)."""
    return " UNION ALL ".join(
        "SELECT '{}' AS key".format(k.replace("'", "''")) for k in partner_list.TALLIED_SCALES
    )


def _add_scales(r: str) -> str:
    return (
        f"INSERT INTO partner_scale_tally ({_SCALE_GROUP}, n) "
        f"SELECT k.key, {r}.archived, {r}.kind, coalesce({r}.region, ''), "
        f"{r}.qualification_status, 1 FROM ({_scale_keys()}) AS k "
        f"WHERE instr({r}.scale_tags, '|' || k.key || '|') > 0 "
        f"ON CONFLICT ({_SCALE_GROUP}) DO UPDATE SET n = n + 1;"
    )


def _remove_scales(r: str) -> str:
    return (
        f"UPDATE partner_scale_tally SET n = n - 1 WHERE archived = {r}.archived "
        f"AND kind = {r}.kind AND region = coalesce({r}.region, '') "
        f"AND qualification_status = {r}.qualification_status "
        f"AND instr({r}.scale_tags, '|' || scale_key || '|') > 0;"
    )


_SCALE_TRIGGERS = (
    f"CREATE TRIGGER partner_scale_tally_ai AFTER INSERT ON partner BEGIN {_add_scales('new')} END",
    "CREATE TRIGGER partner_scale_tally_ad AFTER DELETE ON partner "
    f"BEGIN {_remove_scales('old')} END",
    "CREATE TRIGGER partner_scale_tally_au AFTER UPDATE OF scale_tags, archived, kind, "
    "region, qualification_status ON partner "
    f"BEGIN {_remove_scales('old')} {_add_scales('new')} END",
)


def _plan_columns(dialect: str) -> list[str | sa.TextClause]:
    # PostgreSQL wants an index expression in parentheses; SQLite's schema stays as it was.
    wrap = "{}" if dialect == "sqlite" else "({})"
    return [sa.text(wrap.format(c)) if c.startswith("CASE") else c for c in PLAN_ORDER]


def _analyse(conn: sa.Connection, *indexes: str) -> None:
    """Statistics of the new indexes when the database has statistics already (without
    them the planner guesses for the new index alone and may prefer it to a better index
    it has figures for: a cell index over the owner filter's score walk). A database
    without statistics gets them all when it is opened (store.planner)."""
    has_stats = conn.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_stat1'"
    ).first()
    if has_stats is not None:
        for index in indexes:
            conn.exec_driver_sql(f'ANALYZE "{index}"')


def upgrade() -> None:
    conn = op.get_bind()
    op.create_index("ix_risk_cell", "risk", list(CELL_INDEX))
    op.create_index("ix_milestone_plan", "milestone", _plan_columns(conn.dialect.name))
    if not triggers.keeps_tallies(conn):  # PostgreSQL: no tallies; it keeps statistics
        return
    for statement in (_TABLE, _DUE_TABLE, *_TRIGGERS, _SCALE_TABLE, *_SCALE_TRIGGERS):
        conn.exec_driver_sql(statement)
    derived_risks.rebuild_facet_tallies(conn)
    partner_list.rebuild_scale_tally(conn)
    _analyse(conn, "ix_risk_cell", "ix_milestone_plan")


def downgrade() -> None:
    conn = op.get_bind()
    tallies = ("risk_owner_tally", "risk_due_tally", "partner_scale_tally")
    for table in tallies if triggers.keeps_tallies(conn) else ():
        for suffix in ("ai", "ad", "au"):
            conn.exec_driver_sql(f"DROP TRIGGER {table}_{suffix}")
        conn.exec_driver_sql(f"DROP TABLE {table}")
    op.drop_index("ix_milestone_plan", table_name="milestone")
    op.drop_index("ix_risk_cell", table_name="risk")
