"""Migrations: the scripts match the models, and an upgrade never loses or half-writes rows."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import textwrap
import warnings
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlmodel import SQLModel

from cdmo_desktop.domain.enums import PartnerKind
from cdmo_desktop.domain.models import Contact, Partner
from cdmo_desktop.domain.models.sync import SYNC_METADATA
from cdmo_desktop.store import (
    StoreError,
    chain,
    derived_risks,
    engagement_marks,
    marks,
    migrate,
    open_store,
    partner_marks,
    portfolio_keys,
    risk_marks,
)
from cdmo_desktop.store.engine import make_engine

# SQLite files migrated from older revisions (PostgreSQL's chain: test_migrations_postgresql.py).
pytestmark = pytest.mark.sqlite_only

# A throw-away revision that rebuilds the parent table `partner` (batch mode copies it,
# drops the original and renames the copy) while `contact` rows point at it with
# ON DELETE CASCADE.
REBUILD_PARTNER = """
from alembic import op
import sqlalchemy as sa

revision = "0900_rebuild_partner"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("partner", recreate="always") as batch:
        batch.add_column(sa.Column("extra_note", sa.String(), nullable=True))


def downgrade() -> None:
    pass
"""

BREAKS_REFERENCES = """
from alembic import op

revision = "0900_orphan"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("UPDATE contact SET partner_id = 'no-such-partner'")


def downgrade() -> None:
    pass
"""

FAILS_HALF_WAY = """
from alembic import op
import sqlalchemy as sa

revision = "0900_fails"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("half_done", sa.Column("id", sa.String(), primary_key=True))
    op.execute("DELETE FROM contact")
    raise RuntimeError("disk unplugged")


def downgrade() -> None:
    pass
