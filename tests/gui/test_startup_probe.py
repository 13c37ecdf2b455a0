"""The first-paint probe the start-up benchmark relies on."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QMainWindow

from cdmo_desktop.gui import startup_probe

pytestmark = pytest.mark.gui


def test_probe_does_nothing_without_the_environment_flag(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv(startup_probe.ENV_EXIT_AFTER_PAINT, raising=False)
    window = QMainWindow()
    qtbot.addWidget(window)
    assert startup_probe.install(window) is None


def test_probe_reports_the_first_paint_and_quits(qtbot, monkeypatch, capsys, tmp_path) -> None:  # type: ignore[no-untyped-def]
    shot = tmp_path / "painted.png"
    monkeypatch.setenv(startup_probe.ENV_EXIT_AFTER_PAINT, "1")
    monkeypatch.setenv(startup_probe.ENV_GRAB, str(shot))
    quits: list[bool] = []
    monkeypatch.setattr(startup_probe.FirstPaintProbe, "_quit", lambda self: quits.append(True))
    window = QMainWindow()
    window.setCentralWidget(QLabel("Portfolio"))
    qtbot.addWidget(window)
    probe = startup_probe.install(window)
    assert probe is not None
    window.show()
    qtbot.waitUntil(lambda: quits == [True], timeout=5000)
    marker, stamp = capsys.readouterr().out.split()
    assert marker == startup_probe.PAINT_MARKER and float(stamp) > 0
    assert shot.stat().st_size > 0
