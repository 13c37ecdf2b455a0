"""The sync file: what goes in comes out; a damaged, truncated, newer or wrongly unlocked
file is refused with one sentence."""

from __future__ import annotations

import hashlib
import os
import struct
from pathlib import Path

import pytest

from cdmo_desktop.store import migrate
from cdmo_desktop.store.sync import SyncBatch, SyncEntry
from cdmo_desktop.store.sync_file import (
    MAGIC,
    NeedsPassphrase,
    OtherRevision,
    SyncFileError,
    WrongPassphrase,
    describe,
    encode,
    read_sync_file,
    write_sync_file,
)

ORIGIN = "7d0c6f1e-0000-4000-8000-000000000001"
OTHER = "7d0c6f1e-0000-4000-8000-000000000002"


def _entry(seq: int, origin: str = ORIGIN, **kw: object) -> SyncEntry:
    values: dict[str, object] = {
        "origin": origin,
        "origin_seq": seq,
        "hlc": f"{1_760_000_000_000 + seq:013d}.00000.{origin}",
        "base_hlc": None,
        "table": "risk",
        "row_id": f"row-{seq}",
        "action": "update",
        "field": "title",
        "old_value": "Supply of API ↔ délai",
        "new_value": 'Quoted "value", 日本語',
        "user": "dana",
        "occurred_at": "2026-12-03T10:00:00+00:00",
        "reason": "",
    }
    values.update(kw)
    return SyncEntry(**values)  # type: ignore[arg-type]


def _batch(n: int = 40, revision: str | None = None) -> SyncBatch:
    entries = (*(_entry(i) for i in range(1, n + 1)), _entry(3, OTHER, action="insert"))
    return SyncBatch(
        revision=revision or migrate.HEAD_REVISION,
        sender=ORIGIN,
        sender_name="laptop-dana",
        for_peer=OTHER,
        has={ORIGIN: n, OTHER: 3},
        entries=entries,
        created_at="2026-12-03T10:05:00+00:00",
    )


def test_what_is_written_is_read_back(tmp_path: Path) -> None:
    batch = _batch()
    path = tmp_path / "out.cdmosync"
    size = write_sync_file(batch, path)
    assert size == path.stat().st_size
    assert read_sync_file(path) == batch
    info = describe(path)
    assert (info.revision, info.sender_name, info.count, info.encrypted) == (
        batch.revision,
        "laptop-dana",
        41,
        False,
    )
    assert info.ranges == {ORIGIN: (1, 40), OTHER: (3, 3)}
    if os.name == "posix":
        assert path.stat().st_mode & 0o077 == 0  # owner-only, like every file of the app


def test_an_empty_batch_travels_too(tmp_path: Path) -> None:
    batch = SyncBatch(migrate.HEAD_REVISION, ORIGIN, "a", None, {ORIGIN: 5}, (), "2026-12-03")
    path = tmp_path / "empty.cdmosync"
    write_sync_file(batch, path)
    assert read_sync_file(path) == batch


def test_encrypted_file_opens_only_with_its_passphrase(tmp_path: Path) -> None:
    batch = _batch()
    path = tmp_path / "secret.cdmosync"
    write_sync_file(batch, path, passphrase="correct horse")
    data = path.read_bytes()
    assert b"laptop" in data  # the header is readable (who sent it, the ranges) ...
    assert b"Quoted" not in data and "délai".encode() not in data  # ... the values are not
    assert describe(path).encrypted
    assert read_sync_file(path, passphrase="correct horse") == batch
    with pytest.raises(NeedsPassphrase) as needs:
        read_sync_file(path)
    with pytest.raises(WrongPassphrase) as wrong:
        read_sync_file(path, passphrase="correct horse!")
    for exc in (needs.value, wrong.value):
        assert "\n" not in exc.sentence()
        assert str(path) in exc.sentence()
        assert "Quoted" not in exc.sentence()


def test_two_encryptions_differ(tmp_path: Path) -> None:
    batch = _batch(5)
    assert encode(batch, passphrase="p") != encode(batch, passphrase="p")  # salt, nonce


@pytest.mark.parametrize("encrypted", [False, True])
def test_every_flipped_byte_is_refused_as_damaged(tmp_path: Path, encrypted: bool) -> None:
    data = encode(_batch(8), passphrase="pw" if encrypted else None)
    path = tmp_path / "flip.cdmosync"
    for at in range(0, len(data), max(1, len(data) // 97)):
        flipped = bytearray(data)
        flipped[at] ^= 0x40
        path.write_bytes(bytes(flipped))
        with pytest.raises(SyncFileError) as caught:
            read_sync_file(path, passphrase="pw")
        assert not isinstance(caught.value, WrongPassphrase)
        assert "\n" not in caught.value.sentence()


@pytest.mark.parametrize("encrypted", [False, True])
def test_every_truncation_is_refused(tmp_path: Path, encrypted: bool) -> None:
    data = encode(_batch(8), passphrase="pw" if encrypted else None)
    path = tmp_path / "cut.cdmosync"
    for length in [0, 1, 7, 8, 13, *range(14, len(data), max(1, len(data) // 61))]:
        path.write_bytes(data[:length])
        with pytest.raises(SyncFileError) as caught:
            read_sync_file(path, passphrase="pw")
        assert "damaged" in caught.value.sentence() or "not a" in caught.value.sentence()
    path.write_bytes(data + b"\0")
    with pytest.raises(SyncFileError, match="damaged"):
        read_sync_file(path, passphrase="pw")


def _resealed(data: bytes, version: int) -> bytes:
    body = data[:-32]
    body = MAGIC + struct.pack(">H", version) + body[len(MAGIC) + 2 :]
    return body + hashlib.sha256(body).digest()


def test_newer_format_and_newer_schema_are_refused_naming_the_update(tmp_path: Path) -> None:
    path = tmp_path / "new.cdmosync"
    path.write_bytes(_resealed(encode(_batch(3)), 2))
    with pytest.raises(SyncFileError, match="newer version of the app"):
        describe(path)
    write_sync_file(_batch(3, revision="0099_from_the_future"), path)
    assert describe(path).revision == "0099_from_the_future"  # the header reads ...
    with pytest.raises(OtherRevision, match=r"newer version .* update the app"):
        read_sync_file(path)  # ... the entries are refused
    older = next(r for r in migrate.KNOWN_REVISIONS if r != migrate.HEAD_REVISION)
    write_sync_file(_batch(3, revision=older), path)
    with pytest.raises(OtherRevision, match="older version"):
        read_sync_file(path)


def test_other_files_are_not_sync_files(tmp_path: Path) -> None:
    path = tmp_path / "notes.cdmosync"
    path.write_text("SQLite format 3 and other things")
    with pytest.raises(SyncFileError, match="not a Partnership Desk sync file"):
        describe(path)
    with pytest.raises(SyncFileError, match="does not exist"):
        read_sync_file(tmp_path / "missing.cdmosync")
    with pytest.raises(SyncFileError, match="folder"):
        read_sync_file(tmp_path)
