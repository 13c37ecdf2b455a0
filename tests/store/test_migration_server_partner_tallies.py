"""Revision 0032_server_partner_tallies on a team server: an upgrade of a 0031 database
holding partners makes the partner tallies and fills them exact, losing nothing; a
downgrade takes them away with their triggers and functions and leaves 0031's tallies.
`cdmo-desktop copy` onto a server fills them exact, also when a forced copy replaces a
workspace, their triggers on again after it."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa

from bench.generate import generate_engagements, generate_partners
from cdmo_desktop.cli import main
from cdmo_desktop.store import migrate
from tests import pg_support
from tests.tally_support import drift, tally_rows

PREVIOUS = "0031_server_tallies"
PARTNER_TALLIES = {"partner_tally", "partner_scale_tally"}
_DATA = ("partner", "partner_site", "engagement", "risk", "change_log")
_TRIGGERS = (
    "SELECT tgname, tgenabled FROM pg_trigger WHERE tgname LIKE 'partner_%%tally%%' "
    "AND NOT tgisinternal"
)
_FUNCTIONS = "SELECT count(*) FROM pg_proc WHERE proname LIKE 'partner_%%tally%%'"


def _counts(conn: sa.Connection) -> dict[str, int]:
    return {t: int(conn.exec_driver_sql(f"SELECT count(*) FROM {t}").scalar_one()) for t in _DATA}


def _tables(conn: sa.Connection) -> set[str]:
    return set(sa.inspect(conn).get_table_names())


def test_an_upgrade_of_a_server_with_partners_fills_their_tallies(pg_demo_url: str) -> None:
    engine = pg_support.engine(pg_demo_url)
    try:
        migrate.downgrade_engine(engine, PREVIOUS)
        with engine.connect() as conn:
            assert not _tables(conn) & PARTNER_TALLIES
            assert "risk_tally" in _tables(conn)
            assert conn.exec_driver_sql(_TRIGGERS).all() == []
            with_scales = "SELECT count(*) FROM partner WHERE scale_tags <> ''"
            scaled = int(conn.exec_driver_sql(with_scales).scalar_one())
            before = _counts(conn)
        assert before["partner"] > 0 and scaled > 0
        migrate.upgrade_engine(engine)
        with engine.connect() as conn:
            assert _counts(conn) == before
            assert _tables(conn) >= PARTNER_TALLIES
            kept = conn.exec_driver_sql(_TRIGGERS).all()
        assert len(kept) == 3 * len(PARTNER_TALLIES)
        assert {state for _name, state in kept} == {"O"}  # on
        assert drift(engine) == {}
        assert tally_rows(engine, "partner_tally") == before["partner"]
        assert tally_rows(engine, "partner_scale_tally") >= scaled
        migrate.downgrade_engine(engine, PREVIOUS)
        with engine.connect() as conn:
            assert not _tables(conn) & PARTNER_TALLIES
            assert conn.exec_driver_sql(_TRIGGERS).all() == []
            assert conn.exec_driver_sql(_FUNCTIONS).scalar_one() == 0
            assert _counts(conn) == before
    finally:
        engine.dispose()


def test_a_copy_onto_a_server_fills_the_partner_tallies_exact(pg_url: str, tmp_path: Path) -> None:
    partners, engagements = tmp_path / "partners.sqlite", tmp_path / "engagements.sqlite"
    generate_partners(partners, 300)
    generate_engagements(engagements, 40)
    assert main(["copy", "--from", str(partners), "--to", pg_url]) == 0
    engine = pg_support.engine(pg_url)
    try:
        assert drift(engine) == {}
        assert tally_rows(engine, "partner_tally") == 300
        assert tally_rows(engine, "partner_scale_tally") > 0
        with engine.connect() as conn:
            assert {state for _name, state in conn.exec_driver_sql(_TRIGGERS)} == {"O"}
        # A forced copy replaces the workspace (its tables emptied at once, no row trigger
        # runs): the tallies count the new partners only.
        assert main(["copy", "--from", str(engagements), "--to", pg_url, "--force"]) == 0
        assert drift(engine) == {}
        with engine.connect() as conn:
            listed = int(conn.exec_driver_sql("SELECT count(*) FROM partner").scalar_one())
            assert {state for _name, state in conn.exec_driver_sql(_TRIGGERS)} == {"O"}
        assert tally_rows(engine, "partner_tally") == listed != 300
    finally:
        engine.dispose()
