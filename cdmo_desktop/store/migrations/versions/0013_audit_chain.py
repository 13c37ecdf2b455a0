"""The change log becomes tamper-evident: every entry gets its place in a chain (`seq`), a
keyed digest of its values and a keyed hash over the previous entry's hash and its own
columns (store/chain.py). The key is 32 random bytes in the one-row table `audit_key`.
Existing entries are chained in the order they happened (occurred_at, id). Rows that do not
match their history (made or converted by an earlier migration, or edited outside the app
before the chain existed) get a baseline entry after them, so the check starts clean and
says when the values were recorded.

Revision ID: 0013_audit_chain
Revises: 0012_kpi_latest
Create Date: 2026-12-03
"""

import secrets
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

revision: str = "0013_audit_chain"
down_revision: str | None = "0012_kpi_latest"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

KEY_TABLE = "audit_key"
COLUMNS = ("seq", "values_digest", "entry_hash")
CHUNK = 5000


def upgrade() -> None:
    op.add_column("change_log", sa.Column("seq", sa.Integer(), nullable=True))
    for name in ("values_digest", "entry_hash"):
        op.add_column(
            "change_log",
            sa.Column(name, sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
        )
    op.create_index("ux_change_log_seq", "change_log", ["seq"], unique=True)
    op.create_table(
        KEY_TABLE,
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.CheckConstraint("id = 1", name="one_row"),
    )
    conn = op.get_bind()
    conn.execute(
        sa.text(f"INSERT INTO {KEY_TABLE} (id, key) VALUES (1, :key)"),
        {"key": secrets.token_hex(32)},
    )
    with _append_only_off(conn):
        _chain_existing(conn)
    _baseline(conn)


BASELINE_USER = "cdmo-desktop upgrade"
BASELINE_REASON = (
    "recorded when the change log became tamper-evident: the row held these values "
    "without a matching history"
)


def _baseline(conn: sa.Connection) -> None:
    """A chained entry for every row that does not match its replayed history."""
    from datetime import UTC, datetime
    from uuid import uuid4

    from cdmo_desktop.store import audit, chain

    when = max(chain.time_text(datetime.now(UTC)), chain.head(conn)[3])
    found = list(audit.differences(conn, audit.redacted_entry_ids(conn)))
    rows = []
    for d in found:
        action = "update" if d.field else "delete" if d.detail == audit.GONE else "insert"
        rows.append(
            {
                "id": str(uuid4()),
                "occurred_at": when,
                "user": BASELINE_USER,
                "table_name": d.table,
                "row_id": d.row_id,
                "action": action,
                "field": d.field,
                "old_value": d.logged,
                "new_value": d.current,
                "reason": BASELINE_REASON,
            }
        )
    if not rows:
        return
    conn.execute(
        sa.text(
            'INSERT INTO change_log (id, occurred_at, "user", table_name, row_id, action, '
            "field, old_value, new_value, reason, seq, values_digest, entry_hash) VALUES "
            "(:id, :occurred_at, :user, :table_name, :row_id, :action, :field, :old_value, "
            ":new_value, :reason, :seq, :values_digest, :entry_hash)"
        ),
        list(chain.chained_rows(conn, rows)),
    )


def _chain_existing(conn: sa.Connection) -> None:
    """Chain every entry, oldest first, reading and updating in chunks (keyset on
    occurred_at, id)."""
    from cdmo_desktop.store import chain

    key = chain.read_key(conn)
    seq, previous = 0, chain.GENESIS
    after: tuple[Any, str] | None = None
    columns = 'id, occurred_at, "user", table_name, row_id, action, field, reason'
    update = sa.text(
        "UPDATE change_log SET seq = :seq, values_digest = :values_digest, "
        "entry_hash = :entry_hash WHERE id = :id"
    )
    while True:
        where = "" if after is None else "WHERE occurred_at > :t OR (occurred_at = :t AND id > :i)"
        rows = conn.execute(
            sa.text(
                f"SELECT {columns}, old_value, new_value FROM change_log {where} "
                f"ORDER BY occurred_at, id LIMIT {CHUNK}"
            ),
            {} if after is None else {"t": after[0], "i": after[1]},
        ).all()
        if not rows:
            return
        params = []
        for row in rows:
            fields = dict(row._mapping)
            seq += 1
            fields["seq"] = seq
            fields["values_digest"] = chain.values_digest(
                key, fields["old_value"], fields["new_value"]
            )
            fields["entry_hash"] = previous = chain.entry_hash(key, previous, fields)
            params.append({c: fields[c] for c in ("id", "seq", "values_digest", "entry_hash")})
        conn.execute(update, params)
        after = (rows[-1].occurred_at, rows[-1].id)


class _append_only_off:
    """Lift the change log's UPDATE guard for the backfill; put the same guard back."""

    def __init__(self, conn: sa.Connection) -> None:
        self.conn = conn
        self.saved: str | None = None

    def __enter__(self) -> None:
        dialect = self.conn.dialect.name
        if dialect == "sqlite":
            self.saved = self.conn.exec_driver_sql(
                "SELECT sql FROM sqlite_master WHERE type = 'trigger' "
                "AND name = 'change_log_no_update'"
            ).scalar()
            if self.saved is not None:
                self.conn.exec_driver_sql("DROP TRIGGER change_log_no_update")
        elif dialect == "postgresql":
            self.conn.exec_driver_sql(
                "ALTER TABLE change_log DISABLE TRIGGER change_log_append_only"
            )

    def __exit__(self, kind: object, *_rest: object) -> None:
        if kind is not None:
            return
        if self.conn.dialect.name == "sqlite" and self.saved is not None:
            self.conn.exec_driver_sql(self.saved)
        elif self.conn.dialect.name == "postgresql":
            self.conn.exec_driver_sql(
                "ALTER TABLE change_log ENABLE TRIGGER change_log_append_only"
            )


def downgrade() -> None:
    op.drop_table(KEY_TABLE)
    op.drop_index("ux_change_log_seq", table_name="change_log")
    conn = op.get_bind()
    for name in reversed(COLUMNS):
        if conn.dialect.name == "sqlite":
            # Not batch mode: rebuilding change_log would drop its append-only triggers.
            conn.exec_driver_sql(f"ALTER TABLE change_log DROP COLUMN {name}")
        else:
            op.drop_column("change_log", name)
