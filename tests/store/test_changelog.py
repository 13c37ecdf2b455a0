"""The audit trail: every change through the store is logged once, and the log is final."""

from __future__ import annotations

import itertools
import json
import sqlite3
from datetime import date, timedelta

import pytest
import sqlalchemy as sa
from sqlmodel import col, select

from cdmo_desktop.domain.enums import ChangeAction, MilestoneKind, PartnerKind, Phase, RiskCategory
from cdmo_desktop.domain.models import (
    ChangeLog,
    Client,
    Engagement,
    Milestone,
    MilestoneDependency,
    Partner,
    Risk,
    RiskReview,
)
from cdmo_desktop.domain.validation import ValidationError
from cdmo_desktop.store import Store, changelog


def _log(store: Store, row_id: str | None = None) -> list[ChangeLog]:
    with store.read() as s:
        query = select(ChangeLog).order_by(col(ChangeLog.occurred_at))
        if row_id is not None:
            query = query.where(ChangeLog.row_id == row_id)
        return list(s.exec(query).all())


def _engagement(store: Store) -> Engagement:
    with store.session() as s:
        client = Client(name="Aurora Therapeutics")
        partner = Partner(name="Kestrel CDMO", kind=PartnerKind.CDMO)
        s.add_all([client, partner])
        s.flush()
        engagement = Engagement(
            title="API scale-up", client_id=client.id, partner_id=partner.id, phase=Phase.SCALE_UP
        )
        s.add(engagement)
    return engagement


def test_insert_records_table_row_all_fields_time_user_and_reason(store: Store) -> None:
    with store.session(reason="New CDMO shortlisted") as s:
        partner = Partner(name="Northbridge Biologics", kind=PartnerKind.CDMO, country="US")
        s.add(partner)
    [entry] = _log(store)
    assert (entry.table_name, entry.row_id, entry.action) == ("partner", partner.id, "insert")
    assert entry.user == "Test Consultant" and entry.reason == "New CDMO shortlisted"
    assert entry.occurred_at.tzinfo is not None and entry.occurred_at.utcoffset() == timedelta(0)
    fields = json.loads(entry.new_value or "{}")
    assert fields["name"] == "Northbridge Biologics" and fields["kind"] == "cdmo"
    assert fields["country"] == "US" and entry.old_value is None


def test_update_records_each_changed_field_with_old_and_new(store: Store) -> None:
    with store.session() as s:
        partner = Partner(name="Northbridge", kind=PartnerKind.CDMO, notes="")
        s.add(partner)
    created = partner.updated_at
    with store.session(reason="Name from the signed CDA") as s:
        p = s.get(Partner, partner.id)
        assert p is not None
        p.name = "Northbridge Biologics"
        p.notes = "Audit booked for March"
        p.kind = PartnerKind.CDMO  # unchanged: no entry
    updates = [e for e in _log(store, partner.id) if e.action == ChangeAction.UPDATE]
    changed = {(e.field, e.old_value, e.new_value, e.reason) for e in updates}
    assert ("name", "Northbridge", "Northbridge Biologics", "Name from the signed CDA") in changed
    assert ("notes", "", "Audit booked for March", "Name from the signed CDA") in changed
    assert {e.field for e in updates} <= {"name", "notes", "name_key"}  # name_key is derived
    with store.read() as s:
        saved = s.get(Partner, partner.id)
    assert saved is not None and saved.updated_at > created


def test_saving_without_a_real_change_writes_no_entry(store: Store) -> None:
    with store.session() as s:
        partner = Partner(name="Helix Analytical", kind=PartnerKind.LAB)
        s.add(partner)
    with store.session() as s:
        p = s.get(Partner, partner.id)
        assert p is not None
        p.name = "Helix Analytical"
    assert [e.action for e in _log(store, partner.id)] == [ChangeAction.INSERT]


def test_delete_records_the_row_as_it_was(store: Store) -> None:
    with store.session() as s:
        client = Client(name="Aurora Therapeutics")
        s.add(client)
    with store.session(reason="Duplicate") as s:
        s.delete(s.get(Client, client.id))
    delete = _log(store, client.id)[-1]
    assert delete.action == ChangeAction.DELETE and delete.reason == "Duplicate"
    assert json.loads(delete.old_value or "{}")["name"] == "Aurora Therapeutics"


