"""The merge rules of sync (store/sync.py): two replicas of the demo, edited apart, then
synced both ways."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from sqlmodel import Session, col, select

from cdmo_desktop.domain.enums import PartnerKind, RiskCategory
from cdmo_desktop.domain.models import ChangeLog, Partner, Risk, RiskReview
from cdmo_desktop.store import sync, sync_log
from cdmo_desktop.store.store import Store
from tests.sync_support import clean, exchange, log_keys, replicas, send, table_rows

pytestmark = pytest.mark.sqlite_only
SYNCED = ("partner", "risk", "engagement", "partner_site", "contact")


@pytest.fixture
def pair(demo_template: Path, tmp_path: Path) -> Iterator[tuple[Store, Store]]:
    a, b = replicas(demo_template, tmp_path, 2)
    yield a, b
    a.close()
    b.close()


def _risk(store: Store) -> Risk:
    with store.read() as s:
        risk = s.exec(select(Risk).order_by(Risk.id)).first()
    assert risk is not None
    return risk


def _set(store: Store, model: type, row_id: str, **values: object) -> None:
    def work(s: Session) -> None:
        obj = s.get(model, row_id)
        for k, v in values.items():
            setattr(obj, k, v)

    store.write("edit", work)


def _get(store: Store, model: type, row_id: str) -> object:
    with store.read() as s:
        return s.get(model, row_id)


def _converged(a: Store, b: Store) -> None:
    assert table_rows(a, SYNCED) == table_rows(b, SYNCED)
    assert log_keys(a) == log_keys(b)
    clean(a)
    clean(b)


def test_edits_to_different_fields_both_land(pair: tuple[Store, Store]) -> None:
    a, b = pair
    risk = _risk(a)
    _set(a, Risk, risk.id, owner="Ana")
    _set(b, Risk, risk.id, mitigation="Second supplier")
    exchange([a, b])
    for store in (a, b):
        got = _get(store, Risk, risk.id)
        assert got.owner == "Ana" and got.mitigation == "Second supplier"  # type: ignore[attr-defined]
        assert sync.conflicts(store) == []
    _converged(a, b)


def test_the_same_field_later_edit_wins_and_the_other_is_a_conflict(
    pair: tuple[Store, Store],
) -> None:
    a, b = pair
    risk = _risk(a)
    _set(a, Risk, risk.id, owner="Ana")
    _set(b, Risk, risk.id, owner="Ben")  # later clock
    exchange([a, b])
    for store in (a, b):
        assert _get(store, Risk, risk.id).owner == "Ben"  # type: ignore[attr-defined]
        found = sync.conflicts(store)
        assert [(c.kind, c.field, c.here_value, c.other_value) for c in found] == [
            ("field", "owner", "Ben", "Ana")
        ]
        assert found[0].other_user == "user0" and found[0].record_label.startswith("R-")
    _converged(a, b)
    # Keeping the other value is an ordinary edit that travels.
    conflict = sync.conflicts(b)[0]
    sync.resolve_conflict(b, conflict.id, "other")
    exchange([a, b])
    assert _get(a, Risk, risk.id).owner == "Ana"  # type: ignore[attr-defined]
    assert sync.conflicts(b) == []
    _converged(a, b)


def test_deleted_on_one_side_edited_on_the_other_is_kept(pair: tuple[Store, Store]) -> None:
    a, b = pair
    with a.read() as s:  # a risk without reviews
        reviewed = select(RiskReview.risk_id)
        risk = s.exec(
            select(Risk).where(col(Risk.id).not_in(reviewed)).order_by(col(Risk.id))
        ).first()
    assert risk is not None
    a.write("delete", lambda s: s.delete(s.get(Risk, risk.id)))
    _set(b, Risk, risk.id, owner="Ben")
    exchange([a, b])
    for store in (a, b):
        assert _get(store, Risk, risk.id).owner == "Ben"  # type: ignore[attr-defined]
        assert [c.kind for c in sync.conflicts(store)] == ["delete_edit"]
    _converged(a, b)


def test_a_delete_nobody_edited_meanwhile_goes_through(pair: tuple[Store, Store]) -> None:
    a, b = pair
    risk = _risk(a)
    _set(a, Risk, risk.id, owner="Ana")
    exchange([a, b])
    b.write("delete", lambda s: s.delete(s.get(Risk, risk.id)))
    exchange([a, b])
    assert _get(a, Risk, risk.id) is None and sync.conflicts(a) == []
    _converged(a, b)


def _new_risk(store: Store, engagement_id: str, number: int, title: str) -> str:
    risk = Risk(
        engagement_id=engagement_id, number=number, title=title, category=RiskCategory.SUPPLY
    )
    store.write("new risk", lambda s: s.add(risk))
    return risk.id


@pytest.mark.parametrize("first_to", ["b", "a"])
def test_colliding_risk_numbers_are_renumbered_and_reported(
    pair: tuple[Store, Store], first_to: str
) -> None:
    """Either the receiver's own row is later (it moves its own) or the received one is
    (it arrives moved); the move is logged once, on the replica that made it."""
    a, b = pair
    engagement = _risk(a).engagement_id
    with a.read() as s:
        numbers = s.exec(select(Risk.number).where(Risk.engagement_id == engagement)).all()
    free = max(numbers) + 1
    first = _new_risk(a, engagement, free, "Made on A")
    second = _new_risk(b, engagement, free, "Made on B")  # later: renumbered
    receiver = b if first_to == "b" else a
    report = send(a, b) if first_to == "b" else send(b, a)
    assert [(r.row_id, r.old_code, r.new_code) for r in report.renumbered] == [
        (second, f"R-{free:03d}", f"R-{free + 1:03d}")
    ]
    exchange([a, b])
    for store in (a, b):
        assert _get(store, Risk, first).number == free  # type: ignore[attr-defined]
        assert _get(store, Risk, second).number == free + 1  # type: ignore[attr-defined]
        assert sync.conflicts(store) == []  # informational, resolved
        # The renumbering is in both change logs, made (and listed) on the receiver.
        with store.read() as s:
            logged = s.exec(
                select(ChangeLog).where(ChangeLog.row_id == second, ChangeLog.field == "number")
            ).all()
        # (A replica that receives the other's move while it moves the row itself logs
        # the same move too: the same value, no conflict.)
        assert logged and {(e.new_value, e.reason) for e in logged} == {
            (str(free + 1), sync_log.RENUMBER_REASON)
        }
    assert [c.kind for c in sync.conflicts(receiver, open_only=False)] == ["renumbered"]
    _converged(a, b)


def _new_partner(store: Store, name: str) -> str:
    partner = Partner(name=name, kind=PartnerKind.CDMO)
    store.write("new partner", lambda s: s.add(partner))
    return partner.id


def test_near_identical_partners_are_flagged_and_merge(pair: tuple[Store, Store]) -> None:
    a, b = pair
    first = _new_partner(a, "Helvetia Synthesis GmbH")
    second = _new_partner(b, "Helvetia Synthesis AG")
    report = send(a, b)
    assert [c.kind for c in report.duplicates] == ["duplicate"]
    exchange([a, b])
    assert [c.kind for c in sync.conflicts(a)] == ["duplicate"]
    sync.merge_partners(a, first, second)
    exchange([a, b])
    for store in (a, b):
        assert _get(store, Partner, second).archived  # type: ignore[attr-defined]
    assert [c.kind for c in sync.conflicts(a)] == []
    _converged(a, b)


def test_the_same_partner_name_made_on_both_sides_is_renamed(pair: tuple[Store, Store]) -> None:
    a, b = pair
    first = _new_partner(a, "Rhine Pharma")
    second = _new_partner(b, "Rhine Pharma")
    exchange([a, b])
    for store in (a, b):
        assert _get(store, Partner, first).name == "Rhine Pharma"  # type: ignore[attr-defined]
        assert _get(store, Partner, second).name == "Rhine Pharma (2)"  # type: ignore[attr-defined]
    _converged(a, b)


def _digest(store: Store) -> str:
    return hashlib.sha256(store.path.read_bytes()).hexdigest()


def test_a_batch_applied_twice_is_a_no_op_and_writes_nothing(pair: tuple[Store, Store]) -> None:
    a, b = pair
    _set(a, Risk, _risk(a).id, owner="Ana")
    batch = sync.pack(a, sync.replica_id(b))
    assert sync.apply(b, batch).applied > 0
    before = _digest(b)
    again = sync.apply(b, batch)
    assert again.nothing_new and again.already_had == again.received
    assert _digest(b) == before


@pytest.mark.parametrize("kind", ["revision", "self", "gap", "misaddressed"])
def test_refused_batches_write_nothing(pair: tuple[Store, Store], kind: str) -> None:
    a, b = pair
    _set(a, Risk, _risk(a).id, owner="Ana")
    _set(a, Risk, _risk(a).id, owner="Ann")
    batch = sync.pack(a, sync.replica_id(b))
    if kind == "revision":
        batch = replace(batch, revision="0099_future")
    elif kind == "self":
        batch = replace(batch, sender=sync.replica_id(b))
    elif kind == "misaddressed":  # packed for a third copy, whose gaps b would not see
        batch = replace(sync.pack(a), for_peer="0badc0de-0000-4000-8000-000000000000")
    else:
        mine = sync.replica_id(a)
        last = max(e.origin_seq for e in batch.entries if e.origin == mine)
        kept = (e for e in batch.entries if (e.origin, e.origin_seq) != (mine, last - 1))
        batch = replace(batch, entries=tuple(kept))
    sync.pack(b)  # settles b's identity at its path before the digest
    before = _digest(b)
    with pytest.raises(sync.SyncRefused) as refused:
        sync.apply(b, batch)
    assert "nothing was applied" in refused.value.sentence()
    assert _digest(b) == before


def test_a_copied_file_takes_a_new_identity(pair: tuple[Store, Store], tmp_path: Path) -> None:
    a, _b = pair
    original = sync.ensure_identity(a)
    a.close()
    import shutil

    from cdmo_desktop.store import open_store

    shutil.copy(a.path, tmp_path / "copy.sqlite")
    copy = open_store(tmp_path / "copy.sqlite")
    try:
        assert sync.ensure_identity(copy) != original
    finally:
        copy.close()


def test_peers_learn_what_the_other_holds(pair: tuple[Store, Store]) -> None:
    a, b = pair
    _set(a, Risk, _risk(a).id, owner="Ana")
    batch = sync.pack(a, sync.replica_id(b))
    mine = sync.replica_id(a)
    first, last = batch.ranges()[mine]
    assert first == 1 and last == max(e.origin_seq for e in batch.entries if e.origin == mine)
    sync.mark_sent(a, batch)
    [peer] = sync.peers(a)
    assert peer.id == sync.replica_id(b) and peer.last_sent_at is not None
    sync.apply(b, batch)
    [peer] = sync.peers(b)
    assert peer.id == mine and peer.name == "replica0" and peer.has == batch.has
    # b answers: a learns b holds all of a's entries, and packs nothing more for b.
    sync.apply(a, sync.pack(b, mine))
    assert sync.pack(a, sync.replica_id(b)).entries == ()


def test_a_conflict_says_who_and_when(pair: tuple[Store, Store]) -> None:
    a, b = pair
    risk = _risk(a)
    _set(a, Risk, risk.id, owner="Ana")
    _set(b, Risk, risk.id, owner="Ben")
    report = send(a, b)
    [conflict] = report.conflicts
    assert conflict.other_user == "user0" and conflict.other_when[:4] == "20" + "26"[:2]
    assert not report.nothing_new and report.by_kind == {"risk": 1}


def test_an_undone_delete_over_an_edit_elsewhere_lists_the_edit(
    pair: tuple[Store, Store],
) -> None:
    """Undoing a delete writes the row back as it was: an edit made meanwhile on the other
    side loses to it, and is listed."""
    a, b = pair
    with a.read() as s:
        reviewed = select(RiskReview.risk_id)
        risk = s.exec(
            select(Risk).where(col(Risk.id).not_in(reviewed)).order_by(col(Risk.id))
        ).first()
    assert risk is not None
    deleted = a.write("delete", lambda s: s.delete(s.get(Risk, risk.id)))
    _set(b, Risk, risk.id, owner="Ben")
    a.replay(deleted.before, "Undo", current=deleted.after)
    exchange([a, b])
    for store in (a, b):
        assert _get(store, Risk, risk.id).owner == risk.owner  # type: ignore[attr-defined]
        found = [(c.kind, c.field, c.other_value) for c in sync.conflicts(store)]
        assert ("field", "owner", "Ben") in found
    _converged(a, b)


def _reviewed_risk(store: Store) -> tuple[str, str]:
    """(a risk with reviews, one of its reviews)."""
    with store.read() as s:
        review = s.exec(select(RiskReview).order_by(RiskReview.id)).first()
    assert review is not None
    return review.risk_id, review.id


@pytest.mark.parametrize("order", ["deleter first", "editor first"])
def test_a_child_edited_while_its_parent_is_deleted_keeps_both(
    pair: tuple[Store, Store], order: str
) -> None:
    """A risk deleted on one side while one of its reviews is edited on the other: the
    review is kept (as any record edited while deleted), and so is its risk, with the
    conflict listed; before, the merge wrote the review under a deleted risk and refused
    the whole file."""
    a, b = pair
    risk_id, review_id = _reviewed_risk(a)
    from cdmo_desktop.store import risk_edits

    risk_edits.delete_risk(a, risk_id)
    _set(b, RiskReview, review_id, note="Edited on the laptop")
    exchange([a, b] if order == "deleter first" else [b, a])
    for store in (a, b):
        assert _get(store, Risk, risk_id) is not None
        review = _get(store, RiskReview, review_id)
        assert review is not None and review.note == "Edited on the laptop"  # type: ignore[attr-defined]
    for store in (a, b):  # listed on both sides, under one key
        assert ("delete_edit", "risk") in {(c.kind, c.table) for c in sync.conflicts(store)}
    _converged(a, b)


def test_a_child_added_while_its_parent_is_deleted_keeps_both(pair: tuple[Store, Store]) -> None:
    """A review logged on one side while its risk is deleted on the other (the new review
    never reached the deleter): both replicas keep the risk and the review."""
    a, b = pair
    risk_id, _ = _reviewed_risk(a)
    from cdmo_desktop.store import risk_edits

    risk_edits.delete_risk(a, risk_id)
    with b.read() as s:
        template = s.exec(select(RiskReview).where(RiskReview.risk_id == risk_id)).first()
    assert template is not None
    added = RiskReview(risk_id=risk_id, review_date=template.review_date, note="Logged offline")
    b.write("review", lambda s: s.add(added))
    exchange([a, b])
    for store in (a, b):
        assert _get(store, Risk, risk_id) is not None
        assert _get(store, RiskReview, added.id) is not None
    _converged(a, b)


def test_a_parent_deleted_with_nothing_edited_elsewhere_stays_deleted(
    pair: tuple[Store, Store],
) -> None:
    a, b = pair
    risk_id, review_id = _reviewed_risk(a)
    from cdmo_desktop.store import risk_edits

    risk_edits.delete_risk(a, risk_id)
    _set(b, Risk, _other_risk(b, risk_id), owner="Ana")
    exchange([a, b])
    for store in (a, b):
        assert _get(store, Risk, risk_id) is None and _get(store, RiskReview, review_id) is None
    assert [c for c in sync.conflicts(b) if c.kind == "delete_edit"] == []
    _converged(a, b)


def _other_risk(store: Store, not_this: str) -> str:
    with store.read() as s:
        risk = s.exec(select(Risk).where(Risk.id != not_this).order_by(Risk.id)).first()
    assert risk is not None
    return risk.id


def _unlinked_pair(store: Store) -> tuple[str, str]:
    """Two items of one engagement with no link between them (the earlier first)."""
    from cdmo_desktop.domain.models import Milestone, MilestoneDependency

    with store.read() as s:
        links = {(d.predecessor_id, d.successor_id) for d in s.exec(select(MilestoneDependency))}
        items = s.exec(
            select(Milestone).order_by(col(Milestone.planned_start), col(Milestone.id))
        ).all()
    for i, first in enumerate(items):
        for second in items[i + 1 :]:
            if first.engagement_id != second.engagement_id:
                continue
            if (first.id, second.id) in links or (second.id, first.id) in links:
                continue
            return first.id, second.id
    raise AssertionError("the demo has no unlinked pair of items")


def test_the_same_link_made_on_both_sides_is_kept_once_with_the_other_lag_listed(
    pair: tuple[Store, Store],
) -> None:
    """Before, the second link broke the pair's unique rule and the whole file was refused."""
    from cdmo_desktop.domain.models import MilestoneDependency

    a, b = pair
    first, second = _unlinked_pair(a)
    for store, lag in ((a, 2), (b, 5)):
        link = MilestoneDependency(predecessor_id=first, successor_id=second, lag_days=lag)

        def add(s: Session, link: MilestoneDependency = link) -> None:
            s.add(link)

        store.write("link", add)
    exchange([a, b])
    for store in (a, b):
        with store.read() as s:
            links = s.exec(
                select(MilestoneDependency).where(
                    MilestoneDependency.predecessor_id == first,
                    MilestoneDependency.successor_id == second,
                )
            ).all()
        assert len(links) == 1
        (listed,) = [c for c in sync.conflicts(store) if c.table == "milestone_dependency"]
        assert (listed.kind, listed.field, listed.row_id) == ("field", "lag_days", links[0].id)
        assert {listed.here_value, listed.other_value} == {"2", "5"}
    (listed,) = [c for c in sync.conflicts(a) if c.table == "milestone_dependency"]
    sync.resolve_conflict(a, listed.id, "other")  # the dropped link's lag, on the kept link
    exchange([a, b])
    for store in (a, b):
        kept = _get(store, MilestoneDependency, listed.row_id)
        assert kept is not None and str(kept.lag_days) == listed.other_value  # type: ignore[attr-defined]
    _converged(a, b)


