"""The sets of item data roles the table models answer, as ints: a repaint asks every role
of every cell shown (about 3,000 calls for a screen of rows), and most of those roles have
nothing to say, so a model first checks the role against one of these sets."""

from __future__ import annotations

from PySide6.QtCore import Qt

STYLED_ROLES: frozenset[int] = frozenset(
    int(r)
    for r in (
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.AccessibleDescriptionRole,
    )
)
"""How a cell looks and reads beside its text: colours, font, tooltip, alignment and the
description a screen reader speaks."""

EDITABLE_ROLES: frozenset[int] = STYLED_ROLES | frozenset(
    int(r)
    for r in (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.EditRole,
        Qt.ItemDataRole.CheckStateRole,
    )
)
"""Every role an editable table with check boxes answers: its text, the value an editor
starts from and the check state, with the styled roles."""
