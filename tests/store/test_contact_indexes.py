"""The primary-contact indexes: partial on SQLite and on PostgreSQL, without SQLAlchemy's
PostgreSQL dialect loaded by the table classes."""

from __future__ import annotations

import sqlalchemy as sa
from sqlmodel import SQLModel

from cdmo_desktop.domain.models import Contact
from cdmo_desktop.domain.models.partner import _postgresql_partial_indexes


def _index_ddl(url: str) -> dict[str, str]:
    statements: list[str] = []
    dialect = sa.create_mock_engine(url, lambda *_a, **_k: None).dialect

    def execute(sql: sa.schema.ExecutableDDLElement, *_a: object, **_k: object) -> None:
        statements.append(str(sql.compile(dialect=dialect)))

    engine = sa.create_mock_engine(url, execute)
    SQLModel.metadata.create_all(engine, tables=[SQLModel.metadata.tables["contact"]])
    return {s.split()[2]: s for s in statements if s.startswith("CREATE INDEX")}


def test_primary_contact_indexes_are_partial_on_both_databases() -> None:
    assert sa.event.contains(Contact.__table__, "before_create", _postgresql_partial_indexes)  # type: ignore[attr-defined]
    sqlite = _index_ddl("sqlite://")
    assert sqlite["ix_contact_primary"] == (
        "CREATE INDEX ix_contact_primary ON contact (partner_id, name) WHERE is_primary = 1"
    )
    assert sqlite["ix_contact_primary_name"].endswith("(name) WHERE is_primary = 1")
    postgresql = _index_ddl("postgresql://")
    assert postgresql["ix_contact_primary"] == (
        "CREATE INDEX ix_contact_primary ON contact (partner_id, name) WHERE is_primary"
    )
    assert postgresql["ix_contact_primary_name"].endswith("(name) WHERE is_primary")
    assert "WHERE" not in postgresql["ix_contact_name"]  # the other indexes stay whole
    sqlite_again = _index_ddl("sqlite://")
    assert sqlite_again == sqlite  # PostgreSQL's clause never reaches SQLite's DDL
