"""A database path inside a cloud-synced folder is recognised (and named), one outside is not."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cdmo_desktop.store.cloud_folders import cloud_service, warning


@pytest.fixture
def home(tmp_path: Path) -> Path:
    folder = tmp_path / "home" / "dana"
    folder.mkdir(parents=True)
    return folder


@pytest.mark.parametrize(
    ("inside", "service"),
    [
        ("Dropbox/clients/desk.sqlite", "Dropbox"),
        ("Dropbox (Contoso)/desk.sqlite", "Dropbox"),
        ("OneDrive/desk.sqlite", "OneDrive"),
        ("OneDrive - Contoso Pharma/Documents/desk.sqlite", "OneDrive"),
        ("Google Drive/My Drive/desk.sqlite", "Google Drive"),
        ("iCloudDrive/desk.sqlite", "iCloud Drive"),
        ("Library/Mobile Documents/com~apple~CloudDocs/desk.sqlite", "iCloud Drive"),
        ("Library/CloudStorage/GoogleDrive-dana@example.com/My Drive/d.sqlite", "Google Drive"),
        ("Library/CloudStorage/OneDrive-Contoso/desk.sqlite", "OneDrive"),
        ("Library/CloudStorage/Box-Box/desk.sqlite", "Box"),
        ("Nextcloud/desk.sqlite", "Nextcloud"),
        ("ownCloud/desk.sqlite", "ownCloud"),
        ("Box Sync/desk.sqlite", "Box"),
        ("pCloudDrive/desk.sqlite", "pCloud"),
        ("MEGA/work/desk.sqlite", "MEGA"),
    ],
)
def test_common_locations_are_named(home: Path, inside: str, service: str) -> None:
    assert cloud_service(home / inside, home=home, env={}) == service


@pytest.mark.parametrize(
    ("marker", "is_dir", "service"),
    [
        (".dropbox", False, "Dropbox"),
        (".stfolder", True, "Syncthing"),
        ("._sync_4f1a.db", False, "Nextcloud"),
        (".sync_4f1a.db", False, "Nextcloud"),
        (".debris", True, "MEGA"),
        (".849C9593-D756-4E56-8D6E-42412F2A707B", False, "OneDrive"),
    ],
)
def test_marker_files_anywhere(tmp_path: Path, marker: str, is_dir: bool, service: str) -> None:
    root = tmp_path / "data" / "shared"
    (root / "deep" / "er").mkdir(parents=True)
    if is_dir:
        (root / marker).mkdir()
    else:
        (root / marker).write_text("")
    db = root / "deep" / "er" / "desk.sqlite"
    assert cloud_service(db, home=tmp_path / "home", env={}) == service
    assert cloud_service(tmp_path / "data" / "desk.sqlite", home=tmp_path / "home", env={}) is None


def test_dropbox_info_json_and_onedrive_variable(tmp_path: Path, home: Path) -> None:
    elsewhere = tmp_path / "disk2" / "Work files"
    elsewhere.mkdir(parents=True)
    (home / ".dropbox").mkdir()
    (home / ".dropbox" / "info.json").write_text(
        json.dumps({"business": {"path": str(elsewhere), "host": 1}}), "utf-8"
    )
    assert cloud_service(elsewhere / "a" / "desk.sqlite", home=home, env={}) == "Dropbox"
    corporate = tmp_path / "corp sync"
    assert (
        cloud_service(
            corporate / "desk.sqlite", home=home, env={"OneDriveCommercial": str(corporate)}
        )
        == "OneDrive"
    )


@pytest.mark.parametrize(
    "inside",
    [
        "desk.sqlite",
        "Documents/desk.sqlite",
        "Documents/Dropbox notes/desk.sqlite",  # a name like a service's, not at its place
        "projects/box/desk.sqlite",
        "Library/Application Support/cdmo-desktop/desk.sqlite",
    ],
)
def test_ordinary_folders_are_not_cloud_folders(home: Path, inside: str) -> None:
    assert cloud_service(home / inside, home=home, env={}) is None
    assert warning(home / inside, home=home, env={}) is None


def test_warning_is_one_line_naming_the_service(home: Path) -> None:
    text = warning(home / "Dropbox" / "desk.sqlite", home=home, env={})
    assert text is not None
    assert "\n" not in text
    assert "Dropbox" in text
    assert "desk.sqlite" in text


def test_unreadable_folder_is_no_evidence(tmp_path: Path, home: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0)
    try:
        assert cloud_service(locked / "desk.sqlite", home=home, env={}) is None
    finally:
        locked.chmod(0o700)
