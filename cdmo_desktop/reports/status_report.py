"""The periodic status report of one engagement, built from a StatusReportSnapshot."""

from __future__ import annotations

import os
from pathlib import Path

from reportlab.lib import colors
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from cdmo_desktop.domain.enums import EngagementStatus, PartnerKind, Phase
from cdmo_desktop.domain.formats import date_text, long_date_text
from cdmo_desktop.domain.snapshot import StatusReportSnapshot
from cdmo_desktop.reports import status_appendix as closing
from cdmo_desktop.reports import status_schedule
from cdmo_desktop.reports import status_sections as sections
from cdmo_desktop.reports.blocks import enum_label, grid, key_values, text_block
from cdmo_desktop.reports.kpi_blocks import kpi_section
from cdmo_desktop.reports.layout import (
    Keys,
    PageDecor,
    Progress,
    ReportDocument,
    build_pdf,
    heading,
)
from cdmo_desktop.reports.layout import new_keys as _new_keys
from cdmo_desktop.reports.styles import RAG_COLOURS, RAG_TEXT, styles
from cdmo_desktop.reports.text import cell, clean, para

RAG_WORDS = {"green": "On track", "amber": "At risk", "red": "Off track"}


def report_title(snapshot: StatusReportSnapshot) -> str:
    return f"Status report: {clean(snapshot.data.engagement.title, 120, 1)}"


def period_text(snapshot: StatusReportSnapshot) -> str:
    f = snapshot.form
    return f"{long_date_text(f.period_start)} to {long_date_text(f.period_end)}"


def _rag_badge(status: str, width: float) -> Table:
    s = styles()
    status = status if status in RAG_COLOURS else "green"
    text = f'<font color="{RAG_TEXT[status]}"><b>{status.upper()}</b> · {RAG_WORDS[status]}</font>'
    badge = grid(
        [[Paragraph(text, s.body)]],
        [width],
        [
            ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(RAG_COLOURS[status])),
            ("TOPPADDING", (0, 0), (-1, -1), 5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LEFTPADDING", (0, 0), (-1, -1), 8),
        ],
    )
    badge.hAlign = "LEFT"
    return badge


def _partner_line(snapshot: StatusReportSnapshot) -> str:
    p = snapshot.data.partner
    where = ", ".join(x for x in (p.city, p.country) if x)
    kind = enum_label(PartnerKind, p.kind)
    extras = " · ".join(x for x in (kind, where) if x)
    return f"{p.name} ({extras})" if extras else p.name


def _front(snapshot: StatusReportSnapshot, width: float, keys: Keys) -> list[Flowable]:
    s = styles()
    f, data = snapshot.form, snapshot.data
    e = data.engagement
    subject = " · ".join(x for x in (e.program, e.compound) if x.strip())
    out: list[Flowable] = [
        heading(
            f"Status report: {e.title}",
            s.title,
            0,
            keys,
            markup=f"Status report<br/>{para(e.title, 300)}",
        ),
        Paragraph(para(subject or data.client.name, 300), s.subtitle),
        key_values(
            [
                ("Client", data.client.name),
                ("Partner", _partner_line(snapshot)),
                ("Phase", enum_label(Phase, e.phase)),
                ("Engagement", enum_label(EngagementStatus, e.status)),
                ("Period", f"{date_text(f.period_start)} – {date_text(f.period_end)}"),
                ("Prepared by", f.prepared_by),
                ("Date", long_date_text(f.prepared_on)),
                ("Budget", e.budget),
            ],
            width,
        ),
        Spacer(1, 8),
        heading("Overall status", s.h1, 0, keys),
        _rag_badge(f.overall_status, min(width, 220)),
        Spacer(1, 6),
    ]
    out += text_block(f.summary) or [sections.empty("No summary was written for this period.")]
    for title, text in (
        ("Highlights", f.highlights),
        ("Asks of the partner", f.asks_of_partner),
        ("Asks of the client", f.asks_of_client),
    ):
        if clean(text):
            out.append(Paragraph(cell(title), s.h2))
            out += text_block(text)
    return out


def status_story(
    snapshot: StatusReportSnapshot,
    width: float,
    progress: Progress | None = None,
    charts: bool = True,
) -> list[Flowable]:
    keys = _new_keys()
    story = _front(snapshot, width, keys)
    if progress:
        progress(10, "Drawing the schedule")
    story += status_schedule.schedule(snapshot, width, keys, charts)
    story += kpi_section(snapshot, width, keys, charts)
    if progress:
        progress(25, "Drawing the risk map")
    story += sections.risks(snapshot, width, keys, charts)
    story += sections.decisions(snapshot, width, keys)
    story += sections.actions(snapshot, width, keys)
    story += sections.reassessment(snapshot, width, keys)
    story += closing.charter(snapshot, width, keys)
    story += closing.appendix(snapshot, width, keys)
    return story


def build_status_report(
    snapshot: StatusReportSnapshot,
    out_path: str | os.PathLike[str],
    paper: str = "A4",
    progress: Progress | None = None,
    *,
    charts: bool = True,
) -> Path:
    """Write the status report PDF to `out_path` (through a temporary file).

    `charts=False` leaves out the Gantt chart and the heat map (a text-only print)."""
    if progress:
        progress(2, "Preparing")
    data = snapshot.data
    title = report_title(snapshot)

    def make_doc(filename: str) -> ReportDocument:
        return ReportDocument(
            filename,
            paper=paper,
            title=title,
            author=snapshot.form.prepared_by or "Partnership Desk",
            subject=f"{data.client.name} / {data.partner.name}, {period_text(snapshot)}",
            keywords=("status report", data.client.name, data.partner.name),
        )

    width = make_doc(os.devnull).content_width
    story = status_story(snapshot, width, progress, charts)
    decor = PageDecor(
        title=title,
        header_right=f"{clean(data.client.name, 80, 1)} · {clean(data.partner.name, 80, 1)}",
        confidentiality=clean(snapshot.confidentiality, 120, 1),
        footer_left=f"Period {date_text(snapshot.form.period_start)} – "
        f"{date_text(snapshot.form.period_end)}",
    )
    path = build_pdf(out_path, make_doc, story, decor, progress)
    if progress:
        progress(100, "Done")
    return path
