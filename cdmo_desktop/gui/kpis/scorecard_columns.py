"""How the scorecard's columns share a table that never scrolls sideways.

The figures (target, latest value, period, sparkline) keep their width; the two names
(engagement and KPI, or partner and engagement) share what is left. On a narrow table (a
laptop at 150 %, German labels) the names keep at least NAME_CHARS characters each: the
status and trend words give up their width first and are elided ("Grün – im Zi…"; their
colour and arrow still say it), and only when those are at their least do the names shrink.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QHeaderView, QTableView

NAME_CHARS = 14
"""Characters of each name that stay readable before the status and trend give way."""
SHRUNK_CHARS = 7
"""Characters the status and trend keep at their least ("Rot – …", "↘ versc…")."""
LEAST_NAME_PX = 24


class ScorecardColumns(QObject):
    """Keeps the columns of `table` sized as the module says, on every resize.
    `names`: the two name columns; `fixed`: figure column -> width; `shrinkable`: status
    and trend column -> their full width."""

    def __init__(
        self,
        table: QTableView,
        names: Sequence[int],
        fixed: Mapping[int, int],
        shrinkable: Mapping[int, int],
    ) -> None:
        super().__init__(table)
        self.table = table
        self.names, self.fixed, self.shrinkable = tuple(names), dict(fixed), dict(shrinkable)
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(LEAST_NAME_PX)
        for column in range(header.count()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        table.viewport().installEventFilter(self)
        self.fit()

    def widths(self, available: int) -> dict[int, int]:
        """Each column's width in a viewport `available` pixels wide."""
        chars = self.table.fontMetrics().horizontalAdvance
        name_least = chars("x" * NAME_CHARS)
        shrunk = {c: min(w, chars("x" * SHRUNK_CHARS) + 18) for c, w in self.shrinkable.items()}
        left = available - sum(self.fixed.values())
        full = sum(self.shrinkable.values())
        if left - full >= name_least * len(self.names):
            flexible = dict(self.shrinkable)
        else:
            room = max(left - name_least * len(self.names), sum(shrunk.values()))
            flexible = {c: max(shrunk[c], w * room // full) for c, w in self.shrinkable.items()}
        rest = max(left - sum(flexible.values()), LEAST_NAME_PX * len(self.names))
        share = rest // len(self.names)
        names = {c: share for c in self.names}
        names[self.names[0]] += rest - share * len(self.names)
        return {**self.fixed, **flexible, **names}

    def fit(self) -> None:
        header = self.table.horizontalHeader()
        for column, width in self.widths(self.table.viewport().width()).items():
            if header.sectionSize(column) != width:
                header.resizeSection(column, width)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False
