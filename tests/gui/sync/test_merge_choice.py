"""Merging a possible duplicate partner: the confirmation names the partner kept, and the
user may keep the other one instead ("Keep …"); either way the one folded in is archived,
its engagements move over, and Ctrl+Z undoes the merge."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QAbstractButton, QMessageBox
from pytestqt.qtbot import QtBot
from sqlmodel import select

from cdmo_desktop.domain.enums import PartnerKind
from cdmo_desktop.domain.models import Engagement, Partner
from cdmo_desktop.gui.context import AppContext
from cdmo_desktop.gui.sync.conflicts_view import ConflictsDialog
from cdmo_desktop.store import Store, sync
from cdmo_desktop.store.errors import StoreError
from tests.sync_support import replicas, send

pytestmark = [pytest.mark.gui, pytest.mark.sqlite_only]


@pytest.fixture
def pair(demo_template: Path, tmp_path: Path) -> Iterator[tuple[Store, Store]]:
    a, b = replicas(demo_template, tmp_path, 2)
    yield a, b
    a.close()
    b.close()


def _new_partner(store: Store, name: str) -> str:
    partner = Partner(name=name, kind=PartnerKind.CDMO)
    store.write("new partner", lambda s: s.add(partner))
    return partner.id


def _partner(store: Store, pid: str) -> Partner:
    with store.read() as s:
        found = s.get(Partner, pid)
    assert found is not None
    return found


def _twins(pair: tuple[Store, Store]) -> tuple[str, str]:
    """(the pair's first partner, the other), flagged as possible duplicates on `a`, the
    second one with an engagement of its own."""
    a, b = pair
    ids = (_new_partner(a, "Helvetia Synthesis GmbH"), _new_partner(b, "Helvetia Synthesis AG"))
    with b.read() as s:
        engagement = s.exec(select(Engagement)).first()
        assert engagement is not None
    moved = engagement.id

    def work(s: object) -> None:
        row = s.get(Engagement, moved)  # type: ignore[attr-defined]
        row.partner_id = ids[1]

    b.write("move", work)
    send(b, a)
    first, second = sorted(ids)
    return first, second


def _answer(monkeypatch: pytest.MonkeyPatch, button: str) -> list[str]:
    seen: list[str] = []

    def fake_exec(box: QMessageBox) -> int:
        seen.append(box.text())
        chosen = box.findChild(QAbstractButton, button)
        assert chosen is not None
        seen.append(chosen.text())
        chosen.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return seen


def test_keep_the_other_partner_folds_the_listed_one_into_it(
    qtbot: QtBot, pair: tuple[Store, Store], settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    a = pair[0]
    first, second = _twins(pair)
    ctx = AppContext(a, settings)
    dialog = ConflictsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert len(dialog.duplicates) == 1
    dialog.tabs.setCurrentIndex(1)
    dialog.duplicate_table.selectRow(0)
    listed, other = _partner(a, first).name, _partner(a, second).name
    seen = _answer(monkeypatch, "syncMergeKeepOtherButton")
    assert dialog.merge_selected()
    assert seen == [f"Merge “{other}” into “{listed}”?", f"&Keep “{other}”"]
    assert _partner(a, first).archived and not _partner(a, second).archived
    with a.read() as s:
        on_first = s.exec(select(Engagement).where(Engagement.partner_id == first)).all()
    assert on_first == []
    assert dialog.duplicate_table.rowCount() == 0
    ctx.undo_stack.undo()
    assert not _partner(a, first).archived
    ctx.undo_stack.clear()


def test_the_store_merges_either_way_and_refuses_a_settled_pair(
    pair: tuple[Store, Store],
) -> None:
    a = pair[0]
    first, second = _twins(pair)
    (twin,) = [c for c in sync.conflicts(a) if c.kind == "duplicate"]
    assert twin.row_id == first
    sync.merge_duplicate(a, twin.id, keep_first=False)
    assert _partner(a, first).archived and not _partner(a, second).archived
    assert [c.kind for c in sync.conflicts(a)] == []
    with pytest.raises(StoreError, match="no longer listed"):
        sync.merge_duplicate(a, twin.id)
