"""The risk heat map on screen: two 5x5 likelihood x impact grids (current and residual)
painted with QPainter, the counts in the cells, coloured by the level of
domain.risk_matrix (as reports.charts.heatmap draws them for print).

Impact runs left to right, likelihood bottom to top, so the critical corner is top right.
The grids sit side by side or one above the other, whichever gives them the more room
(`plan`); titles too wide for their room are set smaller, then shortened. Clicking a cell
emits `cell_clicked((kind, likelihood, impact))`; clicking the highlighted cell again
emits `cell_clicked(None)` (clear the cell filter).

The map is ready (`canvas_ready`) one turn of the event loop after it is first shown, so
the register paints first. New counts are painted once however many arrive within a turn
of the event loop (Qt merges the update requests), and counts equal to those on show
request no paint at all.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QColor,
    QFocusEvent,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QShowEvent,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from cdmo_desktop.domain import risk_matrix
from cdmo_desktop.domain.risk_matrix import HeatMapCounts
from cdmo_desktop.gui import theme
from cdmo_desktop.gui.i18n import language, message, tr

Selection = tuple[str, int, int] | None
KINDS = ("current", "residual")
EMPTY_CELL_STRENGTH = 0.22  # how much of the level colour an empty cell keeps
EDGE = 4.0  # pixels kept clear along the panel's edges
GAP = 12.0  # pixels between one grid's labels and the next grid's
PAD = 3.0  # between a grid and its tick labels, and between those and the axis label
SMALLEST_TITLE = 0.7  # a title too wide is set down to this share of the font, then shortened


def title(kind: str, counts: HeatMapCounts) -> list[str]:
    """The lines of a grid's title (the residual grid says how many are not assessed)."""
    total = counts.total
    if kind == "current":
        current = tr("Current (1 risk)") if total == 1 else tr("Current ({count} risks)")
        return [current.format(count=total)]
    lines = [
        tr("Residual after mitigation ({count})").format(count=total - counts.without_residual)
    ]
    if counts.without_residual:
        lines.append(tr("{count} not yet assessed").format(count=counts.without_residual))
    return lines


def cell_colour(likelihood: int, impact: int, count: int, ground: QColor | None = None) -> QColor:
    """The level's colour, only a tint of it over `ground` (the panel's base colour) for an
    empty cell (the counts stand out)."""
    t = theme.current()
    level = risk_matrix.MATRIX[likelihood - 1][impact - 1]
    full = QColor(t.level_bg[level])
    if count:
        return full
    return theme.mix(full, ground or QColor(t.base), EMPTY_CELL_STRENGTH)


@dataclass
class Plan:
    """Where everything goes in a panel of a given size (pixels)."""

    stacked: bool
    cell: float  # side of one cell
    grids: dict[str, QRectF] = field(default_factory=dict)
    titles: dict[str, QRectF] = field(default_factory=dict)  # the room of each title
    labels: dict[str, tuple[QRectF, str, bool]] = field(default_factory=dict)  # rect, text, rotated

    def cell_rect(self, kind: str, likelihood: int, impact: int) -> QRectF:
        grid = self.grids[kind]
        return QRectF(
            grid.left() + (impact - 1) * self.cell,
            grid.top() + (5 - likelihood) * self.cell,
            self.cell,
            self.cell,
        )

    def cell_at(self, point: QPointF) -> Selection:
        for kind, grid in self.grids.items():
            if grid.contains(point) and self.cell > 0:
                impact = min(5, int((point.x() - grid.left()) / self.cell) + 1)
                likelihood = 5 - min(4, int((point.y() - grid.top()) / self.cell))
                return (kind, likelihood, impact)
        return None


