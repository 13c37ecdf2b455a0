"""Concurrent edits (store.conflicts): two people, each with their own Store on the same
database. A save based on a row the other saved meanwhile is refused with who and when,
and nothing is written; an overwrite lands as a normal edit; undo does not silently
overwrite someone else's edit either."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
import sqlalchemy as sa

from cdmo_desktop.domain.models import ChangeLog, Milestone, Risk
from cdmo_desktop.store import Store, conflicts, open_store, risk_edits, schedule, schedule_edits
from cdmo_desktop.store.errors import ConflictError, WriteRefused
from tests.risks_support import Portfolio, add_risk, make_portfolio
from tests.undo_support import database_rows, diff

# Two Stores on one file stand for two people (the instance lock bypassed). On a server
# the people are logins: tests/store/test_concurrent_writers.py and the live-update tests
# of tests/gui/test_team_window.py run there.
pytestmark = pytest.mark.sqlite_only


@pytest.fixture
def dana(store: Store) -> Iterator[Store]:
    """A second user on the same file (the instance lock bypassed, as on a server)."""
    other = open_store(store.path, user="Dana", lock=False)
    yield other
    other.close()


@pytest.fixture
def pf(store: Store) -> Portfolio:
    return make_portfolio(store)


def _risk(store: Store, risk_id: str) -> Risk:
    with store.read() as s:
        risk = s.get(Risk, risk_id)
        assert risk is not None
        return risk


def _updates(store: Store, risk_id: str) -> list[tuple[str, str | None, str | None]]:
    with store.read() as s:
        rows = s.execute(
            sa.select(ChangeLog.field, ChangeLog.new_value, ChangeLog.user)  # type: ignore[call-overload]
            .where(ChangeLog.row_id == risk_id, ChangeLog.action == "update")
            .order_by(ChangeLog.occurred_at)
        )
        return [tuple(r) for r in rows]


def test_edits_of_different_rows_both_land(store: Store, dana: Store, pf: Portfolio) -> None:
    mine = add_risk(store, pf.alpha, "Mine")
    hers = add_risk(store, pf.alpha, "Hers")
    opened_mine = conflicts.opened(store, Risk, mine.id)
    opened_hers = conflicts.opened(dana, Risk, hers.id)
    with conflicts.expecting(opened_hers):
        risk_edits.edit_risk(dana, hers.id, {"owner": "Dana"})
    with conflicts.expecting(opened_mine):
        risk_edits.edit_risk(store, mine.id, {"owner": "Me"})
    assert _risk(store, mine.id).owner == "Me"
    assert _risk(store, hers.id).owner == "Dana"


def test_saving_a_row_someone_saved_since_is_refused_with_who_and_when(
    store: Store, dana: Store, pf: Portfolio
) -> None:
    risk = add_risk(store, pf.alpha, "Supplier delay")
    opened = conflicts.opened(store, Risk, risk.id)
    before_dana = datetime.now(UTC)
    risk_edits.edit_risk(dana, risk.id, {"owner": "Dana", "likelihood": 5})
    rows_before = database_rows(store)
    with pytest.raises(ConflictError) as caught, conflicts.expecting(opened):
        risk_edits.edit_risk(store, risk.id, {"owner": "Me", "mitigation": "Second source"})
    error = caught.value
    assert isinstance(error, WriteRefused)  # every form's refusal handling shows it
    c = error.first
    assert (c.table, c.row_id, c.user) == ("risk", risk.id, "Dana")
    assert c.at is not None and c.at >= before_dana
    assert c.current is not None
    assert (c.current["owner"], c.current["likelihood"]) == ("Dana", 5)
    assert error.sentence(lambda at: "10:42") == "Dana changed this risk at 10:42."
    assert str(error).startswith("Dana changed this risk at ")
    assert not diff(rows_before, database_rows(store)), "a refused save wrote something"
    logged = _updates(store, risk.id)
    assert {u[2] for u in logged} == {"Dana"}
    assert {"owner", "likelihood"} <= {u[0] for u in logged}


def test_a_deleted_row_is_refused_as_deleted(store: Store, dana: Store, pf: Portfolio) -> None:
    risk = add_risk(store, pf.alpha)
    opened = conflicts.opened(store, Risk, risk.id)
    risk_edits.delete_risk(dana, risk.id)
    with pytest.raises(ConflictError) as caught:
        store.write("Edit", lambda s: None, expect=opened)
    assert caught.value.first.current is None
    assert caught.value.sentence(lambda _at: "9:05") == "Dana deleted this risk at 9:05."


def test_overwrite_lands_as_a_normal_edit(store: Store, dana: Store, pf: Portfolio) -> None:
    risk = add_risk(store, pf.alpha)
    opened = conflicts.opened(store, Risk, risk.id)
    risk_edits.edit_risk(dana, risk.id, {"owner": "Dana"})
    with pytest.raises(ConflictError) as caught, conflicts.expecting(opened):
        risk_edits.edit_risk(store, risk.id, {"owner": "Me"})
    opened.accept(caught.value)
    with conflicts.expecting(opened):
        risk_edits.edit_risk(store, risk.id, {"owner": "Me"})
        # a second save from the same form is not refused by its own first one
        risk_edits.edit_risk(store, risk.id, {"mitigation": "Dual source"})
    assert _risk(dana, risk.id).owner == "Me"
    assert _updates(store, risk.id) == [
        ("owner", "Dana", "Dana"),
        ("owner", "Me", "Test Consultant"),
        ("mitigation", "Dual source", "Test Consultant"),
    ]


def test_the_conflict_carries_the_values_to_compare_field_by_field(
    store: Store, dana: Store, pf: Portfolio
) -> None:
    risk = add_risk(store, pf.alpha, "Supplier delay", owner="Ann")
    opened = conflicts.opened(store, Risk, risk.id)
    risk_edits.edit_risk(dana, risk.id, {"owner": "Dana", "impact": 5})
    mine = {"title": "Supplier delay", "owner": "Me", "impact": 3, "mitigation": "Buffer"}
    with pytest.raises(ConflictError) as caught, conflicts.expecting(opened):
        risk_edits.edit_risk(store, risk.id, {"owner": "Me", "mitigation": "Buffer"})
    theirs = caught.value.first.current
    assert theirs is not None
    differing = {k for k, v in mine.items() if theirs[k] != v}
    assert differing == {"owner", "impact", "mitigation"}
    assert "row_version" in theirs and "updated_at" not in theirs


def test_the_version_is_no_edit_in_the_change_log(store: Store, pf: Portfolio) -> None:
    risk = add_risk(store, pf.alpha)
    risk_edits.edit_risk(store, risk.id, {"owner": "Me"})
    risk_edits.edit_risk(store, risk.id, {"owner": "You"})
    assert _risk(store, risk.id).row_version == 3
    assert [u[0] for u in _updates(store, risk.id)] == ["owner", "owner"]
    with store.read() as s:
        inserted = s.execute(
            sa.select(ChangeLog.new_value).where(  # type: ignore[call-overload]
                ChangeLog.row_id == risk.id, ChangeLog.action == "insert"
            )
        ).scalar_one()
    assert "row_version" not in inserted


def test_undo_after_someone_elses_edit_is_refused(store: Store, dana: Store, pf: Portfolio) -> None:
    risk = add_risk(store, pf.alpha)
    mine = risk_edits.edit_risk(store, risk.id, {"owner": "Me"})
    risk_edits.edit_risk(dana, risk.id, {"owner": "Dana"})
    with pytest.raises(ConflictError) as caught:
        store.replay(mine.before, mine.label, current=mine.after)
    assert caught.value.first.user == "Dana"
    assert _risk(store, risk.id).owner == "Dana"
    # with nobody in between, undo and redo work as before
    again = risk_edits.edit_risk(store, risk.id, {"owner": "Me again"})
    undone = store.replay(again.before, again.label, current=again.after)
    assert _risk(store, risk.id).owner == "Dana"
    store.replay(undone.before, again.label, current=undone.after)
    assert _risk(store, risk.id).owner == "Me again"


def test_a_plan_edit_is_checked_on_the_items_it_changes(
    store: Store, dana: Store, pf: Portfolio
) -> None:
    plan = schedule.load_plan(store, pf.alpha)
    assert set(plan.versions) == {pf.task, pf.gate} and set(plan.versions.values()) == {1}
    schedule_edits.rename_item(dana, pf.task, "Engineering batch (Dana)")
    touched = conflicts.TouchedVersions(Milestone, plan.versions)
    with conflicts.expecting(touched):
        # the gate is as I read it: its edit lands, and my plan expects its new version
        schedule_edits.rename_item(store, pf.gate, "GMP go/no-go (mine)")
        assert plan.versions[pf.gate] == 2
        schedule_edits.rename_item(store, pf.gate, "GMP go/no-go (mine again)")
        with pytest.raises(ConflictError) as caught:
            schedule_edits.rename_item(store, pf.task, "Engineering batch (mine)")
    assert caught.value.first.user == "Dana"
    with store.read() as s:
        task, gate = s.get(Milestone, pf.task), s.get(Milestone, pf.gate)
        assert task is not None and gate is not None
        assert (task.name, gate.name) == ("Engineering batch (Dana)", "GMP go/no-go (mine again)")
