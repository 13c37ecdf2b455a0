"""The bookkeeping of sync between replicas (store/sync.py): this database's identity,
what each peer is known to hold, and the conflicts a merge found.

Plain tables, outside the models' metadata on purpose: they are never change-logged,
never packed into a sync file, never copied by store/transfer.py (a copy is a new replica
and gets its own identity), and the audit trail does not replay them.
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel.sql.sqltypes

SYNC_METADATA = sa.MetaData()

_ID = sqlmodel.sql.sqltypes.AutoString(length=36)
_HLC = sqlmodel.sql.sqltypes.AutoString(length=56)
_MOMENT = sqlmodel.sql.sqltypes.UTCDateTime()

# One row: who this database is as a replica.
SYNC_REPLICA = sa.Table(
    "sync_replica",
    SYNC_METADATA,
    sa.Column("id", _ID, primary_key=True),
    sa.Column("created_at", _MOMENT, nullable=False),
    sa.Column("cloned_from", _ID, nullable=True),
    # The file's path or the server's address this identity was last used at: a file
    # found elsewhere is a copy and takes a new identity before it writes.
    sa.Column("location_seen", sa.Text(), nullable=True),
    sa.Column("clock", _HLC, nullable=False, server_default=""),  # the last hlc issued
    sa.Column("last_seq", sa.Integer(), nullable=False, server_default="0"),  # origin_seq
)

# What each peer replica is known to hold ({origin: max origin_seq}, JSON).
SYNC_PEER = sa.Table(
    "sync_peer",
    SYNC_METADATA,
    sa.Column("id", _ID, primary_key=True),
    sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.Column("has", sa.Text(), nullable=False, server_default="{}"),
    sa.Column("last_sent_at", _MOMENT, nullable=True),
    sa.Column("last_received_at", _MOMENT, nullable=True),
)

CONFLICT_KINDS = ("field", "delete_edit", "renumbered", "duplicate")

SYNC_CONFLICT = sa.Table(
    "sync_conflict",
    SYNC_METADATA,
    sa.Column("id", _ID, primary_key=True),
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
    # The losing entry's f"{origin}:{origin_seq}" (the two ids for a duplicate): applying
    # the same batch twice never lists a conflict twice.
    sa.Column("key", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.CheckConstraint(
        "kind IN ('field', 'delete_edit', 'renumbered', 'duplicate')",
        name="ck_sync_conflict_kind",
    ),
    sa.UniqueConstraint("key", name="uq_sync_conflict_key"),
)
