"""KPIs in the PDFs: a table row per KPI with its latest value, target, status, trend word
and a small sparkline drawn with reportlab graphics (the status report's KPI section and
the partner scorecard share it)."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from reportlab.lib import colors
from reportlab.platypus import Flowable, Paragraph

from cdmo_desktop.domain.enums import KpiDirection, KpiPeriod, KpiTrend, KpiUnit, Rag
from cdmo_desktop.domain.formats import amount_text
from cdmo_desktop.domain.kpi import number_text, period_label
from cdmo_desktop.domain.snapshot import KpiReportRow, StatusReportSnapshot
from cdmo_desktop.reports.blocks import cell_para, data_table, enum_label
from cdmo_desktop.reports.layout import Keys
from cdmo_desktop.reports.status_sections import section
from cdmo_desktop.reports.styles import ACCENT, MUTED, RAG_COLOURS, styles
from cdmo_desktop.reports.text import cell

SPARK_WIDTH = 62.0
SPARK_HEIGHT = 14.0
PAD = 2.0
TREND_WORDS = {
    KpiTrend.IMPROVING.value: "Improving",
    KpiTrend.STABLE.value: "Stable",
    KpiTrend.WORSENING.value: "Worsening",
}
STATUS_FILLS = {"green": "#DCEFDD", "amber": "#FCEFC7", "red": "#F8D7D7"}


def value_text(unit: str, value: float | None) -> str:
    """95%, 12.5 days, 48 h, 25,000, 2 ("—" without a value)."""
    if value is None:
        return "—"
    if unit == KpiUnit.MONEY.value:
        return amount_text(Decimal(str(value)), decimals=0 if value == int(value) else 2)
    text = number_text(round(value, 2))
    suffix = {
        KpiUnit.PERCENT.value: "%",
        KpiUnit.DAYS.value: " days",
        KpiUnit.HOURS.value: " h",
    }.get(unit, "")
    return text + suffix


def target_cell(row: KpiReportRow) -> str:
    """ "≥ 95%" from the numeric target, or the charter's text when there is none."""
    if row.target is None:
        return row.target_note or "—"
    sign = "≥" if row.direction == KpiDirection.HIGHER_BETTER.value else "≤"
    return f"{sign} {value_text(row.unit, row.target)}"


def latest_label(row: KpiReportRow) -> str:
    if row.latest_period is None:
        return ""
    try:
        return period_label(KpiPeriod(row.period), row.latest_period)
    except ValueError:
        return row.latest_period.isoformat()


class Sparkline(Flowable):
    """The recent values as a line, the target as a dotted rule, the last point in its
    status colour. Drawn straight on the canvas with reportlab's graphics operators (a
    Drawing would set reportlab's default Helvetica on the page)."""

    def __init__(
        self, row: KpiReportRow, width: float = SPARK_WIDTH, height: float = SPARK_HEIGHT
    ) -> None:
        super().__init__()
        self.row = row
        self.width = width
        self.height = height

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = min(self.width, avail_width)
        return self.width, self.height

    def points(self) -> list[tuple[float, float]]:
        values = list(self.row.recent)
        if not values:
            return []
        lo, hi = min(values), max(values)
        target = self.row.target
        if target is not None:
            lo, hi = min(lo, target), max(hi, target)
        span = (hi - lo) or 1.0
        step = (self.width - 2 * PAD) / max(len(values) - 1, 1)
        return [
            (PAD + i * step, PAD + (v - lo) / span * (self.height - 2 * PAD))
            for i, v in enumerate(values)
        ]

    def target_y(self) -> float | None:
        values = list(self.row.recent)
        target = self.row.target
        if target is None or not values:
            return None
        lo, hi = min(*values, target), max(*values, target)
        return PAD + (target - lo) / ((hi - lo) or 1.0) * (self.height - 2 * PAD)

    def draw(self) -> None:
        canv = self.canv
        points = self.points()
        if not points:
            return
        canv.saveState()
        t = self.target_y()
        if t is not None:
            canv.setStrokeColor(colors.HexColor(MUTED))
            canv.setLineWidth(0.4)
            canv.setDash(1.5, 1.5)
            canv.line(0, t, self.width, t)
            canv.setDash()
        if len(points) > 1:
            canv.setStrokeColor(colors.HexColor(ACCENT))
            canv.setLineWidth(0.9)
            path = canv.beginPath()
            path.moveTo(*points[0])
            for x, y in points[1:]:
                path.lineTo(x, y)
            canv.drawPath(path, stroke=1, fill=0)
        last = colors.HexColor(RAG_COLOURS.get(self.row.status, ACCENT))
        canv.setFillColor(last)
        canv.setStrokeColor(last)
        canv.circle(points[-1][0], points[-1][1], 1.6, stroke=0, fill=1)
        canv.restoreState()


def kpi_table(rows: Sequence[KpiReportRow], width: float, *, charts: bool = True) -> list[Flowable]:
    """One row per KPI: name, latest period, value, target, status, trend, sparkline."""
    body = []
    fills = []
    for i, r in enumerate(rows):
        status = r.status
        body.append(
            [
                cell_para(r.name, bold=True),
                latest_label(r),
                value_text(r.unit, r.latest_value),
                cell_para(target_cell(r)),
                enum_label(Rag, status) or "—",
                TREND_WORDS.get(r.trend, "—"),
                Sparkline(r) if charts and r.recent else "",
            ]
        )
        if status in STATUS_FILLS:
            fills.append((i, 4, STATUS_FILLS[status]))
    w = [0.29, 0.10, 0.11, 0.14, 0.08, 0.10]
    widths = [x * width for x in w]
    widths.append(width - sum(widths))
    return data_table(
        ["KPI", "Latest", "Value", "Target", "Status", "Trend", "Last 12"],
        body,
        widths,
        fills=fills,
        centre_columns=(4,),
    )


def status_counts(rows: Sequence[KpiReportRow]) -> str:
    """ "3 green · 1 amber · 1 red · 2 not measured"."""
    counts = {rag: sum(1 for r in rows if r.status == rag.value) for rag in Rag}
    unmeasured = sum(1 for r in rows if not r.status)
    parts = [f"{counts[rag]} {rag.value}" for rag in Rag]
    if unmeasured:
        parts.append(f"{unmeasured} not measured")
    return " · ".join(parts)


def kpi_section(
    snapshot: StatusReportSnapshot, width: float, keys: Keys, charts: bool = True
) -> list[Flowable]:
    """The status report's KPI section (nothing when the engagement has no KPIs)."""
    rows = snapshot.data.kpis
    if not rows:
        return []
    out = section("Key performance indicators", keys)
    out.append(Paragraph(cell(status_counts(rows)), styles().muted))
    out += kpi_table(rows, width, charts=charts)
    return out
