"""Importing registers: an export imports back as the same records, rows update only what
differs, references resolve by name, near-duplicates are flagged, and one refused row means
nothing is written (unless refused rows are skipped)."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import Session, col, select

from cdmo_desktop.domain.enums import KpiPeriod, KpiUnit, PartnerKind
from cdmo_desktop.domain.models import (
    ActionItem,
    ChangeLog,
    Contact,
    Engagement,
    EngagementKpi,
    KpiMeasurement,
    Partner,
    PartnerSite,
    Risk,
    RiskReview,
)
from cdmo_desktop.exchange.errors import ExchangeError
from cdmo_desktop.exchange.import_kinds import Fate
from cdmo_desktop.exchange.import_names import name_key
from cdmo_desktop.exchange.imports import apply_import, import_file, plan_import
from cdmo_desktop.exchange.register_export import export_register
from cdmo_desktop.exchange.registers import register_of
from cdmo_desktop.exchange.sheet_reader import read_sheet
from cdmo_desktop.store import Store

MODELS: dict[str, Any] = {
    "partners": Partner,
    "contacts": Contact,
    "risks": Risk,
    "actions": ActionItem,
}


def _editable(kind: str) -> list[str]:
    fields = [c.field for c in register_of(kind).columns if c.editable]
    return [f for f in fields if f in MODELS[kind].model_fields]


def _records(store: Store, kind: str, engagement_id: str | None = None) -> dict[str, dict]:
    model = MODELS[kind]
    with store.read() as s:
        query = select(model)
        if engagement_id is not None:
            query = query.where(model.engagement_id == engagement_id)
        rows = s.exec(query).all()
    if kind == "contacts":
        rows = [r for r in rows if r.partner_id is not None]
    return {r.id: {f: getattr(r, f) for f in _editable(kind)} for r in rows}


def _engagement_with_risks(store: Store) -> str:
    with store.read() as s:
        risk = s.exec(select(Risk)).first()
        assert risk is not None
        return risk.engagement_id


def _delete(store: Store, *models: Any, engagement_id: str | None = None) -> None:
    def work(s: Session) -> None:
        for model in models:
            query = select(model)
            if engagement_id is not None and hasattr(model, "engagement_id"):
                query = query.where(model.engagement_id == engagement_id)
            for row in s.exec(query).all():
                s.delete(row)
            s.flush()

    store.write("delete", work)


def _rows(tmp_path: Path, rows: list[list[str]], name: str) -> Path:
    path = tmp_path / name
    with open(path, "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh, delimiter=";").writerows(rows)
    return path


def _csv(tmp_path: Path, text: str, name: str = "import.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# --- round trips ----------------------------------------------------------------------


@pytest.mark.parametrize("ext", [".csv", ".xlsx"])
def test_partners_and_contacts_export_then_import_into_an_empty_database(
    demo_store: Store, store: Store, tmp_path: Path, ext: str
) -> None:
    expected = {k: _records(demo_store, k) for k in ("partners", "contacts")}
    # Contacts at a site need the site: the empty database gets the partners' sites first.
    with demo_store.read() as s:
        sites = [PartnerSite(**site.model_dump()) for site in s.exec(select(PartnerSite))]
    for kind in ("partners", "contacts"):
        path = tmp_path / f"{kind}{ext}"
        export_register(demo_store, kind, path)
        if kind == "contacts":
            store.write("sites", lambda s: s.add_all(sites))
        plan, changeset = import_file(store, kind, path)
        assert plan.count(Fate.NEW) == len(expected[kind]) and not plan.refused
        assert changeset is not None
        assert _records(store, kind) == expected[kind]


@pytest.mark.parametrize("ext", [".csv", ".xlsx"])
@pytest.mark.parametrize("kind", ["risks", "actions"])
def test_risks_and_actions_export_then_import_give_the_same_records(
    demo_store: Store, tmp_path: Path, ext: str, kind: str
) -> None:
    engagement_id = _engagement_with_risks(demo_store)
    expected = _records(demo_store, kind, engagement_id)
    assert expected
    path = tmp_path / f"{kind}{ext}"
    export_register(demo_store, kind, path, engagement_id=engagement_id)
    models = (RiskReview, Risk) if kind == "risks" else (ActionItem,)
    _delete(demo_store, *models, engagement_id=engagement_id)
    assert not _records(demo_store, kind, engagement_id)

    plan, _ = import_file(demo_store, kind, path, engagement_id=engagement_id)

    assert plan.count(Fate.NEW) == len(expected) and not plan.refused
    assert _records(demo_store, kind, engagement_id) == expected
    if kind == "risks":  # the same numbers: R-003 is still R-003
        with demo_store.read() as s:
            numbers = {r.id: r.number for r in s.exec(select(Risk))}
        assert all(numbers[i] for i in expected)


@pytest.mark.parametrize("kind", ["partners", "contacts", "risks", "actions"])
def test_importing_an_unchanged_export_changes_nothing(
    demo_store: Store, tmp_path: Path, kind: str
) -> None:
    engagement_id = _engagement_with_risks(demo_store) if kind in ("risks", "actions") else None
    path = tmp_path / f"{kind}.xlsx"
    export_register(demo_store, kind, path, engagement_id=engagement_id)
    plan, changeset = import_file(demo_store, kind, path, engagement_id=engagement_id)
    assert plan.count(Fate.UNCHANGED) == len(plan.rows) > 0
    assert changeset is None


# --- updates, references, warnings ---------------------------------------------------


def _partner(store: Store, name: str) -> Partner:
    with store.read() as s:
        found = s.exec(select(Partner).where(Partner.name == name)).one()
    return found


def test_a_row_updates_only_the_fields_that_differ_and_logs_the_file_name(
    demo_store: Store, tmp_path: Path
) -> None:
    before = _partner(demo_store, "Deccan Synthesis")
    path = _rows(
        tmp_path,
        [["Id", "Name", "City", "Notes"], [before.id, "Deccan Synthesis", "Pune", before.notes]],
        "shortlist 2026.csv",
    )
    plan, changeset = import_file(demo_store, "partners", path)
    assert [r.fate for r in plan.rows] == [Fate.UPDATE]
    assert plan.rows[0].changed == ("City",)
    assert changeset is not None and len(changeset.after) == 1
    with demo_store.read() as s:
        logged = s.exec(select(ChangeLog).where(ChangeLog.row_id == before.id)).all()
    fresh = [e for e in logged if e.reason == "shortlist 2026.csv"]
    assert [e.field for e in fresh] == ["city"]
    assert _partner(demo_store, "Deccan Synthesis").city == "Pune"


def test_a_row_without_id_updates_the_partner_of_that_name_case_blind(
    demo_store: Store, tmp_path: Path
) -> None:
    path = _csv(tmp_path, "Name,Kind\nDECCAN SYNTHESIS,CDMO\n")
    plan, _ = import_file(demo_store, "partners", path)
    assert plan.rows[0].fate is Fate.UPDATE
    assert _partner(demo_store, "Deccan Synthesis").kind is PartnerKind.CDMO


def test_a_partner_under_a_slightly_different_name_is_flagged(
    demo_store: Store, tmp_path: Path
) -> None:
    path = _csv(
        tmp_path,
        "Name,Kind\nDeccan Synthesis Pvt. Ltd.,cro\nDecan Synthesis,cro\nBrand New Labs,lab\n",
    )
    plan, _ = import_file(demo_store, "partners", path, dry_run=True)
    assert [r.fate for r in plan.rows] == [Fate.NEW] * 3
    assert ["Deccan Synthesis" in " ".join(r.warnings) for r in plan.rows] == [True, True, False]


def test_name_keys_ignore_case_punctuation_and_legal_suffixes() -> None:
    assert name_key("Lonza Group AG") == name_key("LONZA-GROUP") == "lonza group"
    assert name_key("Acme, Inc.") == name_key("ACME") == name_key("Acme S.A.")
    assert name_key("Société Générale GmbH") == "societe generale"


def test_contacts_name_their_partner_and_site_case_blind(demo_store: Store, tmp_path: Path) -> None:
    with demo_store.read() as s:
        site = s.exec(select(PartnerSite)).first()
        assert site is not None
        partner = s.get(Partner, site.partner_id)
        assert partner is not None
    path = _csv(
        tmp_path,
        "Partner,Site,Name,Email,Primary\n"
        f"{partner.name.upper()},{site.name.lower()},Jo Import,jo@example.com,yes\n",
    )
    plan, _ = import_file(demo_store, "contacts", path)
    assert plan.rows[0].fate is Fate.NEW
    with demo_store.read() as s:
        jo = s.exec(select(Contact).where(Contact.name == "Jo Import")).one()
        primaries = s.exec(
            select(Contact).where(Contact.partner_id == partner.id, col(Contact.is_primary))
        ).all()
    assert (jo.partner_id, jo.site_id, jo.is_primary) == (partner.id, site.id, True)
    assert [c.id for c in primaries] == [jo.id]


# --- all or nothing -------------------------------------------------------------------


def test_one_bad_row_writes_nothing_and_names_the_row_and_reason(
    demo_store: Store, tmp_path: Path
) -> None:
    before = _records(demo_store, "partners")
    path = _csv(
        tmp_path,
        "Name,Kind,CDA signed\nGood One,cro,2026-01-01\nSecret Pharma,spaceship,2026-01-01\n"
        "Third,cmo,9999-12-31\n",
    )
    sheet = read_sheet(path)
    plan = plan_import(demo_store, "partners", sheet, file_name=path.name)
    refused = {r.row: r.reason for r in plan.refused}
    assert set(refused) == {3, 4}
    assert refused[3].startswith("Kind: expected one of")
    assert "between 1900 and 2199" in refused[4]
    assert all("Secret" not in r and "spaceship" not in r for r in refused.values())
    with pytest.raises(ExchangeError, match="row 3"):
        apply_import(demo_store, plan)
    assert _records(demo_store, "partners") == before


def test_skipping_refused_rows_writes_the_others_in_one_change(
    demo_store: Store, tmp_path: Path
) -> None:
    path = _csv(tmp_path, "Name,Kind\nGood One,cro\nBad,spaceship\nGood Two,lab\n")
    plan, changeset = import_file(demo_store, "partners", path, skip_refused=True)
    assert [r.row for r in plan.refused] == [3]
    assert changeset is not None and changeset.label == "Import partners from import.csv"
    assert {(s.values or {})["name"] for s in changeset.after} == {"Good One", "Good Two"}


def test_the_same_record_twice_in_one_file_is_refused(demo_store: Store, tmp_path: Path) -> None:
    path = _csv(tmp_path, "Name,Kind\nNew Co,cro\nnew co,cro\n")
    plan, _ = import_file(demo_store, "partners", path, dry_run=True)
    assert [r.fate for r in plan.rows] == [Fate.NEW, Fate.REFUSED]
    assert plan.rows[1].reason == "The same partner as row 2."


def test_risks_need_their_engagement_and_resolve_milestones_by_name(
    demo_store: Store, tmp_path: Path
) -> None:
    engagement_id = _engagement_with_risks(demo_store)
    path = _csv(tmp_path, "Title,Category,Milestone\nDrift,quality,no such milestone\n")
    with pytest.raises(ExchangeError, match="engagement"):
        import_file(demo_store, "risks", path)
    plan, _ = import_file(demo_store, "risks", path, engagement_id=engagement_id, dry_run=True)
    assert plan.rows[0].reason == "Milestone: the engagement has no milestone of this name."
    with demo_store.read() as s:
        assert s.get(Engagement, engagement_id) is not None


def test_a_file_without_the_name_column_is_refused(demo_store: Store, tmp_path: Path) -> None:
    path = _csv(tmp_path, "City,Country\nBasel,CH\n")
    with pytest.raises(ExchangeError, match="No column for Name"):
        import_file(demo_store, "partners", path)


def test_formula_cells_are_imported_as_text(store: Store, tmp_path: Path) -> None:
    path = _csv(
        tmp_path,
        'Name,Kind,Notes\n"=1+1",cro,"=HYPERLINK(""http://x"")"\n' + "'=2+2,cro,'@SUM(A1)\n",
    )
    import_file(store, "partners", path)
    with store.read() as s:
        got = {p.name: p.notes for p in s.exec(select(Partner))}
    assert got == {"=1+1": '=HYPERLINK("http://x")', "=2+2": "@SUM(A1)"}


def test_a_row_wider_than_the_header_is_refused_alone(demo_store: Store, tmp_path: Path) -> None:
    path = _csv(tmp_path, "Name,Kind\nA Co,cro\nB Co,cro, CH\n")
    plan, _ = import_file(demo_store, "partners", path, dry_run=True)
    assert [(r.row, r.fate) for r in plan.rows] == [(2, Fate.NEW), (3, Fate.REFUSED)]
    assert plan.rows[1].reason.startswith("More cells than the header has columns (2)")


def test_kpi_values_import_by_kpi_name_and_period(demo_store: Store, tmp_path: Path) -> None:
    with demo_store.read() as s:
        kpi = s.exec(select(EngagementKpi).where(EngagementKpi.unit == KpiUnit.PERCENT)).first()
        assert kpi is not None and kpi.period == KpiPeriod.MONTH
        existing = s.exec(select(KpiMeasurement).where(KpiMeasurement.kpi_id == kpi.id)).first()
        assert existing is not None
    day = existing.period_start
    path = _rows(
        tmp_path,
        [
            ["KPI", "Period", "Value", "Comment"],
            [kpi.name.upper(), f"{day.day + 9:02d}.{day.month:02d}.{day.year}", "87.5%", "late"],
            [kpi.name, "2031-01-20", "64", ""],
            [kpi.name, "2031-02-01", "140", ""],
        ],
        "kpis.csv",
    )
    plan, changeset = import_file(
        demo_store, "measurements", path, engagement_id=kpi.engagement_id, skip_refused=True
    )
    assert [r.fate for r in plan.rows] == [Fate.UPDATE, Fate.NEW, Fate.REFUSED]
    assert plan.rows[2].reason == "Value: A percentage must be from 0 to 100."
    assert changeset is not None
    with demo_store.read() as s:
        values = {
            m.period_start: (m.value, m.comment)
            for m in s.exec(select(KpiMeasurement).where(KpiMeasurement.kpi_id == kpi.id))
        }
    assert values[day] == (87.5, "late")
    assert values[date(2031, 1, 1)] == (64.0, "")  # keyed by the first day of its month
