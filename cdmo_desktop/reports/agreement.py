"""Partnership agreements (MSA, work order, quality, confidentiality, data access) built
from an AgreementSnapshot: parties, recitals, numbered clauses with merged placeholders,
annexes (responsibilities, milestones) and signature blocks. DRAFT until signed."""

from __future__ import annotations

import os
import re
from pathlib import Path

from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
)

from cdmo_desktop.domain import clock, placeholders
from cdmo_desktop.domain.contract_dates import ContractConflict, contract_conflicts
from cdmo_desktop.domain.enums import AgreementKind, AgreementStatus, MilestoneKind, Side
from cdmo_desktop.domain.formats import date_text, long_date_text
from cdmo_desktop.domain.messages import QT_TRANSLATE_NOOP, msg
from cdmo_desktop.domain.snapshot import AgreementSnapshot, Party
from cdmo_desktop.reports.blocks import cell_para, data_table, enum_label, grid, note
from cdmo_desktop.reports.layout import (
    Keys,
    PageDecor,
    Progress,
    ReportDocument,
    build_pdf,
    heading,
    new_keys,
)
from cdmo_desktop.reports.styles import LATE, styles
from cdmo_desktop.reports.text import cell, clean, para

RACI_COLUMNS = 8  # team members per annex table before it continues in another
_GAP = re.compile(r"\[to be completed: [^\]]*\]")


def _marked(markup: str) -> str:
    """Missing data stands out in red, so nobody signs a gap by accident."""
    return _GAP.sub(lambda m: f'<font color="{LATE}">{m.group(0)}</font>', markup)


def kind_label(a: AgreementSnapshot) -> str:
    return enum_label(AgreementKind, a.kind)


def doc_title(a: AgreementSnapshot) -> str:
    """The kind and the title ("Quality agreement: Supply of API"), or only the title
    when it already names the kind."""
    kind = kind_label(a)
    if kind.casefold() in a.title.casefold() or a.title.casefold() in kind.casefold():
        return a.title
    return f"{kind}: {a.title}"


def merged_clauses(a: AgreementSnapshot) -> list[tuple[int, str, str]]:
    """(number, heading, body) with placeholders merged; a clause with an unknown
    placeholder raises PlaceholderError naming the clause and the placeholder."""
    values = placeholders.values_for(a)
    out = []
    for number, clause in enumerate(a.clauses, start=1):
        try:
            heading_text = placeholders.merge(clause.heading, values)
            body = placeholders.merge(clause.body, values)
        except placeholders.PlaceholderError as exc:
            title = clean(clause.heading, 80, 1)
            raise placeholders.PlaceholderError(
                msg(
                    QT_TRANSLATE_NOOP("messages", "Clause {number} ({title}): {exc}"),
                    number=number,
                    title=title,
                    exc=exc,
                ),
                exc.names,
            ) from None
        out.append((number, heading_text, body))
    return out


def _party_block(role: str, party: Party) -> list[Flowable]:
    s = styles()
    legal = party.legal_name.strip() or party.name
    lines = [f"<b>{para(legal, 300)}</b>"]
    address = placeholders.address_line(clean(party.address, 400), party.city, party.country)
    if address:
        lines.append(para(address, 500))
    lines.append(f'(the "{role}")')
    return [Paragraph("<br/>".join(lines), s.body)]


def _default_recitals(a: AgreementSnapshot) -> str:
    client, partner = a.client.name, a.partner.name
    subject = ""
    if a.data is not None:
        e = a.data.engagement
        subject = e.compound.strip() or e.program.strip() or e.title
    lines = [
        f"{client} develops pharmaceutical products"
        + (f", including {subject}." if subject else "."),
        f"{partner} provides research, development and manufacturing services to the "
        "pharmaceutical industry.",
        f"The Parties wish to set out the terms of this {kind_label(a).lower()}.",
    ]
    return "\n\n".join(lines)


def _recitals(a: AgreementSnapshot, values: dict[str, str]) -> list[Flowable]:
    s = styles()
    try:
        text = placeholders.merge(a.recitals, values) if a.recitals.strip() else ""
    except placeholders.PlaceholderError as exc:
        raise placeholders.PlaceholderError(
            msg(QT_TRANSLATE_NOOP("messages", "Recitals: {exc}"), exc=exc), exc.names
        ) from None
    text = text or _default_recitals(a)
    blocks = [b for b in re.split(r"\n\s*\n|\n", clean(text)) if b.strip()]
    out: list[Flowable] = []
    for i, block in enumerate(blocks):
        letter = chr(ord("A") + i) if i < 26 else str(i + 1)
        out.append(Paragraph(para(block), s.numbered, bulletText=f"({letter})"))
    return out


