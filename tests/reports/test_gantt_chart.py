"""The shared Gantt figure: drawn from the screen's layout, readable in a PDF."""

from __future__ import annotations

import io
from datetime import date, timedelta

from pypdf import PdfReader

from cdmo_desktop.domain.snapshot import DependencyRow, MilestoneRow
from cdmo_desktop.domain.timeline import TimelineLayout, fit_density, plan_origin
from cdmo_desktop.reports.charts.gantt import VIRTUAL_WIDTH_PX, build_gantt_figure

TODAY = date(2027, 3, 10)


def rows() -> tuple[list[MilestoneRow], list[DependencyRow]]:
    d = date(2027, 3, 1)
    milestones = [
        MilestoneRow(
            "a", "Process design", "task", d, d + timedelta(4), phase="process_development"
        ),
        MilestoneRow(
            "b",
            "Engineering batch",
            "task",
            d + timedelta(7),
            d + timedelta(11),
            baseline_start=d + timedelta(5),
            baseline_finish=d + timedelta(9),
            percent_complete=40,
            phase="process_development",
        ),
        MilestoneRow(
            "g",
            "Go / no-go",
            "decision_gate",
            d + timedelta(10),
            d + timedelta(10),
            contract_fixed=True,
            phase="scale_up",
        ),
    ]
    deps = [DependencyRow("a", "b", "fs", 2), DependencyRow("b", "g")]
    return milestones, deps


def _pdf_text(figure: object) -> str:
    buf = io.BytesIO()
    figure.savefig(buf, format="pdf")  # type: ignore[attr-defined]
    return " ".join(page.extract_text() for page in PdfReader(buf).pages)


def test_report_rows_draw_names_headings_and_dates() -> None:
    milestones, deps = rows()
    fig = build_gantt_figure(milestones, deps, TODAY, title="ART-417 schedule")
    text = _pdf_text(fig)
    for expected in (
        "Process design",
        "Engineering batch",
        "Go / no-go",
        "Process development",
        "Scale up",
        "ART-417 schedule",
        "Today",
        "Critical path",
    ):
        assert expected in text
    assert "+2 d" in text  # baseline variance of the batch (finishes 2 days after baseline)
    assert "March 2027" in text or "Mar" in text


def test_x_axis_uses_the_shared_layout() -> None:
    milestones, deps = rows()
    fig = build_gantt_figure(milestones, deps, TODAY)
    ax = fig.axes[0]
    first = min(date(2027, 3, 1), TODAY)
    origin = plan_origin(first, TODAY)
    layout = TimelineLayout(origin, 1.0).with_density(
        fit_density(min(first, origin), date(2027, 3, 12), VIRTUAL_WIDTH_PX)
    )
    left, right = ax.get_xlim()
    assert left == layout.x_of(min(first, origin))
    assert right > layout.x_of(date(2027, 3, 12))


def test_headings_and_row_limit() -> None:
    d = date(2027, 1, 4)
    many = [
        MilestoneRow(f"m{i}", f"Item {i}", "task", d + timedelta(i), d + timedelta(i + 2))
        for i in range(30)
    ]
    fig = build_gantt_figure(many, [], TODAY, max_rows=10)
    text = _pdf_text(fig)
    assert "Item 9" in text and "Item 10" not in text
    assert "and 20 more items" in text


def test_empty_plan_says_so() -> None:
    assert "No schedule items yet" in _pdf_text(build_gantt_figure([], [], TODAY))
