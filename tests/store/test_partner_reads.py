"""The partner register's reads that follow what they show (store.partner_reads): the
"Audit overdue" count from the marks, exact against a plain count through writes, and
reading a span's worth of partners however many are overdue; a search's page read from
its matches without first listing them; a page weighed by the count read before it
instead of counting the matches again."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
import sqlalchemy as sa

from cdmo_desktop.domain.enums import PartnerKind
from cdmo_desktop.domain.models import Partner
from cdmo_desktop.store import Store, partner_edits, partner_list, partner_marks
from cdmo_desktop.store.partner_list import COL_NAME, COL_NEXT_AUDIT, PartnerFilters
from tests.store.test_partner_list import TODAY, _fill_register, _plan, _statements

OVERDUE = (PartnerFilters(overdue=True), PartnerFilters(overdue=True, archived=True))


def _plain_overdue(store: Store, today: date) -> int:
    """The overdue partners counted plainly: not archived, next audit due before today."""
    with store.engine.connect() as conn:
        p = sa.table("partner", sa.column("archived"), sa.column("next_audit_due"))
        stmt = sa.select(sa.func.count()).select_from(p)
        stmt = stmt.where(p.c.archived == sa.false(), p.c.next_audit_due < today)
        return int(conn.execute(stmt).scalar_one())


def _assert_overdue_exact(store: Store) -> None:
    for day in (-400, -30, 0, 1, 45, 500):
        today = TODAY + timedelta(days=day)
        plain = _plain_overdue(store, today)
        for f in OVERDUE:
            with store.read() as s:
                assert partner_list.count(s, f, today) == plain, (f, today)
                rows = partner_list.fetch(s, f, COL_NEXT_AUDIT, False, 100, today)
            assert len(rows) == plain
            assert all(not r.archived and r.next_audit_due < today for r in rows)  # type: ignore[operator]


def test_the_overdue_count_is_exact_through_writes(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The count the "Audit overdue" filter shows equals the partners not archived whose
    next audit was due before the day, whatever the day, after partners are archived,
    restored, their audits moved and new ones added (SQLite counts from the marks, cut
    into spans of 4 here; PostgreSQL counts the rows)."""
    _fill_register(store)
    monkeypatch.setattr(partner_marks, "SPAN", 4)
    with store.engine.begin() as conn:
        partner_marks.rebuild(conn)
    _assert_overdue_exact(store)
    with store.read() as s:
        rows = partner_list.fetch(s, PartnerFilters(), COL_NAME, False, 40, TODAY)
    partner_edits.set_archived(store, rows[5].id, True)
    partner_edits.set_archived(store, rows[6].id, True)
    with store.read() as s:
        shown = partner_list.fetch(s, PartnerFilters(archived=True), COL_NAME, False, 40, TODAY)
    partner_edits.set_archived(store, next(r.id for r in shown if r.archived), False)
    with store.session() as s:
        for i in range(12):
            due = TODAY - timedelta(days=3 * i) if i % 2 else TODAY
            s.add(Partner(name=f"Overdue Works {i:02d}", kind=PartnerKind.LAB, next_audit_due=due))
    with store.session() as s:
        moved = s.get(Partner, rows[0].id)
        assert moved is not None
        moved.last_audit_date = None
        moved.next_audit_due = TODAY - timedelta(days=1000)
    _assert_overdue_exact(store)


def _add_overdue(store: Store, n: int, first: int = 0) -> None:
    with store.session() as s:
        for i in range(first, first + n):
            due = TODAY - timedelta(days=1 + i % 300)
            s.add(Partner(name=f"Late Labs {i:05d}", kind=PartnerKind.CRO, next_audit_due=due))


def _overdue_steps(store: Store) -> int:
    with store.read() as s:
        conn = s.connection()
        raw: Any = conn.connection.driver_connection
        steps = [0]

        def step() -> int:
            steps[0] += 1
            return 0

        raw.set_progress_handler(step, 100)
        try:
            n = partner_list.count(s, PartnerFilters(overdue=True), TODAY)
        finally:
            raw.set_progress_handler(None, 0)
    assert n == _plain_overdue(store, TODAY)
    return steps[0]


@pytest.mark.sqlite_only  # the marks and SQLite's virtual machine
def test_the_overdue_count_reads_a_span_not_every_overdue_partner(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Four times as many overdue partners cost the count about the same: it reads the
    marks of the next-audit order and at most a span of partners, not each overdue one
    (at a million partners 404,686 of them: 38 ms counted one by one)."""
    monkeypatch.setattr(partner_marks, "SPAN", 64)
    _add_overdue(store, 300)
    with store.engine.begin() as conn:
        partner_marks.rebuild(conn)
    small = _overdue_steps(store)
    _add_overdue(store, 900, first=300)
    with store.engine.begin() as conn:
        partner_marks.rebuild(conn)
    large = _overdue_steps(store)
    assert large < 2 * small, (small, large)


@pytest.mark.sqlite_only  # query plans
def test_a_search_page_is_read_from_its_matches_without_listing_them(store: Store) -> None:
    """A search's page (not probed) reads the word index's matches and looks each partner
    up by its rowid: no list of every match is built first (at a million partners, 38,000
    matches of "kestrel": 16 ms instead of 22); the rows are those of the plain query."""
    _fill_register(store)
    register = store
    for text in ("labs", "zara quist", "scale-up durham"):
        f = PartnerFilters(text=text)
        stmt = partner_list._select(f, COL_NAME, True, TODAY).limit(50)
        plan = _plan(register, stmt)
        assert "LIST SUBQUERY" not in plan and plan.startswith("SCAN partner_fts"), plan
        p = partner_list._table()
        where = partner_list.conditions(f, TODAY, COL_NAME)  # rowid IN (the matches)
        listed = sa.select(*partner_list._row_columns(p)).where(*where)
        listed = listed.order_by(p.c.name_key).limit(50)
        with register.read() as s:
            joined = [r.id for r in s.execute(stmt)]
            plain = [r.id for r in s.execute(listed)]
        assert joined == plain and joined, text


@pytest.mark.sqlite_only  # the probe is SQLite's
def test_a_page_weighed_by_the_count_read_before_does_not_count_again(store: Store) -> None:
    """With the count the register read just before (`matches`), a search's page runs one
    statement searching the word index, the page itself, and gives the same rows."""
    _fill_register(store)
    register = store
    for f in (PartnerFilters(text="zara"), PartnerFilters(text="labs 07")):
        with register.read() as s:
            n = partner_list.count(s, f, TODAY)
            weighed = partner_list.fetch(s, f, COL_NAME, False, 7, TODAY)
        with _statements(register) as seen, register.read() as s:
            known = partner_list.fetch(s, f, COL_NAME, False, 7, TODAY, matches=n)
        assert [r.id for r in known] == [r.id for r in weighed]
        searched = [sql for sql, _ in seen if "MATCH" in sql]
        assert len(searched) == 1, searched
        with register.read() as s:
            assert partner_list._probe(s, f, TODAY, 7, n) == partner_list._probe(s, f, TODAY, 7)
