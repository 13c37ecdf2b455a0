"""What the app bundle is made of, checked without building it: the frozen app finds its
data, the icons hold every size, the Linux desktop files are valid, the ICU slimming keeps
the data Qt needs, and a lone file argument opens the window on it."""

from __future__ import annotations

import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from cdmo_desktop import cli, resources
from tools import make_icons, slim_icu

ROOT = Path(__file__).resolve().parents[2]
ICONS = ROOT / "resources" / "icons" / "app"
LINUX = ROOT / "packaging" / "linux"
APP_ID = "io.github.cdmo_desktop.PartnershipDesk"


def test_the_frozen_app_finds_its_data_in_the_bundle(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("_resources", "_ui"):
        (tmp_path / "cdmo_desktop" / name).mkdir(parents=True)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    resources.resources_dir.cache_clear()
    resources.ui_dir.cache_clear()
    try:
        assert resources.resources_dir() == tmp_path / "cdmo_desktop" / "_resources"
        assert resources.ui_dir() == tmp_path / "cdmo_desktop" / "_ui"
    finally:
        resources.resources_dir.cache_clear()
        resources.ui_dir.cache_clear()


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_the_icon_comes_in_every_size_and_format() -> None:
    for size in make_icons.PNG_SIZES:
        assert _png_size((ICONS / f"app-{size}.png").read_bytes()) == (size, size)
    ico = (ICONS / "app.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", ico)
    assert (reserved, kind) == (0, 1)
    sizes = []
    for k in range(count):
        side, _, _, _, _, _, length, offset = struct.unpack_from("<BBBBHHII", ico, 6 + 16 * k)
        assert _png_size(ico[offset : offset + length])[0] == (side or 256)
        sizes.append(side or 256)
    assert sizes == list(make_icons.ICO_SIZES)
    icns = (ICONS / "app.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    at, found = 8, {}
    while at < len(icns):
        kind_ = icns[at : at + 4]
        (length,) = struct.unpack(">I", icns[at + 4 : at + 8])
        found[kind_] = _png_size(icns[at + 8 : at + length])[0]
        at += length
    assert found == {
        kind_.encode() if isinstance(kind_, str) else kind_: size
        for kind_, size in make_icons.ICNS_TYPES
    }


def test_the_icons_are_rendered_from_the_one_source(tmp_path: Path) -> None:
    pytest.importorskip("PySide6.QtSvg")
    written = make_icons.build(tmp_path)
    assert {p.name for p in written} == {p.name for p in ICONS.iterdir()}
    assert _png_size((tmp_path / "app-48.png").read_bytes()) == (48, 48)


def test_the_desktop_entry_and_the_metainfo_are_valid() -> None:
    desktop = LINUX / f"{APP_ID}.desktop"
    metainfo = LINUX / f"{APP_ID}.metainfo.xml"
    entry = dict(
        line.split("=", 1)
        for line in desktop.read_text(encoding="utf-8").splitlines()[1:]
        if "=" in line
    )
    assert entry["Exec"] == "cdmo-desktop %f" and entry["Icon"] == APP_ID
    root = ET.parse(metainfo).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == desktop.name
    from cdmo_desktop.gui.app import DESKTOP_ID

    assert DESKTOP_ID == APP_ID  # Wayland matches the window to the entry by this name
    if shutil.which("desktop-file-validate"):
        subprocess.run(["desktop-file-validate", str(desktop)], check=True)
    if shutil.which("appstreamcli"):
        subprocess.run(["appstreamcli", "validate", "--no-net", str(metainfo)], check=True)


def test_icu_slimming_keeps_what_qt_needs() -> None:
    keep = slim_icu.keep
    for name in ("uprops.icu", "ucase.icu", "nfkc.nrm", "coll/ucadata.icu", "coll/root.res",
                 "coll/de.res", "de_CH.res", "en.res", "root.res", "zone/de.res",
                 "likelySubtags.res", "zoneinfo64.res", "brkitr/word.brk", "res_index.res",
                 "cnvalias.icu"):  # fmt: skip
        assert keep(f"icudt73l/{name}"), name
    for name in ("ibm-1047_P100-1995.cnv", "brkitr/cjdict.dict", "translit/root.res",
                 "coll/zh.res", "fr.res", "zone/ja.res", "curr/sv.res"):  # fmt: skip
        assert not keep(f"icudt73l/{name}"), name


def test_an_icu_package_survives_a_rewrite() -> None:
    header = struct.pack("<HBB", 32, 0xDA, 0x27) + b"\x14\x00\x00\x00\x00\x00\x02\x00CmnD"
    header += b"\x01\x00\x00\x00" + b"\x00" * 12
    items = [("icudt73l/a.icu", b"A" * 5), ("icudt73l/b.res", b"B" * 40)]
    package = slim_icu.write_package(header, items)
    back_header, back = slim_icu.read_package(package, len(package))
    assert back_header == header
    assert [(n, d[: len(items[k][1])]) for k, (n, d) in enumerate(back)] == items
    _, toc_first = struct.unpack_from("<II", package, len(header) + 4)
    assert (len(header) + toc_first) % 16 == 0


def test_a_lone_database_file_opens_the_window_on_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[object] = []
    import cdmo_desktop.gui.app as app

    def run(db: object, demo: bool) -> int:
        opened.append((db, demo))
        return 0

    monkeypatch.setattr(app, "run", run)
    file = tmp_path / "Q3 review.sqlite"
    assert cli.main([str(file)]) == 0
    assert opened == [(file, False)]
    # A mistyped command stays an error (no file of that name): never a new database.
    monkeypatch.chdir(tmp_path)
    assert cli.file_argument(["chek"]) == ["chek"]
    assert cli.main(["chek"]) == cli.EXIT_USAGE
    assert opened == [(file, False)]
