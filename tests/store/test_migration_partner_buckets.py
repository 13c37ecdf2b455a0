"""Revision 0026_partner_buckets upgrades a database holding the demo's records without
losing a row, cuts every register order into counted spans (store.partner_marks) that hold
every partner once, and places each partner where a plain count does; a downgrade takes
the spans and their triggers away."""

from __future__ import annotations

from pathlib import Path

from cdmo_desktop.domain import clock
from cdmo_desktop.store import open_store, partner_locate, partner_marks
from cdmo_desktop.store.partner_list import HEADERS, SORT_KEYS, PartnerFilters
from tests.migration_support import copy_of, downgrade, rows, table_counts

PREVIOUS = "0024_partner_positions"


def _marks(path: Path) -> list[tuple[object, ...]]:
    return rows(
        path,
        "SELECT sort_key, sum(listed), sum(archived) FROM partner_mark GROUP BY sort_key "
        "ORDER BY sort_key",
    )


def test_an_upgrade_counts_every_order_in_spans_and_loses_nothing(
    tmp_path: Path, demo_template: Path
) -> None:
    path = copy_of(demo_template, tmp_path / "previous.sqlite")
    downgrade(path, PREVIOUS)
    assert not rows(path, "SELECT name FROM sqlite_master WHERE name LIKE 'partner_mark%'")
    before = table_counts(path)
    partners = rows(path, "SELECT * FROM partner ORDER BY id")
    listed, archived = rows(path, "SELECT sum(NOT archived), sum(archived) FROM partner")[0]
    assert isinstance(listed, int) and listed > 5
    store = open_store(path)  # upgrades (after a backup)
    try:
        assert {t: n for t, n in table_counts(path).items() if t in before} == before
        assert rows(path, "SELECT * FROM partner ORDER BY id") == partners
        assert _marks(path) == sorted((k, listed, archived) for k in partner_marks.SORTED)
        triggers = rows(path, "SELECT name FROM sqlite_master WHERE type = 'trigger'")
        assert {("partner_mark_ai",), ("partner_mark_ad",), ("partner_mark_au",)} <= set(triggers)
        f, today = PartnerFilters(), clock.today()
        for col in range(len(HEADERS)):
            name = SORT_KEYS[col]
            order = "name_key" if name is None else f"{name}, name_key"
            expected = [
                str(r[0])
                for r in rows(path, f"SELECT id FROM partner WHERE NOT archived ORDER BY {order}")
            ]
            with store.read() as s:
                found = [partner_locate.position(s, f, col, False, k, today) for k in expected]
            assert found == list(range(len(expected))), HEADERS[col]
    finally:
        store.close()
    downgrade(path, PREVIOUS)
    assert not rows(path, "SELECT name FROM sqlite_master WHERE name LIKE 'partner_mark%'")
    assert rows(path, "SELECT * FROM partner ORDER BY id") == partners
