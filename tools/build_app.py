"""Build the one-folder app for this machine: dist/cdmo-desktop/ (and the .app on macOS).

    pip install '.[build]'          # PyInstaller, once
    python -m tools.build_app       # builds with packaging/cdmo-desktop.spec, prints the size

Options: --dist DIR and --work DIR move the output and PyInstaller's work folder (default
dist/ and build/ in the checkout); --clean starts without PyInstaller's cache. The same
command works on Linux, Windows and macOS; each builds for itself (no cross-building).

On Linux, Qt's ICU data library is then rebuilt with the data the app can use
(tools/slim_icu.py: 32 -> 5 MB; needs gcc and readelf, else it stays as it is).

At the end it prints the unpacked size of the bundle and its largest parts, and fails if
the bundle is over SIZE_LIMIT_MB (the slimming in the spec keeps it well under).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "cdmo-desktop.spec"
APP = "cdmo-desktop"
SIZE_LIMIT_MB = 200


def folder_size(folder: Path) -> int:
    """Bytes of every file under `folder` (symlinks not followed, not counted twice)."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def largest_parts(bundle: Path, count: int = 12) -> list[tuple[int, str]]:
    """The biggest top-level entries of the bundle's _internal folder (MB, name)."""
    internal = bundle / "_internal"
    base = internal if internal.is_dir() else bundle
    sizes = []
    for entry in base.iterdir():
        size = folder_size(entry) if entry.is_dir() else entry.lstat().st_size
        sizes.append((size, entry.name))
    return sorted(sizes, reverse=True)[:count]


def executable(dist: Path) -> Path:
    """The app's executable inside `dist`."""
    name = f"{APP}.exe" if sys.platform == "win32" else APP
    return dist / APP / name


def build(dist: Path, work: Path, *, clean: bool = False, quiet: bool = False) -> Path:
    """Run PyInstaller on the spec; returns the bundle folder."""
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--distpath",
        str(dist),
        "--workpath",
        str(work),
        "--log-level",
        "WARN" if quiet else "INFO",
    ]
    if clean:
        command.append("--clean")
    subprocess.run([*command, str(SPEC)], cwd=ROOT, check=True)
    bundle = dist / APP
    if sys.platform.startswith("linux"):
        from tools import slim_icu

        for library in sorted((bundle / "_internal").glob("libicudata.so.*")):
            result = slim_icu.slim(library)
            if result is not None and not quiet:
                print(f"ICU data: {result[0] / 1e6:.1f} MB -> {result[1] / 1e6:.1f} MB")
    return bundle


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.build_app", description=__doc__)
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="work folder")
    parser.add_argument("--clean", action="store_true", help="ignore PyInstaller's cache")
    parser.add_argument("--quiet", action="store_true", help="PyInstaller warnings only")
    args = parser.parse_args(argv)
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        print("PyInstaller is missing: pip install '.[build]'", file=sys.stderr)
        return 2
    started = time.monotonic()
    bundle = build(args.dist.resolve(), args.work.resolve(), clean=args.clean, quiet=args.quiet)
    seconds = time.monotonic() - started
    size = folder_size(bundle)
    print(f"built {bundle} in {seconds:.0f} s: {size / 1e6:.1f} MB unpacked")
    for part_size, name in largest_parts(bundle):
        print(f"  {part_size / 1e6:7.1f} MB  {name}")
    if size > SIZE_LIMIT_MB * 1e6:
        print(f"the bundle is over {SIZE_LIMIT_MB} MB", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    if not __package__:  # run as `python tools/build_app.py`: `tools` from the checkout
        sys.path.insert(0, str(ROOT))
    sys.exit(main())
