"""Every list interaction at 10k, 100k and 1M rows: does its cost stay flat as the data grows?

For the risk register, the partner register, the engagement list and the Portfolio's
engagement list (no search box or filters there: open, sorts, scroll, refresh), on generated
databases of each size (`bench.generate.cached_database`, reused between runs; a copy is
written on), the real screens are driven through their widgets as a user would, on the
offscreen platform:

- open: the screen built, shown and painted; the first visit on a freshly opened database
  (SQLite's page cache cold) is its own entry, apart from the warm median;
- search keystroke: one more letter typed into the search box (QTest key event) until the
  list has settled and repainted (a first page read off the GUI thread: until its rows are
  painted; a count read off it is reported apart, "counted after"); the typing pause the
  screen waits for is set to 0;
- sort: every visible column, both ways, as a header click does (the header's sort
  indicator), until repainted;
- sort, current row deep (every register): every visible column sorted ascending with the
  row in the middle of the list current, until repainted: the row is looked for in the new
  order (the source's position()) and stays current; the note says where it went, or that
  it was let go;
- filter: each filter combo and check box changed from its default, until repainted;
- drop-down: each filter combo clicked open, until its list is painted (the first click
  may read the list: the Engagements partner and client filters);
- scroll to end: Ctrl+End held until the last row is on screen: `scrollToBottom()`, and
  `fetchMore()` while the model says it can (a model whose rowCount is the total needs
  none), until the last row is painted; capped (BENCH_SCALE_SCROLL_CAP seconds, default 30)
  and marked incomplete when the cap stops it;
- scroll bar to the middle: the scroll bar of a fresh view dragged to its middle, until
  the rows there are painted;
- refresh after an edit (top, and after the deep scroll): a row on screen edited through
  its store use case, the change notice announced to the screens, until repainted (the
  write itself is not timed).

Views are really deleted between repetitions (bench.core.delete_now). Slow interactions
run fewer times (BENCH_SCALE_BUDGET seconds per interaction, default 2; one whose first run
took twice that runs once), the first run reported apart. Each entry: `name`, `key` (the
interaction, the same for every size), `rows` (the data size), `median_s`, `first_s`,
`p95_s`, `runs`; `summary()` prints the growth 1M/10k of every key against the goals
(within 2x of 10k, under 100 ms at 1M; scroll to the end under 2 s). Sizes:
BENCH_SCALE_SIZES="10000,100000,1000000" (default), registers:
BENCH_SCALE_REGISTERS="risks,partners,engagements,portfolio" (or `python -m bench scale
--sizes 10000,100000 --registers risks`). On a team server: `--backend postgresql`
(BENCH_SCALE_BACKEND), each database a PostgreSQL copy of the file (bench.scale_server).
"""

from __future__ import annotations

import gc
import os
import re
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bench import scale_server
from bench.core import (
    Measurement,
    Timed,
    Views,
    first_and_warm,
    no_typing_pause,
    peak_rss_mb,
    process_events,
    settle,
)

if TYPE_CHECKING:
    from cdmo_desktop.gui.context import AppContext
    from cdmo_desktop.store import Store

DEFAULT_SIZES = (10_000, 100_000, 1_000_000)
REGISTERS = ("risks", "partners", "engagements", "portfolio")
# Registers whose sorts are also measured with the current row in the middle of the list.
DEEP_SORTED = frozenset({"risks", "partners", "engagements", "portfolio"})
# Registers whose scroll-bar jump is also measured in another order than the one they open in.
JUMP_SORTED = frozenset({"risks", "engagements", "portfolio"})
REPEAT = 5  # warm runs at most
# Warm runs stop once an interaction's runs took this long together (BENCH_SCALE_BUDGET).
BUDGET_S = float(os.environ.get("BENCH_SCALE_BUDGET", "2.0"))
SCROLL_CAP_S = 30.0
GOAL_GROWTH = 2.0
GOAL_S = 0.100
GOAL_SCROLL_S = 2.0
WINDOW = (1366, 768)


