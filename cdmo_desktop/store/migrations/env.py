"""Alembic environment: runs on the connection handed over by store.migrate."""

from __future__ import annotations

from alembic import context
from sqlmodel import SQLModel

import cdmo_desktop.domain.models  # noqa: F401  (registers every table)

config = context.config
target_metadata = SQLModel.metadata

connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError("migrations run through cdmo_desktop.store.migrate, not the alembic CLI")

context.configure(
    connection=connection,
    target_metadata=target_metadata,
    render_as_batch=True,
    compare_type=True,
    # SQLite DDL is transactional: store.migrate runs all steps in one transaction.
    transactional_ddl=True,
)
with context.begin_transaction():
    context.run_migrations()