def plan(width: float, height: float, metrics: QFontMetricsF) -> Plan:
    """The arrangement (stacked or side by side) that gives the larger grids, with every
    label's place: a two-line title above each grid, tick numbers and "Impact" below it,
    tick numbers and the rotated "Likelihood" beside it."""
    line = metrics.height()
    above = 2 * line + PAD
    below = PAD + line + PAD + line
    beside = line + PAD + metrics.horizontalAdvance("5") + PAD
    free_w, free_h = width - 2 * EDGE, height - 2 * EDGE
    side_by_side = min((free_w - GAP) / 2 - beside, free_h - above - below)
    stacked_side = min(free_w - beside, (free_h - GAP) / 2 - above - below)
    stacked = stacked_side > side_by_side
    side = max(5.0, stacked_side if stacked else side_by_side)
    block_w, block_h = beside + side, above + side + below
    across = block_w if stacked else 2 * block_w + GAP
    down = 2 * block_h + GAP if stacked else block_h
    x0 = EDGE + max(0.0, (free_w - across) / 2)
    y0 = EDGE + max(0.0, (free_h - down) / 2)
    out = Plan(stacked, side / 5)
    for n, kind in enumerate(KINDS):
        bx = x0 if stacked else x0 + n * (block_w + GAP)
        by = y0 + n * (block_h + GAP) if stacked else y0
        grid = QRectF(bx + beside, by + above, side, side)
        out.grids[kind] = grid
        room = block_w if stacked or n == 1 else block_w + GAP / 2
        out.titles[kind] = QRectF(bx, by, min(room, width - EDGE - bx), above - PAD)
        ticks_y = grid.bottom() + PAD
        for i in range(1, 6):
            cell_x = grid.left() + (i - 1) * out.cell
            out.labels[f"{kind} x tick {i}"] = (
                QRectF(cell_x, ticks_y, out.cell, line),
                str(i),
                False,
            )
            cell_y = grid.top() + (5 - i) * out.cell
            tick = QRectF(bx + line + PAD, cell_y, beside - line - 2 * PAD, out.cell)
            out.labels[f"{kind} y tick {i}"] = (tick, str(i), False)
        impact = QRectF(grid.left(), ticks_y + line + PAD, side, line)
        out.labels[f"{kind} x label"] = (impact, tr("Impact"), False)
        out.labels[f"{kind} y label"] = (
            QRectF(bx, grid.top(), line, side),
            tr("Likelihood"),
            True,
        )
    return out


