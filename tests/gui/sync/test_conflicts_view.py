"""Sync > Conflicts…: each open conflict with the record, field, both values, who and
when; Keep current value / Use other value for the selection, each a write through the
store on the one undo stack with the change notice; possible duplicate partners merged
after a confirmation. The store's conflict list stands in here for what sync.apply records
(the GUI's side is tested; test_sync_conflicts.py goes through a real exchange)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QTableWidget
from pytestqt.qtbot import QtBot
from sqlmodel import select

from cdmo_desktop.domain.models import Partner
from cdmo_desktop.gui.context import AppContext
from cdmo_desktop.gui.sync.conflicts_view import ConflictsDialog
from cdmo_desktop.store import sync
from cdmo_desktop.store.changesets import ChangeSet
from cdmo_desktop.store.partner_edits import save_partner
from cdmo_desktop.store.sync import Conflict

pytestmark = pytest.mark.gui


def _text(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    assert item is not None
    return item.text()


class Recorded:
    """Open conflicts over the demo's partners; settling one writes the kept value."""

    def __init__(self, ctx: AppContext) -> None:
        with ctx.store.read() as s:
            self.partners = list(s.exec(select(Partner).order_by(Partner.name)).all()[:3])
        self.store = ctx.store
        self.open: list[Conflict] = [
            self._conflict("c1", self.partners[0], "Kept here", "Theirs 1"),
            self._conflict("c2", self.partners[1], "Kept here", "Theirs 2"),
        ]
        self.calls: list[tuple[str, ...]] = []

    def _conflict(self, cid: str, partner: Partner, here: str, other: str) -> Conflict:
        save_partner(self.store, str(partner.id), {"notes": here})
        return Conflict(
            cid, "field", "partner", str(partner.id), partner.name, "notes", here, other,
            "Dana Weber", "2026-12-02T14:05:00+00:00", False,
        )  # fmt: skip

    def conflicts(self, _store: object, *, open_only: bool = True) -> list[Conflict]:
        return list(self.open)

    def resolve_conflict(self, _store: object, conflict_id: str, keep: str) -> ChangeSet:
        self.calls.append((conflict_id, keep))
        conflict = next(c for c in self.open if c.id == conflict_id)
        self.open.remove(conflict)
        if conflict.kind == "duplicate":
            merged = "Merged" if keep == "other" else "Both kept"
            return save_partner(self.store, conflict.row_id, {"notes": merged})
        value = conflict.here_value if keep == "here" else conflict.other_value
        return save_partner(self.store, conflict.row_id, {"notes": value})


@pytest.fixture
def recorded(demo_ctx: AppContext, monkeypatch: pytest.MonkeyPatch) -> Recorded:
    fake = Recorded(demo_ctx)
    for name in ("conflicts", "resolve_conflict"):
        monkeypatch.setattr(sync, name, getattr(fake, name))
    return fake


@pytest.fixture
def dialog(qtbot: QtBot, demo_ctx: AppContext, recorded: Recorded) -> ConflictsDialog:
    d = ConflictsDialog(demo_ctx)
    qtbot.addWidget(d)
    d.show()
    return d


def _notes(ctx: AppContext, partner_id: str) -> str | None:
    with ctx.store.read() as s:
        partner = s.get(Partner, partner_id)
        assert partner is not None
        return partner.notes


def test_each_conflict_shows_record_field_values_who_and_when(dialog: ConflictsDialog) -> None:
    table = dialog.edit_table
    assert table.rowCount() == 2
    headers = [table.model().headerData(c, Qt.Orientation.Horizontal) for c in range(6)]
    assert headers == ["Record", "Field", "Current value", "Other value", "Other value by", "Made"]
    row = [_text(table, 0, c) for c in range(6)]
    assert row[1:5] == ["Notes", "Kept here", "Theirs 1", "Dana Weber"]
    assert row[5].startswith("2 Dec 2026")
    assert dialog.tabs.tabText(0) == "&Edited on both sides (2)"
    assert not dialog.keep_here_button.isEnabled()  # nothing selected yet


def test_keep_theirs_writes_through_the_store_as_one_undoable_edit(
    dialog: ConflictsDialog, demo_ctx: AppContext, recorded: Recorded, qtbot: QtBot
) -> None:
    notices: list[ChangeSet] = []
    demo_ctx.changed.connect(lambda changeset, _i: notices.append(changeset))
    first = str(recorded.partners[0].id)
    dialog.edit_table.selectRow(0)
    qtbot.mouseClick(dialog.keep_theirs_button, Qt.MouseButton.LeftButton)
    assert recorded.calls == [("c1", "other")]
    assert _notes(demo_ctx, first) == "Theirs 1"
    assert notices and notices[-1].touches("partner")
    assert dialog.edit_table.rowCount() == 1  # settled: it leaves the list
    assert demo_ctx.undo_stack.count() == 1
    demo_ctx.undo_stack.undo()  # Ctrl+Z
    assert _notes(demo_ctx, first) == "Kept here"


