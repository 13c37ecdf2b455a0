"""The closing sections of the status report: charter completeness and communication,
and the appendices (full risk register, full schedule)."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable, PageBreak, Paragraph

from cdmo_desktop.domain.enums import Cadence, ChannelKind, MilestoneKind, MilestoneStatus
from cdmo_desktop.domain.formats import date_text
from cdmo_desktop.domain.snapshot import StatusReportSnapshot
from cdmo_desktop.reports.blocks import cell_para, data_table, enum_label
from cdmo_desktop.reports.layout import Keys, heading
from cdmo_desktop.reports.status_schedule import late_days
from cdmo_desktop.reports.status_sections import (
    days,
    empty,
    ref_date,
    risk_rows,
    section,
    sub,
)
from cdmo_desktop.reports.styles import LATE, styles
from cdmo_desktop.reports.text import cell

# --- charter and communication ------------------------------------------------------------


def charter(snapshot: StatusReportSnapshot, width: float, keys: Keys) -> list[Flowable]:
    data = snapshot.data
    if data.charter is None and not data.channels and not data.escalation:
        return []
    out = section("Charter and communication", keys)
    rows: list[list[Any]]
    if data.completeness is not None:
        c = data.completeness
        status = "agreed" if data.charter and data.charter.status == "agreed" else "draft"
        out.append(
            Paragraph(
                cell(f"The kickoff charter is {status} and answers {c.percent}% of its questions."),
                styles().body,
            )
        )
        missing = [i for i in c.items if not i.done]
        if missing:
            rows = [[cell_para(i.question, bold=True), cell_para(i.detail)] for i in missing]
            out += data_table(
                ["Open question", "What is missing"], rows, [0.35 * width, 0.65 * width]
            )
    out.extend(sub("Communication cadence", keys))
    if data.channels:
        rows = [
            [
                cell_para(ch.name, bold=True),
                enum_label(ChannelKind, ch.kind),
                enum_label(Cadence, ch.cadence),
                cell_para(ch.owner),
                date_text(ch.next_date) or "—",
            ]
            for ch in data.channels
        ]
        w = [0.34, 0.16, 0.16, 0.20, 0.14]
        out += data_table(
            ["Channel", "Kind", "Cadence", "Owner", "Next"], rows, [x * width for x in w]
        )
    else:
        out.append(empty("No communication channels are set up."))
    if data.escalation:
        out.extend(sub("Escalation path", keys))
        rows = [
            [
                str(x.level),
                cell_para(x.who, bold=True),
                cell_para(x.when_to_escalate),
                f"{x.response_time_hours} h" if x.response_time_hours is not None else "",
            ]
            for x in data.escalation
        ]
        w = [0.08, 0.32, 0.45, 0.15]
        out += data_table(["Level", "Who", "When", "Response"], rows, [x * width for x in w])
    return out


def appendix(snapshot: StatusReportSnapshot, width: float, keys: Keys) -> list[Flowable]:
    """The full risk register, then the full schedule, each on new pages."""
    data, today = snapshot.data, ref_date(snapshot)
    out: list[Flowable] = []
    if data.risks:
        title = f"Appendix A: risk register ({len(data.risks)} risks)"
        out += [PageBreak(), heading(title, styles().h1, 0, keys)]
        out += risk_rows(list(data.risks), width)
    if data.milestones:
        title = f"Appendix B: schedule ({len(data.milestones)} items)"
        out += [PageBreak(), heading(title, styles().h1, 0, keys)]
        rows = []
        for m in data.milestones:
            late = late_days(m, today)
            variance = m.variance_days
            rows.append(
                [
                    cell_para(m.name, bold=m.kind != "task"),
                    enum_label(MilestoneKind, m.kind),
                    date_text(m.planned_start),
                    cell_para(date_text(m.planned_finish), colour=LATE if late else None),
                    date_text(m.baseline_finish),
                    "" if variance is None else ("+" if variance > 0 else "") + days(variance),
                    enum_label(MilestoneStatus, m.status),
                    f"{m.percent_complete}%",
                ]
            )
        w = [0.261, 0.125, 0.114, 0.114, 0.114, 0.097, 0.105, 0.07]
        out += data_table(
            ["Item", "Kind", "Start", "Finish", "Baseline", "Variance", "Status", "Done"],
            rows,
            [x * width for x in w],
        )
    return out