"""


def _scripts_with(tmp_path: Path, revision_source: str) -> str:
    """The shipped script directory plus one extra revision on top of the head."""
    location = tmp_path / "migrations"
    shutil.copytree(
        migrate.script_location(), location, ignore=shutil.ignore_patterns("__pycache__")
    )
    source = textwrap.dedent(revision_source).format(head=migrate.HEAD_REVISION)
    (location / "versions" / "0900_extra.py").write_text(source, encoding="utf-8")
    return str(location)


def _with_contacts(path: Path) -> None:
    with open_store(path) as store, store.session() as s:
        partner = Partner(name="Kestrel CDMO", kind=PartnerKind.CDMO)
        s.add(partner)
        s.flush()
        s.add_all(
            [
                Contact(partner_id=partner.id, name="Ana Ruiz", role="Project manager"),
                Contact(partner_id=partner.id, name="Li Wei", role="QA lead"),
            ]
        )


def _count(path: Path, sql: str) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute(sql).fetchone()[0])
    finally:
        conn.close()


def test_known_revisions_are_the_scripts_in_order() -> None:
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(migrate.alembic_config())
    in_order = tuple(s.revision for s in reversed(list(scripts.walk_revisions())))
    assert in_order == migrate.KNOWN_REVISIONS
    assert scripts.get_heads() == [migrate.HEAD_REVISION]


def _kept_by_triggers(conn: sa.Connection) -> set[str]:
    """Tables the migrations make beside the models: full-text indexes (a virtual table and
    its shadow tables), maintained counts kept current by triggers, and derived bookkeeping."""
    tables = [r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master")]
    virtual = [
        r[0]
        for r in conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL TABLE%'"
        )
    ]
    shadow = {t for t in tables for v in virtual if t == v or t.startswith(f"{v}_")}
    tallies = {t for t in tables if t.endswith("_tally")}
    derived = {chain.KEY_TABLE, portfolio_keys.KEY_DAY.name}  # the Portfolio keys' day
    derived.add(partner_marks.MARKS.name)  # the register's counted spans (0026)
    derived.add(engagement_marks.ENGAGEMENT.marks)  # the lists' counted spans (0027)
    derived.add(risk_marks.RISK.marks)  # the risk register's counted spans (0028)
    derived.add(marks.NOTES)  # the spans to cut again (0030)
    return shadow | tallies | set(derived_risks.TALLY_TABLES) | derived


def test_migrations_produce_exactly_the_models_schema(tmp_path: Path) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    path = tmp_path / "desk.sqlite"
    migrate.upgrade(path)
    engine = make_engine(path)
    try:
        with engine.connect() as conn:
            kept = _kept_by_triggers(conn)

            def modelled(name: str | None, kind: str, _parents: object) -> bool:
                return not (kind == "table" and (name in kept or name in SYNC_METADATA.tables))

            opts = {"compare_type": True, "include_name": modelled}
            context = MigrationContext.configure(conn, opts=opts)
            with warnings.catch_warnings():
                # SQLAlchemy does not reflect SQLite expression indexes (the plan order's
                # phase rank, ix_milestone_plan; the Portfolio's status rank,
                # ix_engagement_portfolio): checked by name below instead.
                for skipped in ("Skipped unsupported reflection", "autogenerate skipping"):
                    warnings.filterwarnings("ignore", f"{skipped}.*expression-based index")
                differences = compare_metadata(context, SQLModel.metadata)
                # The sync bookkeeping tables live outside the models' metadata.
                synced = MigrationContext.configure(
                    conn,
                    opts={
                        "compare_type": True,
                        "include_name": lambda name, kind, _p: (
                            kind != "table" or name in SYNC_METADATA.tables
                        ),
                    },
                )
                differences += compare_metadata(synced, SYNC_METADATA)
            indexes = {
                r[0]
                for r in conn.exec_driver_sql(
                    "SELECT name FROM sqlite_master WHERE type = 'index' AND sql LIKE '%CASE%'"
                )
            }
    finally:
        engine.dispose()
    assert differences == []
    assert indexes == {"ix_milestone_plan", "ix_engagement_portfolio"}


def test_append_only_triggers_exist_after_upgrade(tmp_path: Path) -> None:
    path = tmp_path / "desk.sqlite"
    migrate.upgrade(path)
    conn = sqlite3.connect(path)
    triggers = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='trigger'")}
    conn.close()
    assert {"change_log_no_update", "change_log_no_delete"} <= triggers


def test_rebuilding_a_parent_table_keeps_its_child_rows(tmp_path: Path) -> None:
    path = tmp_path / "desk.sqlite"
    _with_contacts(path)
    migrate.upgrade(path, location=_scripts_with(tmp_path, REBUILD_PARTNER))
    assert _count(path, "SELECT count(*) FROM contact") == 2
    assert _count(path, "SELECT count(*) FROM partner WHERE extra_note IS NULL") == 1
    assert _count(path, "SELECT count(*) FROM pragma_foreign_key_check") == 0
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (
        "0900_rebuild_partner",
    )
    conn.close()


def test_the_same_rebuild_with_foreign_keys_on_would_delete_them(tmp_path: Path) -> None:
    """The pitfall the store guards against, reproduced: why upgrade() turns them off."""
    from alembic import command

    path = tmp_path / "desk.sqlite"
    _with_contacts(path)
    # With the contacts' full-text trigger in place SQLite refuses the cascade inside DROP
    # TABLE ("database table is locked") instead: without it, the rows silently go.
    raw = sqlite3.connect(path)
    raw.execute("DROP TRIGGER contact_fts_ad")
    raw.close()
    location = _scripts_with(tmp_path, REBUILD_PARTNER)
    engine = make_engine(path, foreign_keys=True, pooled=False)
    with engine.connect() as conn, conn.begin():
        command.upgrade(migrate.alembic_config(conn, location), "head")
    engine.dispose()
    assert _count(path, "SELECT count(*) FROM contact") == 0


def test_upgrade_that_breaks_references_is_rolled_back(tmp_path: Path) -> None:
    path = tmp_path / "desk.sqlite"
    _with_contacts(path)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(StoreError, match=r"2 broken references \(in contact\).*nothing"):
        migrate.upgrade(path, location=_scripts_with(tmp_path, BREAKS_REFERENCES))
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert _count(path, "SELECT count(*) FROM pragma_foreign_key_check") == 0


def test_upgrade_failing_half_way_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "desk.sqlite"
    _with_contacts(path)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(RuntimeError, match="disk unplugged"):
        migrate.upgrade(path, location=_scripts_with(tmp_path, FAILS_HALF_WAY))
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert _count(path, "SELECT count(*) FROM contact") == 2
    assert _count(path, "SELECT count(*) FROM sqlite_master WHERE name = 'half_done'") == 0


def test_a_new_database_is_built_in_one_transaction(tmp_path: Path) -> None:
    """All revisions from nothing to the head commit together: no half-made schema."""
    path = tmp_path / "desk.sqlite"
    with pytest.raises(RuntimeError, match="disk unplugged"):
        migrate.upgrade(path, location=_scripts_with(tmp_path, FAILS_HALF_WAY))
    assert _count(path, "SELECT count(*) FROM sqlite_master WHERE type = 'table'") == 0