class RiskHeatMap(QWidget):
    cell_clicked = Signal(object)  # (kind, likelihood, impact) or None
    canvas_ready = Signal()  # the map is on screen: counts may be drawn now

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("riskHeatMap")
        self.counts = HeatMapCounts()
        self.selected: Selection = None
        self.ready = False
        self._shown: tuple[HeatMapCounts, Selection] = (
            HeatMapCounts(),
            None,
        )  # what the last paint showed, or is to show
        self._plan: tuple[QSize, Plan] | None = None
        self.setMouseTracking(True)
        self.setMinimumSize(260, 220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.focus_cell: tuple[str, int, int] = ("current", 3, 3)  # the keyboard's cell
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(tr("Risk heat map"))
        self._describe_for_reader()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.ready:  # after the register's first paint
            QTimer.singleShot(0, self, self.ensure_canvas)

    def ensure_canvas(self) -> None:
        """Ready now: counts are drawn from here on (first shown, or a caller that needs
        the counts at once)."""
        if not self.ready:
            self.ready = True
            self.canvas_ready.emit()

    def set_counts(self, counts: HeatMapCounts, selected: Selection = None) -> None:
        """Show `counts` (with the `selected` cell outlined): painted once at the end of
        this turn of the event loop however many arrive; nothing when they are on show."""
        self.counts, self.selected = counts, selected
        if self._shown == (counts, selected):
            return
        self._shown = (counts, selected)
        self._describe_for_reader()
        self.update()

    # --- geometry ------------------------------------------------------------------------
    def _title_font(self, lines: list[str], room: float) -> QFont:
        font = QFont(self.font())
        widest = max(QFontMetricsF(font).horizontalAdvance(t) for t in lines)
        if widest > room > 0:
            size = font.pointSizeF() * max(SMALLEST_TITLE, room / widest)
            font.setPointSizeF(size)
        return font

    def layout_plan(self) -> Plan:
        """Where everything goes at the current size (worked out once per size)."""
        size = self.size()
        if self._plan is None or self._plan[0] != size:
            self._plan = (size, plan(size.width(), size.height(), QFontMetricsF(self.font())))
        return self._plan[1]

    def text_boxes(self) -> dict[str, QRectF]:
        """The box of every text the map paints (titles, tick numbers, axis labels), as
        painted: for checking that none overlaps another or leaves the panel."""
        p = self.layout_plan()
        boxes: dict[str, QRectF] = {}
        for kind in KINDS:
            room = p.titles[kind]
            lines = title(kind, self.counts)
            metrics = QFontMetricsF(self._title_font(lines, room.width()))
            for n, text in enumerate(lines):
                shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, room.width())
                width = metrics.horizontalAdvance(shown)
                top = room.top() + n * metrics.height()
                boxes[f"{kind} title {n + 1}"] = QRectF(room.left(), top, width, metrics.height())
        metrics = QFontMetricsF(self.font())
        for name, (rect, text, rotated) in p.labels.items():
            width, height = metrics.horizontalAdvance(text), metrics.height()
            if rotated:
                width, height = height, width
            box = QRectF(0, 0, width, height)
            box.moveCenter(rect.center())
            if name.endswith(("y tick 1", "y tick 2", "y tick 3", "y tick 4", "y tick 5")):
                box.moveRight(rect.right())
            boxes[name] = box
        return boxes

    # --- painting ------------------------------------------------------------------------
    def paintEvent(self, _event: QPaintEvent) -> None:
        p = self.layout_plan()
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
            for kind in KINDS:
                self._paint_grid(painter, p, kind)
            self._paint_texts(painter, p)
        finally:
            painter.end()

    def _paint_grid(self, painter: QPainter, p: Plan, kind: str) -> None:
        grid = self.counts.residual if kind == "residual" else self.counts.current
        count_font = QFont(self.font())
        count_font.setBold(True)
        count_font.setPointSizeF(self.font().pointSizeF() * 1.15)
        painter.setFont(count_font)
        painter.setPen(Qt.PenStyle.NoPen)
        for likelihood in range(1, 6):
            for impact in range(1, 6):
                n = grid[likelihood - 1][impact - 1]
                rect = p.cell_rect(kind, likelihood, impact)
                painter.fillRect(
                    rect, cell_colour(likelihood, impact, n, self.palette().base().color())
                )
                if n:
                    level = risk_matrix.MATRIX[likelihood - 1][impact - 1]
                    painter.setPen(theme.current().level(level)[1])
                    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(n))
        painter.setPen(QPen(QColor(theme.current().heatmap_grid), 1.5))
        box = p.grids[kind]
        for k in range(1, 5):
            x = box.left() + k * p.cell
            y = box.top() + k * p.cell
            painter.drawLine(QPointF(x, box.top()), QPointF(x, box.bottom()))
            painter.drawLine(QPointF(box.left(), y), QPointF(box.right(), y))
        if self.selected is not None and self.selected[0] == kind:
            _kind, likelihood, impact = self.selected
            painter.setPen(QPen(QColor(theme.current().heatmap_selected), 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(p.cell_rect(kind, likelihood, impact).adjusted(1.5, 1.5, -1.5, -1.5))
        if self.hasFocus() and self.focus_cell[0] == kind:  # where the arrow keys are
            _kind, likelihood, impact = self.focus_cell
            painter.setPen(QPen(self.palette().windowText().color(), 1.5, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(p.cell_rect(kind, likelihood, impact).adjusted(4, 4, -4, -4))

    def _paint_texts(self, painter: QPainter, p: Plan) -> None:
        painter.setPen(self.palette().windowText().color())
        boxes = self.text_boxes()
        for kind in KINDS:
            room = p.titles[kind]
            lines = title(kind, self.counts)
            font = self._title_font(lines, room.width())
            painter.setFont(font)
            metrics = QFontMetricsF(font)
            for n, text in enumerate(lines):
                shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, room.width())
                painter.drawText(boxes[f"{kind} title {n + 1}"], Qt.AlignmentFlag.AlignLeft, shown)
        painter.setFont(self.font())
        for name, (_rect, text, rotated) in p.labels.items():
            box = boxes[name]
            if rotated:
                painter.save()
                painter.translate(box.center())
                painter.rotate(-90)
                upright = QRectF(-box.height() / 2, -box.width() / 2, box.height(), box.width())
                painter.drawText(upright, Qt.AlignmentFlag.AlignCenter, text)
                painter.restore()
            else:
                painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)

    # --- the keyboard and a screen reader ------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Arrow keys move between the cells (right from the current grid's last column
        goes on to the residual grid); Enter or Space lists the cell's risks, again shows
        all of them."""
        kind, likelihood, impact = self.focus_cell
        key = event.key()
        moves = {
            Qt.Key.Key_Left: (0, -1),
            Qt.Key.Key_Right: (0, 1),
            Qt.Key.Key_Up: (1, 0),
            Qt.Key.Key_Down: (-1, 0),
        }
        if key in moves:
            up, right = moves[Qt.Key(key)]
            likelihood = min(5, max(1, likelihood + up))
            impact += right
            if impact > 5 and kind == "current":
                kind, impact = "residual", 1
            elif impact < 1 and kind == "residual":
                kind, impact = "current", 5
            self.focus_cell = (kind, likelihood, min(5, max(1, impact)))
            self._describe_for_reader(announce=True)
            self.update()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            cell = self.focus_cell
            self.cell_clicked.emit(None if cell == self.selected else cell)
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if self.selected is not None:  # the keyboard starts on the cell that filters
            self.focus_cell = self.selected
            self._describe_for_reader()
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def reader_text(self, cell: tuple[str, int, int]) -> str:
        """A cell in words, as a screen reader says it."""
        kind, likelihood, impact = cell
        n = self.counts.count(likelihood, impact, residual=kind == "residual")
        grid = tr("After mitigation") if kind == "residual" else tr("Now")
        return tr("{grid}: likelihood {likelihood}, impact {impact}, {level}: {risks}").format(
            grid=grid,
            likelihood=likelihood,
            impact=impact,
            level=message(risk_matrix.level(likelihood, impact).label).lower(),
            risks=tr("%n risk(s)", None, n),
        )

    def _describe_for_reader(self, *, announce: bool = False) -> None:
        """The accessible description: how to use the map, the keyboard's cell, and every
        cell that holds risks (what the colours and numbers show)."""
        cells = [
            self.reader_text((kind, likelihood, impact))
            for kind in KINDS
            for likelihood in range(5, 0, -1)
            for impact in range(5, 0, -1)
            if self.counts.count(likelihood, impact, residual=kind == "residual")
        ]
        here = self.reader_text(self.focus_cell)
        self.setAccessibleDescription(
            tr(
                "Arrow keys move between the cells, Enter lists the risks of a cell. "
                "{cell}. Cells with risks: {cells}"
            ).format(cell=here, cells="; ".join(cells) or tr("none"))
        )
        if announce and self.hasFocus():
            QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self, here))

    # --- the mouse -----------------------------------------------------------------------
    def cell_at(self, point: QPointF) -> Selection:
        return self.layout_plan().cell_at(point)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        cell = self.cell_at(event.position())
        if cell is None or event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        self.cell_clicked.emit(None if cell == self.selected else cell)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        cell = self.cell_at(event.position())
        if cell is None:
            self.unsetCursor()
            QToolTip.hideText()
            return
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        QToolTip.showText(event.globalPosition().toPoint(), self.describe(cell), self)

    def describe(self, cell: tuple[str, int, int]) -> str:
        kind, likelihood, impact = cell
        n = self.counts.count(likelihood, impact, residual=kind == "residual")
        level = risk_matrix.level(likelihood, impact)
        english = language() == "en"
        impact_label = message(risk_matrix.IMPACT_LABELS[impact - 1])
        level_label = message(level.label)
        cell_text = tr("{likelihood} ({l}) x {impact} impact ({i}): {level}").format(
            likelihood=message(risk_matrix.LIKELIHOOD_LABELS[likelihood - 1]),
            l=likelihood,
            impact=impact_label.lower() if english else impact_label,
            i=impact,
            level=level_label.lower() if english else level_label,
        )
        residual = kind == "residual"
        if n == 1:
            count = tr("1 risk after mitigation") if residual else tr("1 risk now")
        else:
            count = tr("{count} risks after mitigation") if residual else tr("{count} risks now")
        action = (
            tr("click to show all risks again")
            if cell == self.selected
            else tr("click to list them")
        )
        return f"{cell_text}\n{count.format(count=n)} - {action}"
