"""Copying a workspace between SQLite and PostgreSQL (store/transfer.py, `cdmo-desktop copy`):
the demo goes to a server and back with the same rows, a clean check and a verifying audit
trail on both; refusals, a failure half-way and a cancel leave the server as it was; Backup
on a server connection and the local copy are SQLite copies of it."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlmodel import Session, select

from cdmo_desktop.cli import main
from cdmo_desktop.domain.models import Client, Reassessment
from cdmo_desktop.store import open_store, paths, transfer
from cdmo_desktop.store.audit import verify, verify_file
from cdmo_desktop.store.location import ServerURL
from tests import pg_support
from tests.migration_support import copy_of
from tests.transfer_support import all_rows, file_rows


@pytest.fixture
def demo_file(demo_template: Path, tmp_path: Path) -> Path:
    return copy_of(demo_template, tmp_path / "demo.sqlite")


@pytest.fixture
def pg_engine(pg_url: str) -> Iterator[sa.Engine]:
    engine = pg_support.engine(pg_url)
    yield engine
    engine.dispose()


def _indexes(engine: sa.Engine) -> list[str]:
    with engine.connect() as conn:
        query = "SELECT indexdef FROM pg_indexes WHERE schemaname = current_schema()"
        return sorted(str(r[0]) for r in conn.exec_driver_sql(query))


def _server_audit(url: str) -> str:
    engine = pg_support.engine(url)
    try:
        with engine.connect() as conn:
            return verify(conn).summary()
    finally:
        engine.dispose()


def test_the_demo_goes_to_a_server_and_back_unchanged(
    demo_file: Path,
    pg_url: str,
    pg_engine: sa.Engine,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    back = tmp_path / "back.sqlite"
    indexes = _indexes(pg_engine)
    assert len(indexes) > 50
    assert main(["copy", "--from", str(demo_file), "--to", pg_url]) == 0
    assert _indexes(pg_engine) == indexes  # dropped for the load, made again
    assert main(["copy", "--from", pg_url, "--to", str(back)]) == 0
    capsys.readouterr()
    on_file, on_server, on_back = file_rows(demo_file), all_rows(pg_engine), file_rows(back)
    assert {t: len(r) for t, r in on_server.items()} == {t: len(r) for t, r in on_file.items()}
    assert on_server == on_file
    assert on_back == on_file
    assert len(on_file["change_log"]) > 1000
    for target in (str(demo_file), pg_url, str(back)):
        assert main(["check", "--db", target]) == 0, capsys.readouterr().err
        assert f"audit trail: ok ({len(on_file['change_log'])} entries)" in capsys.readouterr().out
    assert verify_file(back).ok and _server_audit(pg_url).startswith("audit trail: ok")


def test_a_server_holding_data_needs_force_and_is_left_unchanged(
    demo_file: Path, pg_demo_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    engine = pg_support.engine(pg_demo_url)
    try:
        before = all_rows(engine)
        assert main(["copy", "--from", str(demo_file), "--to", pg_demo_url]) == 2
        err = capsys.readouterr().err
        assert len(err.splitlines()) == 1 and "already holds data" in err and "--force" in err
        assert all_rows(engine) == before
        assert main(["copy", "--from", str(demo_file), "--to", pg_demo_url, "--force"]) == 0
        assert all_rows(engine) == file_rows(demo_file)
    finally:
        engine.dispose()
    assert _server_audit(pg_demo_url).startswith("audit trail: ok")


@pytest.mark.parametrize("force", [False, True])
def test_a_failure_half_way_leaves_the_server_as_it_was(
    demo_file: Path, pg_url: str, pg_demo_url: str, force: bool
) -> None:
    url = pg_demo_url if force else pg_url
    engine = pg_support.engine(url)
    source = transfer.sqlite_source(demo_file)
    try:
        before = all_rows(engine)

        def fail(step: transfer.CopyProgress) -> None:
            if step.table == "risk":
                raise ConnectionError("the network went away")

        with pytest.raises(ConnectionError):
            transfer.copy_database(source, engine, force=force, progress=fail, batch_size=10)
        assert all_rows(engine) == before
        with pytest.raises(transfer.CopyCancelled):
            transfer.copy_database(source, engine, force=force, cancel=lambda: True)
        assert all_rows(engine) == before
    finally:
        source.dispose()
        engine.dispose()


def test_rows_that_refer_to_their_own_table_go_in_after_those_they_name(
    demo_file: Path, pg_engine: sa.Engine
) -> None:
    """The server checks the references of each statement as it ends: a reassessment whose
    id sorts before its previous one's must still come in a later statement (one row at a
    time here) than that one."""
    with open_store(demo_file) as store:
        with store.read() as s:
            first = s.exec(select(Reassessment)).first()
        assert first is not None

        def reassessment(row_id: str, previous_id: str | None) -> Reassessment:
            return Reassessment(
                id=row_id,
                previous_id=previous_id,
                engagement_id=first.engagement_id,
                partner_id=first.partner_id,
                trigger=first.trigger,
                due_date=date(2027, 1, 15),
            )

        def add(s: Session) -> None:
            s.add(reassessment("ffffffff-0000-4000-8000-000000000000", None))
            s.flush()
            s.add(
                reassessment(
                    "00000000-0000-4000-8000-000000000000", "ffffffff-0000-4000-8000-000000000000"
                )
            )

        store.write("add", add)
    source = transfer.sqlite_source(demo_file)
    try:
        transfer.copy_database(source, pg_engine, batch_size=1)
    finally:
        source.dispose()
    assert all_rows(pg_engine)["reassessment"] == file_rows(demo_file)["reassessment"]


def test_sequences_continue_after_the_copied_values(demo_file: Path, pg_engine: sa.Engine) -> None:
    with pg_engine.begin() as conn:
        conn.exec_driver_sql("CREATE SEQUENCE change_log_seq_test OWNED BY change_log.seq")
    source = transfer.sqlite_source(demo_file)
    try:
        transfer.copy_database(source, pg_engine)
    finally:
        source.dispose()
    with pg_engine.connect() as conn:
        top = conn.exec_driver_sql("SELECT max(seq) FROM change_log").scalar()
        following = conn.exec_driver_sql("SELECT nextval('change_log_seq_test')").scalar()
    assert top and following == top + 1


def test_backup_on_a_server_is_an_sqlite_copy(pg_demo_url: str, tmp_path: Path) -> None:
    engine = pg_support.engine(pg_demo_url)
    try:
        expected = all_rows(engine)
    finally:
        engine.dispose()
    with open_store(pg_demo_url, create=False) as store:
        made = store.backup(tmp_path / "backups")
        assert store.last_backup == made
    url = ServerURL.parse(pg_demo_url)
    assert made.parent == tmp_path / "backups"
    assert made.name.startswith(f"{paths.server_file_stem(url)}-") and made.suffix == ".sqlite"
    assert made.name.endswith("-manual.sqlite")
    assert file_rows(made) == expected
    assert verify_file(made).ok
    assert main(["check", "--db", str(made)]) == 0


def test_the_local_copy_is_kept_per_server(
    pg_demo_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(paths, "user_data_dir", lambda: tmp_path / "data")
    url = ServerURL.parse(pg_demo_url)
    unnamed = tmp_path / "data" / "servers" / f"{url.host}-{url.port}-{url.database}.sqlite"
    unnamed.parent.mkdir(parents=True)
    unnamed.write_bytes(b"a copy from before copies were kept per login")
    with open_store(pg_demo_url, create=False) as store:
        first = transfer.write_local_copy(store)
        assert first == paths.local_copy_path(url)
        stem = f"{url.host}-{url.port}-{url.database}-{url.user}"
        assert url.user and first == tmp_path / "data" / "servers" / f"{stem}.sqlite"
        again = transfer.write_local_copy(store)  # replaced whole
    assert again == first
    assert sorted(p.name for p in first.parent.iterdir()) == [first.name]
    assert first.stat().st_mode & 0o777 == 0o600
    assert first.parent.stat().st_mode & 0o777 == 0o700
    engine = pg_support.engine(pg_demo_url)
    try:
        assert file_rows(first) == all_rows(engine)
    finally:
        engine.dispose()
    assert verify_file(first).ok


def test_a_user_saving_during_a_copy_waits_and_chains_after_it(
    demo_file: Path, pg_url: str, pg_engine: sa.Engine
) -> None:
    """Other writers wait for the copy (the chain's lock, and the tables whose indexes it
    rebuilds): an edit saved meanwhile lands after the copy's entries, not on the head the
    copy is about to replace, and the trail stays whole."""
    writer = open_store(pg_url, create=False)
    saved: list[object] = []

    def save() -> None:
        try:
            saved.append(writer.write("add", lambda s: s.add(Client(name="Late Client"))))
        except Exception as exc:  # reported by the assertion below
            saved.append(exc)

    thread = threading.Thread(target=save)

    def during(step: transfer.CopyProgress) -> None:
        if step.table == "risk" and not thread.is_alive() and not saved:
            thread.start()
            thread.join(0.5)  # it waits for the copy's lock

    source = transfer.sqlite_source(demo_file)
    try:
        report = transfer.copy_database(source, pg_engine, progress=during, batch_size=10)
        thread.join(30)
    finally:
        source.dispose()
        writer.close()
    assert len(saved) == 1 and not isinstance(saved[0], Exception), saved
    with pg_engine.connect() as conn:
        audit = verify(conn)
        last = conn.exec_driver_sql(
            "SELECT table_name, seq FROM change_log ORDER BY seq DESC LIMIT 1"
        ).one()
    assert audit.ok, audit.summary()
    assert tuple(last) == ("client", report.rows["change_log"] + 1)


def test_backup_on_a_server_holds_what_the_user_may_see(pg_demo_url: str, tmp_path: Path) -> None:
    """The copy reads as the connected user: rows that row-level security hides from them
    are not in their backup."""
    role = pg_support.unique_name("reader")
    admin = pg_support.engine(pg_demo_url, isolation_level="AUTOCOMMIT")
    try:
        everything = all_rows(admin)
        hidden = everything["risk_review"][0][0]
        with admin.connect() as conn:
            conn.exec_driver_sql(f"CREATE ROLE {role} LOGIN PASSWORD 'secret-pw'")
            conn.exec_driver_sql(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {role}")
            conn.exec_driver_sql("ALTER TABLE risk_review ENABLE ROW LEVEL SECURITY")
            conn.exec_driver_sql(
                f"CREATE POLICY some_reviews ON risk_review FOR SELECT TO {role} "
                f"USING (id <> '{hidden}')"
            )
        url = ServerURL.parse(pg_demo_url)
        login = f"postgresql://{role}@{url.host}:{url.port}/{url.database}"
        with open_store(login, create=False, password="secret-pw") as store:
            assert store.user == role
            made = store.backup(tmp_path)
        seen = file_rows(made)
        assert seen["risk_review"] == everything["risk_review"][1:]
        assert seen["risk_review"]
        assert {t: r for t, r in seen.items() if t != "risk_review"} == {
            t: r for t, r in everything.items() if t != "risk_review"
        }
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(f"DROP OWNED BY {role}")
            conn.exec_driver_sql(f"DROP ROLE {role}")
        admin.dispose()


def test_a_servers_own_table_of_the_change_log_is_refilled(
    demo_file: Path, pg_demo_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """A table outside the models that refers to the change log, filled by a deferred
    trigger (as `server init` installs one), does not stop `copy --force`: it is emptied
    with the rows it refers to and refilled as the copied rows come in."""
    engine = pg_support.engine(pg_demo_url)
    try:
        with engine.begin() as conn:
            conn.exec_driver_sql(
                "CREATE TABLE log_index (change_log_id varchar(36) PRIMARY KEY "
                "REFERENCES change_log (id))"
            )
            conn.exec_driver_sql(
                "CREATE FUNCTION log_index_add() RETURNS trigger LANGUAGE plpgsql AS "
                "$$ BEGIN INSERT INTO log_index VALUES (NEW.id); RETURN NULL; END $$"
            )
            conn.exec_driver_sql(
                "CREATE CONSTRAINT TRIGGER log_index_add AFTER INSERT ON change_log "
                "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION log_index_add()"
            )
            conn.exec_driver_sql("INSERT INTO log_index SELECT id FROM change_log LIMIT 5")
        assert main(["copy", "--from", str(demo_file), "--to", pg_demo_url, "--force"]) == 0
        capsys.readouterr()
        with engine.connect() as conn:
            indexed = conn.exec_driver_sql("SELECT count(*) FROM log_index").scalar()
            missing = conn.exec_driver_sql(
                "SELECT count(*) FROM change_log WHERE id NOT IN (SELECT change_log_id "
                "FROM log_index)"
            ).scalar()
        assert indexed == len(file_rows(demo_file)["change_log"]) and missing == 0
    finally:
        engine.dispose()
