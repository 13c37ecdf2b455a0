"""The status report's charts are vector drawings: heat map counts from the register, no
bitmap in the file, every font embedded."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from reportlab.graphics.shapes import Drawing, String
from reportlab.platypus import SimpleDocTemplate
from sqlmodel import select

from cdmo_desktop.domain.models import Engagement, Risk
from cdmo_desktop.reports import chart_adapters, fonts
from cdmo_desktop.reports.status_report import build_status_report
from cdmo_desktop.store.snapshots import status_report_snapshot
from tests.reports.conftest import form
from tests.reports.pdfcheck import fonts_of, text_of

KINDS = ("current", "residual")


def image_xobjects(path: Path) -> list[str]:
    """Names of the bitmap images drawn anywhere in the file (pages and forms)."""
    found: list[str] = []
    seen: set[int] = set()

    def walk(resources: Any) -> None:
        if resources is None:
            return
        xobjects = resources.get_object().get("/XObject")
        if xobjects is None:
            return
        for name, ref in xobjects.get_object().items():
            obj = ref.get_object()
            if id(obj) in seen:
                continue
            seen.add(id(obj))
            if obj.get("/Subtype") == "/Image":
                found.append(str(name))
            elif obj.get("/Subtype") == "/Form":
                walk(obj.get("/Resources"))

    for page in PdfReader(path).pages:
        walk(page.get("/Resources"))
    return found


def chart_pdf(flowables: list[Any], path: Path) -> Path:
    """The flowables alone on A4 pages whose own default font is DejaVu too."""
    fonts.register_fonts()
    SimpleDocTemplate(str(path), initialFontName=fonts.REGULAR).build(flowables)
    return path


def drawn_counts(drawing: Drawing, kind: str) -> dict[tuple[int, int], int]:
    """The numbers printed on one grid, by (likelihood, impact), each checked to sit
    inside its cell."""
    out = {}
    for li in range(1, 6):
        for im in range(1, 6):
            text = getattr(drawing, f"count_{kind}_{li}_{im}", None)
            if text is None:
                continue
            cell = getattr(drawing, f"cell_{kind}_{li}_{im}")
            assert isinstance(text, String)
            assert cell.x < text.x < cell.x + cell.width
            assert cell.y < text.y < cell.y + cell.height
            out[(li, im)] = int(text.text)
    return out


def register_counts(store: Any, engagement_id: str) -> dict[str, dict[tuple[int, int], int]]:
    """Open risks per cell straight from the register table."""
    counts: dict[str, dict[tuple[int, int], int]] = {"current": {}, "residual": {}}
    with store.read() as s:
        risks = s.exec(select(Risk).where(Risk.engagement_id == engagement_id)).all()
    for r in risks:
        if r.status in ("closed", "realized"):
            continue
        key = (r.likelihood, r.impact)
        counts["current"][key] = counts["current"].get(key, 0) + 1
        if r.residual_likelihood and r.residual_impact:
            key = (r.residual_likelihood, r.residual_impact)
            counts["residual"][key] = counts["residual"].get(key, 0) + 1
    return counts


def engagement_ids(store: Any) -> list[str]:
    with store.read() as s:
        return list(s.exec(select(Engagement.id)).all())


def test_heat_map_cells_show_the_register_counts_for_every_demo_engagement(demo_store):
    checked = 0
    for engagement_id in engagement_ids(demo_store):
        with demo_store.read() as s:
            snapshot = status_report_snapshot(s, engagement_id, form())
        active = [r for r in snapshot.data.risks if r.is_active]
        drawing = chart_adapters.heatmap_drawing(active, 493)
        expected = register_counts(demo_store, engagement_id)
        for kind in KINDS:
            assert drawn_counts(drawing, kind) == expected[kind], (engagement_id, kind)
        checked += sum(expected["current"].values())
    assert checked > 10  # the demo has risks to count


def test_heat_map_titles_axes_and_legend_are_text_in_the_pdf(demo_store, process_id, tmp_path):
    with demo_store.read() as s:
        snapshot = status_report_snapshot(s, process_id, form())
    active = [r for r in snapshot.data.risks if r.is_active]
    counts = chart_adapters.heatmap_counts(active)
    out = chart_pdf([chart_adapters.heatmap_drawing(active, 493)], tmp_path / "heatmap.pdf")
    text = " ".join(text_of(out).split())
    assert f"Current ({len(active)} risks)" in text
    assessed = len(active) - counts.without_residual
    assert f"Residual after mitigation ({assessed})" in text
    if counts.without_residual:
        assert f"{counts.without_residual} not yet assessed" in text
    for label in ("Almost certain 5", "Rare 1", "Negligible", "Severe", "Impact", "Likelihood"):
        assert label in text
    for level in ("Low", "Medium", "High", "Critical"):
        assert level in text
    fonts_used = fonts_of(out)
    assert fonts_used and all(fonts_used.values()), fonts_used
    assert not image_xobjects(out)


@pytest.mark.parametrize("paper", ["A4", "Letter"])
def test_status_report_has_no_bitmaps_and_embeds_every_font(demo_store, tmp_path, paper):
    for engagement_id in engagement_ids(demo_store):
        with demo_store.read() as s:
            snapshot = status_report_snapshot(s, engagement_id, form())
        out = build_status_report(snapshot, tmp_path / f"{engagement_id}.pdf", paper=paper)
        assert image_xobjects(out) == [], engagement_id
        used = fonts_of(out)
        assert all(used.values()), used
        assert set(used) and all(fonts.REGULAR.split("-")[0] in name for name in used), used


def strings_of(node: Any) -> list[String]:
    """Every String in a drawing or group, however deeply nested."""
    if isinstance(node, String):
        return [node]
    return [s for child in getattr(node, "contents", []) for s in strings_of(child)]


def test_heat_map_text_is_set_in_dejavu_only():
    from cdmo_desktop.domain.risk_matrix import HeatMapCounts
    from cdmo_desktop.reports.charts.heatmap_pdf import heatmap_drawing

    drawing = heatmap_drawing(HeatMapCounts(), 493)
    strings = strings_of(drawing)
    assert any(s.text == "Likelihood" for s in strings)  # the rotated axis title, nested
    assert {s.fontName for s in strings} <= {fonts.REGULAR, fonts.BOLD}
    assert drawing.initialFontName == fonts.REGULAR  # the renderer sets no Helvetica first
