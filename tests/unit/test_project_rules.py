"""Rules of the code base that a green run must keep: layering and up-to-date forms."""

from __future__ import annotations

import re
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


# A colour spelled out in gui/ (or in a Designer form) instead of taken from the palette or
# the theme (gui/theme.py): a hex literal, QColor of numbers or a name, a Qt.GlobalColor
# other than transparent, a colour name or rgb() in a style sheet, a matplotlib colour.
_FIXED_COLOUR = re.compile(
    r"""(?<![\w&/])\#(?:[0-9A-Fa-f]{8}|[0-9A-Fa-f]{6}|[0-9A-Fa-f]{3})\b"""
    r"""|QColor\(\s*(?:["'\d]|Qt\.)"""
    r"""|Qt\.GlobalColor\.(?!transparent\b)\w+"""
    r"""|\bQt\.(?:red|green|blue|white|black|gray|grey|darkGray|lightGray|yellow|cyan|magenta)\b"""
    r"""|(?<![\w-])(?:color|background(?:-color)?|border(?:-\w+)?)\s*:[^;"'{}<>]*?"""
    r"""(?:\brgba?\(|\b(?:red|green|blue|white|black|gray|grey|orange|yellow|navy|maroon)\b)"""
    r"""|\bcolor\s*=\s*["']"""
)
THEME_MODULE = ROOT / "cdmo_desktop" / "gui" / "theme.py"


def fixed_colours(text: str) -> list[str]:
    """The fixed colours in a source file's text, as "line: excerpt"."""
    found = []
    for number, line in enumerate(text.splitlines(), 1):
        code = line.split("  # ", 1)[0] if not line.lstrip().startswith("#") else ""
        match = _FIXED_COLOUR.search(code)
        if match:
            found.append(f"{number}: {match.group(0)}")
    return found


def test_gui_colours_come_from_the_palette_or_the_theme() -> None:
    """Dark mode stays readable only if no screen paints a colour of its own: every colour
    in gui/ and ui/ comes from the palette or gui/theme.py (which has a light and a dark
    value for each)."""
    sources = [
        *sorted((ROOT / "cdmo_desktop" / "gui").rglob("*.py")),
        *sorted((ROOT / "ui").glob("*.ui")),
    ]
    offenders = {
        str(path.relative_to(ROOT)): found
        for path in sources
        if path != THEME_MODULE and (found := fixed_colours(path.read_text(encoding="utf-8")))
    }
    assert not offenders, offenders


def test_the_colour_rule_sees_each_kind_of_fixed_colour() -> None:
    for spelled in (
        'QColor("#B71C1C")',
        "QColor(176, 0, 32)",
        'label.setStyleSheet("color: #555;")',
        "painter.setPen(Qt.GlobalColor.white)",
        'QColor("white")',
        '"background: rgb(255, 244, 206);"',
        'ax.plot(xs, ys, color="black")',
        "<property name='styleSheet'><string>color: red;</string></property>",
    ):
        assert fixed_colours(spelled), spelled
    for allowed in (
        'sidebar.setStyleSheet("#navigationList { background: palette(window); }")',
        "pixmap.fill(Qt.GlobalColor.transparent)",
        'f"background: {theme.current().level_bg[level]};"',
        "theme.current().colour('error')",
        "# see issue #123456",
        'ax.plot(xs, ys, color=c["line"])',
    ):
        assert not fixed_colours(allowed), allowed
