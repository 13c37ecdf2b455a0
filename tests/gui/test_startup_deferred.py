"""Paint first, load the ORM after, off the GUI thread: the window shows the Portfolio from
a read-only look at the file (any other start screen as a placeholder) and answers at
once, the store opens on a thread of its own after the first paint, and the file stays
locked all along."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from cdmo_desktop import APP_NAME, ORG_NAME
from cdmo_desktop.gui import app, database, first_database, gc_guard, pages, startup_probe
from cdmo_desktop.gui import settings as keys
from cdmo_desktop.gui.context import AppContext
from cdmo_desktop.gui.database import PendingStore, StoreOpener
from cdmo_desktop.gui.main_window import MainWindow
from cdmo_desktop.gui.pages import FailedPage
from cdmo_desktop.gui.portfolio import preview_reading
from cdmo_desktop.gui.portfolio.portfolio import PortfolioView
from cdmo_desktop.gui.portfolio.preview_reading import PreviewReading
from cdmo_desktop.gui.risks.risks import RisksView
from cdmo_desktop.gui.schedule import schedule, schedule_preview
from cdmo_desktop.gui.schedule import schedule_table as cols
from cdmo_desktop.gui.schedule.schedule import ScheduleView
from cdmo_desktop.gui.schedule.schedule_preview import SchedulePreview, pending_schedule
from cdmo_desktop.store import DatabaseLockedError, StoreError, open_store, probe, schedule_head
from cdmo_desktop.store import schedule as store_schedule
from cdmo_desktop.store.engine import connect_readonly
from cdmo_desktop.store.lock import InstanceLock
from cdmo_desktop.store.schedule_head import plan_from
from tests.conftest import _copy_db
from tests.gui.test_refusal_battery import _edit, _index_entry_changed, _roots

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def user_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    for var in ("XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME"):
        monkeypatch.setenv(var, str(home / var.lower()))
    monkeypatch.setenv("MPLCONFIGDIR", str(home / "mpl"))
    monkeypatch.delenv("CDMO_DESKTOP_DB", raising=False)
    return home


@pytest.fixture
def demo_file(demo_template: Path, tmp_path: Path) -> Path:
    """A closed copy of the demo portfolio."""
    path = tmp_path / "desk" / "demo.sqlite"
    path.parent.mkdir()
    _copy_db(demo_template, path)
    return path


@pytest.fixture
def pending(demo_file: Path) -> Iterator[PendingStore]:
    probed = database.probe_database(demo_file)
    assert probed is not None
    yield probed
    probed.release()


def _refused_elsewhere(path: Path) -> bool:
    try:
        open_store(path).close()
    except DatabaseLockedError:
        return True
    return False


def _figures(view: PortfolioView) -> list[object]:
    tiles = [(t.value.text(), t.detail.text()) for t in view.tiles.values()]
    rows = [view.model.index(r, c).data() for r in range(view.model.rowCount()) for c in (0, 3)]
    # The agenda's "KPI value missing" entries (and the KPI tile, not among `tiles`) are
    # read through the store only: they join once it is open.
    agenda = [
        view.agenda_model.index(r, 3).data()
        for r in range(view.agenda_model.rowCount())
        if view.agenda_model.row_at(r).kind != "kpi_missing"
    ]
    return [tiles, rows, agenda]


def test_an_up_to_date_database_is_probed_and_locked_not_opened(
    settings: QSettings, demo_file: Path
) -> None:
    before = demo_file.read_bytes()
    opened = first_database.open_initial_database(settings, db_path=demo_file, defer=True)
    assert opened is not None and opened.store is None and opened.pending is not None
    try:
        assert opened.path == demo_file.absolute()
        assert _refused_elsewhere(demo_file)  # locked from before the first paint
        assert demo_file.read_bytes() == before
    finally:
        opened.pending.release()
    assert not _refused_elsewhere(demo_file)


def test_a_new_or_empty_database_is_opened_in_full(settings: QSettings, tmp_path: Path) -> None:
    empty = tmp_path / "empty.sqlite"
    empty.touch()
    for path in (tmp_path / "new.sqlite", empty):
        opened = first_database.open_initial_database(settings, db_path=path, defer=True)
        assert opened is not None and opened.pending is None and opened.store is not None
        assert opened.store.path == path.absolute()
        opened.store.close()


def test_a_second_window_is_refused_while_the_store_is_pending(
    settings: QSettings, pending: PendingStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []

    def fake_exec(box: QMessageBox) -> int:
        shown.append(box.text())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    assert first_database.open_initial_database(settings, db_path=pending.path, defer=True) is None
    assert "already open" in shown[0]


def test_window_paints_the_portfolio_then_enables_everything_with_the_store(
    settings: QSettings, pending: PendingStore, qtbot: QtBot
) -> None:
    ctx = AppContext(None, settings, path=pending.path)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    view = window.stack.currentWidget()
    assert isinstance(view, PortfolioView) and not ctx.has_store
    assert view.model.rowCount() >= 4 and int(view.tiles["critical"].value.text()) > 0
    before = _figures(view)
    assert window.sidebar.isEnabled() and window.screen_actions["risks"].isEnabled()
    assert not window.database.open_action.isEnabled()
    assert not view.open_engagement_action.isEnabled() and not view.refresh_action.isEnabled()
    assert window.quit_action.isEnabled()
    assert str(pending.path) in window.db_label.text()
    with qtbot.assertNotEmitted(ctx.open_engagement_requested):
        view.open_current_engagement()  # nothing opens before the store is there
    window.show_screen("partners")  # the sidebar answers: a placeholder until the store
    assert isinstance(window.stack.currentWidget(), pages.PendingScreen)
    window.go_back()
    assert window.stack.currentWidget() is view

    refused: list[bool] = []
    opener = app.attach_in_background(ctx, pending, window, refused)
    with qtbot.waitSignal(ctx.store_ready, timeout=20000):
        opener.start()
    assert opener.wait(20) and not refused
    assert ctx.has_store and ctx.store.path == pending.path
    assert window.database.open_action.isEnabled()
    assert view.open_engagement_action.isEnabled() and view.refresh_action.isEnabled()
    assert _figures(view) == before  # the same picture, now live
    view.refresh()
    assert _figures(view) == before  # the ORM's session reads what the file showed
    assert _refused_elsewhere(pending.path)  # the store holds the lock it was handed
    assert not any(isinstance(p, pages.PendingScreen) for p in window.all_pages())
    window.show_screen("risks")
    assert window.current_screen().key == "risks"
    assert isinstance(window.stack.currentWidget(), RisksView)
    ctx.store.close()
    assert not _refused_elsewhere(pending.path)


def test_the_portfolio_paints_from_one_connection_to_the_file(
    settings: QSettings, pending: PendingStore, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each connection parses the whole schema first: the first paint's readings (totals,
    agenda, count, first page) share one, closed once the event loop turns; a reading on
    another thread opens its own."""
    opened: list[sqlite3.Connection] = []

    def counted(path: Path) -> sqlite3.Connection:
        conn = connect_readonly(path)
        opened.append(conn)
        return conn

    monkeypatch.setattr(preview_reading, "connect_readonly", counted)
    ctx = AppContext(None, settings, path=pending.path)
    view = PortfolioView(ctx)
    qtbot.addWidget(view)
    assert view.model.rowCount() >= 4 and view.agenda_model.rowCount() > 0
    assert int(view.tiles["critical"].value.text()) > 0
    assert len(opened) == 1
    qtbot.wait(10)
    with pytest.raises(sqlite3.ProgrammingError, match="closed"):
        opened[0].execute("SELECT 1")
    view.refresh()
    assert len(opened) == 2
    reading = PreviewReading(pending.path)
    partners = _count_partners(reading)  # its connection stays open until the loop turns
    assert len(opened) == 3
    on_a_worker: list[object] = []
    worker = threading.Thread(target=lambda: on_a_worker.append(_count_partners(reading)))
    worker.start()
    worker.join()
    assert on_a_worker == [partners] and len(opened) == 3  # not the GUI thread's connection


