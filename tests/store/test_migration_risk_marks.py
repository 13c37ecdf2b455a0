"""Revision 0028_risk_marks upgrades a database holding the demo's records (and copies of its
risks, enough for several spans) without losing a row, cuts every risk-register order into
counted spans as store.risk_marks cuts them, holding every risk once per status, and places
each risk where a plain count does; a downgrade takes the spans and their triggers away."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from cdmo_desktop.store import open_store, risk_marks
from cdmo_desktop.store import risks as rs
from tests.migration_support import copy_of, downgrade, rows, table_counts

PREVIOUS = "0027_list_marks"
SPAN = 1024  # the revision's


def _more_risks(path: Path, at_least: int) -> None:
    """Copies of the demo's risks (new ids, numbers and titles) until there are `at_least`:
    every order is cut into several spans."""
    with sqlite3.connect(path) as conn:
        columns = [r[1] for r in conn.execute("PRAGMA table_info(risk)")]
        made = {
            "id": "lower(hex(randomblob(16)))",
            "number": "number + {k} * 1000",  # k doubles: every sum of them is new
            "title": "title || ' {k}'",
        }
        k = 1
        while conn.execute("SELECT count(*) FROM risk").fetchone()[0] < at_least:
            picked = ", ".join(made.get(c, c).format(k=k) for c in columns)
            conn.execute(f"INSERT INTO risk ({', '.join(columns)}) SELECT {picked} FROM risk")
            k *= 2


def test_an_upgrade_counts_every_order_in_spans_and_loses_nothing(
    tmp_path: Path, demo_template: Path
) -> None:
    path = copy_of(demo_template, tmp_path / "previous.sqlite")
    downgrade(path, PREVIOUS)
    assert not rows(path, "SELECT name FROM sqlite_master WHERE name LIKE 'risk_mark%'")
    _more_risks(path, 2 * SPAN + 100)
    before = table_counts(path)
    risks = rows(path, "SELECT * FROM risk ORDER BY id")
    grouped = rows(path, "SELECT status, count(*) FROM risk GROUP BY status")
    per_status = {str(status): int(str(n)) for status, n in grouped}
    assert len(per_status) > 2 and sum(per_status.values()) > 10
    store = open_store(path)  # upgrades (after a backup)
    try:
        # Records and tallies kept; counted spans are derived, and a later revision
        # (0029_portfolio_marks) cuts one more order of the engagements'.
        kept = {t: n for t, n in before.items() if not t.endswith("_mark")}
        assert {t: n for t, n in table_counts(path).items() if t in kept} == kept
        assert rows(path, "SELECT * FROM risk ORDER BY id") == risks
        sums = ", ".join(f"sum({c})" for c in risk_marks.RISK.counts)
        held = tuple(per_status.get(s, 0) for s in risk_marks.STATUSES)
        assert rows(
            path, f"SELECT sort_key, {sums} FROM risk_mark GROUP BY sort_key ORDER BY sort_key"
        ) == sorted((order, *held) for order in risk_marks.RISK.orders)
        with sqlite3.connect(path) as conn:  # cut as the store cuts them: spans of SPAN
            fresh = [
                r for o in risk_marks.RISK.orders for r in risk_marks.spans(conn.cursor(), o, SPAN)
            ]
        assert rows(path, "SELECT * FROM risk_mark ORDER BY sort_key, seq") == sorted(fresh)
        assert len(fresh) == 3 * len(risk_marks.RISK.orders)
        triggers = rows(path, "SELECT name FROM sqlite_master WHERE type = 'trigger'")
        assert {("risk_mark_ai",), ("risk_mark_ad",), ("risk_mark_au",)} <= set(triggers)
        for key in rs.SORT_KEYS:
            columns = risk_marks.SORT_KEYS["engagement" if key == "code" else key]
            order = ", ".join((*columns, "id"))
            expected = [str(r[0]) for r in rows(path, f"SELECT id FROM risk ORDER BY {order}")]
            found = [rs.risk_position(store, {}, key, False, k) for k in expected[::61]]
            assert found == list(range(len(expected)))[::61], key
    finally:
        store.close()
    downgrade(path, PREVIOUS)
    assert not rows(path, "SELECT name FROM sqlite_master WHERE name LIKE 'risk_mark%'")
    assert rows(path, "SELECT * FROM risk ORDER BY id") == risks
