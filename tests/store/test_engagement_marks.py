"""An engagement's place in the engagement list and in the Portfolio from the marks
(store.engagement_marks): exact in every order both ways, under every archived choice,
against a plain row_number() order, after engagements are added, edited, archived,
restored, deleted and an edit is undone; a deep row costs what a shallow one does; the
triggers a rebuild makes again are the revision's own; an erasure leaves no mark at an
erased name."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
import sqlalchemy as sa

from cdmo_desktop.domain.enums import EngagementStatus, Phase
from cdmo_desktop.store import (
    Store,
    engagement_marks,
    engagements,
    marks,
    portfolio_keys,
)
from cdmo_desktop.store.engagement_edits import (
    archive_engagement,
    create_engagement,
    edit_engagement,
    restore_engagement,
)
from cdmo_desktop.store.engagements import _SORTS, HEADERS, engagement_position
from cdmo_desktop.store.portfolio_list import PortfolioList, catch_up
from tests.marks_support import stored_triggers, vm_steps
from tests.store.test_engagement_list_scale import _populate
from tests.store.test_portfolio import TODAY
from tests.store.test_portfolio_list import ORDERS, _expected
from tests.store.test_portfolio_positions import portfolio  # noqa: F401 (a fixture)

SPAN = 4
# The list's columns whose order is marked: all of them (phase, status and RAG since 0033).
MARKED = [
    c for c in range(len(HEADERS)) if set(_SORTS[c]) <= set(engagement_marks.ENGAGEMENT.orders)
]
CHOICES: tuple[dict[str, Any], ...] = ({}, {"show_archived": True}, {"archived_only": True})


def _cut(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """Spans of SPAN engagements, and no shortcut for rows near either end of the list."""
    monkeypatch.setattr(marks, "SPAN", SPAN)
    monkeypatch.setattr(engagements, "NEAR", 1)
    with store.engine.begin() as conn:
        engagement_marks.rebuild(conn)


@pytest.fixture
def marked(store: Store, monkeypatch: pytest.MonkeyPatch) -> Store:
    _populate(store, n=40, seed=3)
    _cut(store, monkeypatch)
    return store


def _plain(store: Store, filters: dict[str, Any], column: int, desc: bool) -> dict[str, int]:
    """Each engagement's row number in the list's order: the table sorted plainly."""
    key = _SORTS[column][1 if desc else 0]
    way = " DESC" if desc else ""
    where = (
        " WHERE archived"
        if filters.get("archived_only")
        else ""
        if filters.get("show_archived")
        else " WHERE NOT archived"
    )
    sql = f"SELECT id, row_number() OVER (ORDER BY {key}{way}, id{way}) - 1 FROM engagement{where}"
    with store.engine.connect() as conn:
        return {str(r[0]): int(r[1]) for r in conn.execute(sa.text(sql))}


def _assert_exact(store: Store) -> None:
    for filters in CHOICES:
        for column in MARKED:
            for desc in (False, True):
                plain = _plain(store, filters, column, desc)
                assert len(plain) > 4
                found = {k: engagement_position(store, filters, column, desc, k) for k in plain}
                assert found == plain, (filters, HEADERS[column], desc)


def _marks_agree(store: Store) -> None:
    """Every order's spans hold every engagement once (each kind of count apart)."""
    with store.engine.connect() as conn:
        if conn.dialect.name != "sqlite":
            return
        kinds = engagement_marks.ENGAGEMENT.counts
        sums = ", ".join(f"sum({c.format(row='engagement')})" for c in kinds.values())
        held = conn.exec_driver_sql(f"SELECT {sums} FROM engagement").one()
        for order in engagement_marks.ENGAGEMENT.orders:
            counted = conn.exec_driver_sql(
                f"SELECT {', '.join(f'sum({k})' for k in kinds)}, "
                f"min(min({', '.join(kinds)}), 0) FROM engagement_mark WHERE sort_key = ?",
                (order,),
            ).one()
            kept = engagement_marks.ENGAGEMENT.counted_in(order)
            wanted = tuple(n if k in kept else 0 for k, n in zip(kinds, held, strict=True))
            assert tuple(counted[:-1]) == wanted, order
            assert counted[-1] == 0, order


def _ids(store: Store) -> list[str]:
    with store.engine.connect() as conn:
        return [str(r[0]) for r in conn.exec_driver_sql("SELECT id FROM engagement ORDER BY id")]


def test_list_places_from_the_marks_are_exact_after_every_kind_of_write(marked: Store) -> None:
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
                "start_date": date(2026, 2, 1 + i) if i % 2 else None,
            },
        )
        for i, title in enumerate(("Aardvark study", "Middle transfer", "Zulu fill", "Tox supply"))
    ]
    moved = edit_engagement(
        marked, some[20], {"title": "Aaa first now", "start_date": date(2020, 1, 1)}
    )
    edit_engagement(marked, some[21], {"program": "zz-9", "status": EngagementStatus.CLOSED})
    archive_engagement(marked, some[22])
    with marked.read() as s:
        archived = s.execute(sa.text("SELECT id FROM engagement WHERE archived LIMIT 1")).one()[0]
    restore_engagement(marked, str(archived))
    marked.replay(made[1].before, "undo", current=made[1].after)  # the engagement deleted
    _assert_exact(marked)
    _marks_agree(marked)
    marked.replay(moved.before, "undo", current=moved.after)
    _assert_exact(marked)
    _marks_agree(marked)


