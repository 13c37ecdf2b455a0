"""The saved name of a record, for titles and labels (a page named after its partner)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cdmo_desktop.store.store import Store

NAME_FIELDS = {"partner": "name", "client": "name", "engagement": "title", "risk": "title"}


def name_of(store: Store, table: str, row_id: str) -> str:
    """The record's saved name; empty when it does not exist (or was never saved)."""
    from cdmo_desktop.store.changesets import model_for_table

    with store.read() as s:
        obj = s.get(model_for_table(table), row_id)
    return str(getattr(obj, NAME_FIELDS[table])) if obj is not None else ""
