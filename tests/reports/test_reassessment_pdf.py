"""The reassessment PDF for the steering meeting (`cdmo-desktop report reassessment`) and
its summary in the next status report: criteria, scores side by side, the outcome and its
conditions, read back from the PDF text."""

from __future__ import annotations

from datetime import date

import pytest

from cdmo_desktop.cli.report import main
from cdmo_desktop.domain.enums import Phase
from cdmo_desktop.domain.reassessment import (
    ConditionEntry,
    Criterion,
    ReassessmentOutcome,
    ReassessmentTrigger,
)
from cdmo_desktop.domain.snapshot import StatusForm
from cdmo_desktop.reports.status_report import build_status_report
from cdmo_desktop.store import Store
from cdmo_desktop.store.reassessment_edits import (
    ReassessmentForm,
    Trigger,
    complete_reassessment,
    start_reassessment,
)
from cdmo_desktop.store.reassessments import engagement_reassessments
from cdmo_desktop.store.snapshots import take_status_report_snapshot
from tests.conftest import cli_db
from tests.reassess_world import TODAY, build_reassess_world, scores
from tests.reports.pdfcheck import text_of

TITLE = "HX-101 process development"


def _completed(store: Store):
    w = build_reassess_world(store)
    trigger = Trigger(
        ReassessmentTrigger.GATE,
        from_phase=Phase.PROCESS_DEVELOPMENT,
        to_phase=Phase.SCALE_UP,
        milestone_id=w.gate_id,
    )
    start_reassessment(store, w.engagement_id, trigger, TODAY)
    rid = engagement_reassessments(store, w.engagement_id)[0].id
    entries = scores(w.partner_id, {Criterion.TRUST: 4, Criterion.CAPABILITY: 2})
    entries += scores(w.candidate_id, {Criterion.TRUST: 3, Criterion.CAPABILITY: 5})
    form = ReassessmentForm(
        entries=entries,
        candidates=(w.candidate_id,),
        assessor="Mara Quinn",
        assessed_on=TODAY,
        outcome=ReassessmentOutcome.SECOND_SOURCE,
        outcome_note="Qualify Bay Pharma for the 100 kg campaign.",
        conditions=(ConditionEntry("Audit Bay Pharma Services", "Mara Quinn", date(2027, 1, 15)),),
    )
    complete_reassessment(store, rid, form, TODAY)
    return w


def _run(*args: str) -> int:
    return main(["report", "reassessment", *args])


def test_the_reassessment_pdf_holds_criteria_scores_side_by_side_and_the_outcome(
    store: Store, tmp_path, capsys: pytest.CaptureFixture[str]
) -> None:
    _completed(store)
    out = tmp_path / "reassessment.pdf"
    assert _run("--db", cli_db(store), "--engagement", TITLE, "--out", str(out)) == 0
    assert capsys.readouterr().out.strip() == str(out)
    text = " ".join(text_of(out).split())
    for criterion in Criterion:
        assert criterion.label in text
    assert "Alpine Synthesis" in text and "Bay Pharma Services" in text
    assert "Trust and openness 4 3" in text
    assert "Technical capability and scale 2 5" in text
    assert "Add a second source" in text
    assert "Audit Bay Pharma Services — Mara Quinn, due 15 Jan 2027" in text
    assert "Go/no-go gate: Process development → Scale up" in text
    assert "KPI scorecard (frozen 20 Nov 2026)" in text


def test_an_engagement_without_a_completed_reassessment_is_one_line_and_no_file(
    store: Store, tmp_path, capsys: pytest.CaptureFixture[str]
) -> None:
    build_reassess_world(store)
    out = tmp_path / "none.pdf"
    assert _run("--db", cli_db(store), "--engagement", TITLE, "--out", str(out)) == 1
    err = capsys.readouterr().err.strip()
    assert err == (
        "cdmo-desktop: error: The engagement 'HX-101 process development' has no completed "
        "partner reassessment yet."
    )
    assert not out.exists()


def test_the_next_status_report_carries_the_reassessment_summary(store: Store, tmp_path) -> None:
    w = _completed(store)
    form = StatusForm(
        period_start=date(2026, 11, 1), period_end=TODAY, prepared_by="Mara", prepared_on=TODAY
    )
    snapshot = take_status_report_snapshot(store, w.engagement_id, form)
    out = build_status_report(snapshot, tmp_path / "status.pdf", charts=False)
    text = " ".join(text_of(out).split())
    assert "Partner reassessment" in text
    assert "Add a second source — Alpine Synthesis, assessed 20 Nov 2026 by Mara Quinn" in text
    assert "Bay Pharma Services 4.0 / 5" in text
    later = StatusForm(period_start=date(2026, 12, 1), period_end=date(2026, 12, 20))
    assert take_status_report_snapshot(store, w.engagement_id, later).reassessment is None
