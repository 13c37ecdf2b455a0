"""Qt fixtures: settings in a temporary folder, an AppContext over the test database."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication

from cdmo_desktop.gui import i18n
from cdmo_desktop.gui import settings as keys
from cdmo_desktop.gui.context import AppContext
from cdmo_desktop.store import Store
from tests.gui.read_only_support import protect, unprotect


@pytest.fixture
def settings(qapp: QApplication, tmp_path: Path) -> Iterator[QSettings]:
    s = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    keys.set(s, keys.CONSULTANT_NAME, "Test Consultant")
    yield s
    s.sync()


@pytest.fixture
def german(qapp: QApplication, settings: QSettings) -> Iterator[QSettings]:
    """The app's and Qt's German translators installed as at start (Preferences > Deutsch,
    then a restart); removed afterwards, with the default locale as it was."""
    before = QLocale()
    keys.set(settings, keys.LANGUAGE, "de")
    assert i18n.install(qapp, settings) == "de"
    try:
        yield settings
    finally:
        keys.set(settings, keys.LANGUAGE, "en")
        i18n.install(qapp, settings)  # removes the German translators again
        QLocale.setDefault(before)


@pytest.fixture
def ctx(store: Store, settings: QSettings) -> Iterator[AppContext]:
    c = AppContext(store, settings)
    yield c
    c.undo_stack.clear()
    _close_replacement(c, store)


@pytest.fixture
def demo_ctx(demo_store: Store, settings: QSettings) -> Iterator[AppContext]:
    c = AppContext(demo_store, settings)
    yield c
    c.undo_stack.clear()
    _close_replacement(c, demo_store)


def _close_replacement(ctx: AppContext, original: Store) -> None:
    """A test that swaps the database (New, Open, Restore) leaves the context on a store
    the fixtures did not open: close it, releasing its instance lock."""
    current = getattr(ctx, "store", None)
    if current is not None and current is not original:
        current.close()


@pytest.fixture(autouse=True)
def _jobs_finish_within_their_test() -> Iterator[None]:
    """A background job or PDF build never runs on into the next test."""
    yield
    from cdmo_desktop.gui.reports.pdf_process import wait_for_builds
    from cdmo_desktop.gui.workers import wait_for_jobs

    assert wait_for_jobs(timeout=60), "a background job did not finish"
    assert wait_for_builds(timeout=60), "a PDF build did not finish"


@pytest.fixture(autouse=True)
def _release_modifiers(qapp: QApplication) -> Iterator[None]:
    """qtbot.keyClick(..., ControlModifier) leaves Ctrl "held" in QGuiApplication's modifier
    state, which turns the next test's setCurrentIndex into a Ctrl+click (toggle). Release
    the modifiers after every test so tests cannot leak key state into each other."""
    yield
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QWidget

    sink = QWidget()
    for key in (Qt.Key.Key_Control, Qt.Key.Key_Shift, Qt.Key.Key_Alt, Qt.Key.Key_Meta):
        QTest.keyRelease(sink, key)
    sink.deleteLater()


@pytest.fixture(autouse=True)
def _english_as_the_app_starts(
    qapp: QApplication, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[None]:
    """The app installs its English catalogue at start (the plural forms of its %n texts:
    "1 risk", "2 risks"); every GUI test starts so, whatever a German test left behind."""
    from cdmo_desktop.gui import i18n

    # outside the test's own folder, which some tests list
    chosen = QSettings(
        str(tmp_path_factory.getbasetemp() / "language.ini"), QSettings.Format.IniFormat
    )
    keys.set(chosen, keys.LANGUAGE, "en")
    i18n.install(qapp, chosen)
    yield


@pytest.fixture(autouse=True, scope="session")
def _collect_on_the_gui_thread(qapp: QApplication) -> None:
    """As the app does (gui/gc_guard.py): a worker never frees a cycle of Qt objects."""
    from cdmo_desktop.gui import gc_guard

    gc_guard.install(qapp)


@pytest.fixture
def read_only_db(demo_template: Path, tmp_path: Path) -> Iterator[Path]:
    """A copy of the demo in a folder no one may write."""
    folder = tmp_path / "shared"
    folder.mkdir()
    path = folder / "desk.sqlite"
    shutil.copyfile(demo_template, path)
    protect(folder)
    yield path
    unprotect(folder)
