"""A broad risk search read a page at a time along the sort order's index (store.risks,
fulltext.whole_terms): each risk is looked up in the full-text index by its key, a long
typed word as the whole words it begins. The pages list exactly the risks a plain scan of
every risk's text finds, in display order, and no prefix of a long word is merged for them."""

from __future__ import annotations

import random
import re
import unicodedata
from datetime import date
from typing import Any

import pytest
import sqlalchemy as sa

from cdmo_desktop.domain.enums import RiskCategory, RiskStatus
from cdmo_desktop.domain.models import Risk
from cdmo_desktop.store import Store, fulltext
from cdmo_desktop.store import risks as rs
from tests.risks_support import Portfolio, make_portfolio

WORDS = (
    "supplier suppliers supply supplied Supplierside suppression Sûpplier kestrel kestrels "
    "transfer delay batch résumé cafe Café audit"
).split()
TYPED = (
    "supplie",
    "supplier",
    "Suppliers",
    "supplier del",
    "sup",
    "supplierz",
    "supply kestrel",
    "supp caf",
    "resume",
)
STATUSES = ("open", "monitoring", "closed")


def _fold(text: str) -> list[str]:
    plain = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in plain if not unicodedata.combining(c)).lower()
    return re.findall(r"[^\W_]+", plain)


def _fill(store: Store, pf: Portfolio, n: int = 60) -> None:
    pick = random.Random(7)

    def text() -> str:
        return " ".join(pick.choice(WORDS) for _ in range(pick.randint(1, 4)))

    def closed(i: int) -> dict[str, Any]:
        if STATUSES[i % 3] != "closed":
            return {}
        return {"closed_date": date(2026, 10, 1), "closure_note": "Resolved"}

    def work(s: Any) -> None:
        for i in range(n):
            s.add(
                Risk(
                    engagement_id=pf.alpha if i % 2 else pf.beta,
                    number=0,
                    title=text(),
                    description=text(),
                    mitigation=text() if i % 3 else "",
                    category=RiskCategory.SUPPLY,
                    likelihood=pick.randint(1, 5),
                    impact=pick.randint(1, 5),
                    status=RiskStatus(STATUSES[i % 3]),
                    raised_date=date(2026, 9, 1),
                    next_review_date=date(2026, 12, 1 + i % 20),
                    **closed(i),
                )
            )

    store.write("Log risks", work)


def _expected(store: Store, filters: dict[str, Any]) -> list[str]:
    """Ids of the risks a plain scan finds, by score then id, highest first."""
    typed = _fold(filters["search"])
    with store.read() as s:
        every = list(s.execute(sa.select(Risk)).scalars())
    found = []
    for risk in every:
        status = getattr(risk.status, "value", risk.status)
        if filters.get("status") == rs.ACTIVE and status not in rs.LIVE_STATUS_VALUES:
            continue
        words = _fold(" ".join((risk.title, risk.description or "", risk.mitigation or "")))
        if all(any(w.startswith(t) for w in words) for t in typed):
            found.append(risk)
    found.sort(key=lambda r: (r.score, r.id), reverse=True)
    return [r.id for r in found]


def _pages(store: Store, filters: dict[str, Any], listed: int) -> list[str]:
    shown: list[str] = []
    after = None
    while True:
        page = rs.fetch_risks(store, filters, "score", True, 7, after, listed=listed)
        shown += [r.id for r in page]
        if len(page) < 7:
            return shown
        after = page[-1]


@pytest.fixture
def filled(store: Store) -> Store:
    _fill(store, make_portfolio(store))
    return store


@pytest.fixture
def lookups(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each risk looked up whenever the probe walks the sort index, as at a million risks
    (here, with a few dozen, building the list of matches costs less)."""
    monkeypatch.setattr(rs, "LOOKUP_COST", 0)


@pytest.mark.parametrize("looked_up", [False, True])
@pytest.mark.parametrize("status", [None, rs.ACTIVE])
@pytest.mark.parametrize("typed", TYPED)
def test_pages_list_what_a_scan_finds(
    filled: Store, typed: str, status: str | None, looked_up: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    if looked_up:
        monkeypatch.setattr(rs, "LOOKUP_COST", 0)
    filters: dict[str, Any] = {"search": typed}
    if status:
        filters["status"] = status
    expected = _expected(filled, filters)
    # As the register reads them: with the count (a broad search then walks the sort
    # order's index), and without it (the first page of a keystroke).
    assert _pages(filled, filters, listed=len(expected)) == expected
    first = rs.fetch_risks(filled, filters, "score", True, 7)
    assert [r.id for r in first] == expected[:7]


@pytest.mark.sqlite_only
@pytest.mark.usefixtures("lookups")
def test_a_broad_long_word_is_looked_up_as_whole_words(filled: Store) -> None:
    filters = {"search": "supplie"}
    expected = _expected(filled, filters)
    assert len(expected) > 20  # broad: the page is read along the score index
    statements: list[str] = []

    def seen(conn: Any, cursor: Any, statement: str, parameters: Any, *args: Any) -> None:
        statements.append(f"{statement} {parameters}")

    sa.event.listen(filled.engine, "before_cursor_execute", seen)
    try:
        page = rs.fetch_risks(filled, filters, "score", True, 7, listed=len(expected))
    finally:
        sa.event.remove(filled.engine, "before_cursor_execute", seen)
    assert [r.id for r in page] == expected[:7]
    with filled.read() as s:
        terms = fulltext.whole_terms(s, "risk_fts", "supplie")
    assert terms is not None
    assert sorted(terms["supplie"]) == ["supplied", "supplier", "suppliers", "supplierside"]
    merged = [s for s in statements if "MATCH" in s and "supplie" in s]
    assert merged, "the page reads the full-text index"
    assert not any('"supplie"*' in s for s in merged)


@pytest.mark.usefixtures("lookups")
def test_a_word_beginning_no_word_lists_nothing(filled: Store) -> None:
    filters = {"search": "sup zzzzq"}
    assert rs.fetch_risks(filled, filters, "score", True, 7, listed=40) == []


@pytest.mark.sqlite_only
def test_a_few_dozen_risks_read_their_list_of_matches(filled: Store) -> None:
    """Where the walk along the sort index meets many risks for each match (a small
    register), the matches are read as a list: no vocabulary is read."""
    with filled.read() as s:
        assert rs._lookup_terms(s, {"search": "supplie"}, 7, None, 60) is None
        assert rs._lookup_terms(s, {"search": "supplie"}, 7, 40, 60) is None
    rs.LOOKUP_COST, cost = 0, rs.LOOKUP_COST
    try:
        with filled.read() as s:
            assert rs._lookup_terms(s, {"search": "supplie"}, 7, 40, 60) is not None
    finally:
        rs.LOOKUP_COST = cost
