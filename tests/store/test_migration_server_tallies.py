"""Revision 0031_server_tallies on a team server: an upgrade of a 0030 database holding data
makes the tallies and fills them exact, losing nothing; a downgrade takes them away with
their triggers and functions. `cdmo-desktop copy` onto a server fills them exact, the
tally triggers on again after it, also when a forced copy replaces a workspace."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa

from bench.generate import generate_engagements, generate_risks
from cdmo_desktop.cli import main
from cdmo_desktop.store import migrate, triggers
from tests import pg_support
from tests.tally_support import drift, tally_rows

PREVIOUS = "0030_mark_splits"
_DATA = ("risk", "engagement", "client", "partner", "milestone", "change_log")
_TRIGGERS = (
    "SELECT tgname, tgenabled FROM pg_trigger WHERE tgname LIKE '%%tally%%' AND NOT tgisinternal"
)


def _counts(conn: sa.Connection) -> dict[str, int]:
    return {t: int(conn.exec_driver_sql(f"SELECT count(*) FROM {t}").scalar_one()) for t in _DATA}


def _tables(conn: sa.Connection) -> set[str]:
    return set(sa.inspect(conn).get_table_names())


def test_an_upgrade_of_a_server_with_data_fills_the_tallies(pg_demo_url: str) -> None:
    engine = pg_support.engine(pg_demo_url)
    try:
        migrate.downgrade_engine(engine, PREVIOUS)
        with engine.connect() as conn:
            assert not _tables(conn) & set(triggers.SERVER_TALLIES)
            assert conn.exec_driver_sql(_TRIGGERS).all() == []
            before = _counts(conn)
        assert before["risk"] > 0 and before["engagement"] > 0
        migrate.upgrade_engine(engine)
        with engine.connect() as conn:
            assert _counts(conn) == before
            assert set(triggers.SERVER_TALLIES) <= _tables(conn)
            kept = conn.exec_driver_sql(_TRIGGERS).all()
        assert len(kept) == 3 * len(triggers.SERVER_TALLIES)
        assert {state for _name, state in kept} == {"O"}  # on
        assert drift(engine) == {}
        assert tally_rows(engine) == before["risk"]
        migrate.downgrade_engine(engine, PREVIOUS)
        with engine.connect() as conn:
            assert not _tables(conn) & set(triggers.SERVER_TALLIES)
            assert conn.exec_driver_sql(_TRIGGERS).all() == []
            functions = "SELECT count(*) FROM pg_proc WHERE proname LIKE '%%tally%%'"
            assert conn.exec_driver_sql(functions).scalar_one() == 0
            assert _counts(conn) == before
    finally:
        engine.dispose()


def test_a_copy_onto_a_server_fills_the_tallies_exact(pg_url: str, tmp_path: Path) -> None:
    risks, engagements = tmp_path / "risks.sqlite", tmp_path / "engagements.sqlite"
    generate_risks(risks, 300)
    generate_engagements(engagements, 120)
    assert main(["copy", "--from", str(risks), "--to", pg_url]) == 0
    engine = pg_support.engine(pg_url)
    try:
        assert drift(engine) == {}
        assert tally_rows(engine) == 300
        with engine.connect() as conn:
            assert {state for _name, state in conn.exec_driver_sql(_TRIGGERS)} == {"O"}
        # A forced copy replaces the workspace (its tables emptied at once, no row trigger
        # runs): the tallies count the new rows only.
        assert main(["copy", "--from", str(engagements), "--to", pg_url, "--force"]) == 0
        assert drift(engine) == {}
        assert tally_rows(engine) == 0
        with engine.connect() as conn:
            listed = conn.exec_driver_sql("SELECT sum(n) FROM engagement_tally").scalar_one()
            assert listed == 120
            assert {state for _name, state in conn.exec_driver_sql(_TRIGGERS)} == {"O"}
    finally:
        engine.dispose()
