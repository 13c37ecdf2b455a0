"""Status report PDF for a big engagement: 3,000 risks and 2,000 milestones (~190 pages).

Measures (A/B variants interleaved, ABAB..., so a load change on the shared machine hits
both sides alike):
- pdf: `build_status_report` from a snapshot (charts, header/footer, outline, embedded
  DejaVu fonts, every section) against plain reportlab: the same tables as platypus
  LongTables in 500-row chunks in a SimpleDocTemplate (standard Helvetica, no page
  furniture) with the same two charts drawn the same way (the report's vector heat map and
  Gantt flowables, no bitmaps).
- the same pair without the charts: what the report layer itself (fonts, page furniture,
  outline, section logic) costs over bare tables.
- snapshot: reading the engagement's snapshot from the database (the PDF worker does it).
- UI lag while the report builds through the GUI path, in a QApplication: the gaps
  between ticks of a 5 ms QTimer (median, 95th percentile, max) from Export until the
  dialog says it is done, for the export dialog (worker process) and for the path it
  replaced (snapshot read on the GUI thread, layout on a thread of the same interpreter,
  snapshot serialised on the GUI thread to store the report), interleaved.
- worker: spawning the PDF worker process until it has imported the PDF stack, the time
  `start()` blocks the GUI thread, and Export to done for a first (cold) and a warm build.
"""

from __future__ import annotations

import itertools
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from typing import Any

from bench.core import Measurement
from cdmo_desktop.domain import clock

N_RISKS, N_MILESTONES, N_LINKS = 3000, 2000, 2600
ROUNDS = 5  # A/B pairs per comparison
UI_ROUNDS = 2  # GUI builds per path (each ~190 pages)
TICK_MS = 5
GAP_GOAL_S = 0.050  # no event-loop gap over 50 ms while the report builds


def _database(folder: Path) -> tuple[Any, str]:
    import sqlalchemy as sa

    from bench.generate import generate_risks, generate_schedule
    from cdmo_desktop.store import open_store

    path = folder / "pdf.sqlite"
    open_store(path).close()
    engagement_id = generate_schedule(path, N_MILESTONES, N_LINKS)
    generate_risks(path, N_RISKS, 1)
    engine = sa.create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:  # move the risks into the scheduled engagement
        conn.execute(sa.text("UPDATE risk SET engagement_id = :e"), {"e": engagement_id})
    engine.dispose()
    return open_store(path, user="Benchmark"), engagement_id


def _plain_charts(snapshot: Any, width: float) -> list[Any]:
    """The report's two charts drawn the same way as the report draws them: its vector
    heat map (a reportlab Drawing) and its Gantt flowable."""
    from cdmo_desktop.reports import chart_adapters

    data = snapshot.data
    out: list[Any] = [chart_adapters.heatmap_drawing([r for r in data.risks if r.is_active], width)]
    gantt = chart_adapters.gantt_chart(data, snapshot.form.period_end, width)
    if gantt is not None:
        out.append(gantt[0])
    return out


def _plain(snapshot: Any, out: Path, charts: bool) -> None:
    """The same tables in a plain reportlab document: the baseline."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, Spacer
    from reportlab.platypus.tables import TableStyle

    from cdmo_desktop.reports.text import cell

    doc = SimpleDocTemplate(str(out), pagesize=A4)
    sheet = getSampleStyleSheet()
    small = sheet["BodyText"]
    style = TableStyle(
        [("GRID", (0, 0), (-1, -1), 0.25, "#999999"), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    )
    data, today = snapshot.data, snapshot.form.period_end
    story: list[Any] = [Paragraph(cell(data.engagement.title), sheet["Title"])]
    if charts:
        story += _plain_charts(snapshot, doc.width)

    def table(header: list[str], rows: list[list[Any]]) -> None:
        for start in range(0, len(rows), 500):
            t = LongTable([header, *rows[start : start + 500]], repeatRows=1)
            t.setStyle(style)
            story.extend([t, Spacer(1, 6)])

    late = [m for m in data.milestones if m.is_open and m.planned_finish < today]
    table(
        ["Item", "Kind", "Due", "Late by", "Done", "Owner"],
        [
            [
                Paragraph(cell(m.name), small),
                m.kind,
                str(m.planned_finish),
                str((today - m.planned_finish).days),
                f"{m.percent_complete}%",
                m.owner_side,
            ]
            for m in late[:25]
        ],
    )
    risk_rows = [
        [
            r.ref,
            Paragraph(cell(r.title), small),
            r.category,
            f"{r.likelihood}x{r.impact}",
            f"{r.level} {r.score}",
            r.status,
            Paragraph(cell(r.owner), small),
            str(r.next_review_date or ""),
        ]
        for r in data.risks
    ]
    head = ["Ref", "Risk", "Category", "LxI", "Level", "Status", "Owner", "Next review"]
    table(head, sorted(risk_rows, key=lambda row: row[4])[:10])
    table(
        ["Action", "Owner", "Due", "Status", "Raised by"],
        [
            [
                Paragraph(cell(a.description), small),
                Paragraph(cell(a.owner), small),
                str(a.due_date or ""),
                a.status,
                a.raised_by,
            ]
            for a in data.actions
            if a.is_open
        ],
    )
    table(head, risk_rows)
    table(
        ["Item", "Kind", "Start", "Finish", "Baseline", "Variance", "Status", "Done"],
        [
            [
                Paragraph(cell(m.name), small),
                m.kind,
                str(m.planned_start),
                str(m.planned_finish),
                str(m.baseline_finish or ""),
                str(m.variance_days or ""),
                m.status,
                f"{m.percent_complete}%",
            ]
            for m in data.milestones
        ],
    )
    doc.build(story)


def _interleaved(a: Callable[[], Any], b: Callable[[], Any], rounds: int) -> tuple[float, float]:
    """Medians of `a` and `b` timed alternately (ABAB...)."""
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(rounds):
        for fn, out in ((a, times[0]), (b, times[1])):
            start = time.perf_counter()
            fn()
            out.append(time.perf_counter() - start)
    return statistics.median(times[0]), statistics.median(times[1])


def _pages(path: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(path).pages)


# --- UI lag through the GUI path ----------------------------------------------------------


def _ticking(run: Callable[[Callable[[], None]], None]) -> tuple[list[float], float]:
    """Gaps between ticks of a TICK_MS timer while `run(done)` works until it calls `done`,
    and the time that took."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(TICK_MS)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    finished: list[bool] = []

    def done() -> None:
        finished.append(True)
        loop.quit()

    timer.start()
    start = time.perf_counter()
    ticks.append(start)
    run(done)
    if not finished:
        loop.exec()
    took = time.perf_counter() - start
    ticks.append(time.perf_counter())
    timer.stop()
    return [b - a for a, b in itertools.pairwise(ticks)], took


