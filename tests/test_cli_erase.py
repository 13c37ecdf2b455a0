"""`cdmo-desktop erase`: a person or a record's values erased without the window; the
backups that still hold them listed, or purged with --purge-backups."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from cdmo_desktop.cli import main
from cdmo_desktop.domain.enums import PartnerKind
from cdmo_desktop.domain.models import Contact, Partner
from cdmo_desktop.store import open_store
from cdmo_desktop.store.backup import backup_database, list_backups

# About the SQLite file itself: runs on SQLite alone (tests/conftest.py).
pytestmark = pytest.mark.sqlite_only

EMAIL = "j.albrecht@helix.example"


@pytest.fixture
def db(tmp_path: Path, empty_template: Path) -> tuple[Path, str, str]:
    path = tmp_path / "desk.sqlite"
    source, target = sqlite3.connect(empty_template), sqlite3.connect(path)
    source.backup(target)
    source.close()
    target.close()
    with open_store(path, user="Test") as store, store.session() as s:
        partner = Partner(name="Helix Biologics", kind=PartnerKind.CDMO, notes="Rate 412 EUR/h")
        s.add(partner)
        s.flush()
        person = Contact(partner_id=partner.id, name="Jonas Albrecht", email=EMAIL)
        s.add(person)
    return path, person.id, partner.id


def _holds(path: Path, text: str) -> bool:
    conn = sqlite3.connect(path)
    try:
        like = f"%{text}%"
        sql = "SELECT count(*) FROM change_log WHERE old_value LIKE ? OR new_value LIKE ?"
        return bool(conn.execute(sql, (like, like)).fetchone()[0])
    finally:
        conn.close()


def test_erase_a_contact_and_list_the_backups(
    db: tuple[Path, str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    path, contact_id, _ = db
    old = backup_database(path)
    code = main(["erase", "--db", str(path), "--contact", contact_id, "--reason", "Request"])
    out = capsys.readouterr().out
    assert code == 0
    assert not _holds(path, EMAIL) and not _holds(path, "Jonas Albrecht")
    assert "1 backups taken before this erasure still hold the data" in out
    assert str(old) in out and old.exists()


def test_erase_record_fields_and_purge_the_backups(
    db: tuple[Path, str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    path, _, partner_id = db
    backup_database(path)
    code = main(
        [
            "erase", "--db", str(path), "--record", f"partner:{partner_id}",
            "--fields", "notes", "--reason", "Commercial terms", "--purge-backups",
        ]
    )  # fmt: skip
    assert code == 0
    assert not _holds(path, "412 EUR") and _holds(path, "Helix Biologics")
    assert list_backups(path) == []
    assert "Deleted 1 backups" in capsys.readouterr().out


@pytest.mark.parametrize(
    "extra",
    [["--contact", "no-such-id"], ["--record", "partner"], ["--record", "partner:x"]],
)
def test_a_refused_erasure_exits_2_and_changes_nothing(
    db: tuple[Path, str, str], capsys: pytest.CaptureFixture[str], extra: list[str]
) -> None:
    path, _, _ = db
    before = path.read_bytes()
    assert main(["erase", "--db", str(path), *extra, "--reason", "why"]) == 2
    assert "error" in capsys.readouterr().err
    assert _holds(path, EMAIL)
    assert before == path.read_bytes() or _holds(path, "412 EUR")


def test_a_reason_is_required(
    db: tuple[Path, str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    path, contact_id, _ = db
    assert main(["erase", "--db", str(path), "--contact", contact_id, "--reason", " "]) == 2
    assert "reason" in capsys.readouterr().err
    assert _holds(path, EMAIL)
