"""KPIs in the PDFs: the status report's KPI section (latest value, target, status, trend)
from the stored snapshot, and the partner scorecard."""

from __future__ import annotations

from dataclasses import replace

from sqlmodel import select

from cdmo_desktop.cli.report import main
from cdmo_desktop.domain import clock
from cdmo_desktop.domain.models import Engagement
from cdmo_desktop.reports.kpi_blocks import target_cell, value_text
from cdmo_desktop.reports.scorecard import build_scorecard
from cdmo_desktop.reports.status_report import build_status_report
from cdmo_desktop.store.kpi_edits import MeasurementEntry, set_measurements
from cdmo_desktop.store.kpis import engagement_kpis, partner_scorecard
from cdmo_desktop.store.snapshots import status_report_snapshot
from tests.conftest import DEMO_TODAY, cli_db
from tests.reports.conftest import form
from tests.reports.pdfcheck import outline_titles, text_of


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_the_status_report_shows_each_kpi_with_value_target_status_and_trend(
    demo_store, process_id, tmp_path
):
    with demo_store.read() as s:
        snapshot = status_report_snapshot(s, process_id, form())
    rows = snapshot.data.kpis
    assert len(rows) >= 6
    out = build_status_report(snapshot, tmp_path / "status.pdf")
    text = _flat(text_of(out))
    assert "Key performance indicators" in outline_titles(out)
    for r in rows:
        assert _flat(r.name) in text, r.name
        assert value_text(r.unit, r.latest_value) in text
        assert _flat(target_cell(r)) in text
    red = next(r for r in rows if r.status == "red")
    assert red.name == "Deviations per batch" and red.trend == "worsening"
    assert "Worsening" in text and "Improving" in text and "Red" in text
    without = build_status_report(
        replace(snapshot, data=replace(snapshot.data, kpis=())), tmp_path / "plain.pdf"
    )
    assert "Key performance indicators" not in text_of(without)


def test_the_scorecard_pdf_lists_every_engagement_kpi_of_the_partner(demo_store, tmp_path):
    with demo_store.read() as s:
        partner_id = s.exec(
            select(Engagement.partner_id).where(Engagement.title.startswith("ART-417 process"))
        ).one()
    card = partner_scorecard(demo_store, partner_id, today=DEMO_TODAY)
    out = build_scorecard(card, tmp_path / "card.pdf")
    text = _flat(text_of(out))
    assert card.partner_name in text and "Partner scorecard" in text
    for e in card.engagements:
        assert _flat(e.title) in text
    for k in card.kpis:
        assert _flat(k.name) in text
    assert f"{card.red} red" in text
    otif = next(k for k in card.kpis if k.name == "On-time in-full delivery")
    assert otif.latest_period is not None
    set_measurements(demo_store, [MeasurementEntry(otif.id, otif.latest_period, 12.5)])
    again = partner_scorecard(demo_store, partner_id, today=DEMO_TODAY)
    out = build_scorecard(again, tmp_path / "again.pdf")
    assert "12.5%" in _flat(text_of(out))
    assert any(k.latest_value == 12.5 for k in engagement_kpis(demo_store, otif.engagement_id))


def test_report_scorecard_by_name_case_blind(demo_store, tmp_path, capsys):
    out = tmp_path / "card.pdf"
    args = ["report", "scorecard", "--db", cli_db(demo_store), "--out", str(out)]
    with clock.frozen(DEMO_TODAY):
        rc = main([*args, "--partner", "hollis RIDGE pharma services"])
    assert rc == 0 and capsys.readouterr().out.strip() == str(out)
    text = _flat(text_of(out))
    assert "Hollis Ridge Pharma Services" in text and "Deviations per batch" in text
    assert "1.83" in text  # the drifting KPI's latest value


def test_report_scorecard_refuses_an_unknown_partner_in_one_line(demo_store, tmp_path, capsys):
    out = tmp_path / "card.pdf"
    args = ["report", "scorecard", "--db", cli_db(demo_store), "--out", str(out)]
    rc = main([*args, "--partner", "Hollis Rige"])
    err = capsys.readouterr().err
    assert rc == 1 and not out.exists()
    assert err.count("\n") == 1 and "No partner" in err and "Hollis Ridge" in err
