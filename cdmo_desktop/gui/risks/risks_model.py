"""Item models of the risk register: the paged register itself and a risk's score history."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date
from typing import Any, cast

from PySide6.QtCore import (
    QModelIndex,
    QModelRoleData,
    QModelRoleDataSpan,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from cdmo_desktop.domain import clock, risk_matrix, risk_review
from cdmo_desktop.domain.enums import RiskCategory, RiskLevel, RiskStatus, Side
from cdmo_desktop.domain.risk_review import ScorePoint
from cdmo_desktop.gui import format as fmt
from cdmo_desktop.gui import theme
from cdmo_desktop.gui.i18n import QT_TR_NOOP, message, tr
from cdmo_desktop.gui.models.paged import PagedTableModel
from cdmo_desktop.gui.models.rows import ListTableModel
from cdmo_desktop.store import Store, risk_counts
from cdmo_desktop.store import risks as risk_store
from cdmo_desktop.store.risks import RiskRow

AnyIndex = QModelIndex | QPersistentModelIndex

# (header, sort key) of the register's columns; the portfolio adds the engagement first.
COLUMNS: tuple[tuple[str, str], ...] = (
    (QT_TR_NOOP("Code"), "code"),
    (QT_TR_NOOP("Title"), "title"),
    (QT_TR_NOOP("Category"), "category"),
    (QT_TR_NOOP("L"), "likelihood"),
    (QT_TR_NOOP("I"), "impact"),
    (QT_TR_NOOP("Score"), "score"),
    (QT_TR_NOOP("Level"), "level"),
    (QT_TR_NOOP("Owner"), "owner"),
    (QT_TR_NOOP("Status"), "status"),
    (QT_TR_NOOP("Next review"), "next_review"),
    (QT_TR_NOOP("Raised by"), "raised_by"),
    (QT_TR_NOOP("Linked milestone"), "milestone"),
)
ENGAGEMENT_COLUMN = (QT_TR_NOOP("Engagement"), "engagement")
_CENTRED = {"likelihood", "impact", "score", "level", "code"}
_CENTRE = int(Qt.AlignmentFlag.AlignCenter)
_STYLED_ROLES = {
    Qt.ItemDataRole.BackgroundRole,
    Qt.ItemDataRole.ForegroundRole,
    Qt.ItemDataRole.FontRole,
    Qt.ItemDataRole.ToolTipRole,
}
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ROW_ID_ROLE = int(Qt.ItemDataRole.UserRole) + 1
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_FONT = int(Qt.ItemDataRole.FontRole)
CELL_ROLES = (_ALIGNMENT, _ROW_ID_ROLE, _BACKGROUND, _FOREGROUND, _FONT)
"""The roles a register cell answers besides its text and tooltip (any other: None)."""
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
COLUMNS_HINT = QT_TR_NOOP("Right-click a column header to show or hide columns.")
_TOOLTIPS = {
    "likelihood": QT_TR_NOOP("Likelihood 1 (rare) to 5 (almost certain)"),
    "impact": QT_TR_NOOP("Impact 1 (negligible) to 5 (severe)"),
    "score": QT_TR_NOOP("Likelihood x impact"),
}


def _without_cell(filters: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in filters.items() if k != "cell"}


def _label(enum: type[Any], value: str) -> str:
    try:
        return str(message(enum(value).label))
    except ValueError:
        return value


class RiskSource:
    """The register's PagedSource: every question goes to store.risks (a short read each)."""

    def __init__(
        self, store: Store, portfolio: bool, today: Callable[[], date] = clock.today
    ) -> None:
        self._store = store
        self.today = today
        self.columns = ((ENGAGEMENT_COLUMN,) if portfolio else ()) + COLUMNS
        self.headers: Sequence[str] = [tr(c[0]) for c in self.columns]
        self.keys = [c[1] for c in self.columns]
        self.due_count = 0  # of the rows counted last
        self._counted: tuple[dict[str, Any], int] | None = None  # (filters, rows) counted last
        # The heat map counted last: (its filters, the counts).
        self._heatmap: tuple[dict[str, Any], risk_matrix.HeatMapCounts] | None = None

    def with_today(self, filters: dict[str, Any]) -> dict[str, Any]:
        return {**filters, "today": self.today()} if filters.get("review_due") else filters

    def read_counts(self, filters: dict[str, Any]) -> risk_counts.RegisterCounts:
        """How many rows `filters` lists, how many of them are due for review, and their
        heat map, from read sessions of their own: safe on a worker thread. Nothing is
        kept here: the caller hands them to `counted`."""
        return risk_counts.register_counts(self._store, self.with_today(filters), self.today())

    def counted(self, filters: dict[str, Any], counts: risk_counts.RegisterCounts) -> None:
        """Keep counts read by `read_counts` for `filters` (the due count and heat map the
        screen shows, the total that spares a page read a second count)."""
        dated = self.with_today(filters)
        self.due_count = counts.due
        self._heatmap = (_without_cell(dated), counts.heatmap)
        self._counted = (dated, counts.total)

    def count(self, filters: dict[str, Any]) -> int:
        """Rows matching `filters`, read now (`read_counts`, kept as `counted` does)."""
        counts = self.read_counts(filters)
        self.counted(filters, counts)
        return counts.total

    def _listed(self, dated: dict[str, Any]) -> int | None:
        """How many rows these filters list, when they are the ones counted last (a page
        of a search then needs no second count of its matches)."""
        return self._counted[1] if self._counted and self._counted[0] == dated else None

    def slow_to_count(self, filters: dict[str, Any]) -> bool:
        """Whether counting `filters` reads every match of a search (the facet groups,
        store.risks.search_counts): at a million risks that takes a noticeable moment, so
        the screen says it is counting; other filters are counted from tallies or an
        index range in a few milliseconds."""
        return risk_store.searched_by_facets(self.with_today(filters))

    def tallied(self, filters: dict[str, Any]) -> bool:
        """Whether every count of `filters` comes from the store's tallies (a few rows
        whatever the number of risks: store.risk_counts.tallied)."""
        dated = self.with_today(filters)
        return risk_counts.tallied(dated, self.today(), self._store.backend)

    def counts_for(self, filters: dict[str, Any]) -> bool:
        """Whether the total and due count kept are those of `filters`."""
        return self._listed(self.with_today(filters)) is not None

    def heatmap(self, filters: dict[str, Any]) -> risk_matrix.HeatMapCounts | None:
        """The heat map counted last, when it was counted for `filters` (the heat-map cell
        filter aside: the map shows every listed risk, the cell only highlighted)."""
        kept = self._heatmap
        wanted = _without_cell(self.with_today(filters))
        return kept[1] if kept is not None and kept[0] == wanted else None

    def fetch(
        self,
        filters: dict[str, Any],
        sort_column: int,
        descending: bool,
        limit: int,
        after: RiskRow | None = None,
    ) -> list[RiskRow]:
        dated = self.with_today(filters)
        return risk_store.fetch_risks(
            self._store,
            dated,
            self.keys[sort_column],
            descending,
            limit,
            after,
            listed=self._listed(dated),
        )

    def fetch_before(
        self,
        filters: dict[str, Any],
        sort_column: int,
        descending: bool,
        limit: int,
        before: RiskRow | None = None,
    ) -> list[RiskRow]:
        dated = self.with_today(filters)
        return risk_store.fetch_risks_before(
            self._store,
            dated,
            self.keys[sort_column],
            descending,
            limit,
            before,
            listed=self._listed(dated),
        )

    def fetch_at(
        self, filters: dict[str, Any], sort_column: int, descending: bool, offset: int, limit: int
    ) -> list[RiskRow]:
        dated = self.with_today(filters)
        listed = self._listed(dated)
        return risk_store.fetch_risks_at(
            self._store,
            dated,
            self.keys[sort_column],
            descending,
            offset,
            limit,
            listed=listed,
            from_top=listed is None,  # counted off the GUI thread, not here
        )

    def position(
        self, filters: dict[str, Any], sort_column: int, descending: bool, key: str
    ) -> int | None:
        return risk_store.risk_position(
            self._store, self.with_today(filters), self.keys[sort_column], descending, key
        )

    def display(self, row: RiskRow, column: int) -> Any:
        key = self.keys[column]
        if key == "engagement":
            return row.engagement_title
        if key == "code":
            return row.code
        if key == "category":
            return _label(RiskCategory, row.category)
        if key == "level":
            return _label(RiskLevel, row.level)
        if key == "status":
            return _label(RiskStatus, row.status)
        if key == "raised_by":
            return _label(Side, row.raised_by)
        if key == "next_review":
            return fmt.date_text(row.next_review_date)
        if key == "milestone":
            return row.milestone_name
        return getattr(row, key)

    def key(self, row: RiskRow) -> str:
        return row.id


