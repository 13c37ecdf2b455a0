"""A risk search's count, due count and heat map (store.risk_search: on SQLite read from the
full-text index's keys alone, never from the risk rows) agree with the risks themselves
after every kind of write: a new risk, an edit of its status, scores, residual scores,
review date or text, a delete, undo and redo (Store.replay), plain SQL, and a bulk rebuild
(store.bulk.REBUILDERS)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
import sqlalchemy as sa

from cdmo_desktop.domain import risk_matrix
from cdmo_desktop.domain.models import Risk
from cdmo_desktop.store import Store, bulk, risk_edits, risk_search, risk_search_bands
from cdmo_desktop.store import risks as rs
from tests.risks_support import TODAY, Portfolio, add_risk, make_portfolio

LIVE = set(rs.LIVE_STATUS_VALUES)
WORD = "supplier"


@pytest.fixture(autouse=True, params=["one pass", "group by group"])
def facet_reading(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """The facet groups read in one pass over the matches, and (as for a broad search at a
    million risks) group by group, a typed word's whole words kept between reads
    (store.risk_search_bands.facet_rows)."""
    if request.param == "group by group":
        monkeypatch.setattr(risk_search_bands, "FACET_SKIP_MATCHES", 0)


@pytest.fixture
def pf(store: Store) -> Portfolio:
    return make_portfolio(store)


def _risks(store: Store) -> list[Risk]:
    with store.read() as s:
        return list(s.execute(sa.select(Risk)).scalars())


def _matches(risk: Risk) -> bool:
    text = " ".join((risk.title, risk.description, risk.mitigation)).lower()
    return any(w.startswith(WORD) for w in text.replace(".", " ").split())


def _expected(store: Store, filters: dict[str, Any]) -> tuple[int, int, Any]:
    """(listed, due, heat map) worked out in Python from every risk."""
    today = filters.get("today") or TODAY
    listed = []
    for risk in _risks(store):
        if not _matches(risk):
            continue
        status = str(risk.status.value if hasattr(risk.status, "value") else risk.status)
        if filters.get("status") == rs.ACTIVE and status not in LIVE:
            continue
        if filters.get("status") not in (None, rs.ACTIVE) and status != filters["status"]:
            continue
        level = filters.get("level")
        if level and risk_matrix.level(risk.likelihood, risk.impact).value != level:
            continue
        due = status in LIVE and risk.next_review_date is not None
        due = due and risk.next_review_date <= today  # type: ignore[operator]
        if filters.get("review_due") and not due:
            continue
        listed.append((risk, due))
    current = risk_matrix.grid_from_counts((r.likelihood, r.impact, 1) for r, _ in listed)
    residual = risk_matrix.grid_from_counts(
        (r.residual_likelihood, r.residual_impact, 1) for r, _ in listed
    )
    unassessed = len(listed) - sum(map(sum, residual))
    heat = risk_matrix.HeatMapCounts(current, residual, unassessed)
    return len(listed), sum(1 for _, d in listed if d), heat


FILTERS: tuple[dict[str, Any], ...] = (
    {"search": WORD},
    {"search": WORD, "status": rs.ACTIVE},
    {"search": WORD, "status": "closed"},
    {"search": WORD, "status": rs.ACTIVE, "level": "high"},
    {"search": WORD, "status": rs.ACTIVE, "review_due": True, "today": TODAY},
)


def _check(store: Store) -> None:
    for filters in FILTERS:
        expected = _expected(store, filters)
        found = rs.search_counts(store, filters, TODAY)
        assert found is not None
        assert found == expected, filters
        assert rs.count_risks_and_due(store, filters, TODAY) == expected[:2], filters
        assert rs.count_risks(store, filters) == expected[0], filters
        assert rs.heatmap_counts(store, filters) == expected[2], filters


def _seed(store: Store, pf: Portfolio) -> list[Risk]:
    return [
        add_risk(store, pf.alpha, "Supplier delay", likelihood=4, impact=5),
        add_risk(
            store,
            pf.alpha,
            "Late suppliers' audit",
            likelihood=2,
            impact=3,
            residual_likelihood=1,
            residual_impact=2,
            next_review_date=TODAY - timedelta(days=3),
        ),
        add_risk(store, pf.beta, "Batch failure", mitigation="Second supplier qualified"),
        add_risk(
            store,
            pf.beta,
            "Supplier closes",
            status="closed",
            next_review_date=None,
            closed_date=TODAY,
            closure_note="Second source approved",
        ),
        add_risk(store, pf.beta, "Column resin shortage", likelihood=5, impact=5),
    ]


def test_counts_and_heat_map_follow_every_write(store: Store, pf: Portfolio) -> None:
    risks = _seed(store, pf)
    _check(store)
    first, second, third, _closed, resin = risks
    writes: list[dict[str, Any]] = [
        {"status": "monitoring"},
        {"status": "closed", "closure_note": "Gone", "closed_date": TODAY},
        {"likelihood": 1, "impact": 2},
        {"residual_likelihood": 3, "residual_impact": 3},
        {"next_review_date": TODAY + timedelta(days=40)},
        {"next_review_date": TODAY - timedelta(days=40)},
    ]
    for changes in writes:
        change = risk_edits.edit_risk(store, first.id, changes)
        _check(store)
        store.replay(change.before, "undo")
        _check(store)
        store.replay(change.after, "redo")
        _check(store)
    # Text in and out of the search.
    gone = risk_edits.edit_risk(store, second.id, {"title": "Late audit"})
    _check(store)
    came = risk_edits.edit_risk(store, resin.id, {"mitigation": "A supplier of resin"})
    _check(store)
    store.replay(came.before, "undo")
    store.replay(gone.before, "undo")
    _check(store)
    deleted = risk_edits.delete_risk(store, third.id)
    _check(store)
    store.replay(deleted.before, "undo")
    _check(store)


def test_a_sql_write_and_a_bulk_rebuild_keep_the_index_right(store: Store, pf: Portfolio) -> None:
    risks = _seed(store, pf)
    with store.engine.begin() as conn:  # plain SQL, around the flush hook
        conn.execute(
            sa.update(Risk)
            .where(Risk.id == risks[0].id)  # type: ignore[arg-type]
            .values(status="mitigating", likelihood=5, residual_likelihood=2, residual_impact=1)
        )
    _check(store)
    with store.engine.begin() as conn:
        bulk.rebuild_derived(conn)
    _check(store)


@pytest.mark.sqlite_only
def test_the_index_keys_carry_status_cells_and_review_day(store: Store, pf: Portfolio) -> None:
    review = date(2026, 12, 1)
    risk = add_risk(
        store,
        pf.alpha,
        "Supplier delay",
        likelihood=4,
        impact=2,
        residual_likelihood=3,
        residual_impact=1,
        status="mitigating",
        next_review_date=review,
    )
    with store.read() as s:
        rowid = s.execute(sa.text("SELECT rowid FROM risk WHERE id = :i"), {"i": risk.id}).scalar()
        keys = s.execute(
            sa.text("SELECT rowid FROM risk_fts WHERE risk_fts MATCH 'supplier'")
        ).scalars()
        (key,) = list(keys)
    assert key & risk_search.ROWID_MASK == rowid
    assert (key >> risk_search.DAY_SHIFT) & risk_search.DAY_MASK == risk_search.day_number(review)
    group = risk_search.decode(key >> risk_search.FACET_SHIFT, 1, 0)
    assert (group.status, group.likelihood, group.impact) == ("mitigating", 4, 2)
    assert (group.residual_likelihood, group.residual_impact) == (3, 1)
    assert key < risk_search.LIVE_KEYS_BELOW


def test_a_search_with_another_filter_is_counted_from_the_rows(store: Store, pf: Portfolio) -> None:
    _seed(store, pf)
    mine = {"search": WORD, "engagement_id": pf.alpha}
    assert rs.search_counts(store, mine, TODAY) is None
    assert rs.count_risks(store, mine) == 2


@pytest.mark.sqlite_only
def test_the_bulk_rebuild_refills_an_emptied_index(store: Store, pf: Portfolio) -> None:
    """What the benchmark generator relies on: rows written around the triggers get their
    index entries, with their keys, from bulk.rebuild_derived."""
    _seed(store, pf)
    with store.engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO risk_fts(risk_fts) VALUES ('delete-all')")
    assert rs.search_counts(store, {"search": WORD}, TODAY) == (0, 0, risk_matrix.HeatMapCounts())
    with store.engine.begin() as conn:
        bulk.rebuild_derived(conn)
    _check(store)
