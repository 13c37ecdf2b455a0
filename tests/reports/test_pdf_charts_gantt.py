"""The PDF Gantt chart: vector drawing from the shared timeline layout, milestone names
readable in the file, long plans split across pages, header labels that never collide."""

from __future__ import annotations

import itertools
from datetime import date, timedelta
from typing import Any

import pytest
from pypdf import PdfReader
from reportlab.graphics.shapes import Polygon, Rect
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Spacer
from sqlmodel import select

from cdmo_desktop.domain.models import Milestone
from cdmo_desktop.domain.snapshot import DependencyRow, MilestoneRow
from cdmo_desktop.reports import chart_adapters
from cdmo_desktop.reports.charts import gantt as shared
from cdmo_desktop.reports.charts.gantt_pdf import GanttChart, gantt_chart
from cdmo_desktop.reports.charts.gantt_pdf_marks import HEADER
from cdmo_desktop.store.snapshots import engagement_snapshot
from tests.conftest import DEMO_TODAY
from tests.reports.pdfcheck import fonts_of, page_texts, text_of
from tests.reports.test_pdf_charts import chart_pdf, engagement_ids, image_xobjects, strings_of

TODAY = date(2027, 3, 10)


def shapes_of(node: object) -> list[object]:
    if not hasattr(node, "contents"):
        return [node]
    return [s for child in getattr(node, "contents") for s in shapes_of(child)]  # noqa: B009


def fills(drawing: object) -> set[str]:
    return {
        s.fillColor.hexval().lower()
        for s in shapes_of(drawing)
        if isinstance(s, Rect | Polygon) and s.fillColor is not None
    }


def hexval(value: str) -> str:
    return colors.HexColor(value).hexval().lower()


def test_every_demo_milestone_name_is_text_in_the_chart(demo_store, tmp_path):
    for engagement_id in engagement_ids(demo_store):
        with demo_store.read() as s:
            data = engagement_snapshot(s, engagement_id, DEMO_TODAY)
            names = s.exec(
                select(Milestone.name).where(
                    Milestone.engagement_id == engagement_id, Milestone.status != "cancelled"
                )
            ).all()
        chart = chart_adapters.gantt_chart(data, DEMO_TODAY, 493)
        assert chart is not None
        out = chart_pdf([chart[0]], tmp_path / f"{engagement_id}.pdf")
        text = text_of(out)
        assert len(PdfReader(out).pages) == 1  # a demo plan fits one page
        for name in names:
            if name in text:
                continue
            lines = [ln.strip() for ln in text.splitlines()]
            cut = [ln[:-1] for ln in lines if ln.endswith("…") and name.startswith(ln[:-1])]
            assert cut and len(cut[0]) >= 30, name  # cut to the column, still telling
        assert "Today" in text and "Critical path" in text
        assert not image_xobjects(out)
        assert all(fonts_of(out).values())


def test_two_hundred_item_plan_splits_across_pages_with_the_header_on_each(tmp_path):
    from bench.generate import generate_schedule
    from cdmo_desktop.store import open_store

    path = tmp_path / "big.sqlite"
    open_store(path).close()
    engagement_id = generate_schedule(path, 200, 260)
    store = open_store(path)
    with store.read() as s:
        data = engagement_snapshot(s, engagement_id, DEMO_TODAY)
    store.close()
    today = max(m.planned_finish for m in data.milestones) - timedelta(days=30)
    chart = gantt_chart(data.milestones, data.dependencies, today, 493)
    out = chart_pdf([Spacer(1, 400), chart], tmp_path / "big.pdf")  # starts mid-page
    pages = page_texts(out)
    assert len(pages) >= 4
    everything = "\n".join(pages)
    for m in data.milestones:
        assert everything.count(m.name) == 1, m.name  # every row once: none lost, none twice
    years = {str(y) for y in range(today.year - 3, today.year + 2)}
    for page in pages:
        assert any(y in page for y in years)  # the date header repeats on every page
    assert everything.count("Critical path") == 1 and "Critical path" in pages[-1]
    assert everything.count("Today") == 1
    assert not image_xobjects(out)
    assert all(fonts_of(out).values())


