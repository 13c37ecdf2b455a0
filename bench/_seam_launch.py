"""Launch the real app through its `execute` seam with the first-paint probe armed.

Used by the start-up benchmark only while `gui/app.py` does not call
`startup_probe.install(window)` itself: the app starts exactly as `python -m cdmo_desktop`,
the probe is installed on the shown main window just before the event loop starts.
"""

from __future__ import annotations

import sys


def main(argv: list[str]) -> int:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication, QMainWindow

    from cdmo_desktop.gui import app as gui_app
    from cdmo_desktop.gui import startup_probe

    original = gui_app.execute

    def execute_with_probe(app: QCoreApplication) -> int:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMainWindow) and widget.isVisible():
                startup_probe.install(widget)
                break
        return original(app)

    gui_app.execute = execute_with_probe
    from cdmo_desktop.cli import main as cli_main

    return int(cli_main(argv) or 0)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
