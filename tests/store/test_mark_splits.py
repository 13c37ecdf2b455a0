"""Counted spans stay bounded when writes pile into one span (store.mark_splits): after an
import, many writes or an engagement batch piling rows into one span, no span holds more
than the bound, places and jumps stay equal to a plain row_number() order (after undo and
redo too), a place or a jump in the pile costs what a shallow one does, and a write that
splits nothing reads no more than the empty note table."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

import pytest
import sqlalchemy as sa

from cdmo_desktop.domain.enums import EngagementStatus, PartnerKind, Phase, RiskCategory
from cdmo_desktop.store import (
    Store,
    engagement_marks,
    engagements,
    mark_splits,
    marks,
    partner_list,
    partner_marks,
)
from cdmo_desktop.store import risks as rs
from cdmo_desktop.store.engagement_edits import create_engagement, edit_engagement
from cdmo_desktop.store.record_imports import ImportEntry, write_import
from cdmo_desktop.store.risk_edits import log_risk
from tests.marks_support import bound_spans, largest_spans, vm_steps
from tests.store import test_engagement_marks as engagement_tests
from tests.store import test_engagement_marks_default as default_tests
from tests.store import test_partner_marks as partner_tests
from tests.store import test_risk_marks as risk_tests
from tests.store.test_engagement_list_scale import _populate
from tests.store.test_partner_list import _fill_register
from tests.store.test_risk_register_scale import _fill

pytestmark = pytest.mark.sqlite_only  # the marks are SQLite's (store.triggers.keeps_tallies)

SPAN = 4
BOUND = 4 * SPAN


def _no_notes(store: Store) -> None:
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT * FROM mark_split").all() == []


def _bounded(store: Store, table: str) -> None:
    assert largest_spans(store)[table] <= BOUND
    _no_notes(store)


@pytest.fixture
def register(store: Store, monkeypatch: pytest.MonkeyPatch) -> Store:
    """The 40-partner register cut into spans of SPAN, cut again past BOUND."""
    _fill_register(store)
    monkeypatch.setattr(marks, "SPAN", SPAN)
    monkeypatch.setattr(partner_marks, "SPAN", SPAN)
    monkeypatch.setattr(partner_list, "NEAR", 1)
    with store.engine.begin() as conn:
        partner_marks.rebuild(conn)
    bound_spans(store, BOUND)
    return store


def test_an_import_piling_partners_into_one_span_leaves_every_span_bounded(
    register: Store,
) -> None:
    """40 partners whose names sort together (and share a kind, country and status), in one
    import: the spans they fall in are cut as the import commits, and every place stays
    exact, after the import is undone and redone too."""
    entries = [
        ImportEntry(
            "partner",
            str(uuid.uuid4()),
            {"name": f"Mid Pile {i:03d}", "kind": PartnerKind.CDMO, "country": "CH"},
            new=True,
        )
        for i in range(40)
    ]
    done = write_import(register, "Import partners", entries, reason="pile.csv")
    _bounded(register, "partner_mark")
    partner_tests._assert_exact(register)
    partner_tests._marks_agree(register)
    register.replay(done.before, "Undo import", current=done.after)
    _bounded(register, "partner_mark")
    with register.engine.connect() as conn:  # the pile's spans left empty are gone
        empty = "SELECT count(*) FROM partner_mark WHERE seq > 0 AND listed + archived = 0"
        assert conn.exec_driver_sql(empty).scalar_one() == 0
    partner_tests._assert_exact(register)
    partner_tests._marks_agree(register)
    register.replay(done.after, "Redo import", current=done.before)
    _bounded(register, "partner_mark")
    partner_tests._assert_exact(register)
    partner_tests._marks_agree(register)


def _pile_of_risks(store: Store, n: int) -> None:
    """`n` risks titled to sort together, logged one by one in one engagement."""
    with store.read() as s:
        engagement = str(s.execute(sa.text("SELECT engagement_id FROM risk LIMIT 1")).scalar_one())
    for i in range(n):
        log_risk(
            store,
            str(uuid.uuid4()),
            {
                "engagement_id": engagement,
                "title": f"Mid pile {i:03d}",
                "category": list(RiskCategory)[i % 3],
                "likelihood": 3,
                "impact": 3,
                "owner": "Pia",
            },
        )


@pytest.fixture
def piled(store: Store, monkeypatch: pytest.MonkeyPatch) -> Store:
    """300 risks in spans of 8, then 240 more logged one by one that sort together."""
    _fill(store, 300, seed=12)
    monkeypatch.setattr(marks, "SPAN", 8)
    with store.engine.begin() as conn:
        engagement_marks.rebuild(conn)
        from cdmo_desktop.store import risk_marks

        risk_marks.rebuild(conn)
    bound_spans(store, 32)
    _pile_of_risks(store, 240)
    with store.engine.begin() as conn:  # statistics, as a grown database has them
        conn.exec_driver_sql("ANALYZE")
    return store


@pytest.mark.parametrize("key", ["title", "owner"])
def test_a_place_or_jump_in_a_pile_of_risks_costs_what_a_shallow_one_does(
    piled: Store, key: str
) -> None:
    """The pile's spans were cut as each write crossed the bound: the middle of the pile is
    found, and jumped to, in about the SQLite steps of a row a few spans from the top.

    The shallow row starts a span of 8 and counts no row of it; the middle of the pile sits
    anywhere in a span of up to 32 and may count 31 (1.6x the shallow steps at most, as
    the row ids fall). An uncut pile counts up to half its 240 rows: 3.2x and more."""
    order = risk_tests._plain(piled, {}, key, False)
    total = len(order)
    with piled.engine.connect() as conn:
        pile = [
            str(r[0])
            for r in conn.exec_driver_sql("SELECT id FROM risk WHERE title LIKE 'Mid pile%'")
        ]
    middle = sorted(order.index(k) for k in pile)[len(pile) // 2]
    places, jumps = {}, {}
    for place in (3 * 8, middle):
        with vm_steps(piled) as counted:
            assert rs.risk_position(piled, {}, key, False, order[place]) == place
        places[place] = counted[0]
        with vm_steps(piled) as counted:
            rows = rs.fetch_risks_at(piled, {}, key, False, place, 4, listed=total)
            assert [r.id for r in rows] == order[place : place + 4]
        jumps[place] = counted[0]
    for costs, bound in ((places, 2.0), (jumps, 1.5)):
        shallow, deep = costs.values()
        assert deep < shallow * bound, (key, costs)
    assert largest_spans(piled)["risk_mark"] <= 32


def test_risk_places_and_jumps_stay_exact_after_splits_undo_and_redo(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fill(store, 36, seed=11)
    risk_tests._cut(store, monkeypatch)
    bound_spans(store, BOUND)
    with store.read() as s:
        engagement = str(s.execute(sa.text("SELECT engagement_id FROM risk LIMIT 1")).scalar_one())

    def pile(s: Any) -> None:
        from cdmo_desktop.domain.models import Risk

        for i in range(24):
            s.add(
                Risk(
                    engagement_id=engagement,
                    number=0,  # the next of its engagement, as log_risk does
                    title=f"Mid pile {i:03d}",
                    category=RiskCategory.SUPPLY,
                    likelihood=2,
                    impact=4,
                    owner="Pia",
                )
            )

    done = store.write("Add risks", pile)
    _bounded(store, "risk_mark")
    risk_tests._assert_exact(store, every=3)
    risk_tests._marks_agree(store)
    store.replay(done.before, "Undo", current=done.after)
    _bounded(store, "risk_mark")
    risk_tests._assert_exact(store, every=3)
    risk_tests._marks_agree(store)
    store.replay(done.after, "Redo", current=done.before)
    _bounded(store, "risk_mark")
    risk_tests._assert_exact(store, every=3)
    risk_tests._marks_agree(store)


def test_engagement_places_stay_exact_when_a_batch_piles_into_one_span(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """24 engagements titled to sort together, in one write: the list's and the
    Portfolio's spans (its default order, read group by group, too) are cut, and every
    place and jump is still the plain order's."""
    _populate(store, n=60, seed=8)
    monkeypatch.setattr(marks, "SPAN", SPAN)
    monkeypatch.setattr(engagements, "NEAR", 1)
    with store.engine.begin() as conn:
        engagement_marks.rebuild(conn)
    bound_spans(store, BOUND)
    with store.read() as s:
        client, partner = s.execute(
            sa.text("SELECT client_id, partner_id FROM engagement LIMIT 1")
        ).one()
    for i in range(24):
        create_engagement(
            store,
            {
                "title": f"Mid batch {i:03d}",
                "client_id": client,
                "partner_id": partner,
                "phase": list(Phase)[i % len(Phase)],
                "status": list(EngagementStatus)[i % 3],
                "start_date": date(2026, 3, 1),
            },
        )
    _bounded(store, "engagement_mark")
    engagement_tests._assert_exact(store)
    engagement_tests._marks_agree(store)
    default_tests._assert_exact(store)
    with store.read() as s:
        fifth = s.execute(sa.text("SELECT id FROM engagement WHERE title = 'Mid batch 005'"))
        moved = edit_engagement(store, str(fifth.scalar_one()), {"title": "Aaa first now"})
    store.replay(moved.before, "Undo", current=moved.after)
    _bounded(store, "engagement_mark")
    engagement_tests._assert_exact(store)
    default_tests._assert_exact(store)


