"""With German chosen, the engagement workspace, the Schedule screen and the Reports screen
speak German: tab titles, register buttons and columns, the schedule's actions, headers and
summary line, and a sentence the PDF worker sends from its process (no translators there)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from sqlmodel import select

from cdmo_desktop.domain.models import Engagement
from cdmo_desktop.gui import i18n
from cdmo_desktop.gui.engagements.workspace import EngagementWorkspace
from cdmo_desktop.gui.reports import pdf_build
from cdmo_desktop.gui.reports.reports import ReportsView
from cdmo_desktop.gui.schedule.schedule import ScheduleView
from cdmo_desktop.gui.schedule.schedule_table import START
from tests.conftest import DEMO_TODAY
from tests.schedule_data import make_plan

pytestmark = pytest.mark.gui


def _header(model: Any, column: int) -> str:
    return str(model.headerData(column, Qt.Orientation.Horizontal))


def test_the_workspace_speaks_german(german: None, qtbot: Any, demo_ctx: Any) -> None:
    with demo_ctx.store.read() as s:
        eid = s.exec(select(Engagement.id)).first()
    w = EngagementWorkspace(demo_ctx, str(eid), today=DEMO_TODAY)
    qtbot.addWidget(w)
    tabs = [w.ui.tabs.tabText(i) for i in range(w.ui.tabs.count())]
    assert tabs[:5] == [
        "Charta",
        "Team && RACI",
        "Kommunikation",
        "Informationsaustausch",
        "Entscheidungen && Maßnahmen",
    ]
    actions = w.decisions.actions_editor
    assert actions.new_button.text() == "Neue Maßnahme"
    assert _header(actions.model, 2) == "Fällig"
    assert w.decisions.decisions.new_button.text() == "Neue Entscheidung"
    assert w.decisions.inner.tabText(0) == "Entscheidungsprotokoll"


def test_the_schedule_speaks_german(german: None, qtbot: Any, ctx: Any, store: Any) -> None:
    plan = make_plan(store)
    v = ScheduleView(ctx, plan.engagement_id)
    qtbot.addWidget(v)
    qtbot.waitUntil(lambda: v.doc.complete, timeout=5000)
    assert v.acts.add_task.text() == "Vorgang hinzufügen"
    assert v.acts.baseline.text() == "Basisplan festlegen…"
    assert _header(v.table.model(), START) == "Beginn"
    v.show_status()
    assert "Einträge" in v.message.text()
    assert v.drag_hint.text().startswith("Ziehen Sie einen Balken, um ihn zu verschieben")


def test_the_reports_screen_and_the_pdf_worker_speak_german(
    german: None, qtbot: Any, demo_ctx: Any
) -> None:
    v = ReportsView(demo_ctx)
    qtbot.addWidget(v)
    assert v.new_report_action.text() == "Neuer Statusbericht…"
    assert _header(v.report_model, 1) == "Zeitraum"
    # Built in the worker process in English, translated where the window shows it.
    sent = pdf_build.sentence(RuntimeError("boom"))
    assert str(sent).startswith("The PDF could not be built")
    assert i18n.message(sent).startswith("Das PDF konnte wegen eines unerwarteten Fehlers")
