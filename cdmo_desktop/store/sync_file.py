"""The sync file: a batch of change-log entries (store/sync.py `SyncBatch`) as one file.

A `.cdmosync` file describes itself and proves it is whole:

    magic  b"CDMOSYNC"  (8 bytes)
    format version      (2 bytes, big-endian; this module writes FORMAT_VERSION)
    header length       (4 bytes, big-endian)
    header              (UTF-8 JSON: revision, sender, sender_name, for_peer, has, ranges,
                         count, created_at, encrypted, and with a passphrase the KDF's
                         parameters and salt and the cipher's nonce)
    body length         (8 bytes, big-endian)
    body                (zlib-compressed JSON of the entries, one array per entry in the
                         order of `ENTRY_FIELDS`; with a passphrase that, encrypted)
    SHA-256             (32 bytes, over everything before it)

With a passphrase the body is AES-256-GCM (the `cryptography` library) under a key derived
by scrypt from the passphrase and a random salt; everything before the body (magic,
version, header) is the cipher's associated data, so a changed header is refused too. The
checksum is checked first: a damaged or truncated file is said to be damaged, a wrong
passphrase to be wrong.

Reading refuses (SyncFileError, one sentence, never a value of a record): not a sync file,
a newer format, a damaged or truncated file, a missing or wrong passphrase, and (only
`read_sync_file`; `describe` reads the header of any file) a schema revision other than
this version's. Files are written through store/files.py (whole or not at all, owner-only).
"""

from __future__ import annotations

import hashlib
import json
import os
import struct
import zlib
from dataclasses import dataclass, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cdmo_desktop.domain.messages import QT_TRANSLATE_NOOP, msg
from cdmo_desktop.store.errors import StoreError
from cdmo_desktop.store.files import write_bytes_atomic

if TYPE_CHECKING:
    from cdmo_desktop.store.sync import SyncBatch, SyncEntry

SUFFIX = ".cdmosync"
MAGIC = b"CDMOSYNC"
FORMAT_VERSION = 1
_PREFIX = struct.Struct(">8sHI")  # magic, format version, header length
_BODY_LENGTH = struct.Struct(">Q")
_DIGEST = 32
MAX_HEADER = 1 << 20  # bytes: a longer header is no header of ours
MAX_ENTRIES_BYTES = 1 << 31  # uncompressed JSON of the entries: more is refused as damaged
COMPRESS_LEVEL = 6
# scrypt: 2**15 x 8 x 128 bytes = 32 MiB of memory, about 0.1 s per derivation.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 1 << 15, 8, 1
SALT_BYTES = 16
NONCE_BYTES = 12
KEY_BYTES = 32


class SyncFileError(StoreError):
    """A sync file that cannot be read: not one, a newer format, damaged or truncated,
    encrypted without (or with a wrong) passphrase, or of another schema revision. The
    sentence names the file; nothing was written anywhere."""


class NeedsPassphrase(SyncFileError):
    """The file is encrypted and no passphrase was given."""


class WrongPassphrase(SyncFileError):
    """The passphrase given does not open the (intact) file."""


class OtherRevision(SyncFileError):
    """The file was made at another schema revision than this version's."""


@dataclass(frozen=True)
class FileInfo:
    """What a sync file's header says (read without a passphrase)."""

    path: Path
    format_version: int
    revision: str
    sender: str
    sender_name: str
    for_peer: str | None
    has: dict[str, int]
    ranges: dict[str, tuple[int, int]]
    count: int
    created_at: str
    encrypted: bool
    size: int


def entry_fields() -> tuple[str, ...]:
    """The fields of a SyncEntry, in the order the body stores them."""
    from cdmo_desktop.store.sync import SyncEntry

    return tuple(f.name for f in fields(SyncEntry))


# --- writing -------------------------------------------------------------------------------


def encode(batch: SyncBatch, *, passphrase: str | None = None) -> bytes:
    """The bytes of the sync file of `batch` (see the module docstring)."""
    names = entry_fields()
    rows = [[getattr(e, n) for n in names] for e in batch.entries]
    plain = zlib.compress(
        json.dumps({"fields": names, "entries": rows}, separators=(",", ":")).encode("utf-8"),
        COMPRESS_LEVEL,
    )
    header: dict[str, Any] = {
        "app": "cdmo-desktop",
        "revision": batch.revision,
        "sender": batch.sender,
        "sender_name": batch.sender_name,
        "for_peer": batch.for_peer,
        "has": dict(sorted(batch.has.items())),
        "ranges": {k: list(v) for k, v in sorted(batch.ranges().items())},
        "count": len(batch.entries),
        "created_at": batch.created_at,
        "encrypted": passphrase is not None,
        "compression": "zlib",
    }
    key = None
    if passphrase is not None:
        if not passphrase:
            raise SyncFileError(
                msg(QT_TRANSLATE_NOOP("messages", "a passphrase for a sync file cannot be empty"))
            )
        salt = os.urandom(SALT_BYTES)
        nonce = os.urandom(NONCE_BYTES)
        header["kdf"] = {
            "name": "scrypt",
            "n": SCRYPT_N,
            "r": SCRYPT_R,
            "p": SCRYPT_P,
            "salt": salt.hex(),
        }
        header["cipher"] = {"name": "AES-256-GCM", "nonce": nonce.hex()}
        key = _derive(passphrase, header["kdf"])
    head = json.dumps(header, separators=(",", ":"), sort_keys=True).encode("utf-8")
    prefix = _PREFIX.pack(MAGIC, FORMAT_VERSION, len(head)) + head
    body = plain
    if key is not None:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        body = AESGCM(key).encrypt(bytes.fromhex(header["cipher"]["nonce"]), plain, prefix)
    data = prefix + _BODY_LENGTH.pack(len(body)) + body
    return data + hashlib.sha256(data).digest()


