"""Engagements screen: list, search and filters in SQL, create/edit through the dialog,
archive with confirmation, show archived, restore, undo."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale, Qt
from sqlmodel import func, select

from cdmo_desktop.domain.enums import PartnerKind
from cdmo_desktop.domain.models import ChangeLog, Charter, Client, Engagement, Partner
from cdmo_desktop.gui.engagements import engagement_dialog as dialog_module
from cdmo_desktop.gui.engagements import engagements as view_module
from cdmo_desktop.gui.engagements.client_dialog import ClientDialog
from cdmo_desktop.gui.engagements.engagement_dialog import EngagementDialog
from cdmo_desktop.gui.engagements.engagement_list_model import EngagementListModel
from cdmo_desktop.gui.engagements.engagements import EngagementsView
from cdmo_desktop.gui.models import choices as choices_module
from cdmo_desktop.gui.undo import commit
from cdmo_desktop.gui.widgets.fields import set_combo_value
from cdmo_desktop.store import choice_lists
from cdmo_desktop.store.partner_edits import set_archived
from tests.store.kickoff_world import build_world

pytestmark = pytest.mark.gui


def titles(view: EngagementsView) -> list[str]:
    return [view.model.row_at(i).title for i in range(view.model.rowCount())]


def count(store, model) -> int:
    with store.read() as s:
        return int(s.exec(select(func.count()).select_from(model)).one())


@pytest.fixture
def world(ctx):
    return build_world(ctx.store)


@pytest.fixture
def view(qtbot, ctx, world):
    v = EngagementsView(ctx)
    qtbot.addWidget(v)
    return v


def fill_new(dialog: EngagementDialog, world, title: str = "HX-101 tox supply") -> None:
    ui = dialog.ui
    ui.titleEdit.setText(title)
    set_combo_value(ui.clientCombo, world.client_id)
    set_combo_value(ui.partnerCombo, world.partner_id)
    ui.programEdit.setText("HX-101")
    ui.startDateEdit.set_value(date(2027, 1, 4))
    ui.endDateEdit.set_value(date(2027, 6, 30))
    ui.budgetAmountEdit.setText("120,000")


def test_list_shows_rows_and_passes_the_model_tester(view, qtmodeltester) -> None:
    assert titles(view) == ["HX-101 process development"]
    row = view.model.row_at(0)
    assert view.model.data(view.model.index(0, 1)) == "Helix Bio"
    assert view.model.data(view.model.index(0, 3)) == "HX-101 · HX-101 free base"
    assert row.partner == "Alpine Synthesis"
    assert view.ui.countLabel.text() == "1 engagement"
    qtmodeltester.check(view.model)


def test_demo_list_passes_the_model_tester(qtbot, demo_ctx, qtmodeltester) -> None:
    model = EngagementListModel(demo_ctx.store)
    model.refresh()
    assert model.rowCount() >= 4
    for column in range(model.columnCount()):
        model.sort(column, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)


def test_search_waits_for_typing_then_filters_in_sql(qtbot, view) -> None:
    view.ui.searchEdit.setText("nothing like this")
    qtbot.waitUntil(lambda: view.model.total == 0, timeout=2000)
    assert view.ui.countLabel.text() == "0 engagements"
    view.ui.searchEdit.setText("alpine")
    qtbot.waitUntil(lambda: view.model.total == 1, timeout=2000)


def test_new_engagement_is_written_with_a_blank_charter_and_undo_removes_it(
    qtbot, ctx, world
) -> None:
    dialog = EngagementDialog(ctx)
    qtbot.addWidget(dialog)
    assert not dialog.ok_button.isEnabled()  # blank form: nothing to save yet
    fill_new(dialog, world)
    assert dialog.ok_button.isEnabled()
    assert dialog.save()
    with ctx.store.read() as s:
        eng = s.get(Engagement, dialog.engagement_id)
        charter = s.exec(select(Charter).where(Charter.engagement_id == eng.id)).one()
    assert eng.title == "HX-101 tox supply" and str(eng.budget_amount) == "120000.00"
    assert charter.planned_start == date(2027, 1, 4)
    ctx.undo_stack.undo()
    assert count(ctx.store, Engagement) == 1 and count(ctx.store, Charter) == 0


def test_end_before_start_is_refused_next_to_the_field_and_writes_nothing(
    qtbot, ctx, world
) -> None:
    dialog = EngagementDialog(ctx)
    qtbot.addWidget(dialog)
    fill_new(dialog, world)
    dialog.ui.endDateEdit.set_value(date(2026, 12, 1))
    assert not dialog.ok_button.isEnabled()
    assert "before start date" in dialog.ui.endDateError.text()
    assert not dialog.ui.endDateError.isHidden()
    dialog.ui.budgetAmountEdit.setText("lots")
    assert "not an amount" in dialog.ui.budgetAmountError.text()
    before = count(ctx.store, ChangeLog)
    assert not dialog.save()
    assert count(ctx.store, ChangeLog) == before and count(ctx.store, Engagement) == 1


def test_edit_changes_only_what_changed(qtbot, ctx, world) -> None:
    dialog = EngagementDialog(ctx, world.engagement_id)
    qtbot.addWidget(dialog)
    dialog.ui.titleEdit.setText("HX-101 process development and GMP campaign")
    assert dialog.save()
    with ctx.store.read() as s:
        changed = s.exec(
            select(ChangeLog).where(
                ChangeLog.table_name == "engagement", ChangeLog.action == "update"
            )
        ).all()
    assert [c.field for c in changed] == ["title"]


def test_new_client_inline_is_picked(qtbot, ctx, world, monkeypatch) -> None:
    dialog = EngagementDialog(ctx)
    qtbot.addWidget(dialog)

    def create_client(client_dialog: ClientDialog) -> int:
        client_dialog.ui.nameEdit.setText("Norrland Pharma")
        assert client_dialog.save()
        return 1

    monkeypatch.setattr(dialog_module.ClientDialog, "exec", create_client)
    dialog.ui.newClientButton.click()
    with ctx.store.read() as s:
        client = s.exec(select(Client).where(Client.name == "Norrland Pharma")).one()
    assert dialog.binder.value("client_id") == client.id


def test_archive_asks_hides_and_restore_brings_back(qtbot, view, ctx, world, monkeypatch) -> None:
    asked: list[str] = []

    def refuse(_parent: object, title: str) -> bool:
        asked.append(title)
        return False

    monkeypatch.setattr(view_module, "confirm_archive", refuse)
    view.select(world.engagement_id)
    view.archive_selected()
    assert asked == ["HX-101 process development"] and titles(view) == [
        "HX-101 process development"
    ]
    monkeypatch.setattr(view_module, "confirm_archive", lambda _p, _t: True)
    view.archive_selected()
    assert titles(view) == []
    view.ui.showArchivedCheck.setChecked(True)
    assert titles(view) == ["HX-101 process development"]
    assert "(archived)" in view.model.data(view.model.index(0, 0))
    assert view.select(world.engagement_id)
    assert view.ui.restoreButton.isEnabled() and not view.ui.archiveButton.isEnabled()
    view.restore_selected()
    with ctx.store.read() as s:
        assert s.get(Engagement, world.engagement_id).archived is False
    ctx.undo_stack.undo()  # undo the restore: archived again
    with ctx.store.read() as s:
        assert s.get(Engagement, world.engagement_id).archived is True


def test_open_emits_the_navigation_signal(qtbot, view, ctx, world) -> None:
    view.select(world.engagement_id)
    with qtbot.waitSignal(ctx.open_engagement_requested) as blocker:
        view.open_selected()
    assert blocker.args == [world.engagement_id]
    assert [a.objectName() for a in view.actions()] == [
        "new_engagement_action",
        "open_engagement_action",
        "edit_engagement_action",
        "archive_engagement_action",
    ]


def test_amounts_accept_separators(qtbot, ctx, world) -> None:
    dialog = EngagementDialog(ctx, world.engagement_id)
    qtbot.addWidget(dialog)
    budget = dialog.ui.budgetAmountEdit
    budget.setLocale(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))

    def parse_amount(text: str) -> Decimal | None:
        budget.setText(text)
        return budget.value()

    assert str(parse_amount("1,250,000.5")) == "1250000.50"
    assert parse_amount("") is None
    with pytest.raises(ValueError):
        parse_amount("12k")


def test_partner_and_client_filters_are_read_when_first_reached_for(
    qtbot, ctx, world, monkeypatch
) -> None:
    """Opening the screen does not read every partner and client (a million-engagement
    portfolio has a hundred thousand partners); the filter lists them once the user goes
    to it, and filters by the partner chosen."""
    reads: list[str] = []
    real = choice_lists.rows

    def counted(store, listing, offset, limit):
        reads.append(listing.which)
        return real(store, listing, offset, limit)

    monkeypatch.setattr(choice_lists, "rows", counted)
    view = EngagementsView(ctx)
    qtbot.addWidget(view)
    view.show()
    assert reads == [] and view.ui.partnerFilterCombo.count() == 1
    qtbot.mouseClick(view.ui.partnerFilterCombo, Qt.MouseButton.LeftButton)
    view.ui.partnerFilterCombo.hidePopup()
    assert view.ui.partnerFilterCombo.itemText(1) == "Alpine Synthesis"
    assert "partner" in reads
    assert view.ui.clientFilterCombo.itemText(1) == "Helix Bio"
    set_combo_value(view.ui.partnerFilterCombo, world.partner_id)
    assert view.model.total == 1


def many_partners(ctx, n: int) -> None:
    with ctx.store.session() as s:
        for i in range(n):
            s.add(Partner(name=f"Partner {i:04d}", kind=PartnerKind.CRO, country="DE"))


def test_a_long_partner_filter_reads_only_the_rows_it_shows(qtbot, ctx, world, monkeypatch) -> None:
    """With thousands of partners the drop-down opens on the rows it shows: it does not
    read (or lay out) every partner first. Scrolling to its end reads the end."""
    many_partners(ctx, 3000)
    read: list[int] = []
    real = choice_lists.rows

    def counted(store, listing, offset, limit):
        found = real(store, listing, offset, limit)
        read.extend([len(found)] if listing.which == "partner" else [])
        return found

    monkeypatch.setattr(choice_lists, "rows", counted)
    view = EngagementsView(ctx)
    qtbot.addWidget(view)
    view.show()
    combo = view.ui.partnerFilterCombo
    qtbot.mouseClick(combo, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: sum(read) > 0)  # the rows shown, read as they are painted
    qtbot.wait(20)
    assert combo.count() == 1 + 3001  # "All partners", the world's partner and 3,000
    assert 0 < sum(read) <= 2 * choices_module.PAGE
    combo.view().scrollToBottom()
    qtbot.waitUntil(lambda: sum(read) > choices_module.PAGE)
    qtbot.wait(20)
    assert sum(read) <= 4 * choices_module.PAGE
    assert combo.itemText(combo.count() - 1) == "Partner 2999"
    combo.hidePopup()


def test_typing_in_the_partner_filter_jumps_to_the_partner(qtbot, ctx, world) -> None:
    """Type-ahead on a closed filter: the letters typed choose the first partner whose
    name starts with them (case ignored), and the list shows that partner's engagements."""
    many_partners(ctx, 500)
    view = EngagementsView(ctx)
    qtbot.addWidget(view)
    view.show()
    combo = view.ui.partnerFilterCombo
    combo.setFocus()
    qtbot.keyClicks(combo, "alp")
    assert combo.currentText() == "Alpine Synthesis"
    assert combo.currentData() == world.partner_id
    assert view.model.total == 1
    assert combo.findData("no such partner") == -1


def test_the_chosen_partner_stays_chosen_when_archived(qtbot, ctx, world) -> None:
    """A partner chosen in the filter and archived meanwhile stays listed and chosen:
    the filter does not silently fall back to every partner."""
    view = EngagementsView(ctx)
    qtbot.addWidget(view)
    view.show()
    combo = view.ui.partnerFilterCombo
    qtbot.mouseClick(combo, Qt.MouseButton.LeftButton)
    combo.hidePopup()
    set_combo_value(combo, world.partner_id)
    commit(ctx, set_archived(ctx.store, world.partner_id, True))
    assert combo.currentData() == world.partner_id
    assert combo.currentText() == "Alpine Synthesis"
    assert view.model.total == 1
