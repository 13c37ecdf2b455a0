"""File > Print… (Ctrl+P, the platform's Print key) in the main window: prints what the
screen on show holds.

- a page with a `print_document()` method prints itself;
- the Reports screen prints the selected issued status report (as issued) or the
  selected agreement: the PDF is written, then the system print dialog opens;
- an engagement's workspace opens its status report form (Ctrl+P there writes and prints);
- the Schedule screen draws its Gantt chart into a temporary PDF (off the GUI thread) and
  shows it in the preview, whose Print sends it; the file goes when the preview closes;
- elsewhere the status bar says where printing is.

QtPrintSupport and the PDF renderer are imported only when something is printed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QStackedWidget, QStatusBar, QWidget

from cdmo_desktop.gui.i18n import QT_TR_NOOP, message, tr

if TYPE_CHECKING:
    from cdmo_desktop.gui.context import AppContext


class PrintHost(Protocol):
    """What printing needs of the main window."""

    @property
    def ctx(self) -> AppContext: ...
    @property
    def stack(self) -> QStackedWidget: ...
    def window(self) -> QWidget: ...  # the main window itself
    def statusBar(self) -> QStatusBar: ...


NOTHING = QT_TR_NOOP(
    "Nothing to print on this screen: status reports and agreements print from the Reports "
    "screen or an engagement's workspace, the Gantt chart from the Schedule ({keys} there)."
)


def install_print_action(window: PrintHost, menu: QMenu, before: QAction | None = None) -> QAction:
    """Add File > Print… to `menu` (above `before`)."""
    action = QAction(tr("&Print…"), window.window())
    action.setObjectName("printAction")
    action.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
    action.setStatusTip(tr("Print the report or agreement of the screen on show"))
    action.triggered.connect(lambda: print_current(window))
    if before is not None:
        menu.insertAction(before, action)
    else:
        menu.addAction(action)
    return action


def print_current(window: PrintHost) -> QWidget | None:
    """Print what the page on show holds; the dialog that does it, if one opened."""
    from cdmo_desktop.gui.reports.report_export import ExportDialog
    from cdmo_desktop.gui.reports.reports import AGREEMENTS_TAB, ReportsView

    page = window.stack.currentWidget()
    own = getattr(page, "print_document", None)
    if callable(own):
        own()
        return None
    dialog: ExportDialog | None = None
    if isinstance(page, ReportsView):
        on_agreements = page.ui.tabs.currentIndex() == AGREEMENTS_TAB
        agreement_id = page.selected_agreement_id() if on_agreements else None
        report_id = None if on_agreements else page.selected_report_id()
        if report_id is not None:
            dialog = ExportDialog(window.ctx, parent=page, report_id=report_id)
        elif agreement_id is not None and page.clauses.maybe_leave():
            dialog = ExportDialog(window.ctx, agreement_id=agreement_id, parent=page)
        if dialog is not None:
            dialog.print_now()  # written, then the print dialog opens
    elif page is not None and page.property("screen_key") == "schedule":
        return preview_schedule(window, page)
    elif page is not None and page.property("detail_kind") == "engagement":
        engagement_id = getattr(page, "engagement_id", None)
        dialog = ExportDialog(window.ctx, engagement_id=engagement_id, parent=page)
    if dialog is None:
        keys = action_keys(window)
        window.statusBar().showMessage(tr(NOTHING).format(keys=keys), 8000)
        return None
    dialog.setObjectName("printExportDialog")
    dialog.open()
    return dialog


def preview_schedule(window: PrintHost, page: QWidget) -> QWidget | None:
    """The schedule's chart as a PDF in the preview (Print is one key away there)."""
    import shutil
    import tempfile
    from pathlib import Path

    from cdmo_desktop.gui.long_work import run_with_progress
    from cdmo_desktop.gui.reports.preview import show_preview
    from cdmo_desktop.gui.schedule.schedule_export import chart_rows, write_chart

    doc = getattr(page, "doc", None)
    if doc is None:
        return None
    engagement_id = getattr(page, "engagement_id", None)
    title = (
        doc.engagement_titles.get(engagement_id) or tr("Schedule")
        if engagement_id
        else tr("Portfolio schedule")
    )
    rows = chart_rows(doc)
    links = [link for link in doc.graph.links if link is not None]
    folder = Path(tempfile.mkdtemp(prefix="cdmo-desktop-print-"))
    path = folder / "schedule.pdf"

    def work(_progress: object, _token: object) -> Path:
        write_chart(rows, links, path, "pdf", title, doc.today)
        return path

    outcome = run_with_progress(window.window(), tr("Print"), tr("Drawing the schedule…"), work)
    if not outcome.ok:
        shutil.rmtree(folder, ignore_errors=True)
        if outcome.failure:
            told = tr("The chart could not be drawn: {reason}")
            window.statusBar().showMessage(told.format(reason=message(outcome.failure)), 8000)
        return None
    dialog = show_preview(window.window(), path, window.ctx.settings)
    if dialog is None:
        shutil.rmtree(folder, ignore_errors=True)
        return None
    dialog.setWindowTitle(tr("Preview – {file}").format(file=title))
    dialog.finished.connect(lambda _result: shutil.rmtree(folder, ignore_errors=True))
    return dialog


def action_keys(window: PrintHost) -> str:
    """The Print shortcut as this platform writes it."""
    action = window.window().findChild(QAction, "printAction")
    keys = action.shortcut() if action is not None else QKeySequence(QKeySequence.StandardKey.Print)
    return keys.toString(QKeySequence.SequenceFormat.NativeText)
