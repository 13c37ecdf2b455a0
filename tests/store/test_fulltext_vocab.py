"""The whole words a typed word begins, kept between keystrokes (store.fulltext_vocab): the
next letter typed reads no vocabulary, and a write to the index makes what was kept stale."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
import sqlalchemy as sa

from cdmo_desktop.domain.enums import RiskCategory
from cdmo_desktop.domain.models import Risk
from cdmo_desktop.store import Store, fulltext
from cdmo_desktop.store import risks as rs
from tests.risks_support import make_portfolio

pytestmark = pytest.mark.sqlite_only

TITLES = ("Supplier audit", "Suppliers late", "Supplied batch short", "Supplies of resin")


def _add(store: Store, engagement: str, titles: tuple[str, ...]) -> None:
    def work(s: Any) -> None:
        for title in titles:
            s.add(
                Risk(
                    engagement_id=engagement,
                    number=0,
                    title=title,
                    category=RiskCategory.SUPPLY,
                    raised_date=date(2026, 9, 1),
                )
            )

    store.write("Log risks", work)


@pytest.fixture
def filled(store: Store) -> tuple[Store, str]:
    engagement = make_portfolio(store).alpha
    _add(store, engagement, TITLES * 5)
    return store, engagement


def _statements(store: Store, read: Any) -> list[str]:
    seen: list[str] = []

    def statement(conn: Any, cursor: Any, text: str, *args: Any) -> None:
        seen.append(text)

    sa.event.listen(store.engine, "before_cursor_execute", statement)
    try:
        read()
    finally:
        sa.event.remove(store.engine, "before_cursor_execute", statement)
    return seen


def _titles(store: Store, typed: str) -> list[str]:
    return sorted(r.title for r in rs.fetch_risks(store, {"search": typed}, "score", True, 100))


def test_the_next_letter_reads_no_vocabulary(
    filled: tuple[Store, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    store, _ = filled
    monkeypatch.setattr(rs, "LOOKUP_COST", 0)  # broad, as at a million risks
    first = _statements(store, lambda: _titles(store, "supplie"))
    assert any("_terms" in s for s in first), "the vocabulary is read once"
    found: list[str] = []
    second = _statements(store, lambda: found.extend(_titles(store, "supplier")))
    assert not any("_terms" in s for s in second)
    assert found == sorted(["Supplier audit", "Suppliers late"] * 5)


def test_kept_words_answer_as_the_vocabulary_does(filled: tuple[Store, str]) -> None:
    store, _ = filled
    with store.read() as s:
        fulltext.whole_terms(s, "risk_fts", "supp", kept=True)  # too short: nothing kept
        fulltext.whole_terms(s, "risk_fts", "suppl", kept=True)
        for typed in ("supplie", "supplier", "suppliers", "supplierz", "supplies resin"):
            assert fulltext.whole_terms(s, "risk_fts", typed, kept=True) == (
                fulltext.whole_terms(s, "risk_fts", typed)
            ), typed
    with store.read() as s:
        assert fulltext.whole_terms(s, "risk_fts", "supplier", kept=True) == {
            "supplier": {"supplier": 5, "suppliers": 5}
        }


def test_a_write_makes_the_kept_words_stale(
    filled: tuple[Store, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    store, engagement = filled
    monkeypatch.setattr(rs, "LOOKUP_COST", 0)
    assert _titles(store, "supplie") == sorted(TITLES * 5)
    _add(store, engagement, ("Supplierside contract",))
    assert "Supplierside contract" in _titles(store, "supplier")
    with store.read() as s:
        terms = fulltext.whole_terms(s, "risk_fts", "supplier", kept=True)
    assert terms is not None and terms["supplier"]["supplierside"] == 1
