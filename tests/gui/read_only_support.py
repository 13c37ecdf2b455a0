"""Helpers of the read-only tests: a file or folder no one may write (root included), and
the main window on a store, shown at laptop size."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QTabWidget
from pytestqt.qtbot import QtBot
from sqlmodel import select

from cdmo_desktop.domain.models import Engagement, Partner, Risk
from cdmo_desktop.gui.context import AppContext
from cdmo_desktop.gui.main_window import MainWindow
from cdmo_desktop.gui.pages import SCREENS
from cdmo_desktop.store import Store


def protect(path: Path) -> None:
    """Not writable, for root too (root ignores mode bits; the immutable flag it cannot)."""
    if os.geteuid() == 0:
        subprocess.run(["chattr", "+i", str(path)], check=True)
    else:
        path.chmod(0o555 if path.is_dir() else 0o444)


def unprotect(path: Path) -> None:
    if os.geteuid() == 0:
        subprocess.run(["chattr", "-i", str(path)], check=False, capture_output=True)
    with contextlib.suppress(OSError):
        path.chmod(0o755 if path.is_dir() else 0o644)


def demo_copies(demo_template: Path, folder: Path) -> tuple[Path, Path]:
    """Two writable copies of the demo database: the one shown first, and the one switched
    to once the first has been made read-only."""
    first, second = folder / "first.sqlite", folder / "second.sqlite"
    shutil.copyfile(demo_template, first)
    shutil.copyfile(demo_template, second)
    return first, second


def shown_window(qtbot: QtBot, store: Store, settings: QSettings) -> MainWindow:
    window = MainWindow(AppContext(store, settings))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    return window


def _first_risk(store: Store) -> str:
    with store.read() as s:
        risk = s.exec(select(Risk).order_by(Risk.id)).first()
    assert risk is not None
    return str(risk.id)


def visit_everything(window: MainWindow, store: Store) -> None:
    """Every screen, a risk's form, a partner's profile, an engagement's workspace and each
    of its tabs (some are built on their first show)."""
    for screen in SCREENS:
        window.show_screen(screen.key)
    with store.read() as s:
        partner = s.exec(select(Partner).order_by(Partner.name)).first()
        engagement = s.exec(select(Engagement).order_by(Engagement.title)).first()
    assert partner is not None and engagement is not None
    risks = window.show_screen("risks")
    assert risks.open_risk(_first_risk(store))  # type: ignore[attr-defined]
    window.open_partner(str(partner.id))
    window.open_engagement(str(engagement.id))
    for tabs in window.findChildren(QTabWidget):
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
