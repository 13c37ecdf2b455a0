"""A partner's place in the register from the marks (store.partner_marks): exact in every
order both ways, with and without archived partners, against a plain count of the rows
before it, after partners are added, edited, archived, deleted and an edit is undone; and
the rows counted along the index are one span's worth however deep the row is."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from typing import Any

import pytest
import sqlalchemy as sa

from cdmo_desktop.domain.enums import PartnerKind, QualificationStatus
from cdmo_desktop.store import Store, partner_edits, partner_list, partner_locate, partner_marks
from cdmo_desktop.store.partner_list import HEADERS, SORT_KEYS, PartnerFilters
from tests.store.test_partner_list import TODAY, _fill_register

SPAN = 4
FILTERS = (PartnerFilters(), PartnerFilters(archived=True))


@pytest.fixture
def marked(store: Store, monkeypatch: pytest.MonkeyPatch) -> Store:
    """The 40-partner register with its orders cut into spans of SPAN partners, and no
    shortcut for rows near either end (every row is found through the marks)."""
    _fill_register(store)
    monkeypatch.setattr(partner_marks, "SPAN", SPAN)
    monkeypatch.setattr(partner_list, "NEAR", 1)
    with store.engine.begin() as conn:
        partner_marks.rebuild(conn)
    return store


def _plain_places(store: Store, f: PartnerFilters, col: int, desc: bool) -> dict[str, int]:
    """Each listed partner's row number in the order: the partner table sorted plainly."""
    name = SORT_KEYS[col]
    way = " DESC" if desc else ""
    order = ", ".join(f"{k}{way}" for k in (["name_key"] if name is None else [name, "name_key"]))
    listed = "" if f.archived else " WHERE NOT archived"
    sql = f"SELECT id, row_number() OVER (ORDER BY {order}) - 1 FROM partner{listed}"
    with store.engine.connect() as conn:
        return {r[0]: int(r[1]) for r in conn.execute(sa.text(sql))}


def _ids(store: Store, f: PartnerFilters) -> list[str]:
    where = "" if f.archived else " WHERE NOT archived"
    with store.engine.connect() as conn:
        return [r[0] for r in conn.execute(sa.text(f"SELECT id FROM partner{where}"))]


def _assert_exact(store: Store) -> None:
    for f in FILTERS:
        ids = _ids(store, f)
        assert len(ids) > 30
        for col in range(len(HEADERS)):
            for desc in (False, True):
                with store.read() as s:
                    found = {
                        key: partner_locate.position(s, f, col, desc, key, TODAY) for key in ids
                    }
                plain = _plain_places(store, f, col, desc)
                assert found == plain, (f, HEADERS[col], desc)
                assert sorted(p for p in found.values() if p is not None) == list(range(len(ids)))


def _marks_agree(store: Store) -> None:
    """Every order's spans hold every partner once (listed and archived apart)."""
    with store.engine.connect() as conn:
        if conn.dialect.name != "sqlite":
            return
        listed, archived = conn.execute(
            sa.text("SELECT sum(NOT archived), sum(archived) FROM partner")
        ).one()
        for sort_key in partner_marks.SORTED:
            held = conn.execute(
                sa.text(
                    "SELECT sum(listed), sum(archived), min(listed), min(archived) "
                    "FROM partner_mark WHERE sort_key = :k"
                ),
                {"k": sort_key},
            ).one()
            assert held[:2] == (listed, archived), sort_key
            assert min(held[2:]) >= 0, sort_key


def test_places_from_the_marks_are_exact_after_every_kind_of_write(marked: Store) -> None:
    _assert_exact(marked)
    _marks_agree(marked)
    made = []
    for i, (name, country) in enumerate(
        [
            ("Aaron Bio", "US"),
            ("Nova Labs 15b", "DE"),
            ("Zeta Fill", ""),
            ("Keystone Labs 07a", "CH"),
        ]
    ):
        pid = f"00000000-0000-4000-8000-00000000000{i}"
        values: dict[str, Any] = {
            "name": name,
            "kind": list(PartnerKind)[i % 4],
            "country": country,
            "qualification_status": list(QualificationStatus)[(i + 2) % 6],
            "next_audit_due": TODAY + timedelta(days=30 * i) if i % 2 else None,
        }
        made.append(partner_edits.create_partner(marked, pid, values))
    with marked.read() as s:
        deep = partner_list.fetch(s, PartnerFilters(), 0, False, 25, TODAY)[-5:]
    moved = partner_edits.save_partner(
        marked, deep[0].id, {"name": "Alpha Labs 00a", "country": "IN", "kind": "lab"}
    )
    partner_edits.save_partner(
        marked,
        deep[1].id,
        {"next_audit_due": TODAY - timedelta(days=3), "qualification_status": "approved"},
    )
    partner_edits.set_archived(marked, deep[2].id, True)
    partner_edits.set_archived(marked, deep[3].id, False)
    marked.replay(made[1].before, "undo", current=made[1].after)  # the partner deleted
    _assert_exact(marked)
    _marks_agree(marked)
    marked.replay(moved.before, "undo", current=moved.after)
    _assert_exact(marked)
    _marks_agree(marked)


