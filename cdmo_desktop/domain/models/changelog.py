"""The append-only audit trail. The database rejects UPDATE and DELETE on it, and each
entry is chained to the one before it by a keyed hash (store/chain.py)."""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from cdmo_desktop.domain.enums import ChangeAction
from cdmo_desktop.domain.models.base import enum_field, new_id, utcnow


class ChangeLog(SQLModel, table=True):
    __tablename__ = "change_log"
    __table_args__ = (
        # "Latest changes of this row / of this table" read one index range, newest first.
        sa.Index("ix_change_log_row_time", "row_id", "occurred_at"),
        sa.Index("ix_change_log_table_time", "table_name", "occurred_at"),
        sa.Index("ux_change_log_seq", "seq", unique=True),
        # Sync (store/sync.py): an entry is known everywhere by (origin, origin_seq).
        sa.Index("ux_change_log_origin", "origin", "origin_seq", unique=True),
    )

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    occurred_at: datetime = Field(default_factory=utcnow, index=True)
    user: str = Field(default="", max_length=200)
    table_name: str = Field(max_length=64)
    row_id: str = Field(max_length=36)
    action: ChangeAction = enum_field(ChangeAction)
    field: str | None = Field(default=None, max_length=64)
    old_value: str | None = None
    new_value: str | None = None
    # Free text attached to a change set, e.g. the reason an agreed charter was reopened.
    reason: str = ""
    # The chain (store/chain.py): place, keyed digest of the values, hash over the previous
    # entry's hash and this entry's other columns. Filled by the flush hook.
    seq: int | None = None
    values_digest: str | None = Field(default=None, max_length=64)
    entry_hash: str | None = Field(default=None, max_length=64)
    # Sync (store/sync.py, revision 0018_sync; outside the chain's hash): the replica that
    # made the change, its counter there, the hybrid logical clock of the change
    # (f"{wall_ms:013d}.{counter:05d}.{origin}": text order is clock order) and the hlc
    # of the value it overwrote (None for an insert). Filled by the flush hook; applied
    # entries keep the sender's.
    origin: str | None = Field(default=None, max_length=36)
    origin_seq: int | None = None
    hlc: str | None = Field(default=None, max_length=56)
    base_hlc: str | None = Field(default=None, max_length=56)
