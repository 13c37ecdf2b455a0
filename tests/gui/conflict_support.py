"""Helpers of the conflict tests: a second user on the same database, and a conflict
dialog answered by clicking its buttons when a form opens it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from cdmo_desktop.gui.conflicts import ConflictDialog
from cdmo_desktop.store import Store, open_store


@contextmanager
def second_user(path: Path | None, user: str = "Dana") -> Iterator[Store]:
    """Another Store on the same file (the instance lock bypassed, as on a server)."""
    assert path is not None
    other = open_store(path, user=user, lock=False)
    try:
        yield other
    finally:
        other.close()


def answer(
    monkeypatch: pytest.MonkeyPatch, act: Callable[[ConflictDialog], None]
) -> list[ConflictDialog]:
    """When a form opens the conflict dialog, `act` clicks its buttons; the dialogs shown."""
    shown: list[ConflictDialog] = []

    def exec_(dialog: ConflictDialog) -> int:
        shown.append(dialog)
        dialog.show()
        act(dialog)
        return int(dialog.result())

    monkeypatch.setattr(ConflictDialog, "exec", exec_)
    return shown


def click(button: object) -> None:
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)  # type: ignore[call-overload]


def overwrite(dialog: ConflictDialog) -> None:
    click(dialog.overwrite_button)


def reload(dialog: ConflictDialog) -> None:
    click(dialog.reload_button)
