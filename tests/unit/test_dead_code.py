"""Nothing in the package or the benchmarks is left that nothing calls (vulture over the
package, the benchmarks, the tools and the tests, reporting what the package and the
benchmarks define). Set aside: what frameworks call by name (Qt's camelCase overrides,
slots, SQLAlchemy type hooks, reportlab attributes), screens the main window imports by
name, widgets that Designer forms promote, and data that the database, the forms or the
templates read by name (columns, enum members, snapshot fields)."""

from __future__ import annotations

import re
from pathlib import Path

import vulture

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "cdmo_desktop"
# Data the database, the forms or templates read by name: a column, an enum member or a
# snapshot field that no code names is still data.
DATA_MODULES = ("domain/models/", "domain/enums.py", "domain/snapshot.py", "store/demo/")
FRAMEWORK_NAMES = [
    "__getattr__",  # module attributes loaded on first use
    "cache_ok",  # SQLAlchemy TypeDecorator
    "impl",
    "naming_convention",
    "isolation_level",  # sqlite3 connection attribute
    "exc_text",  # logging.LogRecord: the formatted traceback a Formatter prints
    "inherit_cache",  # SQLAlchemy compiled constructs
    "__mapper_args__",  # SQLAlchemy declarative mapping (the row version column)
    "hAlign",  # reportlab flowable attributes
    "stroke*",
    "_on_*",  # Qt slots (connected through signals)
    "process_bind_param",  # SQLAlchemy TypeDecorator hooks
    "process_result_value",
    "paint",  # QGraphicsItem
    "features",  # QStyleOptionViewItem: what the style measures a cell by
]
QT_OVERRIDE = re.compile(r"^[a-z]+[A-Z]\w*$")  # camelCase: Qt virtuals (paintEvent, rowCount)


def named_elsewhere() -> list[str]:
    """Classes named in strings: the screens the main window imports on first visit and the
    widgets the Designer forms promote."""
    pages = (PACKAGE / "gui" / "pages.py").read_text(encoding="utf-8")
    names = re.findall(r'"([A-Z]\w+)",\s*\n?\s*"', pages) + re.findall(r'"([A-Z]\w+)"', pages)
    for form in (ROOT / "ui").glob("*.ui"):
        names += re.findall(r"<class>(\w+)</class>", form.read_text(encoding="utf-8"))
    return sorted(set(names))


def unused_code() -> list[str]:
    v = vulture.Vulture(ignore_names=FRAMEWORK_NAMES + named_elsewhere())
    v.scavenge(
        [str(ROOT / d) for d in ("cdmo_desktop", "bench", "tools", "tests")],
        exclude=[str(PACKAGE / "gui" / "forms"), str(PACKAGE / "store" / "migrations")],
    )
    found = []
    for item in v.get_unused_code(min_confidence=60):
        path = Path(item.filename).resolve()
        if ROOT / "tests" in path.parents or ROOT / "tools" in path.parents:
            continue
        rel = path.relative_to(ROOT).as_posix().removeprefix("cdmo_desktop/")
        if item.typ in ("variable", "attribute") and rel.startswith(DATA_MODULES):
            continue
        if QT_OVERRIDE.match(item.name):
            continue
        found.append(f"{rel}:{item.first_lineno}: unused {item.typ} {item.name!r}")
    return found


def test_nothing_is_left_that_nothing_calls() -> None:
    assert unused_code() == []