def _phased_rows(n: int) -> list[MilestoneRow]:
    d = date(2027, 1, 4)
    phases = ["feasibility", "process_development", "scale_up"]
    return [
        MilestoneRow(
            f"m{i}",
            f"Item {i}",
            "task",
            d + timedelta(3 * i),
            d + timedelta(3 * i + 4),
            phase=phases[min(i // (n // 3 + 1), 2)],
        )
        for i in range(n)
    ]


def test_a_page_break_never_leaves_a_phase_heading_alone():
    chart = gantt_chart(_phased_rows(60), [], TODAY, 493)
    rows = chart.plan.rows
    headings = [r for r, row in enumerate(rows) if row.item is None]
    assert len(headings) == 3
    for room in range(120, 700, 7):
        parts = chart.split(493, room)
        if not parts:
            continue
        first = parts[0]
        assert isinstance(first, GanttChart)
        assert first.wrap(493, room)[1] <= room
        assert rows[first.last - 1].item is not None, room
        assert len(parts) == 1 or parts[1].last - parts[1].first >= 3


def test_bars_symbols_and_colours_follow_the_schedule_rules():
    d = date(2027, 3, 1)
    milestones = [
        MilestoneRow("done", "Process design", "task", d, d + timedelta(4), status="done"),
        MilestoneRow("late", "Late report", "task", d, d + timedelta(5), percent_complete=50),
        MilestoneRow(
            "batch",
            "Engineering batch",
            "task",
            d + timedelta(7),
            d + timedelta(11),
            baseline_start=d + timedelta(5),
            baseline_finish=d + timedelta(9),
            percent_complete=40,
        ),
        MilestoneRow(
            "ms", "Batch record signed", "milestone", d + timedelta(12), d + timedelta(12)
        ),
        MilestoneRow("gate", "Go / no-go", "decision_gate", d + timedelta(13), d + timedelta(13)),
        MilestoneRow(
            "fixed",
            "Contract slot",
            "task",
            d + timedelta(8),
            d + timedelta(9),
            contract_fixed=True,
        ),
    ]
    deps = [
        DependencyRow("done", "batch", "fs", 2),
        DependencyRow("batch", "ms"),
        DependencyRow("ms", "gate"),
        DependencyRow("batch", "fixed"),  # the fixed slot starts before the batch ends
    ]
    chart = gantt_chart(milestones, deps, TODAY, 493)
    drawing = chart.drawing()
    texts = [s.text for s in strings_of(drawing)]
    used = fills(drawing)
    assert hexval(shared.DONE) in used and hexval(shared.OVERDUE) in used
    assert hexval(shared.CRITICAL) in used and hexval(shared.BASELINE) in used
    assert hexval(shared.GATE) in used or hexval(shared.CRITICAL_DONE) in used
    polygons = [s for s in shapes_of(drawing) if isinstance(s, Polygon)]
    assert any(len(p.points) == 8 for p in polygons)  # a milestone diamond
    assert any(len(p.points) == 12 for p in polygons)  # the decision gate's hexagon
    assert "!" in texts  # the contract-fixed slot is in conflict with its predecessor
    assert "+2 d" in texts  # the batch finishes 2 days after its baseline
    assert "Today" in texts
    for name in ("Process design", "Engineering batch", "Go / no-go", "Contract slot"):
        assert name in texts


def test_the_timeline_matches_the_screen_figure():
    """Today sits at the same fraction of the time axis as in the matplotlib figure, so the
    printed chart has the screen's scale and span."""
    milestones = _phased_rows(12)
    figure = shared.build_gantt_figure(milestones, [], TODAY)
    ax = figure.axes[0]
    left, right = ax.get_xlim()
    chart = gantt_chart(milestones, [], TODAY, 493)
    plan = chart.plan
    x_fig = (plan.layout.point_x(TODAY) - left) / (right - left)
    x_pdf = (plan.point_x(TODAY) - plan.plot_x0) / (plan.plot_x1 - plan.plot_x0)
    assert x_pdf == pytest.approx(x_fig)


@pytest.mark.parametrize("days", [12, 40, 95, 200, 280, 420, 800, 2200])
@pytest.mark.parametrize("width", [493.0, 320.0])
def test_header_labels_never_overlap(days, width):
    d = date(2026, 6, 28)
    milestones = [
        MilestoneRow("a", "Start", "task", d, d + timedelta(days // 2)),
        MilestoneRow("b", "End", "milestone", d + timedelta(days), d + timedelta(days)),
    ]
    drawing = gantt_chart(milestones, [], d + timedelta(days // 3), width).drawing()
    top = drawing.height - HEADER
    bands: dict[float, list[tuple[float, float]]] = {}
    for s in strings_of(drawing):
        if s.y < top or s.text in ("Today",):
            continue
        w = stringWidth(s.text, s.fontName, s.fontSize)
        x0 = {"start": s.x, "middle": s.x - w / 2, "end": s.x - w}[s.textAnchor]
        bands.setdefault(round(s.y, 1), []).append((x0, x0 + w))
        assert x0 >= 0 and x0 + w <= width, s.text
    assert len(bands) == 2  # months or years above, smaller units below
    for spans in bands.values():
        spans.sort()
        for (_a0, a1), (b0, _b1) in itertools.pairwise(spans):
            assert b0 > a1, (days, width, spans)
    header_text = " ".join(s.text for s in strings_of(drawing) if s.y >= top)
    assert any(ch.isdigit() for ch in header_text)  # the year is always said


@pytest.mark.parametrize(
    ("kind", "from_end", "into_end"),
    [("fs", True, False), ("ss", False, False), ("ff", True, True), ("sf", False, True)],
)
def test_dependency_arrows_leave_and_enter_the_ends_their_kind_names(kind, from_end, into_end):
    """Finish-to-finish and start-to-finish links were drawn as finish-to-start: out of the
    predecessor's finish, into the successor's start."""
    from reportlab.graphics.shapes import PolyLine

    d = date(2027, 3, 1)
    milestones = [
        MilestoneRow("a", "Predecessor", "task", d, d + timedelta(9)),
        MilestoneRow("b", "Successor", "task", d + timedelta(12), d + timedelta(20)),
    ]
    chart = gantt_chart(milestones, [DependencyRow("a", "b", kind)], TODAY, 493)
    plan, drawing = chart.plan, chart.drawing()
    pred, succ = (plan.span(r.item) for r in plan.rows if r.item is not None)
    link = hexval(shared.LINK)
    lines = [
        s
        for s in shapes_of(drawing)
        if isinstance(s, PolyLine)
        and s.strokeColor is not None
        and s.strokeColor.hexval().lower() in (link, hexval(shared.CRITICAL_EDGE))
    ]
    heads = [
        s
        for s in shapes_of(drawing)
        if isinstance(s, Polygon)
        and len(s.points) == 6
        and s.fillColor.hexval().lower() in (link, hexval(shared.CRITICAL_EDGE))
    ]
    assert len(lines) == 1 and len(heads) == 1
    xs = lines[0].points[0::2]
    assert xs[0] == pytest.approx(pred[1] if from_end else pred[0])
    tip = succ[1] if into_end else succ[0]
    assert xs[-1] == pytest.approx(tip)
    head = heads[0].points
    assert head[0] == pytest.approx(tip)
    # the head points into the successor: from the right for a finish, the left for a start
    assert (head[2] > head[0]) is into_end


def _figure_link(kind: str) -> tuple[list[float], float, str]:
    """(x of the link's path, x of its arrow's tip, the tip's marker) in the exported figure
    of a two-task plan linked by `kind`."""
    d = date(2027, 3, 1)
    milestones = [
        MilestoneRow("a", "Predecessor", "task", d, d + timedelta(9)),
        MilestoneRow("b", "Successor", "task", d + timedelta(12), d + timedelta(20)),
    ]
    fig = shared.build_gantt_figure(milestones, [DependencyRow("a", "b", kind)], TODAY)
    colours = {shared.LINK.lower(), shared.CRITICAL_EDGE.lower()}
    mine: list[Any] = [
        ln for ln in fig.axes[0].get_lines() if str(ln.get_color()).lower() in colours
    ]
    (path,) = [ln for ln in mine if len(ln.get_xdata()) > 1]
    (head,) = [ln for ln in mine if ln.get_marker() in (">", "<")]
    return list(path.get_xdata()), float(head.get_xdata()[0]), str(head.get_marker())


def test_the_exported_figure_draws_finish_links_into_the_successors_finish():
    fs_path, fs_tip, fs_marker = _figure_link("fs")
    ss_path, _ss_tip, _ = _figure_link("ss")
    assert fs_marker == ">" and fs_path[-1] == pytest.approx(fs_tip)
    for kind in ("ff", "sf"):
        path, tip, marker = _figure_link(kind)
        assert marker == "<"  # into the successor's finish, from the right
        assert tip > fs_tip and path[-1] == pytest.approx(tip)
    assert _figure_link("sf")[0][0] == pytest.approx(ss_path[0])  # out of the start
    assert _figure_link("ff")[0][0] == pytest.approx(fs_path[0])  # out of the finish
