"""What the export dialog does with files and with what it learned: a name of its own per
document and a question before any file is replaced; a viewer that does not open the PDF
is reported with the file's path; a report whose status differs from the engagement's RAG
offers to update the engagement (its own undo step). Driven by keys and clicks."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlmodel import select

from cdmo_desktop.domain.enums import Rag
from cdmo_desktop.domain.models import Agreement, Engagement, StatusReport
from cdmo_desktop.gui.context import AppContext
from cdmo_desktop.gui.reports.report_export import ExportDialog
from tests.undo_support import check_undo_redo

TIMEOUT = 30_000
PROCESS = "ART-417 process development and first GMP campaign"  # its RAG is amber


def _type_path(qtbot: QtBot, dlg: ExportDialog, path: Path) -> None:
    edit = dlg.ui.outputEdit
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(edit, str(path))


def _export(qtbot: QtBot, dlg: ExportDialog) -> None:
    with qtbot.waitSignal(dlg.exported, timeout=TIMEOUT):
        qtbot.mouseClick(dlg.ui.exportButton, Qt.MouseButton.LeftButton)


def _agreements(ctx: AppContext) -> list[str]:
    with ctx.store.read() as s:
        return list(s.exec(select(Agreement.id).order_by(Agreement.title)).all())


def _engagement(ctx: AppContext, title: str = PROCESS) -> Engagement:
    with ctx.store.read() as s:
        return s.exec(select(Engagement).where(Engagement.title == title)).one()


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Questions asked (titles); each is answered Cancel unless a test says otherwise."""
    asked: list[str] = []

    def question(_parent: object, title: str, *_args: object) -> QMessageBox.StandardButton:
        asked.append(title)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def test_switching_document_never_keeps_another_documents_file(
    qtbot: QtBot, demo_ctx: AppContext, tmp_path: Path, answers: list[str]
) -> None:
    first, second = _agreements(demo_ctx)[:2]
    dlg = ExportDialog(demo_ctx, agreement_id=first)
    qtbot.addWidget(dlg)
    dlg.show()
    typed = tmp_path / "quality agreement.pdf"
    _type_path(qtbot, dlg, typed)
    _export(qtbot, dlg)
    written = typed.read_bytes()
    combo = dlg.ui.agreementCombo
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentData() == second
    suggested = Path(dlg.ui.outputEdit.text())
    assert suggested != typed and suggested.parent == tmp_path  # the user's folder is kept
    assert suggested.name.startswith(combo.currentText()[:20])
    _export(qtbot, dlg)
    assert typed.read_bytes() == written and suggested.exists()
    assert answers == []  # nothing existed: nothing to ask


def test_typing_a_path_then_choosing_a_status_report_renames_it(
    qtbot: QtBot, demo_ctx: AppContext, tmp_path: Path
) -> None:
    dlg = ExportDialog(demo_ctx, agreement_id=_agreements(demo_ctx)[0])
    qtbot.addWidget(dlg)
    dlg.show()
    _type_path(qtbot, dlg, tmp_path / "signed QA.pdf")
    dlg.ui.kindCombo.setFocus()
    qtbot.keyClick(dlg.ui.kindCombo, Qt.Key.Key_Up)
    assert dlg.kind == 0
    path = Path(dlg.ui.outputEdit.text())
    assert path.parent == tmp_path and path.name.startswith("Status report")