@dataclass
class Register:
    """How to drive one list screen through its widgets (object names are the screen's
    public face: they survive a rewrite of its model)."""

    name: str
    kind: str  # bench.generate data set
    table: str  # the QTableView
    search: str  # the search QLineEdit ("": the screen has none)
    typed: str  # in the search box before the keystroke
    letter: str  # the keystroke
    filters: tuple[str, ...]  # combos (moved to their second item) and check boxes (ticked)
    make: Callable[[AppContext], Any] = field(repr=False)
    edit: Callable[[Store, str, int], Any] = field(repr=False)


def _risks_view(ctx: AppContext) -> Any:
    from cdmo_desktop.gui.risks.risks import RisksView

    return RisksView(ctx)


def _partners_view(ctx: AppContext) -> Any:
    from cdmo_desktop.gui.partners.partners import PartnersView

    return PartnersView(ctx)


def _engagements_view(ctx: AppContext) -> Any:
    from cdmo_desktop.gui.engagements.engagements import EngagementsView

    return EngagementsView(ctx)


def _portfolio_view(ctx: AppContext) -> Any:
    from cdmo_desktop.gui.portfolio.portfolio import PortfolioView

    return PortfolioView(ctx)


def _edit_risk(store: Store, key: str, n: int) -> Any:
    from cdmo_desktop.store.risk_edits import edit_risk

    return edit_risk(store, key, {"mitigation": f"Weekly call with the partner (bench {n})."})


def _edit_partner(store: Store, key: str, n: int) -> Any:
    from cdmo_desktop.store.partner_edits import save_partner

    return save_partner(store, key, {"notes": f"Bench note {n}"})


def _edit_engagement(store: Store, key: str, n: int) -> Any:
    from cdmo_desktop.store.engagement_edits import edit_engagement

    return edit_engagement(store, key, {"description": f"Bench note {n}"})


SCREENS = {
    "risks": Register(
        "risks",
        "risks",
        table="riskTable",
        search="riskSearchEdit",
        typed="supplie",
        letter="r",
        filters=(
            "riskStatusFilter",
            "riskLevelFilter",
            "riskCategoryFilter",
            "riskOwnerFilter",
            "riskEngagementFilter",
            "riskReviewDueFilter",
        ),
        make=_risks_view,
        edit=_edit_risk,
    ),
    "partners": Register(
        "partners",
        "partners",
        table="partnersTable",
        search="partnerSearchEdit",
        typed="kestre",
        letter="l",
        filters=(
            "partnerKindFilter",
            "partnerRegionFilter",
            "partnerQualificationFilter",
            "partnerScaleFilter",
            "partnerOverdueFilter",
            "partnerArchivedFilter",
        ),
        make=_partners_view,
        edit=_edit_partner,
    ),
    "engagements": Register(
        "engagements",
        "engagements",
        table="engagementsTable",
        search="searchEdit",
        typed="transfe",
        letter="r",
        filters=(
            "statusFilterCombo",
            "phaseFilterCombo",
            "partnerFilterCombo",
            "clientFilterCombo",
            "ragFilterCombo",
        ),
        make=_engagements_view,
        edit=_edit_engagement,
    ),
    "portfolio": Register(
        "portfolio",
        "engagements",
        table="portfolioTable",
        search="",
        typed="",
        letter="",
        filters=(),
        make=_portfolio_view,
        edit=_edit_engagement,
    ),
}


def _env_list(name: str, default: tuple[Any, ...], cast: Callable[[str], Any]) -> list[Any]:
    raw = os.environ.get(name, "").strip()
    if not raw:
        return list(default)
    return [cast(x.strip()) for x in raw.split(",") if x.strip()]


def _listed(model: Any) -> int:
    """Rows matching (a paged model's total), else the rows the view has."""
    total = getattr(model, "total", None)
    return int(total) if isinstance(total, int) else int(model.rowCount())


def size_label(n: int) -> str:
    return f"{n // 1_000_000}M" if n >= 1_000_000 and n % 1_000_000 == 0 else f"{n // 1000}k"


