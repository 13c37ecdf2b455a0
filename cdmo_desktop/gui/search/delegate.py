"""How a search hit is drawn: its title on one line and, under it, indented and in the
palette's muted text colour, where the words were found (or what the record belongs to)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

DETAIL_ROLE = Qt.ItemDataRole.UserRole + 2
INDENT = 16
PAD = 3

Index = QModelIndex | QPersistentModelIndex


class HitDelegate(QStyledItemDelegate):
    """Two lines for an item with a detail (DETAIL_ROLE), the plain item otherwise."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        size = super().sizeHint(option, index)
        if index.data(DETAIL_ROLE):
            size.setHeight(option.fontMetrics.height() * 2 + 2 * PAD)
        return size

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        detail = index.data(DETAIL_ROLE)
        if not detail:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        title = opt.text
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorGroup.Active
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        muted_role = (
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        )
        line = opt.fontMetrics.height()
        rect = opt.rect.adjusted(6, PAD, -6, -PAD)
        painter.save()
        painter.setFont(opt.font)
        painter.setPen(opt.palette.color(group, text_role))
        top = QRect(rect.left(), rect.top(), rect.width(), line)
        elide = Qt.TextElideMode.ElideRight
        painter.drawText(
            top,
            Qt.AlignmentFlag.AlignVCenter,
            opt.fontMetrics.elidedText(title, elide, top.width()),
        )
        painter.setPen(opt.palette.color(group, muted_role))
        bottom = QRect(rect.left() + INDENT, rect.top() + line, rect.width() - INDENT, line)
        painter.drawText(
            bottom,
            Qt.AlignmentFlag.AlignVCenter,
            opt.fontMetrics.elidedText(str(detail), elide, bottom.width()),
        )
        painter.restore()
