"""Agreement and clause use cases: change sets that replay exactly, clause numbers kept
1..n, and refusals (unknown placeholders, an incomplete agreement) that write nothing."""

from __future__ import annotations

from typing import Any

import pytest
from sqlmodel import select

from cdmo_desktop.domain.models import Agreement, Engagement, new_id
from cdmo_desktop.domain.validation import ValidationError
from cdmo_desktop.store import agreement_edits as edits
from cdmo_desktop.store.agreements import AGREEMENT_FIELDS, agreement_values, clauses_of
from tests.undo_support import change_log_count, database_rows, diff

PROCESS = "ART-417 process development and first GMP campaign"
QUALITY = "Quality agreement for API manufacture"


def _agreement_id(store: Any) -> str:
    with store.read() as s:
        return str(s.exec(select(Agreement.id).where(Agreement.title == QUALITY)).one())


def _values(store: Any, **changes: Any) -> dict[str, Any]:
    with store.read() as s:
        e = s.exec(select(Engagement).where(Engagement.title == PROCESS)).one()
    values: dict[str, Any] = {f: "" for f in AGREEMENT_FIELDS}
    values.update(
        title="Data access agreement",
        kind="data_access",
        status="draft",
        version=1,
        partner_id=e.partner_id,
        client_id=e.client_id,
        engagement_id=e.id,
        effective_date=None,
        expiry_date=None,
        signed_date=None,
    )
    values.update(changes)
    return values


def _positions(store: Any, agreement_id: str) -> list[int]:
    return [c.position for c in clauses_of(store, agreement_id)]


def _replays_exactly(store: Any, changeset: Any) -> None:
    after = database_rows(store)
    store.replay(changeset.before, "undo")
    store.replay(changeset.after, "redo")
    assert not diff(after, database_rows(store))


def test_new_agreement_gets_its_kinds_clauses_in_one_change_set(demo_store):
    agreement_id = new_id()
    before = database_rows(demo_store)
    cs = edits.create_agreement(demo_store, _values(demo_store), agreement_id=agreement_id)
    assert cs.label == "New agreement 'Data access agreement'"
    assert cs.ids("agreement") == {agreement_id}
    clauses = clauses_of(demo_store, agreement_id)
    assert cs.ids("agreement_clause") == {c.id for c in clauses}
    assert [c.position for c in clauses] == list(range(1, len(clauses) + 1))
    demo_store.replay(cs.before, "undo")
    assert not diff(before, database_rows(demo_store))


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"status": "signed"}, "signed_date"),
        ({"recitals": "The {partner_nme} makes drugs."}, "recitals"),
        ({"title": "  "}, "title"),
        ({"partner_id": None}, "partner_id"),
    ],
)
def test_an_agreement_the_form_would_refuse_is_not_written(demo_store, changes, field):
    before, logged = database_rows(demo_store), change_log_count(demo_store)
    with pytest.raises(ValidationError) as err:
        edits.create_agreement(demo_store, _values(demo_store, **changes))
    assert field in err.value.errors
    assert not diff(before, database_rows(demo_store))
    assert change_log_count(demo_store) == logged


def test_edit_checks_the_whole_agreement_and_replays_exactly(demo_store):
    agreement_id = _agreement_id(demo_store)
    with pytest.raises(ValidationError):
        edits.edit_agreement(demo_store, agreement_id, {"status": "signed", "signed_date": None})
    cs = edits.edit_agreement(demo_store, agreement_id, {"version": 4, "reference": "QA-4"})
    values = agreement_values(demo_store, agreement_id)
    assert values is not None and values["version"] == 4 and values["reference"] == "QA-4"
    _replays_exactly(demo_store, cs)
    with pytest.raises(LookupError):
        edits.edit_agreement(demo_store, new_id(), {"version": 2})


@pytest.mark.parametrize("write", ["add", "edit"])
def test_unknown_placeholder_in_a_clause_is_refused_before_writing(demo_store, write):
    agreement_id = _agreement_id(demo_store)
    clause_id = clauses_of(demo_store, agreement_id)[0].id
    before, logged = database_rows(demo_store), change_log_count(demo_store)
    with pytest.raises(ValidationError) as err:
        if write == "add":
            edits.add_clause(demo_store, agreement_id, "Fees", "See {fee_schedule}.")
        else:
            edits.edit_clause(demo_store, clause_id, "Fees", "See {fee_schedule}.")
    assert "{fee_schedule}" in err.value.errors["body"]
    assert not diff(before, database_rows(demo_store))
    assert change_log_count(demo_store) == logged


def test_insert_remove_and_move_keep_the_numbers_one_to_n(demo_store):
    agreement_id = _agreement_id(demo_store)
    n = len(clauses_of(demo_store, agreement_id))
    clause_id = new_id()
    cs = edits.add_clause(
        demo_store, agreement_id, "Audits", "Twice a year.", index=1, clause_id=clause_id
    )
    assert cs.label == "Add clause 'Audits'"
    rows = clauses_of(demo_store, agreement_id)
    assert rows[1].id == clause_id and _positions(demo_store, agreement_id) == list(range(1, n + 2))
    _replays_exactly(demo_store, cs)
    cs = edits.move_clause(demo_store, clause_id, +1)
    assert (
        cs.label == "Move clause down" and clauses_of(demo_store, agreement_id)[2].id == clause_id
    )
    _replays_exactly(demo_store, cs)
    cs = edits.remove_clause(demo_store, clause_id)
    assert cs.label == "Remove clause 'Audits'"
    assert _positions(demo_store, agreement_id) == list(range(1, n + 1))
    _replays_exactly(demo_store, cs)


def test_moving_past_either_end_changes_nothing(demo_store):
    rows = clauses_of(demo_store, _agreement_id(demo_store))
    assert edits.move_clause(demo_store, rows[0].id, -1).empty
    assert edits.move_clause(demo_store, rows[-1].id, +1).empty
    with pytest.raises(LookupError):
        edits.move_clause(demo_store, new_id(), +1)
