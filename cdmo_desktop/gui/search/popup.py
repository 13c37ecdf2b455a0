"""The search popup (Ctrl+K): one box over the window that searches every kind of record
as the user types, with the hits grouped by kind under headings.

Typing restarts a short timer (`DEBOUNCE_MS`); when it fires the search runs on a worker
thread (gui.workers.Job: a search at 100k risks takes a moment) and only the answer to
the latest text is shown. Up/Down move between hits (headings and "N more" lines are
skipped) while the focus stays in the box, Enter opens the hit, Esc closes.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cdmo_desktop.gui import theme
from cdmo_desktop.gui.i18n import tr
from cdmo_desktop.gui.search import text
from cdmo_desktop.gui.search.delegate import DETAIL_ROLE, HitDelegate
from cdmo_desktop.gui.workers import Job
from cdmo_desktop.store.search_results import Hit, Results

log = logging.getLogger(__name__)

DEBOUNCE_MS = 150
HIT_ROLE = Qt.ItemDataRole.UserRole + 1
WIDTH, HEIGHT = 640, 460

Search = Callable[[str], Results]
"""What the popup calls (on a worker thread) to search: the store's search_everything."""


class SearchPopup(QDialog):
    """The popup; `opened(hit)` when the user picks a hit (the popup is closed by then).

    `results`: what is on show (None before the first answer)."""

    opened = Signal(object)

    def __init__(self, parent: QWidget, search: Search) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("searchPopup")
        self.setWindowTitle(tr("Search everything"))
        self.setAccessibleName(tr("Search everything"))
        self._search = search
        self._host = parent.window()
        self._asked = 0  # the number of the latest search started
        self._open_when_answered = False
        self.results: Results | None = None

        self.edit = QLineEdit()
        self.edit.setObjectName("searchEverythingEdit")
        self.edit.setPlaceholderText(
            tr("Search partners, engagements, risks, decisions, contacts…")
        )
        self.edit.setClearButtonEnabled(True)
        self.edit.setAccessibleName(tr("Search everything"))
        self.edit.setAccessibleDescription(
            tr("Type to search every kind of record; Up and Down choose, Enter opens")
        )
        self.list = QListWidget()
        self.list.setObjectName("searchResultsList")
        self.list.setAccessibleName(tr("Search results"))
        self.list.setUniformItemSizes(False)
        self.list.setWordWrap(False)
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the box keeps the keys
        self.list.setItemDelegate(HitDelegate(self.list))
        self.status = QLabel()
        self.status.setObjectName("searchStatusLabel")
        self.status.setWordWrap(True)
        theme.set_tone(self.status, "muted")
        layout = self._layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.edit)
        layout.addWidget(self.status)
        layout.addWidget(self.list, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.run_search)
        self.edit.textChanged.connect(self._on_edit_text_changed)
        self.edit.installEventFilter(self)
        self.list.itemActivated.connect(self._on_list_item_activated)
        self.list.itemClicked.connect(self._on_list_item_activated)
        self._show_status(tr("Type a name, a title or any word of a record."))

    # --- showing ------------------------------------------------------------------------
    def popup(self) -> None:
        """Show over the top of the parent window, the box ready for typing (with what
        was typed last selected, so typing replaces it)."""
        host = self._host
        width = min(WIDTH, max(320, host.width() - 40))
        self._fit(self.list.count() > 0)
        self.resize(width, self.height())
        top_left = host.mapToGlobal(QPoint((host.width() - width) // 2, 60))
        self.move(top_left)
        self.show()
        self.raise_()
        self.activateWindow()
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()

    def _fit(self, with_hits: bool) -> None:
        """The list's height when there are hits; the box and its sentence alone when not."""
        self.list.setVisible(with_hits)
        height = min(HEIGHT, max(200, self._host.height() - 80))
        if not with_hits:
            self._layout.activate()
            height = self.minimumSizeHint().height()
        self.resize(self.width(), height)

    def _show_status(self, sentence: str) -> None:
        self.status.setText(sentence)
        self.status.setVisible(bool(sentence))

    # --- searching ----------------------------------------------------------------------
    def _on_edit_text_changed(self, _text: str) -> None:
        self._open_when_answered = False
        self._timer.start()

    def run_search(self) -> None:
        """Search for what the box holds now (the timer calls this after typing)."""
        self._timer.stop()
        typed = self.edit.text()
        self._asked += 1
        number = self._asked
        if not typed.strip():
            self._show(Results(typed))
            return
        self._show_status(tr("Searching…"))
        search = self._search
        job = Job(lambda _progress: search(typed))
        job.signals.finished.connect(lambda results: self._on_answer(number, results))
        job.signals.failed.connect(lambda reason: self._on_failed(number, reason))
        job.start()

    def _on_answer(self, number: int, results: object) -> None:
        if number == self._asked and isinstance(results, Results):
            self._show(results)
            if self._open_when_answered:
                self._open_when_answered = False
                self.open_current()

    def _on_failed(self, number: int, reason: str) -> None:
        if number == self._asked:
            log.warning("search failed: %s", reason)
            self.list.clear()
            self._fit(False)
            self._show_status(tr("The search could not be run: {reason}").format(reason=reason))

    def _show(self, results: Results) -> None:
        self.results = results
        self.list.clear()
        self._fit(bool(results.groups))
        if not results.text.strip():
            self._show_status(tr("Type a name, a title or any word of a record."))
            return
        if not results.groups:
            self._show_status(tr("No results for “{text}”.").format(text=results.text.strip()))
            return
        self._show_status("")
        bold = QFont(self.list.font())
        bold.setBold(True)
        italic = QFont(self.list.font())
        italic.setItalic(True)
        for group in results.groups:
            head = QListWidgetItem(text.heading(group))
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            head.setFont(bold)
            head.setData(Qt.ItemDataRole.AccessibleTextRole, text.heading(group))
            self.list.addItem(head)
            for hit in group.hits:
                title, detail = text.title(hit), text.detail(hit)
                item = QListWidgetItem(title)
                item.setData(DETAIL_ROLE, detail)
                item.setData(HIT_ROLE, hit)
                item.setToolTip(detail)
                item.setData(Qt.ItemDataRole.AccessibleTextRole, title)
                item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, detail)
                self.list.addItem(item)
            if group.more:
                more = QListWidgetItem(f"    {text.more(group)}")
                more.setFlags(Qt.ItemFlag.ItemIsEnabled)
                more.setFont(italic)
                self.list.addItem(more)
        self._step(+1, start=-1)

    # --- keys ---------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                self._step(+1 if key == Qt.Key.Key_Down else -1)
                return True
            if key in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                self._step(+5 if key == Qt.Key.Key_PageDown else -5)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self._timer.isActive() or self._answer_pending():
                    # Enter before the answer: search now, open the best hit then.
                    self._open_when_answered = True
                    if self._timer.isActive():
                        self.run_search()
                    return True
                self.open_current()
                return True
        return super().eventFilter(watched, event)

    def _answer_pending(self) -> bool:
        return self.results is None or self.results.text != self.edit.text()

    def _hit_rows(self) -> list[int]:
        return [i for i in range(self.list.count()) if self.list.item(i).data(HIT_ROLE) is not None]

    def _step(self, by: int, start: int | None = None) -> None:
        """Move the current hit `by` hits (headings skipped), staying within the list."""
        rows = self._hit_rows()
        if not rows:
            return
        current = self.list.currentRow() if start is None else start
        at = 0 if by > 0 else len(rows) - 1  # from outside the hits: the first or last
        if current in rows:
            at = rows.index(current) + by
        self.list.setCurrentRow(rows[max(0, min(len(rows) - 1, at))])

    def current_hit(self) -> Hit | None:
        item = self.list.currentItem()
        hit = item.data(HIT_ROLE) if item is not None else None
        return hit if isinstance(hit, Hit) else None

    def open_current(self) -> None:
        hit = self.current_hit()
        if hit is not None:
            self.accept()
            self.opened.emit(hit)

    def _on_list_item_activated(self, item: QListWidgetItem) -> None:
        if isinstance(item.data(HIT_ROLE), Hit):
            self.list.setCurrentItem(item)
            self.open_current()
