"""Shell dialogs: remembered geometry, preferences, restore from backup."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QDateTime, QLocale, QSettings, QTime
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot
from sqlmodel import select

from cdmo_desktop.domain import clock
from cdmo_desktop.domain.models import Client
from cdmo_desktop.gui import settings as keys
from cdmo_desktop.gui.context import AppContext
from cdmo_desktop.gui.dialogs import restore
from cdmo_desktop.gui.dialogs.base import RememberedGeometryDialog
from cdmo_desktop.gui.dialogs.preferences import PreferencesDialog
from cdmo_desktop.gui.dialogs.restore import RestoreBackupDialog
from cdmo_desktop.gui.main_window import MainWindow
from cdmo_desktop.store import Store
from cdmo_desktop.store.backup import list_backups

pytestmark = pytest.mark.gui
GERMAN = QLocale(QLocale.Language.German, QLocale.Country.Germany)


class _Sized(RememberedGeometryDialog):
    pass


def test_dialog_reopens_at_the_size_it_was_left(settings: QSettings, qtbot: QtBot) -> None:
    first = _Sized(settings=settings)
    qtbot.addWidget(first)
    first.show()
    first.resize(431, 277)
    first.accept()
    assert settings.contains("dialogs/_Sized/geometry")
    second = _Sized(settings=settings)
    qtbot.addWidget(second)
    second.show()
    assert (second.width(), second.height()) == (431, 277)


def test_preferences_need_a_name_and_cancel_changes_nothing(
    settings: QSettings,
    store: Store,
    qtbot: QtBot,
) -> None:
    dialog = PreferencesDialog(settings, store.path)
    qtbot.addWidget(dialog)
    ok = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    assert dialog.ui.nameEdit.text() == "Test Consultant" and ok.isEnabled()
    assert str(store.path) in dialog.ui.databasePath.text()
    dialog.ui.nameEdit.setText("   ")
    assert not ok.isEnabled() and not dialog.ui.nameError.isHidden()
    dialog.accept()
    assert keys.get(settings, keys.CONSULTANT_NAME) == "Test Consultant"
    dialog.ui.nameEdit.setText("Morgan Ellis")
    dialog.reject()
    assert keys.get(settings, keys.CONSULTANT_NAME) == "Test Consultant"
    dialog.ui.nameEdit.setText("Morgan Ellis")
    dialog.accept()
    assert keys.get(settings, keys.CONSULTANT_NAME) == "Morgan Ellis"


def test_preferences_choose_the_language_for_the_next_start(
    settings: QSettings, qtbot: QtBot
) -> None:
    from cdmo_desktop.gui import i18n

    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    combo = dialog.ui.languageCombo
    assert [combo.itemData(i) for i in range(combo.count())] == ["", "en", "de"]
    assert combo.itemText(2) == "Deutsch" and combo.currentData() == ""
    assert "next start" in dialog.ui.languageHint.text()
    combo.setCurrentIndex(combo.findData("de"))
    dialog.reject()
    assert keys.get(settings, keys.LANGUAGE) == ""
    combo.setCurrentIndex(combo.findData("de"))
    dialog.accept()
    assert keys.get(settings, keys.LANGUAGE) == "de" and i18n.wanted(settings) == "de"
    again = PreferencesDialog(settings)
    qtbot.addWidget(again)
    assert again.ui.languageCombo.currentText() == "Deutsch"


def test_new_name_is_written_to_the_change_log(
    ctx: AppContext,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from cdmo_desktop.domain.models import ChangeLog

    window = MainWindow(ctx)
    qtbot.addWidget(window)

    def fake_exec(self: PreferencesDialog) -> int:
        self.ui.nameEdit.setText("Priya Raman")
        self.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PreferencesDialog, "exec", fake_exec)
    window.database.preferences_action.trigger()
    with ctx.store.session() as s:
        client = Client(name="Corvane Bio")
        s.add(client)
    with ctx.store.read() as s:
        users = {c.user for c in s.exec(select(ChangeLog).where(ChangeLog.row_id == client.id))}
    assert users == {"Priya Raman"}


def test_restore_lists_backups_newest_first(store: Store, qtbot: QtBot) -> None:
    store.backup(reason="manual")
    store.backup(reason="daily")
    dialog = RestoreBackupDialog(store.path)
    qtbot.addWidget(dialog)
    tree = dialog.ui.backupTree
    assert tree.topLevelItemCount() == len(list_backups(store.path)) >= 2
    first, second = tree.topLevelItem(0), tree.topLevelItem(1)
    assert first is not None and second is not None
    assert first.text(1) == "Daily, automatic"
    assert second.text(1) == "Backup now"
    assert dialog.restore_button.isEnabled()
    dialog.accept()
    assert dialog.selected == list_backups(store.path)[0]


def test_restore_brings_back_the_backup_and_keeps_a_safety_copy(
    ctx: AppContext,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    with ctx.store.session() as s:
        s.add(Client(name="Aurelis Therapeutics"))
    ctx.store.backup(reason="manual")
    with ctx.store.session() as s:
        s.add(Client(name="Added after the backup"))

    def pick_newest(self: RestoreBackupDialog) -> int:
        self.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(RestoreBackupDialog, "exec", pick_newest)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    path = ctx.store.path
    window.database.restore_action.trigger()
    assert ctx.store.path == path
    with ctx.store.read() as s:
        names = sorted(c.name for c in s.exec(select(Client)))
    assert names == ["Aurelis Therapeutics"]
    reasons = [b.reason for b in list_backups(path)]
    assert "pre-restore" in reasons
    assert "Restored" in window.statusBar().currentMessage()
    assert window.stack.currentWidget() is window.screen_pages["portfolio"]


def test_restore_cancelled_changes_nothing(
    ctx: AppContext,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    ctx.store.backup(reason="manual")
    monkeypatch.setattr(RestoreBackupDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    store_before = ctx.store
    window.database.restore_action.trigger()
    assert ctx.store is store_before
    assert [b.reason for b in list_backups(ctx.store.path)] == ["manual"]


@pytest.fixture
def german_default(qapp: QApplication) -> Iterator[None]:
    """The app's default locale set to German for one test."""
    previous = QLocale()
    QLocale.setDefault(GERMAN)
    yield
    QLocale.setDefault(previous)


def test_backups_are_listed_in_the_locales_notation(
    german_default: None, store: Store, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Under German the backup list shows "2. Dez. 2026 14:05:33" and "1,5 MB", and the
    restore question names the backup the same way."""
    store.backup(reason="manual")
    dialog = RestoreBackupDialog(store.path)
    qtbot.addWidget(dialog)
    (info,) = list_backups(store.path)
    item = dialog.ui.backupTree.topLevelItem(0)
    assert item is not None
    taken = QDateTime(
        QDate(info.taken_at.year, info.taken_at.month, info.taken_at.day),
        QTime(info.taken_at.hour, info.taken_at.minute, info.taken_at.second),
    )
    assert item.text(0) == GERMAN.toString(taken, "d. MMM yyyy HH:mm:ss")
    assert item.text(1) == "Backup now"
    assert item.text(2) == restore.size_label(info.size)  # the size's notation, below
    assert restore.size_label(20_480) == "20 KB"
    assert restore.size_label(1_572_864) == "1,5 MB"
    assert restore.size_label(12_345_678_901) == "11.773,8 MB"


def test_the_saved_time_follows_the_locale(
    german_default: None, ctx: AppContext, qtbot: QtBot
) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    with clock.frozen(datetime(2026, 12, 2, 16, 5)):
        ctx.saved.emit()
    assert window.saved_label.text() == "Saved 16:05"
