"""Opening an engagement's workspace costs the same whatever else the database holds: every
read it makes (header, RAG advice, charter, team, registers, the Risks and Schedule tabs)
finds its rows through a key of that engagement, never by scanning a table or by a column
every engagement's rows share."""

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
# A search bounded by one engagement's rows: through a key (id, engagement_id, charter_id,
# row_id...), not a column shared by rows of every engagement (kind=?, status=?).
_SEARCH_BY_KEY = re.compile(r"^SEARCH \S+ USING .*\((?:\w+_)?id=\?")


def unbounded_reads(plan: list[str]) -> list[str]:
    """Plan lines whose rows grow with the whole table: a scan of a table or of a whole
    index, or a search on a column that is not a key (a scan of a subquery's own rows is
    fine)."""
    subqueries = {m.group(1) for line in plan if (m := _SUBQUERY.match(line))}
    out = []
    for line in plan:
        scan = _SCAN.match(line)
        whole = scan and scan.group(1) not in subqueries and not scan.group(1).startswith("(")
        if whole or (line.startswith("SEARCH") and not _SEARCH_BY_KEY.match(line)):
            out.append(line)
    return out


def _first_row_probe(statement: str, params: Any) -> bool:
    """A read of one row of a table with no condition (`... LIMIT 1`): bounded whatever
    the table's size."""
    text = " ".join(statement.split()).upper()
    return (
        " WHERE " not in text
        and " JOIN " not in text
        and text.endswith("LIMIT ? OFFSET ?")
        and tuple(params)[-2:] == (1, 0)
    )


def test_reads_growing_with_the_table_are_told_apart_from_keyed_searches() -> None:
    assert _first_row_probe("SELECT t.id FROM t LIMIT ? OFFSET ?", (1, 0))
    assert not _first_row_probe("SELECT t.id FROM t LIMIT ? OFFSET ?", (50, 0))
    assert not _first_row_probe("SELECT t.id FROM t WHERE t.x = ? LIMIT ? OFFSET ?", (3, 1, 0))
    assert unbounded_reads(["SCAN r"]) == ["SCAN r"]
    assert unbounded_reads(["SCAN r USING INDEX ix_status_report_engagement_id"]) != []
    assert unbounded_reads(["SEARCH milestone USING INDEX ix_milestone_kind (kind=?)"]) != []
    assert (
        unbounded_reads(["SEARCH m USING INDEX ix_milestone_engagement_id (engagement_id=?)"]) == []
    )
    assert unbounded_reads(["SEARCH l USING INDEX ix_change_log_row_time (row_id=?)"]) == []
    assert unbounded_reads(["SEARCH e USING INDEX sqlite_autoindex_engagement_1 (id=?)"]) == []
    assert (
        unbounded_reads(["MATERIALIZE report", "SCAN report LEFT-JOIN", "SCAN (subquery-4)"]) == []
    )


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
            if _first_row_probe(statement, params):
                continue  # "is there any?": the scan stops at the first row
            plan = [
                str(r[-1]) for r in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", params)
            ]
            if found := unbounded_reads(plan):
                scans[" ".join(statement.split())[:200]] = found
    assert scans == {}
