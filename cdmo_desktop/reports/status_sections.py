"""The sections of the status report after its front page and schedule (status_schedule.py):
risks, decisions and gates, actions; and the helpers every section shares."""

from __future__ import annotations

from datetime import date

from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer, Table

from cdmo_desktop.domain.enums import (
    ActionStatus,
    GateOutcome,
    MilestoneStatus,
    RiskCategory,
    RiskLevel,
    RiskStatus,
    Side,
)
from cdmo_desktop.domain.formats import date_text
from cdmo_desktop.domain.risk_matrix import LEVEL_COLOURS
from cdmo_desktop.domain.snapshot import RiskRow, StatusReportSnapshot
from cdmo_desktop.reports import chart_adapters
from cdmo_desktop.reports.blocks import cell_para, data_table, enum_label, grid, note
from cdmo_desktop.reports.layout import Keys, heading
from cdmo_desktop.reports.styles import LATE, styles
from cdmo_desktop.reports.text import cell

TOP_RISKS = 10
MAX_LIST = 25


def days(n: int) -> str:
    return f"{n} day" if abs(n) == 1 else f"{n} days"


def empty(text: str) -> Paragraph:
    return note(cell(text, 400))


def ref_date(snapshot: StatusReportSnapshot) -> date:
    return snapshot.data.as_of or snapshot.form.period_end


def in_period(snapshot: StatusReportSnapshot, d: date | None) -> bool:
    f = snapshot.form
    return d is not None and f.period_start <= d <= f.period_end


def section(title: str, keys: Keys, room: float = 120) -> list[Flowable]:
    """A section heading with at least `room` points left below it on its page."""
    return [CondPageBreak(room), heading(title, styles().h1, 0, keys)]


def sub(title: str, keys: Keys) -> list[Flowable]:
    """A sub-heading that never sits alone at the foot of a page.

    (keepWithNext would wrap it with the table that follows in a KeepTogether, which
    measures a long table as taller than any page and leaves half pages empty.)"""
    return [CondPageBreak(70), heading(title, styles().h2, 1, keys)]


def level_fill(level: str) -> str:
    try:
        return LEVEL_COLOURS[RiskLevel(level)]
    except ValueError:
        return "#FFFFFF"


# --- risks --------------------------------------------------------------------------------


