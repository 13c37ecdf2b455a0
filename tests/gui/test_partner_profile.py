"""The partner profile: every field saved and reloaded equal, refusals that write nothing,
unique names, the duplicate warning, undo/redo, archive/restore, the unsaved-changes
prompt and the overview panel."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlmodel import func, select

from cdmo_desktop.domain import clock
from cdmo_desktop.domain.enums import PartnerKind
from cdmo_desktop.domain.models import ChangeLog, Partner
from cdmo_desktop.gui.partners.partner_profile import (
    TAB_PROFILE,
    PartnerProfileView,
)
from tests.conftest import DEMO_TODAY
from tests.gui.partner_support import leave

pytestmark = pytest.mark.gui
Q = QMessageBox.StandardButton


@pytest.fixture(autouse=True)
def _demo_day() -> Iterator[None]:
    with clock.frozen(DEMO_TODAY):
        yield


def make(qtbot, ctx, partner_id: str | None = None) -> PartnerProfileView:
    v = PartnerProfileView(ctx, partner_id)
    # Closing a profile with unsaved edits asks first; tests drop their edits instead.
    qtbot.addWidget(v, before_close_func=lambda w: w.discard())
    v.resize(1200, 800)
    return v


def activate(qtbot, v: PartnerProfileView) -> None:
    """Shortcuts reach the active window only."""
    v.show()
    v.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is v, timeout=2000)


def counts(ctx) -> tuple[int, int]:
    with ctx.store.read() as s:
        return (
            s.exec(select(func.count()).select_from(Partner)).one(),
            s.exec(select(func.count()).select_from(ChangeLog)).one(),
        )


def partner_id(ctx, name: str) -> str:
    with ctx.store.read() as s:
        return s.exec(select(Partner.id).where(Partner.name == name)).one()


def fill_everything(v: PartnerProfileView) -> None:
    ui = v.ui
    ui.nameEdit.setText("Nordlys Pharma Services")
    ui.legalNameEdit.setText("Nordlys Pharma Services AS")
    ui.kindCombo.setCurrentIndex(ui.kindCombo.findData("cmo"))
    ui.websiteEdit.setText("https://nordlys.example")
    ui.countryCombo.setCurrentIndex(ui.countryCombo.findData("NO"))
    ui.cityEdit.setText("Oslo")
    ui.registeredAddressEdit.setPlainText("Gaustadalléen 21\n0349 Oslo")
    ui.timeZoneCombo.setCurrentIndex(ui.timeZoneCombo.findText("Europe/Oslo"))
    ui.languagesEdit.setText("Norwegian; English")
    v.form.capabilities.add("Fill-finish")
    v.form.capabilities.add("Aseptic media fills")
    v.form.scales.add("kg")
    v.form.scales.add("500 L")
    v.form.platforms.add("Lyophilisation")
    ui.qualificationCombo.setCurrentIndex(ui.qualificationCombo.findData("qualified"))
    for prefix, day in [
        ("cdaSigned", date(2025, 1, 10)),
        ("cdaExpiry", date(2028, 1, 9)),
        ("qaSigned", date(2025, 6, 1)),
        ("qaExpiry", date(2027, 5, 31)),
        ("msaSigned", date(2025, 7, 1)),
    ]:
        getattr(ui, f"{prefix}Date").commit(day)
    ui.notesEdit.setPlainText("Backup fill-finish site for Corvane.")


def test_every_field_saved_and_reloaded_equal(qtbot, ctx) -> None:
    v = make(qtbot, ctx)
    assert not v.ui.saveButton.isEnabled()  # nothing to save yet
    fill_everything(v)
    assert v.ui.regionValue.text() == "Europe"  # derived from the country
    assert "there" in v.ui.localTimeLabel.text()
    entered = v.form.values()
    assert v.ui.saveButton.isEnabled() and v.save()
    assert v.partner_id and not v.is_dirty()
    again = make(qtbot, ctx, v.partner_id)
    assert again.form.values() == entered
    with ctx.store.read() as s:
        p = s.get(Partner, v.partner_id)
        assert p is not None
        assert (p.country, p.region, p.time_zone) == ("NO", "europe", "Europe/Oslo")
        assert p.capabilities == "Fill-finish; Aseptic media fills"
        assert p.scales == "kg; 500 L" and p.cda_expiry_date == date(2028, 1, 9)
        assert p.registered_address == "Gaustadalléen 21\n0349 Oslo"


def test_invalid_input_is_refused_with_a_reason_and_writes_nothing(qtbot, ctx) -> None:
    v = make(qtbot, ctx)
    fill_everything(v)
    before = counts(ctx)
    v.ui.websiteEdit.setText("not a web address")
    leave(v.ui.websiteEdit)
    v.ui.cdaExpiryDate.commit(date(2024, 1, 1))  # before signing
    v.ui.countryCombo.setEditText("Atlantis")
    leave(v.ui.countryCombo)
    assert not v.ui.saveButton.isEnabled() and not v.save_action.isEnabled()
    assert "web address" in v.ui.websiteError.text() and v.ui.websiteError.isVisibleTo(v)
    assert "before it was signed" in v.ui.cdaExpiryError.text()
    assert "Pick a country" in v.ui.countryError.text()
    assert "3 problems" in v.ui.problemsLabel.text()
    assert v.save() is False
    assert counts(ctx) == before
    v.ui.nameEdit.setText("")
    leave(v.ui.nameEdit)
    assert v.ui.nameError.text() == "Name is required."


def test_unique_name_ignoring_case(qtbot, demo_ctx) -> None:
    before = counts(demo_ctx)
    v = make(qtbot, demo_ctx)
    v.ui.nameEdit.setText("  rheinwald   BIOLOGICS ")
    leave(v.ui.nameEdit)
    assert "already in the register" in v.ui.nameError.text()
    assert not v.ui.saveButton.isEnabled() and v.save() is False
    assert counts(demo_ctx) == before
    v.ui.nameEdit.setText("Rheinwald Biologics Basel")
    leave(v.ui.nameEdit)
    assert v.ui.nameError.text() == "" and v.ui.saveButton.isEnabled()


def test_duplicate_name_warning_before_save(qtbot, demo_ctx, monkeypatch) -> None:
    asked: list[str] = []
    answers = iter([Q.Cancel, Q.Save])

    def question(_parent: Any, _title: str, text: str, *_a: Any) -> Q:
        asked.append(text)
        return next(answers)

    monkeypatch.setattr(QMessageBox, "question", question)
    v = make(qtbot, demo_ctx)
    v.ui.nameEdit.setText("Rheinwald Biologics AG")
    leave(v.ui.nameEdit)
    assert "Rheinwald Biologics" in v.ui.nameWarning.text()
    before = counts(demo_ctx)
    assert v.save() is False and counts(demo_ctx) == before  # cancelled
    assert v.save() is True and counts(demo_ctx)[0] == before[0] + 1
    assert "Rheinwald Biologics" in asked[0]


def test_undo_and_redo_of_a_save(qtbot, demo_ctx) -> None:
    pid = partner_id(demo_ctx, "Deccan Synthesis")
    v = make(qtbot, demo_ctx, pid)
    activate(qtbot, v)
    v.ui.tabs.setCurrentIndex(TAB_PROFILE)
    v.ui.cityEdit.setFocus()
    v.ui.cityEdit.setText("Visakhapatnam")
    v.ui.nameEdit.setText("Deccan Synthesis Labs")
    qtbot.keyClick(v.ui.cityEdit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # Ctrl+S
    assert not v.is_dirty() and demo_ctx.undo_stack.count() == 1
    demo_ctx.undo_stack.undo()
    qtbot.waitUntil(lambda: v.ui.nameEdit.text() == "Deccan Synthesis", timeout=2000)
    assert v.ui.cityEdit.text() == "Hyderabad"
    with demo_ctx.store.read() as s:
        assert s.get(Partner, pid).city == "Hyderabad"
    demo_ctx.undo_stack.redo()
    qtbot.waitUntil(lambda: v.ui.nameEdit.text() == "Deccan Synthesis Labs", timeout=2000)
    assert v.ui.titleLabel.text() == "Deccan Synthesis Labs"


def test_undo_of_creation_marks_the_profile_removed(qtbot, ctx) -> None:
    v = make(qtbot, ctx)
    v.ui.nameEdit.setText("Short-lived Bio")
    assert v.save()
    ctx.undo_stack.undo()
    qtbot.waitUntil(lambda: v.removed, timeout=2000)
    assert "no longer exists" in v.ui.bannerLabel.text() and counts(ctx)[0] == 0
    ctx.undo_stack.redo()
    qtbot.waitUntil(lambda: not v.removed, timeout=2000)
    assert v.ui.nameEdit.text() == "Short-lived Bio"


def test_archive_and_restore_from_the_profile(qtbot, demo_ctx, monkeypatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: Q.Yes)
    pid = partner_id(demo_ctx, "Qiantang Molecular")
    v = make(qtbot, demo_ctx, pid)
    v.show()
    v.ui.archiveButton.click()
    assert v.ui.restoreButton.isVisible() and not v.ui.archiveButton.isVisible()
    assert "Archived" in v.ui.bannerLabel.text()
    with demo_ctx.store.read() as s:
        assert s.get(Partner, pid).archived
    v.ui.restoreButton.click()
    with demo_ctx.store.read() as s:
        assert not s.get(Partner, pid).archived
    demo_ctx.undo_stack.undo()  # the restore
    qtbot.waitUntil(lambda: v.ui.restoreButton.isVisible(), timeout=2000)


@pytest.mark.parametrize(
    ("answer", "leaves", "saved"),
    [(Q.Cancel, False, False), (Q.Discard, True, False), (Q.Save, True, True)],
)
def test_unsaved_changes_prompt_on_leaving(
    qtbot, demo_ctx, monkeypatch, answer, leaves, saved
) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: answer)
    pid = partner_id(demo_ctx, "Laurentian Discovery")
    v = make(qtbot, demo_ctx, pid)
    assert v.maybe_leave()  # nothing changed: no question
    v.ui.notesEdit.setPlainText("Met their new CSO in Montreal.")
    assert v.maybe_leave() is leaves
    assert v.is_dirty() is (answer == Q.Cancel)
    with demo_ctx.store.read() as s:
        notes = s.get(Partner, pid).notes
    assert (notes == "Met their new CSO in Montreal.") is saved


def test_new_partner_shortcut_and_overview(qtbot, demo_ctx) -> None:
    v = make(qtbot, demo_ctx, partner_id(demo_ctx, "Hollis Ridge Pharma Services"))
    activate(qtbot, v)
    v.ui.tabs.setFocus()
    with qtbot.waitSignal(demo_ctx.open_partner_requested) as sig:
        qtbot.keyClick(v.ui.tabs, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert sig.args == [""]
    ov = v.overview
    assert ov.engagements.rowCount() >= 1
    assert "Critical" in v.ui.risksLabel.text()
    assert ov.milestones.rowCount() >= 1 and ov.changes.rowCount() >= 1
    with qtbot.waitSignal(demo_ctx.open_engagement_requested) as sig:
        v.ui.engagementsTable.doubleClicked.emit(ov.engagements.index(0, 0))
    assert sig.args == [ov.engagements.key_at(0)]


def test_a_new_profile_starts_blank_with_defaults(qtbot, ctx) -> None:
    v = make(qtbot, ctx, None)
    values = v.form.values()
    assert values["kind"] == PartnerKind.CDMO and values["qualification_status"] == "prospect"
    assert values["cda_signed_date"] is None and v.ui.cdaSignedDate.text() == ""
    assert v.ui.cdaSignedDate.placeholderText() == "not on file"
    assert not v.ui.siteAddButton.isEnabled()  # sub-rows need a saved partner
    assert v.ui.tabs.currentIndex() == TAB_PROFILE


def test_overview_shows_an_overdue_audit_at_a_glance(qtbot, demo_ctx) -> None:
    v = make(qtbot, demo_ctx, partner_id(demo_ctx, "Keystone Analytical Laboratories"))
    v.reload()
    glance = v.ui.glanceLabel.text()
    assert "overdue by 20 days" in glance and "Dr. Howard Kim" in glance
    assert v.ui.engagementsEmptyLabel.isVisibleTo(v) and not v.ui.engagementsTable.isVisibleTo(v)
    assert "overdue by 20 days" in v.ui.nextAuditValue.text()


def test_the_overdue_count_follows_the_date_at_midnight(qtbot, demo_ctx) -> None:
    v = make(qtbot, demo_ctx, partner_id(demo_ctx, "Keystone Analytical Laboratories"))
    assert "overdue by 20 days" in v.ui.nextAuditValue.text()
    clock.set_now(DEMO_TODAY + timedelta(days=2))
    demo_ctx.day_changed.emit(DEMO_TODAY + timedelta(days=2))
    qtbot.waitUntil(lambda: "overdue by 22 days" in v.ui.nextAuditValue.text(), timeout=2000)
    assert "overdue by 22 days" in v.ui.glanceLabel.text()
