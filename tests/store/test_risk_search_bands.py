"""A broad risk search's pages in score order read one score at a time (store.
risk_search_bands): every page, forwards and backwards, lists exactly the risks a plain scan
of every risk's text finds, in display order; and the first page costs the database a
short list per score instead of a search of the full-text index per risk walked."""

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
from cdmo_desktop.store import Store, risk_search_bands
from cdmo_desktop.store import risks as rs
from tests.risks_support import make_portfolio

WORDS = "supplier suppliers supplied Supplierside kestrel transfer delay audit".split()
TYPED = ("supplier", "supplie", "suppl del", "supplierz", "kestrel audit")
STATUSES = ("open", "monitoring", "mitigating", "closed", "realized")


def _fold(text: str) -> list[str]:
    plain = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in plain if not unicodedata.combining(c)).lower()
    return re.findall(r"[^\W_]+", plain)


def _fill(store: Store, n: int, seed: int = 11) -> None:
    pf = make_portfolio(store)
    pick = random.Random(seed)

    def text() -> str:
        return " ".join(pick.choice(WORDS) for _ in range(pick.randint(1, 3)))

    def work(s: Any) -> None:
        for i in range(n):
            status = STATUSES[pick.randrange(len(STATUSES))]
            done: dict[str, Any] = {"closed_date": date(2026, 10, 1), "closure_note": "Resolved"}
            s.add(
                Risk(
                    engagement_id=pf.alpha if i % 2 else pf.beta,
                    number=0,
                    title=text(),
                    description=text() if i % 4 else "",
                    mitigation=text() if i % 3 else "",
                    category=RiskCategory.SUPPLY,
                    likelihood=pick.randint(1, 5),
                    impact=pick.randint(1, 5),
                    status=RiskStatus(status),
                    raised_date=date(2026, 9, 1),
                    next_review_date=date(2026, 12, 1 + i % 20),
                    **(done if status in ("closed", "realized") else {}),
                )
            )

    store.write("Log risks", work)


def _expected(store: Store, filters: dict[str, Any], descending: bool) -> list[str]:
    """Ids of the risks a plain scan finds, by score then id."""
    typed = _fold(filters["search"])
    wanted = filters.get("status")
    with store.read() as s:
        every = list(s.execute(sa.select(Risk)).scalars())
    found = []
    for risk in every:
        status = getattr(risk.status, "value", risk.status)
        if wanted == rs.ACTIVE and status not in rs.LIVE_STATUS_VALUES:
            continue
        if wanted and wanted != rs.ACTIVE and status != wanted:
            continue
        words = _fold(" ".join((risk.title, risk.description or "", risk.mitigation or "")))
        if all(any(w.startswith(t) for w in words) for t in typed):
            found.append(risk)
    found.sort(key=lambda r: (r.score, r.id), reverse=descending)
    return [r.id for r in found]


def _forwards(store: Store, filters: dict[str, Any], descending: bool, size: int) -> list[str]:
    shown: list[str] = []
    after = None
    while True:
        page = rs.fetch_risks(store, filters, "score", descending, size, after)
        shown += [r.id for r in page]
        if len(page) < size:
            return shown
        after = page[-1]


def _backwards(store: Store, filters: dict[str, Any], descending: bool, size: int) -> list[str]:
    shown: list[str] = []
    before = None
    while True:
        page = rs.fetch_risks_before(store, filters, "score", descending, size, before)
        shown = [r.id for r in page] + shown
        if len(page) < size:
            return shown
        before = page[0]


@pytest.fixture
def lookups(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every search read as at a million risks: broad ones by score bands."""
    monkeypatch.setattr(rs, "LOOKUP_COST", 0)


@pytest.mark.usefixtures("lookups")
@pytest.mark.parametrize("status", [None, rs.ACTIVE, "mitigating", "realized"])
def test_pages_by_score_list_what_a_scan_finds(store: Store, status: str | None) -> None:
    _fill(store, 160)
    for typed in TYPED:
        filters: dict[str, Any] = {"search": typed, **({"status": status} if status else {})}
        for descending in (True, False):
            expected = _expected(store, filters, descending)
            assert _forwards(store, filters, descending, 9) == expected, (typed, descending)
            assert _backwards(store, filters, descending, 9) == expected, (typed, descending)
            first = rs.fetch_risks(store, filters, "score", descending, 9)
            assert [r.id for r in first] == expected[:9]


@pytest.mark.sqlite_only
def test_every_score_has_its_cells() -> None:
    """The bands cover every key a live risk may have: each cell in exactly one score."""
    ranks = range(0, 3)
    every = [r for s in risk_search_bands.SCORES for r in risk_search_bands.key_ranges(s, ranks)]
    assert len(every) == 25 * 3
    assert len(set(every)) == len(every)
    assert all(hi - lo == 1 << 54 for lo, hi in every)


def _steps(store: Store, read: Any) -> int:
    """SQLite virtual machine steps `read` costs (counted by the progress handler)."""
    counted = [0]

    def step() -> int:
        counted[0] += 1
        return 0

    def out(dbapi: Any, *_: Any) -> None:
        dbapi.set_progress_handler(step, 1)

    def back(dbapi: Any, *_: Any) -> None:
        dbapi.set_progress_handler(None, 1)

    sa.event.listen(store.engine, "checkout", out)
    sa.event.listen(store.engine, "checkin", back)
    try:
        read()
    finally:
        sa.event.remove(store.engine, "checkout", out)
        sa.event.remove(store.engine, "checkin", back)
    return counted[0]


@pytest.mark.sqlite_only
@pytest.mark.usefixtures("lookups")
def test_a_broad_first_page_does_not_search_the_index_per_risk(store: Store) -> None:
    """The first page of a search matching a third of the risks, in score order: the
    database's steps stay within a few times those of the page without the search."""
    _fill(store, 2000, seed=5)
    filters = {"search": "supplier", "status": rs.ACTIVE}
    expected = _expected(store, filters, True)
    assert len(expected) > 600  # broad: about a third of the risks
    searched = _steps(store, lambda: rs.fetch_risks(store, filters, "score", True, 51))
    plain = _steps(store, lambda: rs.fetch_risks(store, {"status": rs.ACTIVE}, "score", True, 51))
    # The same page of the live risks without the search walks a third as many risks; a
    # lookup per risk walked cost 12 times its steps, a list per score under 3 times.
    assert searched < 4 * plain
