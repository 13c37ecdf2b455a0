"""The partner register's counted spans (store.marks, revision 0026_partner_buckets,
SQLite): each register order (`SORTED`: the stored key a column sorts by, then `name_key`;
the name's own order is marked as (name_key, name_key)) cut into spans of about SPAN
partners, with how many partners each span holds (listed, archived)."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from cdmo_desktop.store import marks

SPAN = marks.SPAN
"""Partners per span when the marks are cut (a migration or a rebuild)."""
SORTED = (
    "name_key",
    "kind",
    "country_key",
    "region_key",
    "qualification_status",
    "next_audit_key",
    "active_engagements",
    "contact_key",
)
"""The stored keys the register sorts by (each then by name_key)."""
PARTNER = marks.Marked(
    table="partner",
    marks="partner_mark",
    keys=("k", "name_key"),
    orders={key: (key, "name_key") for key in SORTED},
    counts={"listed": "1 - {row}.archived", "archived": "{row}.archived"},
    watched=("archived",),
)
MARKS = sa.Table(
    "partner_mark",
    sa.MetaData(),
    sa.Column("sort_key", sa.String, primary_key=True),
    sa.Column("seq", sa.Integer, primary_key=True),
    sa.Column("k"),  # the sort key's value as the partner table stores it (text or integer)
    sa.Column("name_key", sa.String),
    sa.Column("listed", sa.Integer, nullable=False),
    sa.Column("archived", sa.Integer, nullable=False),
)


def place(
    connection: sa.Connection,
    sort_key: str,
    values: tuple[Any, Any],
    archived_too: bool,
) -> tuple[int, tuple[Any, Any] | None, int]:
    """(partners before the span `values` = (key, name_key) falls in, the (key, name_key)
    that span starts at (None for the first), every partner counted): the caller counts
    the rest of the way along the sort key's index from there."""
    counted = ("listed", "archived") if archived_too else ("listed",)
    before, start, total = marks.place(
        marks.connection_reader(connection), PARTNER, sort_key, values, counted
    )
    return before, (start[0], start[1]) if start else None, total


def rebuild(connection: sa.Connection) -> None:
    """Cut every order into spans of SPAN partners again and count them (store.bulk, after
    rows written in bulk; the migration does the same)."""
    marks.rebuild(connection, PARTNER, SPAN)


def snap(connection: sa.Connection) -> None:
    """store.marks.snap: no mark keeps the keys of a partner that is gone or was renamed
    (an erasure: a primary contact's name is a sort key)."""
    marks.snap(connection, PARTNER)


def spans(connection: sa.Connection, sort_key: str) -> list[dict[str, Any]]:
    """The marks of one order (every SPAN-th partner starts a span)."""
    return marks.spans(connection, PARTNER, sort_key, SPAN)