def write_sync_file(batch: SyncBatch, path: Path, *, passphrase: str | None = None) -> int:
    """Write `batch` to `path` (atomically, owner-only; with `passphrase` encrypted);
    returns the file's size in bytes. A disk fault raises StorageError and leaves no
    file (an existing `path` is untouched)."""
    from cdmo_desktop.store.errors import StorageError

    data = encode(batch, passphrase=passphrase)
    try:
        write_bytes_atomic(path, data)
    except OSError as exc:
        fault = StorageError.from_fault(
            exc,
            path,
            msg(QT_TRANSLATE_NOOP("messages", "The sync file {path} was not written"), path=path),
        )
        if fault is not None:
            raise fault from None
        raise SyncFileError(
            msg(
                QT_TRANSLATE_NOOP("messages", "was not written ({value})"),
                value=exc.strerror or type(exc).__name__,
            ),
            path,
        ) from None
    return len(data)


# --- reading -------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Parts:
    format_version: int
    header: dict[str, Any]
    prefix: bytes  # magic + version + header: the associated data
    body: bytes
    size: int


def _read_bytes(path: Path) -> bytes:
    try:
        return Path(path).read_bytes()
    except FileNotFoundError:
        raise SyncFileError(msg(QT_TRANSLATE_NOOP("messages", "does not exist")), path) from None
    except IsADirectoryError:
        raise SyncFileError(
            msg(QT_TRANSLATE_NOOP("messages", "is a folder, not a sync file")), path
        ) from None
    except OSError as exc:
        raise SyncFileError(
            msg(
                QT_TRANSLATE_NOOP("messages", "cannot be read ({value})"),
                value=exc.strerror or type(exc).__name__,
            ),
            path,
        ) from None


DAMAGED = msg(
    QT_TRANSLATE_NOOP(
        "messages", "is damaged or incomplete (its checksum does not match); ask for it again"
    )
)


def _split(data: bytes, path: Path, *, verify: bool) -> _Parts:
    """The parts of a sync file; refuses one that is not one, of a newer format, or (with
    `verify`, else only when its header cannot be read) damaged or truncated."""
    if len(data) < _PREFIX.size or not data.startswith(MAGIC):
        raise SyncFileError(
            msg(QT_TRANSLATE_NOOP("messages", "is not a Partnership Desk sync file")), path
        )
    _magic, version, head_len = _PREFIX.unpack_from(data)
    if version > FORMAT_VERSION:
        raise SyncFileError(
            msg(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "was written by a newer version of the app (sync format "
                    "{version}); update the app to read it",
                ),
                version=version,
            ),
            path,
        )
    if version < 1 or head_len > MAX_HEADER:
        raise SyncFileError(DAMAGED, path)
    body_at = _PREFIX.size + head_len + _BODY_LENGTH.size
    if len(data) < body_at:
        raise SyncFileError(DAMAGED, path)
    (body_len,) = _BODY_LENGTH.unpack_from(data, body_at - _BODY_LENGTH.size)
    end = body_at + body_len
    if verify and (len(data) != end + _DIGEST or hashlib.sha256(data[:end]).digest() != data[end:]):
        raise SyncFileError(DAMAGED, path)
    prefix = data[: _PREFIX.size + head_len]
    try:
        header = json.loads(data[_PREFIX.size : _PREFIX.size + head_len].decode("utf-8"))
        if not isinstance(header, dict):
            raise ValueError("header")
        _check_header(header)
    except (ValueError, KeyError, TypeError):
        raise SyncFileError(DAMAGED, path) from None
    return _Parts(version, header, prefix, data[body_at:end], len(data))


def _check_header(header: dict[str, Any]) -> None:
    for name, kind in (
        ("revision", str),
        ("sender", str),
        ("sender_name", str),
        ("has", dict),
        ("ranges", dict),
        ("count", int),
        ("created_at", str),
        ("encrypted", bool),
    ):
        if not isinstance(header[name], kind):
            raise TypeError(name)
    if header.get("for_peer") is not None and not isinstance(header["for_peer"], str):
        raise TypeError("for_peer")