def _count_partners(reading: PreviewReading) -> object:
    with reading() as read:
        return read("SELECT count(*) FROM partner", {})[0][0]


def test_the_schedule_paints_its_plan_from_the_file_then_the_real_screen_takes_over(
    settings: QSettings, pending: PendingStore, qtbot: QtBot, tmp_path: Path
) -> None:
    ctx = AppContext(None, settings, path=pending.path)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    page = window.show_screen("schedule")
    assert isinstance(page, SchedulePreview) and not ctx.has_store
    window.show()
    qtbot.waitExposed(window)
    window.grab().save(str(tmp_path / "schedule-preview.png"))
    rows = page.model.rowCount()
    names = [page.model.index(r, cols.NAME).data() for r in range(rows)]
    assert rows > 10 and all(names)  # the plan's headings and items, from the file
    assert page.table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    assert not page.model.flags(page.model.index(1, cols.NAME)) & Qt.ItemFlag.ItemIsEditable

    bar = page.table.verticalScrollBar()
    bar.setValue(bar.maximum())  # the user scrolls while the store opens
    top = page.table.rowAt(0)
    assert top > 0

    opener = app.attach_in_background(ctx, pending, window, [])
    with qtbot.waitSignal(ctx.store_ready, timeout=20000):
        opener.start()
    assert opener.wait(20)
    view = window.stack.currentWidget()
    assert isinstance(view, ScheduleView)  # the real screen, editable once its plan is read
    assert view.table.rowAt(0) == top  # on the rows the user was looking at
    assert [view.model.index(r, cols.NAME).data() for r in range(rows)] == names
    assert not any(isinstance(p, pages.PendingScreen) for p in window.all_pages())
    ctx.store.close()


