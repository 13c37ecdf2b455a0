"""Revision 0007_partner_scale upgrades a database holding partners, sites, contacts and
engagements without losing a row, and gives every partner the sort keys, search index
entries and counts the register reads."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from cdmo_desktop.domain import geo
from cdmo_desktop.store import open_store, partner_list
from cdmo_desktop.store.derived_partners import LAST, sort_text
from cdmo_desktop.store.partner_list import COL_COUNTRY, PartnerFilters
from tests.migration_support import counts_kept, downgrade, rows, table_counts

# SQLite files migrated from older revisions (PostgreSQL's chain: test_migrations_postgresql.py).
pytestmark = pytest.mark.sqlite_only

PREVIOUS = "0005_named_baselines"
TODAY = date(2026, 11, 20)


def _rows(path: Path, sql: str) -> list[tuple[Any, ...]]:
    return rows(path, sql)  # without the row versions a later revision adds


def test_an_upgrade_keys_every_partner_and_loses_nothing(
    tmp_path: Path, demo_template: Path
) -> None:
    path = tmp_path / "previous.sqlite"
    source, target = sqlite3.connect(demo_template), sqlite3.connect(path)
    source.backup(target)
    source.close()
    target.close()
    downgrade(path, PREVIOUS)
    names = {r[1] for r in _rows(path, "PRAGMA table_info(partner)")}
    assert "country_key" not in names
    before = table_counts(path)
    partners = _rows(path, "SELECT * FROM partner ORDER BY id")
    contacts = _rows(path, "SELECT * FROM contact ORDER BY id")
    named = [(str(i), str(n)) for i, n in _rows(path, "SELECT id, name FROM partner")]
    assert before["partner_site"] and before["engagement"] and len(partners) >= 5
    primary: dict[str, str] = dict(
        _rows(
            path,
            "SELECT partner_id, min(name) FROM contact WHERE is_primary = 1 "
            "AND partner_id IS NOT NULL GROUP BY partner_id",
        )
    )
    active: dict[str, int] = dict(
        _rows(
            path,
            "SELECT partner_id, count(*) FROM engagement WHERE status = 'active' "
            "AND archived = 0 GROUP BY partner_id",
        )
    )
    assert active, "the demo has active engagements"

    store = open_store(path)  # upgrades (after a backup)
    store.close()
    after = table_counts(path)
    expected_counts, found_counts = counts_kept(before, after)
    assert found_counts == expected_counts
    assert _rows(path, "SELECT * FROM contact ORDER BY id") == contacts
    kept = _rows(
        path,
        "SELECT id, country, next_audit_due, country_key, region_key, next_audit_key, "
        "active_engagements, primary_contact, contact_key FROM partner ORDER BY id",
    )
    assert [r[0] for r in kept] == [p[0] for p in partners]
    for pid, country, due, country_key, region_key, due_key, n, contact, contact_key in kept:
        assert country_key == (sort_text(geo.country_name(country)) if country else LAST)
        assert region_key != "" and due_key == (due or LAST)
        assert n == active.get(pid, 0)
        assert contact == primary.get(pid, "")
        assert contact_key == (sort_text(contact) if contact else LAST)

    store = open_store(path)
    with store.read() as s:
        everyone = partner_list.count(s, PartnerFilters(archived=True), TODAY)
        assert everyone == len(partners)
        f = PartnerFilters(archived=True)
        by_country = partner_list.fetch(s, f, COL_COUNTRY, False, 500, TODAY)
        for pid, name in named:  # found by the first word of its name
            f = PartnerFilters(text=name.split()[0], archived=True)
            assert pid in {r.id for r in partner_list.fetch(s, f, 0, False, 500, TODAY)}
    store.close()
    assert len(by_country) == everyone
