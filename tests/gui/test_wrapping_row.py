"""A row of filters or buttons wraps group by group where its page is narrow (a laptop at
150 %, German labels) and joins again where there is room; no button loses its label."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from cdmo_desktop.gui.widgets.wrapping_row import WrappingRow

pytestmark = pytest.mark.gui

LABELS = [
    ("Neues Engagement…", "Arbeitsbereich öffnen"),
    ("Details bearbeiten…", "Archivieren…"),
    ("Wiederherstellen",),
]


def _row(qtbot) -> tuple[QWidget, WrappingRow, list[QPushButton]]:
    page = QWidget()
    qtbot.addWidget(page)
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    row = WrappingRow(page)
    buttons: list[QPushButton] = []
    for labels in LABELS:
        group = [QPushButton(text) for text in labels]
        buttons += group
        row.add_group(*group)
    layout.addWidget(row)
    layout.addStretch(1)
    page.show()
    return page, row, buttons


def _settle(page: QWidget, width: int) -> None:
    page.resize(width, 300)
    for _ in range(3):
        QApplication.processEvents()


def _lines(buttons: list[QPushButton]) -> list[list[str]]:
    tops: dict[int, list[str]] = {}
    for button in sorted(buttons, key=lambda b: (b.y(), b.x())):
        tops.setdefault(button.y(), []).append(button.text())
    return list(tops.values())


def test_the_groups_wrap_in_order_when_narrow_and_join_when_wide(qtbot) -> None:
    page, row, buttons = _row(qtbot)
    widest_group = max(
        sum(b.minimumSizeHint().width() for b in buttons if b.text() in labels)
        + 6 * (len(labels) - 1)
        for labels in LABELS
    )
    assert row.minimumSizeHint().width() == widest_group  # never wider than one group

    _settle(page, 1200)
    assert not row.wrapped
    assert _lines(buttons) == [[text for labels in LABELS for text in labels]]

    _settle(page, widest_group + 30)
    assert row.wrapped
    assert _lines(buttons) == [list(labels) for labels in LABELS]
    for button in buttons:  # each keeps its whole label
        assert button.width() >= button.minimumSizeHint().width(), button.text()

    _settle(page, 1200)
    assert _lines(buttons) == [[text for labels in LABELS for text in labels]]


def test_a_longer_label_wraps_and_a_hidden_widget_takes_no_room(qtbot) -> None:
    page, row, buttons = _row(qtbot)
    one_row = sum(b.minimumSizeHint().width() for b in buttons) + 6 * (len(buttons) - 1)
    _settle(page, one_row + 20)
    assert not row.wrapped
    buttons[-1].setText("Wiederherstellen, was archiviert wurde, samt aller Einträge")
    for _ in range(3):
        QApplication.processEvents()
    assert row.wrapped  # the longer label no longer fits: its group moved down
    buttons[-1].hide()
    for _ in range(3):
        QApplication.processEvents()
    assert not row.wrapped


def test_it_takes_the_place_of_a_form_row_layout(qtbot) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    layout = QVBoxLayout(page)
    top = QPushButton("top")
    layout.addWidget(top)
    form_row = QHBoxLayout()
    first, second = QPushButton("first"), QPushButton("second")
    form_row.addWidget(first)
    form_row.addWidget(second)
    layout.addLayout(form_row)
    row = WrappingRow(page).take_place_of(form_row)
    row.add_group(first)
    row.add_group(second)
    items = [layout.itemAt(i) for i in range(layout.count())]
    assert [item.widget() for item in items if item is not None] == [top, row]
    assert first.parentWidget() is row and second.parentWidget() is row