def _clause(number: int, head: str, body: str, keys: Keys) -> list[Flowable]:
    s = styles()
    out: list[Flowable] = [heading(f"{number}. {head}", s.clause_head, 0, keys)]
    blocks = [b.strip() for b in re.split(r"\n\s*\n", clean(body)) if b.strip()]
    numbered = len(blocks) > 1
    sub = 0
    for block in blocks:
        lines = block.split("\n")
        if all(line.lstrip().startswith(("- ", "• ")) for line in lines):
            style = s.sub_bullet if numbered else s.bullet
            for line in lines:
                out.append(Paragraph(_marked(para(line.lstrip()[2:])), style, bulletText="•"))
            continue
        sub += 1
        if numbered:
            out.append(Paragraph(_marked(para(block)), s.numbered, bulletText=f"{number}.{sub}"))
        else:
            out.append(Paragraph(_marked(para(block)), s.body))
    return out


def _raci_annex(a: AgreementSnapshot, width: float, keys: Keys) -> list[Flowable]:
    data = a.data
    if data is None or not data.raci:
        return []
    s = styles()
    out: list[Flowable] = [
        CondPageBreak(200),
        heading(placeholders.RACI_ANNEX, s.h1, 0, keys),
        Paragraph("R = responsible, A = accountable, C = consulted, I = informed.", styles().muted),
    ]
    if data.team:
        rows = [
            [
                cell_para(m.name, bold=True),
                enum_label(Side, m.side),
                cell_para(m.organisation),
                cell_para(m.role + (" (decision maker)" if m.is_decision_maker else "")),
            ]
            for m in data.team
        ]
        out += data_table(
            ["Name", "Side", "Organisation", "Role"],
            rows,
            [0.28 * width, 0.14 * width, 0.28 * width, 0.30 * width],
        )
    for start in range(0, len(data.team), RACI_COLUMNS):
        members = data.team[start : start + RACI_COLUMNS]
        first = 0.30 * width
        each = (width - first) / len(members)
        rows = [
            [cell_para(r.workstream, bold=True), *r.roles[start : start + RACI_COLUMNS]]
            for r in data.raci
        ]
        out += data_table(
            ["Workstream", *(m.name for m in members)],
            rows,
            [first, *([each] * len(members))],
            centre_columns=range(1, len(members) + 1),
        )
    return out


def _milestone_annex(a: AgreementSnapshot, width: float, keys: Keys) -> list[Flowable]:
    data = a.data
    if data is None or not data.milestones:
        return []
    today = a.prepared_on or data.as_of or clock.today()
    conflicts = {
        c.item_id: c for c in contract_conflicts(data.milestones, data.dependencies, today)
    }
    rows = [
        [
            cell_para(m.name, bold=m.kind != "task"),
            enum_label(MilestoneKind, m.kind),
            date_text(m.planned_start),
            date_text(m.planned_finish),
            cell_para("Conflict", bold=True, colour=LATE) if m.id in conflicts
            else "Yes" if m.contract_fixed else "",
        ]
        for m in data.milestones
        if m.status != "cancelled"
    ]  # fmt: skip
    w = [0.44, 0.16, 0.14, 0.14, 0.12]
    return [
        CondPageBreak(200),
        heading(placeholders.MILESTONE_ANNEX, styles().h1, 0, keys),
        Paragraph(
            "Dates marked as contractual may only be changed by a written amendment.",
            styles().muted,
        ),
        *_contract_warning(list(conflicts.values())),
        *data_table(
            ["Milestone", "Kind", "Start", "Finish", "Contractual"], rows, [x * width for x in w]
        ),
    ]


def _contract_warning(conflicts: list[ContractConflict]) -> list[Flowable]:
    """A red note before the annex table: the contractual dates the current plan contradicts
    (an agreement should not be signed, or printed for a meeting, without saying so)."""
    if not conflicts:
        return []
    s = styles()
    n = len(conflicts)
    lead = (
        f"Warning: the current plan contradicts {n} contractual date{'s' if n > 1 else ''}. "
        "Amend the agreement or correct the plan before relying on this annex."
    )
    out: list[Flowable] = [Paragraph(f'<font color="{LATE}"><b>{cell(lead)}</b></font>', s.body)]
    for c in conflicts:
        line = f"<b>{cell(c.name, 200, 1)}</b>: {cell(c.text, 600)}"
        out.append(Paragraph(line, s.bullet, bulletText="•"))
    return [*out, Spacer(1, 4)]


