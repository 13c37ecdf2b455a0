"""`sync clone` of a team server and `sync with --server`: a consultant's laptop replica
holds what the login may see, and syncing both ways carries edits each way without
showing or touching another client's rows (row-level security decides)."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from cdmo_desktop.domain.models import Engagement, Risk
from cdmo_desktop.store import open_store, server_admin
from tests.server_support import PASSWORD, Team, drop_logins, seed
from tests.sync_cli_support import run

pytestmark = pytest.mark.filterwarnings("ignore::sqlalchemy.exc.SAWarning")


@pytest.fixture
def team(pg_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[Team]:
    monkeypatch.setenv("PGPASSWORD", PASSWORD)
    monkeypatch.delenv("CDMO_SYNC_PASSPHRASE", raising=False)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    t = Team(pg_url)
    server_admin.init(t.admin_engine())
    seed(t)
    try:
        yield t
    finally:
        drop_logins(t)


def _url_as(team: Team, login: str) -> str:
    return sa.make_url(team.url).set(username=login, password=None).render_as_string()


def _title(store_path: Path | str, model: type, row_id: str) -> str | None:
    with open_store(store_path, create=False) as store, store.read() as s:
        row = s.get(model, row_id)
        return None if row is None else str(row.title)


def _retitle(store_path: Path | str, model: type, row_id: str, title: str) -> None:
    def work(s: sa.orm.Session) -> None:
        row = s.get(model, row_id)
        assert row is not None
        row.title = title

    with open_store(store_path, create=False) as store:
        store.write("Edit", work)


@pytest.mark.parametrize("who", ["owner", "consultant"])
def test_a_laptop_replica_of_a_server_syncs_both_ways(
    team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str], who: str
) -> None:
    """A consultant's replica holds only the clients granted (the owner's: everything);
    edits cross both ways; a second sync finds nothing new."""
    server = (
        team.url if who == "owner" else _url_as(team, team.new_login("dana", team.clients["Acme"]))
    )
    laptop = tmp_path / "laptop.sqlite"
    code, out, err = run(capsys, "sync", "clone", "--db", server, "--out", str(laptop))
    assert code == 0, err
    beta_seen = _title(laptop, Risk, team.risks["Beta"])
    assert beta_seen == ("Beta polymorph shift" if who == "owner" else None)
    assert _title(laptop, Risk, team.risks["Acme"]) == "Acme polymorph shift"

    _retitle(laptop, Risk, team.risks["Acme"], "Acme polymorph shift (seen on site)")
    _retitle(team.url, Engagement, team.engagements["Acme"], "Acme scale-up, phase 2")
    _retitle(team.url, Risk, team.risks["Beta"], "Beta risk edited at the office")

    code, out, err = run(capsys, "sync", "with", "--db", str(laptop), "--server", server)
    assert code == 0, err
    assert "to " in out and "from " in out, out
    assert _title(team.url, Risk, team.risks["Acme"]) == "Acme polymorph shift (seen on site)"
    assert _title(laptop, Engagement, team.engagements["Acme"]) == "Acme scale-up, phase 2"
    if who == "consultant":
        assert _title(laptop, Risk, team.risks["Beta"]) is None  # still not Dana's client
    else:
        assert _title(laptop, Risk, team.risks["Beta"]) == "Beta risk edited at the office"

    code, out, err = run(capsys, "sync", "with", "--db", str(laptop), "--server", server)
    assert code == 0, err
    assert out.count("Nothing new") == 2, out
