"""Opening an engagement's workspace costs the same whatever else the database holds: every
read it makes (header, RAG advice, charter, team, registers, the Risks and Schedule tabs)
finds its rows through an index, never by scanning a table."""

from __future__ import annotations

import re
from typing import Any

import sqlalchemy as sa
from PySide6.QtWidgets import QApplication
from sqlmodel import select

from cdmo_desktop.domain.models import Engagement, Risk
from cdmo_desktop.gui.context import AppContext
from cdmo_desktop.gui.engagements.workspace import TAB_KEYS, EngagementWorkspace

_SUBQUERY = re.compile(r"^(?:MATERIALIZE|CO-ROUTINE) (\S+)")
_SCAN = re.compile(r"^SCAN (\S+)")


def full_scans(plan: list[str]) -> list[str]:
    """Plan lines reading a whole table (scans of a subquery's own rows are fine)."""
    subqueries = {m.group(1) for line in plan if (m := _SUBQUERY.match(line))}
    return [
        line
        for line in plan
        if (m := _SCAN.match(line))
        and "INDEX" not in line
        and m.group(1) not in subqueries
        and not m.group(1).startswith("(subquery")
    ]


def test_full_scans_are_told_apart_from_index_walks_and_subqueries() -> None:
    assert full_scans(["SCAN r"]) == ["SCAN r"]
    assert full_scans(["SCAN e USING INDEX ix_engagement_sort_title"]) == []
    assert full_scans(["MATERIALIZE report", "SCAN report LEFT-JOIN", "SCAN (subquery-4)"]) == []


def test_every_read_of_an_opened_workspace_uses_an_index(qtbot: Any, demo_ctx: AppContext) -> None:
    store = demo_ctx.store
    with store.read() as s:
        busiest = s.exec(
            select(Risk.engagement_id).group_by(Risk.engagement_id).order_by(sa.func.count().desc())
        ).first()
        assert busiest is not None and s.get(Engagement, busiest) is not None
    statements: list[tuple[str, Any]] = []

    def record(_conn: Any, _cursor: Any, statement: str, params: Any, *_args: Any) -> None:
        if statement.lstrip().upper().startswith(("SELECT", "WITH")):
            statements.append((statement, params))

    sa.event.listen(store.engine, "before_cursor_execute", record)
    try:
        workspace = EngagementWorkspace(demo_ctx, busiest)
        qtbot.addWidget(workspace)
        workspace.resize(1366, 768)
        workspace.show()
        for key in TAB_KEYS:
            workspace.show_tab(key)
            QApplication.processEvents()
    finally:
        sa.event.remove(store.engine, "before_cursor_execute", record)
    assert len(statements) > 10
    scans = {}
    with store.engine.connect() as conn:
        for statement, params in statements:
            plan = [str(r[-1]) for r in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", params)]
            if found := full_scans(plan):
                scans[" ".join(statement.split())[:200]] = found
    assert scans == {}
