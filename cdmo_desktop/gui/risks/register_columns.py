"""The register's columns share the table's width instead of pushing it wider.

Short columns (code, scores, level, status, the review date, who raised it) always get the
width of their widest possible text, so they are never cut; the text columns (engagement,
title, owner, category, milestone) share what is left by weight, from a floor of a few
characters up to a comfortable width, and any room beyond that goes mostly to the title.
Text that no longer fits is elided and shown whole in the cell's tooltip. The widths are
worked out again whenever the table's width changes or a column is shown or hidden, so
the Owner, Status and Next review columns stay on screen at 1366 x 768, at 1920 x 1080
and at 150 % scaling. A column the user drags keeps its width until the table is resized.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QHeaderView, QStyle, QTableView

from cdmo_desktop.domain.enums import LabelledEnum, RiskCategory, RiskLevel, RiskStatus, Side
from cdmo_desktop.gui import format as fmt
from cdmo_desktop.gui.i18n import message
from cdmo_desktop.gui.widgets.fitting import title_width


@dataclass(frozen=True)
class Need:
    """What one column asks for, in pixels; weight 0 = exactly `minimum`."""

    minimum: int
    preferred: int
    weight: float = 0.0


@dataclass(frozen=True)
class TextColumn:
    """A column whose text may be elided: at least `floor` and up to `comfort` average
    characters wide (or its widest label, for a column of fixed labels), sharing the room
    by `weight`."""

    floor: int
    comfort: int
    weight: float


TEXT_COLUMNS = {
    "engagement": TextColumn(8, 28, 2.0),
    "title": TextColumn(14, 48, 4.0),
    "category": TextColumn(8, 0, 0.6),
    "owner": TextColumn(9, 18, 1.0),
    "milestone": TextColumn(7, 28, 1.2),
}


SAMPLES = {"code": ("R-0000",), "likelihood": ("5",), "impact": ("5",), "score": ("25",)}
BOLD_COLUMNS = frozenset({"next_review"})  # due reviews are set in bold (risks_model)


def fixed_texts(key: str) -> Sequence[str]:
    """Every text a short column can show (the widest decides), in the current locale."""
    if key == "next_review":  # a long-named day of every month
        return [fmt.date_text(date(2026, month, 28)) for month in range(1, 13)]
    labels: dict[str, type[LabelledEnum]] = {
        "level": RiskLevel,
        "status": RiskStatus,
        "raised_by": Side,
        "category": RiskCategory,
    }
    if key in labels:
        return [message(member.label) for member in labels[key]]
    return SAMPLES.get(key, ())


def fit_widths(available: int, needs: Sequence[Need]) -> list[int]:
    """Widths for `needs` that add up to `available` where that is possible: every column
    gets its minimum, the weighted ones grow together towards their preferred width, and
    what is left after that is shared by weight. When the minimums alone do not fit, the
    minimums (the table scrolls: nothing else can give)."""
    widths = [float(n.minimum) for n in needs]
    room = available - sum(widths)
    weighted = [i for i, n in enumerate(needs) if n.weight > 0]
    if room <= 0 or not weighted:
        return [int(w) for w in widths]
    growing = [i for i in weighted if widths[i] < needs[i].preferred]
    while room > 0.5 and growing:  # water filling: columns that reach their preferred stop
        total = sum(needs[i].weight for i in growing)
        grant = {i: room * needs[i].weight / total for i in growing}
        capped = [i for i in growing if widths[i] + grant[i] >= needs[i].preferred]
        if not capped:
            for i in growing:
                widths[i] += grant[i]
            room = 0
            break
        for i in capped:
            room -= needs[i].preferred - widths[i]
            widths[i] = float(needs[i].preferred)
        growing = [i for i in growing if i not in capped]
    if room > 0.5:
        total = sum(needs[i].weight for i in weighted)
        for i in weighted:
            widths[i] += room * needs[i].weight / total
    result = [int(w) for w in widths]
    widest = max(weighted, key=lambda i: needs[i].weight)
    result[widest] += available - sum(result)  # rounding: the last pixels to the title
    return result


class RegisterColumns(QObject):
    """Keeps `table`'s columns (whose sort keys are `keys`) fitted to its width."""

    def __init__(self, table: QTableView, keys: Sequence[str]) -> None:
        super().__init__(table)
        self.table, self.keys = table, list(keys)
        self._width = -1
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setTextElideMode(table.textElideMode())
        header.setMinimumSectionSize(QFontMetrics(table.font()).horizontalAdvance("0") * 2)
        header.sectionResized.connect(self._on_header_section_resized)
        header.sortIndicatorChanged.connect(self._on_header_sort_indicator_changed)
        table.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self.table.viewport().width() != self._width:
            self.fit()
        return False

    def _on_header_section_resized(self, _column: int, old: int, new: int) -> None:
        if (old == 0) != (new == 0):  # a column shown or hidden (a drag never reaches 0)
            self.fit()

    def _on_header_sort_indicator_changed(self, *_: object) -> None:
        self.fit(quiet=True)  # the sorted column's header also holds the sort arrow

    def _header_width(self, column: int) -> int:
        return title_width(self.table.horizontalHeader(), column)

    def needs(self) -> list[Need]:
        """What each shown column asks for (hidden ones are left out)."""
        metrics = QFontMetrics(self.table.font())
        bold_font = QFont(self.table.font())
        bold_font.setBold(True)
        bold = QFontMetrics(bold_font)
        style = self.table.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self.table)
        padding = 2 * (margin + 1) + 4  # the delegate's text margins, and a little air
        char = metrics.averageCharWidth()
        needs = []
        for column, key in enumerate(self.keys):
            if self.table.isColumnHidden(column):
                continue
            head = self._header_width(column)
            texts = fixed_texts(key)
            measure = bold if key in BOLD_COLUMNS else metrics
            widest = max((measure.horizontalAdvance(t) for t in texts), default=0) + padding
            spec = TEXT_COLUMNS.get(key)
            if spec is None:
                needs.append(Need(max(head, widest), max(head, widest)))
                continue
            floor = char * spec.floor + padding
            comfort = widest if texts else char * spec.comfort + padding
            needs.append(Need(floor, max(floor, comfort), spec.weight))
        return needs

    def fit(self, quiet: bool = False) -> None:
        """Share the viewport's width among the shown columns. `quiet` (a sort, which
        repaints every row shown anyway): the header does not announce each resize, which
        the table answers with a repaint of the resized columns on its next timer, a
        second paint of the list (the header repaints itself; the table's geometry is
        updated once)."""
        self._width = self.table.viewport().width()
        shown = [c for c in range(len(self.keys)) if not self.table.isColumnHidden(c)]
        widths = fit_widths(self._width, self.needs())
        header = self.table.horizontalHeader()
        blocked = header.blockSignals(quiet)
        try:
            for column, width in zip(shown, widths, strict=True):
                header.resizeSection(column, width)
        finally:
            header.blockSignals(blocked)
        if quiet:
            self.table.updateGeometries()
            self.table.viewport().update()
