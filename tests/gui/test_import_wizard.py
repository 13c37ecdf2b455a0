"""File > Import…: the wizard previews every row's fate, refuses a hostile file on its
first page, remembers a column mapping per header set, and writes the import as one undo
step that Edit > Undo takes back whole."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot
from sqlmodel import select

from cdmo_desktop.domain.models import Partner
from cdmo_desktop.exchange.import_kinds import Fate
from cdmo_desktop.gui.context import AppContext
from cdmo_desktop.gui.exchange.import_wizard import ImportWizard
from cdmo_desktop.gui.workers import wait_for_jobs

CSV = (
    "Partner name;Type;Country;CDA signed\n"
    "Nordic Fill Finish AB;CMO;SE;03.03.2026\n"
    "Helvetia Biologics SA;cdmo;CH;3 Mar 2026\n"
    "Deccan Synthesis Ltd;CRO;IN;2026-02-01\n"
)


def _names(ctx: AppContext) -> set[str]:
    with ctx.store.read() as s:
        return {p.name for p in s.exec(select(Partner))}


def _wizard(ctx: AppContext, qtbot: QtBot, path: Path) -> ImportWizard:
    wizard = ImportWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path_edit.setText(str(path))
    return wizard


def _settle(qtbot: QtBot, done: object) -> None:
    qtbot.waitUntil(lambda: wait_for_jobs(10) and bool(done()), timeout=20_000)  # type: ignore[operator]


def test_import_previews_writes_one_undo_step_and_undo_removes_every_row(
    demo_ctx: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "shortlist.csv"
    path.write_text(CSV, encoding="utf-8")
    before = _names(demo_ctx)
    wizard = _wizard(demo_ctx, qtbot, path)
    wizard.next()
    assert wizard.currentPage() is wizard.mapping_page
    assert wizard.mapping_page.current_mapping() == ["name", "kind", "country", "cda_signed_date"]
    wizard.next()
    _settle(qtbot, lambda: wizard.plan is not None)
    plan = wizard.plan
    assert plan is not None
    assert [r.fate for r in plan.rows] == [Fate.NEW] * 3
    preview = wizard.preview_page
    assert preview.model.rowCount() == 3
    assert "Deccan Synthesis" in preview.model.index(2, 3).data()  # the near-duplicate warning
    assert preview.isComplete()
    wizard.next()
    _settle(qtbot, lambda: wizard.result_page.isComplete())
    assert demo_ctx.undo_stack.count() == 1
    assert _names(demo_ctx) == before | {
        "Nordic Fill Finish AB",
        "Helvetia Biologics SA",
        "Deccan Synthesis Ltd",
    }
    demo_ctx.undo_stack.undo()
    assert _names(demo_ctx) == before


def test_a_refused_row_blocks_the_import_until_refused_rows_are_skipped(
    demo_ctx: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("Name,Kind\nGood Co,cro\nBad Co,spaceship\n", encoding="utf-8")
    wizard = _wizard(demo_ctx, qtbot, path)
    wizard.next()
    wizard.next()
    _settle(qtbot, lambda: wizard.plan is not None)
    preview = wizard.preview_page
    assert preview.model.index(1, 1).data() == "Refused"
    assert preview.model.index(1, 3).data().startswith("Kind: expected one of")
    assert not preview.isComplete() and "Nothing is imported" in preview.summary.text()
    preview.skip.setChecked(True)
    assert preview.isComplete()


def test_a_hostile_file_is_refused_on_the_first_page(
    demo_ctx: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "photo.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    wizard = _wizard(demo_ctx, qtbot, path)
    wizard.next()
    assert wizard.currentPage() is wizard.file_page
    assert "binary" in wizard.file_page.error.text()


def test_an_edited_mapping_is_remembered_for_the_same_headers(
    demo_ctx: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "a.csv"
    path.write_text("Company;Kind;Blurb\nX Co;cro;hello\n", encoding="utf-8")
    first = _wizard(demo_ctx, qtbot, path)
    first.next()
    combo = first.mapping_page.combos[2]
    assert combo.currentData() == ""
    combo.setCurrentIndex(combo.findData("notes"))
    first.next()
    _settle(qtbot, lambda: first.plan is not None)
    other = tmp_path / "b.csv"
    other.write_text("blurb;company;kind\nhi;Y Co;lab\n", encoding="utf-8")
    second = _wizard(demo_ctx, qtbot, other)
    second.next()
    assert second.mapping_page.current_mapping() == ["notes", "name", "kind"]
