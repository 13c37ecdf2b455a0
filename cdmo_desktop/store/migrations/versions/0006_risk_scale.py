"""The risk register at scale: stored sort keys, one index per sort order, full-text search
and maintained counts.

Every sort order of the register becomes total (sort key..., id) with an index of its own;
the keys that were computed per query (level and status rank, the next review date with
"none" last, the linked milestone's name, the engagement's title) become stored columns kept
current by the flush hook (store.derived_risks). The text search gets a full-text index
(risk_fts) and the counts and heat map read two tallies kept by triggers (risk_tally,
risk_review_tally). The covering indexes the per-query counts needed are dropped. Existing
risks get their keys, index entries and tallies here.

Revision ID: 0006_risk_scale
Revises: 0005_named_baselines
Create Date: 2026-12-02
"""

from collections.abc import Sequence
from datetime import date

import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

from cdmo_desktop.store import derived_risks, fulltext, triggers

revision: str = "0006_risk_scale"
down_revision: str | None = "0005_named_baselines"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_NO_REVIEW = date(2199, 12, 31)
_SORTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("title", ("title",)),
    ("category", ("category",)),
    ("likelihood", ("likelihood",)),
    ("impact", ("impact",)),
    ("score", ("score",)),
    ("level", ("level_rank", "score")),
    ("owner", ("owner",)),
    ("status", ("status_rank",)),
    ("review", ("review_key",)),
    ("raised_by", ("raised_by",)),
    ("milestone", ("milestone_name",)),
    ("engagement", ("engagement_title", "engagement_id", "number")),
)
_DUE = (
    "review_key",
    "status",
    "level",
    "category",
    "likelihood",
    "impact",
    "residual_likelihood",
    "residual_impact",
)
# (the old indexes, for a downgrade)
_OLD_SINGLE = (
    "category",
    "impact",
    "likelihood",
    "owner",
    "raised_by",
    "score",
    "status",
    "title",
    "next_review_date",
)
_OLD_COVERING = {
    "ix_risk_heat": (
        "likelihood",
        "impact",
        "residual_likelihood",
        "residual_impact",
        "status",
        "level",
    ),
    "ix_risk_level_grid": (
        "level",
        "status",
        "likelihood",
        "impact",
        "residual_likelihood",
        "residual_impact",
        "score",
        "next_review_date",
    ),
    "ix_risk_review_due": (
        "next_review_date",
        "status",
        "likelihood",
        "impact",
        "residual_likelihood",
        "residual_impact",
    ),
}


# The tallies and the triggers that keep them current (SQLite; an unassessed residual
# likelihood or impact counts as 0).
_KEYS = "status, category, level, likelihood, impact, residual_likelihood, residual_impact"
_VALUES = (
    "{r}.status, {r}.category, {r}.level, {r}.likelihood, {r}.impact, "
    "coalesce({r}.residual_likelihood, 0), coalesce({r}.residual_impact, 0)"
)
_MATCH = (
    "status = {r}.status AND category = {r}.category AND level = {r}.level "
    "AND likelihood = {r}.likelihood AND impact = {r}.impact "
    "AND residual_likelihood = coalesce({r}.residual_likelihood, 0) "
    "AND residual_impact = coalesce({r}.residual_impact, 0)"
)
_TABLES = (
    "CREATE TABLE risk_tally (status TEXT NOT NULL, category TEXT NOT NULL, "
    "level TEXT NOT NULL, likelihood INTEGER NOT NULL, impact INTEGER NOT NULL, "
    "residual_likelihood INTEGER NOT NULL, residual_impact INTEGER NOT NULL, "
    f"n INTEGER NOT NULL, PRIMARY KEY ({_KEYS}))",
    "CREATE TABLE risk_review_tally (status TEXT NOT NULL, level TEXT NOT NULL, "
    "day DATE NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (status, level, day))",
)


