"""Building a screen styles each widget once: a built widget moved to another parent is
styled again all through under the app's style sheet (the start-up's first paint waited
for those passes)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from cdmo_desktop.gui import theme
from cdmo_desktop.gui.context import AppContext
from cdmo_desktop.gui.pages import PageStack
from cdmo_desktop.gui.portfolio.portfolio import PortfolioView
from tests.conftest import DEMO_TODAY

pytestmark = pytest.mark.gui


class StyleChanges(QObject):
    """Counts the StyleChange events the widgets receive, by object name."""

    def __init__(self) -> None:
        super().__init__()
        self.by_name: Counter[str] = Counter()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.StyleChange and isinstance(watched, QWidget):
            self.by_name[watched.objectName()] += 1
        return False


@pytest.fixture
def style_changes(qapp: QApplication) -> Iterator[StyleChanges]:
    before = qapp.styleSheet()
    qapp.setStyleSheet(theme.stylesheet(theme.current()))  # as the app runs
    counter = StyleChanges()
    qapp.installEventFilter(counter)
    try:
        yield counter
    finally:
        qapp.removeEventFilter(counter)
        qapp.setStyleSheet(before)


def test_a_page_put_on_the_stack_is_styled_once(style_changes: StyleChanges, qtbot) -> None:
    stack = PageStack()
    qtbot.addWidget(stack)
    page = QWidget()
    label = QLabel("Figures", page)
    label.setObjectName("figures")
    QVBoxLayout(page).addWidget(label)
    current: list[QWidget | None] = []
    stack.currentChanged.connect(lambda _i: current.append(stack.currentWidget()))

    stack.addWidget(page)

    assert style_changes.by_name["figures"] == 1
    assert current == [page]  # the window learns of the first page once it is there
    assert stack.currentWidget() is page


def test_the_portfolio_styles_each_of_its_parts_once(
    demo_ctx: AppContext, style_changes: StyleChanges, qtbot
) -> None:
    view = PortfolioView(demo_ctx, today=DEMO_TODAY)
    qtbot.addWidget(view)

    parts = [view.table, view.agenda_table, view.splitter, *view.tiles.values(), view.kpi_tile]
    counts = {w.objectName(): style_changes.by_name[w.objectName()] for w in parts}
    assert max(counts.values()) <= 1, counts
    assert view.table.model().rowCount() > 0 and view.body.currentWidget() is view.splitter
