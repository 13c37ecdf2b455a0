"""A form whose labels move above their fields when it is too narrow for both side by side.

A record form beside its list (the workspace's decisions, actions, shared information…)
gets about 450 px on a 1366 x 768 laptop at 150 %. With German labels ("Warum der Partner sie
braucht:") the label column takes half of that and every field is squeezed to a dozen
letters. Below the width where the fields keep FIELD_CHARS characters beside the widest
label, the form puts each label on its own line above its field (QFormLayout.WrapAllRows),
and back beside it once the form is wide enough again.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QFormLayout, QWidget

FIELD_CHARS = 30
"""Characters a field keeps beside its label before the labels move above the fields."""


class _LabelsAbove(QObject):
    def __init__(self, widget: QWidget, form: QFormLayout) -> None:
        super().__init__(widget)
        self.widget, self.form = widget, form
        widget.installEventFilter(self)

    def needed(self) -> int:
        """The width the form needs for its labels and fields side by side."""
        labels = [
            item.widget()
            for row in range(self.form.rowCount())
            if (item := self.form.itemAt(row, QFormLayout.ItemRole.LabelRole)) is not None
        ]
        label = max((w.sizeHint().width() for w in labels if w is not None), default=0)
        margins = self.form.contentsMargins()
        spacing = max(self.form.horizontalSpacing(), 0)
        field = self.widget.fontMetrics().horizontalAdvance("x" * FIELD_CHARS)
        return label + spacing + field + margins.left() + margins.right()

    def fit(self) -> None:
        above = self.widget.width() < self.needed()
        policy = (
            QFormLayout.RowWrapPolicy.WrapAllRows
            if above
            else QFormLayout.RowWrapPolicy.DontWrapRows
        )
        if self.form.rowWrapPolicy() != policy:
            self.form.setRowWrapPolicy(policy)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False


def labels_above_when_narrow(widget: QWidget) -> None:
    """Let each form layout inside `widget` put its labels above its fields when `widget`
    is too narrow for both side by side (see the module)."""
    for form in widget.findChildren(QFormLayout):
        holder = form.parentWidget() or widget
        _LabelsAbove(holder, form).fit()
