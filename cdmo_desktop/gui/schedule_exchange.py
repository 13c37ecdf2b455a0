"""The schedule screen's exchange: Import schedule… (MS Project XML or GanttProject, read
on a worker thread, then a preview of what will be written, then one undo step), Export
schedule… (MSPDI), Export calendar… (ICS) and Import site holidays… (a site's .ics)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cdmo_desktop.exchange.errors import ExchangeError
from cdmo_desktop.exchange.schedule_files import SchedulePreview
from cdmo_desktop.gui.context import AppContext
from cdmo_desktop.gui.i18n import QT_TR_NOOP, message, tr
from cdmo_desktop.gui.undo import commit
from cdmo_desktop.gui.workers import Job

SCHEDULE_FILTER = QT_TR_NOOP(
    "Schedules (*.xml *.gan);;MS Project XML (*.xml);;GanttProject (*.gan)"
)
SCHEDULE_FILE, CALENDAR_FILE = "schedule.xml", "partnership-desk.ics"  # suggested names


class ImportPreviewDialog(QDialog):
    """What a schedule file holds, before anything is written."""

    def __init__(self, preview: SchedulePreview, target: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("schedule_import_preview")
        self.setWindowTitle(tr("Import schedule"))
        layout = QVBoxLayout(self)
        head = QLabel(
            tr(
                "<b>{source}</b> ({format})<br>"
                "{tasks} tasks, {milestones} milestones, {links} links "
                "will be added to <b>{target}</b>, as one step you can undo."
            ).format(
                source=preview.source,
                format=preview.fmt,
                tasks=preview.tasks,
                milestones=preview.milestones,
                links=preview.links,
                target=target,
            ),
            self,
        )
        head.setObjectName("schedule_import_summary")
        head.setTextFormat(Qt.TextFormat.RichText)
        head.setWordWrap(True)
        layout.addWidget(head)
        rows = QPlainTextEdit(self)
        rows.setObjectName("schedule_import_rows")
        rows.setReadOnly(True)
        rows.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        rows.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        warning = tr("Warning: {warning}")
        lines = [warning.format(warning=message(w)) for w in preview.warnings]
        for item in preview.plan.items[:500]:
            when = (
                item.finish.isoformat()
                if item.start == item.finish
                else f"{item.start.isoformat()} – {item.finish.isoformat()}"
            )
            phase = f" [{message(item.phase.label)}]" if item.phase else ""
            lines.append(f"{message(item.kind.label):<14} {when:<25} {item.name}{phase}")
        if len(preview.plan.items) > 500:
            more = len(preview.plan.items) - 500
            lines.append(tr("… and {count} more").format(count=more))
        rows.setPlainText("\n".join(lines))
        layout.addWidget(rows, 1)
        buttons = QDialogButtonBox(self)
        buttons.addButton(tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(720, 460)


class ScheduleExchange:
    """The actions, for the schedule screen of one engagement (or the portfolio)."""

    def __init__(
        self,
        widget: QWidget,
        ctx: AppContext,
        engagement: Callable[[], str | None],
        heading: Callable[[str], str],
    ) -> None:
        self.widget, self.ctx = widget, ctx
        self._engagement, self._heading = engagement, heading
        self._jobs: list[Job] = []
        self.import_schedule = self._make(
            "import_schedule", tr("Import schedule…"), self.ask_import
        )
        self.export_schedule = self._make(
            "export_schedule", tr("Export schedule…"), self.ask_export
        )
        self.export_calendar = self._make(
            "export_calendar", tr("Export calendar…"), self.ask_calendar
        )
        self.import_holidays = self._make(
            "import_holidays", tr("Import site holidays…"), self.ask_holidays
        )
        self.import_schedule.setEnabled(engagement() is not None)
        self.export_schedule.setEnabled(engagement() is not None)

    def _make(self, name: str, text: str, slot: Callable[[], None]) -> QAction:
        act = QAction(text, self.widget)
        act.setObjectName(f"schedule_{name}")
        act.triggered.connect(slot)
        return act

    def actions(self) -> list[QAction]:
        return [
            self.import_schedule,
            self.export_schedule,
            self.export_calendar,
            self.import_holidays,
        ]

    def button(self, parent: QWidget) -> QToolButton:
        menu = QMenu(parent)
        menu.setObjectName("schedule_exchange_menu")
        menu.addActions(self.actions())
        button = QToolButton(parent)
        button.setObjectName("schedule_exchange_button")
        button.setText(tr("Exchange"))
        button.setMenu(menu)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        return button

    def _say(self, text: str, *, error: bool = False) -> None:
        box = QMessageBox.warning if error else QMessageBox.information
        box(self.widget, tr("Exchange"), text)

    # --- schedule import ---------------------------------------------------------------
    def ask_import(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self.widget, tr("Import schedule"), "", tr(SCHEDULE_FILTER)
        )
        if name:
            self.start_import(Path(name))

    def start_import(self, path: Path) -> Job:
        """Read the file on a worker thread; the preview follows when it is read."""
        from cdmo_desktop.exchange.schedules import read_schedule

        job = Job(lambda _progress: read_schedule(path))
        job.signals.finished.connect(self.show_preview)
        job.signals.failed.connect(lambda reason: self._say(message(reason), error=True))
        self._jobs.append(job)
        job.start()
        return job

    def preview_dialog(self, preview: SchedulePreview) -> ImportPreviewDialog | None:
        engagement_id = self._engagement()
        if engagement_id is None:
            return None
        dialog = ImportPreviewDialog(preview, self._heading(engagement_id), self.widget)
        return dialog

    def show_preview(self, preview: Any) -> None:
        dialog = self.preview_dialog(preview)
        if dialog is not None and dialog.exec() == QDialog.DialogCode.Accepted:
            self.write(preview)

    def write(self, preview: SchedulePreview) -> Job | None:
        """Write the preview on a worker thread (a 2,000-task plan takes seconds: the
        store's one write path logs every row); the change set goes on the undo stack as
        one step when it is written. Import is disabled meanwhile."""
        from cdmo_desktop.exchange.schedules import write_plan

        engagement_id = self._engagement()
        if engagement_id is None:
            return None
        store = self.ctx.store
        job = Job(lambda _progress: write_plan(store, engagement_id, preview))
        self.import_schedule.setEnabled(False)
        self.widget.setCursor(Qt.CursorShape.BusyCursor)
        job.signals.finished.connect(self._written)
        job.signals.failed.connect(self._not_written)
        self._jobs = [j for j in self._jobs if not j.wait(0)] + [job]
        job.start()
        return job

    def _written(self, changeset: Any) -> None:
        self._writing_done()
        commit(self.ctx, changeset)

    def _not_written(self, reason: str) -> None:
        self._writing_done()
        self._say(message(reason), error=True)

    def _writing_done(self) -> None:
        self.widget.unsetCursor()
        self.import_schedule.setEnabled(self._engagement() is not None)

    # --- exports -----------------------------------------------------------------------
    def ask_export(self) -> None:
        engagement_id = self._engagement()
        if engagement_id is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self.widget, tr("Export schedule"), SCHEDULE_FILE, tr("MS Project XML (*.xml)")
        )
        if name:
            self.export_to(Path(name))

    def export_to(self, path: Path) -> None:
        from cdmo_desktop.exchange.mspdi import to_xml
        from cdmo_desktop.store.schedule import load_plan

        engagement_id = self._engagement()
        assert engagement_id is not None
        store, heading = self.ctx.store, self._heading(engagement_id)
        self._write(
            path, lambda: to_xml(load_plan(store, engagement_id), heading), tr("Export schedule")
        )

    def ask_calendar(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self.widget, tr("Export calendar"), CALENDAR_FILE, tr("Calendar (*.ics)")
        )
        if name:
            from cdmo_desktop.exchange.calendar import calendar_bytes

            store, engagement_id = self.ctx.store, self._engagement()
            self._write(
                Path(name), lambda: calendar_bytes(store, engagement_id), tr("Export calendar")
            )

    def _write(self, path: Path, make: Callable[[], bytes], title: str) -> None:
        """Build the export off the GUI thread and write it atomically (owner-only), with
        progress and Cancel (gui/long_tasks.py); a failed disk is explained, not raised."""
        from cdmo_desktop.gui.long_tasks import write_export

        outcome = write_export(self.widget, title, path, make)
        if outcome.failure:
            told = tr("{reason}\n\n{path}").format(reason=message(outcome.failure), path=path)
            QMessageBox.warning(self.widget, title, told)

    # --- site holidays -------------------------------------------------------------------
    def ask_holidays(self) -> None:
        from cdmo_desktop.gui.dialogs.site_picker import SitePicker

        picker = SitePicker(self.ctx, tr("Import site holidays"), self.widget)
        if picker.exec() == QDialog.DialogCode.Accepted and picker.site_id:
            import_site_holidays(self.widget, self.ctx, picker.site_id)


def import_site_holidays(widget: QWidget, ctx: AppContext, site_id: str) -> None:
    """Ask for a site's holiday or shutdown calendar (.ics) and attach its days to the
    site as one undo step; a refused file is one sentence and writes nothing."""
    from cdmo_desktop.exchange.holidays import read_holidays, write_holidays

    name, _ = QFileDialog.getOpenFileName(
        widget, tr("Import site holidays"), "", tr("Calendar (*.ics)")
    )
    if not name:
        return
    try:
        days = read_holidays(Path(name))
        commit(ctx, write_holidays(ctx.store, site_id, days, source=Path(name).name))
    except ExchangeError as exc:
        QMessageBox.warning(widget, tr("Import site holidays"), message(str(exc)))
        return
    QMessageBox.information(
        widget,
        tr("Import site holidays"),
        tr("%n closed day(s) imported from {file}.", None, len(days)).format(file=Path(name).name),
    )