def test_an_existing_file_is_replaced_only_when_the_user_says_so(
    qtbot: QtBot, demo_ctx: AppContext, tmp_path: Path, answers: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    target = tmp_path / "keep me.pdf"
    target.write_bytes(b"the signed quality agreement")
    dlg = ExportDialog(demo_ctx, agreement_id=_agreements(demo_ctx)[0])
    qtbot.addWidget(dlg)
    dlg.show()
    _type_path(qtbot, dlg, target)
    qtbot.mouseClick(dlg.ui.exportButton, Qt.MouseButton.LeftButton)
    assert answers == ["Replace the PDF?"]
    assert not dlg.running and target.read_bytes() == b"the signed quality agreement"
    assert "Nothing was written: keep me.pdf is kept" in dlg.ui.statusLabel.text()
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    _export(qtbot, dlg)
    assert target.read_bytes()[:5] == b"%PDF-"


def test_suggested_name_is_one_no_file_has(
    qtbot: QtBot, demo_ctx: AppContext, tmp_path: Path
) -> None:
    from cdmo_desktop.gui import settings

    settings.set(demo_ctx.settings, settings.REPORTS_LAST_FOLDER, str(tmp_path))
    agreement = _agreements(demo_ctx)[0]
    dlg = ExportDialog(demo_ctx, agreement_id=agreement)
    qtbot.addWidget(dlg)
    taken = Path(dlg.ui.outputEdit.text())
    taken.write_bytes(b"an earlier export")
    again = ExportDialog(demo_ctx, agreement_id=agreement)
    qtbot.addWidget(again)
    assert Path(again.ui.outputEdit.text()) == taken.with_name(f"{taken.stem} (2).pdf")


def test_open_without_a_viewer_says_where_the_file_is(
    qtbot: QtBot, demo_ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []

    def open_url(url: QUrl) -> bool:
        opened.append(url.toLocalFile())
        return url.toLocalFile() == str(tmp_path)  # the folder opens, the PDF does not

    shown: list[str] = []

    def exec_box(box: QMessageBox) -> int:
        shown.append(box.text())
        button = next(b for b in box.buttons() if b.text() == "Show folder")
        box.show()
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        return 0

    monkeypatch.setattr("cdmo_desktop.gui.reports.report_output.QDesktopServices.openUrl", open_url)
    monkeypatch.setattr(QMessageBox, "exec", exec_box)
    dlg = ExportDialog(demo_ctx, agreement_id=_agreements(demo_ctx)[0])
    qtbot.addWidget(dlg)
    dlg.show()
    _type_path(qtbot, dlg, tmp_path / "qa.pdf")
    _export(qtbot, dlg)
    qtbot.mouseClick(dlg.ui.openButton, Qt.MouseButton.LeftButton)
    pdf = str(tmp_path / "qa.pdf")
    assert opened == [pdf, str(tmp_path)]
    assert shown and pdf in shown[0] and "No PDF viewer" in shown[0]
    assert pdf in dlg.ui.statusLabel.text()


def test_a_report_rag_unlike_the_engagements_offers_an_update(
    qtbot: QtBot, demo_ctx: AppContext, tmp_path: Path
) -> None:
    engagement = _engagement(demo_ctx)
    assert engagement.rag == Rag.AMBER
    dlg = ExportDialog(demo_ctx, engagement_id=engagement.id)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.mouseClick(dlg.ui.redRadio, Qt.MouseButton.LeftButton)
    _type_path(qtbot, dlg, tmp_path / "status.pdf")
    _export(qtbot, dlg)
    assert dlg.ui.ragOffer.isVisible()
    assert "rates the engagement Red; the Portfolio shows Amber" in dlg.ui.ragOfferLabel.text()
    assert demo_ctx.undo_stack.undoText() == "Issue status report"

    def click() -> None:
        qtbot.mouseClick(dlg.ui.updateRagButton, Qt.MouseButton.LeftButton)

    check_undo_redo(demo_ctx, click)
    assert _engagement(demo_ctx).rag == Rag.RED
    assert demo_ctx.undo_stack.undoText() == f"Edit engagement {PROCESS}"
    assert not dlg.ui.ragOffer.isVisible() and "now Red" in dlg.ui.statusLabel.text()
    demo_ctx.undo_stack.undo()  # the RAG goes back, the issued report stays
    assert _engagement(demo_ctx).rag == Rag.AMBER
    with demo_ctx.store.read() as s:
        assert s.exec(select(StatusReport).where(StatusReport.engagement_id == engagement.id)).all()


def test_no_offer_when_the_report_agrees(
    qtbot: QtBot, demo_ctx: AppContext, tmp_path: Path
) -> None:
    dlg = ExportDialog(demo_ctx, engagement_id=_engagement(demo_ctx).id)
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.ui.amberRadio.isChecked()  # the form starts from the engagement's RAG
    _type_path(qtbot, dlg, tmp_path / "status.pdf")
    _export(qtbot, dlg)
    assert not dlg.ui.ragOffer.isVisible()


@pytest.mark.parametrize("kind", ["export", "agreement"])
def test_dialogs_fit_the_screen_they_open_on(qtbot: QtBot, demo_ctx: AppContext, kind: str) -> None:
    from cdmo_desktop.gui.reports.agreement_dialog import AgreementDialog

    dlg = ExportDialog(demo_ctx) if kind == "export" else AgreementDialog(demo_ctx)
    qtbot.addWidget(dlg)
    dlg.resize(700, 3000)  # as if remembered from a taller screen
    dlg.show()
    screen = dlg.screen().availableGeometry()
    assert screen.contains(dlg.frameGeometry())
    assert dlg.height() >= dlg.minimumSizeHint().height()


def test_an_untouched_report_moves_on_at_midnight(
    qtbot: QtBot, demo_ctx: AppContext, tmp_path: Path
) -> None:
    from datetime import date

    from cdmo_desktop.domain import clock

    with clock.frozen(date(2026, 11, 20)):
        dlg = ExportDialog(demo_ctx, engagement_id=_engagement(demo_ctx).id)
        qtbot.addWidget(dlg)
        assert dlg.ui.periodEndEdit.value() == date(2026, 11, 20)
        clock.set_now(date(2026, 11, 21))
        demo_ctx.day_changed.emit(date(2026, 11, 21))
        assert dlg.ui.periodEndEdit.value() == date(2026, 11, 21)
        assert "2026-11-21" in dlg.ui.outputEdit.text()


def test_a_file_chosen_in_the_save_dialog_is_not_asked_about_twice(
    qtbot: QtBot, demo_ctx: AppContext, tmp_path: Path, answers: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "chosen.pdf"
    target.write_bytes(b"old")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(target), ""))
    dlg = ExportDialog(demo_ctx, agreement_id=_agreements(demo_ctx)[0])
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.mouseClick(dlg.ui.browseButton, Qt.MouseButton.LeftButton)
    _export(qtbot, dlg)  # the save dialog asked about replacing it already
    assert answers == [] and target.read_bytes()[:5] == b"%PDF-"
    qtbot.mouseClick(dlg.ui.exportButton, Qt.MouseButton.LeftButton)  # a new export: ask
    assert answers == ["Replace the PDF?"]
