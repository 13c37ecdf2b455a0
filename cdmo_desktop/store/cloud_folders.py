"""Is a path inside a folder a cloud service synchronises (Dropbox, OneDrive, ...)?

A live database must not sit in such a folder: the service copies the file while SQLite
writes it (and its -wal beside it), uploads half-written states and, with two machines,
makes "conflicted copies" that lose edits. Sync files (store/sync_file.py) are made to
travel through such folders; the database itself is not. `cloud_service(path)` names the
service (None when the path is in none of them), from three kinds of evidence:

- what the services themselves record: Dropbox's info.json (the roots of its accounts),
  Windows' OneDrive environment variables;
- marker files a service keeps in the root of its folder: `.dropbox` / `.dropbox.cache`
  (Dropbox), `.stfolder` (Syncthing), `.sync_*.db` / `._sync_*.db` / `.owncloudsync.log`
  (the Nextcloud and ownCloud clients), `.debris` (MEGA), `.849C9593-...` (OneDrive);
- the common locations: the services' folders in the home folder (`~/Dropbox`,
  `~/OneDrive - Company`, `~/Google Drive`, `~/iCloudDrive`, `~/Nextcloud`, `~/Box`,
  `~/pCloudDrive`, `~/MEGA`, `~/Sync`...), macOS's `~/Library/CloudStorage/<Service>-...`
  and iCloud's `~/Library/Mobile Documents`, Google Drive's `My Drive` and `Shared drives`.

It reads only names and small files, never follows a folder's contents (so it is quick on a
network drive) and never fails: a folder it cannot read is simply no evidence.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator, Mapping
from pathlib import Path

DROPBOX = "Dropbox"
ONEDRIVE = "OneDrive"
GOOGLE_DRIVE = "Google Drive"
ICLOUD = "iCloud Drive"
NEXTCLOUD = "Nextcloud"
OWNCLOUD = "ownCloud"
BOX = "Box"
PCLOUD = "pCloud"
MEGA = "MEGA"
SYNCTHING = "Syncthing"

# Folder names (case-insensitive) directly in the home folder that are a service's root.
HOME_FOLDERS: dict[str, str] = {
    "dropbox": DROPBOX,
    "onedrive": ONEDRIVE,
    "google drive": GOOGLE_DRIVE,
    "googledrive": GOOGLE_DRIVE,
    "my drive": GOOGLE_DRIVE,
    "icloud drive": ICLOUD,
    "iclouddrive": ICLOUD,
    "nextcloud": NEXTCLOUD,
    "owncloud": OWNCLOUD,
    "box": BOX,
    "box sync": BOX,
    "pcloud drive": PCLOUD,
    "pclouddrive": PCLOUD,
    "pcloud": PCLOUD,
    "mega": MEGA,
    "megasync": MEGA,
}
# Prefixes of home-folder names: "OneDrive - Contoso", "Dropbox (Contoso)", "Nextcloud2".
HOME_PREFIXES: tuple[tuple[str, str], ...] = (
    ("onedrive - ", ONEDRIVE),
    ("onedrive-", ONEDRIVE),
    ("dropbox (", DROPBOX),
    ("nextcloud", NEXTCLOUD),
    ("owncloud", OWNCLOUD),
)
# macOS File Provider folders: ~/Library/CloudStorage/<prefix>...
CLOUD_STORAGE_PREFIXES: tuple[tuple[str, str], ...] = (
    ("dropbox", DROPBOX),
    ("onedrive", ONEDRIVE),
    ("googledrive", GOOGLE_DRIVE),
    ("icloud", ICLOUD),
    ("box", BOX),
    ("pcloud", PCLOUD),
    ("nextcloud", NEXTCLOUD),
    ("owncloud", OWNCLOUD),
    ("mega", MEGA),
)
# Folder names anywhere that only Google Drive for desktop makes (its virtual drive G:).
GOOGLE_DRIVE_ROOTS = ("my drive", "shared drives", "other computers")
ONEDRIVE_MARKER = ".849C9593-D756-4E56-8D6E-42412F2A707B"
ONEDRIVE_ENV = ("OneDrive", "OneDriveCommercial", "OneDriveConsumer")


def _ancestors(path: Path) -> Iterator[Path]:
    """`path` itself (when it is a folder), then each folder above it."""
    if path.is_dir():
        yield path
    yield from path.parents


def _absolute(path: Path | str) -> Path:
    p = Path(path).expanduser()
    try:
        return p.resolve()
    except (OSError, RuntimeError):
        return p.absolute()


def _marker_service(folder: Path) -> str | None:
    """The service whose marker file sits in `folder`, if any."""
    try:
        names = {entry.name for entry in os.scandir(folder) if entry.name.startswith(".")}
    except OSError:
        return None
    if ".dropbox" in names or ".dropbox.cache" in names:
        return DROPBOX
    if ".stfolder" in names:
        return SYNCTHING
    if ONEDRIVE_MARKER in names:
        return ONEDRIVE
    if ".owncloudsync.log" in names or any(
        (n.startswith((".sync_", "._sync_")) and n.endswith(".db")) or n == ".csync_journal.db"
        for n in names
    ):
        return OWNCLOUD if "owncloud" in folder.name.casefold() else NEXTCLOUD
    if ".debris" in names:
        return MEGA
    return None


def _dropbox_roots(home: Path, env: Mapping[str, str]) -> Iterator[Path]:
    """The folders Dropbox's info.json names (every account, personal and business)."""
    places = [home / ".dropbox" / "info.json"]
    for var in ("APPDATA", "LOCALAPPDATA"):
        if env.get(var):
            places.append(Path(env[var]) / "Dropbox" / "info.json")
    for place in places:
        try:
            accounts = json.loads(place.read_text("utf-8"))
        except (OSError, ValueError):
            continue
        if not isinstance(accounts, dict):
            continue
        for account in accounts.values():
            if isinstance(account, dict) and isinstance(account.get("path"), str):
                yield _absolute(account["path"])