def test_user_defaults_to_the_os_user(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(changelog.getpass, "getuser", lambda: "dana")
    store.user = ""
    with store.session() as s:
        s.add(Client(name="Aurora Therapeutics"))
    assert [e.user for e in _log(store)] == ["dana"]


def test_rows_the_database_deletes_or_clears_by_itself_are_logged(store: Store) -> None:
    engagement = _engagement(store)
    with store.session() as s:
        gate = Milestone(
            engagement_id=engagement.id,
            name="Go/no-go",
            kind=MilestoneKind.DECISION_GATE,
            planned_start=date(2026, 3, 1),
            planned_finish=date(2026, 3, 1),
        )
        batch = Milestone(
            engagement_id=engagement.id,
            name="Engineering batch",
            planned_start=date(2026, 3, 2),
            planned_finish=date(2026, 4, 1),
        )
        s.add_all([gate, batch])
        s.flush()
        dependency = MilestoneDependency(predecessor_id=gate.id, successor_id=batch.id)
        risk = Risk(
            engagement_id=engagement.id,
            number=1,
            title="Polymorph shift",
            category=RiskCategory.TECHNICAL,
            milestone_id=gate.id,
        )
        s.add_all([dependency, risk])
        s.flush()
        review = RiskReview(risk_id=risk.id, review_date=date(2026, 2, 1), note="Unchanged")
        s.add(review)
    with store.session(reason="Gate dropped") as s:
        s.delete(s.get(Milestone, gate.id))
    [dep_delete] = [e for e in _log(store, dependency.id) if e.action == ChangeAction.DELETE]
    assert dep_delete.reason == "Gate dropped (milestone deleted)"
    [cleared] = [e for e in _log(store, risk.id) if e.action == ChangeAction.UPDATE]
    assert (cleared.field, cleared.old_value, cleared.new_value) == ("milestone_id", gate.id, None)
    with store.session() as s:
        s.delete(s.get(Risk, risk.id))
    [review_delete] = [e for e in _log(store, review.id) if e.action == ChangeAction.DELETE]
    assert json.loads(review_delete.old_value or "{}")["note"] == "Unchanged"
    with store.read() as s:
        assert s.get(RiskReview, review.id) is None


def test_bulk_statements_through_a_session_are_refused(store: Store) -> None:
    with store.session() as s:
        s.add(Partner(name="Kestrel CDMO", kind=PartnerKind.CDMO))
    for statement in (
        sa.update(Partner).values(name="Renamed behind the log"),
        sa.delete(Partner),
    ):
        with pytest.raises(changelog.BulkWriteError), store.session() as s:
            s.execute(statement)
    with store.read() as s:
        assert [p.name for p in s.exec(select(Partner))] == ["Kestrel CDMO"]


# The file's own triggers, through sqlite3 (PostgreSQL's: test_migrations_postgresql.py).
@pytest.mark.sqlite_only
def test_database_rejects_update_and_delete_on_the_log(store: Store) -> None:
    with store.session() as s:
        s.add(Client(name="Aurora Therapeutics"))
    conn = sqlite3.connect(store.path)
    try:
        for sql in ("UPDATE change_log SET user = 'someone else'", "DELETE FROM change_log"):
            with pytest.raises(sqlite3.IntegrityError, match="append-only"):
                conn.execute(sql)
        conn.rollback()
    finally:
        conn.close()
    assert [e.user for e in _log(store)] == ["Test Consultant"]


def test_session_refuses_to_edit_or_delete_log_rows(store: Store) -> None:
    with store.session() as s:
        s.add(Client(name="Aurora Therapeutics"))
    with pytest.raises(ValidationError, match="append-only"), store.session() as s:
        s.exec(select(ChangeLog)).one().user = "someone else"
    with pytest.raises(ValidationError, match="append-only"), store.session() as s:
        s.delete(s.exec(select(ChangeLog)).one())
    assert [e.user for e in _log(store)] == ["Test Consultant"]


def test_log_order_is_the_order_of_the_changes(store: Store) -> None:
    with store.session() as s:
        clients = [Client(name=f"Client {i:02d}") for i in range(30)]
        for c in clients:
            s.add(c)
            s.flush()  # one entry per flush, in this order
    entries = _log(store)
    assert [e.row_id for e in entries] == [c.id for c in clients]
    times = [e.occurred_at for e in entries]
    assert all(a < b for a, b in itertools.pairwise(times))