def test_the_selection_is_settled_together_and_undone_in_one_step(
    dialog: ConflictsDialog, demo_ctx: AppContext, recorded: Recorded
) -> None:
    dialog.edit_table.selectAll()
    assert dialog.keep_here_button.isEnabled()
    assert dialog.resolve_selected("other") == 2
    assert [c[1] for c in recorded.calls] == ["other", "other"]
    assert dialog.edit_table.isHidden() and dialog.edit_empty.isVisible()
    assert demo_ctx.undo_stack.count() == 1
    assert demo_ctx.undo_stack.undoText() == "Use other value: 2 conflicts"
    demo_ctx.undo_stack.undo()
    assert {_notes(demo_ctx, str(p.id)) for p in recorded.partners[:2]} == {"Kept here"}


def test_keep_here_from_the_row_menu_and_alt_h(
    dialog: ConflictsDialog, recorded: Recorded, qtbot: QtBot
) -> None:
    dialog.edit_table.selectRow(1)
    assert dialog.keep_here_button.text() == "&Keep current value"  # Alt+K
    dialog.keep_here_button.click()
    assert recorded.calls == [("c2", "here")]


def test_a_refused_resolution_is_said_and_the_rest_is_left(
    dialog: ConflictsDialog,
    demo_ctx: AppContext,
    recorded: Recorded,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from cdmo_desktop.store.errors import WriteRefused

    def refuse(_store: object, _cid: str, _keep: str) -> ChangeSet:
        raise WriteRefused("The record no longer exists.")

    monkeypatch.setattr(sync, "resolve_conflict", refuse)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: shown.append(text))
    dialog.edit_table.selectAll()
    assert dialog.resolve_selected("here") == 0
    assert shown == ["The record no longer exists."]
    assert dialog.edit_table.rowCount() == 2 and demo_ctx.undo_stack.count() == 0


def _answer_merge(monkeypatch: pytest.MonkeyPatch, button: str) -> list[str]:
    seen: list[str] = []

    def fake_exec(self: QMessageBox) -> int:
        seen.append(self.text())
        chosen = self.findChild(QAbstractButton, button) if button else None
        if chosen is not None:
            chosen.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return seen


def test_possible_duplicates_merge_after_a_confirmation(
    dialog: ConflictsDialog,
    demo_ctx: AppContext,
    recorded: Recorded,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first = str(recorded.partners[2].id)
    twin = Conflict(
        "d1", "duplicate", "partner", first, "Lonza AG", None, "Lonza, Inc.", "Lonza AG",
        "", "", False,
    )  # fmt: skip
    recorded.open.append(twin)
    dialog.reload()
    assert dialog.tabs.tabText(1) == "Possible &duplicates (1)"
    assert [_text(dialog.duplicate_table, 0, c) for c in range(2)] == ["Lonza AG", "Lonza, Inc."]
    dialog.tabs.setCurrentIndex(1)
    dialog.duplicate_table.selectRow(0)
    seen = _answer_merge(monkeypatch, "")  # Cancel: nothing written
    assert not dialog.merge_selected()
    assert seen == ["Merge “Lonza, Inc.” into “Lonza AG”?"]
    assert recorded.calls == []
    _answer_merge(monkeypatch, "syncMergeConfirmButton")
    assert dialog.merge_selected()
    assert recorded.calls == [("d1", "other")]
    assert _notes(demo_ctx, first) == "Merged"
    assert dialog.duplicate_table.isHidden() and dialog.duplicate_empty.isVisible()
    assert demo_ctx.undo_stack.count() == 1


def test_not_the_same_keeps_both(dialog: ConflictsDialog, recorded: Recorded) -> None:
    first = str(recorded.partners[2].id)
    pair = Conflict(
        "d1", "duplicate", "partner", first, "Lonza AG", None, "Lonza AG", "Lonza, Inc.",
        "", "", False,
    )  # fmt: skip
    recorded.open = [pair]
    dialog.reload()
    assert dialog.tabs.currentIndex() == 1  # nothing else to settle: the duplicates show
    dialog.duplicate_table.selectRow(0)
    dialog.not_same_button.click()
    assert recorded.calls == [("d1", "here")]
    assert dialog.duplicate_table.rowCount() == 0


def test_the_window_follows_change_notices(
    dialog: ConflictsDialog, demo_ctx: AppContext, recorded: Recorded
) -> None:
    recorded.open.pop()
    changeset = ChangeSet("Changes received", tables=frozenset({"partner"}))
    demo_ctx.announce(changeset)
    assert dialog.edit_table.rowCount() == 1


def test_every_control_is_named_for_tests_and_screen_readers(dialog: ConflictsDialog) -> None:
    named: Callable[[Any], bool] = lambda w: bool(w.objectName() and w.accessibleName())  # noqa: E731
    for widget in (
        dialog.edit_table,
        dialog.duplicate_table,
        dialog.keep_here_button,
        dialog.keep_theirs_button,
        dialog.merge_button,
        dialog.not_same_button,
        dialog.tabs,
    ):
        assert named(widget), widget.objectName()
