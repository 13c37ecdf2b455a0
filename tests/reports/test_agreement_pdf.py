"""Agreement PDFs from the demo portfolio: parties, numbered merged clauses, annexes,
signature blocks, DRAFT until signed, unknown placeholders refused before writing."""

from __future__ import annotations

import re

import pytest
from sqlmodel import col, select

from cdmo_desktop.domain.enums import AgreementKind, AgreementStatus
from cdmo_desktop.domain.models import Agreement, AgreementClause, Engagement, new_id
from cdmo_desktop.domain.placeholders import PlaceholderError
from cdmo_desktop.reports.agreement import build_agreement
from cdmo_desktop.store.agreement_edits import create_agreement, move_clause
from cdmo_desktop.store.agreements import AGREEMENT_FIELDS, clauses_of
from cdmo_desktop.store.snapshots import agreement_snapshot
from tests.conftest import DEMO_TODAY
from tests.reports.conftest import PROCESS, engagement_id
from tests.reports.pdfcheck import fonts_of, outline_titles, text_of


def _flat(text: str) -> str:
    return " ".join(text.split())


def _new_msa(store, status=AgreementStatus.DRAFT) -> str:
    eid = engagement_id(store, PROCESS)
    with store.read() as s:
        e = s.get(Engagement, eid)
    a = Agreement(
        title="MSA for the GMP campaign",
        kind=AgreementKind.MASTER_SERVICES,
        status=status,
        partner_id=e.partner_id,
        client_id=e.client_id,
        engagement_id=eid,
        reference="AUR-HRP-MSA-02",
        version=3,
        client_signatory="Morgan Ellis",
        client_signatory_title="COO",
    )
    agreement_id = new_id()
    create_agreement(store, {f: getattr(a, f) for f in AGREEMENT_FIELDS}, agreement_id=agreement_id)
    return agreement_id


def test_every_demo_agreement_builds(demo_store, tmp_path):
    with demo_store.read() as s:
        ids = s.exec(select(Agreement.id)).all()
        snapshots = [agreement_snapshot(s, i, DEMO_TODAY) for i in ids]
    assert len(snapshots) >= 5
    for n, snap in enumerate(snapshots):
        text = _flat(text_of(build_agreement(snap, tmp_path / f"a{n}.pdf")))
        assert snap.partner.name in text or snap.partner.legal_name in text
        assert "{" not in text, snap.title
        assert ("DRAFT" in text) is (snap.status != "signed"), snap.title
        assert re.search(r"Page 1 of \d+", text)


def test_new_agreement_merges_charter_plan_and_annexes(demo_store, tmp_path):
    agreement_id = _new_msa(demo_store)
    with demo_store.read() as s:
        snap = agreement_snapshot(s, agreement_id, DEMO_TODAY)
    assert [c.clause_key for c in snap.clauses][:2] == ["definitions", "scope"]
    out = build_agreement(snap, tmp_path / "msa.pdf")
    text = _flat(text_of(out))
    assert "Master services agreement" in text and "Version 3" in text
    assert "1. Definitions and interpretation" in text
    assert "2. Scope of services" in text
    assert snap.data is not None and snap.data.channels
    assert _flat(snap.data.channels[0].name) in text  # governance from the communication plan
    assert "Annex A (Responsibilities)" in text and "Annex B (Milestones)" in text
    assert "Morgan Ellis" in text and "For and on behalf of" in text
    assert "DRAFT" in text
    titles = outline_titles(out)
    assert "Recitals" in titles and "Annex B (Milestones)" in titles
    assert all(fonts_of(out).values())


def test_signed_agreement_has_no_watermark(demo_store, tmp_path):
    agreement_id = _new_msa(demo_store)
    with demo_store.session() as s:
        a = s.get(Agreement, agreement_id)
        a.status = AgreementStatus.SIGNED
        a.signed_date = DEMO_TODAY
    with demo_store.read() as s:
        snap = agreement_snapshot(s, agreement_id, DEMO_TODAY)
    text = text_of(build_agreement(snap, tmp_path / "signed.pdf"))
    assert "DRAFT" not in text
    assert "20 November 2026" in text


def test_unknown_placeholder_is_refused_and_nothing_is_written(demo_store, tmp_path):
    agreement_id = _new_msa(demo_store)
    with demo_store.session() as s:
        clause = s.exec(
            select(AgreementClause)
            .where(AgreementClause.agreement_id == agreement_id)
            .order_by(col(AgreementClause.position))  # the first printed clause, on any backend
        ).first()
        clause.body += " Fees are set out in {fee_schedule}."
    with demo_store.read() as s:
        snap = agreement_snapshot(s, agreement_id, DEMO_TODAY)
    target = tmp_path / "msa.pdf"
    with pytest.raises(PlaceholderError) as err:
        build_agreement(snap, target)
    assert "{fee_schedule}" in str(err.value)
    assert "Clause 1" in str(err.value)
    assert [p.name for p in tmp_path.iterdir() if p.suffix in (".pdf", ".part")] == []


def test_clause_order_is_the_printed_numbering(demo_store, tmp_path):
    agreement_id = _new_msa(demo_store)
    ids = [c.id for c in clauses_of(demo_store, agreement_id)]
    for _step in ids[:-1]:  # the last clause up to the top
        move_clause(demo_store, ids[-1], -1)
    with demo_store.read() as s:
        snap = agreement_snapshot(s, agreement_id, DEMO_TODAY)
    assert snap.clauses[0].heading == "General provisions"
    text = _flat(text_of(build_agreement(snap, tmp_path / "r.pdf")))
    assert "1. General provisions" in text and "2. Definitions and interpretation" in text
