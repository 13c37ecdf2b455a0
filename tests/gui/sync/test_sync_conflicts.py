"""A real exchange between the demo portfolio and its clone, through the Sync dialogs: one
field edited on both sides, a risk logged on both sides under the same number, a partner
created on both sides under near-identical names. The report lists the conflict, the
renumbered code and the possible duplicate; Sync > Conflicts settles them through the
store (undoable), and Merge folds the duplicate partner into the other."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QAbstractButton, QMenuBar, QMessageBox, QStatusBar, QWidget
from pytestqt.qtbot import QtBot
from sqlmodel import select

from cdmo_desktop.domain.enums import PartnerKind
from cdmo_desktop.domain.models import Engagement, Partner, Risk, new_id
from cdmo_desktop.gui.context import AppContext
from cdmo_desktop.gui.sync import SyncMenu, install_sync_menu
from cdmo_desktop.gui.sync.receive import receive_changes
from cdmo_desktop.gui.sync.report import SyncReportDialog
from cdmo_desktop.store import Store, risk_edits
from cdmo_desktop.store.partner_edits import create_partner, save_partner
from tests.sync_support import replica_of, sent_to

pytestmark = pytest.mark.gui


class Window(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.bar, self.status = QMenuBar(self), QStatusBar(self)

    def menuBar(self) -> QMenuBar:
        return self.bar

    def statusBar(self) -> QStatusBar:
        return self.status


@pytest.fixture
def laptop(demo_store: Store, tmp_path: Path) -> Iterator[Store]:
    s = replica_of(demo_store, tmp_path / "laptop.sqlite", "Laptop User")
    yield s
    s.close()


def _menu(qtbot: QtBot, store: Store, settings: QSettings) -> SyncMenu:
    window = Window(AppContext(store, settings))
    qtbot.addWidget(window)
    return install_sync_menu(window)


def _exchange(qtbot: QtBot, sender: Store, receiver: SyncMenu, path: Path) -> SyncReportDialog:
    """`sender` packs for the receiver, the receiver takes the file in through the GUI."""
    sent_to(sender, receiver.ctx.store, path)
    receiver.report_dialog = None
    progress = receive_changes(receiver.ctx, receiver.parent_widget, path, receiver.show_report)
    assert progress is not None
    qtbot.waitUntil(lambda: receiver.report_dialog is not None, timeout=60000)
    report = receiver.report_dialog
    assert report is not None
    return report


def _partner(store: Store, partner_id: str) -> Partner:
    with store.read() as s:
        partner = s.get(Partner, partner_id)
        assert partner is not None
        return partner


def test_conflicts_renumbered_codes_and_duplicates_are_reported_and_settled(
    qtbot: QtBot,
    demo_store: Store,
    laptop: Store,
    settings: QSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with demo_store.read() as s:
        partner = s.exec(select(Partner).order_by(Partner.name)).first()
        engagement = s.exec(select(Engagement).order_by(Engagement.id)).first()
    assert partner is not None and engagement is not None
    pid, eid = str(partner.id), str(engagement.id)
    # Both sides: the same field, a risk each (the same next number), a partner each.
    save_partner(demo_store, pid, {"notes": "Desk: audit in March"})
    save_partner(laptop, pid, {"notes": "Laptop: audit in April"})
    for store, title in ((demo_store, "Desk risk"), (laptop, "Laptop risk")):
        values = {"engagement_id": eid, "title": title, "category": "supply"}
        risk_edits.log_risk(store, new_id(), values)
    desk_twin, laptop_twin = new_id(), new_id()
    create_partner(demo_store, desk_twin, {"name": "Acme Fill GmbH", "kind": PartnerKind.CDMO})
    create_partner(laptop, laptop_twin, {"name": "ACME Fill Inc.", "kind": PartnerKind.CDMO})

    desk = _menu(qtbot, demo_store, settings)
    report = _exchange(qtbot, laptop, desk, tmp_path / "to-desk.cdmosync")
    tabs = [report.details.tabText(i) for i in range(report.details.count())]
    assert tabs == ["&Conflicts (1)", "Re&numbered (1)", "Possible &duplicates (1)"]
    assert report.renumbered_table is not None
    report.close()

    # Sync > Conflicts on the desk: the notes conflict, kept as theirs, then undone.
    dialog = desk.show_conflicts()
    assert dialog.edit_table.rowCount() == 1
    conflict = dialog.edits[0]
    assert conflict.field == "notes"
    assert {conflict.here_value, conflict.other_value} == {
        "Desk: audit in March",
        "Laptop: audit in April",
    }
    dialog.edit_table.selectRow(0)
    assert dialog.resolve_selected("other") == 1
    assert _partner(demo_store, pid).notes == conflict.other_value
    assert dialog.edit_table.rowCount() == 0
    desk.ctx.undo_stack.undo()
    assert _partner(demo_store, pid).notes == conflict.here_value

    # The possible duplicate: merged after the confirmation that names the one kept.
    assert len(dialog.duplicates) == 1
    dialog.tabs.setCurrentIndex(1)
    dialog.duplicate_table.selectRow(0)

    asked: list[str] = []

    def confirm(box: QMessageBox) -> int:
        asked.append(box.text())
        button = box.findChild(QAbstractButton, "syncMergeConfirmButton")
        assert button is not None
        button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", confirm)
    assert dialog.merge_selected()
    kept_id = min(desk_twin, laptop_twin)  # the store keeps the pair's first partner
    kept, folded = _partner(demo_store, kept_id), _partner(demo_store, max(desk_twin, laptop_twin))
    assert asked == [f"Merge “{folded.name}” into “{kept.name}”?"]
    assert not kept.archived and folded.archived
    assert dialog.duplicate_table.rowCount() == 0

    # Both risks are there, under different numbers.
    with demo_store.read() as s:
        risks = s.exec(select(Risk).where(Risk.engagement_id == eid)).all()
    titles = {r.title: r.number for r in risks}
    assert titles["Desk risk"] != titles["Laptop risk"]
