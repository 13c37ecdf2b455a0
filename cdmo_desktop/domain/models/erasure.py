"""Erasures: personal or confidential values removed on request, and the change-log entries
they redacted.

An erasure replaces the values in the record itself (through the normal write, so the
erasure is a logged change) and, in the change log, the old/new values of every entry that
held them with the marker `ERASED`; each redacted entry is listed in `erased_entry`. The
database lets an UPDATE of change_log through only for such a listed entry, and only of its
old_value/new_value (revision 0014_erasure). The `erasure` row says who erased what kind of
data, when and why, never the values.
"""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field, SQLModel

from cdmo_desktop.domain.enums import LabelledEnum
from cdmo_desktop.domain.models.base import enum_field, fk, new_id, utcnow

# What an erased value reads as, in the record (text fields) and in the change log.
ERASED = "[erased]"
# The audit trail's tables: written by the change log and by erasures, never by a form (an
# empty database, like the demo, has no erasure).
AUDIT_TABLES = frozenset({"change_log", "erasure", "erased_entry"})


class ErasureKind(LabelledEnum):
    PERSON = "person"
    RECORD = "record"


class Erasure(SQLModel, table=True):
    """One erasure: the record it started from (a contact for a person), the fields erased
    (a JSON list of names, "table.field" for places outside that record) and the reason."""

    __tablename__ = "erasure"

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    erased_at: datetime = Field(default_factory=utcnow, index=True)
    user: str = Field(default="", max_length=200)
    kind: ErasureKind = enum_field(ErasureKind)
    table_name: str = Field(max_length=64)
    row_id: str = Field(max_length=36, index=True)
    fields: str = "[]"
    reason: str


class ErasedEntry(SQLModel, table=True):
    """A change-log entry whose values an erasure replaced by the marker. Written with plain
    SQL in the erasure's transaction (it has no `id` of its own to log it by)."""

    __tablename__ = "erased_entry"

    change_log_id: str = Field(foreign_key="change_log.id", primary_key=True, max_length=36)
    erasure_id: str = fk("erasure.id", ondelete="RESTRICT")
