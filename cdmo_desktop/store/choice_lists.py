"""Long choice lists (every partner, client or engagement) read a page at a time.

A drop-down that lists every partner reads and adds each one before it opens: with 49,000
partners the engagement list's partner filter took over a second on its first click and
~300 ms on each later one. These reads give the list's length, any stretch of it in order,
the row of a value (the current choice) and the first row a typed prefix reaches
(type-ahead), each one short query along an index; gui.models.choices shows them.

A `Listing` names the list: "partner" (partners one can engage, by name), "client" (by
name, case ignored), "engagement" (by title, case ignored) or "risk engagement" (the same,
with the archived engagements risks are still filed under). Archived rows are left out,
except `keep` (the value a form holds, archived since), and so are those of `leave_out`
(already chosen elsewhere). Each row is a `Choice` (id, name, detail: a partner's kind, a
client's legal name, an engagement's program).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, cast

import sqlalchemy as sa

from cdmo_desktop.domain import derive
from cdmo_desktop.domain.enums import PartnerKind
from cdmo_desktop.domain.models import Client, Engagement, Partner, Risk

if TYPE_CHECKING:
    from cdmo_desktop.store.store import Store


@dataclass(frozen=True)
class Choice:
    id: str
    name: str
    detail: str = ""


@dataclass(frozen=True)
class _List:
    table: Callable[[], sa.Table]
    key: Callable[[sa.Table], sa.ColumnElement[Any]]  # the order (then id)
    typed: Callable[[str], Any]  # typed text as a value of `key`
    detail: str  # the column shown beside the name
    label: Callable[[Any], str]  # the detail column's value as shown
    name: str = "name"  # the column shown
    offered: Callable[[sa.Table], sa.ColumnElement[bool]] = lambda t: t.c.archived.is_(False)


def _partner_kind(value: Any) -> str:
    if value is None:
        return ""
    try:
        return str(PartnerKind(value).label)
    except ValueError:
        return str(value)


def _with_risks(t: sa.Table) -> sa.ColumnElement[bool]:
    """Not archived, or archived with risks still (a risk is filed under it)."""
    risks = cast(sa.Table, sa.inspect(Risk).local_table)
    return sa.or_(t.c.archived.is_(False), sa.exists().where(risks.c.engagement_id == t.c.id))


_ENGAGEMENTS = _List(
    table=lambda: cast(sa.Table, sa.inspect(Engagement).local_table),
    key=lambda t: t.c.sort_title,
    typed=derive.name_key,
    detail="program",
    label=lambda value: str(value or ""),
    name="title",
)
_LISTS = {
    "partner": _List(
        table=lambda: cast(sa.Table, sa.inspect(Partner).local_table),
        key=lambda t: t.c.name_key,
        typed=derive.name_key,
        detail="kind",
        label=_partner_kind,
    ),
    "client": _List(
        table=lambda: cast(sa.Table, sa.inspect(Client).local_table),
        key=lambda t: sa.func.lower(t.c.name),
        typed=lambda text: sa.func.lower(text),
        detail="legal_name",
        label=lambda value: str(value or ""),
    ),
    "engagement": _ENGAGEMENTS,
    "risk engagement": replace(_ENGAGEMENTS, offered=_with_risks),
}


@dataclass(frozen=True)
class Listing:
    """Which list (`which`: "partner" or "client"), `keep` listed even if archived,
    `leave_out` not listed."""

    which: str
    keep: str | None = None
    leave_out: tuple[str, ...] = ()


def _listed(t: sa.Table, listing: Listing) -> sa.ColumnElement[bool]:
    live = _LISTS[listing.which].offered(t)
    listed = live if listing.keep is None else sa.or_(live, t.c.id == listing.keep)
    return sa.and_(listed, t.c.id.not_in(listing.leave_out)) if listing.leave_out else listed


def count(store: Store, listing: Listing) -> int:
    """How many choices the list holds."""
    t = _LISTS[listing.which].table()
    stmt = sa.select(sa.func.count()).select_from(t).where(_listed(t, listing))
    with store.read() as s:
        return int(s.execute(stmt).scalar_one())


def rows(store: Store, listing: Listing, offset: int, limit: int) -> list[Choice]:
    """Choices `offset` .. `offset + limit - 1` in the list's order."""
    spec = _LISTS[listing.which]
    t = spec.table()
    stmt = (
        sa.select(t.c.id, t.c[spec.name], t.c[spec.detail])
        .where(_listed(t, listing))
        .order_by(spec.key(t), t.c.id)
        .offset(max(offset, 0))
        .limit(max(limit, 0))
    )
    with store.read() as s:
        found = s.execute(stmt).all()
    return [Choice(cid, name, spec.label(detail)) for cid, name, detail in found]


def row_of(store: Store, listing: Listing, value: str) -> int | None:
    """The row of choice `value` in the list (None when it is not listed)."""
    spec = _LISTS[listing.which]
    t = spec.table()
    with store.read() as s:
        key = s.execute(sa.select(spec.key(t)).where(t.c.id == value, _listed(t, listing)))
        found = key.first()
        if found is None:
            return None
        before = sa.or_(spec.key(t) < found[0], sa.and_(spec.key(t) == found[0], t.c.id < value))
        stmt = sa.select(sa.func.count()).select_from(t).where(_listed(t, listing), before)
        return int(s.execute(stmt).scalar_one())


def row_from(store: Store, listing: Listing, text: str) -> int:
    """The first row whose name sorts at or after the typed `text` (the list's length when
    every name sorts before it)."""
    spec = _LISTS[listing.which]
    t = spec.table()
    before = spec.key(t) < spec.typed(text)
    stmt = sa.select(sa.func.count()).select_from(t).where(_listed(t, listing), before)
    with store.read() as s:
        return int(s.execute(stmt).scalar_one())
