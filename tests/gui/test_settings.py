"""The settings registry: typed keys that come back as their type from an INI file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QApplication

from cdmo_desktop.gui import settings as keys

pytestmark = pytest.mark.gui

FLAG = keys.Setting("test/flag", bool, False)
COUNT = keys.Setting("test/count", int, 3)
ZOOM = keys.Setting("test/zoom", float, 1.5)
NAME = keys.Setting("test/name", str, "")
BLOB = keys.Setting("test/blob", QByteArray, QByteArray())


def _fresh(path: Path) -> QSettings:
    """A QSettings over a file no other object in this process has read (no cache)."""
    return QSettings(str(path), QSettings.Format.IniFormat)


def test_values_typed_in_an_ini_file_come_back_typed(qapp: QApplication, tmp_path: Path) -> None:
    path = tmp_path / "hand.ini"
    path.write_text("[test]\nflag=false\ncount=12\nzoom=2.5\nname=Dana\n", encoding="utf-8")
    s = _fresh(path)
    assert s.value("test/flag") == "false"  # what an untyped read gives: a truthy string
    assert keys.get(s, FLAG) is False
    assert keys.get(s, COUNT) == 12 and type(keys.get(s, COUNT)) is int
    assert keys.get(s, ZOOM) == 2.5
    assert keys.get(s, NAME) == "Dana"


def test_round_trip_through_the_file(qapp: QApplication, tmp_path: Path) -> None:
    path = tmp_path / "round.ini"
    s = _fresh(path)
    keys.set(s, FLAG, True)
    keys.set(s, COUNT, 7)
    keys.set(s, ZOOM, 4)  # an int is fine where a float belongs
    keys.set(s, BLOB, QByteArray(b"\x00\x01geometry"))
    s.sync()
    del s
    text = path.read_text(encoding="utf-8")
    assert "flag=true" in text and "count=7" in text
    other = QSettings(str(path), QSettings.Format.IniFormat)
    assert keys.get(other, FLAG) is True
    assert keys.get(other, COUNT) == 7
    assert keys.get(other, ZOOM) == 4.0 and isinstance(keys.get(other, ZOOM), float)
    assert bytes(keys.get(other, BLOB).data()) == b"\x00\x01geometry"


def test_unset_or_unreadable_values_give_the_default(qapp: QApplication, tmp_path: Path) -> None:
    path = tmp_path / "odd.ini"
    path.write_text("[test]\nflag=perhaps\ncount=2.5\nzoom=wide\n", encoding="utf-8")
    s = _fresh(path)
    assert keys.get(s, FLAG) is False
    assert keys.get(s, COUNT) == 3
    assert keys.get(s, ZOOM) == 1.5
    assert keys.get(s, NAME) == "" and not keys.has(s, NAME)
    assert keys.get(s, keys.MAIN_SCREEN) == "portfolio"


def test_a_value_of_the_wrong_type_is_refused(settings: QSettings) -> None:
    with pytest.raises(TypeError, match="test/count holds int"):
        keys.set(settings, COUNT, True)
    with pytest.raises(TypeError):
        keys.set(settings, FLAG, 1)  # type: ignore[misc]
    assert not keys.has(settings, COUNT) and not keys.has(settings, FLAG)


def test_keyed_settings_and_removal(settings: QSettings) -> None:
    about = keys.DIALOG_GEOMETRY.at("AboutDialog")
    assert about.key == "dialogs/AboutDialog/geometry"
    keys.set(settings, about, QByteArray(b"g"))
    assert keys.has(settings, about)
    keys.remove(settings, about)
    assert not keys.has(settings, about)
    hidden = keys.RISKS_HIDDEN_COLUMNS.at("register")
    keys.set(settings, hidden, "owner,cause")
    assert settings.value("risks/register/hidden_columns") == "owner,cause"
    assert keys.get(settings, hidden) == "owner,cause"


def test_every_key_is_declared_once() -> None:
    patterns = [s.key if isinstance(s, keys.Setting) else s.pattern for s in keys.ALL]
    assert len(patterns) == len(set(patterns))
    declared = {v for v in vars(keys).values() if isinstance(v, keys.Setting | keys.KeyedSetting)}
    assert declared == set(keys.ALL)


def test_consultant_name_falls_back_to_the_operating_system_user(
    settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert keys.consultant_name(settings) == "Test Consultant"
    keys.set(settings, keys.CONSULTANT_NAME, "   ")
    monkeypatch.setattr("cdmo_desktop.store.changelog.os_user", lambda: "dwhitfield")
    assert keys.consultant_name(settings) == "dwhitfield"
