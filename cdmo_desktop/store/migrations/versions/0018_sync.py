"""Sync between replicas (store/sync.py): every change-log entry gets the replica that made
it (`origin`), its counter there (`origin_seq`), a hybrid logical clock (`hlc`) and the
clock of the value it overwrote (`base_hlc`); the bookkeeping tables sync_replica (this
database's identity), sync_peer (what each peer holds) and sync_conflict.

Existing entries get this database's new replica id, counters in chain order (seq) and an
hlc from the time they happened.

Revision ID: 0018_sync
Revises: 0017_client_access
Create Date: 2026-12-03
"""

import uuid
from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

revision: str = "0018_sync"
down_revision: str | None = "0017_client_access"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_ID = sqlmodel.sql.sqltypes.AutoString(length=36)
_HLC = sqlmodel.sql.sqltypes.AutoString(length=56)
_MOMENT = sqlmodel.sql.sqltypes.UTCDateTime()
COLUMNS = (("origin", _ID), ("origin_seq", sa.Integer()), ("hlc", _HLC), ("base_hlc", _HLC))
CHUNK = 5000


def upgrade() -> None:
    for name, kind in COLUMNS:
        # Plain ADD COLUMN (no batch rebuild, which would drop change_log's triggers).
        op.add_column("change_log", sa.Column(name, kind, nullable=True))
    op.create_index("ux_change_log_origin", "change_log", ["origin", "origin_seq"], unique=True)
    op.create_table(
        "sync_replica",
        sa.Column("id", _ID, nullable=False),
        sa.Column("created_at", _MOMENT, nullable=False),
        sa.Column("cloned_from", _ID, nullable=True),
        sa.Column("location_seen", sa.Text(), nullable=True),
        sa.Column("clock", _HLC, server_default="", nullable=False),
        sa.Column("last_seq", sa.Integer(), server_default="0", nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "sync_peer",
        sa.Column("id", _ID, nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
        sa.Column("has", sa.Text(), server_default="{}", nullable=False),
        sa.Column("last_sent_at", _MOMENT, nullable=True),
        sa.Column("last_received_at", _MOMENT, nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "sync_conflict",
        sa.Column("id", _ID, nullable=False),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("table_name", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("row_id", _ID, nullable=False),
        sa.Column("field", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
        sa.Column("here_value", sa.Text(), nullable=True),
        sa.Column("other_value", sa.Text(), nullable=True),
        sa.Column("here_origin", _ID, nullable=True),
        sa.Column("other_origin", _ID, nullable=True),
        sa.Column("other_hlc", _HLC, nullable=True),
        sa.Column("other_user", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("detected_at", _MOMENT, nullable=False),
        sa.Column("resolved_at", _MOMENT, nullable=True),
        sa.Column("resolution", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=True),
        sa.Column("key", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.CheckConstraint(
            "kind IN ('field', 'delete_edit', 'renumbered', 'duplicate')",
            name="ck_sync_conflict_kind",
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("key", name="uq_sync_conflict_key"),
    )
    conn = op.get_bind()
    replica = str(uuid.uuid4())
    clock, last = _stamp_existing(conn, replica)
    conn.execute(
        sa.text(
            "INSERT INTO sync_replica (id, created_at, clock, last_seq) "
            "VALUES (:id, :created_at, :clock, :last_seq)"
        ),
        {"id": replica, "created_at": datetime.now(UTC), "clock": clock, "last_seq": last},
    )


def _ms(value: object) -> int:
    from cdmo_desktop.store import chain

    moment = datetime.fromisoformat(chain.time_text(value)).replace(tzinfo=UTC)
    return int(moment.timestamp() * 1000)


def _stamp_existing(conn: sa.Connection, replica: str) -> tuple[str, int]:
    """origin, origin_seq (1, 2, ... in chain order) and an hlc from occurred_at for every
    entry; returns (the last hlc, the last counter)."""
    from cdmo_desktop.store import redaction

    update = sa.text(
        "UPDATE change_log SET origin = :origin, origin_seq = :n, hlc = :hlc WHERE id = :id"
    )
    dialect = conn.dialect.name
    if dialect == "sqlite":
        conn.exec_driver_sql("DROP TRIGGER IF EXISTS change_log_no_update")
    else:
        conn.exec_driver_sql("ALTER TABLE change_log DISABLE TRIGGER change_log_no_update")
    n, wall, counter, hlc = 0, 0, 0, ""
    after = -1
    while True:
        rows = conn.execute(
            sa.text(
                "SELECT id, seq, occurred_at FROM change_log WHERE coalesce(seq, 0) > :after "
                f"ORDER BY seq LIMIT {CHUNK}"
            ),
            {"after": after},
        ).all()
        if not rows:
            break
        params = []
        for row in rows:
            n += 1
            ms = _ms(row.occurred_at)
            if ms > wall:
                wall, counter = ms, 0
            else:
                counter += 1
            hlc = f"{wall:013d}.{counter:05d}.{replica}"
            params.append({"origin": replica, "n": n, "hlc": hlc, "id": row.id})
        conn.execute(update, params)
        after = int(rows[-1].seq or 0)
    # Entries outside the chain (none since 0013; kept for safety) follow, by time.
    for row in conn.execute(
        sa.text("SELECT id, occurred_at FROM change_log WHERE seq IS NULL ORDER BY occurred_at, id")
    ).all():
        n += 1
        counter += 1
        hlc = f"{wall:013d}.{counter:05d}.{replica}"
        conn.execute(update, {"origin": replica, "n": n, "hlc": hlc, "id": row.id})
    if dialect == "sqlite":
        redaction.install_update_trigger(conn)  # compares the new columns too
    else:
        conn.exec_driver_sql("ALTER TABLE change_log ENABLE TRIGGER change_log_no_update")
    return hlc, n


def downgrade() -> None:
    from cdmo_desktop.store import redaction

    op.drop_table("sync_conflict")
    op.drop_table("sync_peer")
    op.drop_table("sync_replica")
    op.drop_index("ux_change_log_origin", table_name="change_log")
    conn = op.get_bind()
    for name, _kind in reversed(COLUMNS):
        if conn.dialect.name == "sqlite":
            conn.exec_driver_sql("DROP TRIGGER IF EXISTS change_log_no_update")
            conn.exec_driver_sql(f"ALTER TABLE change_log DROP COLUMN {name}")
        else:
            op.drop_column("change_log", name)
    if conn.dialect.name == "sqlite":
        redaction.install_update_trigger(conn)
