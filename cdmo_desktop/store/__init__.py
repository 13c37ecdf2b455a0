"""The local store: engine, migrations, sessions with validation and the audit trail.

Usage::

    store = open_store(path, user="Dana Consultant")
    with store.session() as s:      # one short session per user action
        s.add(partner)              # validated + change-logged on flush, committed on exit

`Store` and `open_store` load SQLModel on first use, so importing the errors (the command
line does) stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cdmo_desktop.store.errors import (
    DatabaseLockedError,
    NewerSchemaError,
    NotADatabaseError,
    StoreError,
)

if TYPE_CHECKING:
    from cdmo_desktop.store.store import Store, open_store

__all__ = [
    "DatabaseLockedError",
    "NewerSchemaError",
    "NotADatabaseError",
    "Store",
    "StoreError",
    "open_store",
]


def __getattr__(name: str) -> Any:
    if name in ("Store", "open_store"):
        from cdmo_desktop.store import store

        return getattr(store, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
