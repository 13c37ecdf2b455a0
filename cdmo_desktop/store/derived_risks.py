"""A risk's derived fields: its number within the engagement (R-001...) and its level
(see store.derived; the score and level of one row are in domain.derive)."""

from __future__ import annotations

from sqlalchemy.orm import Session


def before_flush(session: Session) -> None:
    """New risks without a free number get the next number of their engagement."""
