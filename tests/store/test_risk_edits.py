"""Risk use cases (store.risk_edits) and the numbering the flush hook gives every new risk,
whichever path wrote it: the use cases, a bare Store.write, undo and redo (Store.replay)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from sqlmodel import select

from cdmo_desktop.domain.enums import RiskCategory
from cdmo_desktop.domain.models import ChangeLog, Risk, new_id
from cdmo_desktop.domain.validation import ValidationError
from cdmo_desktop.store import Store, risk_edits, risk_forms, risk_reviews
from tests.risks_support import TODAY, Portfolio, add_risk, make_portfolio
from tests.undo_support import database_rows, diff


@pytest.fixture
def pf(store: Store) -> Portfolio:
    return make_portfolio(store)


def _values(engagement_id: str, title: str = "Supplier delay", **kw: Any) -> dict[str, Any]:
    return {"engagement_id": engagement_id, "title": title, "category": "supply", **kw}


def _number(store: Store, risk_id: str) -> int:
    with store.read() as s:
        risk = s.get(Risk, risk_id)
        assert risk is not None
        return risk.number


def _bare(engagement_id: str, title: str, **number: Any) -> Risk:
    """A Risk row as an import would write it (`number` left out or given)."""
    values: dict[str, Any] = {"category": RiskCategory.SUPPLY, **number}
    return Risk(engagement_id=engagement_id, title=title, **values)


def test_a_bare_write_numbers_new_risks_per_engagement(store: Store, pf: Portfolio) -> None:
    unset = _bare(pf.alpha, "No number")
    zero = _bare(pf.alpha, "Number 0", number=0)
    beta = _bare(pf.beta, "Beta", number=0)
    change = store.write("Import", lambda s: s.add_all([unset, zero, beta]))
    assert change.ids("risk") == {unset.id, zero.id, beta.id}
    assert [_number(store, r.id) for r in (unset, zero, beta)] == [1, 2, 1]
    taken = _bare(pf.alpha, "Asks for 2", number=2)
    free = _bare(pf.alpha, "Asks for 9", number=9)
    twin = _bare(pf.alpha, "Asks for 9 too", number=9)
    store.write("Import", lambda s: s.add_all([taken, free, twin]))
    assert [_number(store, r.id) for r in (taken, free, twin)] == [10, 9, 11]


def test_log_risk_numbers_scores_and_labels(store: Store, pf: Portfolio) -> None:
    add_risk(store, pf.alpha, "First")
    risk_id = new_id()
    change = risk_edits.log_risk(
        store, risk_id, _values(pf.alpha, "Endotoxin OOS", likelihood=4, impact=5)
    )
    assert change.label == "Log risk 'Endotoxin OOS'"
    assert change.tables == {"risk"}
    row = change.row("risk", risk_id)
    assert row is not None and (row["number"], row["score"], row["level"]) == (2, 20, "critical")


def test_edit_review_and_delete_are_labelled_with_the_code(store: Store, pf: Portfolio) -> None:
    risk = add_risk(store, pf.alpha, likelihood=4, impact=4)
    edit = risk_edits.edit_risk(store, risk.id, {"impact": 5, "mitigation": "Second source"})
    assert edit.label == "Edit risk R-001"
    assert edit.row("risk", risk.id)["level"] == "critical"  # type: ignore[index]
    entry = risk_edits.ReviewEntry(TODAY, "Better", "Ana", 2, 5, None, None, TODAY)
    review = risk_edits.record_review(store, risk.id, entry, today=TODAY)
    assert review.label == "Mark R-001 reviewed"
    assert review.tables == {"risk", "risk_review"}
    with store.read() as s:
        logged = s.exec(select(ChangeLog).where(ChangeLog.table_name == "risk_review")).one()
    assert logged.reason == "risk review"
    delete = risk_edits.delete_risk(store, risk.id)
    assert delete.label == "Delete risk R-001"
    assert delete.ids("risk_review") == review.ids("risk_review")
    assert risk_forms.load_risk(store, risk.id) is None


def test_refusals_write_nothing(store: Store, pf: Portfolio) -> None:
    risk = add_risk(store, pf.alpha)
    before = database_rows(store)
    with pytest.raises(ValidationError) as exc:
        risk_edits.log_risk(store, new_id(), _values(""))
    assert "engagement" in exc.value.errors["engagement_id"]
    with pytest.raises(ValidationError) as exc:
        risk_edits.edit_risk(store, risk.id, {"status": "closed"})
    assert "closure date" in exc.value.errors["closed_date"]
    with pytest.raises(TypeError):
        risk_edits.edit_risk(store, risk.id, {"number": 7})
    gone = new_id()
    for refused in (
        lambda: risk_edits.edit_risk(store, gone, {"title": "x"}),
        lambda: risk_edits.delete_risk(store, gone),
        lambda: risk_edits.record_review(
            store,
            gone,
            risk_edits.ReviewEntry(TODAY, "", "", 1, 1, None, None, None),
            today=TODAY,
        ),
    ):
        with pytest.raises(LookupError):
            refused()
    assert not diff(before, database_rows(store))


def test_a_redone_risk_keeps_its_number_unless_it_was_taken_meanwhile(
    store: Store, pf: Portfolio
) -> None:
    risk_id = new_id()
    logged = risk_edits.log_risk(store, risk_id, _values(pf.alpha, "Redone"))
    store.replay(logged.before, "Undo")
    store.replay(logged.after, "Redo")
    assert _number(store, risk_id) == 1  # kept
    store.replay(logged.before, "Undo")
    taker = add_risk(store, pf.alpha, "Took number 1")
    assert taker.number == 1
    store.replay(logged.after, "Redo")
    assert _number(store, risk_id) == 2  # the next free number instead


def test_undoing_a_delete_brings_back_the_reviews(store: Store, pf: Portfolio) -> None:
    risk = add_risk(store, pf.alpha)
    for days in (3, 1):
        entry = risk_edits.ReviewEntry(
            TODAY - timedelta(days=days), f"{days} days ago", "Ana", 2, 3, None, None, None
        )
        risk_edits.record_review(store, risk.id, entry, today=TODAY)
    full = database_rows(store)
    delete = risk_edits.delete_risk(store, risk.id)
    store.replay(delete.before, "Undo")
    assert not diff(full, database_rows(store))
    with store.read() as s:
        assert len(risk_reviews.reviews_of(s, risk.id)) == 2
