"""The export dialog's PDF worker process: the window keeps answering while a report is
read and laid out, Cancel leaves nothing behind, and a failure in the worker reaches the
user as one sentence (details in the log)."""

from __future__ import annotations

import itertools
import logging
import sqlite3
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlmodel import Session, select

from cdmo_desktop.domain.models import Engagement, Risk, StatusReport
from cdmo_desktop.gui.context import AppContext
from cdmo_desktop.gui.reports import pdf_process
from cdmo_desktop.gui.reports.reports import ExportDialog
from tests.reports.pdfcheck import text_of

PROCESS = "ART-417 process development and first GMP campaign"
TIMEOUT = 60_000
EXTRA_RISKS = 400  # enough pages that the layout takes a while


def _engagement_id(ctx: AppContext) -> str:
    with ctx.store.read() as s:
        return s.exec(select(Engagement.id).where(Engagement.title == PROCESS)).one()


def _reports(ctx: AppContext) -> int:
    with ctx.store.read() as s:
        return len(s.exec(select(StatusReport)).all())


def _dialog(qtbot: QtBot, ctx: AppContext, target: Path) -> ExportDialog:
    dlg = ExportDialog(ctx, engagement_id=_engagement_id(ctx))
    qtbot.addWidget(dlg)
    dlg.ui.outputEdit.setText(str(target))
    return dlg


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.suffix in (".pdf", ".part"))


@pytest.fixture
def long_ctx(demo_ctx: AppContext) -> AppContext:
    """The demo with a long risk register on the engagement reported on."""
    engagement_id = _engagement_id(demo_ctx)
    with demo_ctx.store.read() as s:
        template = s.exec(select(Risk).where(Risk.engagement_id == engagement_id)).first()
    assert template is not None

    with demo_ctx.store.read() as s:
        numbers = s.exec(select(Risk.number).where(Risk.engagement_id == engagement_id)).all()

    def add(s: Session) -> None:
        for n in range(EXTRA_RISKS):
            data = template.model_dump(exclude={"id", "created_at", "updated_at"})
            data["number"] = max(numbers) + 1 + n
            data["title"] = f"Extra risk {n}: supplier qualification of lot {n}"
            s.add(Risk(**data))

    demo_ctx.store.write("Add risks", add)
    return demo_ctx


def test_the_window_keeps_answering_while_a_long_report_is_built(
    qtbot: QtBot, long_ctx: AppContext, tmp_path: Path
) -> None:
    dlg = _dialog(qtbot, long_ctx, tmp_path / "long.pdf")
    before = _reports(long_ctx)
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    shown: list[str] = []
    start = time.perf_counter()
    with qtbot.waitSignal(dlg.exported, timeout=TIMEOUT):
        assert dlg.export()
        assert dlg._build is not None
        dlg._build.progress.connect(lambda _p, _t: shown.append(dlg.ui.statusLabel.text()))
    took = time.perf_counter() - start
    timer.stop()
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    assert len(ticks) > 20
    # A build on a thread of the window's interpreter froze the event loop for a tenth of
    # the build and more (0.48 s of 5.0 s, 0.68 s of 7.3 s here); the worker process
    # leaves it free. The bound is relative to the build, not a wall-clock budget.
    assert max(gaps) < took / 12, (max(gaps), took)
    assert "Laying out page 12…" in shown  # the status line counts the pages
    text = " ".join(text_of(tmp_path / "long.pdf").split())
    for section in ("Overall status", "Schedule", "Risks", "Extra risk 399"):
        assert section in text
    assert _reports(long_ctx) == before + 1  # issued, with the snapshot the worker read


def test_cancel_leaves_no_file_and_keeps_the_one_it_would_replace(
    qtbot: QtBot, demo_ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "status.pdf"
    target.write_bytes(b"the previous export")
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    before = _reports(demo_ctx)
    dlg = _dialog(qtbot, demo_ctx, target)
    assert dlg.ui.closeButton.text() == "Close"
    cancelled: list[bool] = []
    assert dlg.export()
    assert dlg.ui.closeButton.text() == "Cancel" and dlg.ui.closeButton.isEnabled()
    assert dlg._build is not None
    dlg._build.cancelled.connect(lambda: cancelled.append(True))
    dlg.ui.closeButton.click()  # Cancel while the worker writes
    qtbot.waitUntil(lambda: not dlg.running, timeout=TIMEOUT)
    assert cancelled == [True]
    assert dlg.ui.statusLabel.text() == "Cancelled: nothing was written."
    assert target.read_bytes() == b"the previous export"
    assert _leftovers(tmp_path) == ["status.pdf"]
    assert _reports(demo_ctx) == before
    assert dlg.ui.closeButton.text() == "Close"
    with qtbot.waitSignal(dlg.exported, timeout=TIMEOUT):  # the worker builds the next one
        assert dlg.export()
    assert "Overall status" in text_of(target)


def test_an_unexpected_error_in_the_worker_is_one_sentence_and_logged(
    qtbot: QtBot,
    demo_ctx: AppContext,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    dlg = _dialog(qtbot, demo_ctx, tmp_path / "status.pdf")
    conn = sqlite3.connect(demo_ctx.store.path)  # the risk register became unreadable
    conn.execute("ALTER TABLE risk RENAME TO risk_gone")
    conn.commit()
    conn.close()
    with caplog.at_level(logging.ERROR), qtbot.waitSignal(dlg.failed, timeout=TIMEOUT) as got:
        assert dlg.export()
    reason = got.args[0]
    assert reason == (
        "The PDF could not be built because of an unexpected error (OperationalError); "
        "the log has the details."
    )
    assert dlg.ui.statusLabel.text() == f"Nothing was written. {reason}"
    assert "Traceback" in caplog.text and "no such table: risk" in caplog.text
    assert _leftovers(tmp_path) == []
    assert dlg.ui.exportButton.isEnabled() and dlg.ui.closeButton.text() == "Close"


def test_a_worker_that_dies_is_reported_and_replaced(
    qtbot: QtBot, demo_ctx: AppContext, tmp_path: Path
) -> None:
    dlg = _dialog(qtbot, demo_ctx, tmp_path / "status.pdf")
    worker = pdf_process.worker()
    qtbot.waitUntil(lambda: worker.alive, timeout=TIMEOUT)
    assert dlg.export()
    worker._process.kill()  # type: ignore[union-attr]
    with qtbot.waitSignal(dlg.failed, timeout=TIMEOUT) as got:
        pass
    assert got.args[0] == pdf_process.STOPPED
    assert _leftovers(tmp_path) == []
    with qtbot.waitSignal(dlg.exported, timeout=TIMEOUT):  # a new worker takes over
        assert dlg.export()
    assert worker.alive
