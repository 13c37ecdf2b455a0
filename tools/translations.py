"""The translation workflow: extract, translate, compile, check.

    python -m tools.translations update     # pyside6-lupdate: new strings into the .ts files
    pyside6-linguist resources/i18n/cdmo_de_risks.ts   # translate (or edit the XML)
    python -m tools.translations release    # pyside6-lrelease: .ts -> .qm (shipped)
    python -m tools.translations check      # what CI checks (tests/unit/test_translations.py)

One .ts file per language and part of the window (`AREAS`), so that people translating
different parts never edit one file: resources/i18n/cdmo_<lang>_<area>.ts. The app loads
every cdmo_<lang>_*.qm (cdmo_desktop/gui/i18n.py). `update` keeps existing translations and
drops strings no longer in the code (-no-obsolete); `check` fails when the code holds a
string the catalogue lacks, a German string is unfinished, or a .qm is older than its .ts.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CATALOGUE = ROOT / "resources" / "i18n"
GUI = ROOT / "cdmo_desktop" / "gui"
# English holds only the plural forms of the %n texts ("%n risk(s)" -> "1 risk", "2 risks").
LANGUAGES = ("de", "en")
# gui/ sub-packages and modules with their own catalogue file; the rest of gui/ is "common".
OWN_AREAS = (
    "engagements",
    "exchange",
    "kpis",
    "partners",
    "portfolio",
    "reassessment",
    "reports",
    "risks",
    "schedule",
    "search",
    "sync",
)
JOINED = {"schedule_exchange": "schedule", "reassessment": "kpis"}


def _tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).with_name(name))
    return found


def area_of(path: Path) -> str:
    first = path.relative_to(GUI).parts[0].removesuffix(".py")
    first = JOINED.get(first, first)
    return first if first in OWN_AREAS else "common"


def sources() -> dict[str, list[Path]]:
    """Each area's source files."""
    found: dict[str, list[Path]] = {"forms": sorted((ROOT / "ui").glob("*.ui")), "messages": []}
    for package in ("domain", "store", "exchange", "reports", "cli"):
        for path in sorted((ROOT / "cdmo_desktop" / package).rglob("*.py")):
            if "migrations" not in path.parts and "QT_TRANSLATE_NOOP" in path.read_text("utf-8"):
                found["messages"].append(path)
    for path in sorted(GUI.rglob("*.py")):
        if "forms" in path.relative_to(GUI).parts:
            continue  # generated from ui/*.ui (the "forms" area)
        found.setdefault(area_of(path), []).append(path)
    return {area: files for area, files in found.items() if files}


def ts_path(language: str, area: str, folder: Path = CATALOGUE) -> Path:
    return folder / f"cdmo_{language}_{area}.ts"


def update(folder: Path = CATALOGUE, *, quiet: bool = False) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        for area, files in sources().items():
            target = ts_path(language, area, folder)
            args = [_tool("pyside6-lupdate"), *map(str, files), "-no-obsolete"]
            args += ["-locations", "none", "-target-language", language, "-ts", str(target)]
            if language == "en":
                args.append("-pluralonly")
            subprocess.run(args, check=True, capture_output=quiet, cwd=ROOT)


def release(folder: Path = CATALOGUE) -> None:
    for ts in sorted(folder.glob("cdmo_*.ts")):
        qm = ts.with_suffix(".qm")
        subprocess.run(
            [_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True, cwd=ROOT
        )


def messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    """(context, source, translation element) of every message in a .ts file."""
    tree = ET.parse(ts)
    found = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            found.append((name, message.findtext("source") or "", translation))
    return found


def unfinished(ts: Path) -> list[str]:
    """The source texts of `ts` without a finished translation."""
    missing = []
    for context, source, translation in messages(ts):
        forms = [f.text for f in translation.iter("numerusform")] or [translation.text]
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(forms):
            missing.append(f"{context}: {source}" if context else source)
    return missing


def disagreements() -> list[str]:
    """Texts two areas translate differently. Qt shows whichever catalogue it loaded last,
    so one wording must serve both places (or the code tells them apart with a
    disambiguation: `tr("Now", "heat map")`)."""
    seen: dict[tuple[str, str, str, str], dict[str, tuple[str | None, ...]]] = {}
    for ts in sorted(CATALOGUE.glob("cdmo_*.ts")):
        language = ts.stem.split("_")[1]
        for context in ET.parse(ts).getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                translation = message.find("translation")
                assert translation is not None
                forms = tuple(f.text for f in translation.iter("numerusform"))
                key = (
                    language,
                    name,
                    message.findtext("source") or "",
                    message.findtext("comment") or "",  # a disambiguation: another text
                )
                seen.setdefault(key, {})[ts.name] = forms or (translation.text,)
    return [
        f"{source!r} is translated differently in {', '.join(sorted(files))}"
        for (_language, _context, source, _comment), files in seen.items()
        if len(set(files.values())) > 1
    ]


def problems() -> list[str]:
    """What `check` reports: strings missing from the catalogue, unfinished translations,
    stale .qm files."""
    found: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp)
        for ts in CATALOGUE.glob("cdmo_*.ts"):
            shutil.copy(ts, fresh / ts.name)
        update(fresh, quiet=True)
        for ts in sorted(fresh.glob("cdmo_*.ts")):
            committed = CATALOGUE / ts.name
            if not committed.exists():
                found.append(f"{ts.name}: missing (run python -m tools.translations update)")
                continue
            known = {(c, s) for c, s, _t in messages(committed)}
            new = [s for c, s, _t in messages(ts) if (c, s) not in known]
            if new:
                found.append(
                    f"{ts.name}: {len(new)} string(s) not in the catalogue, e.g. {new[0]!r}"
                )
    found += disagreements()
    for ts in sorted(CATALOGUE.glob("cdmo_*.ts")):
        missing = unfinished(ts)
        if missing:
            found.append(f"{ts.name}: {len(missing)} untranslated, e.g. {missing[0]!r}")
    with tempfile.TemporaryDirectory() as tmp:
        for ts in sorted(CATALOGUE.glob("cdmo_*.ts")):
            shutil.copy(ts, Path(tmp) / ts.name)
        release(Path(tmp))
        for qm in sorted(Path(tmp).glob("cdmo_*.qm")):
            shipped = CATALOGUE / qm.name
            if not shipped.exists() or shipped.read_bytes() != qm.read_bytes():
                found.append(
                    f"{qm.name}: not its .ts compiled (run python -m tools.translations release)"
                )
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("update", "release", "check"))
    parser.add_argument("--untranslated", action="store_true", help="with check: list them all")
    args = parser.parse_args(argv)
    if args.command == "update":
        update()
        return 0
    if args.command == "release":
        release()
        return 0
    found = problems()
    if args.untranslated:
        for ts in sorted(CATALOGUE.glob("cdmo_*.ts")):
            for source in unfinished(ts):
                print(f"{ts.name}\t{source}")
    for line in found:
        print(line, file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
