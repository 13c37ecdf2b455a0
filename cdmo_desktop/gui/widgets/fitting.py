"""Building blocks that keep a page within a laptop screen (1280 x 800) without hiding
anything: a label that elides instead of widening its row, a word-wrapped label that does
not make its page scroll down, scroll areas that give their page or form the room there is
rather than its preferred height (one never scrolls sideways), combo boxes that may shrink
below their longest item, table columns that share the width instead of pushing it, and one
label width for forms stacked in group boxes.

A widget's minimum size decides how narrow its page may get; one long label or one
"adjust to contents" combo in a single-line row is enough to make a whole page scroll
sideways. These helpers give such widgets a small minimum while they keep their natural
size wherever there is room (a 1920 px screen shows everything in full)."""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QFrame,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QTableView,
    QToolTip,
    QWidget,
)

ELLIPSIS = "…"


class ElidedLabel(QLabel):
    """A one-line plain-text label that shows as much of its text as fits, ending in "…",
    and the whole text as a tooltip when it is cut. `text()` stays the whole text.

    Its minimum width is `min_chars` characters, so a long title or subtitle never forces
    its row (and page) wider; its size hint is still the whole text."""

    def __init__(
        self, text: str | QWidget | None = None, parent: QWidget | None = None, min_chars: int = 8
    ) -> None:
        if isinstance(text, QWidget):  # ElidedLabel(parent), as Designer forms build it
            text, parent = None, text
        super().__init__(text or "", parent)
        self.min_chars = min_chars
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        if self.wordWrap():
            return hint
        margins = self.contentsMargins()
        chars = self.fontMetrics().horizontalAdvance("x" * self.min_chars + ELLIPSIS)
        width = min(hint.width(), chars + margins.left() + margins.right() + 2 * self.margin())
        return QSize(width, hint.height())

    def elided_text(self) -> str:
        rect = self.contentsRect().adjusted(self.margin(), 0, -self.margin(), 0)
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, rect.width())

    def is_elided(self) -> bool:
        return self.elided_text() != self.text()

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.wordWrap() or self.textFormat() == Qt.TextFormat.RichText or not self.is_elided():
            super().paintEvent(event)
            return
        painter = QPainter(self)
        rect = self.contentsRect().adjusted(
            self.margin(), self.margin(), -self.margin(), -self.margin()
        )
        self.style().drawItemText(
            painter,
            rect,
            int(self.alignment()),
            self.palette(),
            self.isEnabled(),
            self.elided_text(),
            self.foregroundRole(),
        )

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and not self.toolTip() and self.is_elided():
            QToolTip.showText(event.globalPos(), self.text(), self)  # type: ignore[attr-defined]
            return True
        return super().event(event)


