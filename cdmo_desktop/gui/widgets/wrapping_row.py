"""A row of filters or buttons that wraps onto further rows when its page is narrow.

A single-line row of combo boxes, check boxes and buttons is as wide as all of them
together, and that minimum makes the whole page scroll sideways on a laptop at 150 %
(and in German, whose words are longer). Here the widgets come in groups that stay
together; the groups share one row while there is room and move down a row, in order,
when there is not. The row's minimum width is that of its widest group, so it never
forces its page wider; every widget keeps its whole label."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLayout, QVBoxLayout, QWidget

SPACING = 6


def width_needed(widgets: Sequence[QWidget], spacing: int = SPACING) -> int:
    """The width `widgets` need side by side (the hidden ones take none), as a box layout
    counts it: a widget's minimum width when set, else its minimum size hint."""
    shown = [w for w in widgets if not w.isHidden()]
    widths = [w.minimumWidth() or w.minimumSizeHint().width() for w in shown]
    return sum(widths) + spacing * max(len(widths) - 1, 0)


class WrappingRow(QWidget):
    """Groups of widgets laid out left to right, wrapping group by group when narrow.

    `add_group(widget, ...)` appends a group; a widget's `stretch` takes the room left in
    its row (a search box), and a row without one keeps its widgets to the left."""

    def __init__(self, parent: QWidget | None = None, spacing: int = SPACING) -> None:
        super().__init__(parent)
        self.spacing = spacing
        self._outer = QVBoxLayout(self)
        self._outer.setContentsMargins(0, 0, 0, 0)
        self._outer.setSpacing(spacing)
        self._groups: list[list[tuple[QWidget | None, int]]] = []
        self._plan: list[list[int]] | None = None
        self._arranging = False

    def add_group(
        self, *widgets: QWidget | None, stretch: Sequence[int] = (), at: int | None = None
    ) -> None:
        """Append (or insert `at` an index) a group of widgets that stay on one row;
        `stretch[i]` for `widgets[i]`, and a None in `widgets` is empty room that takes what
        its row leaves (a spacer)."""
        factors = list(stretch) + [0] * (len(widgets) - len(stretch))
        for widget in widgets:
            if widget is not None and widget.parentWidget() is not self:
                widget.setParent(self)
        group = list(zip(widgets, factors, strict=True))
        self._groups.insert(len(self._groups) if at is None else at, group)
        self._plan = None
        self.arrange()

    def take_place_of(self, row: QBoxLayout) -> WrappingRow:
        """Stand where a (Designer form's) row layout stood in its parent layout; the row's
        widgets are left for `add_group`."""
        parent = row.parent()
        assert isinstance(parent, QBoxLayout)
        index = next(i for i in range(parent.count()) if _holds(parent, i, row))
        _empty(row)
        parent.takeAt(index)
        row.deleteLater()
        parent.insertWidget(index, self)
        return self

    @property
    def row_count(self) -> int:
        """How many rows the groups take now."""
        return len(self._plan or [])

    @property
    def wrapped(self) -> bool:
        """True while the groups take more than one row."""
        return self.row_count > 1

    def _need(self, group: list[tuple[QWidget | None, int]]) -> int:
        return width_needed([w for w, _ in group if w is not None], self.spacing)

    def minimumSizeHint(self) -> QSize:
        """As narrow as the widest group: the row wraps rather than widen its page."""
        hint = super().minimumSizeHint()
        width = max((self._need(g) for g in self._groups), default=0)
        return QSize(width, hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.arrange()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:  # a widget shown, hidden or relabelled
            self.arrange()
        return super().event(event)

    def _plan_for(self, width: int) -> list[list[int]]:
        plan: list[list[int]] = []
        used = 0
        for index, group in enumerate(self._groups):
            need = self._need(group)
            if need == 0 and plan:  # nothing shown: stays with its neighbours
                plan[-1].append(index)
                continue
            if plan and used + self.spacing + need <= width:
                plan[-1].append(index)
                used += self.spacing + need
            else:
                plan.append([index])
                used = need
        return plan

    def arrange(self) -> None:
        """Lay the groups out for the current width (done on every resize)."""
        if self._arranging:
            return
        plan = self._plan_for(self.width())
        if plan == self._plan:
            return
        self._arranging = True
        try:
            self._plan = plan
            while self._outer.count():
                item = self._outer.takeAt(0)
                row = item.layout() if item is not None else None
                if row is not None:
                    _empty(row)
                    row.deleteLater()
            for indexes in plan:
                row = QHBoxLayout()
                row.setSpacing(self.spacing)
                members = [member for i in indexes for member in self._groups[i]]
                for widget, factor in members:
                    if widget is None:
                        row.addStretch(max(factor, 1))
                    else:
                        row.addWidget(widget, factor)
                if not any(widget is None or factor for widget, factor in members):
                    row.addStretch(1)
                self._outer.addLayout(row)
            self.updateGeometry()
        finally:
            self._arranging = False


def _empty(layout: QLayout) -> None:
    while layout.count():
        layout.takeAt(0)


def _holds(parent: QLayout, index: int, row: QLayout) -> bool:
    item = parent.itemAt(index)
    return item is not None and item.layout() is row
