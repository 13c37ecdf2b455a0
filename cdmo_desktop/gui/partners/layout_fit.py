"""Keeping the partner screens within a laptop's width (1366 x 768, also at 150 % scaling,
where a page is about 710 px wide): tables whose columns share the width instead of
scrolling sideways, and two-column pages that stack their columns when there is no room
for both side by side."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QAbstractScrollArea, QBoxLayout, QHeaderView, QStyle, QTableView

SAMPLE_ROWS = 50  # rows measured for a column's preferred width


class ColumnFitter(QObject):
    """The columns of `table` within its width, never a horizontal scroll bar on resize.

    Each column gets its preferred width when there is room, and `stretch` takes what is
    left over. On a narrow screen the `optional` columns (secondary ones, in the order
    given) are hidden first, while the others do not fit at their preferred width; they
    come back when the table is wide again. Then columns give up width: the `stretch`
    column first (unless `stretch_gives_first` is off: a register's names), then those
    wider than `comfortable` (so dates and other short values stay whole), then all, down
    to `minimum`;
    their text is elided ("…", the tooltip has it whole). The user may still drag a column
    wider; the next resize fits them again. `preferred` is fixed, or measured from the
    contents by `fit_contents()`."""

    def __init__(
        self,
        table: QTableView,
        stretch: int,
        preferred: Sequence[int] = (),
        minimum: int = 48,
        widest: int = 360,
        optional: Sequence[int] = (),
        comfortable: int = 104,
        stretch_gives_first: bool = True,
    ) -> None:
        super().__init__(table)
        self.table, self.stretch, self.minimum, self.widest = table, stretch, minimum, widest
        self.preferred = list(preferred)
        self.optional = list(optional)
        self.comfortable = comfortable
        self.stretch_gives_first = stretch_gives_first
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(minimum)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def fit_contents(self) -> None:
        """Measure each column's preferred width (header and the first rows), then fit."""
        header = self.table.horizontalHeader()
        model = self.table.model()
        columns = model.columnCount() if model is not None else 0
        rows = min(model.rowCount() if model is not None else 0, SAMPLE_ROWS)
        widths = []
        for column in range(columns):
            cells = (
                self.table.sizeHintForIndex(model.index(r, column)).width() for r in range(rows)
            )
            wanted = max([header.sectionSizeHint(column), *cells])
            widths.append(min(wanted + 8, self.widest))
        self.preferred = widths
        self.fit()

    def hidden(self, room: int) -> set[int]:
        """The optional columns left out at a viewport `room` px wide."""
        out: set[int] = set()
        for column in self.optional:
            shown = sum(w for i, w in enumerate(self.preferred) if i not in out)
            if shown <= room:
                break
            out.add(column)
        return out

    def widths(self, room: int) -> list[int]:
        """The column widths for a viewport `room` px wide, 0 for a hidden column (more
        than `room` only when it cannot hold every column at its minimum)."""
        hidden = self.hidden(room)
        preferred = [0 if i in hidden else w for i, w in enumerate(self.preferred)]
        total = sum(preferred)
        if not preferred or room <= 0:
            return preferred
        if self.stretch_gives_first:  # the long text gives up width first
            cut = min(max(total - room, 0), max(preferred[self.stretch] - self.comfortable, 0))
            preferred[self.stretch] -= cut
            total -= cut
        if total <= room:
            preferred[self.stretch] += room - total
            return preferred
        # Then long columns give up their width beyond `comfortable` first (in proportion to it),
        # so short ones (dates, statuses, kinds) stay whole; then all shrink in proportion.
        base = [min(w, self.comfortable) for w in preferred]
        excess = total - sum(base)
        if sum(base) <= room:
            keep = (room - sum(base)) / excess
            out = [b + int((w - b) * keep) for w, b in zip(preferred, base, strict=True)]
        else:
            out = _shrink(base, room, self.minimum)
        out[self.stretch] += max(room - sum(out), 0)
        return out

    def fit(self) -> None:
        """Fit the columns shown; a column the user hid (header menu) stays hidden and
        takes no room; the optional ones come and go with the room."""
        header = self.table.horizontalHeader()
        count = header.count()
        user = {c for c in range(count) if c not in self.optional and header.isSectionHidden(c)}
        preferred = self.preferred
        self.preferred = [0 if i in user else w for i, w in enumerate(preferred)]
        try:
            widths = self.widths(self.table.viewport().width())
        finally:
            self.preferred = preferred
        for column, width in enumerate(widths):
            if column < count and column not in user:
                header.setSectionHidden(column, width == 0)
                if width:
                    header.resizeSection(column, width)


def _shrink(widths: list[int], room: int, minimum: int) -> list[int]:
    """`widths` (0 = hidden) scaled down in proportion to fit `room`, none below `minimum`:
    a column that would fall below it stays there and the others share the rest."""
    out = [minimum if w else 0 for w in widths]
    free = {i for i, w in enumerate(widths) if w}
    budget = room
    while free:
        weight = sum(widths[i] for i in free)
        share = {i: widths[i] * budget / weight for i in free}
        low = {i for i in free if share[i] < minimum}
        if not low:
            for i in free:
                out[i] = int(share[i])
            break
        free -= low
        budget -= minimum * len(low)
    return out


class StackingColumns(QObject):
    """Two columns side by side in `layout` (a QBoxLayout inside the scroll area `area`)
    while the area is wide enough for both, one above the other when it is not. The area
    asks for no more width than the stacked columns need, so it never makes its page
    wider than the screen."""

    def __init__(self, layout: QBoxLayout, area: QAbstractScrollArea) -> None:
        super().__init__(area)
        self.layout, self.area = layout, area
        area.viewport().installEventFilter(self)
        self.arrange()

    def _widths(self) -> tuple[list[int], int]:
        layout = self.layout
        margins = layout.contentsMargins()
        items = (layout.itemAt(i) for i in range(layout.count()))
        widths = [item.minimumSize().width() for item in items if item is not None]
        return widths, margins.left() + margins.right()

    def side_by_side_width(self) -> int:
        widths, margins = self._widths()
        spacing = max(self.layout.spacing(), 0) * max(len(widths) - 1, 0)
        return sum(widths) + spacing + margins

    def stacked_width(self) -> int:
        widths, margins = self._widths()
        return max(widths, default=0) + margins

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.arrange()
        return False

    def arrange(self) -> None:
        area = self.area
        bar = area.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, area)
        area.setMinimumWidth(self.stacked_width() + bar + 2 * area.frameWidth())
        wide = self.area.viewport().width() >= self.side_by_side_width()
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.layout.direction() != direction:
            self.layout.setDirection(direction)
