"""Keeping the charter form's unsaved text safe (store.charter_drafts): written a moment
after each edit, offered back in a bar above the form when the charter is opened again,
forgotten once saved or discarded."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from cdmo_desktop.gui.format import datetime_text
from cdmo_desktop.gui.forms.ui_charter_form import Ui_CharterForm
from cdmo_desktop.gui.i18n import tr
from cdmo_desktop.store.charter_drafts import read_draft, remove_draft, write_draft
from cdmo_desktop.store.charters import CharterData

log = logging.getLogger(__name__)


def _content(data: CharterData) -> tuple[object, ...]:
    """What a person typed or picked (row ids aside)."""
    return (
        data.fields,
        data.status,
        data.site_ids,
        data.attendee_ids,
        tuple((m.metric, m.target, m.how_measured) for m in data.metrics),
        tuple((x.who, x.when_to_escalate, x.response_time_hours) for x in data.escalation),
    )


class CharterDraftKeeper(QObject):
    """Signals: restore_requested(CharterData): the user wants the kept draft back."""

    restore_requested = Signal(object)
    DELAY_MS = 800

    def __init__(
        self,
        ui: Ui_CharterForm,
        database: Path,
        engagement_id: str,
        current: Callable[[], CharterData],
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self.ui = ui
        self.database = database
        self.engagement_id = engagement_id
        self._current = current
        self._offered: CharterData | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(self.DELAY_MS)
        self.timer.timeout.connect(self.write_now)
        ui.draftBar.hide()
        ui.restoreDraftButton.clicked.connect(self._on_restore_draft_button_clicked)
        ui.dropDraftButton.clicked.connect(self._on_drop_draft_button_clicked)

    def offer(self, saved: CharterData) -> None:
        """Show the bar when a draft of this charter differs from what is saved."""
        draft = read_draft(self.database, self.engagement_id)
        if draft is None:
            return
        if _content(draft.data) == _content(saved):
            remove_draft(self.database, self.engagement_id)
            return
        self._offered = draft.data
        when = datetime_text(draft.written_at)
        self.ui.draftLabel.setText(
            tr(
                "Charter text typed on {when} was not saved (the app closed first). "
                "Restore it into the form? Typing here instead replaces it."
            ).format(when=when)
        )
        self.ui.draftBar.show()

    def edited(self) -> None:
        """The form changed: keep it in a moment (an offered draft is replaced)."""
        self._close_offer()
        self.timer.start()

    def write_now(self) -> None:
        self.timer.stop()
        try:
            write_draft(self.database, self._current())
        except OSError:
            log.exception("keeping the charter draft of %s", self.engagement_id)

    def forget(self) -> None:
        """Saved or discarded: no draft to keep."""
        self.timer.stop()
        self._close_offer()
        try:
            remove_draft(self.database, self.engagement_id)
        except OSError:
            log.exception("removing the charter draft of %s", self.engagement_id)

    def _close_offer(self) -> None:
        self._offered = None
        self.ui.draftBar.hide()

    def _on_restore_draft_button_clicked(self) -> None:
        data = self._offered
        self._close_offer()
        if data is not None:
            self.restore_requested.emit(data)

    def _on_drop_draft_button_clicked(self) -> None:
        self.forget()
