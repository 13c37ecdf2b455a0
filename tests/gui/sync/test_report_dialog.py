"""The report of a received file: what arrived in words, the conflicts, renumbered codes and
possible duplicates in tabs, the backup's path, and the way on to Sync > Conflicts."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLabel, QTableWidget, QWidget
from pytestqt.qtbot import QtBot

from cdmo_desktop.gui.sync.receive import Received, failure_text, refusal
from cdmo_desktop.gui.sync.report import SyncReportDialog, kinds_text, summary_text
from cdmo_desktop.store.sync import Conflict, Renumbered, SyncReport

pytestmark = pytest.mark.gui


def _text(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    assert item is not None
    return item.text()


FIELD = Conflict(
    "c1", "field", "risk", "r1", "R-010 Fill-line capacity", "mitigation",
    "Second shift", "Buy a slot elsewhere", "Dana Weber", "2026-12-02T14:05:00+00:00", False,
)  # fmt: skip
GONE = Conflict(
    "c2", "delete_edit", "action_item", "a1", "Send the package", None,
    None, "Due 12 Dec", "Sam Ortiz", "2026-12-01T09:30:00+00:00", False,
)  # fmt: skip
TWIN = Conflict(
    "d1", "duplicate", "partner", "p2", "Lonza AG", "p3",
    "Lonza AG", "Lonza, Inc.", "Dana Weber", "2026-12-02T11:00:00+00:00", False,
)  # fmt: skip


def _report(**extra: object) -> SyncReport:
    values: dict[str, object] = {
        "received": 1240,
        "applied": 1187,
        "already_had": 53,
        "by_kind": {"risk": 41, "partner": 1, "action_item": 0},
    }
    values.update(extra)
    return SyncReport(**values)  # type: ignore[arg-type]


def _dialog(
    qtbot: QtBot, settings: QSettings, report: SyncReport, opened: list[int]
) -> SyncReportDialog:
    d = SyncReportDialog(
        Received(report, "Laptop-Dana", Path("/backups/desk-sync.sqlite")),
        lambda: opened.append(1),
        None,
        settings,
    )
    qtbot.addWidget(d)
    return d


def test_the_report_says_what_arrived_in_words() -> None:
    report = _report()
    assert summary_text(report, "Laptop-Dana") == (
        "1,187 new changes from Laptop-Dana merged into this database. "
        "53 changes in the file were here already."
    )
    assert kinds_text(report.by_kind) == "Records changed: 41 risks, 1 partner."
    nothing = SyncReport(received=1, applied=0, already_had=1)
    assert summary_text(nothing, "") == (
        "Nothing new from the other copy: this database already had all 1 change in the "
        "file. Nothing was changed."
    )


def test_conflicts_renumbered_codes_and_duplicates_each_have_a_tab(
    qtbot: QtBot, settings: QSettings
) -> None:
    renumbered = Renumbered("risk", "r9", "R-010", "R-014", "Raw material lead time")
    opened: list[int] = []
    d = _dialog(
        qtbot,
        settings,
        _report(conflicts=[FIELD, GONE], renumbered=[renumbered], duplicates=[TWIN]),
        opened,
    )
    tabs = [d.details.tabText(i) for i in range(d.details.count())]
    assert tabs == ["&Conflicts (2)", "Re&numbered (1)", "Possible &duplicates (1)"]
    table = d.conflicts_table
    assert isinstance(table, QTableWidget)
    row = [_text(table, 0, c) for c in range(table.columnCount())]
    assert row[:5] == ["R-010 Fill-line capacity", "Mitigation", "Second shift",
                       "Buy a slot elsewhere", "Dana Weber"]  # fmt: skip
    assert row[5].startswith("2 Dec 2026")
    assert _text(table, 1, 1) == "Deleted on one side"
    assert _text(table, 1, 2) == "—"
    assert d.renumbered_table is not None
    assert [_text(d.renumbered_table, 0, c) for c in range(2)] == ["R-010", "R-014"]
    backup = d.findChild(QLabel, "syncReportBackup")
    assert backup is not None and "/backups/desk-sync.sqlite" in backup.text()
    assert d.resolve_button is not None
    d.show()
    qtbot.mouseClick(d.resolve_button, Qt.MouseButton.LeftButton)
    assert opened == [1] and not d.isVisible()


def test_a_report_with_nothing_to_settle_closes_with_enter(
    qtbot: QtBot, settings: QSettings
) -> None:
    d = _dialog(qtbot, settings, _report(), [])
    assert d.details.isHidden() and d.resolve_button is None
    d.show()
    qtbot.waitExposed(d)
    qtbot.keyClick(d, Qt.Key.Key_Return)
    assert not d.isVisible()
    for widget in d.findChildren(QWidget):
        if widget.objectName().startswith("syncReport"):
            assert widget.accessibleName(), widget.objectName()


def test_refusals_say_once_that_nothing_was_changed() -> None:
    assert refusal("The file x is damaged.") == "The file x is damaged. Nothing was changed."
    said = "The file x was made by a newer version; nothing was changed."
    assert refusal(said) == said
    assert failure_text("anything", cancelled=True) == "Cancelled. Nothing was changed."
