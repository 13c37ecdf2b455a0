"""The register and its heat map at a consultant's screen sizes: nothing on the heat map
overlaps (the residual grid's two-line title used to run into the Impact label of the grid
above it), and the register's columns fit the table without a horizontal scroll bar."""

from __future__ import annotations

from itertools import combinations
from typing import Any

import pytest
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFontMetrics

from cdmo_desktop.domain.risk_matrix import HeatMapCounts
from cdmo_desktop.gui.widgets.heatmap import RiskHeatMap

pytestmark = pytest.mark.gui

GRID = ((0, 0, 1, 1, 0), (0, 2, 1, 6, 2), (0, 1, 8, 6, 2), (0, 2, 2, 0, 1), (0, 0, 0, 1, 0))
RESIDUAL = ((0, 0, 0, 0, 1), (0, 0, 0, 1, 0), (0, 0, 0, 0, 0), (0, 0, 0, 0, 0), (0, 0, 0, 0, 0))
# The panel beside the register: a workspace tab at 1366 x 768 (tall and narrow), the
# portfolio screen at 1366 x 768 and 1920 x 1080, a short wide panel, the minimum size.
PANEL_SIZES = [(300, 520), (290, 600), (400, 700), (520, 900), (700, 330), (560, 420), (260, 220)]


@pytest.mark.parametrize("size", PANEL_SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_heat_map_labels_neither_overlap_nor_leave_the_panel(
    qtbot: Any, size: tuple[int, int]
) -> None:
    heatmap = RiskHeatMap()
    qtbot.addWidget(heatmap)
    heatmap.resize(*size)
    heatmap.show()
    qtbot.waitExposed(heatmap)
    heatmap.ensure_canvas()
    heatmap.set_counts(HeatMapCounts(GRID, RESIDUAL, without_residual=34))
    boxes = heatmap.text_boxes()
    assert "residual title 2" in boxes  # two lines, as in the issue
    plan = heatmap.layout_plan()
    panel = QRectF(0, 0, *size)
    for name, box in boxes.items():
        assert panel.contains(box.adjusted(0.5, 0.5, -0.5, -0.5)), f"{name} cut off: {box}"
        for kind, grid in plan.grids.items():
            assert not box.intersects(grid), f"{name} overlaps the {kind} grid"
    for (a, box_a), (b, box_b) in combinations(boxes.items(), 2):
        assert not box_a.intersects(box_b), f"{a} overlaps {b}"
    for grid in plan.grids.values():
        assert panel.contains(grid) and grid.width() > 60


def test_a_click_on_a_cell_names_that_cell(qtbot: Any) -> None:
    heatmap = RiskHeatMap()
    qtbot.addWidget(heatmap)
    heatmap.resize(300, 520)
    heatmap.show()
    plan = heatmap.layout_plan()
    for kind, likelihood, impact in (("current", 5, 5), ("current", 1, 2), ("residual", 3, 4)):
        centre = plan.cell_rect(kind, likelihood, impact).center()
        assert heatmap.cell_at(centre) == (kind, likelihood, impact)
    assert heatmap.cell_at(QPointF(1, 1)) is None


# Logical window sizes: a 1366 x 768 laptop, a 1920 x 1080 screen, and that screen at 150 %
# scaling (1280 x 720 device-independent pixels), less the window frame and task bar.
WINDOW_SIZES = [(1366, 768 - 70), (1920, 1080 - 70), (1280, 720 - 70)]


def _assert_register_fits(view: Any, what: str) -> None:
    from PySide6.QtWidgets import QApplication

    for _ in range(3):
        QApplication.processEvents()
    table, model = view.table, view.model
    header = table.horizontalHeader()
    room = table.viewport().width()
    assert header.length() <= room, f"{what}: columns need {header.length()} of {room} px"
    assert not table.horizontalScrollBar().isVisible(), what
    for key in ("owner", "status", "next_review"):
        column = model.column_of(key)
        right = header.sectionViewportPosition(column) + header.sectionSize(column)
        assert 0 < right <= room, f"{what}: {key} column ends at {right} of {room} px"
    metrics = table.fontMetrics()
    for key in ("code", "score", "level", "status", "next_review"):  # never cut
        column = model.column_of(key)
        for row in range(model.rowCount()):
            index = model.index(row, column)
            font = model.data(index, Qt.ItemDataRole.FontRole)  # a due review is bold
            width = QFontMetrics(font or table.font()).horizontalAdvance(str(model.data(index)))
            assert width < header.sectionSize(column), (what, key, model.data(index))
    title = model.column_of("title")
    widest = max(range(model.rowCount()), key=lambda r: len(str(model.data(model.index(r, title)))))
    text = str(model.data(model.index(widest, title)))
    if metrics.horizontalAdvance(text) > header.sectionSize(title):  # elided: whole in the tip
        tip = model.data(model.index(widest, title), Qt.ItemDataRole.ToolTipRole)
        assert tip == text


@pytest.mark.parametrize("size", WINDOW_SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_register_columns_fit_without_scrolling_sideways(
    qtbot: Any, demo_ctx: Any, size: tuple[int, int]
) -> None:
    from PySide6.QtWidgets import QApplication, QTabWidget
    from sqlmodel import select

    from cdmo_desktop.domain.models import Engagement
    from cdmo_desktop.gui.engagements.workspace import TAB_KEYS
    from cdmo_desktop.gui.main_window import MainWindow
    from cdmo_desktop.gui.risks.risks import RisksView

    window = MainWindow(demo_ctx, remember_database=False)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    portfolio = window.show_screen("risks")
    assert isinstance(portfolio, RisksView)
    _assert_register_fits(portfolio, f"Risks screen at {size}")
    portfolio.columns.show_column(portfolio.model.column_of("raised_by"), False)
    _assert_register_fits(portfolio, f"Risks screen without 'Raised by' at {size}")
    assert portfolio.table.horizontalHeader().length() == portfolio.table.viewport().width()
    with demo_ctx.store.read() as s:
        engagement = s.exec(select(Engagement).order_by(Engagement.title)).first()
    assert engagement is not None
    window.open_engagement(engagement.id)
    workspace = window.stack.currentWidget()
    assert workspace is not None
    tabs = workspace.findChild(QTabWidget)
    assert tabs is not None
    tabs.setCurrentIndex(TAB_KEYS.index("risks"))
    QApplication.processEvents()
    tab = workspace.findChild(RisksView)
    assert tab is not None
    _assert_register_fits(tab, f"Risks tab at {size}")
