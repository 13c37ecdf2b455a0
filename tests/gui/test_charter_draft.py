"""Issue 11, item 21: charter text typed but not saved survives the process dying. A
moment after typing, a draft is written beside the database; the next time the charter is
opened it is offered back; saving or discarding removes it."""

from __future__ import annotations

import json
from datetime import date

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlmodel import select

from cdmo_desktop.domain.models import Charter
from cdmo_desktop.gui.context import AppContext
from cdmo_desktop.gui.engagements.charter import CharterTab
from cdmo_desktop.gui.engagements.charter_draft import CharterDraftKeeper
from cdmo_desktop.store.charter_drafts import (
    draft_path,
    drafts_folder,
    read_draft,
    remove_draft,
    write_draft,
)
from cdmo_desktop.store.charters import load_charter
from tests.store.kickoff_world import World, build_world
from tests.store.test_charters_store import full_charter

pytestmark = pytest.mark.gui
TODAY = date(2026, 11, 20)
SCOPE = "Route scouting and a 2 kg tox batch"


@pytest.fixture
def world(ctx: AppContext) -> World:
    return build_world(ctx.store)


@pytest.fixture(autouse=True)
def quick(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(CharterDraftKeeper, "DELAY_MS", 50)


def opened(qtbot: QtBot, ctx: AppContext, world: World) -> CharterTab:
    tab = CharterTab(ctx, world.engagement_id, today=TODAY)
    qtbot.addWidget(tab)
    tab.show()
    return tab


def type_scope(qtbot: QtBot, tab: CharterTab, text: str = SCOPE) -> None:
    tab.ui.scopeEdit.setFocus()
    qtbot.keyClicks(tab.ui.scopeEdit, text)


def died_while_typing(qtbot: QtBot, ctx: AppContext, world: World) -> None:
    """Typing, a moment's pause (the draft is written), then the process is gone: the tab
    is thrown away without saving, discarding or asking."""
    tab = opened(qtbot, ctx, world)
    type_scope(qtbot, tab)
    path = draft_path(ctx.store.path, world.engagement_id)
    qtbot.waitUntil(path.exists, timeout=3000)
    tab.drafts.timer.stop()
    tab.hide()
    tab.setParent(None)


def saved_scope(ctx: AppContext) -> str:
    with ctx.store.read() as s:
        return s.exec(select(Charter)).one().scope


def test_unsaved_text_is_offered_back_and_saved(qtbot: QtBot, ctx: AppContext, world) -> None:
    died_while_typing(qtbot, ctx, world)
    tab = opened(qtbot, ctx, world)
    assert tab.ui.draftBar.isVisible() and "was not saved" in tab.ui.draftLabel.text()
    assert tab.ui.scopeEdit.toPlainText() == "" and not tab.is_dirty()
    qtbot.mouseClick(tab.ui.restoreDraftButton, Qt.MouseButton.LeftButton)
    assert tab.ui.scopeEdit.toPlainText() == SCOPE and tab.is_dirty()
    assert not tab.ui.draftBar.isVisible()
    assert tab.save()
    assert saved_scope(ctx) == SCOPE
    assert not draft_path(ctx.store.path, world.engagement_id).exists()
    assert not drafts_folder(ctx.store.path).exists()


def test_throwing_the_draft_away_keeps_the_saved_charter(
    qtbot: QtBot, ctx: AppContext, world
) -> None:
    died_while_typing(qtbot, ctx, world)
    tab = opened(qtbot, ctx, world)
    qtbot.mouseClick(tab.ui.dropDraftButton, Qt.MouseButton.LeftButton)
    assert not tab.ui.draftBar.isVisible() and not tab.is_dirty()
    assert read_draft(ctx.store.path, world.engagement_id) is None
    again = opened(qtbot, ctx, world)
    assert not again.ui.draftBar.isVisible()


def test_discarding_the_edits_removes_the_draft(qtbot: QtBot, ctx: AppContext, world) -> None:
    tab = opened(qtbot, ctx, world)
    type_scope(qtbot, tab)
    path = draft_path(ctx.store.path, world.engagement_id)
    qtbot.waitUntil(path.exists, timeout=3000)
    tab.discard()
    assert not path.exists() and tab.ui.scopeEdit.toPlainText() == ""


def test_a_draft_that_says_what_is_saved_is_not_offered(
    qtbot: QtBot, ctx: AppContext, world
) -> None:
    write_draft(ctx.store.path, load_charter(ctx.store, world.engagement_id))
    tab = opened(qtbot, ctx, world)
    assert not tab.ui.draftBar.isVisible()
    assert read_draft(ctx.store.path, world.engagement_id) is None


# --- the draft file ---------------------------------------------------------------------
def test_a_draft_reads_back_equal_and_leaves_no_temporary_file(ctx: AppContext, world) -> None:
    data = full_charter(world)
    path = write_draft(ctx.store.path, data)
    assert [p.name for p in path.parent.iterdir()] == [path.name]
    draft = read_draft(ctx.store.path, world.engagement_id)
    assert draft is not None
    back = draft.data
    assert back.fields == data.fields
    assert (back.site_ids, back.attendee_ids, back.status) == (
        data.site_ids,
        data.attendee_ids,
        data.status,
    )
    assert back.metrics == data.metrics and back.escalation == data.escalation
    remove_draft(ctx.store.path, world.engagement_id)
    assert not path.parent.exists()


def test_an_unreadable_draft_is_ignored(ctx: AppContext, world) -> None:
    path = draft_path(ctx.store.path, world.engagement_id)
    path.parent.mkdir()
    path.write_text("{ half written", encoding="utf-8")
    assert read_draft(ctx.store.path, world.engagement_id) is None
    path.write_text(json.dumps({"version": 99}), encoding="utf-8")
    assert read_draft(ctx.store.path, world.engagement_id) is None
