"""The portfolio overview as a table: one row per running engagement, read from SQL a page
at a time in the order of the column sorted (store.portfolio_list), whatever the number of
engagements."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor

from cdmo_desktop.domain import clock
from cdmo_desktop.domain.enums import Rag
from cdmo_desktop.gui import theme
from cdmo_desktop.gui.format import date_text
from cdmo_desktop.gui.i18n import QT_TR_NOOP, message, tr
from cdmo_desktop.gui.models.paged import PagedTableModel
from cdmo_desktop.gui.models.rows import AnyIndex
from cdmo_desktop.gui.portfolio.preview_reading import PreviewReading
from cdmo_desktop.gui.portfolio.rag_text import reasons
from cdmo_desktop.store.portfolio import RUNNING_STATUSES, EngagementSummary
from cdmo_desktop.store.portfolio_list import (
    DEFAULT_COLUMN,
    ListedEngagement,
    PortfolioList,
    Reading,
    file_reading,
    store_reading,
)
from cdmo_desktop.store.portfolio_sql import Reader

if TYPE_CHECKING:
    from contextlib import AbstractContextManager

    from cdmo_desktop.gui.context import AppContext

MAX_CELLS = 50_000
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2

_RAG_RANK: dict[Rag | None, int] = {Rag.RED: 0, Rag.AMBER: 1, Rag.GREEN: 2, None: 3}


def relative_days(d: date, today: date) -> str:
    days = (d - today).days
    if days == 0:
        return tr("today")
    if days == 1:
        return tr("tomorrow")
    if days > 0:
        return tr("in {count} days").format(count=days)
    return tr("{count} days ago").format(count=-days)


def _risks_text(e: EngagementSummary) -> str:
    parts = []
    if e.critical_risks:
        parts.append(tr("{count} critical").format(count=e.critical_risks))
    if e.high_risks:
        parts.append(tr("{count} high").format(count=e.high_risks))
    opened = tr("{count} open").format(count=e.open_risks)
    return f"{opened}\n{', '.join(parts)}" if parts else opened


def _title_text(e: EngagementSummary) -> str:
    return f"{e.title}\n{e.client_name} · {message(e.phase.label)}"


def _status_text(e: EngagementSummary) -> str:
    advice = e.rag_advice
    rag = message(e.rag.label) if e.rag else (tr("no RAG") if advice else "–")
    return (
        f"{message(e.status.label)}\n{rag} → {message(advice.suggested.label)}?"
        if advice
        else f"{message(e.status.label)}\n{rag}"
    )


def _next_text(e: EngagementSummary) -> str:
    if e.next_milestone is None or e.next_milestone_date is None:
        return "–"
    return f"{e.next_milestone}\n{date_text(e.next_milestone_date)}"


_STATUS_RANK = {s: i for i, s in enumerate(RUNNING_STATUSES)}


def _count(n: int) -> str:
    return str(n) if n else "–"


Column = tuple[str, Callable[[EngagementSummary], Any], Callable[[EngagementSummary], Any]]


def context_reading(ctx: AppContext) -> tuple[Reading, Callable[[], bool]]:
    """How the Portfolio reads: through the store, or straight from the file (read-only)
    before the store is open; and whether the database keeps the engagement tally (SQLite:
    the file before the store is open is one). The file is read through one connection
    until the store is there (PreviewReading)."""
    preview = PreviewReading(ctx.database_path)
    ctx.store_ready.connect(preview.close)

    def reading() -> AbstractContextManager[Reader]:
        if ctx.has_store:
            preview.close()
            return store_reading(ctx.store)()
        if preview.path != ctx.database_path:
            return file_reading(ctx.database_path)()
        return preview()

    def tallied() -> bool:
        return not ctx.has_store or ctx.store.backend == "sqlite"

    return reading, tallied


class PortfolioSource:
    """The PagedSource of the Portfolio list (the list has no filters: every running
    engagement)."""

    def __init__(
        self, reading: Reading, tallied: Callable[[], bool], headers: Sequence[str]
    ) -> None:
        self.list = PortfolioList(reading, tallied=tallied)
        self.headers = headers

    def count(self, filters: dict[str, Any]) -> int:
        return self.list.count()

    def fetch(
        self,
        filters: dict[str, Any],
        sort_column: int,
        descending: bool,
        limit: int,
        after: ListedEngagement | None = None,
    ) -> list[ListedEngagement]:
        return self.list.fetch(sort_column, descending, limit, after)

    def fetch_before(
        self,
        filters: dict[str, Any],
        sort_column: int,
        descending: bool,
        limit: int,
        before: ListedEngagement | None = None,
    ) -> list[ListedEngagement]:
        return self.list.fetch_before(sort_column, descending, limit, before)

    def fetch_at(
        self, filters: dict[str, Any], sort_column: int, descending: bool, offset: int, limit: int
    ) -> list[ListedEngagement]:
        return self.list.fetch_at(sort_column, descending, offset, limit)

    def position(
        self, filters: dict[str, Any], sort_column: int, descending: bool, key: str
    ) -> int | None:
        return self.list.position(sort_column, descending, key)

    def display(self, row: ListedEngagement, column: int) -> Any:
        return None  # the model words the cells

    def key(self, row: ListedEngagement) -> str:
        return row.id


class PortfolioTableModel(PagedTableModel[ListedEngagement]):
    """Columns: engagement (title, then client and phase on a second line), partner, status
    with RAG, open risks, reviews due, next milestone or gate, its date, overdue milestones,
    overdue actions. Rows and their order come from SQL (PortfolioSource); before a column
    is sorted they are in the overview's order (status, RAG, title)."""

    COLUMNS: Sequence[Column] = (
        (QT_TR_NOOP("Engagement"), _title_text, lambda e: e.title.casefold()),
        (QT_TR_NOOP("Partner"), lambda e: e.partner_name, lambda e: e.partner_name.casefold()),
        (
            QT_TR_NOOP("Status\nRAG"),
            _status_text,
            lambda e: (_STATUS_RANK.get(e.status, 9), _RAG_RANK[e.rag]),
        ),
        (
            QT_TR_NOOP("Open risks"),
            _risks_text,
            lambda e: (-e.critical_risks, -e.high_risks, -e.open_risks),
        ),
        (QT_TR_NOOP("Reviews\ndue"), lambda e: _count(e.reviews_due), lambda e: -e.reviews_due),
        (
            QT_TR_NOOP("Next milestone or gate"),
            _next_text,
            lambda e: e.next_milestone_date or date.max,
        ),
        (
            QT_TR_NOOP("Overdue\nmilestones"),
            lambda e: _count(e.overdue_milestones),
            lambda e: -e.overdue_milestones,
        ),
        (
            QT_TR_NOOP("Overdue\nactions"),
            lambda e: _count(e.overdue_actions),
            lambda e: -e.overdue_actions,
        ),
    )
    TITLE, PARTNER, STATUS, RISKS, REVIEWS, NEXT, LATE_MS, LATE_ACT = range(8)
    NUMERIC = (REVIEWS, LATE_MS, LATE_ACT)
    # Rows of two lines: a page is a few screenfuls, and each page's engagements are
    # summarised in five queries over their ids.
    page_size = 50

    def __init__(
        self, reading: Reading, tallied: Callable[[], bool], parent: QObject | None = None
    ) -> None:
        headers = [c[0] for c in self.COLUMNS]  # translated where shown
        super().__init__(PortfolioSource(reading, tallied, headers), parent)
        self.list = self.source.list  # type: ignore[attr-defined]
        self.today = clock.today()
        self._sort_column = DEFAULT_COLUMN
        # Each cell's value per role, worded once (a repaint asks every role of every cell
        # shown; the status wording weighs the RAG advice): forgotten with the pages read.
        self._cells: dict[tuple[int, int, int], Any] = {}

    def clear_cache(self) -> None:
        super().clear_cache()
        self._cells.clear()

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        key = (index.row(), index.column(), role)
        if key in self._cells:
            return self._cells[key]
        value = super().data(index, role)
        if index.isValid():
            if len(self._cells) > MAX_CELLS:
                self._cells.clear()
            self._cells[key] = value
        return value

    def reload(self, today: date) -> None:
        """Count again and read the rows shown afresh, as of `today`."""
        self.today = self.list.today = today
        self.refresh()

    def row_of(self, engagement_id: str) -> int:
        return self.find_key(engagement_id)

    def display(self, e: EngagementSummary, col: int) -> Any:
        if col == self.NEXT and e.next_milestone_date is not None:
            when = relative_days(e.next_milestone_date, self.today)
            return f"{e.next_milestone}\n{date_text(e.next_milestone_date)} · {when}"
        return self.COLUMNS[col][1](e)

    def cell_data(self, e: EngagementSummary, col: int, role: int) -> Any:
        if role == SORT_ROLE:
            return self.COLUMNS[col][2](e)
        if role == ID_ROLE:
            return e.partner_id if col == self.PARTNER else e.id
        if role == Qt.ItemDataRole.TextAlignmentRole and col in self.NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.DecorationRole and col == self.STATUS and e.rag is not None:
            return QColor(theme.current().rag_dot[Rag(e.rag).value])
        if role == Qt.ItemDataRole.BackgroundRole:
            tint = self._tint(e, col)
            return QBrush(theme.current().colour(f"{tint}_bg")) if tint else None
        if role == Qt.ItemDataRole.ForegroundRole:
            tint = self._tint(e, col)
            return QBrush(theme.current().colour(f"{tint}_fg")) if tint else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(e, col)
        return None

    def header_tooltip(self, column: int) -> str | None:
        return tr("Open risks whose review date has come") if column == self.REVIEWS else None

    def _tint(self, e: EngagementSummary, col: int) -> str | None:
        """ "late" for a cell counting something late or critical, "warn" for one that
        needs a look soon (the theme's tint and the text drawn on it)."""
        late = (
            (col == self.RISKS and e.critical_risks)
            or (col == self.LATE_MS and e.overdue_milestones)
            or (col == self.LATE_ACT and e.overdue_actions)
        )
        if late:
            return "late"
        if (
            (col == self.RISKS and e.high_risks)
            or (col == self.REVIEWS and e.reviews_due)
            or (col == self.STATUS and e.rag_advice is not None)
        ):
            return "warn"
        return None

    def _tooltip(self, e: EngagementSummary, col: int) -> str | None:
        if col == self.TITLE:
            span = " – ".join(filter(None, (date_text(e.start_date), date_text(e.end_date))))
            return tr("{title}\n{client} with {partner}").format(
                title=e.title, client=e.client_name, partner=e.partner_name
            ) + (f"\n{span}" if span else "")
        if col == self.RISKS:
            return tr("{open} open risks: {critical} critical, {high} high").format(
                open=e.open_risks, critical=e.critical_risks, high=e.high_risks
            )
        if col == self.NEXT and e.next_milestone_date is not None:
            kind = tr("Decision gate") if e.next_milestone_is_gate else tr("Milestone")
            return (
                f"{kind}: {e.next_milestone}\n{date_text(e.next_milestone_date)} "
                f"({relative_days(e.next_milestone_date, self.today)})"
            )
        if col == self.NEXT:
            return tr("No milestone or decision gate ahead")
        if col == self.LATE_MS:
            return tr("Tasks, milestones and gates past their planned finish, not done")
        if col == self.LATE_ACT:
            return tr("Open action items past their due date")
        if col == self.PARTNER:
            return tr("{partner} (double-click for the partner profile)").format(
                partner=e.partner_name
            )
        if col == self.STATUS:
            rag = message(e.rag.label) if e.rag else tr("not set")
            text = tr("Status: {status}\nRAG (red / amber / green): {rag}").format(
                status=message(e.status.label), rag=rag
            )
            advice = e.rag_advice
            if advice is not None:
                text += "\n" + "\n".join(reasons(e, advice))
                text += tr("\nRight-click: set the RAG to {rag}.").format(
                    rag=message(advice.suggested.label)
                )
            return text
        return None
