"""The demo portfolio: complete, valid, deterministic and in the domain's language."""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from sqlmodel import SQLModel, select

from cdmo_desktop.domain.enums import (
    ChangeAction,
    CharterStatus,
    EngagementStatus,
    MilestoneKind,
    RaciRole,
    Region,
    RiskCategory,
    RiskStatus,
    ShareDirection,
    Side,
)
from cdmo_desktop.domain.models import (
    Agreement,
    AgreementClause,
    ChangeLog,
    Charter,
    Engagement,
    Milestone,
    MilestoneDependency,
    Partner,
    PartnerAudit,
    RaciAssignment,
    Risk,
    StatusReport,
    Workstream,
)
from cdmo_desktop.domain.models.erasure import AUDIT_TABLES
from cdmo_desktop.domain.validation import validate
from cdmo_desktop.store import Store, open_store
from cdmo_desktop.store.demo import populate
from tests.conftest import DEMO_TODAY

_VOLATILE = {"created_at", "updated_at", "occurred_at"}


def _dump(path: Path) -> dict[str, list[sa.Row[Any]]]:
    """Every domain table's rows without timestamps, in a stable order."""
    engine = sa.create_engine(f"sqlite:///{path}")
    out = {}
    with engine.connect() as conn:
        for table in SQLModel.metadata.sorted_tables:
            if table.name == "change_log":
                continue
            cols = [c for c in table.columns if c.name not in _VOLATILE]
            out[table.name] = sorted(conn.execute(sa.select(*cols)).all(), key=repr)
    engine.dispose()
    return out


def test_two_runs_give_the_same_portfolio(demo_template: Path, tmp_path: Path) -> None:
    again = tmp_path / "again.sqlite"
    store = open_store(again)
    populate(store, today=DEMO_TODAY)
    store.close()
    first, second = _dump(demo_template), _dump(again)
    assert first == second
    assert len(first["risk"]) > 30


def test_dates_follow_today(demo_store: Store, tmp_path: Path) -> None:
    earlier = date(2026, 6, 1)
    store = open_store(tmp_path / "earlier.sqlite")
    populate(store, today=earlier)
    with store.read() as s:
        shifted = sorted(m.planned_finish for m in s.exec(select(Milestone)).all())
    store.close()
    with demo_store.read() as s:
        original = sorted(m.planned_finish for m in s.exec(select(Milestone)).all())
    assert [d + (DEMO_TODAY - earlier) for d in shifted] == original


def test_every_table_has_rows(demo_store: Store) -> None:
    with demo_store.read() as s:
        empty = [
            t.name
            for t in SQLModel.metadata.sorted_tables
            if t.name not in AUDIT_TABLES - {"change_log"}
            and t.name != "client_access"  # written by `server grant` on a server only
            and s.execute(sa.select(sa.func.count()).select_from(t)).scalar_one() == 0
        ]
    assert empty == []


def test_counts_are_within_the_portfolio_ranges(demo_store: Store) -> None:
    with demo_store.read() as s:
        engagements = s.exec(select(Engagement)).all()
        risks = Counter(r.engagement_id for r in s.exec(select(Risk)).all())
        milestones = s.exec(select(Milestone)).all()
        agreements = s.exec(select(Agreement)).all()
        partners = s.exec(select(Partner)).all()
        clients = s.execute(sa.text("SELECT count(*) FROM client")).scalar_one()
        clause_keys = {c.clause_key for c in s.exec(select(AgreementClause)).all()}
    assert 5 <= len(partners) <= 8 and clients == 2 and len(engagements) == 4
    assert {e.status for e in engagements} >= {EngagementStatus.ACTIVE, EngagementStatus.PLANNED}
    assert len({e.phase for e in engagements}) == 4
    per_engagement = Counter(m.engagement_id for m in milestones)
    for e in engagements:
        assert 8 <= risks[e.id] <= 15, e.title
        assert 10 <= per_engagement[e.id] <= 25, e.title
    gates = [m for m in milestones if m.kind == MilestoneKind.DECISION_GATE]
    assert {g.engagement_id for g in gates} == {e.id for e in engagements}
    assert len({a.kind for a in agreements}) == 5
    assert clause_keys >= {
        "scope",
        "governance",
        "data_access",
        "ip",
        "confidentiality",
        "quality",
        "acceptance",
        "term",
        "disputes",
    }