def _dialog_build(ctx: Any, engagement_id: str, out: Path) -> Callable[[Callable[[], None]], None]:
    """Export through the export dialog (worker process), as a user does. The dialog is
    opened here, before the timing starts."""
    from cdmo_desktop.gui.reports.report_export import ExportDialog

    out.unlink(missing_ok=True)
    dlg = ExportDialog(ctx, engagement_id=engagement_id)
    dlg.ui.outputEdit.setText(str(out))

    def run(done: Callable[[], None]) -> None:
        dlg.exported.connect(lambda _path: done())
        dlg.failed.connect(lambda reason: _failed(reason, done))
        if not dlg.export():
            raise RuntimeError(dlg.ui.statusLabel.text())

    return run


def _failed(reason: str, done: Callable[[], None]) -> None:
    print(f"pdf ui: the export failed: {reason}")
    done()


def _thread_build(store: Any, engagement_id: str, form: Any, out: Path) -> Callable[..., None]:
    """The path the worker process replaced: snapshot read on the GUI thread, layout on a
    thread of the window's interpreter, the snapshot serialised on the GUI thread when the
    report is stored."""
    from cdmo_desktop.gui.workers import Job
    from cdmo_desktop.reports.status_report import build_status_report
    from cdmo_desktop.store.snapshots import take_status_report_snapshot
    from cdmo_desktop.store.status_reports import issue_status_report

    jobs: list[Job] = []  # alive until it has answered

    def run(done: Callable[[], None]) -> None:
        snapshot = take_status_report_snapshot(store, engagement_id, form)
        job = Job(lambda progress: build_status_report(snapshot, out, "A4", progress))

        def stored(_result: object) -> None:
            issue_status_report(store, snapshot)
            done()

        job.signals.finished.connect(stored)
        job.signals.failed.connect(lambda _reason: done())
        jobs.append(job)
        job.start()

    return run


def _gap_note(gaps: list[float], took: float) -> str:
    ordered = sorted(gaps)
    p95 = ordered[int(0.95 * (len(ordered) - 1))]
    over = sum(1 for g in gaps if g > GAP_GOAL_S)
    return (
        f"gaps median {1000 * statistics.median(gaps):.0f} ms, p95 {1000 * p95:.0f} ms, "
        f"max {1000 * max(gaps):.0f} ms, {over} over {1000 * GAP_GOAL_S:.0f} ms; "
        f"build {took:.1f} s"
    )