def _recorded_roots(home: Path, env: Mapping[str, str]) -> Iterator[tuple[Path, str]]:
    for root in _dropbox_roots(home, env):
        yield root, DROPBOX
    for var in ONEDRIVE_ENV:
        if env.get(var):
            yield _absolute(env[var]), ONEDRIVE


def _home_service(name: str) -> str | None:
    folded = name.casefold()
    if folded in HOME_FOLDERS:
        return HOME_FOLDERS[folded]
    for prefix, service in HOME_PREFIXES:
        if folded.startswith(prefix):
            return service
    return None


def _location_service(path: Path, home: Path) -> str | None:
    """The service of a common location `path` lies in (by folder names)."""
    try:
        inside = path.relative_to(home).parts
    except ValueError:
        inside = ()
    if len(inside) >= 2 and _home_service(inside[0]) is not None:
        return _home_service(inside[0])
    if len(inside) >= 4 and inside[0] == "Library":
        if inside[1] == "Mobile Documents":
            return ICLOUD
        if inside[1] == "CloudStorage":
            folded = inside[2].casefold()
            for prefix, service in CLOUD_STORAGE_PREFIXES:
                if folded.startswith(prefix):
                    return service
    for part in path.parts[:-1]:
        if part.casefold() in GOOGLE_DRIVE_ROOTS and _google_drive_mount(path, part):
            return GOOGLE_DRIVE
    return None


def _google_drive_mount(path: Path, part: str) -> bool:
    """'My Drive' counts at the top of a drive (G:\\My Drive) or in a Google Drive folder."""
    index = path.parts.index(part)
    if index <= 1:
        return True
    above = path.parts[index - 1].casefold()
    return "google" in above or above.startswith("googledrive")


def cloud_service(
    path: Path | str, *, home: Path | None = None, env: Mapping[str, str] | None = None
) -> str | None:
    """The name of the cloud service whose synced folder holds `path` (a file or folder,
    existing or not), or None. `home` and `env` default to this user's."""
    env = os.environ if env is None else env
    home = _absolute(Path.home() if home is None else home)
    target = _absolute(path)
    for root, service in _recorded_roots(home, env):
        if target == root or root in target.parents:
            return service
    for folder in _ancestors(target):
        found = _marker_service(folder)
        if found is not None:
            return found
        if folder == home or folder.parent == folder:
            break
    return _location_service(target, home)


def warning(
    path: Path | str, *, home: Path | None = None, env: Mapping[str, str] | None = None
) -> str | None:
    """One sentence warning that the database at `path` is in a cloud-synced folder, or
    None when it is not."""
    service = cloud_service(path, home=home, env=env)
    if service is None:
        return None
    return (
        f"The database {Path(path).name} is inside a {service} folder: the service may copy "
        "it half-written and lose edits; keep the live database outside synced folders and "
        "exchange sync files instead (cdmo-desktop sync pack / apply)."
    )
