"""Revision 0029_portfolio_marks upgrades a database holding the demo's records without losing
a row, keeps every order's spans as they were, cuts the Portfolio's default order (RAG,
title, id, counted by status group) into spans holding each running engagement once, makes
the marks' triggers the store's own, and places and jumps to each engagement where a plain
order does; a downgrade takes the new spans, counts and triggers away again."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from cdmo_desktop.store import engagement_marks, marks, open_store
from cdmo_desktop.store.portfolio_list import DEFAULT_COLUMN, PortfolioList
from tests.migration_support import copy_of, downgrade, rows, table_counts
from tests.store.test_portfolio import TODAY

PREVIOUS = "0028_risk_marks"  # the revision before this one (the only place it is named)
_KEPT = "sort_key, seq, k0, k1, k2, k3, k4, listed, archived, running"
_TRIGGERS = "SELECT name, sql FROM sqlite_master WHERE name LIKE 'engagement_mark_%' ORDER BY 1"
_COLUMNS = "SELECT name FROM pragma_table_info('engagement_mark')"
# The Portfolio's default order: active, on hold, planned, then RAG, title and id.
_PLAIN = (
    "SELECT id FROM engagement WHERE NOT archived AND status IN "
    f"{engagement_marks.RUNNING} ORDER BY CASE status WHEN 'active' THEN 0 "
    "WHEN 'on_hold' THEN 1 ELSE 2 END, sort_rag, sort_title, id"
)


def test_an_upgrade_cuts_the_default_order_and_loses_nothing(
    tmp_path: Path, demo_template: Path
) -> None:
    path = copy_of(demo_template, tmp_path / "previous.sqlite")
    downgrade(path, PREVIOUS)
    assert not {("active",), ("on_hold",), ("planned",)} & set(rows(path, _COLUMNS))
    _every_group(path)
    before = table_counts(path)
    engagements = rows(path, "SELECT * FROM engagement ORDER BY id")
    spans = rows(path, f"SELECT {_KEPT} FROM engagement_mark ORDER BY sort_key, seq")
    old_triggers = rows(path, _TRIGGERS)
    grouped = "SELECT status, count(*) FROM engagement WHERE NOT archived GROUP BY status"
    by_status = {str(r[0]): r[1] for r in rows(path, grouped)}
    assert all(by_status.get(s) for s in engagement_marks.RANKED), by_status
    store = open_store(path)  # upgrades (after a backup)
    try:
        after = table_counts(path)  # the marks gain the new order's (compared below)
        assert {t: after[t] for t in before if t != "engagement_mark"} == {
            t: n for t, n in before.items() if t != "engagement_mark"
        }
        assert rows(path, "SELECT * FROM engagement ORDER BY id") == engagements
        order = engagement_marks.DEFAULT_ORDER
        kept = f"SELECT {_KEPT} FROM engagement_mark ORDER BY sort_key, seq"
        known = {span[0] for span in spans}  # later revisions cut orders of their own
        assert [r for r in rows(path, kept) if r[0] in known] == spans
        sums = ", ".join(f"sum({k})" for k in engagement_marks.ENGAGEMENT.counts)
        counted = rows(path, f"SELECT {sums} FROM engagement_mark WHERE sort_key = '{order}'")
        listed_kinds = dict.fromkeys(("listed", "archived", "running"), 0)
        assert counted == [
            (*listed_kinds.values(), *(by_status[s] for s in engagement_marks.RANKED))
        ]
        wanted = marks.trigger_sql(engagement_marks.ENGAGEMENT)
        assert rows(path, _TRIGGERS) == [
            (name, f"CREATE TRIGGER {name} {wanted[name]}") for name in sorted(wanted)
        ]
        expected = [str(r[0]) for r in rows(path, _PLAIN)]
        listed = PortfolioList.of_store(store, TODAY)
        found = [listed.position(DEFAULT_COLUMN, False, k) for k in expected]
        assert found == list(range(len(expected)))
        listed.count()  # no row found: the jump reads from the marks
        for offset in range(len(expected)):
            page = listed.fetch_at(DEFAULT_COLUMN, False, offset, 5)
            assert [e.id for e in page] == expected[offset : offset + 5]
    finally:
        store.close()
    downgrade(path, PREVIOUS)
    assert not {("active",), ("on_hold",), ("planned",)} & set(rows(path, _COLUMNS))
    assert rows(path, f"SELECT {_KEPT} FROM engagement_mark ORDER BY sort_key, seq") == spans
    assert rows(path, _TRIGGERS) == old_triggers
    assert rows(path, "SELECT * FROM engagement ORDER BY id") == engagements


def _every_group(path: Path) -> None:
    """An engagement of the demo in each status group the Portfolio lists (an active one
    put on hold; the 0027 triggers keep their spans)."""
    conn = sqlite3.connect(path)
    try:
        with conn:
            conn.execute(
                "UPDATE engagement SET status = 'on_hold', sort_status = 2 WHERE id = "
                "(SELECT id FROM engagement WHERE status = 'active' ORDER BY id LIMIT 1)"
            )
    finally:
        conn.close()
