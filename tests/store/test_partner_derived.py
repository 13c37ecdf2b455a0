"""A partner's derived fields follow every write path, not only the profile's use cases:
a bare `store.write` (an import, the command line) and an undo or redo (`Store.replay`)
keep the audit dates and the register's search words right."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sqlmodel import select

from cdmo_desktop.domain.enums import (
    AuditStatus,
    AuditType,
    EngagementStatus,
    PartnerKind,
    Phase,
)
from cdmo_desktop.domain.models import (
    ChangeLog,
    Client,
    Contact,
    Engagement,
    Partner,
    PartnerAudit,
    PartnerSite,
)
from cdmo_desktop.store import Store, derived_partners

D = date


def _partner(store: Store, name: str = "Hollis Ridge Pharma") -> str:
    partner = Partner(name=name, kind=PartnerKind.CDMO, country="US")
    store.write("New partner", lambda s: s.add(partner))
    return partner.id


def _audit(pid: str, day: date, status: AuditStatus, next_due: date | None = None) -> PartnerAudit:
    return PartnerAudit(
        partner_id=pid,
        audit_date=day,
        audit_type=AuditType.ROUTINE,
        status=status,
        next_due=next_due,
    )


def _dates(store: Store, pid: str) -> tuple[date | None, date | None]:
    with store.read() as s:
        p = s.get(Partner, pid)
        assert p is not None
        return p.last_audit_date, p.next_audit_due


def _words(store: Store, pid: str) -> str:
    with store.read() as s:
        p = s.get(Partner, pid)
        assert p is not None
        return p.search_extra


def test_a_bare_write_of_an_audit_sets_the_audit_dates_and_logs_them(store: Store) -> None:
    pid = _partner(store)
    audit = _audit(pid, D(2025, 3, 4), AuditStatus.DONE, D(2027, 3, 4))
    cs = store.write("Import audit", lambda s: s.add(audit))
    assert _dates(store, pid) == (D(2025, 3, 4), D(2027, 3, 4))
    assert cs.touches("partner") and cs.row("partner", pid)["next_audit_due"] == D(2027, 3, 4)  # type: ignore[index]
    with store.read() as s:
        logged = s.exec(
            select(ChangeLog.field).where(ChangeLog.row_id == pid, ChangeLog.field != None)  # noqa: E711
        ).all()
    assert set(logged) == {"last_audit_date", "next_audit_due"}  # logged like any edit


def test_pending_changes_and_removals_count_in_the_same_write(store: Store) -> None:
    pid = _partner(store)
    done = _audit(pid, D(2024, 5, 1), AuditStatus.DONE, D(2026, 5, 1))
    plan = _audit(pid, D(2026, 2, 1), AuditStatus.PLANNED)
    store.write("Two audits", lambda s: s.add_all([done, plan]))
    assert _dates(store, pid) == (D(2024, 5, 1), D(2026, 2, 1))

    def plan_done_and_drop_the_old(s) -> None:
        s.delete(s.get(PartnerAudit, done.id))
        moved = s.get(PartnerAudit, plan.id)
        moved.audit_date, moved.status, moved.next_due = D(2026, 2, 3), AuditStatus.DONE, None

    store.write("Audit held", plan_done_and_drop_the_old)
    assert _dates(store, pid) == (D(2026, 2, 3), None)
    store.write("Remove", lambda s: s.delete(s.get(PartnerAudit, plan.id)))
    assert _dates(store, pid) == (None, None)


def test_an_audit_moved_to_another_partner_updates_both(store: Store) -> None:
    first, second = _partner(store), _partner(store, "Keystone Labs")
    audit = _audit(first, D(2025, 1, 10), AuditStatus.DONE, D(2027, 1, 10))
    store.write("Add", lambda s: s.add(audit))

    def move(s) -> None:
        s.get(PartnerAudit, audit.id).partner_id = second

    store.write("Move", move)
    assert _dates(store, first) == (None, None)
    assert _dates(store, second) == (D(2025, 1, 10), D(2027, 1, 10))


def test_a_new_partner_written_with_its_audits(store: Store) -> None:
    partner = Partner(name="Nordlys Pharma", kind=PartnerKind.CMO, country="NO")

    def work(s) -> None:
        s.add(partner)
        s.add(_audit(partner.id, D(2025, 6, 1), AuditStatus.DONE, D(2027, 6, 1)))

    store.write("Import partner", work)
    assert _dates(store, partner.id) == (D(2025, 6, 1), D(2027, 6, 1))


def test_undo_and_redo_of_an_audit_bring_the_dates_along(store: Store) -> None:
    pid = _partner(store)
    audit = _audit(pid, D(2025, 3, 4), AuditStatus.DONE, D(2027, 3, 4))
    cs = store.write("Add audit", lambda s: s.add(audit))
    undo = store.replay(cs.before, "Undo: Add audit")
    assert _dates(store, pid) == (None, None) and undo.touches("partner")
    store.replay(cs.after, "Redo: Add audit")
    assert _dates(store, pid) == (D(2025, 3, 4), D(2027, 3, 4))


def test_a_bare_write_of_a_site_or_contact_renews_the_search_words(store: Store) -> None:
    pid = _partner(store)
    site = PartnerSite(partner_id=pid, name="Kilo lab", city="Durham")
    cs = store.write("Import site", lambda s: s.add(site))
    assert "kilo lab durham" in _words(store, pid)
    assert cs.tables == {"partner_site", "partner"}  # the register refreshes on it
    contact = Contact(partner_id=pid, name="Tomás Herrera")
    store.write("Import contact", lambda s: s.add(contact))
    assert "tomás herrera" in _words(store, pid)

    def rename(s) -> None:
        s.get(PartnerSite, site.id).name = "Pilot plant"

    renamed = store.write("Rename site", rename)
    assert "pilot plant durham" in _words(store, pid) and "kilo" not in _words(store, pid)
    store.replay(renamed.before, "Undo: Rename site")  # undo: the old words come back
    assert "kilo lab durham" in _words(store, pid)
    store.write("Remove", lambda s: s.delete(s.get(Contact, contact.id)))
    assert "tomás" not in _words(store, pid)


def test_the_partners_own_words_and_client_contacts(store: Store) -> None:
    from cdmo_desktop.domain.models import Client

    pid = _partner(store)

    def legal(s) -> None:
        s.get(Partner, pid).legal_name = "Hollis Ridge Pharma Services, Inc."

    store.write("Legal name", legal)
    assert "hollis ridge pharma services, inc." in _words(store, pid)
    client = Client(name="Aurora Therapeutics")
    store.write("Client", lambda s: s.add(client))
    cs = store.write(
        "Client contact", lambda s: s.add(Contact(client_id=client.id, name="Ana Lee"))
    )
    assert "partner" not in cs.tables  # a client's contact leaves partners alone
    with store.read() as s:
        assert s.exec(select(ChangeLog).where(ChangeLog.field == "search_extra")).all() == []


@pytest.mark.sqlite_only  # SQLite's query plans
def test_every_partners_keys_are_counted_through_the_partners_own_engagements(
    store: Store,
) -> None:
    """The bulk rebuild of the register's keys (store.bulk, after a generated or imported
    load, before the planner has statistics) reads each partner's engagements through
    the partner's index: through the archived or status index it read every engagement
    for every partner (the 100,000-partner benchmark database never finished)."""
    client = Client(name="Acme Bio")
    partners = [Partner(name=f"Partner {i}", kind=PartnerKind.CDMO) for i in range(3)]

    def work(s: Any) -> None:
        s.add_all([client, *partners])
        s.flush()
        for i, status in enumerate([EngagementStatus.ACTIVE] * 3 + [EngagementStatus.PLANNED]):
            s.add(
                Engagement(
                    title=f"Program {i}",
                    client_id=client.id,
                    partner_id=partners[i % 2].id,
                    phase=Phase.DISCOVERY,
                    status=status,
                    archived=i == 2,
                )
            )

    store.write("Partners", work)
    with store.engine.begin() as conn:
        conn.exec_driver_sql("DROP TABLE IF EXISTS sqlite_stat1")
        conn.exec_driver_sql("DROP TABLE IF EXISTS sqlite_stat4")
    with store.engine.connect() as conn:
        compiled = derived_partners.all_keys_statement().compile(dialect=conn.dialect)
        params = tuple(compiled.construct_params()[k] for k in compiled.positiontup or ())
        plan = [r[-1] for r in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled}", params)]
    engagements = [line for line in plan if "engagement" in line]
    assert engagements == ["SEARCH engagement USING INDEX ix_engagement_partner_id (partner_id=?)"]
    with store.engine.begin() as conn:
        derived_partners.refresh_sort_keys(conn, None)
    with store.read() as s:
        active = {p.name: p.active_engagements for p in s.exec(select(Partner))}
    assert active == {"Partner 0": 1, "Partner 1": 1, "Partner 2": 0}  # archived, planned left out
