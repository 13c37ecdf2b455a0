"""The main window on a team server: titled after the server, another user's edit shows
on the open screen, a risk edited in the window lands on the server; at start-up an
unreachable server offers its local copy read-only."""

from __future__ import annotations

import shutil
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox
from sqlmodel import select

from cdmo_desktop.domain import clock
from cdmo_desktop.domain.models import ChangeLog, Engagement, Risk
from cdmo_desktop.gui import first_database, team
from cdmo_desktop.gui import settings as keys
from cdmo_desktop.gui.context import AppContext
from cdmo_desktop.gui.main_window import MainWindow
from cdmo_desktop.gui.risks.risk_form import RiskForm
from cdmo_desktop.store import Store, open_store
from cdmo_desktop.store.engagement_edits import edit_engagement
from tests.conftest import DEMO_TODAY

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def _demo_day() -> Iterator[None]:
    with clock.frozen(DEMO_TODAY):
        yield


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


# --- offline at start-up (no server needed) -------------------------------------------------
@pytest.fixture
def local_copy(demo_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A local copy of the unreachable server in the (temporary) data folder."""
    monkeypatch.setattr("cdmo_desktop.store.paths.user_data_dir", lambda: tmp_path / "data")
    port = _closed_port()
    copy = tmp_path / "data" / "servers" / f"127.0.0.1-{port}-desk-dana.sqlite"
    copy.parent.mkdir(parents=True)
    shutil.copy(demo_store.backup(tmp_path / "b"), copy)
    return copy


def test_an_unreachable_server_at_start_offers_the_local_copy_read_only(
    qtbot: Any, settings: QSettings, local_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    port = local_copy.stem.split("-")[1]
    url = f"postgresql://dana:s3cret@127.0.0.1:{port}/desk"
    shown: list[tuple[str, str]] = []

    def answer(box: QMessageBox) -> int:
        shown.append((box.text(), box.informativeText()))
        box.defaultButton().click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    opened = first_database.open_initial_database(settings, url)

    assert opened is not None and opened.store is not None
    try:
        assert opened.store.read_only and not opened.remember
        assert "local copy of desk on 127.0.0.1" in opened.store.read_only_reason
        ((text, offer),) = shown
        assert "cannot be reached" in text and "connection refused" in text
        assert "s3cret" not in text + offer and "Traceback" not in text
        assert "read-only" in offer

        ctx = AppContext(opened.store, settings)
        window = MainWindow(ctx, remember_database=False)
        qtbot.addWidget(window)
        assert window.read_only_banner.isVisibleTo(window)
        assert "(read-only)" in window.windowTitle()
    finally:
        opened.store.close()


def test_declining_the_copy_leads_to_the_connect_dialog_then_the_local_file(
    settings: QSettings, local_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cdmo_desktop.gui.dialogs.connect_server import ConnectServerDialog

    port = local_copy.stem.split("-")[1]
    keys.set(settings, keys.LAST_DATABASE, f"postgresql://dana@127.0.0.1:{port}/desk")
    monkeypatch.setattr(team, "ask_open_local_copy", lambda *a: False)
    said: list[str] = []

    def cancel(dialog: ConnectServerDialog) -> int:
        said.append(dialog.result_label.text())
        return 0

    monkeypatch.setattr(ConnectServerDialog, "exec", cancel)
    monkeypatch.setattr(first_database, "open_local_database", lambda *a, **k: "the local file")

    assert first_database.open_initial_database(settings) == "the local file"
    assert "cannot be reached" in said[0]


# --- on a PostgreSQL server ------------------------------------------------------------------
@pytest.fixture
def server_ctx(pg_demo_url: str, settings: QSettings) -> Iterator[AppContext]:
    store = open_store(pg_demo_url)
    ctx = AppContext(store, settings)
    yield ctx
    ctx.undo_stack.clear()
    ctx.store.close()


@pytest.fixture
def window(
    qtbot: Any, server_ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[MainWindow]:
    monkeypatch.setattr("cdmo_desktop.store.paths.user_data_dir", lambda: tmp_path / "data")
    w = MainWindow(server_ctx)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    yield w
    w.live.stop()


def _shows(page: Any, text: str) -> bool:
    model = page.model
    return any(text in str(model.index(i, 0).data()) for i in range(model.rowCount()))


def test_the_window_on_a_server_is_titled_after_it_and_follows_others(
    qtbot: Any, window: MainWindow, server_ctx: AppContext, pg_demo_url: str
) -> None:
    store = server_ctx.store
    assert store.server is not None
    assert window.windowTitle() == store.location == store.server.display
    assert window.db_label.text() == f"Team server: {store.server.display}"
    assert keys.get(server_ctx.settings, keys.LAST_DATABASE) == store.server.redacted
    assert window.live.running
    qtbot.waitUntil(lambda: window.live.cursor is not None, timeout=10000)

    page = window.show_screen("portfolio")
    with store.read() as s:
        engagement = s.exec(select(Engagement).order_by(Engagement.title)).first()
    assert engagement is not None and _shows(page, engagement.title)
    assert not _shows(page, "Renamed by Dana")
    # Another session, here under the same server login: still another user's change.
    other = open_store(pg_demo_url)
    try:
        edit_engagement(other, engagement.id, {"title": "Renamed by Dana"})
    finally:
        other.close()
    qtbot.waitUntil(lambda: _shows(page, "Renamed by Dana"), timeout=10000)
    assert window.statusBar().currentMessage() == f"Updated with changes by {other.user}"


def test_a_risk_edited_in_the_window_lands_on_the_server(
    qtbot: Any, window: MainWindow, server_ctx: AppContext, pg_demo_url: str
) -> None:
    """Through the risk form (the register's counts need the portable queries of the
    second wave on PostgreSQL: it reads the SQLite tally tables)."""
    with server_ctx.store.read() as s:
        risk = s.exec(select(Risk).order_by(Risk.title)).first()
    assert risk is not None
    form = RiskForm(server_ctx, window, today=lambda: DEMO_TODAY)
    assert form.load(risk.id)
    form.ui.titleEdit.setText("Sterile filter supply for the Q3 campaign")
    assert form.is_dirty()
    assert form.save()
    assert window.saved_label.text().startswith("Saved")

    other = open_store(pg_demo_url, user="dana")
    try:
        with other.read() as s:
            saved = s.get(Risk, risk.id)
            assert saved is not None and saved.title == "Sterile filter supply for the Q3 campaign"
            entry = s.exec(
                select(ChangeLog).where(ChangeLog.row_id == risk.id, ChangeLog.field == "title")
            ).one()
        assert entry.user == server_ctx.store.user  # the server's authenticated user
    finally:
        other.close()


def test_connecting_keeps_a_local_copy_that_opens_offline(
    window: MainWindow, server_ctx: AppContext
) -> None:
    pytest.importorskip("cdmo_desktop.store.transfer")  # pg-copy's copy between databases
    job = window.local_copy_job
    assert job is not None and job.wait(120)
    url = server_ctx.store.server
    assert url is not None
    copy = team.local_copy(url)
    assert copy is not None

    with team.open_local_copy(copy, url) as offline:
        assert offline.read_only
        with offline.read() as s, server_ctx.store.read() as live:
            assert len(s.exec(select(Risk.id)).all()) == len(live.exec(select(Risk.id)).all())
