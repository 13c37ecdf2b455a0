"""`report agreement --agreement REF` takes the agreement's reference, id or title (any
case); no match is one line naming the close matches."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlmodel import select

from cdmo_desktop.cli.report import main
from cdmo_desktop.domain.enums import AgreementKind
from cdmo_desktop.domain.models import Agreement, Engagement
from cdmo_desktop.store import Store
from cdmo_desktop.store.references import resolve_agreement, resolve_engagement
from cdmo_desktop.store.snapshots import NotFoundError
from tests.conftest import cli_db
from tests.reports.conftest import PROCESS
from tests.reports.pdfcheck import text_of

TITLE = "GLP toxicology master services agreement"


@pytest.fixture
def nlb(demo_store: Store) -> str:
    with demo_store.session() as s:
        e = s.exec(select(Engagement).where(Engagement.title == PROCESS)).one()
        a = Agreement(
            title=TITLE,
            kind=AgreementKind.MASTER_SERVICES,
            reference="NLB-GLP-MSA-01",
            partner_id=e.partner_id,
            client_id=e.client_id,
        )
        s.add(a)
    return a.id


def test_report_agreement_by_its_own_reference(
    demo_store: Store, nlb: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "msa.pdf"
    args = ["report", "agreement", "--db", cli_db(demo_store), "--out", str(out)]
    assert main([*args, "--agreement", "NLB-GLP-MSA-01"]) == 0, capsys.readouterr().err
    assert "NLB-GLP-MSA-01" in text_of(out)


REFS = ["NLB-GLP-MSA-01", "nlb-glp-msa-01", " NLB-GLP-MSA-01 ", TITLE.upper(), TITLE.lower()]


@pytest.mark.parametrize("ref", REFS)
def test_reference_id_or_title_in_any_case(demo_store: Store, nlb: str, ref: str) -> None:
    assert resolve_agreement(demo_store, ref) == nlb
    assert resolve_agreement(demo_store, nlb) == nlb


def test_no_match_lists_close_matches_on_one_line(
    demo_store: Store, nlb: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "x.pdf"
    args = ["report", "agreement", "--db", cli_db(demo_store), "--out", str(out)]
    assert main([*args, "--agreement", "NLB-GLP-MSA-1"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and not out.exists()
    assert "No agreement with the id or exact title (or reference) 'NLB-GLP-MSA-1'." in err
    assert f"Close matches: NLB-GLP-MSA-01 “{TITLE}”" in err


def test_two_agreements_with_one_reference_ask_for_the_id(demo_store: Store, nlb: str) -> None:
    with demo_store.session() as s:
        first = s.get(Agreement, nlb)
        assert first is not None
        s.add(
            Agreement(
                title=TITLE,
                kind=first.kind,
                version=2,
                reference=first.reference,
                partner_id=first.partner_id,
                client_id=first.client_id,
            )
        )
    with pytest.raises(
        NotFoundError, match="2 agreements have the reference 'nlb-glp-msa-01': give the id"
    ):
        resolve_agreement(demo_store, "nlb-glp-msa-01")


def test_engagement_title_in_any_case(demo_store: Store) -> None:
    with demo_store.read() as s:
        eid = s.exec(select(Engagement.id).where(Engagement.title == PROCESS)).one()
    assert resolve_engagement(demo_store, PROCESS.lower()) == eid
    with pytest.raises(NotFoundError, match="Close matches: “ART-417 process development"):
        resolve_engagement(demo_store, "ART-417 process developmnt")