class RiskTableModel(PagedTableModel[RiskRow]):
    """The register: level cells in the matrix colour, rows due for review highlighted.

    `RowIdRole` answers the risk id of a row."""

    RowIdRole = _ROW_ID_ROLE
    count_in_background = True
    # A search's count is often in a moment after its first page: the page waits for it,
    # and the list is laid out once, whole; not when the last count took longer (a broad
    # search at a million risks: 60-80 ms), see gui.models.background_page.
    page_waits_for_count_s = 0.05

    def __init__(self, source: RiskSource, parent: QObject | None = None) -> None:
        super().__init__(source, parent)
        self.risk_source = source
        self._sort_column = source.keys.index("score")
        self._descending = True
        self._style: dict[str, Any] = {}
        self._sorted = False  # sorted (and loaded) once
        # Per line shown: every role of every cell, worked out on the line's first paint (a
        # repaint asks ~7 roles of every visible cell: each is then one lookup). By row
        # number, so cleared with the pages (a new filter, sort or refresh).
        self._cells: dict[int, tuple[dict[int, Any], ...]] = {}

    def clear_cache(self) -> None:
        super().clear_cache()
        self._cells.clear()

    def _line(self, number: int) -> tuple[dict[int, Any], ...] | None:
        cells = self._cells.get(number)
        if cells is None:
            if not self.has_row(number):
                return None
            if len(self._cells) >= self.page_size * self.max_pages:
                self._cells.clear()  # as many as the pages a model keeps
            cells = self._cells[number] = self._line_roles(self.row_at(number))
        return cells

    def _line_roles(self, row: RiskRow) -> tuple[dict[int, Any], ...]:
        """Every role but the tooltip of every cell of one line, as `cell_data` answers
        them, in one pass over the columns (a line's first paint asks for some 65 of them:
        one `_cell` call each cost a fifth of a register repaint)."""
        style = self._brushes()
        due = self.is_due(row)
        shared: dict[int, Any] = {_ROW_ID_ROLE: row.id}
        if due:
            shared[_BACKGROUND], shared[_FOREGROUND] = style["due"], style["due_text"]
        level = {
            _ROW_ID_ROLE: row.id,
            _BACKGROUND: style["bg"].get(row.level),
            _FOREGROUND: style["fg"].get(row.level),
        }
        display = self.source.display
        cells = []
        for column, key in enumerate(self.risk_source.keys):
            answers = {_DISPLAY: display(row, column), **(level if key == "level" else shared)}
            if key in _CENTRED:
                answers[_ALIGNMENT] = _CENTRE
            if due and key == "next_review":
                answers[_FONT] = style["bold"]
            cells.append({k: v for k, v in answers.items() if v is not None or k == _DISPLAY})
        return tuple(cells)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        cells = self._line(index.row())
        if cells is None:
            return None
        if role == _TOOLTIP:  # on hover only: worked out when asked
            return self.cell_data(self.row_at(index.row()), index.column(), role)
        return cells[index.column()].get(role)

    def multiData(
        self,
        index: AnyIndex,
        roleDataSpan: QModelRoleDataSpan | QModelRoleData,
    ) -> None:
        """Every role a paint asks of a cell in one call (Qt 6's delegates ask for seven
        roles per cell through this: one Python call instead of seven, about a third of a
        repaint's Python time)."""
        cells = self._line(index.row()) if index.isValid() else None
        answers = cells[index.column()] if cells is not None else {}
        span: Iterable[QModelRoleData] = (
            cast("Iterable[QModelRoleData]", roleDataSpan)
            if isinstance(roleDataSpan, QModelRoleDataSpan)
            else (roleDataSpan,)
        )
        for wanted in span:
            role = wanted.role()
            if role == _TOOLTIP and cells is not None:
                value = self.cell_data(self.row_at(index.row()), index.column(), role)
            else:
                value = answers.get(role)
            if value is None:
                wanted.clearData()
            else:
                wanted.setData(value)

    def count_at_once(self, filters: dict[str, Any]) -> bool:
        """Counts from the tallies are read on the GUI thread: the register is then laid out
        and painted once, at its length (a count needing a scan goes to a worker)."""
        return self.risk_source.tallied(filters)

    def page_in_background(self, filters: dict[str, Any]) -> bool:
        """A search's first page is read on a worker (at a million risks a typed prefix
        takes tens of milliseconds to read: typing never waits for it)."""
        return any(ch.isalnum() for ch in str(filters.get("search") or ""))

    def read_count(self, filters: dict[str, Any]) -> risk_counts.RegisterCounts:
        return self.risk_source.read_counts(filters)

    def take_count(self, filters: dict[str, Any], answer: Any) -> int:
        counts = cast("risk_counts.RegisterCounts", answer)
        self.risk_source.counted(filters, counts)
        return counts.total

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort; the order already shown asked again is left as it is: the header restoring
        the remembered order when the register is shown (table_habits) re-read the count
        and first page the opening had just read (a tenth of an opening at 1M risks).
        Writes reach the rows through `refresh`, not through a sort."""
        descending = order == Qt.SortOrder.DescendingOrder
        if self._sorted and (column, descending) == (self._sort_column, self._descending):
            return
        if not self._sorted and 0 <= column < len(self.headers):  # the first load
            self._sorted = True
            self._sort_column, self._descending = column, descending
            self.set_filters(self._filters)
            return
        super().sort(column, order)

    def preset_filters(self, filters: dict[str, Any]) -> None:
        """Filters for the first load, without querying (the first sort() loads)."""
        self._filters = {k: v for k, v in filters.items() if v not in (None, "", [], ())}

    def column_of(self, key: str) -> int:
        return self.risk_source.keys.index(key)

    def is_due(self, row: RiskRow) -> bool:
        return risk_review.is_review_due(row.next_review_date, row.status, self.risk_source.today())

    def _brushes(self) -> dict[str, Any]:
        """Brushes and the bold font, made once per theme (paint asks for them for every
        cell)."""
        t = theme.current()
        if self._style.get("theme") is not t:
            bold = QFont()
            bold.setBold(True)
            self._style = {
                "theme": t,
                "bg": {lv.value: QBrush(QColor(c)) for lv, c in t.level_bg.items()},
                "fg": {lv.value: QBrush(QColor(c)) for lv, c in t.level_fg.items()},
                "due": QBrush(t.colour("warn_bg")),
                "due_text": QBrush(t.colour("warn_fg")),
                "bold": bold,
            }
        return self._style

    def cell_data(self, row: RiskRow, column: int, role: int) -> Any:
        return self._cell(row, column, role, self.is_due(row))

    def _cell(self, row: RiskRow, column: int, role: int, due: bool) -> Any:
        key = self.risk_source.keys[column]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _CENTRE if key in _CENTRED else None
        if role == self.RowIdRole:
            return row.id
        if key == "level" and role == Qt.ItemDataRole.BackgroundRole:
            return self._brushes()["bg"].get(row.level)
        if key == "level" and role == Qt.ItemDataRole.ForegroundRole:
            return self._brushes()["fg"].get(row.level)
        if role not in _STYLED_ROLES:
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._brushes()["due"] if due else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._brushes()["due_text"] if due else None
        if role == Qt.ItemDataRole.FontRole:
            return self._brushes()["bold"] if due and key == "next_review" else None
        return self._tooltip(row, key, due)

    def _tooltip(self, row: RiskRow, key: str, due: bool) -> str | None:
        if key == "next_review" and due:
            late = risk_review.days_overdue(row.next_review_date, self.risk_source.today())
            if not late:
                return tr("Review due today")
            return tr("Review overdue by {count} days").format(count=late)
        if key in ("level", "score"):
            text = tr("Likelihood {likelihood} x impact {impact} = {score}: {level}").format(
                likelihood=row.likelihood,
                impact=row.impact,
                score=row.score,
                level=_label(RiskLevel, row.level).lower(),
            )
            if row.residual_likelihood and row.residual_impact:
                residual = risk_matrix.level(row.residual_likelihood, row.residual_impact)
                text += tr("\nResidual {likelihood} x {impact}: {level}").format(
                    likelihood=row.residual_likelihood,
                    impact=row.residual_impact,
                    level=message(residual.label).lower(),
                )
            return text
        if key in ("title", "engagement", "milestone", "owner", "category"):
            return str(self.risk_source.display(row, self.risk_source.keys.index(key))) or None
        tip = _TOOLTIPS.get(key)
        return tr(tip) if tip else None

    def header_tooltip(self, column: int) -> str | None:
        """What the column holds (its whole name, for a narrow column whose header is
        cut), and how to make room."""
        tip = _TOOLTIPS.get(self.risk_source.keys[column])
        what = tr(tip) if tip else tr(self.headers[column])
        return f"{what}\n{tr(COLUMNS_HINT)}"


class RiskHistoryModel(ListTableModel[ScorePoint]):
    """A risk's scores over time: when it was raised, edited and reviewed."""

    HEADERS = (
        QT_TR_NOOP("Date"),
        QT_TR_NOOP("What"),
        QT_TR_NOOP("By"),
        QT_TR_NOOP("L x I"),
        QT_TR_NOOP("Level"),
        QT_TR_NOOP("Residual"),
        QT_TR_NOOP("Note"),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers = tuple(self.HEADERS)

    def set_points(self, points: Sequence[ScorePoint]) -> None:
        self.set_rows(points)

    @property
    def points(self) -> list[ScorePoint]:
        return list(self._rows)

    def display(self, p: ScorePoint, column: int) -> Any:
        values = (
            fmt.date_text(p.day),
            message(p.what),
            p.who,
            f"{p.likelihood} x {p.impact} = {p.likelihood * p.impact}",
            message(p.level.label),
            f"{p.residual_likelihood} x {p.residual_impact} "
            f"({message(p.residual_level.label).lower()})"
            if p.residual_level is not None
            else "",
            p.note,
        )
        return values[column]

    def cell_data(self, p: ScorePoint, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.display(p, column)
        if column == 4 and role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(theme.current().level(p.level)[0])
        if column == 4 and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(theme.current().level(p.level)[1])
        return None