def _ui_lag(store: Any, engagement_id: str, form: Any, folder: Path) -> list[Measurement]:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from cdmo_desktop.gui import settings as keys
    from cdmo_desktop.gui.context import AppContext
    from cdmo_desktop.gui.reports import pdf_process

    app = QApplication.instance() or QApplication([])  # noqa: F841  # the event loop's
    qsettings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    keys.set(qsettings, keys.CONSULTANT_NAME, "Benchmark")
    ctx = AppContext(store, qsettings)

    # Worker: spawn until ready, and how long start() holds the GUI thread.
    spawn, blocking, imports = [], [], []
    for _ in range(3):
        probe = pdf_process.PdfWorker()
        start = time.perf_counter()
        probe.start()
        blocking.append(time.perf_counter() - start)
        if not probe.wait_ready():
            raise RuntimeError("the PDF worker did not start")
        spawn.append(time.perf_counter() - start)
        imports.append(probe.import_s or 0.0)
        probe.stop()
    cold_run = _dialog_build(ctx, engagement_id, folder / "cold.pdf")
    pdf_process.worker().stop()  # the export below spawns it (opening the dialog did)
    cold_gaps, cold = _ticking(cold_run)

    after: tuple[list[float], list[float]] = ([], [])
    before: tuple[list[float], list[float]] = ([], [])
    for _ in range(UI_ROUNDS):
        for run, (gaps, took) in (
            (_dialog_build(ctx, engagement_id, folder / "ui.pdf"), after),
            (_thread_build(store, engagement_id, form, folder / "ui_thread.pdf"), before),
        ):
            g, t = _ticking(run)
            gaps.extend(g)
            took.append(t)
    pages = _pages(folder / "ui.pdf")
    pdf_process.worker().stop()
    warm = statistics.median(after[1])
    return [
        Measurement(
            f"pdf ui: event-loop gaps, {pages}-page report built by the worker process",
            statistics.median(after[0]),
            baseline_median_s=statistics.median(before[0]),
            note=_gap_note(*_pooled(after))
            + " | replaced thread path: "
            + _gap_note(*_pooled(before)),
        ),
        Measurement(
            "pdf ui: max event-loop gap during the build",
            max(after[0]),
            baseline_median_s=max(before[0]),
            note=f"goal: none over {1000 * GAP_GOAL_S:.0f} ms; baseline = the replaced thread path",
        ),
        Measurement(
            "pdf ui: Export to done, warm worker",
            warm,
            baseline_median_s=statistics.median(before[1]),
            note=f"first export (worker spawned): {cold:.1f} s, its max gap "
            f"{1000 * max(cold_gaps):.0f} ms; baseline = the replaced thread path",
        ),
        Measurement(
            "pdf worker: spawn until the PDF stack is imported",
            statistics.median(spawn),
            note=f"imports in the worker {statistics.median(imports):.2f} s; start() holds "
            f"the GUI thread {1000 * statistics.median(blocking):.0f} ms",
        ),
    ]


def _pooled(pair: tuple[list[float], list[float]]) -> tuple[list[float], float]:
    return pair[0], statistics.median(pair[1])


def run() -> list[Measurement]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from cdmo_desktop.reports.status_report import build_status_report
    from cdmo_desktop.store.snapshots import status_report_snapshot
    from cdmo_desktop.store.status_reports import default_form

    with tempfile.TemporaryDirectory(prefix="bench-pdf-") as tmp:
        folder = Path(tmp)
        store, engagement_id = _database(folder)
        today = clock.today()
        form = default_form(store, engagement_id, today, "Benchmark")
        form = replace(
            form,
            period_start=today - timedelta(days=60),
            summary="Benchmark period. " * 20,
            highlights="- First highlight\n- Second highlight",
        )

        def read() -> Any:
            with store.read() as s:
                return status_report_snapshot(s, engagement_id, form)

        snapshot = read()
        assert len(snapshot.data.risks) == N_RISKS, len(snapshot.data.risks)
        assert len(snapshot.data.milestones) == N_MILESTONES
        ours, plain = folder / "status.pdf", folder / "plain.pdf"
        build_status_report(snapshot, ours)  # warm-up: fonts, reportlab caches
        _plain(snapshot, plain, charts=True)
        t_ours, t_plain = _interleaved(
            lambda: build_status_report(snapshot, ours),
            lambda: _plain(snapshot, plain, charts=True),
            ROUNDS,
        )
        t_text, t_bare = _interleaved(
            lambda: build_status_report(snapshot, folder / "text.pdf", charts=False),
            lambda: _plain(snapshot, folder / "bare.pdf", charts=False),
            ROUNDS,
        )
        start = time.perf_counter()
        reads = []
        for _ in range(5):
            start = time.perf_counter()
            read()
            reads.append(time.perf_counter() - start)
        pages_ours, pages_plain = _pages(ours), _pages(plain)
        size_ours, size_plain = ours.stat().st_size / 1024, plain.stat().st_size / 1024
        ui = _ui_lag(store, engagement_id, form, folder)
        store.close()
    return [
        Measurement(
            f"pdf: status report, {N_RISKS} risks + {N_MILESTONES} milestones",
            t_ours,
            baseline_median_s=t_plain,
            note=(
                f"{pages_ours} pages, {size_ours:.0f} KB; plain reportlab LongTables (500-row "
                f"chunks) + the same vector charts: {pages_plain} pages, {size_plain:.0f} KB; "
                f"interleaved x{ROUNDS}"
            ),
        ),
        Measurement(
            "pdf: same report without its two charts, against plain tables",
            t_text,
            baseline_median_s=t_bare,
            note=f"the charts cost {1000 * (t_ours - t_text):.0f} ms in the report; "
            f"interleaved x{ROUNDS}",
        ),
        Measurement("pdf: snapshot read from the database", statistics.median(reads)),
        *ui,
    ]
