"""Everything Qt: the app bootstrap, main window, screens, widgets and undo commands."""

import PySide6.QtCore  # noqa: F401  (PySide first: the hook below replaces a part of it)

from cdmo_desktop.gui import pyside_hook

pyside_hook.install()  # before the app's modules are imported: each one is checked