def test_a_write_that_splits_nothing_reads_only_the_empty_notes(
    register: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A partner saved into a span under the bound: the write's statements are the same
    with the split hook as without it but for one read of the (empty) note table, and a
    write to a table that is not marked runs none at all."""
    from cdmo_desktop.store import partner_edits

    with register.read() as s:
        some = str(s.execute(sa.text("SELECT id FROM partner LIMIT 1")).scalar_one())
    statements: list[str] = []

    def seen(_conn: Any, _cursor: Any, text: str, *_args: Any) -> None:
        statements.append(text)

    def counted(name: str) -> tuple[int, list[str]]:
        statements.clear()
        with vm_steps(register) as steps:
            sa.event.listen(register.engine, "before_cursor_execute", seen)
            try:
                partner_edits.save_partner(register, some, {"notes": name})
            finally:
                sa.event.remove(register.engine, "before_cursor_execute", seen)
        return steps[0], list(statements)

    counted("warm-up")
    with_hook, texts = counted("with the hook")
    notes = [t for t in texts if mark_splits.NOTES in t]
    assert len(notes) == 1 and notes[0].startswith("SELECT")
    monkeypatch.setattr(mark_splits, "settle_session", lambda _s: 0)
    without, plain = counted("without")
    assert len(texts) == len(plain) + 1
    assert with_hook - without < 40, (with_hook, without)
