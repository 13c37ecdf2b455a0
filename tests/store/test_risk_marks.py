"""A risk's place in the risk register and a jump of its scroll bar from the marks
(store.risk_marks): exact in every register order both ways, under every status choice,
against a plain row_number() order, after risks are logged, edited, closed, deleted and an
edit is undone; a deep row and a deep jump cost what shallow ones do; the triggers a
rebuild makes again are the revision's own; an erasure leaves no mark at an erased name."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

import pytest
import sqlalchemy as sa

from cdmo_desktop.domain.enums import RiskCategory, RiskStatus
from cdmo_desktop.store import Store, bulk, derived_risks, marks, risk_marks
from cdmo_desktop.store import risks as rs
from cdmo_desktop.store.risk_edits import delete_risk, edit_risk, log_risk
from tests.marks_support import stored_triggers, vm_steps
from tests.store.test_risk_register_scale import _fill

SPAN = 4
CHOICES: tuple[dict[str, Any], ...] = (
    {},
    {"status": rs.ACTIVE, "today": date(2026, 11, 20)},
    *({"status": s.value} for s in RiskStatus),
)


def _cut(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """Spans of SPAN risks (and the marks used a span from either end)."""
    monkeypatch.setattr(marks, "SPAN", SPAN)
    with store.engine.begin() as conn:
        risk_marks.rebuild(conn)


@pytest.fixture
def marked(store: Store, monkeypatch: pytest.MonkeyPatch) -> Store:
    _fill(store, 36, seed=11)
    _cut(store, monkeypatch)
    return store


def _plain(store: Store, filters: dict[str, Any], key: str, desc: bool) -> list[str]:
    """The risks in the register's order: the table sorted plainly."""
    columns = [*risk_marks.SORT_KEYS["engagement" if key == "code" else key], "id"]
    way = " DESC" if desc else ""
    status = filters.get("status")
    live = ", ".join(f"'{s}'" for s in rs.LIVE_STATUS_VALUES)
    where = (
        f" WHERE status IN ({live})"
        if status == rs.ACTIVE
        else f" WHERE status = '{status}'"
        if status
        else ""
    )
    order = ", ".join(f"{c}{way}" for c in columns)
    sql = f"SELECT id, row_number() OVER (ORDER BY {order}) FROM risk{where} ORDER BY 2"
    with store.engine.connect() as conn:
        return [str(r[0]) for r in conn.execute(sa.text(sql))]


def _assert_exact(store: Store, every: int = 1) -> None:
    """Every (`every`-th) risk's place, and jumps to every third line, in every order both
    ways under every status choice."""
    for filters in CHOICES:
        for key in rs.SORT_KEYS:
            for desc in (False, True):
                plain = _plain(store, filters, key, desc)
                found = [rs.risk_position(store, filters, key, desc, k) for k in plain[::every]]
                assert found == list(range(len(plain)))[::every], (filters, key, desc)
                for offset in range(0, len(plain), 3):
                    rows = rs.fetch_risks_at(
                        store, filters, key, desc, offset, 3, listed=len(plain)
                    )
                    got = [r.id for r in rows]
                    assert got == plain[offset : offset + 3], (filters, key, desc, offset)


def _marks_agree(store: Store) -> None:
    """Every order's spans hold every risk once, per status."""
    with store.engine.connect() as conn:
        if conn.dialect.name != "sqlite":
            return
        held = conn.exec_driver_sql(
            "SELECT "
            + ", ".join(f"sum(status = '{s}')" for s in risk_marks.STATUSES)
            + " FROM risk"
        ).one()
        sums = ", ".join(f"sum({c})" for c in risk_marks.RISK.counts)
        negatives = " + ".join(f"({c} < 0)" for c in risk_marks.RISK.counts)
        for order in risk_marks.RISK.orders:
            counted = conn.exec_driver_sql(
                f"SELECT {sums}, sum({negatives}) FROM risk_mark WHERE sort_key = ?", (order,)
            ).one()
            assert tuple(counted[:-1]) == tuple(held), order
            assert counted[-1] == 0, order


def _ids(store: Store) -> list[str]:
    with store.engine.connect() as conn:
        return [str(r[0]) for r in conn.exec_driver_sql("SELECT id FROM risk ORDER BY id")]


def test_places_and_jumps_from_the_marks_are_exact_after_every_kind_of_write(
    marked: Store,
) -> None:
    _assert_exact(marked)
    _marks_agree(marked)
    some = _ids(marked)
    with marked.read() as s:
        engagement = str(s.execute(sa.text("SELECT engagement_id FROM risk LIMIT 1")).scalar_one())
    logged = [
        log_risk(
            marked,
            str(uuid.uuid4()),
            {
                "engagement_id": engagement,
                "title": title,
                "category": list(RiskCategory)[i % 3],
                "likelihood": 1 + i,
                "impact": 5 - i,
                "owner": owner,
                "status": list(RiskStatus)[i],
            },
        )
        for i, (title, owner) in enumerate((("Aaa first", "Zed"), ("Mid supply", "Ana")))
    ]
    moved = edit_risk(
        marked, some[10], {"title": "Aaa moved up", "owner": "Aaron", "likelihood": 5}
    )
    closed = edit_risk(
        marked,
        some[11],
        {"status": RiskStatus.CLOSED, "closed_date": date(2026, 11, 20), "closure_note": "Done"},
    )
    edit_risk(marked, some[12], {"next_review_date": date(2030, 1, 1)})
    delete_risk(marked, some[13])
    marked.replay(logged[1].before, "undo", current=logged[1].after)  # the risk deleted
    _assert_exact(marked)
    _marks_agree(marked)
    marked.replay(moved.before, "undo", current=moved.after)
    marked.replay(closed.before, "undo", current=closed.after)
    _assert_exact(marked, every=2)
    _marks_agree(marked)