def _info(parts: _Parts, path: Path) -> FileInfo:
    h = parts.header
    return FileInfo(
        path=Path(path),
        format_version=parts.format_version,
        revision=h["revision"],
        sender=h["sender"],
        sender_name=h["sender_name"],
        for_peer=h.get("for_peer"),
        has={str(k): int(v) for k, v in h["has"].items()},
        ranges={str(k): (int(v[0]), int(v[1])) for k, v in h["ranges"].items()},
        count=h["count"],
        created_at=h["created_at"],
        encrypted=h["encrypted"],
        size=parts.size,
    )


def describe(path: Path) -> FileInfo:
    """The header of the sync file at `path` (no passphrase needed, the checksum checked);
    SyncFileError when it is not a readable sync file."""
    data = _read_bytes(path)
    return _info(_split(data, path, verify=True), path)


def read_sync_file(path: Path, *, passphrase: str | None = None) -> SyncBatch:
    """The batch in the sync file at `path`; SyncFileError (or a subclass) when it is not
    one, is damaged or truncated, needs a passphrase or was given a wrong one, or was made
    at another schema revision than this version's."""
    data = _read_bytes(path)
    parts = _split(data, path, verify=True)
    info = _info(parts, path)
    _check_revision(info)
    plain = _plain(parts, path, passphrase)
    return _batch(info, plain, path)


def _check_revision(info: FileInfo) -> None:
    from cdmo_desktop.store import migrate

    head = migrate.HEAD_REVISION
    if info.revision == head:
        return
    if info.revision not in migrate.KNOWN_REVISIONS:
        raise OtherRevision(
            msg(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "was made by a newer version of the app (schema {revision}, "
                    "this version has {head}); update the app, then apply it; "
                    "nothing was changed",
                ),
                revision=info.revision,
                head=head,
            ),
            info.path,
        )
    raise OtherRevision(
        msg(
            QT_TRANSLATE_NOOP(
                "messages",
                "was made by an older version of the app (schema {revision}, "
                "this version has {head}); update the app that made it and "
                "pack again; nothing was changed",
            ),
            revision=info.revision,
            head=head,
        ),
        info.path,
    )


def _derive(passphrase: str, kdf: dict[str, Any]) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    if kdf.get("name") != "scrypt":
        raise ValueError("kdf")
    n, r, p = int(kdf["n"]), int(kdf["r"]), int(kdf["p"])
    if n > 1 << 20 or r > 32 or p > 16:  # a file asking for gigabytes of memory
        raise ValueError("kdf")
    salt = bytes.fromhex(kdf["salt"])
    return Scrypt(salt=salt, length=KEY_BYTES, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))


def _plain(parts: _Parts, path: Path, passphrase: str | None) -> bytes:
    """The compressed entries: the body, decrypted when the file is encrypted."""
    if not parts.header["encrypted"]:
        return parts.body
    if not passphrase:
        raise NeedsPassphrase(
            msg(QT_TRANSLATE_NOOP("messages", "is encrypted: give its passphrase to read it")), path
        )
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        key = _derive(passphrase, parts.header["kdf"])
        nonce = bytes.fromhex(parts.header["cipher"]["nonce"])
        if parts.header["cipher"].get("name") != "AES-256-GCM" or len(nonce) != NONCE_BYTES:
            raise ValueError("cipher")
    except (KeyError, TypeError, ValueError):
        raise SyncFileError(DAMAGED, path) from None
    try:
        return AESGCM(key).decrypt(nonce, parts.body, parts.prefix)
    except InvalidTag:
        raise WrongPassphrase(
            msg(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "does not open with this passphrase (the file is intact): "
                    "check the passphrase; nothing was changed",
                )
            ),
            path,
        ) from None


def _batch(info: FileInfo, compressed: bytes, path: Path) -> SyncBatch:
    from cdmo_desktop.store.sync import SyncBatch, SyncEntry

    try:
        inflater = zlib.decompressobj()
        raw = inflater.decompress(compressed, MAX_ENTRIES_BYTES)
        if inflater.unconsumed_tail or not inflater.eof:
            raise ValueError("body")
        body = json.loads(raw.decode("utf-8"))
        names = tuple(body["fields"])
        if names != entry_fields():
            raise ValueError("fields")
        entries = tuple(_entry(SyncEntry, names, row) for row in body["entries"])
    except (ValueError, KeyError, TypeError, zlib.error):
        raise SyncFileError(DAMAGED, path) from None
    if len(entries) != info.count:
        raise SyncFileError(DAMAGED, path)
    return SyncBatch(
        revision=info.revision,
        sender=info.sender,
        sender_name=info.sender_name,
        for_peer=info.for_peer,
        has=info.has,
        entries=entries,
        created_at=info.created_at,
    )


_INT_FIELDS = frozenset({"origin_seq"})


def _entry(cls: type[SyncEntry], names: tuple[str, ...], row: Any) -> SyncEntry:
    if not isinstance(row, list) or len(row) != len(names):
        raise ValueError("entry")
    values: dict[str, Any] = {}
    for name, value in zip(names, row, strict=True):
        if name in _INT_FIELDS:
            if not isinstance(value, int) or isinstance(value, bool):
                raise TypeError(name)
        elif value is not None and not isinstance(value, str):
            raise TypeError(name)
        values[name] = value
    return cls(**values)
