"""The wheel carries ui/, resources/ and the migrations, and an installed copy finds them.

An editable install hides a missing mapping (the source tree is right there), so these tests
build a real wheel and import it from a folder of its own.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest

from cdmo_desktop import resources

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.slow


def _shipped(folder: str) -> set[str]:
    base = ROOT / folder
    return {
        p.relative_to(base).as_posix()
        for p in base.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }


def _under(names: set[str], prefix: str) -> set[str]:
    return {n.removeprefix(prefix) for n in names if n.startswith(prefix)}


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from hatchling.build import build_wheel; build_wheel(sys.argv[1])",
            str(out),
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
        timeout=120,
    )
    [built] = out.glob("cdmo_desktop-*.whl")
    return built


def test_source_tree_resources_are_found() -> None:
    assert resources.resources_dir() == ROOT / "resources"
    assert resources.ui_dir() == ROOT / "ui"
    assert (resources.resources_dir() / "README.md").is_file()


def test_wheel_contains_ui_resources_and_migrations(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    packaged_resources = {
        n.removeprefix("cdmo_desktop/_resources/")
        for n in names
        if n.startswith("cdmo_desktop/_resources/")
    }
    packaged_ui = {
        n.removeprefix("cdmo_desktop/_ui/") for n in names if n.startswith("cdmo_desktop/_ui/")
    }
    assert "README.md" in packaged_resources and "about.ui" in packaged_ui
    assert _shipped("resources") <= packaged_resources
    assert {n for n in _shipped("ui") if n.endswith(".ui")} <= packaged_ui
    assert {
        "cdmo_desktop/store/migrations/env.py",
        "cdmo_desktop/store/migrations/script.py.mako",
        "cdmo_desktop/store/migrations/versions/0001_initial.py",
        "cdmo_desktop/store/migrations/versions/0002_changelog_append_only.py",
        "cdmo_desktop/resources.py",
    } <= names
    assert not [n for n in names if "__pycache__" in n or n.endswith(".pyc")]


def test_installed_wheel_finds_its_resources_and_migrations(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--no-deps",
            "--no-index",
            "--quiet",
            "--target",
            str(target),
            str(wheel),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    script = textwrap.dedent(
        """
        import cdmo_desktop
        from cdmo_desktop.resources import resources_dir, ui_dir
        from cdmo_desktop.store import open_store
        print(cdmo_desktop.__file__)
        print(resources_dir())
        print(ui_dir())
        open_store("desk.sqlite").close()
        """
    )
    env = {**os.environ, "PYTHONPATH": str(target)}
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    package, resources_path, ui_path = (Path(line) for line in result.stdout.splitlines())
    assert package.is_relative_to(target)
    assert resources_path == target / "cdmo_desktop" / "_resources"
    assert (resources_path / "README.md").read_text(encoding="utf-8").startswith("# resources/")
    assert ui_path == target / "cdmo_desktop" / "_ui" and (ui_path / "about.ui").is_file()
    assert (tmp_path / "desk.sqlite").stat().st_size > 0  # migrations ran from the wheel
