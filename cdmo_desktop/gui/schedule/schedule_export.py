"""Export the schedule chart to PNG or PDF through the shared matplotlib Gantt builder.

The figure is drawn and saved on a worker thread (`gui.workers.Job`), from a copy of the
rows taken when the user chose the file, so the screen keeps answering while matplotlib
works. Files are written to a temporary file next to the target and renamed into place,
so an interrupted export never leaves a half-written file under the chosen name.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QWidget

from cdmo_desktop.domain.scheduling import ScheduleLink
from cdmo_desktop.gui.i18n import QT_TR_NOOP, message, tr
from cdmo_desktop.gui.schedule.schedule_document import GROUP, ScheduleDocument
from cdmo_desktop.gui.workers import Job, ProgressFn
from cdmo_desktop.store.files import atomic_path

MAX_EXPORT_ROWS = 400
_FILTERS = {"png": QT_TR_NOOP("PNG image (*.png)"), "pdf": QT_TR_NOOP("PDF document (*.pdf)")}


def chart_rows(doc: ScheduleDocument, limit: int = MAX_EXPORT_ROWS) -> list[tuple[str, Any]]:
    """The first `limit` rows the screen shows (collapsed headings stay collapsed), with
    copies of their items (an edit meanwhile does not reach a chart being drawn)."""
    rows: list[tuple[str, Any | None]] = []
    for entry in doc.rows[:limit]:
        if entry.kind == GROUP:
            marker = " ▸" if entry.key in doc.collapsed else ""
            rows.append(("  " * entry.level + entry.title + marker, None))
        else:
            item = copy.copy(doc.items[entry.item])
            rows.append(("  " * entry.level + item.name, item))
    return rows


def write_chart(
    rows: Sequence[tuple[str, Any]],
    links: Sequence[ScheduleLink],
    path: Path,
    fmt: str,
    title: str,
    today: date,
) -> int:
    """Draw and save the chart of `rows` (see `chart_rows`); returns the number of rows
    drawn. Runs on a worker thread: it touches no widget."""
    from cdmo_desktop.reports.charts.gantt import build_gantt_figure

    figure = build_gantt_figure(
        [], links, today, title=title, headings=rows, max_rows=MAX_EXPORT_ROWS, width_in=11.0
    )
    path = Path(path)
    with atomic_path(path) as part:  # owner-only, fsynced, renamed into place
        figure.savefig(part, format=fmt, dpi=150, metadata=_metadata(fmt, title))
    return min(len(rows), MAX_EXPORT_ROWS)


def _metadata(fmt: str, title: str) -> dict[str, str]:
    if fmt == "pdf":
        return {"Title": title, "Creator": "Partnership Desk"}
    return {"Title": title, "Software": "Partnership Desk"}


class _Reply(QObject):
    """Hands the worker's outcome to `done` in the GUI thread; a child of the screen, so
    an export that ends after the screen closed tells nobody."""

    def __init__(self, parent: QWidget, done: Callable[[str, bool], None], more: str) -> None:
        super().__init__(parent)
        self._done, self._more = done, more

    def finished(self, path: object) -> None:
        self._done(tr("Chart saved to {path}{more}.").format(path=path, more=self._more), False)
        self.deleteLater()

    def failed(self, reason: str) -> None:
        self._done(
            tr("The chart could not be saved: {reason}").format(reason=message(reason)), True
        )
        self.deleteLater()


def export_with_dialog(
    parent: QWidget,
    doc: ScheduleDocument,
    fmt: str,
    title: str,
    done: Callable[[str, bool], None],
) -> Job | None:
    """Ask where to save, then write the chart on a worker thread; `done(message, error)`
    tells what happened. None when the user cancelled."""
    safe = "".join(c if c.isalnum() or c in " -_" else "_" for c in title).strip() or "schedule"
    suggested = str(Path.home() / f"{safe} schedule.{fmt}")
    path, _filter = QFileDialog.getSaveFileName(
        parent,
        tr("Export schedule as {format}").format(format=fmt.upper()),
        suggested,
        tr(_FILTERS[fmt]),
    )
    if not path:
        return None
    if not path.lower().endswith(f".{fmt}"):
        path += f".{fmt}"
    rows = chart_rows(doc)
    links = [link for link in doc.graph.links if link is not None]
    today, target = doc.today, Path(path)
    more = ""
    if len(doc.rows) > MAX_EXPORT_ROWS:
        more = tr(" (first {count} rows)").format(count=MAX_EXPORT_ROWS)

    def work(_progress: ProgressFn) -> Path:
        write_chart(rows, links, target, fmt, title, today)
        return target

    reply = _Reply(parent, done, more)
    job = Job(work)
    job.signals.finished.connect(reply.finished)
    job.signals.failed.connect(reply.failed)
    done(tr("Saving the chart to {path}…").format(path=path), False)
    job.start()
    return job
