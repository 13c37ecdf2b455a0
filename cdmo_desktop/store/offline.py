"""The local copy of a team server, opened read-only while the server cannot be reached.

A local copy is an ordinary database file (store.paths.local_copy_path); it opens through
the read-only path of open_store (immutable connections, nothing written beside it, every
edit refused with a sentence), whether or not the file itself is writable: edits made
offline would have nowhere to go (syncing them is a separate issue).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from cdmo_desktop.domain.messages import QT_TRANSLATE_NOOP, msg
from cdmo_desktop.store import probe
from cdmo_desktop.store.errors import StoreError
from cdmo_desktop.store.store import Store, _open_read_only


def open_local_copy(path: Path, server: str, user: str = "") -> Store:
    """The copy at `path` of the server database `server` (its display name), read-only.
    Raises StoreError when the file cannot be shown (missing, damaged, another schema)."""
    path = Path(path).expanduser().absolute()
    if not path.is_file():
        raise StoreError(msg(QT_TRANSLATE_NOOP("messages", "does not exist")), path)
    found = probe.probe(path)
    taken = datetime.fromtimestamp(path.stat().st_mtime, UTC).astimezone()
    reason = (
        f"it is the local copy of {server} from {taken:%Y-%m-%d %H:%M}, and the server "
        "cannot be reached"
    )
    return _open_read_only(replace(found, read_only=True, read_only_reason=reason), user)