@contextmanager
def _steps(session: Any) -> Iterator[list[int]]:
    """SQLite's virtual-machine steps run meanwhile on the session's connection (a
    progress handler called per step)."""
    driver = session.connection().connection.driver_connection
    assert isinstance(driver, sqlite3.Connection)
    counted = [0]

    def step() -> int:
        counted[0] += 1
        return 0

    driver.set_progress_handler(step, 1)
    try:
        yield counted
    finally:
        driver.set_progress_handler(None, 1)


@pytest.mark.sqlite_only  # the marks are SQLite's (store.triggers.keeps_tallies)
def test_a_deep_row_is_found_in_as_few_steps_as_a_shallow_one(marked: Store) -> None:
    """With spans of SPAN partners, the row in the middle of the country order costs no
    more than one a span from the top: the rows before its span are summed from the marks,
    not counted one by one along the index."""
    f = PartnerFilters()
    with marked.read() as s:
        order = partner_list.fetch(s, f, partner_list.COL_COUNTRY, False, 100, TODAY)
    costs = {}
    for place in (SPAN + 1, len(order) // 2, len(order) - SPAN - 2):
        with marked.read() as s, _steps(s) as counted:
            found = partner_locate.position(
                s, f, partner_list.COL_COUNTRY, False, order[place].id, TODAY
            )
        assert found == place
        costs[place] = counted[0]
    shallow, *deeper = costs.values()
    assert max(deeper) < shallow * 1.5, costs


@pytest.mark.sqlite_only
def test_an_erased_contact_leaves_no_mark_at_their_name(
    demo_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A primary contact's name is a sort key: a mark cut at it must not keep it once the
    person is erased, and places stay exact."""
    from cdmo_desktop.store import erasure
    from tests.store.test_erasure import _contact

    monkeypatch.setattr(partner_marks, "SPAN", 1)  # every partner starts a span
    monkeypatch.setattr(partner_list, "NEAR", 1)
    with demo_store.engine.begin() as conn:
        partner_marks.rebuild(conn)

    def held() -> int:
        with demo_store.engine.connect() as conn:
            sql = "SELECT count(*) FROM partner_mark WHERE k LIKE :v OR name_key LIKE :v"
            return int(conn.execute(sa.text(sql), {"v": "%vogel%"}).scalar_one())

    assert held() > 0
    erasure.erase_person(demo_store, _contact(demo_store).id, "Asked to be forgotten")
    assert held() == 0
    _marks_agree(demo_store)
    f = PartnerFilters()
    for col in (partner_list.COL_CONTACT, partner_list.COL_NAME):
        plain = _plain_places(demo_store, f, col, False)
        with demo_store.read() as s:
            found = {k: partner_locate.position(s, f, col, False, k, TODAY) for k in plain}
        assert found == plain


def _assert_jumps_exact(store: Store) -> None:
    for f in FILTERS:
        for col in range(len(HEADERS)):
            for desc in (False, True):
                plain = _plain_places(store, f, col, desc)
                order = sorted(plain, key=plain.__getitem__)
                for offset in range(0, len(order), 3):
                    with store.read() as s:
                        rows = partner_list.fetch_at(s, f, col, desc, offset, 5, TODAY)
                    assert [r.id for r in rows] == order[offset : offset + 5], (
                        f,
                        HEADERS[col],
                        desc,
                        offset,
                    )


def test_a_jump_reads_the_rows_a_plain_order_has_there(marked: Store) -> None:
    """A jump of the scroll bar (rows from an offset) reads from the span holding them:
    the same rows as a plain order in every order both ways, with and without archived
    partners, also after a partner is renamed and one archived."""
    _assert_jumps_exact(marked)
    some = _ids(marked, PartnerFilters())
    partner_edits.set_archived(marked, some[3], True)
    with marked.session() as s:
        s.execute(sa.text("UPDATE partner SET name = 'Aaa renamed' WHERE id = :i"), {"i": some[4]})
    _assert_jumps_exact(marked)


@pytest.mark.sqlite_only  # the marks are SQLite's
def test_a_deep_jump_costs_what_a_shallow_one_does(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The scroll bar dragged to the middle of the country order reads as few SQLite steps
    as a jump a span from the top: the rows before the span are summed from the marks."""
    from cdmo_desktop.domain.models import Partner

    with store.session() as s:
        for i in range(600):
            s.add(Partner(name=f"Partner {i:04d}", kind=PartnerKind.CRO, country="DE"))
    monkeypatch.setattr(partner_marks, "SPAN", SPAN)
    monkeypatch.setattr(partner_list, "NEAR", 1)
    with store.engine.begin() as conn:
        partner_marks.rebuild(conn)
    f = PartnerFilters()
    costs = {}
    for offset in (SPAN + 2, 300, 600 - 2 * SPAN - 8):
        with store.read() as s, _steps(s) as counted:
            rows = partner_list.fetch_at(s, f, partner_list.COL_COUNTRY, False, offset, 4, TODAY)
        assert len(rows) == 4
        costs[offset] = counted[0]
    shallow, *deeper = costs.values()
    assert max(deeper) < shallow * 1.5, costs
