"""The risk screens' modules depend on each other one way only (the form state no longer
reaches back into the form), and none of them opens a store session or imports the ORM."""

from __future__ import annotations

import ast
from pathlib import Path

import cdmo_desktop.gui.risks as package

PACKAGE = "cdmo_desktop.gui.risks"
FOLDER = Path(package.__file__).parent


def _imports(path: Path) -> set[str]:
    """Every module `path` imports, at any depth of the file (lazy imports included)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def _graph() -> dict[str, set[str]]:
    modules = {f"{PACKAGE}.{p.stem}": p for p in FOLDER.glob("*.py") if p.stem != "__init__"}
    return {name: _imports(path) & set(modules) for name, path in modules.items()}


def test_no_import_cycles_among_the_risk_screens() -> None:
    graph = _graph()
    assert "cdmo_desktop.gui.risks.risk_form_state" in graph["cdmo_desktop.gui.risks.risk_form"]
    done: set[str] = set()

    def visit(name: str, path: tuple[str, ...]) -> None:
        assert name not in path, f"import cycle: {' -> '.join((*path, name))}"
        if name in done:
            return
        for target in sorted(graph[name]):
            visit(target, (*path, name))
        done.add(name)

    for name in sorted(graph):
        visit(name, ())


def test_the_risk_screens_neither_open_sessions_nor_import_the_orm() -> None:
    for path in FOLDER.glob("*.py"):
        text = path.read_text(encoding="utf-8")
        imported = _imports(path)
        assert not {m.split(".")[0] for m in imported} & {"sqlalchemy", "sqlmodel"}, path.name
        assert "store.session(" not in text and "store.read(" not in text, path.name
        assert "gui.commands" not in text, path.name
