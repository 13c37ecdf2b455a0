"""The maintained counts on a team server (revision 0031_server_tallies): every write path
keeps each tally equal to count(*) over the rows (inserts, edits of every counted column,
archive and restore, deletes, undo and redo, imports), and the register's counts and heat
map are read from the tallies, not from the risk table, by who sees every row."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest

from cdmo_desktop.domain import clock
from cdmo_desktop.store import Store, engagements, risk_counts
from cdmo_desktop.store.engagement_edits import archive_engagement, restore_engagement
from cdmo_desktop.store.portfolio_list import PortfolioList
from cdmo_desktop.store.record_imports import ImportEntry, write_import
from cdmo_desktop.store.risk_edits import delete_risk, edit_risk
from tests.risks_support import add_risk, make_portfolio
from tests.tally_support import drift, statements_run, tally_rows

# Each counted column of a risk, and a value to move it to.
EDITS: tuple[dict[str, Any], ...] = (
    {"status": "monitoring"},
    {"category": "quality"},
    {"likelihood": 5},
    {"impact": 1},
    {"residual_likelihood": 2, "residual_impact": 2},
    {"owner": "Dana"},
    {"next_review_date": date(2027, 1, 15)},
    {"next_review_date": None},
    {"residual_likelihood": None, "residual_impact": None},
)


@pytest.fixture
def server(pg_store: Store) -> Iterator[Store]:
    yield pg_store


def _exact(store: Store) -> None:
    assert drift(store.engine) == {}


def test_every_write_keeps_the_tallies_exact(server: Store) -> None:
    pf = make_portfolio(server)
    risks = [
        add_risk(server, pf.alpha, f"Risk {i}", likelihood=1 + i % 5, owner=f"O{i % 2}")
        for i in range(4)
    ]
    add_risk(server, pf.beta, "No review", next_review_date=None)
    _exact(server)
    assert tally_rows(server.engine) == 5
    for changes in EDITS:
        done = edit_risk(server, risks[0].id, changes)
        _exact(server)
        server.replay(done.before, "Undo", current=done.after)
        _exact(server)
        server.replay(done.after, "Redo", current=done.before)
        _exact(server)
    archived = archive_engagement(server, pf.alpha)
    _exact(server)
    restore_engagement(server, pf.alpha)
    _exact(server)
    server.replay(archived.after, "Redo archive")
    _exact(server)
    gone = delete_risk(server, risks[1].id)
    _exact(server)
    server.replay(gone.before, "Undo delete", current=gone.after)
    _exact(server)
    assert tally_rows(server.engine) == 5


def test_an_import_and_its_undo_keep_the_tallies_exact(server: Store) -> None:
    pf = make_portfolio(server)
    first = add_risk(server, pf.alpha, "Existing")
    entries = [
        ImportEntry(
            "risk",
            str(uuid.uuid4()),
            {
                "engagement_id": pf.beta,
                "number": 0,
                "title": f"Imported {i}",
                "category": "regulatory",
                "likelihood": 2,
                "impact": 4,
                "next_review_date": date(2026, 12, 1 + i),
            },
            new=True,
        )
        for i in range(6)
    ]
    entries.append(ImportEntry("risk", first.id, {"status": "mitigating", "owner": "Ana"}))
    done = write_import(server, "Import risks", entries, reason="risks.csv")
    _exact(server)
    assert tally_rows(server.engine) == 7
    server.replay(done.before, "Undo import", current=done.after)
    _exact(server)
    assert tally_rows(server.engine) == 1


_READS_RISKS = re.compile(r"\b(FROM|JOIN)\s+risk\b(?!_)", re.IGNORECASE)
_READS_ENGAGEMENTS = re.compile(r"\b(FROM|JOIN)\s+engagement\b(?!_)", re.IGNORECASE)


def test_the_register_counts_from_the_tallies_not_the_risks(server: Store) -> None:
    pf = make_portfolio(server)
    for i in range(6):
        add_risk(server, pf.alpha, f"Risk {i}", likelihood=1 + i % 5, status="open")
    add_risk(server, pf.beta, "Watched", status="monitoring", next_review_date=date(2026, 10, 1))
    today = clock.today()
    seen = statements_run(server.engine)
    every = risk_counts.register_counts(server, {}, today)
    watched = risk_counts.register_counts(server, {"status": "monitoring"}, today)
    assert (every.total, watched.total, watched.due) == (7, 1, 1)
    assert sum(map(sum, every.heatmap.current)) == 7
    assert any("risk_tally" in s for s in seen)
    assert not [s for s in seen if _READS_RISKS.search(s)]


def test_the_engagement_list_and_portfolio_count_from_the_tally(server: Store) -> None:
    pf = make_portfolio(server)
    archive_engagement(server, pf.beta)
    seen = statements_run(server.engine)
    assert engagements.count_engagements(server, {}) == 1
    assert engagements.count_engagements(server, {"show_archived": True}) == 2
    assert PortfolioList.of_store(server).count() == 1
    assert any("engagement_tally" in s for s in seen)
    assert not [s for s in seen if _READS_ENGAGEMENTS.search(s)]
