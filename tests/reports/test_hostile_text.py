"""Real text never breaks a build: markup characters, &, emoji, right-to-left scripts,
control characters and 100k-character notes (hypothesis-generated, few examples)."""

from __future__ import annotations

import tempfile
from dataclasses import replace
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cdmo_desktop.domain.placeholders import PlaceholderError
from cdmo_desktop.domain.snapshot import (
    ActionRow,
    AgreementSnapshot,
    ClauseRow,
    EngagementInfo,
    EngagementSnapshot,
    MilestoneRow,
    Party,
    RiskRow,
    StatusForm,
    StatusReportSnapshot,
)
from cdmo_desktop.reports.agreement import build_agreement
from cdmo_desktop.reports.status_report import build_status_report
from tests.reports.pdfcheck import page_texts, text_of

FRAGMENTS = [
    "<b>bold</b>",
    "a < b > c",
    "S&P 500 &amp; &#169; &nbsp;",
    "<img src='http://example.com/x.png'/>",
    "</para><para>",
    "😀🧪💊 👩‍🔬",
    "مرحبا بالعالم",
    "שלום עולם",
    "\u202eevil\u202c",
    "\x00\x07\x1b[31m\x0b\x0c\x7f\x85",
    "\ud800 lone surrogate",
    "zero\u200bwidth\ufeff",
    "tab\there\r\nwindows\rold mac",
    "Ünïcödé — “quotes” ‘single’ … ½",
    "x" * 3000,
    "{placeholder} {{ }} }",
    "\n\n\n",
]

hostile = st.lists(
    st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=40)), min_size=1, max_size=4
).map("".join)


def _status(text: str, note: str = "") -> StatusReportSnapshot:
    data = EngagementSnapshot(
        engagement=EngagementInfo(id="e", title=text or "t", program=text, compound=text),
        client=Party(name=text or "c", address=text),
        partner=Party(name=text or "p", city=text, country=text),
        risks=tuple(
            RiskRow(
                number=i,
                title=text or "r",
                category="technical",
                likelihood=1 + i % 5,
                impact=5 - i % 5,
                score=(1 + i % 5) * (5 - i % 5),
                level="high",
                status="open",
                owner=text,
                description=note or text,
                raised_date=date(2026, 11, 2),
            )
            for i in range(1, 4)
        ),
        milestones=(
            MilestoneRow(
                id="m",
                name=text or "m",
                kind="decision_gate",
                planned_start=date(2026, 11, 1),
                planned_finish=date(2026, 11, 10),
                baseline_finish=date(2026, 11, 1),
            ),
        ),
        actions=(ActionRow(description=note or text, status="open", owner=text),),
        as_of=date(2026, 11, 20),
    )
    form = StatusForm(
        period_start=date(2026, 11, 1),
        period_end=date(2026, 11, 20),
        overall_status="red",
        summary=note or text,
        highlights=text,
        asks_of_partner=text,
        asks_of_client=note or text,
        prepared_by=text,
        prepared_on=date(2026, 11, 20),
    )
    return StatusReportSnapshot(form=form, data=data, confidentiality=text or "Confidential")


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=hostile)
def test_hostile_text_never_breaks_a_status_report(text: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        out = build_status_report(_status(text), Path(folder) / "s.pdf")
        pages = page_texts(out)
        assert pages and f"Page 1 of {len(pages)}" in pages[0]


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=hostile)
def test_hostile_text_never_breaks_an_agreement(text: str) -> None:
    snapshot = AgreementSnapshot(
        id="a",
        title=text or "t",
        kind="confidentiality",
        status="draft",
        client=Party(name=text or "c", address=text),
        partner=Party(name=text or "p"),
        recitals=text,
        client_signatory=text,
        reference=text,
        clauses=(ClauseRow(position=1, heading=text or "h", body=text),),
    )
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "a.pdf"
        try:
            build_agreement(snapshot, target)
        except PlaceholderError as exc:  # braces in the text: refused with a reason
            assert "placeholder" in str(exc) or "brace" in str(exc)
            assert not list(Path(folder).iterdir())
        else:
            assert "DRAFT" in text_of(target)


def test_a_100k_character_note_is_printed_up_to_a_marked_cut(tmp_path: Path) -> None:
    words = ("The partner reported a deviation on batch 7 & asked for <guidance>. " * 1600)[
        :100_000
    ]
    one_word = "A" * 100_000
    out = build_status_report(_status("Long notes", note=words), tmp_path / "long.pdf")
    text = text_of(out)
    assert "more characters not printed" in text
    assert "asked for <guidance>" in text
    snap = _status("Long notes", note=one_word)
    out2 = build_status_report(replace(snap), tmp_path / "word.pdf")
    assert len(page_texts(out2)) > 1
