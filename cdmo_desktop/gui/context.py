"""What every screen is given: the store, the undo stack, settings and app-wide signals."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QUndoStack

from cdmo_desktop.store import Store


class AppContext(QObject):
    """Shared by the main window and every screen.

    Signals:
        data_changed(set[str]): table names written by an action; screens refresh from it.
        open_partner_requested(str): show a partner's profile (partner id).
        open_engagement_requested(str): show an engagement's workspace (engagement id).
        saved(): a write reached the database (the status bar shows the time).
    """

    data_changed = Signal(object)
    open_partner_requested = Signal(str)
    open_engagement_requested = Signal(str)
    saved = Signal()

    def __init__(
        self,
        store: Store,
        settings: QSettings | None = None,
        undo_stack: QUndoStack | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.settings = settings if settings is not None else QSettings()
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)

    def notify(self, tables: Iterable[str]) -> None:
        """Tell every screen which tables an action wrote."""
        changed = set(tables)
        if changed:
            self.saved.emit()
            self.data_changed.emit(changed)

    @property
    def consultant_name(self) -> str:
        return str(self.settings.value("consultant/name", "", type=str))