@pytest.fixture
def many(store: Store, monkeypatch: pytest.MonkeyPatch) -> Store:
    _fill(store, 600, seed=12)
    _cut(store, monkeypatch)
    with store.engine.begin() as conn:  # statistics, as a grown database has them
        conn.exec_driver_sql("ANALYZE")
    return store


@pytest.mark.sqlite_only  # the marks are SQLite's (store.triggers.keeps_tallies)
@pytest.mark.parametrize("filters", [{}, {"status": rs.ACTIVE}])
@pytest.mark.parametrize("key", ["title", "likelihood"])
def test_a_deep_row_and_a_deep_jump_cost_what_shallow_ones_do(
    many: Store, filters: dict[str, Any], key: str
) -> None:
    """With spans of SPAN risks, the row in the middle of an order, and a jump of the scroll
    bar there, cost no more than one a few spans from the top: the risks before the span
    are summed from the marks, not counted or skipped one by one."""
    order = _plain(many, filters, key, False)
    total = len(order)
    places, jumps = {}, {}
    for place in (3 * SPAN, total // 2, total - 3 * SPAN - 4):
        with vm_steps(many) as counted:
            assert rs.risk_position(many, filters, key, False, order[place]) == place
        places[place] = counted[0]
        with vm_steps(many) as counted:
            rows = rs.fetch_risks_at(many, filters, key, False, place, 4, listed=total)
            assert [r.id for r in rows] == order[place : place + 4]
        jumps[place] = counted[0]
    for costs in (places, jumps):
        shallow, *deeper = costs.values()
        assert max(deeper) < shallow * 1.5, (key, costs)


@pytest.mark.sqlite_only  # the marks are SQLite's (store.triggers.keeps_tallies)
@pytest.mark.parametrize("filters", [{}, {"status": rs.ACTIVE}])
@pytest.mark.parametrize("desc", [False, True])
def test_a_jump_while_the_count_is_read_costs_what_a_shallow_one_does(
    many: Store, filters: dict[str, Any], desc: bool
) -> None:
    """A jump of the scroll bar before the register's count has arrived (from_top) reads
    the lines a plain order has there, from the span holding them (the marks sum how many
    there are), not by skipping every line above it."""
    order = _plain(many, filters, "title", desc)
    total = len(order)
    costs = {}
    for place in (3 * SPAN, total // 2, total - 3 * SPAN - 4):
        with vm_steps(many) as counted:
            rows = rs.fetch_risks_at(many, filters, "title", desc, place, 4, from_top=True)
        assert [r.id for r in rows] == order[place : place + 4]
        costs[place] = counted[0]
    shallow, *deeper = costs.values()
    assert max(deeper) < shallow * 1.5, costs
    assert rs.fetch_risks_at(many, filters, "title", desc, total, 4, from_top=True) == []


@pytest.mark.sqlite_only
def test_a_rebuild_makes_the_revisions_own_triggers_again(marked: Store) -> None:
    """The risks' rebuild (store.bulk) drops the marks' triggers around its rewrite of every
    risk and makes them again as the migration wrote them (the schema check compares their
    SQL); the marks are cut afresh and hold every risk."""

    made = stored_triggers(marked, "risk_mark")
    assert set(made) == {"risk_mark_ai", "risk_mark_ad", "risk_mark_au"}
    wanted = marks.trigger_sql(risk_marks.RISK)
    assert made == {name: f"CREATE TRIGGER {name} {body}" for name, body in wanted.items()}
    with marked.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM risk_mark WHERE seq > 0")  # cut wrongly
        derived_risks.rebuild(conn)
    assert stored_triggers(marked, "risk_mark") == made
    _marks_agree(marked)
    with marked.engine.begin() as conn:
        bulk.rebuild_derived(conn)
    _assert_exact(marked, every=3)


@pytest.mark.sqlite_only
def test_an_erased_name_leaves_no_mark_at_it(
    demo_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A risk's owner may be a person: a mark cut at the name must not keep it once the
    person is erased, and places stay exact."""
    from cdmo_desktop.store import erasure
    from tests.store.test_erasure import _contact

    person = _contact(demo_store)
    with demo_store.read() as s:
        some = [str(r[0]) for r in s.execute(sa.text("SELECT id FROM risk LIMIT 3"))]
    for risk_id in some:
        edit_risk(demo_store, risk_id, {"owner": person.name})
    monkeypatch.setattr(marks, "SPAN", 1)  # every risk starts a span
    with demo_store.engine.begin() as conn:
        risk_marks.rebuild(conn)
    word = person.name.split()[-1].casefold()

    def held() -> int:
        with demo_store.engine.connect() as conn:
            sql = "SELECT count(*) FROM risk_mark WHERE lower(k0) LIKE ?"
            return int(conn.exec_driver_sql(sql, (f"%{word}%",)).scalar_one())

    assert held() > 0
    erasure.erase_person(demo_store, person.id, "Asked to be forgotten")
    assert held() == 0
    _marks_agree(demo_store)
    for key in ("owner", "title", "score"):
        plain = _plain(demo_store, {}, key, False)
        assert [rs.risk_position(demo_store, {}, key, False, k) for k in plain] == list(
            range(len(plain))
        )
