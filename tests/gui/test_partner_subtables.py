"""Sites, contacts, audits and GMP inspections of a profile: add / edit / remove through
their dialogs, the rules the dialogs enforce, and undo of each."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from sqlmodel import func, select

from cdmo_desktop.domain import clock
from cdmo_desktop.domain.models import ChangeLog, Contact, GmpInspection, Partner, PartnerSite
from cdmo_desktop.gui.format import date_text
from cdmo_desktop.gui.partners.partner_profile import PartnerProfileView
from cdmo_desktop.gui.partners.partner_rows import (
    PartnerAuditDialog,
    PartnerContactDialog,
    PartnerInspectionDialog,
    PartnerSiteDialog,
)
from tests.conftest import DEMO_TODAY
from tests.gui.partner_support import leave

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def _demo_day() -> Iterator[None]:
    with clock.frozen(DEMO_TODAY):
        yield


@pytest.fixture
def profile(qtbot, demo_ctx) -> PartnerProfileView:
    with demo_ctx.store.read() as s:
        pid = s.exec(select(Partner.id).where(Partner.name == "Hollis Ridge Pharma Services")).one()
    v = PartnerProfileView(demo_ctx, pid)
    v.reload()
    qtbot.addWidget(v, before_close_func=lambda w: w.discard())
    return v


def answer_dialog(monkeypatch, cls: type[QDialog], fill: Callable[[Any], None]) -> list[Any]:
    """Make `cls.exec` fill the dialog like a user and press OK (if OK is enabled)."""
    seen: list[Any] = []

    def fake_exec(self: Any) -> int:
        fill(self.ui)
        seen.append(self)
        if not self.ok_button.isEnabled():
            return int(QDialog.DialogCode.Rejected)
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(cls, "exec", fake_exec)
    return seen


def settle(qtbot, v: PartnerProfileView) -> None:
    qtbot.wait(1)  # the profile reloads on the next event-loop turn
    v.reload()


def test_add_edit_remove_a_site_with_undo(qtbot, profile, demo_ctx, monkeypatch) -> None:
    sites = profile.sections["site"]

    def fill(ui: Any) -> None:
        ui.nameEdit.setText("Raleigh QC lab")
        ui.cityEdit.setText("Raleigh")
        ui.countryCombo.setCurrentIndex(ui.countryCombo.findData("US"))
        ui.timeZoneCombo.setCurrentIndex(ui.timeZoneCombo.findText("America/New_York"))

    answer_dialog(monkeypatch, PartnerSiteDialog, fill)
    sites.add()
    settle(qtbot, profile)
    assert "Raleigh QC lab" in [r["name"] for r in sites.rows]
    sanford = next(r for r in sites.rows if r["name"].startswith("Sanford"))
    linked = [c["name"] for c in profile.sections["contact"].rows if c["site_id"] == sanford["id"]]
    assert linked == ["Linda Marsh"]
    sites.remove_row(sanford)
    settle(qtbot, profile)
    assert all(c["site_id"] != sanford["id"] for c in profile.sections["contact"].rows)
    demo_ctx.undo_stack.undo()
    settle(qtbot, profile)
    with demo_ctx.store.read() as s:
        assert s.get(PartnerSite, sanford["id"]) is not None
        marsh = s.exec(select(Contact).where(Contact.name == "Linda Marsh")).one()
        assert marsh.site_id == sanford["id"]  # the link came back with the site


def test_site_dialog_needs_a_name_and_a_listed_country(qtbot, demo_ctx) -> None:
    d = PartnerSiteDialog(demo_ctx)
    qtbot.addWidget(d)
    assert d.ui.nameError.text() == "" and not d.ok_button.isEnabled()  # nothing typed yet
    d.show()
    d.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is d, timeout=2000)
    d.ui.nameEdit.setFocus()
    qtbot.keyClicks(d.ui.nameEdit, "V")
    qtbot.keyClick(d.ui.nameEdit, Qt.Key.Key_Backspace)
    qtbot.keyClick(d.ui.nameEdit, Qt.Key.Key_Tab)  # left empty
    assert d.ui.nameError.text() == "Name is required." and not d.ok_button.isEnabled()
    d.ui.nameEdit.setText("Visp API plant")
    d.ui.countryCombo.setEditText("Atlantis")
    leave(d.ui.countryCombo)
    assert "Pick a country" in d.ui.countryError.text() and not d.ok_button.isEnabled()
    d.ui.countryCombo.setCurrentIndex(d.ui.countryCombo.findData("CH"))
    assert d.ui.timeZoneCombo.currentText() == "Europe/Zurich"  # the country's only zone
    assert d.ok_button.isEnabled()
    assert d.values()["country"] == "CH"


def test_contact_dialog_checks_email_and_phone(qtbot, demo_ctx) -> None:
    d = PartnerContactDialog(demo_ctx, [], None, "Rachel Okafor")
    qtbot.addWidget(d)
    assert not d.ok_button.isEnabled()  # no name yet
    d.ui.nameEdit.setText("Ana Lee")
    d.ui.emailEdit.setText("ana.lee@")
    leave(d.ui.emailEdit)
    d.ui.phoneEdit.setText("call me")
    leave(d.ui.phoneEdit)
    assert "not valid" in d.ui.emailError.text() and "digits" in d.ui.phoneError.text()
    assert not d.ok_button.isEnabled()
    d.ui.emailEdit.setText("ana.lee@hollisridge.example")
    d.ui.phoneEdit.setText("+1 919 555 0100")
    leave(d.ui.phoneEdit)
    assert d.ok_button.isEnabled() and d.ui.emailError.text() == ""
    assert not d.ui.primaryCheck.isChecked()  # there is a primary contact already
    d.ui.primaryCheck.setChecked(True)
    assert "Rachel Okafor will no longer be the primary contact" in d.ui.primaryHint.text()


def test_only_one_primary_contact(qtbot, profile, demo_ctx, monkeypatch) -> None:
    def fill(ui: Any) -> None:
        ui.nameEdit.setText("Ana Lee")
        ui.emailEdit.setText("ana.lee@hollisridge.example")
        ui.primaryCheck.setChecked(True)

    answer_dialog(monkeypatch, PartnerContactDialog, fill)
    profile.sections["contact"].add()
    settle(qtbot, profile)
    primaries = [c["name"] for c in profile.sections["contact"].rows if c["is_primary"]]
    assert primaries == ["Ana Lee"]
    demo_ctx.undo_stack.undo()
    settle(qtbot, profile)
    primaries = [c["name"] for c in profile.sections["contact"].rows if c["is_primary"]]
    assert primaries == ["Rachel Okafor"]


def test_a_refused_contact_writes_nothing(profile, demo_ctx, monkeypatch) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    with demo_ctx.store.read() as s:
        before = (
            s.exec(select(func.count()).select_from(Contact)).one(),
            s.exec(select(func.count()).select_from(ChangeLog)).one(),
        )
    assert profile.sections["contact"].save(None, {"name": "X", "email": "nope"}) is None
    with demo_ctx.store.read() as s:
        after = (
            s.exec(select(func.count()).select_from(Contact)).one(),
            s.exec(select(func.count()).select_from(ChangeLog)).one(),
        )
    assert after == before and "nothing was written" in warnings[0]
    assert demo_ctx.undo_stack.count() == 0


def test_audit_rules_and_derived_dates(qtbot, profile, demo_ctx, monkeypatch) -> None:
    d = PartnerAuditDialog(demo_ctx, profile.profile.sites, None)
    qtbot.addWidget(d)
    d.ui.auditDateEdit.commit(DEMO_TODAY + timedelta(days=10))  # future, marked done
    assert "future" in d.ui.auditDateError.text() and not d.ok_button.isEnabled()
    d.ui.statusCombo.setCurrentIndex(d.ui.statusCombo.findData("planned"))
    assert d.ok_button.isEnabled()
    d.ui.nextDueEdit.commit(DEMO_TODAY)  # before the audit
    assert "cannot be due before" in d.ui.nextDueError.text() and not d.ok_button.isEnabled()

    def fill(ui: Any) -> None:
        ui.auditDateEdit.commit(DEMO_TODAY - timedelta(days=3))
        ui.typeCombo.setCurrentIndex(ui.typeCombo.findData("for_cause"))
        ui.outcomeCombo.setCurrentIndex(ui.outcomeCombo.findData("passed"))
        ui.nextDueEdit.commit(DEMO_TODAY + timedelta(days=200))

    answer_dialog(monkeypatch, PartnerAuditDialog, fill)
    profile.sections["audit"].add()
    settle(qtbot, profile)
    assert profile.ui.lastAuditValue.text() == date_text(DEMO_TODAY - timedelta(days=3))
    expected_due = min(DEMO_TODAY + timedelta(days=200), date(2027, 4, 9))
    assert profile.ui.nextAuditValue.text().startswith(date_text(expected_due))


def test_inspection_add_edit_remove(qtbot, profile, demo_ctx, monkeypatch) -> None:
    d = PartnerInspectionDialog(demo_ctx, [], None)
    qtbot.addWidget(d)
    d.ui.inspectionDateEdit.commit(DEMO_TODAY + timedelta(days=1))
    assert "future" in d.ui.inspectionDateError.text() and not d.ok_button.isEnabled()

    def fill(ui: Any) -> None:
        ui.authorityCombo.setCurrentIndex(ui.authorityCombo.findData("ema"))
        ui.inspectionDateEdit.commit(date(2026, 6, 2))
        ui.outcomeCombo.setCurrentIndex(ui.outcomeCombo.findData("gmp_certificate"))

    answer_dialog(monkeypatch, PartnerInspectionDialog, fill)
    section = profile.sections["inspection"]
    n = len(section.rows)
    section.add()
    settle(qtbot, profile)
    assert len(section.rows) == n + 1
    new = next(r for r in section.rows if r["authority"] == "ema")
    section.table.selectRow(section.model.row_of(new["id"]))

    def edit(ui: Any) -> None:
        ui.observationsSpin.setValue(2)

    answer_dialog(monkeypatch, PartnerInspectionDialog, edit)
    section.edit()
    settle(qtbot, profile)
    with demo_ctx.store.read() as s:
        assert s.get(GmpInspection, new["id"]).observations == 2
    section.table.selectRow(section.model.row_of(new["id"]))
    section.remove()
    settle(qtbot, profile)
    assert len(section.rows) == n
    assert [c.text() for c in _stack(demo_ctx)][-3:] == [
        "Add EMA inspection of 2 Jun 2026",
        "Edit EMA inspection of 2 Jun 2026",
        "Remove EMA inspection of 2 Jun 2026",
    ]


def _stack(ctx: Any) -> list[Any]:
    return [ctx.undo_stack.command(i) for i in range(ctx.undo_stack.count())]


def test_a_new_audit_suggests_the_next_due_date_until_set(qtbot, demo_ctx) -> None:
    d = PartnerAuditDialog(demo_ctx, [], None)
    qtbot.addWidget(d)
    d.ui.auditDateEdit.commit(date(2026, 3, 2))
    assert d.values()["next_due"] == date(2028, 3, 1)  # two years on
    d.ui.nextDueEdit.commit(date(2027, 3, 2))  # the user decides
    d.ui.auditDateEdit.commit(date(2026, 3, 5))
    assert d.values()["next_due"] == date(2027, 3, 2)