def _add(r: str) -> str:
    return (
        f"INSERT INTO risk_tally ({_KEYS}, n) VALUES ({_VALUES.format(r=r)}, 1) "
        f"ON CONFLICT ({_KEYS}) DO UPDATE SET n = n + 1; "
        "INSERT INTO risk_review_tally (status, level, day, n) "
        f"SELECT {r}.status, {r}.level, {r}.next_review_date, 1 "
        f"WHERE {r}.next_review_date IS NOT NULL "
        "ON CONFLICT (status, level, day) DO UPDATE SET n = n + 1;"
    )


def _remove(r: str) -> str:
    return (
        f"UPDATE risk_tally SET n = n - 1 WHERE {_MATCH.format(r=r)}; "
        f"UPDATE risk_review_tally SET n = n - 1 WHERE status = {r}.status "
        f"AND level = {r}.level AND day = {r}.next_review_date;"
    )


_TRIGGERS = (
    f"CREATE TRIGGER risk_tally_ai AFTER INSERT ON risk BEGIN {_add('new')} END",
    f"CREATE TRIGGER risk_tally_ad AFTER DELETE ON risk BEGIN {_remove('old')} END",
    f"CREATE TRIGGER risk_tally_au AFTER UPDATE OF {_KEYS}, next_review_date ON risk "
    f"BEGIN {_remove('old')} {_add('new')} END",
)


def _text() -> sa.types.TypeEngine[str]:
    return sqlmodel.sql.sqltypes.AutoString()


def upgrade() -> None:
    op.add_column("risk", sa.Column("level_rank", sa.Integer(), server_default="0", nullable=False))
    op.add_column(
        "risk", sa.Column("status_rank", sa.Integer(), server_default="0", nullable=False)
    )
    op.add_column(
        "risk",
        sa.Column("review_key", sa.Date(), server_default=_NO_REVIEW.isoformat(), nullable=False),
    )
    op.add_column("risk", sa.Column("milestone_name", _text(), server_default="", nullable=False))
    op.add_column("risk", sa.Column("engagement_title", _text(), server_default="", nullable=False))
    for column in _OLD_SINGLE:
        op.drop_index(f"ix_risk_{column}", table_name="risk")
    for name in _OLD_COVERING:
        op.drop_index(name, table_name="risk")
    conn = op.get_bind()
    derived_risks.rebuild_keys(conn)
    for name, columns in _SORTS:
        tail = ["id"] if name == "status" else ["id", "status"]
        op.create_index(f"ix_risk_sort_{name}", "risk", [*columns, *tail], unique=False)
    op.create_index("ix_risk_due", "risk", list(_DUE), unique=False)
    fulltext.create(conn, "risk_fts", "risk", ["title", "description", "mitigation"])
    if triggers.keeps_tallies(conn):  # SQLite only (store.triggers.keeps_tallies)
        for statement in (*_TABLES, *_TRIGGERS):
            conn.exec_driver_sql(statement)
        derived_risks.rebuild_tallies(conn)


def downgrade() -> None:
    conn = op.get_bind()
    if triggers.keeps_tallies(conn):
        for suffix in ("ai", "ad", "au"):
            conn.exec_driver_sql(f"DROP TRIGGER risk_tally_{suffix}")
        conn.exec_driver_sql("DROP TABLE risk_tally")
        conn.exec_driver_sql("DROP TABLE risk_review_tally")
    fulltext.drop(conn, "risk_fts")
    if conn.dialect.name != "sqlite":  # what fulltext.install_functions made (not the
        # extensions: other databases' objects may use them)
        for function in fulltext.FUNCTIONS:
            conn.exec_driver_sql(f"DROP FUNCTION IF EXISTS {function}")
    for name, _columns in _SORTS:
        op.drop_index(f"ix_risk_sort_{name}", table_name="risk")
    op.drop_index("ix_risk_due", table_name="risk")
    for name, columns in _OLD_COVERING.items():
        op.create_index(name, "risk", list(columns), unique=False)
    for column in _OLD_SINGLE:
        op.create_index(f"ix_risk_{column}", "risk", [column], unique=False)
    for column in ("engagement_title", "milestone_name", "review_key", "status_rank", "level_rank"):
        op.drop_column("risk", column)
