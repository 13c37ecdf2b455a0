"""The full-text indexes of the search across everything (store.search_everything), made by
revision 0021_search_everything, and their rebuild for rows written around their triggers
(store.bulk)."""

from __future__ import annotations

import sqlalchemy as sa

from cdmo_desktop.store import fulltext

SEARCH_INDEXES = (
    "decision_fts",
    "action_item_fts",
    "milestone_fts",
    "charter_fts",
    "agreement_fts",
    "contact_fts",
)
"""The indexes revision 0021_search_everything made (partners', engagements' and risks'
are rebuilt by their own aggregates)."""


def rebuild(connection: sa.Connection) -> None:
    """Fill the search's own full-text indexes anew from their tables."""
    for name in SEARCH_INDEXES:
        fulltext.rebuild(connection, name)
