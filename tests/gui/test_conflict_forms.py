"""Every edit form that saves an existing row goes through the conflict dialog: another
user saved the record while it was open, so the save is refused with who and when, and
Reload shows theirs while Overwrite saves mine as a normal edit."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import pytest
from PySide6.QtWidgets import QLineEdit
from sqlmodel import select

from cdmo_desktop.domain import clock
from cdmo_desktop.domain.models import (
    Agreement,
    Client,
    Contact,
    Decision,
    Engagement,
    EngagementKpi,
    Milestone,
    Partner,
    Risk,
    RiskReview,
    new_id,
)
from cdmo_desktop.gui.engagements.charter import CharterTab
from cdmo_desktop.gui.engagements.client_dialog import ClientDialog
from cdmo_desktop.gui.engagements.decisions import DecisionsEditor
from cdmo_desktop.gui.engagements.engagement_dialog import EngagementDialog
from cdmo_desktop.gui.kpis.kpi_dialog import KpiDialog
from cdmo_desktop.gui.partners.partner_profile import PartnerProfileView
from cdmo_desktop.gui.reports.agreement_clauses import ClauseEditor
from cdmo_desktop.gui.reports.agreement_dialog import AgreementDialog
from cdmo_desktop.gui.risks.risk_review import RiskReviewDialog
from cdmo_desktop.gui.schedule import schedule_table as cols
from cdmo_desktop.gui.schedule.schedule import ScheduleView
from cdmo_desktop.gui.widgets.fields import combo_value, set_combo_value
from cdmo_desktop.store import partner_edits, risk_edits, schedule_edits
from cdmo_desktop.store.agreement_edits import edit_agreement, edit_clause
from cdmo_desktop.store.agreements import clauses_of
from cdmo_desktop.store.charters import load_charter, save_charter
from cdmo_desktop.store.engagement_edits import edit_client, edit_engagement
from cdmo_desktop.store.engagements import client_record
from cdmo_desktop.store.workspace import DECISIONS
from tests.conftest import DEMO_TODAY
from tests.gui.conflict_support import answer, overwrite, reload, second_user
from tests.gui.kpi_support import engagement_with_kpis
from tests.risks_support import TODAY, add_risk, make_portfolio
from tests.schedule_data import make_plan
from tests.store.kickoff_world import build_world

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def _demo_day() -> Iterator[None]:
    with clock.frozen(DEMO_TODAY):
        yield


def _get(store: Any, model: Any, row_id: str) -> Any:
    with store.read() as s:
        row = s.get(model, row_id)
    assert row is not None
    return row


def _first(store: Any, model: Any) -> Any:
    with store.read() as s:
        from sqlmodel import select

        row = s.exec(select(model).order_by(model.id)).first()
    assert row is not None
    return row


def _profile(qtbot: Any, ctx: Any, partner_id: str) -> PartnerProfileView:
    v = PartnerProfileView(ctx, partner_id)
    qtbot.addWidget(v, before_close_func=lambda w: w.discard())
    v.resize(1366, 768)
    return v


@pytest.mark.parametrize("choice", ["reload", "overwrite"])
def test_partner_profile(qtbot: Any, demo_ctx: Any, monkeypatch: Any, choice: str) -> None:
    partner = _first(demo_ctx.store, Partner)
    v = _profile(qtbot, demo_ctx, partner.id)
    v.ui.cityEdit.setText("Mine City")
    with second_user(demo_ctx.store.path) as dana:
        partner_edits.save_partner(dana, partner.id, {"city": "Dana City", "languages": "Dutch"})
    shown = answer(monkeypatch, reload if choice == "reload" else overwrite)
    saved = v.save()
    assert len(shown) == 1
    assert "Dana changed this partner at " in shown[0].error.sentence()
    stored = _get(demo_ctx.store, Partner, partner.id)
    if choice == "reload":
        assert not saved and not v.is_dirty()
        assert (stored.city, v.ui.cityEdit.text()) == ("Dana City", "Dana City")
    else:
        assert saved and stored.city == "Mine City"
        assert stored.languages == partner.languages  # all of mine, over theirs
        v.ui.cityEdit.setText("Mine City 2")  # the next save is not refused by mine
        assert v.save() and _get(demo_ctx.store, Partner, partner.id).city == "Mine City 2"


def test_schedule_edit_of_an_item_someone_saved_since(qtbot: Any, ctx: Any) -> None:
    """A cell typed into a plan read before Dana renamed the item is refused with who and
    when, and the plan shows her name; an item she did not touch still saves."""
    plan = make_plan(ctx.store)
    view = ScheduleView(ctx, plan.engagement_id)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    batch, other = plan.ids["batch"], next(i for k, i in plan.ids.items() if k != "batch")
    with second_user(ctx.store.path) as dana:
        schedule_edits.rename_item(dana, batch, "Batch (Dana)")
    model = view.model
    row = view.doc.row_of_item[view.doc.index[batch]]
    assert not model.setData(model.index(row, cols.NAME), "Batch (mine)")
    assert "Dana changed this milestone at " in view.message.text()
    assert _get(ctx.store, Milestone, batch).name == "Batch (Dana)"
    shown = view.doc.items[view.doc.index[batch]]
    assert shown.name == "Batch (Dana)"  # the plan was read again
    row = view.doc.row_of_item[view.doc.index[other]]
    assert model.setData(model.index(row, cols.NAME), "Untouched, renamed")
    assert _get(ctx.store, Milestone, other).name == "Untouched, renamed"


@pytest.mark.parametrize("choice", ["reload", "overwrite"])
def test_engagement_dialog(qtbot: Any, ctx: Any, monkeypatch: Any, choice: str) -> None:
    world = build_world(ctx.store)
    dialog = EngagementDialog(ctx, world.engagement_id)
    qtbot.addWidget(dialog)
    dialog.ui.programEdit.setText("Mine program")
    with second_user(ctx.store.path) as dana:
        edit_engagement(dana, world.engagement_id, {"program": "Dana program"})
    shown = answer(monkeypatch, reload if choice == "reload" else overwrite)
    saved = dialog.save()
    assert "Dana changed this engagement at " in shown[0].error.sentence()
    stored = _get(ctx.store, Engagement, world.engagement_id).program
    if choice == "reload":
        assert not saved and (stored, dialog.ui.programEdit.text()) == ("Dana program",) * 2
    else:
        assert saved and stored == "Mine program"


@pytest.mark.parametrize("choice", ["reload", "overwrite"])
def test_charter(qtbot: Any, ctx: Any, monkeypatch: Any, choice: str) -> None:
    world = build_world(ctx.store)
    tab = CharterTab(ctx, world.engagement_id, today=DEMO_TODAY)
    qtbot.addWidget(tab)
    tab.binder.set_value("who_summary", "First words")
    assert tab.save()  # the charter exists now
    tab.binder.set_value("who_summary", "Mine summary")
    tab.binder.set_value("decision_maker", "Mine")
    with second_user(ctx.store.path) as dana:
        data = load_charter(dana, world.engagement_id)
        changed = replace(data, fields={**data.fields, "who_summary": "Dana summary"})
        save_charter(dana, changed, today=DEMO_TODAY)
    shown = answer(monkeypatch, reload if choice == "reload" else overwrite)
    saved = tab.save()
    assert "Dana changed this charter at " in shown[0].error.sentence()
    stored = load_charter(ctx.store, world.engagement_id).fields
    if choice == "reload":
        assert not saved and stored["who_summary"] == "Dana summary"
        assert tab.binder.value("who_summary") == "Dana summary" and not tab.is_dirty()
    else:
        assert saved and (stored["who_summary"], stored["decision_maker"]) == (
            "Mine summary",
            "Mine",
        )


@pytest.mark.parametrize("choice", ["reload", "overwrite"])
def test_agreement_dialog(qtbot: Any, demo_ctx: Any, monkeypatch: Any, choice: str) -> None:
    agreement = _first(demo_ctx.store, Agreement)
    dialog = AgreementDialog(demo_ctx, agreement.id)
    qtbot.addWidget(dialog)
    dialog.ui.titleEdit.setText("Mine title")
    with second_user(demo_ctx.store.path) as dana:
        edit_agreement(dana, agreement.id, {"title": "Dana title"})
    shown = answer(monkeypatch, reload if choice == "reload" else overwrite)
    saved = dialog.save()
    assert "Dana changed this agreement at " in shown[0].error.sentence()
    stored = _get(demo_ctx.store, Agreement, agreement.id).title
    if choice == "reload":
        assert not saved and (stored, dialog.ui.titleEdit.text()) == ("Dana title",) * 2
    else:
        assert saved and stored == "Mine title"


@pytest.mark.parametrize("choice", ["reload", "overwrite"])
def test_decision_register(qtbot: Any, ctx: Any, monkeypatch: Any, choice: str) -> None:
    world = build_world(ctx.store)
    decision = (
        DECISIONS.add(
            ctx.store,
            world.engagement_id,
            {"title": "Go for scale-up", "decision_date": DEMO_TODAY},
            record_id=new_id(),
        )
        .after[0]
        .id
    )
    editor = DecisionsEditor(ctx, world.engagement_id, today=DEMO_TODAY)
    qtbot.addWidget(editor)
    assert editor._current_id == decision
    editor.ui.titleEdit.setText("Go for scale-up (mine)")
    with second_user(ctx.store.path) as dana:
        DECISIONS.edit(dana, decision, {"title": "Go for scale-up (Dana)"})
    shown = answer(monkeypatch, reload if choice == "reload" else overwrite)
    saved = editor.save()
    assert "Dana changed this decision at " in shown[0].error.sentence()
    stored = _get(ctx.store, Decision, decision).title
    if choice == "reload":
        assert not saved and editor.ui.titleEdit.text() == stored == "Go for scale-up (Dana)"
    else:
        assert saved and stored == "Go for scale-up (mine)"


@pytest.mark.parametrize("choice", ["reload", "overwrite"])
def test_partner_contact(qtbot: Any, demo_ctx: Any, monkeypatch: Any, choice: str) -> None:
    contact = _first(demo_ctx.store, Contact)
    v = _profile(qtbot, demo_ctx, contact.partner_id)
    v.reload()
    section = v.sections["contact"]
    row = next(r for r in section.rows if r["id"] == contact.id)
    mine = {**row, "role": "Mine role"}
    with second_user(demo_ctx.store.path) as dana:
        partner_edits.save_child(
            dana, contact.partner_id, "contact", contact.id, {**row, "role": "Dana role"}, label="x"
        )
    shown = answer(monkeypatch, reload if choice == "reload" else overwrite)
    saved = section.save(contact.id, mine)
    assert "Dana changed this contact at " in shown[0].error.sentence()
    stored = _get(demo_ctx.store, Contact, contact.id).role
    if choice == "reload":
        assert saved is None and stored == "Dana role"
        assert next(r for r in section.rows if r["id"] == contact.id)["role"] == "Dana role"
    else:
        assert saved == contact.id and stored == "Mine role"


@pytest.mark.parametrize("choice", ["reload", "overwrite"])
def test_kpi_dialog(qtbot: Any, ctx: Any, monkeypatch: Any, choice: str) -> None:
    eid, ids = engagement_with_kpis(ctx.store)
    dialog = KpiDialog(ctx, eid, ids[0])
    qtbot.addWidget(dialog)
    name = dialog.fields["name"]
    assert isinstance(name, QLineEdit)
    name.setText("Mine KPI")
    with second_user(ctx.store.path) as dana:
        dana.write(
            "Rename KPI", lambda s: setattr(s.get(EngagementKpi, ids[0]), "name", "Dana KPI")
        )
    shown = answer(monkeypatch, reload if choice == "reload" else overwrite)
    saved = dialog.save()
    assert "Dana changed this KPI at " in shown[0].error.sentence()
    stored = _get(ctx.store, EngagementKpi, ids[0]).name
    if choice == "reload":
        assert not saved and (stored, name.text()) == ("Dana KPI", "Dana KPI")
    else:
        assert saved and stored == "Mine KPI"


@pytest.mark.parametrize("choice", ["reload", "overwrite"])
def test_client_dialog(qtbot: Any, ctx: Any, monkeypatch: Any, choice: str) -> None:
    world = build_world(ctx.store)
    client_id = _get(ctx.store, Engagement, world.engagement_id).client_id
    dialog = ClientDialog(ctx, client_id)
    qtbot.addWidget(dialog)
    dialog.ui.legalNameEdit.setText("Mine Legal GmbH")
    with second_user(ctx.store.path) as dana:
        record = client_record(dana, client_id)
        edit_client(
            dana, client_id, {**record.values, "legal_name": "Dana Legal AG"}, record.contacts
        )
    shown = answer(monkeypatch, reload if choice == "reload" else overwrite)
    saved = dialog.save()
    assert len(shown) == 1 and "Dana changed this client at " in shown[0].error.sentence()
    stored = _get(ctx.store, Client, client_id).legal_name
    if choice == "reload":
        assert not saved and (stored, dialog.ui.legalNameEdit.text()) == ("Dana Legal AG",) * 2
    else:
        assert saved and stored == "Mine Legal GmbH"


@pytest.mark.parametrize("choice", ["reload", "overwrite"])
def test_risk_review_dialog(qtbot: Any, ctx: Any, monkeypatch: Any, choice: str) -> None:
    pf = make_portfolio(ctx.store)
    risk = add_risk(ctx.store, pf.alpha, "Supplier delay", likelihood=2, impact=2)
    dialog = RiskReviewDialog(ctx, risk.id, today=lambda: TODAY)
    qtbot.addWidget(dialog)
    set_combo_value(dialog.ui.likelihoodCombo, 4)
    with second_user(ctx.store.path) as dana:
        risk_edits.edit_risk(dana, risk.id, {"impact": 5})
    shown = answer(monkeypatch, reload if choice == "reload" else overwrite)
    dialog.ui.buttonBox.accepted.emit()
    assert len(shown) == 1 and "Dana changed this risk at " in shown[0].error.sentence()
    stored = _get(ctx.store, Risk, risk.id)
    with ctx.store.read() as s:
        reviews = s.exec(select(RiskReview).where(RiskReview.risk_id == risk.id)).all()
    if choice == "reload":
        assert not reviews and (stored.likelihood, stored.impact) == (2, 5)
        assert combo_value(dialog.ui.impactCombo) == 5  # theirs shown, dialog still open
        assert dialog.result() == 0
    else:
        assert len(reviews) == 1 and (stored.likelihood, stored.impact) == (4, 2)


@pytest.mark.parametrize("choice", ["reload", "overwrite"])
def test_agreement_clause(qtbot: Any, demo_ctx: Any, monkeypatch: Any, choice: str) -> None:
    agreement = _first(demo_ctx.store, Agreement)
    editor = ClauseEditor(demo_ctx)
    qtbot.addWidget(editor)
    editor.set_agreement(agreement.id)
    editor.ui.clauseList.setCurrentIndex(editor.model.index(0, 0))
    clause = clauses_of(demo_ctx.store, agreement.id)[0]
    editor.ui.bodyEdit.setPlainText("Mine body.")
    with second_user(demo_ctx.store.path) as dana:
        edit_clause(dana, clause.id, clause.heading, "Dana body.")
    shown = answer(monkeypatch, reload if choice == "reload" else overwrite)
    saved = editor.save()
    assert len(shown) == 1 and "Dana changed this " in shown[0].error.sentence()
    stored = clauses_of(demo_ctx.store, agreement.id)[0].body
    if choice == "reload":
        assert not saved and (stored, editor.ui.bodyEdit.toPlainText()) == ("Dana body.",) * 2
        assert not editor.is_dirty()
    else:
        assert saved and stored == "Mine body."
