"""Status report PDF for a big engagement: 300 risks and 200 milestones.

Measures:
- pdf: `build_status_report` from a snapshot (charts, header/footer, outline, embedded
  DejaVu fonts, every section) against a bare reportlab document holding the same tables
  (plain SimpleDocTemplate, standard Helvetica, no charts, no page furniture), built in the
  same run. Budget: <= 2 s and a ratio <= 1.5. The note gives both file sizes.
- the same report without the Gantt chart and heat map, against the same baseline: what
  the report layer itself (fonts, page furniture, outline, sections) costs over bare tables.
- snapshot: reading the engagement's snapshot from the database (what the app does on the
  GUI thread before handing the build to a worker).
"""

from __future__ import annotations

import tempfile
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from typing import Any

from bench.core import Measurement, median_time
from cdmo_desktop.domain import clock

N_RISKS, N_MILESTONES, N_LINKS = 300, 200, 260
BUDGET_S, BUDGET_RATIO = 2.0, 1.5


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


def _bare_charts(snapshot: Any) -> list[Any]:
    """The report's two charts the plain way: PNG at 200 dpi into platypus Images."""
    import io

    from reportlab.platypus import Image

    from cdmo_desktop.domain.risk_matrix import HeatMapCounts, grid_from_counts
    from cdmo_desktop.reports.charts.gantt import build_gantt_figure
    from cdmo_desktop.reports.charts.heatmap import build_heatmap_figure

    data = snapshot.data
    active = [r for r in data.risks if r.is_active]
    figures = [
        build_gantt_figure(data.milestones[:28], data.dependencies, snapshot.form.period_end),
        build_heatmap_figure(
            HeatMapCounts(current=grid_from_counts((r.likelihood, r.impact, 1) for r in active))
        ),
    ]
    out = []
    for fig in figures:
        buf = io.BytesIO()
        fig.savefig(buf, format="png", dpi=200 * 6.85 / fig.get_size_inches()[0])
        buf.seek(0)
        w, h = fig.get_size_inches()
        out.append(Image(buf, width=493, height=493 * h / w))
    return out


def _bare(snapshot: Any, out: Path, charts: bool = False) -> None:
    """The same tables in a plain reportlab document: the baseline (with `charts`, also
    the same two chart images, drawn the plain way)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, Spacer
    from reportlab.platypus.tables import TableStyle

    from cdmo_desktop.reports.text import cell

    sheet = getSampleStyleSheet()
    body, small = sheet["Normal"], sheet["BodyText"]
    style = TableStyle(
        [("GRID", (0, 0), (-1, -1), 0.25, "#999999"), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    )
    data, today = snapshot.data, snapshot.form.period_end
    story: list[Any] = [Paragraph(cell(data.engagement.title), sheet["Title"])]
    if charts:
        story += _bare_charts(snapshot)

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
    SimpleDocTemplate(str(out), pagesize=A4).build(story)
    del body


def run() -> list[Measurement]:
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
        ours, bare = folder / "status.pdf", folder / "bare.pdf"
        build_status_report(snapshot, ours)  # warm-up: fonts, matplotlib, reportlab caches
        _bare(snapshot, bare)
        t_bare = median_time(lambda: _bare(snapshot, bare), repeat=5)
        t_ours = median_time(lambda: build_status_report(snapshot, ours), repeat=5)
        t_bare_charts = median_time(
            lambda: _bare(snapshot, folder / "bare_charts.pdf", charts=True), repeat=5
        )
        t_text = median_time(
            lambda: build_status_report(snapshot, folder / "text.pdf", charts=False), repeat=5
        )
        t_read = median_time(read, repeat=5)
        store.close()
        from pypdf import PdfReader

        pages_ours, pages_bare = len(PdfReader(ours).pages), len(PdfReader(bare).pages)
        size_ours, size_bare = ours.stat().st_size / 1024, bare.stat().st_size / 1024
    ratio = t_ours / t_bare
    verdict = "within" if t_ours <= BUDGET_S and ratio <= BUDGET_RATIO else "OVER"
    return [
        Measurement(
            "pdf: status report, 300 risks + 200 milestones",
            t_ours,
            baseline_median_s=t_bare,
            note=(
                f"budget {BUDGET_S:.0f} s and ratio {BUDGET_RATIO}: {verdict}; "
                f"{pages_ours} pages, {size_ours:.0f} KB "
                f"(bare: {pages_bare} pages, {size_bare:.0f} KB)"
            ),
        ),
        Measurement(
            "pdf: same report against bare tables + the same charts",
            t_ours,
            baseline_median_s=t_bare_charts,
            note="baseline draws the Gantt and heat map as 200 dpi PNGs into platypus Images",
        ),
        Measurement(
            "pdf: same report without its two charts",
            t_text,
            baseline_median_s=t_bare,
            note=f"the charts (Gantt + heat map) cost {1000 * (t_ours - t_text):.0f} ms",
        ),
        Measurement("pdf: snapshot read from the database", t_read),
    ]
