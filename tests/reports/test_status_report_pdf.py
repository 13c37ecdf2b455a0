"""The status report PDF on the demo portfolio, read back with pypdf."""

from __future__ import annotations

import re

from sqlmodel import select

from cdmo_desktop.domain.models import Milestone, Partner, Risk, new_id
from cdmo_desktop.reports.status_report import build_status_report
from cdmo_desktop.store.snapshots import (
    engagement_snapshot,
    status_report_snapshot,
    take_status_report_snapshot,
)
from cdmo_desktop.store.status_reports import (
    issue_status_report,
    list_status_reports,
    stored_snapshot,
)
from tests.conftest import DEMO_TODAY
from tests.reports.conftest import form
from tests.reports.pdfcheck import fonts_of, outline_titles, page_texts, text_of


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_report_names_partner_engagement_risks_and_milestones(demo_store, process_id, tmp_path):
    with demo_store.read() as s:
        snapshot = status_report_snapshot(s, process_id, form())
        risks = s.exec(select(Risk).where(Risk.engagement_id == process_id)).all()
        milestones = s.exec(select(Milestone).where(Milestone.engagement_id == process_id)).all()
        partner = s.exec(select(Partner)).all()
    out = build_status_report(snapshot, tmp_path / "status.pdf")
    text = _flat(text_of(out))
    assert snapshot.data.partner.name in text
    assert partner and snapshot.data.engagement.title in text
    for r in risks:
        assert _flat(r.title) in text, r.title
    for m in milestones:
        assert _flat(m.name) in text, m.name
    pages = page_texts(out)
    assert re.search(rf"Page 1 of {len(pages)}\b", pages[0])
    assert f"Page {len(pages)} of {len(pages)}" in pages[-1]
    assert "AMBER" in text and "Confirm the QC slot for batch 3" in text


def test_every_font_is_embedded_and_no_helvetica(demo_store, process_id, tmp_path):
    with demo_store.read() as s:
        snapshot = status_report_snapshot(s, process_id, form())
    fonts = fonts_of(build_status_report(snapshot, tmp_path / "s.pdf", paper="Letter"))
    assert fonts, "no fonts found"
    assert all(fonts.values()), fonts
    assert not any("Helvetica" in name for name in fonts)
    assert any("DejaVuSans" in name for name in fonts)


def test_outline_metadata_and_paper(demo_store, process_id, tmp_path):
    from pypdf import PdfReader

    with demo_store.read() as s:
        snapshot = status_report_snapshot(s, process_id, form())
    out = build_status_report(snapshot, tmp_path / "s.pdf", paper="Letter")
    titles = outline_titles(out)
    for section in ("Overall status", "Schedule", "Risks", "Decisions and gates"):
        assert section in titles
    assert any(t.startswith("Appendix A: risk register") for t in titles)
    reader = PdfReader(out)
    assert reader.metadata is not None and reader.metadata.title is not None
    assert reader.metadata.title.startswith("Status report: ART-417 process development")
    assert reader.metadata.author == "Dana Consultant"
    assert round(float(reader.pages[0].mediabox.width)) == 612  # Letter, 8.5 in


def test_sections_without_data_say_so(store, tmp_path):
    from cdmo_desktop.domain.enums import PartnerKind, Phase
    from cdmo_desktop.domain.models import Client, Engagement

    with store.session() as s:
        client, partner = Client(name="Solo Bio"), Partner(name="Empty Labs", kind=PartnerKind.CRO)
        s.add_all([client, partner])
        s.flush()
        e = Engagement(
            title="Fresh start", client_id=client.id, partner_id=partner.id, phase=Phase.DISCOVERY
        )
        s.add(e)
    with store.read() as s:
        snapshot = status_report_snapshot(s, e.id, form(summary=""))
    text = _flat(text_of(build_status_report(snapshot, tmp_path / "empty.pdf")))
    assert "No milestones are planned" in text
    assert "No risks are recorded" in text
    assert "Page 1 of 1" in text


def test_past_report_prints_again_identically(demo_store, process_id, tmp_path):
    first, report_id = take_status_report_snapshot(demo_store, process_id, form()), new_id()
    issue_status_report(demo_store, first, report_id)
    original = text_of(build_status_report(first, tmp_path / "first.pdf"))
    with demo_store.session() as s:  # the data moves on after the report was issued
        for r in s.exec(select(Risk).where(Risk.engagement_id == process_id)).all():
            r.title = "Renamed " + r.title
    rows = list_status_reports(demo_store, process_id)
    again = stored_snapshot(demo_store, report_id)
    with demo_store.read() as s:
        today = engagement_snapshot(s, process_id, DEMO_TODAY)
    assert rows[0].id == report_id
    assert again == first
    assert any(r.title.startswith("Renamed") for r in today.risks)
    assert text_of(build_status_report(again, tmp_path / "again.pdf")) == original


def test_failed_build_leaves_previous_file_untouched(demo_store, process_id, tmp_path):
    import pytest

    target = tmp_path / "report.pdf"
    target.write_bytes(b"previous")
    with demo_store.read() as s:
        snapshot = status_report_snapshot(s, process_id, form())
    with pytest.raises(ValueError):
        build_status_report(snapshot, target, paper="A3")
    assert target.read_bytes() == b"previous"
    assert not [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_late_items_are_counted_against_the_report_date(demo_store, process_id, tmp_path):
    with demo_store.read() as s:
        snap = status_report_snapshot(s, process_id, form())
    late = [m for m in snap.data.milestones if m.is_open and m.planned_finish < DEMO_TODAY]
    assert late, "the demo has late items"
    text = _flat(text_of(build_status_report(snap, tmp_path / "s.pdf")))
    assert f"{len(late)} late as of 20 Nov 2026" in text
    for m in late:
        assert f"{_flat(m.name)} Task" in text or _flat(m.name) in text
