"""A risk search's count, due count and heat map from the full-text index alone.

SQLite: the risk full-text index `risk_fts` numbers its entries by a key that carries the
risk's status, current and residual cell and next review day above its rowid
(store.risk_search), read through the view `risk_fts_content`; its triggers also watch
those columns. The index is made anew from the risks already there. PostgreSQL: nothing
changes (its word index is a GIN over the risk table).

Revision ID: 0019_scale_search
Revises: 0018_sync
Create Date: 2026-12-03
"""

from collections.abc import Sequence

from alembic import op

from cdmo_desktop.store import fulltext

revision: str = "0019_scale_search"
down_revision: str | None = "0018_sync"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_INDEX = "risk_fts"
_COLUMNS = ("title", "description", "mitigation")


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name != "sqlite":
        return
    fulltext.drop(conn, _INDEX)
    fulltext.create_index(conn, fulltext.INDEXES[_INDEX])


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name != "sqlite":
        return
    fulltext.drop(conn, _INDEX)
    fulltext.create(conn, _INDEX, "risk", _COLUMNS)