def _signatures(a: AgreementSnapshot, width: float) -> Flowable:
    s = styles()

    def block(party: Party, name: str, title: str) -> list[Flowable]:
        legal = party.legal_name.strip() or party.name
        signed = long_date_text(a.signed_date) if a.is_signed and a.signed_date else ""
        return [
            Paragraph(f"For and on behalf of<br/><b>{cell(legal, 200, 2)}</b>", s.body),
            Spacer(1, 26),
            Paragraph("_" * 34, s.body),
            Paragraph(f"Name: {cell(name, 200, 1) or '_' * 26}", s.body),
            Paragraph(f"Title: {cell(title, 200, 1) or '_' * 27}", s.body),
            Paragraph(f"Date: {signed or '_' * 28}", s.body),
        ]

    table = grid(
        [
            [
                block(a.client, a.client_signatory, a.client_signatory_title),
                block(a.partner, a.partner_signatory, a.partner_signatory_title),
            ]
        ],
        [width / 2, width / 2],
        [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)],
    )
    return KeepTogether(
        [
            Paragraph("Signatures", s.h1),
            Paragraph("Signed by the duly authorised representatives of the Parties.", s.body),
            Spacer(1, 6),
            table,
        ]
    )


def agreement_story(a: AgreementSnapshot, width: float) -> list[Flowable]:
    s = styles()
    keys = new_keys()
    values = placeholders.values_for(a)
    clauses = merged_clauses(a)
    status = enum_label(AgreementStatus, a.status)
    meta = [f"Version {a.version}", status]
    if a.reference.strip():
        meta.insert(0, f"Reference {clean(a.reference, 100, 1)}")
    story: list[Flowable] = [
        heading(a.title, s.title, 0, keys, markup=para(kind_label(a), 200)),
        *(
            [Paragraph(para(a.title, 300), s.subtitle)]
            if a.title.strip().casefold() != kind_label(a).casefold()
            else [Spacer(1, 6)]
        ),
        Paragraph(cell(" · ".join(meta)), s.muted),
        Spacer(1, 10),
        Paragraph("This agreement is made between", s.body),
        *_party_block("Client", a.client),
        Paragraph("and", s.body),
        *_party_block("Partner", a.partner),
        Spacer(1, 4),
        Paragraph(
            cell(
                "Effective date: "
                + (long_date_text(a.effective_date) or "on signature by both Parties")
                + (
                    f". Governing law: {a.governing_law.strip()}."
                    if a.governing_law.strip()
                    else "."
                )
            ),
            s.body,
        ),
        heading("Recitals", s.h1, 0, keys),
        *_recitals(a, values),
        Paragraph("The Parties therefore agree as follows:", s.body),
    ]
    if not clauses:
        story.append(note("This agreement has no clauses yet."))
    for number, head, body in clauses:
        story += _clause(number, head, body, keys)
    story += [Spacer(1, 14), _signatures(a, width)]
    annexes = _raci_annex(a, width, keys) + _milestone_annex(a, width, keys)
    if annexes:
        story += [PageBreak(), *annexes[1:]]  # the annexes start on a page of their own
    return story


def build_agreement(
    snapshot: AgreementSnapshot,
    out_path: str | os.PathLike[str],
    paper: str = "A4",
    progress: Progress | None = None,
) -> Path:
    """Write the agreement PDF to `out_path` (through a temporary file).

    Raises PlaceholderError (before anything is written) when a clause uses an unknown
    placeholder."""
    a = snapshot
    if progress:
        progress(5, "Merging clauses")

    def make_doc(filename: str) -> ReportDocument:
        return ReportDocument(
            filename,
            paper=paper,
            title=doc_title(a),
            author=a.client.name,
            subject=f"{kind_label(a)} between {a.client.name} and {a.partner.name}",
            keywords=(kind_label(a), a.client.name, a.partner.name, a.reference),
        )

    width = make_doc(os.devnull).content_width
    story = agreement_story(a, width)
    signed = a.is_signed
    footer = f"Version {a.version} · " + (
        f"signed {date_text(a.signed_date)}"
        if signed and a.signed_date
        else enum_label(AgreementStatus, a.status).lower()
    )
    decor = PageDecor(
        title=clean(doc_title(a), 200, 1),
        header_right=clean(f"{a.client.name} · {a.partner.name}", 160, 1),
        confidentiality=clean(a.confidentiality, 120, 1),
        footer_left=footer,
        watermark="" if signed else "DRAFT",
    )
    path = build_pdf(out_path, make_doc, story, decor, progress)
    if progress:
        progress(100, "Done")
    return path
