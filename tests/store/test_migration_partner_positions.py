"""Revision 0024_partner_positions upgrades a database holding the demo's records without
losing a row, and widens the Portfolio's status and partner order indexes with what makes
an engagement listed (so a row's position is counted in the index alone); a downgrade
puts the narrower indexes back."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from cdmo_desktop.store import open_store
from cdmo_desktop.store.portfolio import portfolio_overview
from cdmo_desktop.store.portfolio_list import DEFAULT_COLUMN, PortfolioList
from tests.migration_support import copy_of, downgrade, rows, table_counts

PREVIOUS = "0023_risk_review_order"
TODAY = date(2026, 11, 20)
WIDENED = ("ix_engagement_portfolio", "ix_engagement_partner_title")


def _columns(path: Path, index: str) -> list[str]:
    return [str(r[2]) for r in rows(path, f"PRAGMA index_xinfo('{index}')") if r[5]]


def test_an_upgrade_widens_the_portfolio_indexes_and_loses_nothing(
    tmp_path: Path, demo_template: Path
) -> None:
    path = copy_of(demo_template, tmp_path / "previous.sqlite")
    downgrade(path, PREVIOUS)
    assert "archived" not in _columns(path, "ix_engagement_partner_title")
    assert "status" not in _columns(path, "ix_engagement_portfolio")
    before = table_counts(path)
    engagements = rows(path, "SELECT * FROM engagement ORDER BY id")
    store = open_store(path)  # upgrades (after a backup)
    try:
        assert {t: n for t, n in table_counts(path).items() if t in before} == before
        assert rows(path, "SELECT * FROM engagement ORDER BY id") == engagements
        assert _columns(path, "ix_engagement_partner_title")[-2:] == ["archived", "status"]
        assert _columns(path, "ix_engagement_portfolio")[-3:] == [
            "archived",
            "status",
            "sort_status",
        ]
        # The upgraded database lists what the overview lists, and finds each row there.
        with store.read() as s:
            overview = portfolio_overview(s, TODAY).engagements
        portfolio = PortfolioList.of_store(store, TODAY)
        listed = portfolio.fetch(DEFAULT_COLUMN, False, 500)
        assert [e.id for e in listed] == [e.id for e in overview]
        for place, e in enumerate(listed):
            assert portfolio.position(DEFAULT_COLUMN, False, e.id) == place
    finally:
        store.close()
    downgrade(path, PREVIOUS)
    assert _columns(path, "ix_engagement_partner_title") == ["sort_partner", "sort_title", "id"]
    assert rows(path, "SELECT * FROM engagement ORDER BY id") == engagements
