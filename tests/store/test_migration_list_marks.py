"""Revision 0027_list_marks upgrades a database holding the demo's records without losing a
row, cuts every engagement-list and Portfolio order into counted spans
(store.engagement_marks) that hold every engagement once, and places each engagement where
a plain count does; a downgrade takes the spans and their triggers away."""

from __future__ import annotations

from pathlib import Path

from cdmo_desktop.store import engagement_marks, open_store
from cdmo_desktop.store.engagements import _SORTS, HEADERS, engagement_position
from tests.migration_support import copy_of, downgrade, rows, table_counts

PREVIOUS = "0026_partner_buckets"


def _marks(path: Path) -> list[tuple[object, ...]]:
    return rows(
        path,
        "SELECT sort_key, sum(listed), sum(archived), sum(running) FROM engagement_mark "
        "GROUP BY sort_key ORDER BY sort_key",
    )


def test_an_upgrade_counts_every_order_in_spans_and_loses_nothing(
    tmp_path: Path, demo_template: Path
) -> None:
    path = copy_of(demo_template, tmp_path / "previous.sqlite")
    downgrade(path, PREVIOUS)
    assert not rows(path, "SELECT name FROM sqlite_master WHERE name LIKE 'engagement_mark%'")
    before = table_counts(path)
    engagements = rows(path, "SELECT * FROM engagement ORDER BY id")
    listed, archived, running = rows(
        path,
        "SELECT sum(NOT archived), sum(archived), sum(NOT archived AND status IN "
        f"{engagement_marks.RUNNING}) FROM engagement",
    )[0]
    assert isinstance(listed, int) and listed > 2 and isinstance(running, int) and running > 1
    store = open_store(path)  # upgrades (after a backup)
    try:
        assert {t: n for t, n in table_counts(path).items() if t in before} == before
        assert rows(path, "SELECT * FROM engagement ORDER BY id") == engagements
        counts = {"listed": listed, "archived": archived, "running": running}
        assert _marks(path) == sorted(
            (
                k,
                *(
                    counts[c] if c in engagement_marks.ENGAGEMENT.counted_in(k) else 0
                    for c in counts
                ),
            )
            for k in engagement_marks.ENGAGEMENT.orders
        )
        triggers = rows(path, "SELECT name FROM sqlite_master WHERE type = 'trigger'")
        made = {("engagement_mark_ai",), ("engagement_mark_ad",), ("engagement_mark_au",)}
        assert made <= set(triggers)
        for col in range(len(HEADERS)):
            order = f"{_SORTS[col][0]}, id"
            expected = [
                str(r[0])
                for r in rows(
                    path, f"SELECT id FROM engagement WHERE NOT archived ORDER BY {order}"
                )
            ]
            found = [engagement_position(store, {}, col, False, k) for k in expected]
            assert found == list(range(len(expected))), HEADERS[col]
    finally:
        store.close()
    downgrade(path, PREVIOUS)
    assert not rows(path, "SELECT name FROM sqlite_master WHERE name LIKE 'engagement_mark%'")
    assert rows(path, "SELECT * FROM engagement ORDER BY id") == engagements