class WrappedLabel(QLabel):
    """A word-wrapped label that does not make its page "height for width".

    A page's FittingScrollArea gives it its *minimum* height for its width, but a tab or
    stacked widget answers that question with its pages' *preferred* height for the width,
    so one wrapped status line in a tab, under two tall tables, still makes the whole page
    scroll on a laptop (as does a plain resizable QScrollArea around any such page). This
    label asks instead for the height its text needs at its current width as its minimum
    height, which keeps every line visible without that side effect."""

    def __init__(
        self,
        text: str | QWidget | None = None,
        parent: QWidget | None = None,
        *,
        one_line: bool = False,
    ) -> None:
        if isinstance(text, QWidget):  # WrappedLabel(parent), as Designer forms build it
            text, parent = None, text
        super().__init__(text or "", parent)
        self.setWordWrap(True)
        self._needed = 0
        self.one_line = one_line  # prefers the width of its text on one line

    def _one_line_width(self) -> int:
        document = QTextDocument()
        document.setDefaultFont(self.font())
        document.setDocumentMargin(0)
        if self.textFormat() != Qt.TextFormat.PlainText and "<" in self.text():
            document.setHtml(self.text())
        else:
            document.setPlainText(self.text())
        margins = self.contentsMargins()
        extra = margins.left() + margins.right() + 2 * self.margin()
        return math.ceil(document.idealWidth()) + extra

    def hasHeightForWidth(self) -> bool:
        return False

    def _height_needed(self) -> int:
        if not self.text() or self.width() <= 0:
            return 0
        return self.heightForWidth(self.width())

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(hint.width(), max(hint.height(), self._height_needed()))

    def sizeHint(self) -> QSize:
        """Once laid out, the lines its text takes at its width (QLabel's own hint is the
        height at a guessed narrower width: a one-line title asked for three lines)."""
        hint = super().sizeHint()
        width = self._one_line_width() if self.one_line else hint.width()
        return QSize(width, self._height_needed() or hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        needed = self._height_needed()
        if needed != self._needed:
            self._needed = needed
            self.updateGeometry()

    def setText(self, text: str) -> None:
        super().setText(text)
        self._needed = self._height_needed()
        self.updateGeometry()


class FittingScrollArea(QScrollArea):
    """A scroll area that sizes its widget to the room there is, not to its preferred size.

    The widget is as wide as the viewport or its own minimum width, whichever is more, and
    as tall as the viewport or its layout's minimum height for that width, whichever is
    more; it scrolls only when it truly needs more room. (A plain resizable QScrollArea
    gives a widget that holds a word-wrapped label its *preferred* height for the width, so
    a page with a wrapped status line above tables that would like to be tall scrolls even
    though everything fits.) Its own size hints are those of a plain scroll area, so a
    large widget never makes the area's window larger: it scrolls instead. The main
    window's pages sit in one."""

    def __init__(self, parent: QWidget | None = None, *, widget: QWidget | None = None) -> None:
        super().__init__(parent)
        super().setWidgetResizable(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        if widget is not None:
            self.setWidget(widget)

    def setWidgetResizable(self, _resizable: bool) -> None:
        """The area always fits its widget itself (see the class docstring)."""

    def setWidget(self, widget: QWidget) -> None:
        super().setWidget(widget)
        widget.installEventFilter(self)
        self._fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self._fit()
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)  # also called when a scroll bar resizes the viewport
        self._fit()

    def _fit_width(self, widget: QWidget) -> int:
        least = max(widget.minimumSizeHint().width(), widget.minimumWidth())
        return min(max(self.viewport().width(), least), widget.maximumWidth())

    def _fit(self) -> None:
        widget = self.widget()
        if widget is None:
            return
        width = self._fit_width(widget)
        layout = widget.layout()
        if layout is not None and layout.hasHeightForWidth():
            need = layout.totalMinimumHeightForWidth(width)
        else:
            need = widget.minimumSizeHint().height()
        height = max(self.viewport().height(), need, widget.minimumHeight())
        widget.resize(width, min(height, widget.maximumHeight()))


class VerticalScrollArea(FittingScrollArea):
    """Scrolls a tall form up and down, never sideways.

    Its minimum width is the form's minimum width (plus the scroll bar) and its minimum
    height only a few lines, so the form takes the height it gets and the page keeps its
    width honest. The form is as wide as the viewport and as tall as the viewport or its
    own minimum height for that width, whichever is more (see FittingScrollArea)."""

    def __init__(self, parent: QWidget | None = None, *, widget: QWidget | None = None) -> None:
        super().__init__(parent, widget=widget)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def _fit_width(self, widget: QWidget) -> int:
        return self.viewport().width()

    def _bar_width(self) -> int:
        return self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)

    def minimumSizeHint(self) -> QSize:
        widget = self.widget()
        if widget is None:
            return super().minimumSizeHint()
        frame = 2 * self.frameWidth()
        width = max(widget.minimumSizeHint().width(), widget.minimumWidth())
        return QSize(
            width + self._bar_width() + frame, min(120, widget.minimumSizeHint().height()) + frame
        )

    def sizeHint(self) -> QSize:
        widget = self.widget()
        if widget is None:
            return super().sizeHint()
        hint = widget.sizeHint()
        return QSize(hint.width() + self._bar_width() + 2 * self.frameWidth(), hint.height())