def test_a_kpi_value_for_the_same_month_entered_on_both_sides_is_kept_once(
    pair: tuple[Store, Store],
) -> None:
    from datetime import date

    from cdmo_desktop.domain.models import EngagementKpi, KpiMeasurement
    from cdmo_desktop.store import kpi_edits

    a, b = pair
    with a.read() as s:
        kpi = s.exec(select(EngagementKpi).where(EngagementKpi.period == "month")).first()
    assert kpi is not None
    month = date(2031, 1, 1)
    for store, value in ((a, 91.0), (b, 87.0)):
        kpi_edits.set_measurements(store, [kpi_edits.MeasurementEntry(kpi.id, month, value)])
    exchange([a, b])
    for store in (a, b):
        with store.read() as s:
            values = s.exec(
                select(KpiMeasurement.value).where(
                    KpiMeasurement.kpi_id == kpi.id, KpiMeasurement.period_start == month
                )
            ).all()
        assert len(values) == 1
        (listed,) = [c for c in sync.conflicts(store) if c.table == "kpi_measurement"]
        assert listed.field == "value"
    _converged(a, b)


def test_a_baseline_of_the_same_name_made_on_both_sides_is_renamed(
    pair: tuple[Store, Store],
) -> None:
    from cdmo_desktop.domain.models import ScheduleBaseline
    from cdmo_desktop.store.schedule_edits import set_baseline

    a, b = pair
    with a.read() as s:
        engagement = s.exec(select(Risk.engagement_id)).first()
    assert engagement is not None
    for store in (a, b):
        set_baseline(store, engagement, "Before tech transfer")
    exchange([a, b])
    for store in (a, b):
        with store.read() as s:
            names = sorted(
                s.exec(
                    select(ScheduleBaseline.name).where(
                        ScheduleBaseline.engagement_id == engagement
                    )
                ).all()
            )
        assert "Before tech transfer" in names and "Before tech transfer (2)" in names
    _converged(a, b)