def test_a_schedule_start_reads_the_plans_head_once(
    settings: QSettings,
    pending: PendingStore,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The preview reads the head from the file; the real screen takes that plan instead
    of reading it again through the store (only the rest of the plan is read after)."""
    heads: list[int | None] = []

    def counted(run: Any, engagement_id: str | None, limit: int | None) -> Any:
        if limit is not None:
            heads.append(limit)
        return plan_from(run, engagement_id, limit)

    monkeypatch.setattr(schedule_head, "plan_from", counted)
    monkeypatch.setattr(store_schedule, "plan_from", counted)
    ctx = AppContext(None, settings, path=pending.path)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    preview = window.show_screen("schedule")
    assert isinstance(preview, SchedulePreview)
    window.show()
    qtbot.waitExposed(window)
    assert len(heads) == 1
    opener = app.attach_in_background(ctx, pending, window, [])
    with qtbot.waitSignal(ctx.store_ready, timeout=20000):
        opener.start()
    assert opener.wait(20)
    view = window.stack.currentWidget()
    assert isinstance(view, ScheduleView)
    assert len(heads) == 1  # not read a second time when the store arrived
    assert view.doc.plan is preview.plan
    qtbot.waitUntil(lambda: view.doc.complete, timeout=20000)  # the rest, read after
    assert len(heads) == 1
    ctx.store.close()


def test_a_file_the_schedule_cannot_read_first_gets_the_plain_placeholder(
    settings: QSettings, tmp_path: Path, qtbot: QtBot
) -> None:
    """An encrypted (or damaged) file cannot be read without the store: the placeholder
    stands in, and opening the store says what is wrong, if anything."""
    garbled = tmp_path / "garbled.sqlite"
    garbled.write_bytes(b"not a database" * 512)
    page = pending_schedule(pages.SCREEN_BY_KEY["schedule"], garbled, settings)
    qtbot.addWidget(page)
    assert type(page) is pages.PendingScreen


def test_a_refusal_after_the_first_paint_is_explained_and_unlocks(
    settings: QSettings, pending: PendingStore, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(p: PendingStore, _user: str) -> None:
        p.release()
        raise StoreError("cannot be opened (no space left on the disk)", p.path)

    shown: list[str] = []
    monkeypatch.setattr(database, "open_pending", refuse)
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: shown.append(text))
    ctx = AppContext(None, settings, path=pending.path)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    refused: list[bool] = []
    opener = app.attach_in_background(ctx, pending, window, refused)
    opener.start()
    qtbot.waitUntil(lambda: refused == [True], timeout=20000)
    assert "no space left" in shown[0] and "has not been changed" in shown[0]
    assert not window.isVisible() and not ctx.has_store
    assert not _refused_elsewhere(pending.path)


@pytest.mark.parametrize("screen", ["portfolio", "schedule"])
def test_damage_only_the_full_check_finds_is_refused_right_after_the_first_paint(
    settings: QSettings,
    demo_file: Path,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
    screen: str,
) -> None:
    """The probe before the paint runs SQLite's quick_check; the full check of a small file
    follows the paint, before the store opens (on the Schedule too, whose store waits for
    the first input): an index that no longer matches its table is refused with the
    probe's sentence, the window closes, the lock is released and the file is unchanged."""
    _, root = _roots(demo_file, "index", 0x0A)[0]
    (demo_file.parent / "damaged").mkdir()
    damaged = _edit(_index_entry_changed(root))(demo_file.parent / "damaged", demo_file)
    before = damaged.read_bytes()
    with pytest.raises(StoreError, match=r"is damaged \("):
        probe.probe(damaged, full=True)  # what refused it before the paint
    keys.set(settings, keys.MAIN_SCREEN, screen)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: shown.append(text))
    seen: dict[str, object] = {}

    def fake_exec(_app: QApplication) -> int:
        window = next(
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        )
        seen["painted"] = not window.ctx.has_store
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=20000)
        seen["store"] = window.ctx.has_store
        return 0

    monkeypatch.setattr(app, "execute", fake_exec)
    assert app.run(damaged, False, settings=settings) == 1
    assert seen == {"painted": True, "store": False}
    assert len(shown) == 1 and "is damaged (" in shown[0] and "not been changed" in shown[0]
    assert damaged.read_bytes() == before
    lock = InstanceLock(damaged)
    lock.acquire()  # released: no other instance holds it
    lock.release()


