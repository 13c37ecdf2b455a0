"""Revision 0017_client_access upgrades a database holding the demo's records without
losing a row, and the new table takes a login's clients."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlmodel import select

from cdmo_desktop.domain.models import Client, ClientAccess
from cdmo_desktop.store import open_store
from cdmo_desktop.store.errors import WriteRefused
from tests.migration_support import downgrade, table_counts

PREVIOUS = "0016_row_versions"


def test_an_upgrade_adds_client_access_and_loses_nothing(
    tmp_path: Path, demo_template: Path
) -> None:
    path = tmp_path / "previous.sqlite"
    source, target = sqlite3.connect(demo_template), sqlite3.connect(path)
    source.backup(target)
    source.close()
    target.close()
    downgrade(path, PREVIOUS)
    before = table_counts(path)
    assert "client_access" not in before and before["client"] and before["engagement"]
    store = open_store(path)  # upgrades (after a backup)
    try:
        after = table_counts(path)
        assert {t: n for t, n in after.items() if t in before} == before
        assert after["client_access"] == 0
        with store.read() as s:
            client_id = s.exec(select(Client.id).order_by(Client.name)).first()
        assert client_id is not None
        store.write("grant", lambda s: s.add(ClientAccess(user_name="dana", client_id=client_id)))
        assert table_counts(path)["client_access"] == 1
        with pytest.raises(WriteRefused):  # one row per login and client
            store.write(
                "again", lambda s: s.add(ClientAccess(user_name="dana", client_id=client_id))
            )
    finally:
        store.close()
