"""Registers exported to CSV and XLSX read back with the values the database holds, with
real dates and numbers in XLSX, one engagement's rows with --engagement, and given rows in
the given order."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlmodel import select

from cdmo_desktop.domain import models
from cdmo_desktop.domain.enums import PartnerKind, Phase
from cdmo_desktop.exchange.register_export import export_register, export_workbook
from cdmo_desktop.exchange.registers import REGISTERS
from cdmo_desktop.exchange.sheets import csv_value, read_sheet, xlsx_value
from cdmo_desktop.store import Store
from cdmo_desktop.store.exports import fields_of

MODELS: dict[str, Any] = {
    "partners": models.Partner,
    "sites": models.PartnerSite,
    "contacts": models.Contact,
    "engagements": models.Engagement,
    "risks": models.Risk,
    "reviews": models.RiskReview,
    "decisions": models.Decision,
    "actions": models.ActionItem,
    "milestones": models.Milestone,
    "dependencies": models.MilestoneDependency,
    "channels": models.CommunicationChannel,
    "datashares": models.DataShare,
    "changes": models.ChangeLog,
}


def _records(store: Store, kind: str) -> dict[str, Any]:
    model = MODELS[kind]
    with store.read() as s:
        rows = s.exec(select(model)).all()
    if kind == "contacts":
        rows = [r for r in rows if r.partner_id is not None]
    return {r.id: r for r in rows}


def _same_xlsx(expected: Any, got: Any) -> bool:
    if expected in (None, ""):
        return got in (None, "")
    if isinstance(expected, Enum):
        return got == expected.label  # type: ignore[attr-defined]
    if isinstance(expected, datetime):
        utc = expected.astimezone(UTC).replace(tzinfo=None)
        return isinstance(got, datetime) and abs(got - utc) <= timedelta(milliseconds=1)
    if isinstance(expected, bool):
        return got is expected
    if isinstance(expected, date):
        return isinstance(got, datetime) and got.date() == expected and got.time().hour == 0
    if isinstance(expected, Decimal):
        return isinstance(got, int | float) and Decimal(str(got)) == expected
    if isinstance(expected, int):
        return isinstance(got, int) and not isinstance(got, bool) and got == expected
    return bool(got == xlsx_value(expected))  # text: neutralised, cut at Excel's cell limit


@pytest.mark.parametrize("kind", sorted(MODELS))
def test_every_register_reads_back_equal_from_csv_and_xlsx(
    demo_store: Store, tmp_path: Path, kind: str
) -> None:
    register = REGISTERS[kind]
    records = _records(demo_store, kind)
    assert records, f"the demo has no {kind}"
    own = [c for c in register.columns if c.field in MODELS[kind].model_fields]
    for suffix in ("csv", "xlsx"):
        out = tmp_path / f"{kind}.{suffix}"
        written = export_register(demo_store, kind, out)
        header, rows = read_sheet(out)
        assert header == register.headers
        assert written == len(rows) == len(records)
        ids = [row[0] for row in rows]
        assert set(ids) == set(records)
        for row in rows:
            record = records[row[0]]
            for column in own:
                got = row[register.columns.index(column)]
                expected = getattr(record, column.field)
                if suffix == "csv":
                    want = csv_value(expected)
                    if isinstance(expected, datetime):  # seconds in the CSV
                        want = csv_value(expected.replace(microsecond=0))
                    assert got == want, (kind, column.field, record.id)
                else:
                    assert _same_xlsx(expected, got), (kind, column.field, expected, got)


def test_lookup_columns_name_the_linked_records(demo_store: Store, tmp_path: Path) -> None:
    with demo_store.read() as s:
        risk = s.exec(select(models.Risk).where(models.Risk.milestone_id.is_not(None))).first()  # type: ignore[union-attr]
        assert risk is not None
        engagement = s.get(models.Engagement, risk.engagement_id)
        milestone = s.get(models.Milestone, risk.milestone_id)
        link = s.exec(select(models.MilestoneDependency)).first()
        assert engagement is not None and milestone is not None and link is not None
        predecessor = s.get(models.Milestone, link.predecessor_id)
        assert predecessor is not None
    export_register(demo_store, "risks", tmp_path / "r.xlsx")
    header, rows = read_sheet(tmp_path / "r.xlsx")
    row = next(r for r in rows if r[0] == risk.id)
    assert row[header.index("Engagement")] == engagement.title
    assert row[header.index("Milestone")] == milestone.name
    assert row[header.index("Score")] == risk.score
    export_register(demo_store, "milestones", tmp_path / "m.csv")
    header, rows = read_sheet(tmp_path / "m.csv")
    row = next(r for r in rows if r[0] == link.successor_id)
    lag = f"{link.lag_days:+d}d" if link.lag_days else ""
    assert f"{predecessor.name} ({link.kind.code}{lag})" in row[header.index("Predecessors")]


def test_xlsx_has_typed_cells_frozen_header_widths_and_filter(
    demo_store: Store, tmp_path: Path
) -> None:
    out = tmp_path / "engagements.xlsx"
    n = export_register(demo_store, "engagements", out)
    ws = load_workbook(out).active
    assert ws is not None
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == f"A1:S{n + 1}"
    assert ws["B1"].font.bold and ws["B1"].value == "Title"
    assert ws.column_dimensions["B"].width == 32
    header = [c.value for c in ws[1]]
    start = ws.cell(row=2, column=header.index("Start") + 1)
    budget = ws.cell(row=2, column=header.index("Budget") + 1)
    assert start.is_date and start.number_format == "yyyy-mm-dd"
    assert budget.data_type == "n" and budget.number_format == "#,##0.00"


def test_money_is_exact_to_the_cent(store: Store, tmp_path: Path) -> None:
    with store.session() as s:
        client = models.Client(name="C")
        partner = models.Partner(name="P", kind=PartnerKind.CRO)
        s.add_all([client, partner])
        s.flush()
        s.add(
            models.Engagement(
                title="Big",
                client_id=client.id,
                partner_id=partner.id,
                phase=Phase.SCALE_UP,
                budget_amount=Decimal("12345678901.23"),
            )
        )
    export_register(store, "engagements", tmp_path / "e.xlsx")
    export_register(store, "engagements", tmp_path / "e.csv")
    header, rows = read_sheet(tmp_path / "e.xlsx")
    assert Decimal(str(rows[0][header.index("Budget")])) == Decimal("12345678901.23")
    header, rows = read_sheet(tmp_path / "e.csv")
    assert rows[0][header.index("Budget")] == "12345678901.23"


def test_engagement_keeps_its_rows_only(demo_store: Store, tmp_path: Path) -> None:
    with demo_store.read() as s:
        risks = s.exec(select(models.Risk)).all()
        engagement = s.get(models.Engagement, risks[0].engagement_id)
    assert engagement is not None
    mine = {r.id for r in risks if r.engagement_id == engagement.id}
    assert 0 < len(mine) < len(risks)
    export_register(demo_store, "risks", tmp_path / "r.csv", engagement_id=engagement.id)
    _, rows = read_sheet(tmp_path / "r.csv")
    assert {r[0] for r in rows} == mine
    export_register(demo_store, "partners", tmp_path / "p.csv", engagement_id=engagement.id)
    _, rows = read_sheet(tmp_path / "p.csv")
    assert [r[0] for r in rows] == [engagement.partner_id]
    export_register(demo_store, "changes", tmp_path / "c.csv", engagement_id=engagement.id)
    header, rows = read_sheet(tmp_path / "c.csv")
    row_ids = {r[header.index("Row ID")] for r in rows}
    assert engagement.id in row_ids and mine <= row_ids
    other_risks = {r.id for r in risks} - mine
    assert not row_ids & other_risks


def test_given_rows_come_in_the_given_order(demo_store: Store, tmp_path: Path) -> None:
    with demo_store.read() as s:
        ids = [r.id for r in s.exec(select(models.ActionItem)).all()]
    wanted = [ids[3], ids[0], "gone-since", ids[7]]
    n = export_register(demo_store, "actions", tmp_path / "a.csv", ids=wanted)
    _, rows = read_sheet(tmp_path / "a.csv")
    assert n == 3 and [r[0] for r in rows] == [ids[3], ids[0], ids[7]]


def test_workbook_has_one_sheet_per_register(demo_store: Store, tmp_path: Path) -> None:
    out = tmp_path / "all.xlsx"
    export_workbook(demo_store, out)
    book = load_workbook(out, read_only=True)
    assert book.sheetnames == [r.title for r in REGISTERS.values()]
    book.close()


def test_every_register_field_is_read_by_the_store() -> None:
    for kind, register in REGISTERS.items():
        assert set(register.fields) <= fields_of(kind), kind
        assert register.fields[0] == "id"
