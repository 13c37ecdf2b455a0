"""The PDFs, the snapshots and the command line write dates and amounts through the one
Qt-free formatter (domain.formats): English, whatever the process locale, and exact."""

from __future__ import annotations

import ast
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from cdmo_desktop.domain import cadence
from cdmo_desktop.domain.enums import Cadence
from cdmo_desktop.store import Store

ROOT = Path(__file__).resolve().parents[2] / "cdmo_desktop"
OWN = [
    *sorted((ROOT / "reports").rglob("*.py")),
    *sorted((ROOT / "cli").glob("*.py")),
    *(ROOT / "store" / f for f in ("agreements.py", "agreement_edits.py", "status_reports.py",
                                   "snapshots.py", "snapshot_rows.py")),
    *(ROOT / "domain" / f for f in ("snapshot.py", "placeholders.py", "cadence.py")),
]  # fmt: skip
SHARED = {"fonts.py", "text.py", "cells.py"}  # the script-font helper's files


def _own_formatting(path: Path) -> list[str]:
    """strftime calls, date format specs ("%b") and thousands specs (",.2f") in a file."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Attribute) and node.attr == "strftime":
            found.append(f"{path.name}:{node.lineno} strftime")
        if isinstance(node, ast.FormattedValue) and isinstance(node.format_spec, ast.JoinedStr):
            spec = "".join(
                str(v.value) for v in node.format_spec.values if isinstance(v, ast.Constant)
            )
            if "%" in spec or "," in spec:
                found.append(f"{path.name}:{node.lineno} format spec {spec!r}")
    return found


@pytest.mark.parametrize("path", [p for p in OWN if p.name not in SHARED], ids=lambda p: p.name)
def test_no_formatting_of_its_own(path: Path) -> None:
    assert _own_formatting(path) == []


def test_the_check_finds_what_it_looks_for(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text('d = 1\na = f"{d:%b %Y}"\nb = f"{d:,.2f}"\nc = d.strftime("%A")\n')
    assert len(_own_formatting(sample)) == 3


def test_cadence_speaks_english() -> None:
    assert cadence.describe(Cadence.WEEKLY, date(2026, 12, 1)) == "Weekly (Tuesdays)"


def test_budget_prints_exactly(demo_store: Store) -> None:
    from sqlmodel import select

    from cdmo_desktop.domain.models import Engagement
    from cdmo_desktop.store.snapshots import engagement_snapshot

    with demo_store.session() as s:
        e = s.exec(select(Engagement)).first()
        assert e is not None
        e.budget_amount, e.budget_currency = Decimal("99999999999999.99"), "EUR"
        engagement_id = e.id
    with demo_store.read() as s:
        info = engagement_snapshot(s, engagement_id).engagement
    assert info.budget == "99,999,999,999,999.99 EUR"