def _assert_portfolio_exact(store: Store, listed: PortfolioList) -> None:
    for column in engagement_marks.PORTFOLIO_ORDERS:
        for desc in (False, True):
            expected = [e.id for e in _expected(store, column, desc)]
            found = [listed.position(column, desc, k) for k in expected]
            assert found == list(range(len(expected))), (column, desc)


def test_portfolio_places_from_the_marks_are_exact_after_writes(
    store: Store,
    portfolio: PortfolioList,  # noqa: F811 (the fixture)
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert catch_up(store, TODAY)  # the dated orders walk their stored keys (and marks)
    _cut(store, monkeypatch)
    assert len(ORDERS) == 8
    _assert_portfolio_exact(store, portfolio)
    _marks_agree(store)
    deep = [e.id for e in _expected(store, 1, False)]
    edit_engagement(store, deep[len(deep) // 2], {"title": "Aaa ahead of all"})
    done = edit_engagement(store, deep[5], {"status": EngagementStatus.CLOSED})
    archive_engagement(store, deep[-3])
    _assert_portfolio_exact(store, portfolio)
    _marks_agree(store)
    store.replay(done.before, "undo", current=done.after)
    with store.engine.begin() as conn:  # another day: every dated key moves with its rows
        portfolio_keys.roll(conn, date(2026, 4, 20))
    later = PortfolioList.of_store(store, date(2026, 4, 20))
    _marks_agree(store)
    for column in (5, 6):
        expected = [e.id for e in _expected_on(store, column, date(2026, 4, 20))]
        assert [later.position(column, False, k) for k in expected] == list(range(len(expected)))
    # A roll rewriting more than RECUT_SHARE of the engagements cuts the marks afresh.
    monkeypatch.setattr(portfolio_keys, "RECUT_SHARE", 0)
    with store.engine.begin() as conn:
        assert portfolio_keys.roll(conn, TODAY) > 0
    _marks_agree(store)
    _assert_portfolio_exact(store, portfolio)


def _expected_on(store: Store, column: int, day: date) -> list[Any]:
    from tests.store import test_portfolio_list

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(test_portfolio_list, "TODAY", day)
        return list(test_portfolio_list._expected(store, column, False))


@pytest.mark.sqlite_only  # the marks are SQLite's (store.triggers.keeps_tallies)
@pytest.mark.parametrize("column", [0, 4, 5, 8], ids=["title", "phase", "status", "rag"])
def test_a_deep_row_is_found_in_as_few_steps_as_a_shallow_one(
    store: Store, monkeypatch: pytest.MonkeyPatch, column: int
) -> None:
    """With spans of SPAN engagements, the row in the middle of the title order costs no
    more than one a span from the top: the rows before its span are summed from the
    marks, not counted one by one along the index. The same in the phase, status and RAG
    orders, whose few groups each hold a large share of the list: a row in the middle of
    its group is not counted from either end of the group (revision 0033)."""
    _populate(store, n=600, seed=4)
    _cut(store, monkeypatch)
    key = _SORTS[column][0]
    with store.engine.connect() as conn:
        keyed = {str(r[0]): r[1] for r in conn.exec_driver_sql(f"SELECT id, {key} FROM engagement")}
    for desc in (False, True):
        order = sorted(_plain(store, {}, column, desc).items(), key=lambda kv: kv[1])
        groups: dict[Any, list[int]] = {}
        for place, (k, _n) in enumerate(order):
            groups.setdefault(keyed[k], []).append(place)
        largest = max(groups.values(), key=len)  # its middle: the farthest from its ends
        costs = {}
        for place in (SPAN + 1, len(order) // 2, largest[len(largest) // 2], len(order) - SPAN - 2):
            with vm_steps(store) as counted:
                assert engagement_position(store, {}, column, desc, order[place][0]) == place
            costs[place] = counted[0]
        shallow, *deeper = costs.values()
        assert max(deeper) < shallow * 1.5, (desc, costs)


@pytest.mark.sqlite_only  # the marks are SQLite's
def test_a_deep_portfolio_row_is_found_in_as_few_steps_as_a_shallow_one(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    _populate(store, n=600, seed=6)
    _cut(store, monkeypatch)
    with store.engine.begin() as conn:  # statistics, as a database past a few thousand
        conn.exec_driver_sql("ANALYZE")  # engagements has them (store.planner)
    listed = PortfolioList.of_store(store, TODAY)
    for column, keys in ((0, "sort_title"), (1, "sort_partner, sort_title")):
        with store.engine.connect() as conn:
            order = [
                str(r[0])
                for r in conn.exec_driver_sql(
                    f"SELECT id FROM engagement WHERE NOT archived AND status IN "
                    f"{engagement_marks.RUNNING} ORDER BY {keys}, id"
                )
            ]
        costs = {}
        for place in (SPAN + 1, len(order) // 2, len(order) - SPAN - 2):
            with vm_steps(store) as counted:
                assert listed.position(column, False, order[place]) == place
            costs[place] = counted[0]
        shallow, *deeper = costs.values()
        assert max(deeper) < shallow * 1.5, (column, costs)


@pytest.mark.sqlite_only
def test_a_rebuild_makes_the_revisions_own_triggers_again(store: Store) -> None:
    """store.marks.suspended drops the triggers around a rewrite of every row and makes
    them again as the migration wrote them (the schema check compares their SQL)."""

    made = stored_triggers(store, "engagement_mark")
    assert set(made) == {"engagement_mark_ai", "engagement_mark_ad", "engagement_mark_au"}
    wanted = marks.trigger_sql(engagement_marks.ENGAGEMENT)
    assert made == {name: f"CREATE TRIGGER {name} {body}" for name, body in wanted.items()}
    _populate(store, n=30, seed=2)
    with store.engine.begin() as conn:
        portfolio_keys.rebuild(conn, TODAY)
    assert stored_triggers(store, "engagement_mark") == made
    _marks_agree(store)


@pytest.mark.sqlite_only
def test_an_erased_name_leaves_no_mark_at_it(
    demo_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An engagement's title may name a person: a mark cut at it must not keep it once the
    person is erased, and places stay exact."""
    from cdmo_desktop.store import erasure
    from tests.store.test_erasure import _contact

    person = _contact(demo_store)
    with demo_store.read() as s:
        some = s.execute(sa.text("SELECT id FROM engagement WHERE NOT archived LIMIT 1")).one()[0]
    edit_engagement(demo_store, str(some), {"title": f"Transfer with {person.name}"})
    _cut(demo_store, monkeypatch)
    monkeypatch.setattr(marks, "SPAN", 1)  # every engagement starts a span
    with demo_store.engine.begin() as conn:
        engagement_marks.rebuild(conn)
    word = person.name.split()[-1].casefold()

    def held() -> int:
        with demo_store.engine.connect() as conn:
            sql = "SELECT count(*) FROM engagement_mark WHERE lower(k0) LIKE ? OR lower(k1) LIKE ?"
            return int(conn.exec_driver_sql(sql, (f"%{word}%",) * 2).scalar_one())

    assert held() > 0
    erasure.erase_person(demo_store, person.id, "Asked to be forgotten")
    assert held() == 0
    _marks_agree(demo_store)
    for column in (0, 1, 2):
        plain = _plain(demo_store, {}, column, False)
        found = {k: engagement_position(demo_store, {}, column, False, k) for k in plain}
        assert found == plain


def _assert_jumps_exact(store: Store) -> None:
    for filters in CHOICES:
        for column in MARKED:
            for desc in (False, True):
                plain = _plain(store, filters, column, desc)
                order = sorted(plain, key=plain.__getitem__)
                for offset in range(0, len(order), 3):
                    rows = engagements.fetch_engagements_at(store, filters, column, desc, offset, 5)
                    got = [r.id for r in rows]
                    assert got == order[offset : offset + 5], (filters, HEADERS[column], desc)


def test_a_jump_reads_the_rows_a_plain_order_has_there(marked: Store) -> None:
    """A jump of the scroll bar (rows from an offset) reads from the span holding them: the
    same rows as a plain order, in every marked order both ways and under every archived
    choice, also after an edit moves a row and an archive."""
    _assert_jumps_exact(marked)
    some = _ids(marked)
    edit_engagement(marked, some[5], {"title": "Aaa moved up", "start_date": date(2019, 5, 1)})
    archive_engagement(marked, some[6])
    _assert_jumps_exact(marked)


@pytest.mark.sqlite_only  # the marks are SQLite's
@pytest.mark.parametrize("column", [0, 4, 5, 8], ids=["title", "phase", "status", "rag"])
def test_a_deep_jump_costs_what_a_shallow_one_does(
    store: Store, monkeypatch: pytest.MonkeyPatch, column: int
) -> None:
    """The scroll bar dragged to the middle of the title order reads as few SQLite steps
    as a jump one span from the top: the rows before the span are summed from the marks,
    not skipped one by one. The same in the phase, status and RAG orders (revision 0033)."""
    _populate(store, n=600, seed=5)
    _cut(store, monkeypatch)
    total = len(_plain(store, {}, column, False))
    for desc in (False, True):
        costs = {}
        for offset in (SPAN + 2, total // 2, total - 2 * SPAN - 8):
            with vm_steps(store) as counted:
                rows = engagements.fetch_engagements_at(store, {}, column, desc, offset, 4)
                assert len(rows) == 4
            costs[offset] = counted[0]
        shallow, *deeper = costs.values()
        assert max(deeper) < shallow * 1.5, (desc, costs)
