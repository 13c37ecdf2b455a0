"""Undo then redo of every kind of partner edit, made the way the user makes it (the
profile's Save, the sub-tables' Add / Edit / Remove, Archive / Restore on the profile and
in the register), leaves every row of the database exactly as before and after the edit.
The profile refreshes once per save, and an undo the database refuses is reported through
`ctx.refused` with the stack left consistent."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QMessageBox
from sqlmodel import select

from cdmo_desktop.domain import clock
from cdmo_desktop.domain.enums import AuditStatus, Phase
from cdmo_desktop.domain.models import Client, Contact, Engagement, Partner
from cdmo_desktop.gui.partners.partner_profile import PartnerProfileView
from cdmo_desktop.gui.partners.partner_rows import PartnerSiteDialog
from cdmo_desktop.gui.partners.partners import PartnersView
from cdmo_desktop.store import partners as store_partners
from tests.conftest import DEMO_TODAY
from tests.undo_support import check_undo_redo, database_rows, diff

pytestmark = pytest.mark.gui
HOLLIS = "Hollis Ridge Pharma Services"
Q = QMessageBox.StandardButton


@pytest.fixture(autouse=True)
def _demo_day() -> Iterator[None]:
    with clock.frozen(DEMO_TODAY):
        yield


def _partner_id(ctx: Any, name: str) -> str:
    with ctx.store.read() as s:
        return str(s.exec(select(Partner.id).where(Partner.name == name)).one())


def _profile(qtbot: Any, ctx: Any, partner_id: str | None) -> PartnerProfileView:
    v = PartnerProfileView(ctx, partner_id)
    v.reload()
    qtbot.addWidget(v, before_close_func=lambda w: w.discard())
    return v


@pytest.fixture
def hollis(qtbot: Any, demo_ctx: Any) -> PartnerProfileView:
    return _profile(qtbot, demo_ctx, _partner_id(demo_ctx, HOLLIS))


def _row(v: PartnerProfileView, section: str, match: Callable[[dict[str, Any]], bool]) -> Any:
    v.reload()
    return next(r for r in v.sections[section].rows if match(r))


def _audit_dates(ctx: Any, partner_id: str) -> tuple[Any, Any]:
    with ctx.store.read() as s:
        p = s.get(Partner, partner_id)
        return p.last_audit_date, p.next_audit_due


def test_create_partner(qtbot: Any, ctx: Any) -> None:
    v = _profile(qtbot, ctx, None)
    v.ui.nameEdit.setText("Nordlys Pharma Services")
    v.ui.countryCombo.setCurrentIndex(v.ui.countryCombo.findData("NO"))
    check_undo_redo(ctx, v.save)
    assert ctx.undo_stack.undoText() == "Create partner Nordlys Pharma Services"


def test_partner_field_edit(hollis: PartnerProfileView, demo_ctx: Any) -> None:
    hollis.ui.cityEdit.setText("Raleigh")
    hollis.ui.notesEdit.setPlainText("Second shift from January.")
    after = check_undo_redo(demo_ctx, hollis.save)
    assert demo_ctx.undo_stack.undoText() == f"Edit partner {HOLLIS}"
    assert any("Raleigh" in row for row in after["partner"])


def test_site_add_edit_remove(
    qtbot: Any, hollis: PartnerProfileView, demo_ctx: Any, monkeypatch: Any
) -> None:
    def fill(self: Any) -> int:
        ui = self.ui
        ui.nameEdit.setText("Raleigh QC lab")
        ui.cityEdit.setText("Raleigh")
        ui.countryCombo.setCurrentIndex(ui.countryCombo.findData("US"))
        ui.timeZoneCombo.setCurrentIndex(ui.timeZoneCombo.findText("America/New_York"))
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(PartnerSiteDialog, "exec", fill)
    sites = hollis.sections["site"]
    after = check_undo_redo(demo_ctx, sites.add)
    assert any("raleigh qc lab raleigh" in str(row) for row in after["partner"])  # search words
    raleigh = _row(hollis, "site", lambda r: r["name"] == "Raleigh QC lab")
    check_undo_redo(demo_ctx, lambda: sites.save(raleigh["id"], {**raleigh, "city": "Cary"}))
    sanford = _row(hollis, "site", lambda r: r["name"].startswith("Sanford"))
    check_undo_redo(demo_ctx, lambda: sites.remove_row(sanford))  # contacts linked to it too
    assert demo_ctx.undo_stack.undoText() == f"Remove site {sanford['name']}"


def test_contact_add_edit_remove_and_the_primary_flag(
    hollis: PartnerProfileView, demo_ctx: Any
) -> None:
    contacts = hollis.sections["contact"]
    ana = {"name": "Ana Lee", "email": "ana.lee@hollisridge.example", "is_primary": True}
    added = check_undo_redo(demo_ctx, lambda: contacts.save(None, ana))
    with demo_ctx.store.read() as s:
        primaries = s.exec(
            select(Contact.name).where(Contact.is_primary, Contact.partner_id == hollis.partner_id)
        ).all()
    assert primaries == ["Ana Lee"] and len(added["contact"]) > 0
    okafor = _row(hollis, "contact", lambda r: r["name"] == "Rachel Okafor")
    assert not okafor["is_primary"]
    # The flag moves back to Rachel Okafor: undo and redo move it again.
    check_undo_redo(demo_ctx, lambda: contacts.save(okafor["id"], {**okafor, "is_primary": True}))
    lee = _row(hollis, "contact", lambda r: r["name"] == "Ana Lee")
    check_undo_redo(demo_ctx, lambda: contacts.save(lee["id"], {**lee, "phone": "+1 919 555 0100"}))
    check_undo_redo(demo_ctx, lambda: contacts.remove_row(lee))


def test_audit_add_edit_remove_with_the_audit_dates(
    hollis: PartnerProfileView, demo_ctx: Any
) -> None:
    pid = str(hollis.partner_id)
    audits = hollis.sections["audit"]
    start = _audit_dates(demo_ctx, pid)
    held = DEMO_TODAY.replace(day=2)
    audit = {
        "audit_date": held,
        "audit_type": "for_cause",
        "status": AuditStatus.DONE,
        "site_id": None,
        "auditor": "Morgan Ellis",
        "outcome": "passed",
        "observations": 0,
        "next_due": held.replace(year=held.year + 1),
        "notes": "",
    }
    check_undo_redo(demo_ctx, lambda: audits.save(None, audit))
    assert _audit_dates(demo_ctx, pid) == (held, min(audit["next_due"], start[1]))
    demo_ctx.undo_stack.undo()
    assert _audit_dates(demo_ctx, pid) == start  # the dates follow the undo
    demo_ctx.undo_stack.redo()
    row = _row(hollis, "audit", lambda r: r["audit_date"] == held)
    later = held.replace(year=held.year + 2)
    check_undo_redo(demo_ctx, lambda: audits.save(row["id"], {**row, "next_due": later}))
    assert _audit_dates(demo_ctx, pid)[0] == held
    check_undo_redo(demo_ctx, lambda: audits.remove_row(row))
    assert _audit_dates(demo_ctx, pid) == start


def test_inspection_add_edit_remove(hollis: PartnerProfileView, demo_ctx: Any) -> None:
    inspections = hollis.sections["inspection"]
    values = {
        "authority": "ema",
        "inspection_date": QDate(2026, 6, 2).toPython(),
        "outcome": "gmp_certificate",
        "observations": 0,
        "site_id": None,
        "notes": "",
    }
    check_undo_redo(demo_ctx, lambda: inspections.save(None, values))
    row = _row(hollis, "inspection", lambda r: r["authority"] == "ema")
    check_undo_redo(demo_ctx, lambda: inspections.save(row["id"], {**row, "observations": 2}))
    check_undo_redo(demo_ctx, lambda: inspections.remove_row(row))


def test_archive_and_restore_on_the_profile(
    hollis: PartnerProfileView, demo_ctx: Any, monkeypatch: Any
) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: Q.Yes)
    check_undo_redo(demo_ctx, hollis.ui.archiveButton.click)
    assert demo_ctx.undo_stack.undoText() == f"Archive partner {HOLLIS}"
    check_undo_redo(demo_ctx, hollis.ui.restoreButton.click)


def test_archive_and_restore_in_the_register(qtbot: Any, demo_ctx: Any, monkeypatch: Any) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: Q.Yes)
    view = PartnersView(demo_ctx)
    qtbot.addWidget(view)
    view.archived_check.setChecked(True)
    names = [view.model.row_at(i).name for i in range(view.model.rowCount())]
    view.table.selectRow(names.index("Qiantang Molecular"))
    check_undo_redo(demo_ctx, view.archive_button.click)
    view.table.selectRow(names.index("Qiantang Molecular"))
    check_undo_redo(demo_ctx, view.restore_button.click)
    assert demo_ctx.undo_stack.undoText() == "Restore partner Qiantang Molecular"


def test_a_save_refreshes_the_profile_once(
    qtbot: Any, hollis: PartnerProfileView, demo_ctx: Any, monkeypatch: Any
) -> None:
    reads: list[str] = []
    load, fill = store_partners.load_profile, hollis.form.load

    def counted(*args: Any) -> Any:
        reads.append("read")
        return load(*args)

    def filled(values: dict[str, Any]) -> None:
        reads.append("form")
        fill(values)

    monkeypatch.setattr(store_partners, "load_profile", counted)
    monkeypatch.setattr(hollis.form, "load", filled)
    hollis.ui.cityEdit.setText("Raleigh")
    assert hollis.save()
    qtbot.wait(5)  # no second refresh comes later either
    # Read once; the form already shows what was saved, so it is not filled again.
    assert reads == ["read"] and not hollis.is_dirty()
    assert hollis.ui.cityEdit.text() == "Raleigh"
    demo_ctx.undo_stack.undo()  # someone else's change (the undo): the form follows it
    qtbot.waitUntil(lambda: hollis.ui.cityEdit.text() == "Durham", timeout=2000)
    assert reads == ["read", "read", "form"]


def test_an_undo_the_database_refuses_is_reported_and_the_stack_stays_consistent(
    qtbot: Any, ctx: Any
) -> None:
    v = _profile(qtbot, ctx, None)
    v.ui.nameEdit.setText("Short-lived Bio")
    assert v.save()
    pid = str(v.partner_id)
    # Written outside the undo stack (an import, another window): an engagement with the
    # new partner, so its creation can no longer be undone.
    client = Client(name="Aurora Therapeutics")
    ctx.store.write("Client", lambda s: s.add(client))
    engagement = Engagement(
        title="ART-417 scale-up", client_id=client.id, partner_id=pid, phase=Phase.SCALE_UP
    )
    ctx.store.write("Engagement", lambda s: s.add(engagement))
    rows = database_rows(ctx.store)
    messages: list[str] = []
    ctx.refused.connect(messages.append)
    ctx.undo_stack.undo()
    assert len(messages) == 1
    assert messages[0].startswith("“Create partner Short-lived Bio” can no longer be undone")
    assert "depend" in messages[0]
    assert ctx.undo_stack.count() == 0 and not ctx.undo_stack.canRedo()
    assert not diff(rows, database_rows(ctx.store))  # nothing half-applied
    qtbot.wait(1)
    assert not v.removed and v.ui.nameEdit.text() == "Short-lived Bio"
