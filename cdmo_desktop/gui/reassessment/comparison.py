"""Side by side: the current partner's scores against each candidate's and against the
previous assessment of the same partner (with the difference), criteria down."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from cdmo_desktop.domain.reassessment import Criterion, ScoreEntry, averages
from cdmo_desktop.gui import theme
from cdmo_desktop.gui.format import date_text
from cdmo_desktop.gui.i18n import message, tr
from cdmo_desktop.gui.reassessment.score_table import CRITERIA, score_fill
from cdmo_desktop.store.reassessments import PartnerColumn, ReassessmentDetail


def _better_or_worse(diff: float) -> QColor | None:
    if not diff:
        return None
    return theme.current().colour("ok" if diff > 0 else "error")


def _item(text: str, fill: QColor | None = None, colour: QColor | None = None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    if fill is not None:
        item.setBackground(QBrush(fill))
        item.setForeground(QBrush(theme.current().colour("score_fg")))
    if colour is not None:
        item.setForeground(QBrush(colour))
    return item


def _score(value: int | float | None) -> str:
    if value is None:
        return "—"
    return f"{value:.1f}" if isinstance(value, float) else str(value)


class ComparisonTable(QTableWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("comparison_table")
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self._shown: tuple[Any, ...] | None = None
        theme.notifier().changed.connect(self._on_theme_changed)  # tints are the theme's

    def show_scores(
        self,
        columns: tuple[PartnerColumn, ...],
        entries: tuple[ScoreEntry, ...],
        detail: ReassessmentDetail,
    ) -> None:
        self._shown = (columns, entries, detail)
        by_cell = {(e.partner_id, Criterion(e.criterion)): e.score for e in entries}
        headers = [
            tr("{name} (current)").format(name=c.name) if c.current else c.name for c in columns
        ]
        previous = detail.previous
        if previous is not None:
            headers += [
                tr("Previous ({date})").format(date=date_text(previous.assessed_on)),
                tr("Change"),
            ]
        self.clear()
        self.setColumnCount(len(headers))
        self.setRowCount(len(CRITERIA) + 1)
        self.setHorizontalHeaderLabels(headers)
        self.setVerticalHeaderLabels([message(c.label) for c in CRITERIA] + [tr("Average")])
        current = columns[0].id if columns else ""
        for row, crit in enumerate(CRITERIA):
            for col, c in enumerate(columns):
                value = by_cell.get((c.id, crit))
                self.setItem(row, col, _item(_score(value), score_fill(value)))
            if previous is not None:
                before = detail.previous_scores.get(crit)
                now = by_cell.get((current, crit))
                self.setItem(row, len(columns), _item(_score(before), score_fill(before)))
                self.setItem(row, len(columns) + 1, _change(now, before))
        last = len(CRITERIA)
        for col, c in enumerate(columns):
            avg = averages({k: by_cell.get((c.id, k)) for k in CRITERIA})
            self.setItem(last, col, _item(_score(avg)))
        if previous is not None:
            avg_before = averages(detail.previous_scores)
            avg_now = averages({k: by_cell.get((current, k)) for k in CRITERIA})
            self.setItem(last, len(columns), _item(_score(avg_before)))
            if avg_now is not None and avg_before is not None:
                diff = avg_now - avg_before
                colour = _better_or_worse(diff)
                self.setItem(last, len(columns) + 1, _item(f"{diff:+.1f}", colour=colour))

    def _on_theme_changed(self) -> None:
        if self._shown is not None:
            self.show_scores(*self._shown)


def _change(now: int | None, before: int | None) -> QTableWidgetItem:
    if now is None or before is None:
        return _item("—")
    diff = now - before
    colour = _better_or_worse(diff)
    return _item(f"{diff:+d}" if diff else "0", colour=colour)