def test_partners_cover_north_america_and_two_other_regions(demo_store: Store) -> None:
    with demo_store.read() as s:
        partners = s.exec(select(Partner)).all()
    regions = {p.region for p in partners}
    assert Region.NORTH_AMERICA in regions and len(regions - {Region.NORTH_AMERICA}) >= 2
    for p in partners:
        assert p.legal_name and p.registered_address and p.website and p.time_zone, p.name
        assert p.capabilities and p.languages, p.name


def test_portfolio_shows_the_situations_a_consultant_meets(demo_store: Store) -> None:
    today = DEMO_TODAY
    with demo_store.read() as s:
        charters = s.exec(select(Charter)).all()
        risks = s.exec(select(Risk)).all()
        audits = s.exec(select(PartnerAudit)).all()
        milestones = s.exec(select(Milestone)).all()
        lags = s.exec(select(MilestoneDependency).where(MilestoneDependency.lag_days > 0)).all()
        raci = s.exec(select(RaciAssignment, Workstream).join(Workstream)).all()
        reports = s.exec(select(StatusReport)).all()
        active = s.exec(select(Engagement).where(Engagement.status == "active")).all()
        shares = s.execute(sa.text("SELECT DISTINCT direction FROM data_share")).scalars().all()
    signed = [
        c
        for c in charters
        if c.status == CharterStatus.AGREED and c.client_signed_date and c.partner_signed_date
    ]
    assert signed and any(c.status == CharterStatus.DRAFT and not c.who_summary for c in charters)
    assert {r.category for r in risks} == set(RiskCategory)
    assert any(r.status == RiskStatus.REALIZED and r.realized_decision_id for r in risks)
    assert any(r.status == RiskStatus.CLOSED and r.closure_note for r in risks)
    assert any(r.raised_by == Side.PARTNER for r in risks)
    open_risks = [r for r in risks if r.status != RiskStatus.CLOSED]
    assert any(r.next_review_date and r.next_review_date < today for r in open_risks)
    assert any(a.status == "planned" and a.audit_date < today for a in audits)  # overdue
    assert any(m.baseline_finish and m.planned_finish > m.baseline_finish for m in milestones)
    assert any(m.contract_fixed for m in milestones) and lags
    accountable = Counter(w.id for a, w in raci if a.role == RaciRole.ACCOUNTABLE)
    assert max(accountable.values()) >= 2  # one workstream breaks the one-A rule
    assert {r.engagement_id for r in reports} == {e.id for e in active}
    assert set(shares) == {d.value for d in ShareDirection}


def test_every_row_passes_validation_and_was_change_logged(demo_store: Store) -> None:
    with demo_store.read() as s:
        logged = Counter(
            c.table_name
            for c in s.exec(select(ChangeLog).where(ChangeLog.action == ChangeAction.INSERT))
        )
        for table in SQLModel.metadata.sorted_tables:
            if table.name == "change_log":
                continue
            model = next(m.class_ for m in SQLModel._sa_registry.mappers if m.local_table is table)
            rows = s.exec(select(model)).all()
            assert logged[table.name] == len(rows), table.name
            for row in rows:
                assert validate(row, today=DEMO_TODAY) == {}, (table.name, row)


@pytest.mark.sqlite_only  # PRAGMA foreign_key_check (PostgreSQL enforces foreign keys itself)
def test_foreign_keys_are_consistent(demo_store: Store) -> None:
    with demo_store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"


def test_names_and_titles_read_like_a_consultant_wrote_them(demo_store: Store) -> None:
    queries = {
        "milestone": "SELECT name FROM milestone",
        "workstream": "SELECT name FROM workstream",
        "risk": "SELECT title FROM risk",
        "decision": "SELECT title FROM decision",
        "action": "SELECT description FROM action_item",
        "channel": "SELECT name FROM communication_channel",
    }
    with demo_store.engine.connect() as conn:
        for what, sql in queries.items():
            texts = conn.execute(sa.text(sql)).scalars().all()
            assert texts, what
            lower = [t for t in texts if not (t[0].isupper() or t[0].isdigit())]
            assert lower == [], what
            assert not any("lorem" in t.lower() for t in texts), what
