"""Which task-table columns show, and how wide: the table never needs a sideways scroll.

Each column is as wide as its widest value or header in the table's font and locale (so
a larger font or 150 % scaling widens them alike). The Name column takes what is left. Left
to itself, the table shows as many columns as fit, in order of use, and adds or drops them
as its pane grows or shrinks: the planned dates, status, progress, Fixed and duration while
the name keeps `NAME_CHARS` characters, the actual dates, owner and kind only while it
keeps `NAME_CHARS_WITH_EXTRAS`. A consultant who picks columns from the header's menu gets
exactly those (remembered in the settings); "Show what fits" goes back.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QFont, QFontMetrics
from PySide6.QtWidgets import QMenu, QStyle, QTableView

from cdmo_desktop.domain.enums import MilestoneKind, MilestoneStatus, Side
from cdmo_desktop.gui import settings as app_settings
from cdmo_desktop.gui.format import date_text, number_text
from cdmo_desktop.gui.i18n import message, tr
from cdmo_desktop.gui.schedule import schedule_table as cols

# Optional columns, most useful first: what "show what fits" adds while there is room.
ESSENTIAL = (cols.START, cols.FINISH, cols.STATUS, cols.PERCENT, cols.FIXED, cols.DURATION)
EXTRAS = (cols.ACTUAL_START, cols.ACTUAL_FINISH, cols.OWNER, cols.KIND)
KEYS = {
    cols.KIND: "kind",
    cols.OWNER: "owner",
    cols.START: "start",
    cols.FINISH: "finish",
    cols.DURATION: "duration",
    cols.PERCENT: "percent",
    cols.STATUS: "status",
    cols.FIXED: "fixed",
    cols.ACTUAL_START: "actual_start",
    cols.ACTUAL_FINISH: "actual_finish",
}
NAME_CHARS = 20  # a name column narrower than this many average characters is too cramped
NAME_CHARS_WITH_EXTRAS = 26
_PADDING = 10  # cell margins and the grid
_INDENT = " " * 8  # before an item's name under engagement and phase headings
_IN_HEADINGS = (cols.START, cols.FINISH, cols.DURATION)  # shown in bold on heading rows


def _samples() -> dict[int, list[str]]:
    """The widest values each column shows (dates with long month names, the longest
    labels)."""
    dates = [date_text(date(2027, m, 28)) for m in range(1, 13)]
    return {
        cols.KIND: [message(k.label) for k in MilestoneKind],
        cols.OWNER: [message(s.label) for s in Side],
        cols.START: dates,
        cols.FINISH: dates,
        cols.ACTUAL_START: dates,
        cols.ACTUAL_FINISH: dates,
        cols.DURATION: [tr("{days} d").format(days=number_text(3650))],
        cols.PERCENT: [f"{number_text(100)} %"],
        cols.STATUS: [message(s.label) for s in MilestoneStatus],
        cols.FIXED: [],
    }


class ColumnFit:
    """The column widths and choice of one task table."""

    def __init__(self, table: QTableView, settings: QSettings | None = None) -> None:
        self.table = table
        self.settings = settings
        self.chosen: set[int] | None = self._read_choice()
        self.widths: dict[int, int] = {}

    # --- measuring ----------------------------------------------------------------------
    def measure(self) -> dict[int, int]:
        """Natural widths of the optional columns in the table's font and locale."""
        bold = QFont(self.table.font())
        bold.setBold(True)
        plain, strong = self.table.fontMetrics(), QFontMetrics(bold)
        head = self.table.horizontalHeader().fontMetrics()
        style = self.table.style()
        box = style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth) + 2 * _PADDING
        margin = 2 * style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin) + 2
        widths: dict[int, int] = {}
        for col, samples in _samples().items():
            lines = cols.header_text(col).split("\n")
            header = max(head.horizontalAdvance(line) for line in lines) + margin
            cell = strong if col in _IN_HEADINGS else plain
            widest = max((cell.horizontalAdvance(s) for s in samples), default=0) + _PADDING
            widths[col] = max(header, widest, box if col == cols.FIXED else 0)
        self.widths = widths
        return widths

    def name_minimum(self, chars: int = NAME_CHARS) -> int:
        """A name column `chars` characters wide, beside the indent of the deepest rows."""
        metrics = self.table.fontMetrics()
        indent = metrics.horizontalAdvance(_INDENT)
        return metrics.averageCharWidth() * chars + indent + _PADDING

    def frame(self) -> int:
        """What the table takes besides its columns: row numbers and frame."""
        numbers = self.table.verticalHeader()
        return (numbers.width() if numbers.isVisible() else 0) + 2 * self.table.frameWidth()

    def width_for(self, columns: set[int], name: int | None = None) -> int:
        """The table width that shows `columns` beside a name column `name` wide."""
        widths = self.widths or self.measure()
        name = self.name_minimum() if name is None else name
        return self.frame() + name + sum(widths[c] for c in columns)

    def width_within(self, most: int) -> int:
        """The narrowest table up to `most` wide that shows what fits there (everything,
        beside a name of NAME_CHARS_WITH_EXTRAS, when there is room)."""
        roomy = self.name_minimum(NAME_CHARS_WITH_EXTRAS)
        shown = self.fitting(min(most, self.width_for(set(KEYS), roomy)))
        extras = bool(shown - set(ESSENTIAL))
        return self.width_for(shown, roomy if extras else self.name_minimum())

    # --- choosing -----------------------------------------------------------------------
    def fitting(self, width: int) -> set[int]:
        """The optional columns that fit in a table `width` wide, most useful first."""
        widths = self.widths or self.measure()
        shown: set[int] = set()
        for group, chars in ((ESSENTIAL, NAME_CHARS), (EXTRAS, NAME_CHARS_WITH_EXTRAS)):
            room = width - self.width_for(shown, self.name_minimum(chars))
            for col in group:
                if widths[col] > room:
                    return shown
                shown.add(col)
                room -= widths[col]
        return shown

    def visible(self) -> set[int]:
        if self.chosen is not None:
            return set(self.chosen)
        return self.fitting(self.table.width())

    def apply(self) -> None:
        """Show the columns that fit (or those chosen) at their natural widths."""
        widths = self.measure()
        shown = self.visible()
        for col, width in widths.items():
            hidden = col not in shown
            if self.table.isColumnHidden(col) != hidden:
                self.table.setColumnHidden(col, hidden)
            if not hidden and self.table.columnWidth(col) != width:
                self.table.setColumnWidth(col, width)

    def refit(self) -> None:
        """The table changed width: add or drop columns (only while choosing by width)."""
        if self.chosen is None:
            self.apply()

    def choose(self, columns: set[int] | None) -> None:
        """Show exactly `columns` (None: what fits), remembered in the settings."""
        self.chosen = None if columns is None else set(columns) & set(KEYS)
        if self.settings is not None:
            text = "" if self.chosen is None else ",".join(KEYS[c] for c in sorted(self.chosen))
            app_settings.set(self.settings, app_settings.SCHEDULE_COLUMNS, text)
        self.apply()

    def _read_choice(self) -> set[int] | None:
        if self.settings is None:
            return None
        text = app_settings.get(self.settings, app_settings.SCHEDULE_COLUMNS)
        by_key = {key: col for col, key in KEYS.items()}
        chosen = {by_key[k] for k in text.split(",") if k in by_key}
        return chosen or None

    # --- the menu -----------------------------------------------------------------------
    def fill_menu(self, menu: QMenu) -> None:
        """ "Show what fits" and one check per column (for the header's and the screen's
        context menus)."""
        auto = QAction(tr("Show what fits"), menu)
        auto.setObjectName("schedule_columns_auto")
        auto.setCheckable(True)
        auto.setChecked(self.chosen is None)
        auto.triggered.connect(lambda: self.choose(None))
        menu.addAction(auto)
        menu.addSeparator()
        shown = self.visible()
        for col in sorted(KEYS):
            act = QAction(cols.header_name(col), menu)
            act.setObjectName(f"schedule_column_{KEYS[col]}")
            act.setCheckable(True)
            act.setChecked(col in shown)
            act.toggled.connect(lambda on, c=col: self._toggle(c, on))
            menu.addAction(act)

    def _toggle(self, col: int, on: bool) -> None:
        shown = self.visible()
        self.choose(shown | {col} if on else shown - {col})
