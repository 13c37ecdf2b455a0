"""Rules of the code base that a green run must keep: layering and up-to-date forms."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_generated_forms_match_their_ui_files() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "build_forms.py"), "--check"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_core_layers_never_import_qt() -> None:
    """import-linter contracts from pyproject.toml: domain/store/reports stay Qt-free, the
    command line imports Qt only through the window, and the layers only import downwards
    (reports and store are independent siblings)."""
    exe = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run(
        [str(exe), "--config", str(ROOT / "pyproject.toml")],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "4 kept, 0 broken" in result.stdout


def _tool(name: str) -> str:
    return str(Path(sys.executable).with_name(name))


def test_code_is_lint_clean_and_formatted() -> None:
    for args in (["check", "."], ["format", "--check", "."]):
        result = subprocess.run([_tool("ruff"), *args], capture_output=True, text=True, cwd=ROOT)
        assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]


def test_core_layers_type_check() -> None:
    """mypy over the package, the tests, the benchmarks and the tools (pyproject.toml)."""
    result = subprocess.run(
        [_tool("mypy"), "--cache-dir", str(ROOT / ".mypy_cache")],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
