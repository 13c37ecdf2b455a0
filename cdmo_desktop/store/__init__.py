"""The local store: engine, migrations, sessions with validation and the audit trail.

Usage::

    store = open_store(path, user="Dana Consultant")
    with store.session() as s:      # one short session per user action
        s.add(partner)              # validated + change-logged on flush, committed on exit
"""

from cdmo_desktop.store.errors import (
    DatabaseLockedError,
    NewerSchemaError,
    NotADatabaseError,
    StoreError,
)
from cdmo_desktop.store.store import Store, open_store

__all__ = [
    "DatabaseLockedError",
    "NewerSchemaError",
    "NotADatabaseError",
    "Store",
    "StoreError",
    "open_store",
]