class _ElidingComboPainter(QObject):
    """Paints a combo box's current text elided when the combo is narrower than it."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Paint or not isinstance(watched, QComboBox):
            return False
        if watched.isEditable():
            return False
        painter = QStylePainter(watched)
        option = QStyleOptionComboBox()
        watched.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        field = watched.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox,
            option,
            QStyle.SubControl.SC_ComboBoxEditField,
            watched,
        )
        room = field.width()
        if not option.currentIcon.isNull():
            room -= option.iconSize.width() + 4
        option.currentText = watched.fontMetrics().elidedText(
            option.currentText, Qt.TextElideMode.ElideRight, max(room, 0)
        )
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)
        return True


_eliding_painter: _ElidingComboPainter | None = None


def shrinkable_combo(combo: QComboBox, chars: int = 14) -> QComboBox:
    """Let a combo box that sizes to its longest item shrink, when its row is short of
    room, down to the width of its first item (the "All …" of a filter) or `chars`
    characters, whichever is less. Its text is then elided, the drop-down list still shows
    every item in full and the current item is the tooltip."""
    global _eliding_painter
    if _eliding_painter is None:
        _eliding_painter = _ElidingComboPainter()
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    metrics = combo.fontMetrics()
    first = metrics.horizontalAdvance(combo.itemText(0)) if combo.count() else 0
    text = QSize(min(first or 10**6, metrics.horizontalAdvance("x" * chars)), 1)
    chrome = combo.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, option, text, combo)
    combo.setMinimumWidth(min(chrome.width(), combo.sizeHint().width()))
    combo.installEventFilter(_eliding_painter)
    combo.currentTextChanged.connect(lambda text, c=combo: _tip_when_cut(c, text))
    _tip_when_cut(combo, combo.currentText())
    return combo


def _tip_when_cut(combo: QComboBox, text: str) -> None:
    base = combo.property("fitting_tip")
    if base is None:
        base = combo.toolTip()
        combo.setProperty("fitting_tip", base)
    combo.setToolTip(f"{text}\n{base}" if base and text else (text or base))


def share_columns(
    header: QHeaderView, stretch: int | list[int], *, minimum: int = 48
) -> QHeaderView:
    """Columns that share the table's width: `stretch` column(s) take what is left over
    (and give it back on a narrow screen), the others stay interactive (the user may drag
    them) and none pushes the table wider than its viewport."""
    header.setStretchLastSection(False)
    header.setMinimumSectionSize(minimum)
    for column in stretch if isinstance(stretch, list) else [stretch]:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    return header


def title_width(header: QHeaderView, column: int) -> int:
    """What `column`'s title needs to be read whole: text and margins, and the sort arrow
    for the sorted column only (Qt reserves the arrow in every column, draws it in one)."""
    size = header.sectionSizeFromContents(column)
    if header.isSortIndicatorShown() and column != header.sortIndicatorSection():
        margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin)
        return size.width() - size.height() - margin
    return size.width()


def widen_to_titles(view: QTableView, widths: Sequence[int]) -> None:
    """`widths` for the first columns, each widened to its title where that is longer (a
    German title: "Ampelstatus" in a column sized for "RAG")."""
    header = view.horizontalHeader()
    for column, width in enumerate(widths):
        header.resizeSection(column, max(width, title_width(header, column)))


class _NameColumnKeeper(QObject):
    """Gives one column of a table what the others leave of its viewport, but never less
    than its minimum (a Stretch section shrinks to nothing on a narrow screen)."""

    def __init__(self, view: QAbstractItemView, column: int, minimum: int) -> None:
        super().__init__(view)
        self.view, self.column, self.minimum = view, column, minimum
        header = self.header
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        view.viewport().installEventFilter(self)
        header.sectionResized.connect(self._on_section_resized)

    @property
    def header(self) -> QHeaderView:
        header = self.view.horizontalHeader()  # type: ignore[attr-defined]
        assert isinstance(header, QHeaderView)
        return header

    def fit(self) -> None:
        header = self.header
        others = sum(
            header.sectionSize(c)
            for c in range(header.count())
            if c != self.column and not header.isSectionHidden(c)
        )
        width = max(self.minimum, self.view.viewport().width() - others)
        if header.sectionSize(self.column) != width:
            header.resizeSection(self.column, width)

    def _on_section_resized(self, column: int, _old: int, _new: int) -> None:
        if column != self.column:
            self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False


def stretch_at_least(view: QAbstractItemView, column: int, chars: int) -> None:
    """Let `column` of a table take the width the other columns leave, as a Stretch section
    does, but keep at least `chars` characters of it: on a narrow screen the table scrolls
    sideways instead of eliding the column that names each row to "…"."""
    minimum = view.fontMetrics().horizontalAdvance("x" * chars)
    keeper = _NameColumnKeeper(view, column, minimum)
    keeper.fit()


def align_label_columns(*forms: QFormLayout) -> None:
    """Give the label column of forms stacked in separate group boxes one width, so their
    fields start on one line instead of a ragged edge."""
    labels: list[QWidget] = []
    for form in forms:
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            label = item.widget() if item is not None else None
            if label is not None:
                labels.append(label)
    width = max((label.sizeHint().width() for label in labels), default=0)
    for label in labels:
        label.setMinimumWidth(width)
