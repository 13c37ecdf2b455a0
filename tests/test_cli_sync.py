"""`cdmo-desktop sync`: clone, pack, apply, status, conflicts on database files; every bad
input is one line, exit status 2, and the database unchanged byte for byte."""

from __future__ import annotations

import contextlib
import dataclasses
import io
import shutil
import sqlite3
from pathlib import Path

import pytest

from cdmo_desktop.cli import main
from cdmo_desktop.domain.enums import PartnerKind
from cdmo_desktop.domain.models import Partner
from cdmo_desktop.store import open_store, sync
from cdmo_desktop.store.sync_file import read_sync_file, write_sync_file
from tests.migration_support import copy_of
from tests.sync_cli_support import fingerprint, one_error, run

pytestmark = pytest.mark.sqlite_only


@pytest.fixture(autouse=True)
def _no_passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CDMO_SYNC_PASSPHRASE", raising=False)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # no terminal to ask in


def _quiet(*argv: str) -> tuple[int, str, str]:
    """`run` without capsys (a module-scoped fixture has none)."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(argv))
    return code, out.getvalue(), err.getvalue()


@pytest.fixture(scope="module")
def world_template(
    demo_template: Path, tmp_path_factory: pytest.TempPathFactory
) -> dict[str, Path]:
    """origin (the demo) with two replicas, `laptop` and `other`, cloned from it; then a
    new partner in origin, packed for laptop and for other. Built once per module."""
    root = tmp_path_factory.mktemp("world")
    origin = copy_of(demo_template, root / "origin.sqlite")
    laptop, other = root / "laptop" / "laptop.sqlite", root / "other" / "other.sqlite"
    for replica in (laptop, other):
        replica.parent.mkdir()
        code, out, err = _quiet("sync", "clone", "--db", str(origin), "--out", str(replica))
        assert code == 0, err
        assert out.startswith("Cloned ") and "replica " in out
    with open_store(origin) as store:
        store.write("add", lambda s: s.add(Partner(name="Sync Test Bio AG", kind=PartnerKind.CDMO)))
    files = root / "outbox"
    files.mkdir()
    paths = {"origin": origin, "laptop": laptop, "other": other}
    for name, extra in (
        ("good", ["--for", "laptop"]),
        ("for_other", ["--for", "other"]),
    ):
        paths[name] = files / f"{name}.cdmosync"
        code, out, err = _quiet(
            "sync", "pack", "--db", str(origin), "--out", str(paths[name]), *extra
        )
        assert code == 0, err
        assert out.startswith("Packed ") and "changes" in out
    return paths


@pytest.fixture
def world(world_template: dict[str, Path], tmp_path: Path) -> dict[str, Path]:
    """The world of `world_template`, a copy of its own for each test in `tmp_path`: the
    same files in the same folders, each database told it now lives at its copy's path
    (as `sync.settle_location` does for a file renamed into place), so it keeps its
    replica identity instead of taking the copy for a new replica."""
    root = world_template["origin"].parent
    shutil.copytree(root, tmp_path, dirs_exist_ok=True)
    world = {name: tmp_path / path.relative_to(root) for name, path in world_template.items()}
    for name in ("origin", "laptop", "other"):
        conn = sqlite3.connect(world[name])
        try:
            with conn:
                conn.execute(
                    "UPDATE sync_replica SET location_seen = ?", (str(world[name].resolve()),)
                )
        finally:
            conn.close()
    return world


def test_clone_pack_apply_brings_the_new_partner(
    world: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    laptop = world["laptop"]
    code, out, _ = run(capsys, "list", "partners", "--db", str(laptop))
    assert "Sync Test Bio AG" not in out
    code, out, err = run(capsys, "sync", "apply", str(world["good"]), "--db", str(laptop))
    assert code == 0, err
    assert "Backup before applying: " in out
    assert "partner: 1 changed" in out
    backup = Path(out.split("Backup before applying: ")[1].splitlines()[0])
    assert backup.is_file() and backup.parent == laptop.parent / "backups"
    code, out, _ = run(capsys, "list", "partners", "--db", str(laptop))
    assert "Sync Test Bio AG" in out
    code, out, _ = run(capsys, "sync", "status", "--db", str(laptop))
    assert code == 0
    assert "replica: " in out and "cloned from: " in out and "peer: origin" in out
    assert "open conflicts: 0" in out
    assert run(capsys, "check", "--db", str(laptop))[0] == 0


def test_a_file_applied_twice_changes_nothing_the_second_time(
    world: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    laptop = world["laptop"]
    assert run(capsys, "sync", "apply", str(world["good"]), "--db", str(laptop))[0] == 0
    before = fingerprint(laptop)
    code, out, err = run(capsys, "sync", "apply", str(world["good"]), "--db", str(laptop))
    assert code == 0, err
    assert out.startswith("Nothing new") and len(out.splitlines()) == 1
    assert fingerprint(laptop) == before


def _damaged(path: Path, out: Path, how: str) -> Path:
    data = path.read_bytes()
    if how == "truncated":
        out.write_bytes(data[: len(data) // 2])
    elif how == "flipped":
        flipped = bytearray(data)
        flipped[len(data) * 2 // 3] ^= 0x01
        out.write_bytes(bytes(flipped))
    else:  # newer schema: a batch made by a later version of the app
        batch = dataclasses.replace(read_sync_file(path), revision="0099_a_later_version")
        write_sync_file(batch, out)
    return out


@pytest.mark.parametrize(
    ("how", "words"),
    [
        ("truncated", ["damaged or incomplete"]),
        ("flipped", ["damaged or incomplete"]),
        ("newer", ["newer version of the app", "update the app"]),
    ],
)
def test_bad_files_are_refused_and_the_database_is_unchanged(
    world: dict[str, Path],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    how: str,
    words: list[str],
) -> None:
    laptop = world["laptop"]
    bad = _damaged(world["good"], tmp_path / f"{how}.cdmosync", how)
    before = fingerprint(laptop)
    code, _out, err = run(capsys, "sync", "apply", str(bad), "--db", str(laptop))
    assert code == 2
    one_error(err, bad.name, *words)
    assert fingerprint(laptop) == before


def test_a_file_for_another_replica_is_refused(
    world: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    """The store's refusal (the one the Receive window shows, naming both replicas) in one
    line, with the command that packs a file for this replica."""
    laptop, other = world["laptop"], world["other"]
    ids = {}
    for name in ("laptop", "other"):
        with open_store(world[name]) as store:
            ids[name] = sync.replica_id(store)[:8]
    before = fingerprint(laptop)
    code, _out, err = run(capsys, "sync", "apply", str(world["for_other"]), "--db", str(laptop))
    assert code == 2
    line = one_error(err, "packed for another copy", ids["other"], ids["laptop"])
    assert f"sync pack --for {ids['laptop']} (or without --for)" in line
    assert fingerprint(laptop) == before
    # The same file is taken in where it was meant to go.
    code, _out, err = run(capsys, "sync", "apply", str(world["for_other"]), "--db", str(other))
    assert code == 0, err


def test_encrypted_file_needs_its_passphrase(
    world: dict[str, Path], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    laptop, secret = world["laptop"], world["good"].with_name("secret.cdmosync")
    monkeypatch.setenv("CDMO_SYNC_PASSPHRASE", "river stone 42")
    code, out, err = run(
        capsys, "sync", "pack", "--db", str(world["origin"]), "--out", str(secret),
        "--for", "laptop", "--encrypt",
    )  # fmt: skip
    assert code == 0, err
    assert "encrypted" in out
    assert b"Sync Test Bio" not in secret.read_bytes()
    before = fingerprint(laptop)
    monkeypatch.setenv("CDMO_SYNC_PASSPHRASE", "river stone 43")
    code, _out, err = run(capsys, "sync", "apply", str(secret), "--db", str(laptop))
    assert code == 2
    one_error(err, "does not open with this passphrase")
    monkeypatch.delenv("CDMO_SYNC_PASSPHRASE")
    code, _out, err = run(capsys, "sync", "apply", str(secret), "--db", str(laptop))
    assert code == 2
    one_error(err, "encrypted", "CDMO_SYNC_PASSPHRASE")
    assert fingerprint(laptop) == before
    monkeypatch.setenv("CDMO_SYNC_PASSPHRASE", "river stone 42")
    code, out, err = run(capsys, "sync", "apply", str(secret), "--db", str(laptop))
    assert code == 0, err
    assert "partner: 1 changed" in out


def test_usage_refusals(
    world: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    origin = world["origin"]
    code, _out, err = run(capsys, "sync", "pack", "--db", str(origin), "--out", str(world["good"]))
    assert code == 2
    one_error(err, "already exists", "--force")
    code, _out, err = run(
        capsys, "sync", "pack", "--db", str(origin), "--out", str(tmp_path / "x.cdmosync"),
        "--for", "nobody",
    )  # fmt: skip
    assert code == 2
    one_error(err, "no peer 'nobody'", "laptop")
    code, _out, err = run(
        capsys, "sync", "clone", "--db", str(origin), "--out", str(world["laptop"])
    )
    assert code == 2
    one_error(err, "already exists")
    code, _out, err = run(
        capsys, "sync", "apply", str(world["good"]), "--db", str(tmp_path / "missing.sqlite")
    )
    assert code == 2
    one_error(err, "does not exist")
    assert not (tmp_path / "missing.sqlite").exists()
    code, _out, err = run(
        capsys, "sync", "apply", str(tmp_path / "nope.cdmosync"), "--db", str(origin)
    )
    assert code == 2
    one_error(err, "does not exist")


def test_a_database_in_a_synced_folder_is_warned_about(
    world: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    (shared / ".stfolder").mkdir()  # Syncthing's marker
    db = copy_of(world["laptop"], shared / "desk.sqlite")
    code, _out, err = run(capsys, "sync", "status", "--db", str(db))
    assert code == 0
    warnings = [line for line in err.splitlines() if line.startswith("cdmo-desktop: warning: ")]
    assert len(warnings) == 1 and "Syncthing" in warnings[0], err
    code, _out, err = run(capsys, "sync", "status", "--db", str(world["laptop"]))
    assert "warning" not in err


def test_a_copied_file_becomes_a_replica_of_its_own(
    world: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    laptop = world["laptop"]
    copy = copy_of(laptop, tmp_path / "copy-by-hand.sqlite")

    def replica(db: Path) -> str:
        code, out, _ = run(capsys, "sync", "status", "--db", str(db))
        assert code == 0
        return next(line for line in out.splitlines() if line.startswith("replica: "))

    assert replica(copy) != replica(laptop)
    assert replica(copy) == replica(copy)  # the new identity sticks


def test_a_new_demo_file_is_its_own_replica_not_a_clone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The demo is built under a temporary name and renamed into place: that rename is not
    a copy, so the new file names no replica it was cloned from, and its status counts in
    the singular."""
    db = tmp_path / "fresh-demo.sqlite"
    assert run(capsys, "demo", str(db))[0] == 0
    code, out, err = run(capsys, "sync", "status", "--db", str(db))
    assert code == 0, err
    assert "cloned from" not in out
    assert "from 1 replica\n" in out
    first = next(line for line in out.splitlines() if line.startswith("replica: "))
    code, out, _ = run(capsys, "sync", "status", "--db", str(db))
    assert first in out.splitlines()  # the identity holds at its place
