"""The full integrity check of a big database, in the background after it opened.

Before opening, a file above store.probe.FULL_CHECK_BELOW only gets SQLite's quick_check
(a full integrity_check takes seconds there): a damaged index passes it. The full check
then runs on a thread of its own; if it finds damage, the store turns read-only (every
edit is refused with a sentence) and the window says so in its title and banner.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from cdmo_desktop.gui.i18n import tr
from cdmo_desktop.gui.workers import Job

if TYPE_CHECKING:
    from cdmo_desktop.store import Store

log = logging.getLogger(__name__)


def watch(store: Store, on_damage: Callable[[], None]) -> Job | None:
    """Start the full check of `store` unless its file was fully checked already; when it
    finds damage, the store becomes read-only and `on_damage()` runs (in the GUI thread)."""
    if store.integrity_checked:
        return None
    store.integrity_checked = True  # one check per store
    from cdmo_desktop.store.probe import full_check

    path, immutable = store.path, store.read_only

    def found(problem: object) -> None:
        if not problem:
            log.info("full integrity check of %s: ok", path)
            return
        log.warning("full integrity check of %s: %s", path, problem)
        store.read_only_reason = tr(
            "a full check found it damaged ({problem}); restore a backup "
            "(File > Restore from backup…) to go on editing"
        ).format(problem=problem)
        on_damage()

    job = Job(lambda _progress: full_check(path, immutable=immutable))
    job.signals.finished.connect(found)
    job.signals.failed.connect(lambda reason: log.warning("full check not run: %s", reason))
    job.start()
    return job
