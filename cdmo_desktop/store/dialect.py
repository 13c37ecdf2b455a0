"""Which database a session, connection or engine talks to: "sqlite" or "postgresql".

The store's few backend-specific statements (full-text search, planner hints, counts kept by
triggers on SQLite only) branch on this one name."""

from __future__ import annotations

from typing import Any


def name(bound: Any) -> str:
    """The dialect name of a Session, Connection or Engine."""
    if hasattr(bound, "get_bind"):  # a Session
        bound = bound.get_bind()
    return str(bound.dialect.name)
