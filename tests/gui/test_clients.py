"""The Clients screen beside Partners (Ctrl+7; Ctrl+1 to Ctrl+6 stay), its search, card,
archive and restore with undo; and team members picked from the client's and the
partner's contacts with the keyboard instead of typed twice."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlmodel import select

from cdmo_desktop.domain.enums import Side
from cdmo_desktop.domain.models import Client, Contact, TeamMember
from cdmo_desktop.gui.context import AppContext
from cdmo_desktop.gui.engagements import clients as clients_module
from cdmo_desktop.gui.engagements.clients import ClientsView
from cdmo_desktop.gui.engagements.team import TeamTab
from cdmo_desktop.gui.undo import commit_or_report
from cdmo_desktop.store.engagement_edits import edit_client
from tests.store.kickoff_world import World, build_world
from tests.undo_support import check_undo_redo

pytestmark = pytest.mark.gui
TODAY = date(2026, 11, 20)


@pytest.fixture
def world(ctx: AppContext) -> World:
    world = build_world(ctx.store)
    with ctx.store.session() as s:
        s.add(
            Contact(
                client_id=world.client_id,
                name="Maya Stone",
                role="Head of CMC",
                email="maya@helix.bio",
                phone="+1 617 555 0100",
            )
        )
        s.add(
            Contact(
                partner_id=world.partner_id,
                name="Urs Keller",
                role="QA head",
                email="urs@alpine.ch",
                phone="+41 61 555 0199",
            )
        )
        s.add(Client(name="Norrland Pharma", country="SE"))
    return world


@pytest.fixture
def view(qtbot: QtBot, ctx: AppContext, world: World) -> ClientsView:
    v = ClientsView(ctx)
    qtbot.addWidget(v)
    return v


def names(view: ClientsView) -> list[str]:
    return [view.model.row_at(i).name for i in range(view.model.rowCount())]


# --- the screen ---------------------------------------------------------------------------
def test_clients_sit_beside_partners_and_keep_the_screen_shortcuts(qtbot: QtBot, ctx) -> None:
    from cdmo_desktop.gui.main_window import MainWindow
    from cdmo_desktop.gui.pages import SCREENS

    assert [s.key for s in SCREENS][:3] == ["portfolio", "partners", "clients"]
    window = MainWindow(ctx, remember_database=False)
    qtbot.addWidget(window)
    shortcuts = {k: a.shortcut().toString() for k, a in window.screen_actions.items()}
    assert shortcuts == {
        "portfolio": "Ctrl+1",
        "partners": "Ctrl+2",
        "engagements": "Ctrl+3",
        "risks": "Ctrl+4",
        "schedule": "Ctrl+5",
        "reports": "Ctrl+6",
        "clients": "Ctrl+7",
    }
    window.screen_actions["clients"].trigger()
    assert isinstance(window.stack.currentWidget(), ClientsView)
    assert window.sidebar.currentItem().text() == "Clients"


def test_the_list_searches_contacts_and_shows_the_card(qtbot: QtBot, view: ClientsView) -> None:
    assert names(view) == ["Helix Bio", "Norrland Pharma"]
    assert view.count_label.text() == "2 clients"
    view.select(view.model.row_at(0).id)
    card = view.card.text()
    assert "Maya Stone" in card and "maya@helix.bio" in card
    assert "HX-101 process development" in card and "Alpine Synthesis" in card
    view.search_edit.setFocus()
    qtbot.keyClicks(view.search_edit, "maya")
    qtbot.waitUntil(lambda: names(view) == ["Helix Bio"], timeout=2000)
    assert view.count_label.text() == "1 client"


def test_a_new_client_is_added_from_the_screen(
    qtbot: QtBot, ctx: AppContext, view: ClientsView, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fill_and_save(dialog: Any) -> int:
        dialog.ui.nameEdit.setText("Aurora Therapeutics")
        assert dialog.save()
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(clients_module.ClientDialog, "exec", fill_and_save)
    check_undo_redo(ctx, view.new_client)
    assert "Aurora Therapeutics" in names(view)


def test_archive_asks_hides_and_restore_brings_back_with_undo(
    qtbot: QtBot, ctx: AppContext, view: ClientsView, world: World, monkeypatch
) -> None:
    view.select(world.client_id)
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Cancel)
    view.archive_selected()
    assert names(view) == ["Helix Bio", "Norrland Pharma"]
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    check_undo_redo(ctx, view.archive_selected)
    assert ctx.undo_stack.undoText() == "Archive client Helix Bio"
    assert names(view) == ["Norrland Pharma"]
    view.archived_check.setChecked(True)
    assert view.select(world.client_id) and view.restore_button.isEnabled()
    check_undo_redo(ctx, view.restore_selected)
    view.archived_check.setChecked(False)
    assert names(view) == ["Helix Bio", "Norrland Pharma"]


def test_the_screen_has_its_shortcuts_and_is_never_dirty(view: ClientsView) -> None:
    assert view.new_action.shortcut() == QKeySequence(QKeySequence.StandardKey.New)
    assert [a.objectName() for a in view.actions()] == [
        "newClientAction",
        "editClientAction",
        "archiveClientAction",
    ]
    assert not view.is_dirty() and view.save()


# --- team members from contacts -----------------------------------------------------------
def test_a_team_member_is_picked_from_the_contacts_with_the_keyboard(
    qtbot: QtBot, ctx: AppContext, world: World
) -> None:
    tab = TeamTab(ctx, world.engagement_id, today=TODAY)
    qtbot.addWidget(tab)
    members = tab.members
    combo = members.ui.contactCombo
    listed = [combo.itemText(i) for i in range(1, combo.count())]
    assert listed[0].startswith("Maya Stone (Client: Head of CMC, Helix Bio)")
    assert any(t.startswith("Urs Keller (Partner: QA head, Alpine Synthesis)") for t in listed)
    members.new_button.click()
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # the first contact: Maya Stone
    b = members.binder
    assert (b.value("name"), b.value("side"), b.value("organisation")) == (
        "Maya Stone",
        Side.CLIENT.value,
        "Helix Bio",
    )
    assert (b.value("role"), b.value("email"), b.value("phone")) == (
        "Head of CMC",
        "maya@helix.bio",
        "+1 617 555 0100",
    )
    after = check_undo_redo(ctx, members.save)
    assert any("maya@helix.bio" in row for row in after["team_member"])
    with ctx.store.read() as s:
        maya = s.exec(select(TeamMember).where(TeamMember.name == "Maya Stone")).one()
    assert (maya.side, maya.organisation, maya.phone) == (
        Side.CLIENT,
        "Helix Bio",
        "+1 617 555 0100",
    )
    members.reload()
    assert any(
        "Maya Stone" in combo.itemText(i) and "in the team" in combo.itemText(i)
        for i in range(combo.count())
    )


def test_picking_a_contact_while_a_member_is_shown_starts_a_new_member(
    qtbot: QtBot, ctx: AppContext, world: World
) -> None:
    tab = TeamTab(ctx, world.engagement_id, today=TODAY)
    qtbot.addWidget(tab)
    members = tab.members
    shown = members.current_id
    assert shown is not None
    combo = members.ui.contactCombo
    index = next(i for i in range(combo.count()) if combo.itemText(i).startswith("Urs Keller"))
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    assert members.current_id is None and members.binder.value("name") == "Urs Keller"
    assert members.binder.value("side") == Side.PARTNER.value


def test_a_long_list_stays_where_it_is_when_a_client_changes(
    qtbot: QtBot, ctx: AppContext, world: World
) -> None:
    with ctx.store.session() as s:
        for i in range(900):
            s.add(Client(name=f"Client {i:04d}"))
    view = ClientsView(ctx)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    qtbot.waitExposed(view)
    table, model = view.table, view.model
    assert model.rowCount() == 902  # all rows known at once: no fetchMore
    table.scrollTo(model.index(700, 0), table.ScrollHint.PositionAtTop)
    table.selectRow(705)
    qtbot.wait(1)
    top, selected = table.rowAt(0), view.selected_id()
    top_name = model.index(top, 0).data()
    assert top_name == "Client 0700" and "Client 0705" in view.card.text()
    # Another write (a client renamed far above) reaches the screen as a change notice.
    other = model.key_at(10)
    commit_or_report(ctx, lambda: edit_client(ctx.store, other, {"name": "Client 0010 Ltd"}, []))
    qtbot.wait(1)
    assert table.rowAt(0) == top and model.index(top, 0).data() == top_name
    assert view.selected_id() == selected
    # The selected client archived: the row that took its place is selected, nothing jumps.
    set_archived = clients_module.set_client_archived
    commit_or_report(ctx, lambda: set_archived(ctx.store, selected, True))
    qtbot.wait(1)
    assert model.rowCount() == 901 and table.rowAt(0) == top
    assert model.index(705, 0).data() == "Client 0706"
    assert view.selected_id() == model.key_at(705)
