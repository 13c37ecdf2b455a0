"""One search over every kind of record (Ctrl+K in the window): partners, engagements,
risks, decisions, action items, milestones, charters, agreements, contacts and the change
log, ranked and grouped by kind.

Each kind is read through its full-text index (store.fulltext.INDEXES; words are
prefixes, case and accent blind, every word required). Within a kind the hits come in
tiers, each read newest first: every word a whole word of the title (or name, or code),
then a prefix of it, then whole words anywhere in the record, then prefixes anywhere.
A tier stops being read once the kind has its `limit` hits, and each tier reads at most
`WINDOW` matches (the index's newest), so a one-letter search at 100k risks costs what a
narrow one costs. The total per kind is counted in the index first, up to `COUNT_CAP`:
a kind with none costs that count alone, and one with up to `FEW` matches is read in one
query and ranked here by the same tiers (its words split as the index splits them).

The change log has no index of its own: its hits are the latest entries of the records
found (along ix_change_log_row_time), so "vogel" shows what was done to the contact
Vogel and when, at any length of the log.

What the user typed is never SQL or FTS5 syntax: quotes, operators (OR, NEAR(, *) are
plain words or separators (fulltext.match_query), and a text with no word finds nothing.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from cdmo_desktop.domain.models import (
    ActionItem,
    Agreement,
    Charter,
    Contact,
    Decision,
    Engagement,
    Milestone,
    Partner,
    Risk,
)
from cdmo_desktop.store import fulltext
from cdmo_desktop.store.search_results import COUNT_CAP, Group, Hit, Results, latest_changes

if TYPE_CHECKING:
    from sqlmodel import Session

    from cdmo_desktop.store.store import Store

LIMIT = 8
"""Hits shown per kind (the rest is "N more")."""
WINDOW = 2000
"""Matches of one tier read at most (the index's newest)."""

KINDS: tuple[str, ...] = (
    "partner",
    "engagement",
    "risk",
    "decision",
    "action",
    "milestone",
    "charter",
    "agreement",
    "contact",
    "change",
)
"""The kinds of records found, in the order their groups come at an equal rank."""

_CODE = re.compile(r"^\s*R-?0*(\d{1,6})\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class _Kind:
    key: str
    table: sa.Table
    index: str
    title: str  # the title column (the engagement's title for a charter)
    title_columns: tuple[str, ...]  # the index's columns that count as the title
    context: tuple[str, ...]  # columns of the second line when the title matched
    ids: tuple[str, ...] = ()  # engagement_id, partner_id, client_id: what opens it


def _table(model: Any) -> sa.Table:
    table: sa.Table = model.__table__
    return table


_SPECS: tuple[_Kind, ...] = (
    _Kind("partner", _table(Partner), "partner_fts", "name", ("name",), ("legal_name", "city")),
    _Kind(
        "engagement",
        _table(Engagement),
        "engagement_fts",
        "title",
        ("title",),
        ("client_name", "partner_name", "program"),
        ("partner_id", "client_id"),
    ),
    _Kind(
        "risk",
        _table(Risk),
        "risk_fts",
        "title",
        ("title",),
        ("engagement_title",),
        ("engagement_id",),
    ),
    _Kind(
        "decision",
        _table(Decision),
        "decision_fts",
        "title",
        ("title",),
        ("decided_by",),
        ("engagement_id",),
    ),
    _Kind(
        "action",
        _table(ActionItem),
        "action_item_fts",
        "description",
        ("description",),
        ("owner",),
        ("engagement_id",),
    ),
    _Kind(
        "milestone", _table(Milestone), "milestone_fts", "name", ("name",), (), ("engagement_id",)
    ),
    _Kind(
        "charter",
        _table(Charter),
        "charter_fts",
        "",
        ("scope",),
        ("decision_maker",),
        ("engagement_id",),
    ),
    _Kind(
        "agreement",
        _table(Agreement),
        "agreement_fts",
        "title",
        ("title", "reference"),
        ("reference", "governing_law"),
        ("engagement_id", "partner_id", "client_id"),
    ),
    _Kind(
        "contact",
        _table(Contact),
        "contact_fts",
        "name",
        ("name",),
        ("role", "email"),
        ("partner_id", "client_id"),
    ),
)


def search(store: Store, text: str, limit: int = LIMIT) -> Results:
    """Search every kind for `text` (see the module docstring): at most `limit` hits per
    kind. Nothing searchable typed (no letter or digit): no groups."""
    with store.read() as s:
        return search_in(s, text, limit)


def search_in(session: Session, text: str, limit: int = LIMIT) -> Results:
    """`search` in an open session."""
    typed = " ".join(fulltext.words(text))
    if not typed or limit < 1:
        return Results(text)
    dialect = session.get_bind().dialect.name
    groups = [g for spec in _SPECS if (g := _search_kind(session, dialect, spec, typed, limit))]
    changes = latest_changes(session, [h for g in groups for h in g.hits], limit)
    if changes is not None:
        groups.append(changes)
    order = {k: i for i, k in enumerate(KINDS)}
    groups.sort(key=lambda g: (g.hits[0].tier, order[g.kind]))
    return Results(text, tuple(groups))


# --- one kind -----------------------------------------------------------------------------


def _tiers(spec: _Kind, typed: str) -> list[tuple[int, str, tuple[str, ...], tuple[str, ...]]]:
    """(tier, text, phrases, columns) of the searches of a kind, best first."""
    whole = tuple(fulltext.words(typed))
    return [
        (0, "", whole, spec.title_columns),
        (1, typed, (), spec.title_columns),
        (2, "", whole, ()),
        (3, typed, (), ()),
    ]


def _columns(spec: _Kind) -> list[Any]:
    t = spec.table
    index = fulltext.INDEXES[spec.index]
    names = dict.fromkeys((*index.columns, *spec.context, *spec.ids))
    cols: list[Any] = [t.c.id, t.c.updated_at, *(t.c[n] for n in names)]
    if spec.key == "risk":
        cols.append(t.c.number)
    if "engagement_id" in spec.ids and spec.key != "risk":  # a risk stores its own
        cols.append(_engagement_title(t))
    return cols


def _engagement_title(t: sa.Table) -> Any:
    e = _table(Engagement)
    return (
        sa.select(e.c.title)
        .where(e.c.id == t.c.engagement_id)
        .scalar_subquery()
        .label("engagement_title")
    )


def _search_kind(
    session: Session, dialect: str, spec: _Kind, typed: str, limit: int
) -> Group | None:
    """A kind's hits: counted first (in the index); a few matches are read at once and
    ranked here, many are read tier by tier (each tier `limit` rows, newest first)."""
    t = spec.table
    found: dict[str, Hit] = {}
    if spec.key == "risk" and (code := _CODE.match(typed.replace(" ", "-"))):
        query = sa.select(*_columns(spec)).where(t.c.number == int(code.group(1)))
        query = query.order_by(t.c.updated_at.desc(), t.c.id).limit(limit)
        for row in session.execute(query).mappings():
            found[row["id"]] = _hit(spec, row, 0, typed)
    total, capped = _count(session, dialect, spec, typed)
    if total == 0 and not found:
        return None
    if 0 < total <= FEW and not capped:
        _rank_few(session, dialect, spec, typed, limit, found)
    elif total:
        _read_tiers(session, dialect, spec, typed, limit, found)
    return Group(spec.key, tuple(found.values()), max(total, len(found)), capped)


FEW = 4 * LIMIT
"""Up to this many matches a kind's rows are read in one query and ranked in Python."""


def _rank_few(
    session: Session, dialect: str, spec: _Kind, typed: str, limit: int, found: dict[str, Hit]
) -> None:
    t = spec.table
    where = fulltext.condition(dialect, spec.index, typed, table=t)
    if where is None:
        return
    query = sa.select(*_columns(spec)).where(where).order_by(t.c.updated_at.desc(), t.c.id)
    rows = [r for r in session.execute(query.limit(FEW)).mappings() if r["id"] not in found]
    wanted = [fold(w) for w in fulltext.words(typed)]
    ranked = sorted(((_tier_of(spec, r, wanted), i, r) for i, r in enumerate(rows)))
    for tier, _i, row in ranked[: max(0, limit - len(found))]:
        found[row["id"]] = _hit(spec, row, tier, typed)


def _tier_of(spec: _Kind, row: Any, wanted: Sequence[str]) -> int:
    """The tier of a row that matches (see `_tiers`), from its text as the index splits
    it into words."""
    columns = fulltext.INDEXES[spec.index].columns

    def words_of(names: Sequence[str]) -> set[str]:
        return {fold(w) for n in names for w in fulltext.words(str(row[n] or ""))}

    title, every = words_of(spec.title_columns), words_of(columns)
    if all(w in title for w in wanted):
        return 0
    if all(any(t.startswith(w) for t in title) for w in wanted):
        return 1
    return 2 if all(w in every for w in wanted) else 3


def _read_tiers(
    session: Session, dialect: str, spec: _Kind, typed: str, limit: int, found: dict[str, Hit]
) -> None:
    t = spec.table
    for tier, words_text, phrases, columns in _tiers(spec, typed):
        if len(found) >= limit:
            return
        where = fulltext.condition(
            dialect, spec.index, words_text, phrases, table=t, columns=columns, newest=WINDOW
        )
        if where is None:
            return
        query = (
            sa.select(*_columns(spec))
            .where(where)
            .order_by(t.c.updated_at.desc(), t.c.id)
            .limit(limit + len(found))
        )
        for row in session.execute(query).mappings():
            if row["id"] not in found and len(found) < limit:
                found[row["id"]] = _hit(spec, row, tier, typed)


def _count(session: Session, dialect: str, spec: _Kind, typed: str) -> tuple[int, bool]:
    """How many records of the kind match (up to COUNT_CAP, then capped)."""
    where = fulltext.condition(dialect, spec.index, typed, table=spec.table, newest=COUNT_CAP + 1)
    if where is None:
        return 0, False
    matched = sa.select(spec.table.c.id).where(where).limit(COUNT_CAP + 1).subquery()
    n = int(session.execute(sa.select(sa.func.count()).select_from(matched)).scalar_one())
    return min(n, COUNT_CAP), n > COUNT_CAP


def _hit(spec: _Kind, row: Any, tier: int, typed: str) -> Hit:
    title = str(row["engagement_title"] or "") if spec.key == "charter" else str(row[spec.title])
    code = f"R-{int(row['number']):03d}" if spec.key == "risk" else ""
    ids = {k: row[k] for k in spec.ids}
    return Hit(
        kind=spec.key,
        record_id=str(row["id"]),
        title=_one_line(title),
        snippet=_snippet(spec, row, tier, typed),
        tier=tier,
        updated_at=row["updated_at"],
        engagement_id=ids.get("engagement_id"),
        partner_id=ids.get("partner_id"),
        client_id=ids.get("client_id"),
        code=code,
    )


# --- the second line ----------------------------------------------------------------------

_SPACE = re.compile(r"\s+")
_NOT_SHOWN = {"search_extra"}  # derived, folded text: the record's context says more
_AROUND = 30
_LENGTH = 90


def fold(text: str) -> str:
    """Lower case without accents ("Café" -> "cafe"), as the index compares words."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _one_line(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def _snippet(spec: _Kind, row: Any, tier: int, typed: str) -> str:
    """Where the words were found when not in the title (the text around the first one
    found, on one line), else the record's context (its engagement, role, city...)."""
    if tier >= 2:
        wanted = [fold(w) for w in fulltext.words(typed)]
        for column in fulltext.INDEXES[spec.index].columns:
            if column in spec.title_columns or column in _NOT_SHOWN:
                continue
            text = _one_line(str(row[column] or ""))
            at = _first_word_at(text, wanted)
            if at >= 0:
                return _excerpt(text, at)
    parts = [str(row[c] or "") for c in spec.context]
    if "engagement_title" in row and spec.key != "charter" and spec.key != "risk":
        parts.append(str(row["engagement_title"] or ""))
    return _one_line(" · ".join(p for p in parts if p.strip()))


def _first_word_at(text: str, wanted: Sequence[str]) -> int:
    for match in re.finditer(r"\w+", text):
        word = fold(match.group())
        if any(word.startswith(w) for w in wanted):
            return match.start()
    return -1


def _excerpt(text: str, at: int) -> str:
    start = max(0, at - _AROUND)
    if start:
        space = text.find(" ", start, at)
        start = space + 1 if space >= 0 else start
    piece = text[start : start + _LENGTH]
    head = "…" if start else ""
    tail = "…" if start + _LENGTH < len(text) else ""
    return f"{head}{piece.strip()}{tail}"
