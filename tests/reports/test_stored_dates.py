"""Dates a database may hold from before validation refused them (9999-12-31, the old date
editor's maximum, or year 1): the status report, the agreement and the Gantt charts still
print, and say which item cannot be drawn where it is."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlmodel import col, select

from cdmo_desktop.cli import main
from cdmo_desktop.domain.models import Engagement, Milestone
from cdmo_desktop.domain.snapshot import DependencyRow, MilestoneRow
from cdmo_desktop.reports.charts import gantt as shared
from cdmo_desktop.reports.charts.gantt_pdf import gantt_chart
from cdmo_desktop.store import Store
from tests.conftest import DEMO_TODAY, cli_db
from tests.reports.conftest import PROCESS
from tests.reports.pdfcheck import text_of


def _raw_update(store: Store, sql: str) -> str:
    """Run `sql` (with :id) on the database itself, past the store's validation;
    returns the name of the milestone it changed."""
    with store.read() as s:
        eid = s.exec(select(Engagement.id).where(Engagement.title == PROCESS)).one()
        row = s.exec(
            select(Milestone.id, Milestone.name)
            .where(Milestone.engagement_id == eid, Milestone.kind == "task")
            .order_by(col(Milestone.position))
        ).first()
    assert row is not None
    with store.engine.begin() as conn:
        conn.execute(sa.text(sql), {"id": row[0]})
    return str(row[1])


@pytest.mark.parametrize(
    ("sql", "shown"),
    [
        ("UPDATE milestone SET planned_finish = '9999-12-31' WHERE id = :id", "31 Dec 9999"),
        ("UPDATE milestone SET planned_start = '0001-01-01' WHERE id = :id", "1 Jan 1"),
        (
            "UPDATE milestone SET baseline_start = '0001-01-01', "
            "baseline_finish = '9999-12-31' WHERE id = :id",
            "1 Jan 1",
        ),
    ],
    ids=["finish-9999", "start-year-1", "baseline-both"],
)
def test_report_status_prints_any_stored_date(
    demo_store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str], sql: str, shown: str
) -> None:
    name = _raw_update(demo_store, sql)
    out = tmp_path / "status.pdf"
    args = ["report", "status", "--db", cli_db(demo_store), "--engagement", PROCESS]
    rc = main([*args, "--out", str(out), "--to", DEMO_TODAY.isoformat()])
    assert rc == 0, capsys.readouterr().err
    text = " ".join(text_of(out).split())
    assert f"1 item has a date outside 1900–2199, drawn to the chart's edge: {name} ({shown})" in (
        text
    )


def test_agreement_with_a_far_milestone_prints(demo_store: Store, tmp_path: Path) -> None:
    _raw_update(demo_store, "UPDATE milestone SET planned_finish = '9999-12-31' WHERE id = :id")
    out = tmp_path / "wo.pdf"
    ref = "Work order 1: ART-417 process development and GMP campaign"
    assert main(["report", "agreement", "--db", cli_db(demo_store), "--agreement", ref,
                 "--out", str(out)]) == 0  # fmt: skip
    assert "31 Dec 9999" in text_of(out)


def _row(i: int, start: date, finish: date, **kw: object) -> MilestoneRow:
    return MilestoneRow(
        id=f"m{i}", name=f"Item {i}", kind="task", planned_start=start, planned_finish=finish,
        **kw,  # type: ignore[arg-type]
    )  # fmt: skip


def test_charts_lay_out_the_sane_items_and_pin_the_others() -> None:
    today = date(2026, 11, 20)
    rows = [
        _row(1, date(2026, 11, 2), date(2026, 11, 30)),
        _row(2, date(2026, 12, 1), date(9999, 12, 31), baseline_finish=date(1, 1, 1)),
        _row(3, date(1, 1, 1), date(2026, 12, 20)),
    ]
    links = [DependencyRow("m1", "m2", "fs", 10**9), DependencyRow("m3", "m2", "ss", -(10**9))]
    chart = gantt_chart(rows, links, today, 480)
    plan = chart.plan
    assert plan.layout.date_at(plan.x_min) > date(2026, 9, 1)  # spans the sane items
    assert plan.layout.date_at(plan.x_max) < date(2027, 2, 1)
    assert plan.note.startswith("2 items have dates outside 1900–2199")
    assert "Item 2 (31 Dec 9999)" in plan.note and "Item 3 (1 Jan 1)" in plan.note
    assert chart.drawing() is not None
    figure = shared.build_gantt_figure(rows, links, today)
    assert any("outside 1900–2199" in t.get_text() for t in figure.texts)


@pytest.mark.parametrize("bounds", [["--to", "0001-01-05"], ["--from", "9999-12-30"]])
def test_report_period_outside_the_bounds_is_one_line(
    demo_store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str], bounds: list[str]
) -> None:
    out = tmp_path / "s.pdf"
    args = ["report", "status", "--db", cli_db(demo_store), "--engagement", PROCESS]
    assert main([*args, "--out", str(out), *bounds]) == 2
    err = capsys.readouterr().err
    assert "outside 1900–2199" in err and err.count("\n") == 1 and not out.exists()
