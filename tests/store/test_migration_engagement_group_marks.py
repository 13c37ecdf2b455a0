"""Revision 0033_engagement_group_marks upgrades a database holding the demo's records without
losing a row, keeps every order's spans as they were, cuts the engagement list's phase,
status and RAG orders into spans counting each engagement once, makes the marks' triggers and
the note trigger the store's own, and places and jumps to each engagement in those orders
where a plain order does (also after a write moves one); a downgrade takes the new spans and
triggers away again."""

from __future__ import annotations

from pathlib import Path

import pytest

from cdmo_desktop.domain.enums import Phase
from cdmo_desktop.store import (
    Store,
    engagement_marks,
    engagements,
    mark_splits,
    marks,
    open_store,
)
from cdmo_desktop.store.engagement_edits import edit_engagement
from cdmo_desktop.store.engagements import engagement_position, fetch_engagements_at
from tests.migration_support import copy_of, downgrade, rows, table_counts
from tests.store.test_engagement_marks import CHOICES, _marks_agree, _plain

PREVIOUS = "0032_server_partner_tallies"  # the revision before this one (the only place named)
GROUPED = {4: "sort_phase", 5: "sort_status", 8: "sort_rag"}
_SPANS = "SELECT * FROM engagement_mark ORDER BY sort_key, seq"
_TRIGGERS = (
    "SELECT name, sql FROM sqlite_master WHERE name LIKE 'engagement_mark_%' "
    "OR name = 'mark_split_engagement' ORDER BY 1"
)


def _exact(store: Store) -> None:
    """Every engagement's place, and a jump to every line, in the three orders both ways
    under every archived choice."""
    for filters in CHOICES:
        for column in GROUPED:
            for desc in (False, True):
                plain = _plain(store, filters, column, desc)
                found = {k: engagement_position(store, filters, column, desc, k) for k in plain}
                assert found == plain, (filters, column, desc)
                order = sorted(plain, key=plain.__getitem__)
                for offset in range(len(order)):
                    page = fetch_engagements_at(store, filters, column, desc, offset, 3)
                    assert [r.id for r in page] == order[offset : offset + 3]


def test_an_upgrade_cuts_the_group_orders_and_loses_nothing(
    tmp_path: Path, demo_template: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = copy_of(demo_template, tmp_path / "previous.sqlite")
    downgrade(path, PREVIOUS)
    grouped = ", ".join(f"'{o}'" for o in GROUPED.values())
    assert rows(path, f"SELECT count(*) FROM engagement_mark WHERE sort_key IN ({grouped})") == [
        (0,)
    ]
    before = table_counts(path)
    engagement_rows = rows(path, "SELECT * FROM engagement ORDER BY id")
    spans = rows(path, _SPANS)
    old_triggers = rows(path, _TRIGGERS)
    monkeypatch.setattr(engagements, "NEAR", 1)  # every place and jump read from the marks
    store = open_store(path)  # upgrades (after a backup)
    try:
        after = table_counts(path)
        kept = {t: n for t, n in before.items() if t != "engagement_mark"}
        assert {t: after[t] for t in kept} == kept
        assert after["engagement_mark"] == before["engagement_mark"] + len(GROUPED)
        assert rows(path, "SELECT * FROM engagement ORDER BY id") == engagement_rows
        assert [r for r in rows(path, _SPANS) if r[0] not in GROUPED.values()] == spans
        _marks_agree(store)
        wanted = {
            **marks.trigger_sql(engagement_marks.ENGAGEMENT),
            **dict([mark_splits.note_trigger(engagement_marks.ENGAGEMENT)]),
        }
        assert rows(path, _TRIGGERS) == [
            (name, f"CREATE TRIGGER {name} {wanted[name]}") for name in sorted(wanted)
        ]
        _exact(store)
        some = str(engagement_rows[0][0])
        edit_engagement(store, some, {"phase": Phase.COMMERCIAL, "title": "Zz moved last"})
        _marks_agree(store)
        _exact(store)
    finally:
        store.close()
    downgrade(path, PREVIOUS)
    assert rows(path, f"SELECT count(*) FROM engagement_mark WHERE sort_key IN ({grouped})") == [
        (0,)
    ]
    assert rows(path, _TRIGGERS) == old_triggers
    assert len(rows(path, "SELECT * FROM engagement")) == len(engagement_rows)
