"""`encrypt` / `decrypt` and every command on an encrypted database: the demo portfolio,
encrypted, leaves none of its names, risk titles or e-mails in the file, its WAL or its
backups; with the passphrase every command works; without it, exit 2 and the file as it was."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from cdmo_desktop.cli import main
from cdmo_desktop.domain.enums import PartnerKind
from cdmo_desktop.domain.models import Partner
from cdmo_desktop.store import crypto, keys, open_store
from tests.keyring_support import MemoryKeyring, memory_keychain

# About the SQLite file itself: runs on SQLite alone (tests/conftest.py).
pytestmark = pytest.mark.sqlite_only

PASSPHRASE = "Tide-pool 7 lanterns"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _confidential(path: Path) -> set[bytes]:
    """Partner names, risk titles and contact e-mails of a plain database."""
    conn = sqlite3.connect(path)
    try:
        values = [
            *(r[0] for r in conn.execute("SELECT name FROM partner")),
            *(r[0] for r in conn.execute("SELECT title FROM risk")),
            *(r[0] for r in conn.execute("SELECT email FROM contact WHERE email != ''")),
        ]
    finally:
        conn.close()
    return {v.encode() for v in values if len(v) >= 6}


@pytest.fixture(autouse=True)
def keychain(monkeypatch: pytest.MonkeyPatch) -> Iterator[MemoryKeyring]:
    """No passphrase in the environment, an empty keychain of the test's own."""
    monkeypatch.delenv(crypto.PASSPHRASE_ENV, raising=False)
    crypto.forget()
    with memory_keychain() as ring:
        yield ring
    crypto.forget()