def _level_counts(risks: list[RiskRow], width: float) -> Table:
    """One row: open risks per level, each on its level colour, then the total."""
    from reportlab.lib import colors

    s = styles()
    cells = []
    style: list[tuple[object, ...]] = [
        ("ALIGN", (0, 0), (-1, -1), "CENTER"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BOX", (0, 0), (-1, -1), 0.25, colors.HexColor("#C9D2DD")),
    ]
    for i, level in enumerate(reversed(list(RiskLevel))):
        count = sum(1 for r in risks if r.level == level.value)
        cells.append(Paragraph(f"{level.label}: <b>{count}</b>", s.cell))
        style.append(("BACKGROUND", (i, 0), (i, 0), colors.HexColor(level_fill(level.value))))
    cells.append(Paragraph(f"Open risks: <b>{len(risks)}</b>", s.cell))
    return grid([cells], [width / 5] * 5, style)


def risk_rows(risks: list[RiskRow], width: float, with_dates: bool = True) -> list[Flowable]:
    rows = []
    fills = []
    for i, r in enumerate(risks):
        rows.append(
            [
                r.ref,
                cell_para(r.title, bold=True),
                enum_label(RiskCategory, r.category),
                f"{r.likelihood}×{r.impact}",
                f"{enum_label(RiskLevel, r.level)} {r.score}",
                enum_label(RiskStatus, r.status),
                cell_para(r.owner),
                date_text(r.next_review_date) if with_dates else "",
            ]
        )
        fills.append((i, 4, level_fill(r.level)))
    w = [0.085, 0.267, 0.142, 0.057, 0.105, 0.10, 0.13, 0.114]
    return data_table(
        ["Ref", "Risk", "Category", "L×I", "Level", "Status", "Owner", "Next review"],
        rows,
        [x * width for x in w],
        fills=fills,
        centre_columns=(3,),
    )


def risks(
    snapshot: StatusReportSnapshot, width: float, keys: Keys, charts: bool = True
) -> list[Flowable]:
    data = snapshot.data
    out = section("Risks", keys)
    if not data.risks:
        return [*out, empty("No risks are recorded for this engagement.")]
    active = [r for r in data.risks if r.is_active]
    if charts:
        drawing = chart_adapters.heatmap_drawing(active, width)
        out[0] = CondPageBreak(drawing.height + 60)
        out.append(drawing)
        out.append(Spacer(1, 4))
    out.append(_level_counts(active, width))
    out.extend(sub(f"Top risks by score (of {len(active)} open)", keys))
    top = sorted(active, key=lambda r: (-r.score, r.number))[:TOP_RISKS]
    out += risk_rows(top, width) if top else [empty("No open risks.")]
    changes: list[tuple[RiskRow, str, date]] = []
    for r in data.risks:
        if in_period(snapshot, r.raised_date):
            changes.append((r, "New", r.raised_date))  # type: ignore[arg-type]
        if r.status == "closed" and in_period(snapshot, r.closed_date):
            changes.append((r, "Closed", r.closed_date))  # type: ignore[arg-type]
        if r.status == "realized" and in_period(snapshot, r.realized_date):
            changes.append((r, "Realized", r.realized_date))  # type: ignore[arg-type]
    out.extend(sub("New, closed and realized in the period", keys))
    if changes:
        changes.sort(key=lambda c: (c[2], c[0].number))
        rows = [
            [
                r.ref,
                cell_para(r.title),
                cell_para(what, bold=True, colour=LATE if what == "Realized" else None),
                date_text(when),
                f"{enum_label(RiskLevel, r.level)} {r.score}",
            ]
            for r, what, when in changes
        ]
        w = [0.09, 0.51, 0.13, 0.13, 0.14]
        out += data_table(["Ref", "Risk", "Change", "Date", "Level"], rows, [x * width for x in w])
    else:
        out.append(empty("No risk was raised, closed or realized in this period."))
    return out


# --- decisions, gates, actions ----------------------------------------------------------


def decisions(snapshot: StatusReportSnapshot, width: float, keys: Keys) -> list[Flowable]:
    data, today = snapshot.data, ref_date(snapshot)
    out = section("Decisions and gates", keys)
    taken = [d for d in data.decisions if in_period(snapshot, d.decision_date)]
    out.extend(sub("Decisions taken in the period", keys))
    if taken:
        rows = [
            [
                date_text(d.decision_date),
                cell_para(d.title, bold=True),
                cell_para(d.decision or enum_label(GateOutcome, d.gate_outcome)),
                cell_para(d.rationale),
                cell_para(d.decided_by),
            ]
            for d in taken
        ]
        w = [0.11, 0.23, 0.24, 0.27, 0.15]
        out += data_table(
            ["Date", "Decision", "Outcome", "Rationale", "Decided by"], rows, [x * width for x in w]
        )
    else:
        out.append(empty("No decisions were logged in this period."))
    gates = sorted(
        (m for m in data.milestones if m.kind == "decision_gate" and m.is_open),
        key=lambda m: (m.planned_finish, m.name),
    )
    out.extend(sub("Decision gates ahead", keys))
    if gates:
        rows = [
            [
                date_text(m.planned_finish),
                cell_para(m.name, bold=True),
                enum_label(MilestoneStatus, m.status),
                cell_para(
                    days((m.planned_finish - today).days)
                    if m.planned_finish >= today
                    else f"overdue by {days((today - m.planned_finish).days)}",
                    colour=None if m.planned_finish >= today else LATE,
                ),
            ]
            for m in gates[:MAX_LIST]
        ]
        w = [0.14, 0.54, 0.16, 0.16]
        out += data_table(["Date", "Gate", "Status", "In"], rows, [x * width for x in w])
    else:
        out.append(empty("No open decision gates."))
    return out


def actions(snapshot: StatusReportSnapshot, width: float, keys: Keys) -> list[Flowable]:
    data, today = snapshot.data, ref_date(snapshot)
    out = section("Open and overdue actions", keys)
    open_items = [a for a in data.actions if a.is_open]
    if not open_items:
        return [*out, empty("No open action items.")]
    overdue = [a for a in open_items if a.due_date is not None and a.due_date < today]
    rest = [a for a in open_items if a not in overdue]
    out.append(Paragraph(cell(f"{len(open_items)} open, {len(overdue)} overdue."), styles().body))
    rows = []
    for a in [*overdue, *rest]:
        late = a.due_date is not None and a.due_date < today
        rows.append(
            [
                cell_para(a.description),
                cell_para(a.owner),
                cell_para(date_text(a.due_date) or "no date", colour=LATE if late else None),
                enum_label(ActionStatus, a.status),
                enum_label(Side, a.raised_by),
            ]
        )
    w = [0.47, 0.17, 0.12, 0.12, 0.12]
    out += data_table(
        ["Action", "Owner", "Due", "Status", "Raised by"], rows, [x * width for x in w]
    )
    return out


# --- partner reassessment -----------------------------------------------------------------


def reassessment(snapshot: StatusReportSnapshot, width: float, keys: Keys) -> list[Flowable]:
    """The partner reassessment completed in the period: outcome, scores at a glance, the
    conditions. Nothing when there was none."""
    from cdmo_desktop.domain.reassessment import ReassessmentOutcome

    r = snapshot.reassessment
    if r is None:
        return []
    s = styles()
    outcome = enum_label(ReassessmentOutcome, r.outcome)
    out = section("Partner reassessment", keys)
    out.append(
        Paragraph(
            f"<b>{cell(outcome)}</b> — {cell(r.partner)}, assessed {date_text(r.assessed_on)}"
            f" by {cell(r.assessor)}",
            s.body,
        )
    )
    averages = []
    for i, name in enumerate(r.columns):
        avg = r.average(i)
        averages.append((name, "—" if avg is None else f"{avg:.1f} / 5"))
    rows = [[cell_para(name), value] for name, value in averages]
    table = data_table(["Average score", ""], rows, [width * 0.5, width * 0.2])
    for flowable in table:
        flowable.hAlign = "LEFT"
    out += table
    if r.conditions:
        out.append(Paragraph("Conditions", s.h2))
        out += [Paragraph(cell(c, 400), s.bullet, bulletText="•") for c in r.conditions]
    return out
