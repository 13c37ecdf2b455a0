"""The partner scorecard PDF: every KPI of every engagement with one partner as it stood on
one day (a Scorecard, see domain.kpi_scorecard), with green/amber/red counts."""

from __future__ import annotations

import os
from pathlib import Path

from reportlab.platypus import Flowable, Paragraph, Spacer

from cdmo_desktop.domain.enums import EngagementStatus, Phase
from cdmo_desktop.domain.formats import long_date_text
from cdmo_desktop.domain.kpi_scorecard import Scorecard, report_row
from cdmo_desktop.reports.blocks import enum_label, key_values
from cdmo_desktop.reports.kpi_blocks import kpi_table, status_counts
from cdmo_desktop.reports.layout import (
    PageDecor,
    Progress,
    ReportDocument,
    build_pdf,
    heading,
    new_keys,
)
from cdmo_desktop.reports.status_sections import empty, section
from cdmo_desktop.reports.styles import styles
from cdmo_desktop.reports.text import cell, clean, para


def scorecard_title(card: Scorecard) -> str:
    return f"Partner scorecard: {clean(card.partner_name, 120, 1)}"


def scorecard_story(card: Scorecard, width: float, charts: bool = True) -> list[Flowable]:
    s = styles()
    keys = new_keys()
    rows = [report_row(k) for k in card.kpis]
    out: list[Flowable] = [
        heading(
            scorecard_title(card),
            s.title,
            0,
            keys,
            markup=f"Partner scorecard<br/>{para(card.partner_name, 200)}",
        ),
        Paragraph(cell(f"KPIs as they stood on {long_date_text(card.as_of)}"), s.subtitle),
        key_values(
            [
                ("Engagements", str(len(card.engagements))),
                ("KPIs", str(len(rows))),
                ("Green", str(card.green)),
                ("Amber", str(card.amber)),
                ("Red", str(card.red)),
                ("Not measured", str(card.unmeasured)),
            ],
            width,
            columns=3,
        ),
        Spacer(1, 6),
        Paragraph(cell(status_counts(rows)), s.muted),
    ]
    if not card.engagements:
        out.append(empty("No current engagement with this partner."))
    for e in card.engagements:
        out += section(e.title, keys)
        phase = enum_label(Phase, e.phase)
        status = enum_label(EngagementStatus, e.status)
        kpis = [report_row(k) for k in e.kpis]
        line = " · ".join(x for x in (phase, status, status_counts(kpis) if kpis else "") if x)
        out.append(Paragraph(cell(line), s.muted))
        if kpis:
            out += kpi_table(kpis, width, charts=charts)
        else:
            out.append(empty("No KPIs agreed for this engagement."))
    return out


def build_scorecard(
    card: Scorecard,
    out_path: str | os.PathLike[str],
    paper: str = "A4",
    progress: Progress | None = None,
    *,
    charts: bool = True,
) -> Path:
    """Write the scorecard PDF to `out_path` (through a temporary file)."""
    title = scorecard_title(card)

    def make_doc(filename: str) -> ReportDocument:
        return ReportDocument(
            filename,
            paper=paper,
            title=title,
            author="Partnership Desk",
            subject=f"{card.partner_name}, KPIs on {long_date_text(card.as_of)}",
            keywords=("scorecard", "KPI", card.partner_name),
        )

    width = make_doc(os.devnull).content_width
    story = scorecard_story(card, width, charts)
    decor = PageDecor(
        title=title,
        header_right=clean(card.partner_name, 80, 1),
        footer_left=f"As of {long_date_text(card.as_of)}",
    )
    return build_pdf(out_path, make_doc, story, decor, progress)