@pytest.fixture
def demo_copy(demo_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "desk" / "demo.sqlite"
    path.parent.mkdir()
    src, dst = sqlite3.connect(demo_template), sqlite3.connect(path)
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()
    return path


def _leaks(path: Path, secrets: set[bytes]) -> list[str]:
    data = path.read_bytes()
    return [s.decode() for s in secrets if s in data]


def test_an_encrypted_demo_leaks_nothing_and_every_command_needs_the_passphrase(
    demo_copy: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    secrets = _confidential(demo_copy)
    assert len(secrets) > 40 and _leaks(demo_copy, secrets)  # the check can fail

    monkeypatch.setenv(crypto.PASSPHRASE_ENV, PASSPHRASE)
    assert main(["encrypt", "--db", str(demo_copy)]) == 0
    assert _leaks(demo_copy, secrets) == []

    # the WAL of an open store, and backups beside and elsewhere
    with open_store(demo_copy) as store:
        with store.session() as s:
            s.add(Partner(name="Quillon Sterile Fill GmbH", kind=PartnerKind.CDMO))
        wal = demo_copy.with_name(demo_copy.name + "-wal")
        assert wal.stat().st_size > 0
        assert b"Quillon" not in wal.read_bytes()
        assert _leaks(wal, secrets) == []
    assert main(["backup", "--db", str(demo_copy)]) == 0
    assert main(["backup", "--db", str(demo_copy), "--to", str(tmp_path / "stick")]) == 0
    copies = [*demo_copy.parent.glob("backups/*"), *(tmp_path / "stick").iterdir()]
    assert len(copies) == 3  # pre-encrypt, manual, manual elsewhere
    for copy in copies:
        assert _leaks(copy, secrets | {b"Quillon"}) == [], copy
    capsys.readouterr()

    # with the passphrase, every command works
    assert main(["list", "engagements", "--db", str(demo_copy)]) == 0
    engagement = capsys.readouterr().out.splitlines()[0].split("\t")[0]
    assert main(["list", "partners", "--db", str(demo_copy)]) == 0
    assert "Quillon Sterile Fill GmbH" in capsys.readouterr().out
    assert main(["check", "--db", str(demo_copy)]) == 0
    pdf = tmp_path / "status.pdf"
    assert main(["report", "status", "--db", str(demo_copy), "--out", str(pdf),
                 "--engagement", engagement]) == 0  # fmt: skip
    assert pdf.read_bytes().startswith(b"%PDF")
    sheet = tmp_path / "partners.csv"
    assert main(["export", "partners", "--db", str(demo_copy), "--out", str(sheet)]) == 0
    assert "Quillon" in sheet.read_text()

    # without it (or with a wrong one): exit 2, one line, the file unchanged
    before = _digest(demo_copy)
    listing = sorted(p.name for p in demo_copy.parent.iterdir())
    commands = [
        ["check"],
        ["list", "partners"],
        ["backup"],
        ["report", "status", "--out", str(tmp_path / "x.pdf"), "--engagement", engagement],
        ["export", "partners", "--out", str(tmp_path / "x.csv")],
        ["decrypt"],
    ]
    for given in (None, "not the passphrase"):
        crypto.forget()
        if given is None:
            monkeypatch.delenv(crypto.PASSPHRASE_ENV)
        else:
            monkeypatch.setenv(crypto.PASSPHRASE_ENV, given)
        capsys.readouterr()
        for command in commands:
            assert main([*command, "--db", str(demo_copy)]) == 2, command
            err = capsys.readouterr().err.strip()
            assert len(err.splitlines()) == 1, err
            assert ("give its passphrase" if given is None else "passphrase is wrong") in err
            assert _digest(demo_copy) == before
            assert sorted(p.name for p in demo_copy.parent.iterdir()) == listing
    assert not (tmp_path / "x.pdf").exists() and not (tmp_path / "x.csv").exists()


def test_decrypt_gives_back_a_plain_database(
    demo_copy: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(crypto.PASSPHRASE_ENV, PASSPHRASE)
    assert main(["encrypt", "--db", str(demo_copy)]) == 0
    assert main(["encrypt", "--db", str(demo_copy)]) == 2  # already encrypted
    crypto.forget()
    assert main(["decrypt", "--db", str(demo_copy)]) == 0
    assert demo_copy.read_bytes().startswith(b"SQLite format 3\x00")
    crypto.forget()
    monkeypatch.delenv(crypto.PASSPHRASE_ENV)
    capsys.readouterr()
    assert main(["list", "partners", "--db", str(demo_copy)]) == 0
    assert "Hollis Ridge" in capsys.readouterr().out


def test_encrypt_without_a_passphrase_changes_nothing(
    demo_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _digest(demo_copy)
    assert main(["encrypt", "--db", str(demo_copy)]) == 2
    assert crypto.PASSPHRASE_ENV in capsys.readouterr().err
    assert _digest(demo_copy) == before
    assert sorted(p.name for p in demo_copy.parent.iterdir()) == ["demo.sqlite"]


def test_a_passphrase_kept_in_the_keychain_opens_the_file_without_asking(
    demo_copy: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    keychain: MemoryKeyring,
) -> None:
    """The window kept the passphrase (Remember): the command line reads it there. A kept
    passphrase that no longer opens the file is not used: the usual refusal, file as it was."""
    monkeypatch.setenv(crypto.PASSPHRASE_ENV, PASSPHRASE)
    assert main(["encrypt", "--db", str(demo_copy)]) == 0
    monkeypatch.delenv(crypto.PASSPHRASE_ENV)
    crypto.forget()
    assert keys.remember(demo_copy, crypto.Passphrase(PASSPHRASE))
    capsys.readouterr()
    assert main(["list", "partners", "--db", str(demo_copy)]) == 0
    assert capsys.readouterr().out.count("\t") > 3

    crypto.forget()
    assert keys.remember(demo_copy, crypto.Passphrase("an old passphrase"))
    before = _digest(demo_copy)
    assert main(["list", "partners", "--db", str(demo_copy)]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "give its passphrase" in err
    assert "an old passphrase" not in err
    assert _digest(demo_copy) == before
