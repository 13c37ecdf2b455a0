"""The schedule's GUI modules: no import cycles among them (imports for type checking
included), no database sessions and no ORM imports."""

from __future__ import annotations

import ast
from pathlib import Path

import cdmo_desktop

PACKAGE = Path(cdmo_desktop.__file__).parent
MODULES = [
    *sorted((PACKAGE / "gui" / "schedule").glob("*.py")),
    *sorted((PACKAGE / "gui" / "widgets").glob("gantt_*.py")),
]


def _name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def test_no_import_cycles() -> None:
    names = {_name(p): p for p in MODULES}
    graph = {name: _imports(path) & set(names) - {name} for name, path in names.items()}

    def reaches(start: str, goal: str, seen: set[str]) -> bool:
        for nxt in graph[start]:
            if nxt == goal or (nxt not in seen and reaches(nxt, goal, seen | {nxt})):
                return True
        return False

    cycles = sorted(name for name in graph if reaches(name, name, {name}))
    assert cycles == []


def test_no_sessions_and_no_orm() -> None:
    for path in MODULES:
        imports = _imports(path)
        assert not {i for i in imports if i.split(".")[0] in ("sqlalchemy", "sqlmodel")}, path
        text = path.read_text(encoding="utf-8")
        assert ".session(" not in text and "store.read(" not in text, path
