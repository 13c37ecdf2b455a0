"""Fields the store derives from other rows, computed by the flush hook for every write
path (forms, undo and redo, imports, sync, the command line).

`before_flush` runs first in every flush, before validation and the change log: what it
sets on rows is validated and logged like any edit. `after_flush` runs once the rows are
in the database, for derived data written outside the change log (search words).
Each aggregate keeps its own rules in a module of its own.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from cdmo_desktop.store import (
    derived_engagements,
    derived_kpis,
    derived_partners,
    derived_risks,
    portfolio_keys,
)


def before_flush(session: Session) -> None:
    derived_risks.before_flush(session)
    derived_partners.before_flush(session)


def after_flush(session: Session) -> None:
    derived_risks.after_flush(session)
    derived_partners.after_flush(session)
    derived_engagements.after_flush(session)
    portfolio_keys.after_flush(session)
    derived_kpis.after_flush(session)
