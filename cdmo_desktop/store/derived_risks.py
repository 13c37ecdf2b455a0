"""A risk's derived fields: its number within the engagement (R-001...) and its level
(see store.derived; the score and level of one row are in domain.derive).

Numbers are given here, in the flush hook, so every write path numbers risks: the risk
form, a bare `Store.write`, imports, sync, and undo/redo. A redone or restored risk keeps
its number unless another risk took it meanwhile; then it gets the next free one.
"""

from __future__ import annotations

from collections import defaultdict

import sqlalchemy as sa
from sqlalchemy.orm import Session

from cdmo_desktop.domain.models import Risk

_R = sa.inspect(Risk).local_table


def next_number(session: Session, engagement_id: str) -> int:
    """The number the next risk of the engagement gets (R-001 for the first)."""
    top = session.execute(
        sa.select(sa.func.max(_R.c.number)).where(_R.c.engagement_id == engagement_id)
    ).scalar_one()
    return int(top or 0) + 1


def _taken(session: Session, engagement_id: str, numbers: set[int]) -> set[int]:
    """Which of `numbers` risks of the engagement already hold in the database."""
    rows = session.execute(
        sa.select(_R.c.number).where(
            _R.c.engagement_id == engagement_id, _R.c.number.in_(sorted(numbers))
        )
    )
    return {int(n) for n in rows.scalars()}


def _number(session: Session, engagement_id: str, risks: list[Risk]) -> None:
    """Give the new `risks` of one engagement a number each: their own when it is set
    and free, else the next after every number in use (in the order they were added)."""
    wanted = {r.number for r in risks if isinstance(r.number, int) and r.number >= 1}
    top = next_number(session, engagement_id) - 1
    used = _taken(session, engagement_id, wanted) if any(n <= top for n in wanted) else set()
    unnumbered: list[Risk] = []
    for risk in risks:
        number = risk.number
        if isinstance(number, int) and number >= 1 and number not in used:
            used.add(number)
        else:
            unnumbered.append(risk)
    last = max([top, *used])
    for risk in unnumbered:
        last += 1
        risk.number = last


def before_flush(session: Session) -> None:
    """New risks without a free number get the next number of their engagement."""
    new: dict[str, list[Risk]] = defaultdict(list)
    for obj in session.new:
        if isinstance(obj, Risk) and obj.engagement_id:
            new[obj.engagement_id].append(obj)
    if not new:
        return
    with session.no_autoflush:
        for engagement_id, risks in new.items():
            _number(session, engagement_id, risks)
