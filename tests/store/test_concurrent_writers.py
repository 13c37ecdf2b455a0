"""Ten writers on one PostgreSQL database (10 processes x 200 edits of the same 10 risks, as
the risk form saves them): every edit lands or is refused as a conflict, no landed edit is
lost, and the change log holds exactly the landed edits (see bench/concurrency.py). Also the
refusals on a server: a form's save over a row saved since, and a write whose UPDATE finds
its row at another version (no expectation given)."""

from __future__ import annotations

import threading

import pytest

from bench.concurrency import problems, run_writers
from cdmo_desktop.domain.enums import RiskCategory
from cdmo_desktop.domain.models import Risk
from cdmo_desktop.store import Store, conflicts, open_store, risk_edits
from cdmo_desktop.store.errors import ConflictError
from tests.risks_support import make_portfolio

PROCESSES, EDITS = 10, 200


@pytest.mark.slow
def test_ten_writers_lose_no_update(pg_url: str) -> None:
    result = run_writers(pg_url, processes=PROCESSES, edits=EDITS, rows=10)
    assert problems(pg_url, result, processes=PROCESSES, edits=EDITS) == []
    assert result.count("busy") == 0  # a server never refuses for a busy file
    assert result.count("landed") > 0 and result.count("conflict") > 0  # they did overlap


def test_a_save_over_a_row_saved_since_is_refused_on_a_server(pg_url: str) -> None:
    mine, dana = open_store(pg_url, create=False), open_store(pg_url, create=False)
    try:
        pf = make_portfolio(mine)
        risk = Risk(
            engagement_id=pf.alpha, title="Supplier delay", number=0, category=RiskCategory.SUPPLY
        )
        mine.write("Log", lambda s: s.add(risk))
        opened = conflicts.opened(mine, Risk, risk.id)
        risk_edits.edit_risk(dana, risk.id, {"owner": "Dana"})
        with pytest.raises(ConflictError) as caught, conflicts.expecting(opened):
            risk_edits.edit_risk(mine, risk.id, {"owner": "Me"})
        assert caught.value.first.user == dana.user and caught.value.first.at is not None
        assert _owner(mine, risk.id) == "Dana"
    finally:
        mine.close()
        dana.close()


def test_an_update_that_finds_its_row_changed_is_refused(pg_url: str) -> None:
    """Read committed: my transaction read the risk, Dana's committed meanwhile; my UPDATE
    (checked on the version it read) is refused instead of overwriting hers."""
    mine, dana = open_store(pg_url, create=False), open_store(pg_url, create=False)
    try:
        pf = make_portfolio(mine)
        risk = Risk(
            engagement_id=pf.alpha, title="Supplier delay", number=0, category=RiskCategory.SUPPLY
        )
        mine.write("Log", lambda s: s.add(risk))

        def work(s: object) -> None:
            row = s.get(Risk, risk.id)  # type: ignore[attr-defined]
            done = threading.Thread(
                target=risk_edits.edit_risk, args=(dana, risk.id, {"owner": "Dana"})
            )
            done.start()
            done.join()
            row.owner = "Me"

        with pytest.raises(ConflictError) as caught:
            mine.write("Edit", work)
        assert caught.value.first.current is not None
        assert caught.value.first.current["owner"] == "Dana"
        assert _owner(mine, risk.id) == "Dana"
    finally:
        mine.close()
        dana.close()


def _owner(store: Store, risk_id: str) -> str:
    with store.read() as s:
        risk = s.get(Risk, risk_id)
        assert risk is not None
        return risk.owner
