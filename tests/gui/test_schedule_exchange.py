"""The schedule screen's exchange: a file read into a preview (counts, rows, warnings)
that writes nothing until confirmed, then one undo step; a site's closed days shaded on the
rows of the engagement working there."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel
from sqlmodel import select

from cdmo_desktop.domain.models import Engagement, Milestone, PartnerSite
from cdmo_desktop.domain.timeline import Scale
from cdmo_desktop.exchange.schedules import read_schedule
from cdmo_desktop.gui.schedule.schedule import ScheduleView
from cdmo_desktop.store.site_closures import save_closures
from tests.schedule_data import day, make_plan

pytestmark = pytest.mark.gui
DATA = Path(__file__).parent.parent / "data" / "schedules"


def _count(store) -> int:
    with store.read() as s:
        return len(s.exec(select(Milestone)).all())


def test_preview_then_one_undo_step(ctx, qtbot) -> None:
    plan = make_plan(ctx.store)
    view = ScheduleView(ctx, plan.engagement_id)
    qtbot.addWidget(view)
    before = _count(ctx.store)
    preview = read_schedule(DATA / "mpxj-mspdirelations.xml")
    dialog = view.exchange.preview_dialog(preview)
    assert dialog is not None
    summary = dialog.findChild(QLabel, "schedule_import_summary")
    assert isinstance(summary, QLabel)
    text = summary.text()
    assert "5 tasks, 0 milestones, 4 links" in text
    assert _count(ctx.store) == before  # nothing written by the preview
    job = view.exchange.write(preview)  # on a worker thread
    assert job is not None and job.wait(60)
    qtbot.waitUntil(lambda: ctx.undo_stack.count() == 1)  # one step, once written
    assert _count(ctx.store) == before + 5
    qtbot.waitUntil(lambda: len(view.doc.items) == before + 5)  # the screen shows them
    ctx.undo_stack.undo()
    assert _count(ctx.store) == before
    ctx.undo_stack.redo()
    assert _count(ctx.store) == before + 5


def test_closed_days_are_shaded_on_the_engagements_rows(ctx, qtbot) -> None:
    plan = make_plan(ctx.store)
    with ctx.store.session() as s:
        engagement = s.get(Engagement, plan.engagement_id)
        site = PartnerSite(partner_id=engagement.partner_id, name="Visp")
        s.add(site)
        s.flush()
        site_id = site.id
    save_closures(ctx.store, site_id, [(day(1), "Founders' day")], source="visp.ics")
    view = ScheduleView(ctx, plan.engagement_id)
    view.resize(1366, 600)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    view.set_scale(Scale.DAY)
    view.gantt.show_date(day(0), at=0.05)
    assert view.gantt.chart.closed_days[plan.engagement_id] == [day(1)]
    layout = view.gantt.timeline
    row = view.doc.row_of_item[view.doc.index[plan.ids["release"]]]  # no bar on day 1
    y = layout.row_y(row) + 2

    def colour(d):
        point = view.gantt.mapFromScene(QPointF(layout.x_of(d) + layout.px_per_day / 2, y))
        return view.gantt.viewport().grab().toImage().pixelColor(point)

    assert colour(day(1)) != colour(day(2))  # a Tuesday, beside an ordinary Wednesday


def test_partner_site_imports_its_holidays(ctx, qtbot, tmp_path, monkeypatch) -> None:
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from cdmo_desktop.domain.models import SiteClosure
    from cdmo_desktop.gui.partners.partner_profile import PartnerProfileView

    plan = make_plan(ctx.store)
    with ctx.store.session() as s:
        engagement = s.get(Engagement, plan.engagement_id)
        assert engagement is not None
        site = PartnerSite(partner_id=engagement.partner_id, name="Visp")
        s.add(site)
        s.flush()
        partner_id, site_id = engagement.partner_id, site.id
    ics = tmp_path / "visp.ics"
    ics.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\nBEGIN:VEVENT\r\nUID:a@t\r\n"
        "DTSTART;VALUE=DATE:20270302\r\nDTEND;VALUE=DATE:20270304\r\nSUMMARY:Fair\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(ics), ""))
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _w, _t, text: told.append(text))
    view = PartnerProfileView(ctx, partner_id)
    qtbot.addWidget(view)
    section = view.sections["site"]
    section.table.selectRow(section.model.row_of(site_id))
    action = section.table.findChild(QAction, "siteImportHolidaysAction")
    assert action is not None and action in section.table.actions()
    action.trigger()
    assert told == ["2 closed days imported from visp.ics."]
    with ctx.store.read() as s:
        assert sorted(c.day for c in s.exec(select(SiteClosure))) == [day(1), day(2)]
    ctx.undo_stack.undo()  # one step
    with ctx.store.read() as s:
        assert s.exec(select(SiteClosure)).all() == []


def test_the_schedule_picks_the_site_by_partner_then_site(
    ctx, qtbot, tmp_path, monkeypatch
) -> None:
    """Schedule > Import site holidays…: the partner is typed or picked from the partner
    list (read a page at a time), then one of its sites; OK waits for a site, and a
    partner without sites says so."""
    from PySide6.QtWidgets import QDialogButtonBox

    from cdmo_desktop.domain.enums import PartnerKind
    from cdmo_desktop.domain.models import Partner
    from cdmo_desktop.gui.dialogs import site_picker
    from cdmo_desktop.gui.widgets.fields import set_combo_value

    plan = make_plan(ctx.store)
    with ctx.store.session() as s:
        engagement = s.get(Engagement, plan.engagement_id)
        assert engagement is not None
        s.add(PartnerSite(partner_id=engagement.partner_id, name="Visp"))
        s.add(PartnerSite(partner_id=engagement.partner_id, name="Basel"))
        bare = Partner(name="Zeta Labs", kind=PartnerKind.CRO, country="DE")
        s.add(bare)
        s.flush()
        partner_id, bare_id = engagement.partner_id, bare.id
    picked: list[str] = []
    monkeypatch.setattr(
        "cdmo_desktop.gui.schedule_exchange.import_site_holidays",
        lambda _w, _ctx, site_id: picked.append(site_id),
    )

    def answer(dialog: site_picker.SitePicker) -> int:
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert not ok.isEnabled()  # no partner yet
        set_combo_value(dialog.partner_combo, bare_id)
        assert dialog.none_label.isVisibleTo(dialog) and not ok.isEnabled()
        set_combo_value(dialog.partner_combo, partner_id)
        sites = [dialog.site_combo.itemText(i) for i in range(dialog.site_combo.count())]
        assert sites == ["Basel", "Visp"] and ok.isEnabled()
        dialog.site_combo.setCurrentIndex(1)
        return int(site_picker.QDialog.DialogCode.Accepted)

    monkeypatch.setattr(site_picker.SitePicker, "exec", answer)
    view = ScheduleView(ctx, plan.engagement_id)
    qtbot.addWidget(view)
    view.exchange.ask_holidays()
    with ctx.store.read() as s:
        visp = s.exec(select(PartnerSite).where(PartnerSite.name == "Visp")).one()
    assert picked == [visp.id]