# --- one screen at one size -----------------------------------------------------------------
class Session:
    """One register on one database: opens views, drives them, records measurements."""

    def __init__(self, reg: Register, ctx: AppContext, rows: int, scroll_cap_s: float) -> None:
        self.reg, self.ctx, self.rows = reg, ctx, rows
        self.scroll_cap_s = scroll_cap_s
        self.views = Views()
        self.sort_columns: int | None = None  # all visible columns (a test measures fewer)
        self.out: list[Measurement] = []
        self.edits = 0
        self.cpu = Timed(0.0, [])  # the CPU times of the last `timed`
        self.counted_s: list[float] = []  # of the last `timed`: until its count arrived
        self.gui_cpu = Timed(0.0, [])  # the GUI thread's CPU times of the last `timed`
        # A team server's CPU seconds so far (bench.scale_server.server_clock), and its
        # CPU times of the last `timed`.
        self.server_clock: Callable[[], float] | None = None
        self.server_cpu: Timed | None = None

    # widgets
    def open(self) -> Any:
        view = self.views.add(self.reg.make(self.ctx))
        view.resize(*WINDOW)
        view.show()
        settle(view)
        return view

    def fresh(self) -> Any:
        self.views.clear()
        view = self.open()
        no_typing_pause(view)
        return view

    def child(self, cls: Any, name: str) -> Any:
        found = self.views.last.findChild(cls, name)
        if found is None:
            raise LookupError(f"{self.reg.name}: no {cls.__name__} named {name!r}")
        return found

    def table(self) -> Any:
        from PySide6.QtWidgets import QTableView

        return self.child(QTableView, self.reg.table)

    def repainted(self) -> None:
        """Until the screen has settled: deferred work done and the pending repaint of
        the list painted (a paint reads every visible row's data). A second, forced
        repaint would double the cost of the paint the user waits for. A screen that reads
        a search's first page off the GUI thread (`reading`) has settled once those rows
        are in and painted."""
        settle(self.views.last)  # the typing pause's timer fires: the search starts
        while self.reading():
            self.wait_rows()
            settle(self.views.last)

    def reading(self) -> bool:
        """Whether the screen awaits rows read off the GUI thread (a search's first page)."""
        return bool(len(self.views) and getattr(self.views.last, "reading", False))

    def wait_rows(self) -> None:
        """Until the rows awaited have arrived: the event loop sleeps until the worker's
        answer is posted (no polling delay added to the time measured)."""
        from PySide6.QtCore import QCoreApplication, QEventLoop

        while self.reading():
            QCoreApplication.sendPostedEvents()
            if self.reading():
                QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)

    def counting(self) -> bool:
        """Whether the screen awaits a count read off the GUI thread (the risk register's)."""
        return bool(len(self.views) and getattr(self.views.last, "counting", False))

    def wait_counted(self) -> None:
        while self.counting():
            process_events(1)
            time.sleep(0.001)

    def timed(self, fn: Callable[[], Any], setup: Callable[[], Any]) -> Timed:
        """`first_and_warm` of `fn`, its CPU time (this process, every thread; and the GUI
        thread's own) kept beside the wall time: on a shared machine the wall time moves
        with the load, the CPU time much less. A screen that counts off the GUI thread
        shows its rows before the count arrives: `fn` is timed to the rows painted, and how
        long the count took to arrive after the interaction began is kept apart
        (`counted_s`); no run starts before the count of the previous one (or of its
        setup) has arrived."""
        cpu: list[float] = []
        gui_cpu: list[float] = []
        counted_s: list[float] = []
        began: list[float] = []
        served: list[float] = []

        def count_arrived() -> None:
            if began:
                start = began.pop()
                self.wait_counted()
                counted_s.append(time.perf_counter() - start)

        def ready() -> None:
            count_arrived()
            setup()
            self.wait_counted()

        def run() -> None:
            server = self.server_clock() if self.server_clock else 0.0
            start, clock = time.process_time(), time.perf_counter()
            own = time.thread_time()
            fn()
            cpu.append(time.process_time() - start)
            gui_cpu.append(time.thread_time() - own)
            if self.server_clock:
                served.append(self.server_clock() - server)
            if self.counting():
                began.append(clock)

        timed = first_and_warm(run, REPEAT, setup=ready, budget_s=BUDGET_S)
        count_arrived()
        self.cpu = Timed(cpu[0], cpu[1:])
        self.gui_cpu = Timed(gui_cpu[0], gui_cpu[1:])
        self.server_cpu = Timed(served[0], served[1:]) if served else None
        self.counted_s = counted_s
        return timed

    def record(self, key: str, timed: Timed, note: str = "", complete: bool | None = None) -> None:
        key = " ".join(key.split())  # a column title on two lines ("Status\nRAG"): one line
        label = size_label(self.rows)
        first = key == "open (first visit)"
        cpu = self.cpu.first_s if first else self.cpu.median_s
        gui = self.gui_cpu.first_s if first else self.gui_cpu.median_s
        if gui < cpu:  # other threads (a count) worked meanwhile
            note = f"gui thread {gui * 1000:.1f} ms" + (f"; {note}" if note else "")
        if self.counted_s:
            note = f"counted after {statistics.median(self.counted_s) * 1000:.0f} ms" + (
                f"; {note}" if note else ""
            )
        if self.server_cpu is not None:
            served = self.server_cpu.first_s if first else self.server_cpu.median_s
            note = f"server cpu {served * 1000:.0f} ms" + (f"; {note}" if note else "")
        note = f"cpu {cpu * 1000:.1f} ms" + (f"; {note}" if note else "")
        self.out.append(
            Measurement(
                f"scale {self.reg.name} {key} @{label}",
                timed.median_s,
                note=note,
                key=f"{self.reg.name}: {key}",
                rows=self.rows,
                first_s=timed.first_s,
                p95_s=timed.p95_s,
                runs=timed.runs,
                complete=complete,
            )
        )
        print(
            f"  {self.reg.name:<12}{label:>5}  {key:<34} median {timed.median_s * 1000:9.1f} ms"
            f"  first {timed.first_s * 1000:9.1f} ms  runs {timed.runs}" + f"  {note}",
            file=sys.stderr,
            flush=True,
        )

    # interactions
    def measure_open(self) -> None:
        timed = self.timed(self.open, setup=self.views.clear)
        listed = _listed(self.table().model())
        self.record("open (first visit)", Timed(timed.first_s, []), f"{listed:,} rows on the list")
        self.record("open", timed if timed.warm else Timed(timed.first_s, [timed.first_s]))

    def measure_search(self) -> None:
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QLineEdit

        if not self.reg.search:
            return
        view = self.fresh()
        edit = self.child(QLineEdit, self.reg.search)

        def before() -> None:
            if edit.text() != self.reg.typed:
                edit.setText(self.reg.typed)
                self.repainted()

        def keystroke() -> None:
            QTest.keyClicks(edit, self.reg.letter)
            self.repainted()

        timed = self.timed(keystroke, setup=before)
        found = _listed(self.table().model())
        typed = self.reg.typed + self.reg.letter
        self.record("search keystroke", timed, f"{typed!r}: {found:,} rows shown")
        edit.clear()
        settle(view)

    def measure_sorts(self) -> None:
        from PySide6.QtCore import Qt

        self.fresh()
        table = self.table()
        header = table.horizontalHeader()
        model = table.model()
        home = (header.sortIndicatorSection(), header.sortIndicatorOrder())
        orders = (("asc", Qt.SortOrder.AscendingOrder), ("desc", Qt.SortOrder.DescendingOrder))
        shown = [c for c in range(model.columnCount()) if not table.isColumnHidden(c)]
        for column in shown[: self.sort_columns]:
            title = str(model.headerData(column, Qt.Orientation.Horizontal) or column)
            for word, order in orders:
                start = home if (column, order) != home else ((column + 1) % 2, order)

                def before(start: tuple[int, Qt.SortOrder] = start) -> None:
                    header.setSortIndicator(*start)
                    self.repainted()

                def click(column: int = column, order: Qt.SortOrder = order) -> None:
                    header.setSortIndicator(column, order)
                    self.repainted()

                timed = self.timed(click, setup=before)
                self.record(f"sort {title} {word}", timed)
        header.setSortIndicator(*home)
        self.repainted()

    def measure_filters(self) -> None:
        from PySide6.QtWidgets import QCheckBox, QComboBox, QWidget

        self.fresh()
        for name in self.reg.filters:
            widget = self.views.last.findChild(QWidget, name)
            if widget is None:
                print(f"  {self.reg.name}: no filter {name!r}, skipped", file=sys.stderr)
                continue
            if isinstance(widget, QComboBox):
                self.measure_drop_down(name, widget)
                if widget.count() < 2:
                    continue
                home = widget.currentIndex()
                target = 1 if home != 1 else 0
                label = widget.itemText(target)

                def before(w: QComboBox = widget, i: int = home) -> None:
                    if w.currentIndex() != i:
                        w.setCurrentIndex(i)
                        self.repainted()

                def change(w: QComboBox = widget, i: int = target) -> None:
                    w.setCurrentIndex(i)
                    self.repainted()

            elif isinstance(widget, QCheckBox):
                home_checked = widget.isChecked()
                label = f"{widget.text()} {'off' if home_checked else 'on'}"

                def before(w: QCheckBox = widget, c: bool = home_checked) -> None:  # type: ignore[misc]
                    if w.isChecked() != c:
                        w.setChecked(c)
                        self.repainted()

                def change(w: QCheckBox = widget, c: bool = home_checked) -> None:  # type: ignore[misc]
                    w.setChecked(not c)
                    self.repainted()

            else:
                continue
            timed = self.timed(change, setup=before)
            shown = _listed(self.table().model())
            self.record(f"filter {name}", timed, f"{label!r}: {shown:,} rows")
            before()

    def measure_drop_down(self, name: str, combo: Any) -> None:
        """A filter's drop-down clicked open until painted (the first click may read its
        list: the first run is kept apart), then closed."""
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        def closed() -> None:
            combo.hidePopup()
            self.repainted()

        def click() -> None:
            QTest.mouseClick(combo, Qt.MouseButton.LeftButton)
            self.repainted()

        timed = self.timed(click, setup=closed)
        closed()
        self.record(f"drop-down {name}", timed, f"{combo.count():,} choices")

    def measure_deep_sorts(self) -> None:
        """Each visible column sorted ascending (a header click) while the current row is
        the one in the middle of the list, until repainted: the model finds where that row
        went (its position in the new order) so it stays current. The setup puts the
        previous order back and makes the middle row current again (untimed)."""
        from PySide6.QtCore import Qt

        self.fresh()
        table = self.table()
        header = table.horizontalHeader()
        model = table.model()
        home = (header.sortIndicatorSection(), header.sortIndicatorOrder())
        if model.rowCount() < 2:
            return
        shown = [c for c in range(model.columnCount()) if not table.isColumnHidden(c)]
        ascending = Qt.SortOrder.AscendingOrder
        followed: dict[str, str] = {}  # the key of the row made current before each click
        for column in shown[: self.sort_columns]:
            title = str(model.headerData(column, Qt.Orientation.Horizontal) or column)
            start = home if (column, ascending) != home else ((column + 1) % 2, ascending)

            def before(start: tuple[int, Qt.SortOrder] = start) -> None:
                header.setSortIndicator(*start)
                self.repainted()
                middle = model.rowCount() // 2
                table.setCurrentIndex(model.index(middle, 0))
                followed["key"] = model.key_at(middle)
                self.repainted()

            def click(column: int = column) -> None:
                header.setSortIndicator(column, ascending)
                self.repainted()

            timed = self.timed(click, setup=before)
            current = table.currentIndex()
            kept = current.isValid() and model.key_at(current.row()) == followed["key"]
            where = f"row {current.row() + 1:,} of {model.rowCount():,}" if kept else "let go"
            self.record(f"sort {title} asc, current row deep", timed, f"current row {where}")
        header.setSortIndicator(*home)
        self.repainted()

    def scroll_to_end(self) -> tuple[bool, int]:
        """Ctrl+End until the last row is painted (or the cap): (complete, rows reached)."""
        from PySide6.QtCore import QModelIndex, QPoint

        table = self.table()
        model = table.model()
        root = QModelIndex()
        deadline = time.perf_counter() + self.scroll_cap_s
        table.scrollToBottom()
        process_events(1)
        while model.canFetchMore(root):
            if time.perf_counter() > deadline:
                table.scrollToBottom()
                table.viewport().repaint()
                return False, model.rowCount()
            model.fetchMore(root)
            table.scrollToBottom()
            process_events(1)
        table.scrollToBottom()
        self.repainted()
        last = model.rowCount() - 1
        bottom = table.indexAt(QPoint(2, table.viewport().height() - 2)).row()
        seen = bottom == last or (bottom == -1 and table.rowAt(0) <= last)
        if last >= 0:
            model.data(model.index(last, 0))  # the last row's data was read
        return seen, model.rowCount()

    def measure_scroll_and_refresh(self) -> None:
        reached: dict[str, Any] = {}

        def scroll() -> None:
            reached["complete"], reached["rows"] = self.scroll_to_end()

        timed = self.timed(scroll, setup=self.fresh)
        complete = bool(reached["complete"])
        note = f"{reached['rows']:,} rows reached"
        if not complete:
            note += f" (stopped by the {self.scroll_cap_s:.0f} s cap)"
        self.record("scroll to end", timed, note, complete=complete)
        # The view is left at the end (or as far as the cap got): an edit down there.
        deep_row = max(0, self.table().model().rowCount() - 1)
        self.measure_refresh("refresh after edit (deep)", deep_row, f"row {deep_row + 1:,}")
        self.fresh()
        self.measure_refresh("refresh after edit (top)", 0, "row 1")
        self.measure_jump()  # last: it leaves a fresh view in the middle of the list
        if self.reg.name in JUMP_SORTED:
            self.measure_jump(sorted_by_another=True)

    def measure_jump(self, sorted_by_another: bool = False) -> None:
        """The scroll bar dragged to the middle of the list (a fresh view, at its top),
        until the rows there are painted; `sorted_by_another`: the view sorted ascending
        by the first visible column it does not open sorted by (untimed) before the jump."""
        from PySide6.QtCore import QPoint, Qt

        shown: dict[str, int] = {}
        key, setup = "scroll bar to the middle", self.fresh
        if sorted_by_another:
            self.fresh()
            table = self.table()
            home = table.horizontalHeader().sortIndicatorSection()
            columns = range(table.model().columnCount())
            column = next(c for c in columns if c != home and not table.isColumnHidden(c))
            title = table.model().headerData(column, Qt.Orientation.Horizontal)
            key += f", sorted by {title}"

            def setup() -> None:
                self.fresh()
                self.table().horizontalHeader().setSortIndicator(
                    column, Qt.SortOrder.AscendingOrder
                )
                self.repainted()

        def jump() -> None:
            bar = self.table().verticalScrollBar()
            bar.setValue(bar.maximum() // 2)
            self.repainted()
            shown["row"] = self.table().indexAt(QPoint(2, 2)).row()

        timed = self.timed(jump, setup=setup)
        self.record(key, timed, f"row {shown.get('row', -1) + 1:,} on top")

    def measure_refresh(self, key: str, row: int, where: str) -> None:
        table = self.table()
        model = table.model()
        if model.rowCount() == 0:
            return
        target = model.key_at(row)
        changes: list[Any] = []

        def write() -> None:
            self.edits += 1
            changes.append(self.reg.edit(self.ctx.store, target, self.edits))

        def notice() -> None:
            self.ctx.announce(changes.pop())
            self.repainted()

        timed = self.timed(notice, setup=write)
        self.record(key, timed, f"{where} edited; {model.rowCount():,} rows loaded")

    def close(self) -> None:
        self.views.clear()


def measure_register(
    reg: Register,
    path: Path | str,
    rows: int,
    home: Path,
    scroll_cap_s: float,
    sort_columns: int | None = None,
    server_clock: Callable[[], float] | None = None,
) -> list[Measurement]:
    from PySide6.QtCore import QSettings

    from cdmo_desktop.gui.context import AppContext
    from cdmo_desktop.store import open_store

    store = open_store(path, user="Benchmark")  # a file, or a team server's URL
    settings = QSettings(str(home / f"settings-{reg.name}-{rows}.ini"), QSettings.Format.IniFormat)
    ctx = AppContext(store, settings)
    session = Session(reg, ctx, rows, scroll_cap_s)
    session.sort_columns = sort_columns
    session.server_clock = server_clock
    try:
        session.measure_open()
        session.measure_search()
        session.measure_sorts()
        if reg.name in DEEP_SORTED:
            session.measure_deep_sorts()
        session.measure_filters()
        session.measure_scroll_and_refresh()
    finally:
        session.close()
        ctx.deleteLater()
        process_events(1)
        store.close()
        gc.collect()
    return session.out


def _warm_up(home: Path) -> None:
    """Open each screen once on a small database (untimed): imports, the first
    heat map and Qt's style caches are not what a list costs at 1M rows."""
    from PySide6.QtCore import QSettings

    from bench.generate import generate_risks
    from cdmo_desktop.gui.context import AppContext
    from cdmo_desktop.store import open_store

    path = home / "warm-up.sqlite"
    generate_risks(path, 200)
    store = open_store(path, user="Benchmark")
    ctx = AppContext(store, QSettings(str(home / "warm.ini"), QSettings.Format.IniFormat))
    views = Views()
    for reg in SCREENS.values():
        view = views.add(reg.make(ctx))
        view.resize(*WINDOW)
        view.show()
        settle(view)
        view.repaint()
    views.clear()
    ctx.deleteLater()
    process_events(1)
    store.close()


def prepare_database(kind: str, n: int, home: Path) -> tuple[Path, Measurement | None]:
    """A copy to write on of the generated database `kind` with `n` rows (built once and
    cached, bench.generate.cached_database), and the generation's measurement when this
    call built it. `drop_database` removes the copy."""
    from bench.generate import cached_database, copy_database

    source, built = cached_database(kind, n)
    generated = None
    if built is not None:
        generated = Measurement(
            f"generate {kind} @{size_label(n)} (rows + indexes)",
            built.rows_s + built.indexes_s,
            note=f"derived data {built.derived_s:.1f} s; cached as {source.name}",
            key=f"generate {kind}",
            rows=n,
        )
    work = home / f"{kind}-{n}.sqlite"
    copy_database(source, work)
    return work, generated


def drop_database(work: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{work}{suffix}").unlink(missing_ok=True)


def _measure_size(
    reg: Register,
    n: int,
    home: Path,
    cap: float,
    admin: str | None,
    sort_columns: int | None = None,
) -> list[Measurement]:
    """`reg` on its generated database of `n` rows: the file, or (`admin`, a PostgreSQL
    server's admin URL) a server copy of it (bench.scale_server)."""
    out: list[Measurement] = []
    start = time.perf_counter()
    work: Path | None = None  # the file to write on (a server database kept needs none)
    if admin is None or not scale_server.kept(admin, reg.kind, n):
        work, generated = prepare_database(reg.kind, n, home)
        out.extend([generated] if generated is not None else [])
    target: Path | str | None = work
    if admin is not None:
        target, copied = scale_server.server_copy(reg.kind, n, work, admin)
        out.extend([copied] if copied is not None else [])
    assert target is not None
    where = "server database" if admin is not None else "database"
    print(
        f"{reg.name} @{size_label(n)}: {where} ready in {time.perf_counter() - start:.1f} s",
        file=sys.stderr,
        flush=True,
    )
    try:
        clock = scale_server.server_clock(str(target)) if admin is not None else None
        measured = measure_register(reg, target, n, home, cap, sort_columns, clock)
    finally:
        if admin is not None:
            scale_server.drop_copy(admin, str(target))
        if work is not None:
            drop_database(work)
    backend = "postgresql" if admin is not None else "sqlite"
    return out + scale_server.labelled(measured, backend)


def run() -> list[Measurement]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    sizes = _env_list("BENCH_SCALE_SIZES", DEFAULT_SIZES, int)
    names = _env_list("BENCH_SCALE_REGISTERS", REGISTERS, str)
    cap = float(os.environ.get("BENCH_SCALE_SCROLL_CAP", SCROLL_CAP_S))
    out: list[Measurement] = []
    home = Path(tempfile.mkdtemp(prefix="bench-scale-"))
    backend = scale_server.backend()
    try:
        _warm_up(home)
        with scale_server.server(backend) as admin:
            for name in names:
                reg = SCREENS[name]
                for n in sizes:
                    out.extend(_measure_size(reg, n, home, cap, admin))
        peak = peak_rss_mb()
        for m in out:
            m.peak_mb = peak
        del app
        return out
    finally:
        shutil.rmtree(home, ignore_errors=True)


def _cpu_ms(m: Measurement | None) -> str:
    """The CPU median a measurement's note carries ("cpu 12.3 ms; ...", after the backend
    on a team server: "postgresql; cpu 12.3 ms; server cpu 20 ms; ..."), the server's
    added ("12.3+20")."""
    note = m.note if m is not None else ""
    found = re.search(r"(?:^|; )cpu ([0-9.]+) ms", note)
    served = re.search(r"; server cpu ([0-9.]+) ms", note)
    if found is None:
        return ""
    return found.group(1) + (f"+{served.group(1)}" if served else "")


# --- the growth table -------------------------------------------------------------------------
def summary(measurements: list[Measurement]) -> str:
    """Median per interaction and size, growth from the smallest to the largest size, and
    the goals: within 2x, and under 100 ms at the largest size (2 s for a scroll to the end)."""
    by_key: dict[str, dict[int, Measurement]] = {}
    for m in measurements:
        if m.key is None or m.rows is None or m.key.startswith("generate"):
            continue
        by_key.setdefault(m.key, {})[m.rows] = m
    if not by_key:
        return ""
    sizes = sorted({r for per in by_key.values() for r in per})
    small, big = sizes[0], sizes[-1]
    headers = [
        "interaction",
        *(f"{size_label(s)} ms" for s in sizes),
        f"cpu {size_label(big)}",
        "growth",
        "2x",
        "goal",
    ]
    rows = []
    for key, per in by_key.items():
        cells = []
        for s in sizes:
            at = per.get(s)
            if at is None:
                cells.append("")
            else:
                capped = "" if at.complete is not False else "+"
                cells.append(f"{at.median_s * 1000:.1f}{capped}")
        growth = ""
        ok_growth = ok_goal = ""
        if small in per and big in per and big != small:
            ratio = per[big].median_s / per[small].median_s if per[small].median_s else 0.0
            growth = f"{ratio:.1f}x"
            ok_growth = "ok" if ratio <= GOAL_GROWTH and per[big].complete is not False else "OVER"
        if big in per:
            goal = GOAL_SCROLL_S if "scroll" in key else GOAL_S
            done = per[big].complete is not False
            ok_goal = "ok" if per[big].median_s <= goal and done else "OVER"
        rows.append([key, *cells, _cpu_ms(per.get(big)), growth, ok_growth, ok_goal])
    widths = [max(len(r[i]) for r in [headers, *rows]) for i in range(len(headers))]

    def line(cells: list[str]) -> str:
        return "  ".join(
            c.ljust(w) if i == 0 else c.rjust(w)
            for i, (c, w) in enumerate(zip(cells, widths, strict=True))
        ).rstrip()

    met = sum(1 for r in rows if r[-2] == "ok" and r[-1] == "ok")
    growths = [r for r in rows if r[-3]]
    text = [
        f"Growth {size_label(small)} -> {size_label(big)} (goal: within {GOAL_GROWTH:.0f}x; "
        f"under {GOAL_S * 1000:.0f} ms at {size_label(big)}, scroll to end under "
        f"{GOAL_SCROLL_S:.0f} s; '+' = stopped by the cap, a lower bound)",
        line(headers),
        "  ".join("-" * w for w in widths),
        *(line(r) for r in rows),
        f"{met} of {len(rows)} interactions meet both goals"
        + (
            f"; median growth {statistics.median(float(r[-3][:-1]) for r in growths):.1f}x"
            if growths
            else ""
        ),
    ]
    return "\n".join(text)
