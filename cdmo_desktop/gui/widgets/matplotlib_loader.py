"""matplotlib imported on a thread of its own, once, for the charts drawn on screen (the KPI
trend chart): never on the GUI thread when a chart is shown. Until it is there a chart says
it is loading and the screen works."""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)
# What an on-screen chart needs of matplotlib.
MATPLOTLIB_MODULES = (
    "matplotlib.figure",
    "matplotlib.backends.backend_agg",
    "matplotlib.backends.backend_qtagg",
)


class MatplotlibLoader(QObject):
    """Imports MATPLOTLIB_MODULES on a thread of its own, once; `loaded` follows in the
    GUI thread (also when an import failed: the chart then fails where it is drawn, and
    the reason is logged)."""

    loaded = Signal()
    _loaded_off_thread = Signal()  # received in the GUI thread, passed on as `loaded`

    def __init__(self) -> None:
        super().__init__()
        self.done = False
        self._thread: threading.Thread | None = None
        self._loaded_off_thread.connect(self.loaded)

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(
                target=self._main, name="cdmo-desktop matplotlib", daemon=True
            )
            self._thread.start()

    def _main(self) -> None:
        import importlib

        try:
            for name in MATPLOTLIB_MODULES:
                importlib.import_module(name)
        except Exception:
            log.exception("loading matplotlib in the background")
        self.done = True
        self._loaded_off_thread.emit()


_loader: MatplotlibLoader | None = None


def matplotlib_loader() -> MatplotlibLoader:
    """The one loader (made in the GUI thread on first use)."""
    global _loader
    if _loader is None:
        _loader = MatplotlibLoader()
    return _loader
