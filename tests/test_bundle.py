"""The one-folder app (PyInstaller, packaging/cdmo-desktop.spec) builds and works without
Python: the commands a user runs, and the window, from the bundle itself.

One build per run (module fixture) serves every check; it goes to the test's temporary
folder (nothing is cached outside it). Needs the `build` extra (PyInstaller): skipped
without it, unless CDMO_TEST_BUNDLE_REQUIRED=1 (CI), when it fails.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from cdmo_desktop.gui import startup_probe
from tools import build_app

ROOT = Path(__file__).resolve().parents[1]
# Building takes minutes on a busy two-core machine: the first test waits for it.
pytestmark = [pytest.mark.slow, pytest.mark.timeout(1800)]


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        if os.environ.get("CDMO_TEST_BUNDLE_REQUIRED") == "1":
            pytest.fail("PyInstaller is missing: pip install '.[build]'")
        pytest.skip("PyInstaller is not installed (pip install '.[build]')")
    out = tmp_path_factory.mktemp("bundle")
    return build_app.build(out / "dist", out / "work", quiet=True)


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("home")


def _env(home: Path) -> dict[str, str]:
    """No Python path of the checkout, a home of its own, offscreen Qt."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "CDMO_"))}
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_STATE_HOME=str(home / "state"),
        XDG_CACHE_HOME=str(home / "cache"),
        QT_QPA_PLATFORM="offscreen",
    )
    return env


def _run(bundle: Path, home: Path, *args: str, **env: str) -> str:
    exe = build_app.executable(bundle.parent)
    done = subprocess.run(
        [str(exe), *args],
        env={**_env(home), **env},
        cwd=home,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, f"{args}: {done.stdout}\n{done.stderr}"
    return done.stdout


@pytest.fixture(scope="module")
def demo(bundle: Path, home: Path) -> Iterator[Path]:
    path = home / "demo.sqlite"
    _run(bundle, home, "demo", str(path))
    yield path


def test_the_bundle_is_slim(bundle: Path) -> None:
    internal = bundle / "_internal"
    size = build_app.folder_size(bundle)
    assert size < build_app.SIZE_LIMIT_MB * 1e6, f"{size / 1e6:.0f} MB"
    assert not (internal / "pycountry" / "locales").exists()
    assert (internal / "pycountry" / "databases" / "iso3166-1.json").is_file()
    translations = internal / "PySide6" / "Qt" / "translations"
    assert {p.name for p in translations.glob("*.qm")} <= {"qtbase_de.qm", "qt_de.qm"}
    assert not list(internal.rglob("sample_data"))
    assert not list(internal.rglob("libqgtk3*"))
    assert not list(internal.glob("libgtk-3*"))
    if sys.platform.startswith("linux"):  # the desktop's own libraries come from the system
        assert not list(internal.glob("libcups*")) and not list(internal.glob("libX11*"))
    # What a plain build misses: migrations as files, the shipped data, the forms.
    assert list((internal / "cdmo_desktop" / "store" / "migrations" / "versions").glob("*.py"))
    assert (internal / "cdmo_desktop" / "_resources" / "icons" / "app.svg").is_file()
    assert (internal / "cdmo_desktop" / "_resources" / "clauses" / "library.toml").is_file()
    assert (internal / "cdmo_desktop" / "_ui" / "about.ui").is_file()
    # The German catalogues (gui/i18n.py loads every cdmo_<lang>_*.qm), not their sources.
    shipped = internal / "cdmo_desktop" / "_resources" / "i18n"
    catalogues = {p.name for p in (ROOT / "resources" / "i18n").glob("*.qm")}
    assert {"cdmo_de_common.qm", "cdmo_de_forms.qm"} <= catalogues
    assert {p.name for p in shipped.iterdir()} == catalogues


def test_the_bundle_runs_demo_check_and_a_status_report(
    bundle: Path, home: Path, demo: Path
) -> None:
    check = _run(bundle, home, "check", "--db", str(demo))
    assert "integrity: ok" in check.lower() or "ok" in check.lower()
    engagements = _run(bundle, home, "list", "engagements", "--db", str(demo))
    engagement_id = engagements.splitlines()[0].split("\t")[0]
    pdf = home / "status.pdf"
    _run(
        bundle,
        home,
        "report",
        "status",
        "--db",
        str(demo),
        "--engagement",
        engagement_id,
        "--out",
        str(pdf),
    )
    assert pdf.read_bytes().startswith(b"%PDF-")
    assert pdf.stat().st_size > 10_000


def test_the_bundle_opens_the_main_window(bundle: Path, home: Path, demo: Path) -> None:
    grab = home / "window.png"
    out = _run(
        bundle,
        home,
        "--db",
        str(demo),
        **{startup_probe.ENV_EXIT_AFTER_PAINT: "1", startup_probe.ENV_GRAB: str(grab)},
    )
    markers = {line.split()[0] for line in out.splitlines() if line.startswith("cdmo-desktop-")}
    assert {startup_probe.PAINT_MARKER, startup_probe.READY_MARKER} <= markers, out
    assert grab.is_file() and grab.stat().st_size > 10_000  # a painted window, not blank
    log = home / "state" / "cdmo-desktop" / "log" / "cdmo-desktop.log"
    assert "window shown" in log.read_text(encoding="utf-8")
    assert (
        sys.platform != "linux" or (home / "state" / "cdmo-desktop" / "log" / "crash.log").is_file()
    )
