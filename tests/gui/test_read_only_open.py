"""A file or folder the user may not write opens read-only, clearly marked, with nothing
created beside it; a big file whose full integrity check (run in the background after
opening) finds damage turns read-only the same way."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from cdmo_desktop.cli import main
from cdmo_desktop.domain.enums import PartnerKind
from cdmo_desktop.store import Store, open_store, probe
from cdmo_desktop.store.errors import WriteRefused
from cdmo_desktop.store.partner_edits import create_partner
from tests.gui.read_only_support import shown_window as _window
from tests.gui.test_refusal_battery import (
    _edit,
    _index_entry_changed,
    _roots,
    _state,
)

pytestmark = pytest.mark.gui


def _a_partner(store: Store) -> None:
    create_partner(store, "p-acme-fill", {"name": "Acme Fill", "kind": PartnerKind.CDMO})


def test_a_read_only_folder_opens_read_only_marked_and_refuses_edits_in_a_sentence(
    read_only_db: Path, settings: QSettings, qtbot: QtBot, tmp_path: Path
) -> None:
    before = _state(read_only_db.parent)
    store = open_store(read_only_db, user="Test Consultant", daily_backup=True)
    try:
        window = _window(qtbot, store, settings)
        assert window.windowTitle() == "desk.sqlite (read-only)"
        assert window.read_only_banner.isVisible()
        assert "folder is read-only" in window.read_only_banner.text()
        window.grab().save(str(tmp_path / "read-only.png"))
        with pytest.raises(WriteRefused, match="open read-only") as refused:
            _a_partner(store)
        assert "readonly database" not in str(refused.value)
        with store.read() as s:  # reading works
            assert s.connection().exec_driver_sql("SELECT count(*) FROM partner").scalar()
        window.close()
    finally:
        store.close()
    assert _state(read_only_db.parent) == before  # no lock, -wal, -shm or backups/


def test_backup_of_a_read_only_file_needs_another_folder(
    read_only_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _state(read_only_db.parent)
    assert main(["backup", "--db", str(read_only_db)]) == 2
    assert "--to" in capsys.readouterr().err
    assert main(["backup", "--db", str(read_only_db), "--to", str(tmp_path / "copies")]) == 0
    assert _state(read_only_db.parent) == before
    assert main(["check", "--db", str(read_only_db)]) == 0
    assert "read-only: its folder is read-only" in capsys.readouterr().out


def test_damage_found_by_the_background_full_check_turns_the_window_read_only(
    demo_template: Path,
    tmp_path: Path,
    settings: QSettings,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    name, root = _roots(demo_template, "index", 0x0A)[0]
    path = _edit(_index_entry_changed(root))(tmp_path, demo_template)
    monkeypatch.setattr(probe, "FULL_CHECK_BELOW", 0)  # as if it were a big file
    found = probe.probe(path)
    assert found.revision is not None and not found.fully_checked  # quick_check passes
    store = open_store(path, user="Test Consultant")
    try:
        window = _window(qtbot, store, settings)
        qtbot.waitUntil(lambda: window.windowTitle().endswith("(read-only)"), timeout=20000)
        assert "damaged" in window.read_only_banner.text() and name in store.read_only_reason
        with pytest.raises(WriteRefused, match="open read-only"):
            _a_partner(store)
        window.close()
    finally:
        store.close()


def test_an_undamaged_big_file_stays_writable_after_its_background_check(
    demo_template: Path,
    tmp_path: Path,
    settings: QSettings,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = tmp_path / "desk.sqlite"
    shutil.copyfile(demo_template, path)
    monkeypatch.setattr(probe, "FULL_CHECK_BELOW", 0)
    store = open_store(path, user="Test Consultant")
    try:
        assert not store.integrity_checked
        window = _window(qtbot, store, settings)
        qtbot.waitUntil(lambda: store.integrity_checked, timeout=5000)
        from cdmo_desktop.gui.workers import wait_for_jobs

        assert wait_for_jobs(timeout=30)
        qtbot.wait(50)
        assert not store.read_only and window.windowTitle() == "desk.sqlite"
        _a_partner(store)
        window.close()
    finally:
        store.close()
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT count(*) FROM partner WHERE name='Acme Fill'").fetchone() == (1,)
    conn.close()
    assert os.path.exists(path)
