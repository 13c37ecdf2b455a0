"""The engagement workspace: its tabs, lazy Risks/Schedule, Export, Ctrl+S and the
unsaved-changes prompt before leaving; every tab on the demo portfolio."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QWidget
from sqlmodel import select

from cdmo_desktop.domain.models import Charter, Engagement
from cdmo_desktop.gui.engagements import workspace as module
from cdmo_desktop.gui.engagements import workspace_records
from cdmo_desktop.gui.engagements.workspace import TAB_KEYS, EngagementWorkspace
from tests.store.kickoff_world import build_world

pytestmark = pytest.mark.gui
TODAY = date(2026, 11, 20)


@pytest.fixture(autouse=True)
def no_prompts(monkeypatch):
    """Closing a dirty workspace at teardown must not block on a modal question."""
    monkeypatch.setattr(module, "ask_unsaved", lambda _p, _w: "discard")
    monkeypatch.setattr(workspace_records, "ask_unsaved", lambda _p, _w: "discard")


@pytest.fixture
def world(ctx):
    return build_world(ctx.store)


@pytest.fixture
def workspace(qtbot, ctx, world):
    w = EngagementWorkspace(ctx, world.engagement_id, today=TODAY)
    qtbot.addWidget(w)
    return w


class FakeTab(QWidget):
    made: list[tuple[object, str]] = []

    def __init__(self, ctx, *, engagement_id: str) -> None:
        super().__init__()
        FakeTab.made.append((ctx, engagement_id))


def test_header_and_tabs(workspace) -> None:
    tabs = workspace.ui.tabs
    assert [tabs.tabText(i) for i in range(tabs.count())] == [
        "Charter",
        "Team && RACI",
        "Communication",
        "Information sharing",
        "Decisions && actions",
        "Risks",
        "Schedule",
        "KPIs",
    ]
    assert workspace.ui.titleLabel.text() == "HX-101 process development"
    assert "Helix Bio × Alpine Synthesis" in workspace.ui.subtitleLabel.text()
    assert "Draft" in workspace.ui.charterBadgeLabel.text()


def test_risks_and_schedule_are_built_when_first_shown(monkeypatch, ctx, world, workspace) -> None:
    FakeTab.made = []
    monkeypatch.setattr(module, "external_tab_class", lambda key: FakeTab)
    assert FakeTab.made == []
    workspace.show_tab("risks")
    workspace.show_tab("charter")
    workspace.show_tab("risks")
    assert FakeTab.made == [(ctx, world.engagement_id)]  # once, with the engagement
    workspace.show_tab("schedule")
    assert FakeTab.made == [(ctx, world.engagement_id)] * 2


def test_the_real_risks_and_schedule_screens_fill_their_tabs(world, workspace) -> None:
    from cdmo_desktop.gui.risks.risks import RisksView
    from cdmo_desktop.gui.schedule.schedule import ScheduleView

    workspace.show_tab("risks")
    workspace.show_tab("schedule")
    assert isinstance(workspace.external["risks"], RisksView)
    assert isinstance(workspace.external["schedule"], ScheduleView)


def test_export_opens_the_reports_dialog_for_this_engagement(monkeypatch, world, workspace) -> None:
    opened: list[dict] = []

    class FakeExport:
        def __init__(self, ctx, *, engagement_id, parent) -> None:
            opened.append({"engagement_id": engagement_id, "parent": parent})

        def exec(self) -> int:
            return 0

    import cdmo_desktop.gui.reports.reports as reports_view

    monkeypatch.setattr(reports_view, "ExportDialog", FakeExport)
    assert workspace.export_action.shortcut().toString() == "Ctrl+E"
    assert (
        workspace.export_action.shortcutContext() == Qt.ShortcutContext.WidgetWithChildrenShortcut
    )
    workspace.export_action.trigger()
    assert opened == [{"engagement_id": world.engagement_id, "parent": workspace}]


def test_ctrl_s_saves_every_dirty_tab(ctx, workspace) -> None:
    workspace.charter.ui.kickoffPlaceEdit.setText("Basel")
    workspace.communication.new_button.click()
    workspace.communication.ui.nameEdit.setText("Weekly call")
    assert workspace.is_dirty()
    workspace.save_action.trigger()
    assert not workspace.is_dirty()
    with ctx.store.read() as s:
        assert s.exec(select(Charter)).one().kickoff_place == "Basel"
    assert workspace.communication.model.rowCount() == 1


def test_a_refused_tab_is_shown_and_stops_the_save(ctx, workspace) -> None:
    workspace.datashare.new_button.click()
    workspace.datashare.ui.restrictionsEdit.setPlainText("Internal use only")  # no item name
    workspace.show_tab("charter")
    assert not workspace.save()
    assert workspace.ui.tabs.currentWidget() is workspace.datashare
    assert "required" in workspace.datashare.ui.itemError.text()


def test_leaving_with_unsaved_edits_asks(monkeypatch, ctx, workspace) -> None:
    assert workspace.maybe_leave()  # nothing to lose
    workspace.charter.ui.kickoffPlaceEdit.setText("Visp")
    monkeypatch.setattr(module, "ask_unsaved", lambda _p, _w: "cancel")
    assert not workspace.maybe_leave()
    event = QCloseEvent()
    workspace.closeEvent(event)
    assert not event.isAccepted()
    monkeypatch.setattr(module, "ask_unsaved", lambda _p, _w: "discard")
    assert workspace.maybe_leave() and not workspace.is_dirty()
    workspace.charter.ui.kickoffPlaceEdit.setText("Visp")
    monkeypatch.setattr(module, "ask_unsaved", lambda _p, _w: "save")
    assert workspace.maybe_leave()
    with ctx.store.read() as s:
        assert s.exec(select(Charter)).one().kickoff_place == "Visp"


def test_header_follows_an_edit_of_the_engagement(ctx, world, workspace) -> None:
    from cdmo_desktop.gui.undo import commit
    from cdmo_desktop.store.engagement_edits import edit_engagement

    commit(ctx, edit_engagement(ctx.store, world.engagement_id, {"title": "HX-101 PD"}))
    assert workspace.ui.titleLabel.text() == "HX-101 PD"


def test_every_tab_opens_on_the_demo_portfolio(qtbot, demo_ctx, qtmodeltester) -> None:
    with demo_ctx.store.read() as s:
        ids = [e.id for e in s.exec(select(Engagement)).all()]
    assert ids
    for eid in ids:
        w = EngagementWorkspace(demo_ctx, eid, today=TODAY)
        qtbot.addWidget(w)
        for key in TAB_KEYS:
            w.show_tab(key)
        models = [
            w.team.members.model,
            w.team.raci.model,
            w.communication.model,
            w.datashare.model,
            w.decisions.decisions.model,
            w.decisions.actions_editor.model,
        ]
        for model in models:
            qtmodeltester.check(model)
        assert w.team.members.model.rowCount() > 0
        assert not w.is_dirty()


def test_unsaved_edits_in_a_built_external_tab_count(monkeypatch, workspace) -> None:
    class EditableFake(QWidget):
        def __init__(self, ctx, *, engagement_id: str) -> None:
            super().__init__()
            self.dirty, self.saved = True, False

        def is_dirty(self) -> bool:
            return self.dirty

        def save(self) -> bool:
            self.saved, self.dirty = True, False
            return True

        def discard(self) -> None:
            self.dirty = False

    monkeypatch.setattr(module, "external_tab_class", lambda key: EditableFake)
    assert not workspace.is_dirty()
    workspace.show_tab("schedule")
    assert workspace.is_dirty()
    assert workspace.save() and workspace.external["schedule"].saved
