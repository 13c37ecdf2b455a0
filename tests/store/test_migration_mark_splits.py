"""Revision 0030_mark_splits upgrades a database holding the demo's records (and copies of
its risks, piled past the bound in each order's one span) without losing a row, makes the
note table and the store's own note triggers, notes the spans already past the bound, and
the first write to the risks cuts them (every risk still counted once, places exact); a
downgrade takes the notes and their triggers away and keeps every row."""

from __future__ import annotations

from pathlib import Path

from cdmo_desktop.store import mark_splits, open_store, risk_marks
from cdmo_desktop.store import risks as rs
from cdmo_desktop.store.risk_edits import edit_risk
from tests.migration_support import copy_of, downgrade, rows, table_counts
from tests.store.test_migration_risk_marks import _more_risks

PREVIOUS = "0029_portfolio_marks"  # the revision before this one (the only place it is named)
BOUND = 4096  # the revision's
_TRIGGERS = "SELECT name, sql FROM sqlite_master WHERE name LIKE 'mark_split_%' ORDER BY 1"
_SIZE = " + ".join(risk_marks.RISK.counts)
_LARGEST = f"SELECT max({_SIZE}) {{}} FROM risk_mark"


def test_an_upgrade_notes_piled_spans_and_the_first_write_cuts_them(
    tmp_path: Path, demo_template: Path
) -> None:
    path = copy_of(demo_template, tmp_path / "previous.sqlite")
    downgrade(path, PREVIOUS)
    _more_risks(path, BOUND + 200)  # one span an order (the demo's few risks), now a pile
    assert rows(path, _LARGEST.format(f"> {BOUND}")) == [(1,)]
    before = table_counts(path)
    risks = rows(path, "SELECT * FROM risk ORDER BY id")
    spans = rows(path, "SELECT * FROM risk_mark ORDER BY sort_key, seq")
    store = open_store(path)  # upgrades (after a backup)
    try:
        after = table_counts(path)  # 0033 cuts three more engagement orders
        kept = {t: n for t, n in before.items() if t != "engagement_mark"}
        assert {t: after[t] for t in kept} == kept and after["mark_split"] == len(
            risk_marks.RISK.orders
        )
        assert rows(path, "SELECT * FROM risk ORDER BY id") == risks
        assert rows(path, "SELECT * FROM risk_mark ORDER BY sort_key, seq") == spans
        noted = rows(path, "SELECT marks, sort_key, seq FROM mark_split ORDER BY 1, 2")
        assert noted == [("risk_mark", order, 0) for order in sorted(risk_marks.RISK.orders)]
        wanted = dict(mark_splits.note_trigger(m) for m in mark_splits.MARKED.values())
        assert rows(path, _TRIGGERS) == [
            (name, f"CREATE TRIGGER {name} {wanted[name]}") for name in sorted(wanted)
        ]
        some = str(rows(path, "SELECT id FROM risk ORDER BY id LIMIT 1")[0][0])
        edit_risk(store, some, {"owner": "Noor"})
        assert rows(path, "SELECT * FROM mark_split") == []
        assert rows(path, _LARGEST.format(f"<= {BOUND}")) == [(1,)]
        total = len(risks)
        for order in risk_marks.RISK.orders:
            held = f"SELECT count(*) > 4, sum({_SIZE}) FROM risk_mark WHERE sort_key = '{order}'"
            assert rows(path, held) == [(1, total)], order
        plain = [str(r[0]) for r in rows(path, "SELECT id FROM risk ORDER BY title, id")]
        for place in range(0, total, 97):
            assert rs.risk_position(store, {}, "title", False, plain[place]) == place
            page = rs.fetch_risks_at(store, {}, "title", False, place, 3, listed=total)
            assert [r.id for r in page] == plain[place : place + 3]
    finally:
        store.close()
    cut = rows(path, "SELECT * FROM risk_mark ORDER BY sort_key, seq")
    downgrade(path, PREVIOUS)
    assert rows(path, _TRIGGERS) == []
    assert not rows(path, "SELECT name FROM sqlite_master WHERE name = 'mark_split'")
    assert rows(path, "SELECT * FROM risk_mark ORDER BY sort_key, seq") == cut
    assert len(rows(path, "SELECT * FROM risk ORDER BY id")) == len(risks)
