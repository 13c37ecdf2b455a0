"""The unsaved-changes prompt: what Save / Discard / Cancel do, in a screen and in a record
dialog (OK and Cancel of the client and engagement dialogs)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from cdmo_desktop.gui import unsaved
from cdmo_desktop.gui.dialogs.base import RecordDialog


def test_settle_saves_discards_or_stays() -> None:
    done: list[str] = []

    def save(ok: bool) -> bool:
        done.append("saved" if ok else "refused")
        return ok

    assert unsaved.settle_unsaved("save", lambda: save(True), lambda: done.append("dropped"))
    assert not unsaved.settle_unsaved("save", lambda: save(False), lambda: done.append("dropped"))
    assert unsaved.settle_unsaved("discard", lambda: save(True), lambda: done.append("dropped"))
    assert not unsaved.settle_unsaved("cancel", lambda: save(True), lambda: done.append("dropped"))
    assert done == ["saved", "refused", "dropped"]


def test_the_prompt_names_the_record_and_maps_the_buttons(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[tuple[str, str]] = []
    reply = QMessageBox.StandardButton.Discard

    def question(_parent, title, text, *_a):
        asked.append((title, text))
        return reply

    monkeypatch.setattr(QMessageBox, "question", question)
    assert unsaved.ask_unsaved(None, "this client") == "discard"  # type: ignore[arg-type]
    reply = QMessageBox.StandardButton.Cancel
    assert unsaved.ask_unsaved(None, "x", title="Unsaved risk", question="Keep?") == "cancel"  # type: ignore[arg-type]
    assert asked == [
        ("Unsaved changes", "Save your changes to this client?"),
        ("Unsaved risk", "Keep?"),
    ]


class _Dialog(RecordDialog):
    unsaved_what = "this note"

    def __init__(self, settings: QSettings, accept_save: list[bool]) -> None:
        super().__init__(None, settings)
        self._answers = accept_save
        self.saves = 0

    def save(self) -> bool:
        self.saves += 1
        ok = self._answers.pop(0)
        if ok:
            self._dirty = False
        return ok


def test_record_dialog_closes_only_when_saved_or_discarded(
    qtbot: QtBot, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _Dialog(settings, [False, True])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog._dirty = True
    answers = iter(["cancel", "save", "save"])
    monkeypatch.setattr(unsaved, "ask_unsaved", lambda _p, what: next(answers))
    dialog.reject()
    assert dialog.isVisible() and dialog.saves == 0  # cancelled
    dialog.reject()
    assert dialog.isVisible() and dialog.saves == 1  # the save was refused
    dialog.reject()
    assert not dialog.isVisible() and dialog.result() == RecordDialog.DialogCode.Accepted

    clean = _Dialog(settings, [])
    qtbot.addWidget(clean)
    clean.show()
    clean.reject()  # nothing unsaved: closes without asking
    assert not clean.isVisible() and clean.result() == RecordDialog.DialogCode.Rejected
