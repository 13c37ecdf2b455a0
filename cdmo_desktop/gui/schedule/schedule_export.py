"""Export the schedule chart to PNG or PDF through the shared matplotlib Gantt builder.

Files are written to a temporary file next to the target and renamed into place, so an
interrupted export never leaves a half-written file under the chosen name.
"""

from __future__ import annotations

import os
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from cdmo_desktop.gui.schedule.schedule_document import GROUP, ScheduleDocument

MAX_EXPORT_ROWS = 400
_FILTERS = {"png": "PNG image (*.png)", "pdf": "PDF document (*.pdf)"}


def chart_rows(doc: ScheduleDocument) -> list[tuple[str, Any | None]]:
    """The rows the screen shows (collapsed headings stay collapsed)."""
    rows: list[tuple[str, Any | None]] = []
    for entry in doc.rows:
        if entry.kind == GROUP:
            marker = " ▸" if entry.key in doc.collapsed else ""
            rows.append(("  " * entry.level + entry.title + marker, None))
        else:
            item = doc.items[entry.item]
            rows.append(("  " * entry.level + item.name, item))
    return rows


def write_chart(doc: ScheduleDocument, path: Path, fmt: str, title: str, today: date) -> int:
    """Draw and save the chart; returns the number of rows drawn."""
    from cdmo_desktop.reports.charts.gantt import build_gantt_figure

    rows = chart_rows(doc)
    links = [link for link in doc.graph.links if link is not None]
    figure = build_gantt_figure(
        [], links, today, title=title, headings=rows, max_rows=MAX_EXPORT_ROWS, width_in=11.0
    )
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=".export-", suffix=f".{fmt}", dir=path.parent)
    os.close(fd)
    try:
        figure.savefig(tmp, format=fmt, dpi=150, metadata=_metadata(fmt, title))
        mask = os.umask(0)
        os.umask(mask)
        os.chmod(tmp, 0o666 & ~mask)  # an ordinary file, not mkstemp's private one
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return min(len(rows), MAX_EXPORT_ROWS)


def _metadata(fmt: str, title: str) -> dict[str, str]:
    if fmt == "pdf":
        return {"Title": title, "Creator": "Partnership Desk"}
    return {"Title": title, "Software": "Partnership Desk"}


def export_with_dialog(parent: QWidget, doc: ScheduleDocument, fmt: str, title: str) -> str:
    """Ask where to save, write the chart, return what to tell the user ("" if cancelled)."""
    safe = "".join(c if c.isalnum() or c in " -_" else "_" for c in title).strip() or "schedule"
    suggested = str(Path.home() / f"{safe} schedule.{fmt}")
    path, _filter = QFileDialog.getSaveFileName(
        parent, f"Export schedule as {fmt.upper()}", suggested, _FILTERS[fmt]
    )
    if not path:
        return ""
    if not path.lower().endswith(f".{fmt}"):
        path += f".{fmt}"
    try:
        rows = write_chart(doc, Path(path), fmt, title, doc.today)
    except OSError as exc:
        QMessageBox.warning(parent, "Export failed", f"The chart could not be saved: {exc}")
        return ""
    more = f" (first {MAX_EXPORT_ROWS} rows)" if rows >= MAX_EXPORT_ROWS else ""
    return f"Chart saved to {path}{more}."
