"""The Portfolio's default order (status group, RAG, title) from the marks
(store.portfolio_default, revision 0029): every running engagement's place and the rows of
a jump of the scroll bar are those of a plain row_number() order, both ways, after
engagements are added, edited, moved between status groups and RAGs, archived, restored,
deleted and an edit is undone; a deep row and a deep jump cost what shallow ones do. On
PostgreSQL (no marks) the same places and rows come from counting along the index."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from cdmo_desktop.domain.enums import EngagementStatus, Phase, Rag
from cdmo_desktop.store import Store, engagement_marks
from cdmo_desktop.store.engagement_edits import (
    archive_engagement,
    create_engagement,
    edit_engagement,
    restore_engagement,
)
from cdmo_desktop.store.engagement_marks import RUNNING
from cdmo_desktop.store.portfolio_list import DEFAULT_COLUMN, PortfolioList, file_reading
from tests.marks_support import assert_jumps_flat, vm_steps
from tests.store.test_engagement_list_scale import _populate
from tests.store.test_engagement_marks import SPAN, _cut, _ids, _marks_agree
from tests.store.test_portfolio import TODAY

_RANK = "CASE status WHEN 'active' THEN 0 WHEN 'on_hold' THEN 1 ELSE 2 END"


def _plain(store: Store, desc: bool) -> list[str]:
    """The running engagements in the default order: the table sorted plainly."""
    way = " DESC" if desc else ""
    order = ", ".join(f"{k}{way}" for k in (_RANK, "sort_rag", "sort_title", "id"))
    sql = (
        f"SELECT id, row_number() OVER (ORDER BY {order}) - 1 AS place FROM engagement "
        f"WHERE NOT archived AND status IN {RUNNING} ORDER BY place"
    )
    with store.engine.connect() as conn:
        found = conn.execute(sa.text(sql)).all()
    assert [int(r[1]) for r in found] == list(range(len(found)))
    return [str(r[0]) for r in found]


def _assert_exact(store: Store) -> None:
    for desc in (False, True):
        expected = _plain(store, desc)
        assert len(expected) > 8
        listed = PortfolioList.of_store(store, TODAY)
        found = [listed.position(DEFAULT_COLUMN, desc, k) for k in expected]
        assert found == list(range(len(expected))), desc
        listed.count()  # forgets the row found: each jump reads from its span
        for offset in range(0, len(expected) + 2, 3):
            page = listed.fetch_at(DEFAULT_COLUMN, desc, offset, 5)
            assert [e.id for e in page] == expected[offset : offset + 5], (desc, offset)


@pytest.fixture
def marked(store: Store, monkeypatch: pytest.MonkeyPatch) -> Store:
    _populate(store, n=60, seed=8)
    _cut(store, monkeypatch)
    return store


def test_default_places_and_jumps_are_exact_after_every_kind_of_write(marked: Store) -> None:
    _assert_exact(marked)
    _marks_agree(marked)
    some = _ids(marked)
    with marked.read() as s:
        client, partner = s.execute(
            sa.text("SELECT client_id, partner_id FROM engagement LIMIT 1")
        ).one()
    made = [
        create_engagement(
            marked,
            {
                "title": title,
                "client_id": client,
                "partner_id": partner,
                "phase": list(Phase)[i % len(Phase)],
                "status": list(EngagementStatus)[i % 3],
                "rag": list(Rag)[i % 3],
            },
        )
        for i, title in enumerate(("Aardvark study", "Middle transfer", "Zulu fill", "Tox"))
    ]
    running = _plain(marked, False)
    edit_engagement(marked, running[-1], {"status": EngagementStatus.ACTIVE, "rag": Rag.RED})
    moved = edit_engagement(marked, running[0], {"status": EngagementStatus.PLANNED})
    edit_engagement(marked, running[len(running) // 2], {"title": "Aaa first now", "rag": None})
    edit_engagement(marked, some[21], {"status": EngagementStatus.CLOSED})
    archive_engagement(marked, running[5])
    with marked.read() as s:
        archived = s.execute(sa.text("SELECT id FROM engagement WHERE archived LIMIT 1")).one()[0]
    restore_engagement(marked, str(archived))
    marked.replay(made[1].before, "undo", current=made[1].after)  # the engagement deleted
    _assert_exact(marked)
    _marks_agree(marked)
    marked.replay(moved.before, "undo", current=moved.after)
    _assert_exact(marked)
    _marks_agree(marked)


def _one_big_group(store: Store) -> list[str]:
    """600 engagements, the running ones in few groups (RAG red): a row deep in its group
    is a few hundred rows into it. The default order, ascending."""
    _populate(store, n=600, seed=9)
    with store.engine.begin() as conn:  # through the triggers: tallies and marks follow
        conn.execute(
            sa.text("UPDATE engagement SET rag = :red, sort_rag = 0"), {"red": Rag.RED.value}
        )
        conn.exec_driver_sql("ANALYZE")  # statistics, as a database of thousands has
    return _plain(store, False)


@pytest.mark.sqlite_only  # the marks are SQLite's
def test_a_deep_default_row_is_found_in_as_few_steps_as_a_shallow_one(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The row in the middle of its status group costs no more than one a span from the
    top: the rows before its span are summed from the marks, not counted along the index."""
    order = _one_big_group(store)
    _cut(store, monkeypatch)
    listed = PortfolioList.of_store(store, TODAY)
    costs = {}
    for place in (SPAN + 1, len(order) // 2, len(order) - SPAN - 2):
        with vm_steps(store) as counted:
            assert listed.position(DEFAULT_COLUMN, False, order[place]) == place
        costs[place] = counted[0]
    shallow, *deeper = costs.values()
    assert max(deeper) < shallow * 1.5, costs


@pytest.mark.sqlite_only  # the marks are SQLite's
def test_a_deep_default_jump_costs_what_a_shallow_one_does(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The scroll bar dragged to the middle of the default order reads as few SQLite steps
    as a jump one span from the top: the rows before the span are summed from the marks,
    not skipped one by one."""
    order = _one_big_group(store)
    _cut(store, monkeypatch)
    listed = PortfolioList.of_store(store, TODAY)
    assert_jumps_flat(
        store, order, SPAN, lambda desc, offset: listed.fetch_at(DEFAULT_COLUMN, desc, offset, 4)
    )


@pytest.mark.sqlite_only
def test_a_file_before_the_default_marks_counts_from_the_tally(store: Store) -> None:
    """A file without the default order's marks (the first paint reads it before its
    upgrade) still places and jumps exactly: from the tally and by offset."""
    _populate(store, n=40, seed=10)
    expected = _plain(store, False)
    with store.engine.begin() as conn:  # the marks as revision 0027 left them
        for name in ("ai", "ad", "au"):
            conn.exec_driver_sql(f"DROP TRIGGER engagement_mark_{name}")
        conn.exec_driver_sql("DROP TRIGGER mark_split_engagement")  # revision 0030's
        for name in ("active", "on_hold", "planned"):
            conn.exec_driver_sql(f"ALTER TABLE engagement_mark DROP COLUMN {name}")
    listed = PortfolioList(file_reading(store.path), TODAY, tallied=lambda: True)
    assert [listed.position(DEFAULT_COLUMN, False, k) for k in expected] == list(
        range(len(expected))
    )
    listed.count()
    assert [e.id for e in listed.fetch_at(DEFAULT_COLUMN, False, 7, 5)] == expected[7:12]


@pytest.mark.sqlite_only  # SQLite's query plans
def test_an_erasure_moves_the_default_marks_along_the_portfolio_index(store: Store) -> None:
    """An erasure moves each mark onto a row (store.engagement_marks.snap): for the
    default order, whose order no index holds, by a seek in each status group along
    ix_engagement_portfolio, never by sorting the rows after the mark (minutes at a
    million engagements, once per mark)."""
    _populate(store, n=40, seed=12)
    with store.engine.begin() as conn:
        conn.exec_driver_sql("ANALYZE")
        plan = [
            str(r[-1])
            for r in conn.exec_driver_sql(
                f"EXPLAIN QUERY PLAN {engagement_marks._FIRST_IN_GROUP}", (0, 1, "b", "x")
            )
        ]
    assert any("ix_engagement_portfolio" in p for p in plan), plan
    assert not any("TEMP B-TREE" in p for p in plan), plan
