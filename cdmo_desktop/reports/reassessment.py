"""The partner reassessment for the steering meeting, built from a ReassessmentSummary:
the scores of the current partner beside the candidates and the previous assessment, the
KPI scorecard frozen on the day, the outcome and its conditions."""

from __future__ import annotations

import os
from pathlib import Path

from reportlab.platypus import Flowable, Paragraph, Spacer

from cdmo_desktop.domain.enums import Phase
from cdmo_desktop.domain.formats import date_text, long_date_text
from cdmo_desktop.domain.reassessment import (
    SCORE_MAX,
    Criterion,
    FrozenScorecard,
    ReassessmentOutcome,
    ReassessmentSummary,
    ReassessmentTrigger,
)
from cdmo_desktop.reports.blocks import cell_para, data_table, enum_label, key_values, note
from cdmo_desktop.reports.kpi_blocks import STATUS_FILLS, TREND_WORDS, value_text
from cdmo_desktop.reports.layout import (
    Keys,
    PageDecor,
    Progress,
    ReportDocument,
    build_pdf,
    heading,
    new_keys,
)
from cdmo_desktop.reports.styles import styles
from cdmo_desktop.reports.text import cell, clean, para

SCORE_FILLS = {1: "#F8D7DA", 2: "#FBE3D0", 3: "#FFF3CD", 4: "#DFF0D8", 5: "#C8E6C9"}


def title_of(r: ReassessmentSummary) -> str:
    return f"Partner reassessment: {clean(r.partner, 120, 1)}"


def trigger_text(r: ReassessmentSummary) -> str:
    text = enum_label(ReassessmentTrigger, r.trigger)
    if r.from_phase and r.to_phase:
        text += f": {enum_label(Phase, r.from_phase)} → {enum_label(Phase, r.to_phase)}"
    if r.gate:
        text += f" ({r.gate})" if "gate" in r.gate.lower() else f" (gate: {r.gate})"
    return text


def _score(value: int | None) -> str:
    return "—" if value is None else str(value)


def scores_table(r: ReassessmentSummary, width: float) -> list[Flowable]:
    """Criteria down, partners across (current first), then the previous assessment and
    the difference from it, then the current partner's evidence."""
    has_previous = any(c.startswith("Previous") for c in r.columns)
    partners = len(r.columns) - (1 if has_previous else 0)
    header = ["Criterion", *r.columns]
    if has_previous:
        header.append("Change")
    header.append(f"Evidence ({r.partner})")
    score_w = 58.0
    crit_w = 120.0
    n_scores = len(header) - 2
    evidence_w = max(width - crit_w - score_w * n_scores, 90.0)
    widths = [crit_w, *([score_w] * n_scores), evidence_w]
    rows: list[list[object]] = []
    fills: list[tuple[int, int, str]] = []
    for i, line in enumerate(r.lines):
        row: list[object] = [enum_label(Criterion, line.criterion)]
        row += [_score(v) for v in line.scores]
        for j, v in enumerate(line.scores[:partners]):
            if v is not None:
                fills.append((i, j + 1, SCORE_FILLS.get(v, "#FFFFFF")))
        if has_previous:
            now, before = line.scores[0], line.scores[-1]
            row.append("—" if now is None or before is None else f"{now - before:+d}")
        evidence = line.evidence + (f" ({line.comment})" if line.comment else "")
        row.append(cell_para(evidence))
        rows.append(row)
    averages: list[object] = ["Average"]
    for j in range(len(r.columns)):
        values = [ln.scores[j] for ln in r.lines if ln.scores[j] is not None]
        averages.append(
            f"{sum(v for v in values if v is not None) / len(values):.1f}" if values else "—"
        )
    if has_previous:
        averages.append("")
    averages.append(f"scores 1 (poor) to {SCORE_MAX} (excellent)")
    rows.append(averages)
    centre = list(range(1, n_scores + 1))
    return data_table(header, rows, widths, fills=fills, centre_columns=centre)


def scorecard_table(card: FrozenScorecard | None, width: float) -> list[Flowable]:
    if card is None or not card.kpis:
        return [note(cell("No KPI measurements were recorded for this partner on the day."))]
    header = ["Engagement", "KPI", "Period", "Value", "Target", "Status", "Trend"]
    widths = [0.24 * width, 0.26 * width, 0.1 * width, 0.1 * width, 0.1 * width, 0.1 * width]
    widths.append(width - sum(widths))
    rows, fills = [], []
    for i, k in enumerate(card.kpis):
        first = i == 0 or card.kpis[i - 1].engagement != k.engagement
        rows.append(
            [
                cell_para(k.engagement if first else ""),
                cell_para(k.name),
                k.period,
                value_text(k.unit, k.value),
                value_text(k.unit, k.target),
                k.status.upper(),
                TREND_WORDS.get(k.trend, ""),
            ]
        )
        if k.status in STATUS_FILLS:
            fills.append((i, 5, STATUS_FILLS[k.status]))
    return data_table(header, rows, widths, fills=fills, centre_columns=(2, 3, 4, 5))


def reassessment_story(r: ReassessmentSummary, width: float) -> list[Flowable]:
    s = styles()
    keys: Keys = new_keys()
    story: list[Flowable] = [
        heading(
            title_of(r), s.title, 0, keys, markup=f"Partner reassessment<br/>{para(r.partner, 200)}"
        ),
        Paragraph(para(f"{r.engagement} · {r.client}", 300), s.subtitle),
        key_values(
            [
                ("Engagement", r.engagement),
                ("Client", r.client),
                ("Trigger", trigger_text(r)),
                ("Assessed on", long_date_text(r.assessed_on)),
                ("Assessor", r.assessor),
                ("Compared with", ", ".join(r.columns[1:]) or "—"),
            ],
            width,
        ),
        Spacer(1, 8),
        heading("Outcome", s.h1, 0, keys),
        Paragraph(f"<b>{cell(enum_label(ReassessmentOutcome, r.outcome))}</b>", s.body),
    ]
    if r.outcome_note.strip():
        story.append(Paragraph(para(r.outcome_note), s.body))
    if r.conditions:
        story.append(Paragraph("Conditions", s.h2))
        story += [Paragraph(cell(c, 400), s.bullet, bulletText="•") for c in r.conditions]
    story += [heading("Scores", s.h1, 0, keys), *scores_table(r, width)]
    card = r.scorecard
    as_of = f" (frozen {date_text(card.as_of)})" if card and card.as_of else ""
    story.append(heading(f"KPI scorecard{as_of}", s.h1, 0, keys))
    if card is not None and card.kpis:
        story.append(Paragraph(cell(card.summary()), s.body))
    story += scorecard_table(card, width)
    return story


def build_reassessment(
    summary: ReassessmentSummary,
    out_path: str | os.PathLike[str],
    paper: str = "A4",
    progress: Progress | None = None,
) -> Path:
    """Write the reassessment PDF to `out_path` (through a temporary file)."""
    title = title_of(summary)

    def make_doc(filename: str) -> ReportDocument:
        return ReportDocument(
            filename,
            paper=paper,
            title=title,
            author=summary.assessor or "Partnership Desk",
            subject=f"{summary.engagement}: {summary.partner}",
            keywords=("partner reassessment", summary.client, summary.partner),
        )

    width = make_doc(os.devnull).content_width
    story = reassessment_story(summary, width)
    decor = PageDecor(
        title=clean(title, 200, 1),
        header_right=clean(f"{summary.client} · {summary.partner}", 160, 1),
        footer_left=f"Assessed {date_text(summary.assessed_on)}",
    )
    return build_pdf(out_path, make_doc, story, decor, progress)