def test_a_small_file_is_fully_checked_after_the_paint_before_its_store_opens(
    settings: QSettings, pending: PendingStore, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Before the paint only the quick_check ran; the opener's thread runs the full check,
    then waits for `start` (the Schedule's first input), and the store it opens counts as
    fully checked (no second check in the background)."""
    assert pending.check_due and not pending.integrity_checked
    checked: list[Path] = []
    full_check = probe.full_check

    def counted(path: Path, *, immutable: bool = False) -> str:
        checked.append(path)
        return full_check(path, immutable=immutable)

    monkeypatch.setattr(probe, "full_check", counted)
    ctx = AppContext(None, settings, path=pending.path)
    opener = StoreOpener(pending, settings)
    opener.opened.connect(ctx.attach_store)
    opener.check()
    qtbot.waitUntil(lambda: not pending.check_due, timeout=20000)
    qtbot.wait(100)
    assert checked == [pending.path] and not opener.opening and opener.store is None
    with qtbot.waitSignal(ctx.store_ready, timeout=20000):
        opener.start()
    assert opener.wait(20) and ctx.store.integrity_checked and checked == [pending.path]
    ctx.store.close()


def test_run_attaches_the_store_right_after_the_first_paint(
    settings: QSettings,
    demo_file: Path,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
    qapp: QApplication,
) -> None:
    """The store opens right after the first paint, and no cyclic garbage collection runs
    before that paint (the collector's timer starts after it)."""
    seen: dict[str, object] = {}

    def fake_exec(_app: QApplication) -> int:
        window = next(
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        )
        seen["before"] = window.ctx.has_store
        collector = gc_guard.install(_app)
        seen["no collection before the paint"] = not collector.timer.isActive()
        qtbot.waitUntil(lambda: window.ctx.has_store, timeout=10000)
        seen["collecting after it"] = collector.timer.isActive()
        seen["locked"] = _refused_elsewhere(demo_file)
        seen["sidebar"] = window.sidebar.isEnabled()
        window.close()
        return 0

    monkeypatch.setattr(app, "execute", fake_exec)
    assert app.run(demo_file, False, settings=settings) == 0
    assert seen == {
        "before": False,
        "no collection before the paint": True,
        "collecting after it": True,
        "locked": True,
        "sidebar": True,
    }
    assert gc_guard.install(qapp).timer.isActive()
    assert not _refused_elsewhere(demo_file)  # closed and unlocked at the end


@pytest.mark.parametrize("screen", ["risks", "partners"])
def test_run_paints_any_start_screen_before_the_store_then_fills_it(
    settings: QSettings, demo_file: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, screen: str
) -> None:
    """The screen the user left last paints from the fast path too: a light placeholder
    while the store opens, the real screen in its place once it is there."""
    keys.set(settings, keys.MAIN_SCREEN, screen)
    seen: dict[str, object] = {}

    def fake_exec(_app: QApplication) -> int:
        window = next(
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        )
        first = window.stack.currentWidget()
        seen["placeholder"] = isinstance(first, pages.PendingScreen) and not window.ctx.has_store
        qtbot.waitUntil(lambda: window.ctx.has_store, timeout=20000)
        page = window.stack.currentWidget()
        seen["filled"] = not isinstance(page, pages.PendingScreen | FailedPage)
        current = window.current_screen()
        seen["screen"] = current.key if current is not None else None
        seen["back"] = window.back_action.isEnabled()  # no way back to the placeholder
        window.close()
        return 0

    monkeypatch.setattr(app, "execute", fake_exec)
    assert app.run(demo_file, False, settings=settings) == 0
    assert seen == {"placeholder": True, "filled": True, "screen": screen, "back": False}


def _schedule_start() -> tuple[MainWindow, SchedulePreview]:
    """The window a Schedule start shows, and its preview of the plan."""
    window = next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
    )
    preview = window.stack.currentWidget()
    assert isinstance(preview, SchedulePreview)
    return window, preview


def test_a_schedule_start_shows_the_whole_plan_and_opens_the_store_on_the_first_input(
    settings: QSettings, demo_file: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    """The Schedule's preview reads the rest of the plan from the file after the first
    paint, so the whole plan shows without the store; the ORM and the store wait for the
    user's first input (an app left on show goes idle), and that input brings the real,
    editable screen with the same rows. The file stays locked all along."""
    for module in (schedule_preview, schedule):  # the demo's plan: more than its head
        monkeypatch.setattr(module, "HEAD_ROWS", 12)
    keys.set(settings, keys.MAIN_SCREEN, "schedule")
    seen: dict[str, object] = {}

    def fake_exec(_app: QApplication) -> int:
        window, preview = _schedule_start()
        head_rows = preview.model.rowCount()
        seen["head"] = head_rows <= 12 + len(preview.doc.plan.engagements)
        qtbot.waitUntil(lambda: preview.doc.complete, timeout=20000)
        rows = preview.model.rowCount()
        names = [preview.model.index(r, cols.NAME).data() for r in range(rows)]
        qtbot.wait(300)  # idle: nothing loads the store on its own
        opener = window.findChild(StoreOpener)
        assert opener is not None
        seen["idle"] = not opener.opening and opener.store is None and not window.ctx.has_store
        seen["locked"] = _refused_elsewhere(demo_file)
        seen["title"] = preview.label is not None and "Opening" not in preview.label.text()
        past_head = preview.model.index(head_rows + 5, cols.NAME)
        preview.table.scrollTo(past_head, QAbstractItemView.ScrollHint.PositionAtTop)
        top = preview.table.rowAt(0)  # the user scrolled past the head (no input event)
        qtbot.keyClick(preview.table, Qt.Key.Key_F35)  # the user's first input
        qtbot.waitUntil(lambda: window.ctx.has_store, timeout=20000)
        view = window.stack.currentWidget()
        seen["real"] = isinstance(view, ScheduleView)
        assert isinstance(view, ScheduleView)
        qtbot.waitUntil(lambda: view.doc.complete, timeout=20000)
        seen["on the rows shown"] = view.table.rowAt(0) == top > head_rows
        seen["rows"] = [view.model.index(r, cols.NAME).data() for r in range(rows)] == names
        seen["more than the head"] = rows > 12 + len(view.doc.plan.engagements)
        window.close()
        return 0

    monkeypatch.setattr(app, "execute", fake_exec)
    assert app.run(demo_file, False, settings=settings) == 0
    assert seen == {
        "head": True,
        "idle": True,
        "locked": True,
        "title": True,
        "real": True,
        "on the rows shown": True,
        "rows": True,
        "more than the head": True,
    }
    assert not _refused_elsewhere(demo_file)  # closed and unlocked at the end


def test_closing_before_the_store_is_attached_closes_it_and_unlocks(
    settings: QSettings, demo_file: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    def fake_exec(_app: QApplication) -> int:
        window = next(
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        )
        qtbot.waitUntil(lambda: window.findChild(StoreOpener) is not None)
        opener = window.findChild(StoreOpener)
        assert opener is not None
        qtbot.waitUntil(lambda: opener._thread.ident is not None, timeout=20000)
        window.close()  # before the opened store reaches the window
        return 0

    monkeypatch.setattr(app, "execute", fake_exec)
    assert app.run(demo_file, False, settings=settings) == 0
    assert not _refused_elsewhere(demo_file)


@pytest.mark.parametrize("screen", ["portfolio", "risks", "partners", "schedule"])
def test_first_paint_happens_before_the_orm_is_imported(
    demo_file: Path, tmp_path: Path, user_dirs: Path, screen: str
) -> None:
    """The real app in a process of its own, started on the screen the user left last: at
    its first paint neither SQLAlchemy nor SQLModel nor the tables (nor matplotlib,
    reportlab, alembic) are loaded; a key pressed after the paint is answered, and the
    store follows."""
    config = user_dirs / "xdg_config_home" / ORG_NAME / f"{APP_NAME}.ini"
    config.parent.mkdir(parents=True)
    config.write_text(f"[main_window]\nscreen={screen}\n", encoding="utf-8")
    modules = tmp_path / "modules.txt"
    env = {
        **os.environ,
        startup_probe.ENV_EXIT_AFTER_PAINT: "1",
        startup_probe.ENV_MODULES: str(modules),
        "QT_QPA_PLATFORM": "offscreen",
        startup_probe.ENV_GRAB: str(tmp_path / f"first-paint-{screen}.png"),
    }
    out = subprocess.run(
        [sys.executable, "-m", "cdmo_desktop", "--db", str(demo_file)],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        check=True,
    ).stdout
    stamps = dict(line.split() for line in out.splitlines() if line.startswith("cdmo-desktop-"))
    painted = float(stamps[startup_probe.PAINT_MARKER])
    assert float(stamps[startup_probe.READY_MARKER]) >= painted
    assert float(stamps[startup_probe.INPUT_MARKER]) >= painted
    loaded = set(modules.read_text(encoding="utf-8").split())
    assert "cdmo_desktop.gui.portfolio.portfolio" in loaded or screen != "portfolio"
    # The Schedule paints its plan's head from the file (the preview), not a placeholder.
    assert "cdmo_desktop.store.schedule_head" in loaded or screen != "schedule"
    heavy = {"sqlalchemy", "sqlmodel", "cdmo_desktop.domain.models", "alembic"}
    heavy |= {"matplotlib", "reportlab", "cdmo_desktop.store.store"}
    heavy |= {"PySide6.QtNetwork"}  # the single-instance socket listens after the paint
    # The Portfolio's agenda needs a risk's code and a reassessment's title, not the rules.
    heavy |= {"cdmo_desktop.domain.risk_review", "cdmo_desktop.domain.reassessment"}
    heavy |= {"cdmo_desktop.gui.help"}  # the manual's window: with F1, not the Help menu
    assert heavy.isdisjoint(loaded), heavy & loaded
    settings = QSettings(str(config), QSettings.Format.IniFormat)
    assert settings.value("main_window/screen") == screen  # the app started there


def test_the_tables_do_not_load_the_postgresql_dialect() -> None:
    """Loading the app and every table class on a SQLite start leaves SQLAlchemy's
    PostgreSQL dialect out (it cost 70-90 ms on the GUI thread)."""
    code = (
        "import sys, cdmo_desktop.gui.app, cdmo_desktop.domain.models, "
        "cdmo_desktop.store.store; "
        "print('sqlalchemy.dialects.postgresql' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    ).stdout
    assert out.strip() == "False"


@pytest.mark.parametrize("gesture", ["double-click", "F2", "F2 on a plan past its head"])
def test_an_edit_asked_on_the_schedule_preview_opens_in_the_real_screen(
    settings: QSettings,
    demo_file: Path,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
    gesture: str,
) -> None:
    """The user's first input on a Schedule start is often an edit: a double-click on a
    task's name, or F2. It brings the store; the real screen then opens that cell's editor
    instead of dropping the gesture, which had to be made again once the editable screen
    was in place. On a plan longer than its head the editor waits for the whole plan
    (edits of half a plan are refused)."""
    if gesture.endswith("head"):
        for module in (schedule_preview, schedule):
            monkeypatch.setattr(module, "HEAD_ROWS", 12)
    keys.set(settings, keys.MAIN_SCREEN, "schedule")
    seen: dict[str, object] = {}

    def fake_exec(_app: QApplication) -> int:
        window, preview = _schedule_start()
        qtbot.waitUntil(lambda: preview.doc.complete, timeout=20000)
        row = next(
            r for r in range(preview.model.rowCount()) if preview.doc.item_at_row(r) is not None
        )
        item = preview.doc.item_at_row(row)
        assert item is not None
        index = preview.model.index(row, cols.NAME)
        if gesture == "double-click":
            where = preview.table.visualRect(index).center()
            # A double-click as a mouse makes it: a click, then QTest's press and double-click.
            qtbot.mouseClick(preview.table.viewport(), Qt.MouseButton.LeftButton, pos=where)
            qtbot.mouseDClick(preview.table.viewport(), Qt.MouseButton.LeftButton, pos=where)
        else:
            preview.table.setFocus()
            preview.table.setCurrentIndex(index)
            qtbot.keyClick(preview.table, Qt.Key.Key_F2)
        qtbot.waitUntil(lambda: window.ctx.has_store, timeout=20000)
        view = window.stack.currentWidget()
        assert isinstance(view, ScheduleView)
        seen["waited"] = view.loading and view.table.state() != QAbstractItemView.State.EditingState
        qtbot.waitUntil(lambda: view.table.state() == QAbstractItemView.State.EditingState)
        seen["whole plan"] = not view.loading
        current = view.table.currentIndex()
        edited = view.doc.item_at_row(current.row())
        seen["cell"] = (edited.id if edited else None, current.column()) == (item.id, cols.NAME)
        view.table.closePersistentEditor(current)
        window.close()
        return 0

    monkeypatch.setattr(app, "execute", fake_exec)
    assert app.run(demo_file, False, settings=settings) == 0
    assert seen["cell"] is True and seen["whole plan"] is True
    assert seen["waited"] is gesture.endswith("head")
