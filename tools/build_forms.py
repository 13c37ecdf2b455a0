"""Compile every Qt Designer form in ui/ into cdmo_desktop/gui/forms/ui_<name>.py.

    python tools/build_forms.py          # (re)build all forms
    python tools/build_forms.py --check  # exit 1 if a committed form is stale

The output is normalised (no uic version line), so the check compares content only and a
fresh clone (new file times) or another patch release of PySide6 does not make it fail.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UI_DIR = ROOT / "ui"
FORMS_DIR = ROOT / "cdmo_desktop" / "gui" / "forms"
HEADER = "# Generated from ui/{name} by tools/build_forms.py: do not edit, edit the .ui file.\n"


def _uic() -> list[str]:
    exe = Path(sys.executable).with_name("pyside6-uic")
    if exe.exists():
        return [str(exe)]
    found = shutil.which("pyside6-uic")
    if found:
        return [found]
    raise SystemExit("pyside6-uic not found: install PySide6-Essentials in this environment")


def compile_form(ui_file: Path) -> str:
    out = subprocess.run(
        [*_uic(), "-g", "python", str(ui_file)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    # Drop uic's banner (it names the Qt version) and keep the rest verbatim.
    out = re.sub(r"\A# -\*- coding: utf-8 -\*-\n\n#{10,}\n(?:##.*\n)+#{10,}\n", "", out)
    out = out.replace("\r\n", "\n").rstrip() + "\n"
    return HEADER.format(name=ui_file.name) + "\n" + out


def target_for(ui_file: Path) -> Path:
    return FORMS_DIR / f"ui_{ui_file.stem}.py"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report stale forms")
    args = parser.parse_args(argv)
    stale = []
    for ui_file in sorted(UI_DIR.glob("*.ui")):
        code = compile_form(ui_file)
        target = target_for(ui_file)
        current = target.read_text(encoding="utf-8") if target.exists() else None
        if current != code:
            stale.append(target)
            if not args.check:
                target.write_text(code, encoding="utf-8")
    if args.check and stale:
        print("stale forms (run python tools/build_forms.py):", *map(str, stale), sep="\n  ")
        return 1
    if not args.check:
        print(f"{len(list(UI_DIR.glob('*.ui')))} forms built, {len(stale)} changed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
