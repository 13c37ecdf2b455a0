"""A partner's derived fields: last audit / next audit due from its audits, and the
register's search words from its name, sites and contacts (see store.derived)."""

from __future__ import annotations

from sqlalchemy.orm import Session


def before_flush(session: Session) -> None:
    """Partners whose audits are written get their audit dates recomputed."""


def after_flush(session: Session) -> None:
    """Partners whose own row, sites or contacts were written get new search words."""
