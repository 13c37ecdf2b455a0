"""Partner profile store: derived audit dates, name checks, the edit use cases and their
change sets (one primary contact, site removal keeps links for undo), search words,
overview and recent changes."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy.exc import IntegrityError
from sqlmodel import func, select

from cdmo_desktop.domain.enums import AuditStatus, AuditType, PartnerKind
from cdmo_desktop.domain.models import ChangeLog, Contact, Partner, PartnerAudit, PartnerSite
from cdmo_desktop.domain.validation import ValidationError
from cdmo_desktop.store import Store
from cdmo_desktop.store import partner_edits as edits
from cdmo_desktop.store import partners as sp
from cdmo_desktop.store.changesets import ChangeSet
from cdmo_desktop.store.derived_partners import audit_dates
from cdmo_desktop.store.partner_overview import load_overview, recent_changes

D = date


def _partner(store: Store, name: str = "Hollis Ridge Pharma") -> str:
    with store.session() as s:
        p = Partner(name=name, kind=PartnerKind.CDMO, country="US")
        s.add(p)
    return p.id


def _undo(store: Store, changeset: ChangeSet) -> None:
    store.replay(changeset.before, f"Undo: {changeset.label}")


def _partner_row(store: Store, pid: str) -> Partner:
    with store.read() as s:
        p = s.get(Partner, pid)
        assert p is not None
        return p


def test_audit_dates_from_the_audits() -> None:
    done, planned = AuditStatus.DONE, AuditStatus.PLANNED
    assert audit_dates([]) == (None, None)
    audits = [(D(2024, 5, 1), done, D(2026, 5, 1)), (D(2022, 3, 1), done, D(2023, 3, 1))]
    assert audit_dates(audits) == (D(2024, 5, 1), D(2026, 5, 1))  # latest audit's due
    assert audit_dates([*audits, (D(2026, 2, 1), planned, None)]) == (
        D(2024, 5, 1),
        D(2026, 2, 1),  # a plan before the due date is the next audit
    )
    assert audit_dates([*audits, (D(2026, 9, 1), planned, None)])[1] == D(2026, 5, 1)
    assert audit_dates([(D(2027, 1, 1), planned, None)]) == (None, D(2027, 1, 1))
    cancelled = [(D(2025, 1, 1), AuditStatus.CANCELLED, D(2027, 1, 1))]
    assert audit_dates(cancelled) == (None, None)


def test_adding_and_undoing_an_audit_updates_the_partner_dates(store: Store) -> None:
    pid = _partner(store)
    audit = dict(
        audit_date=D(2025, 3, 4),
        audit_type=AuditType.ROUTINE,
        status=AuditStatus.DONE,
        next_due=D(2027, 3, 4),
    )
    added = edits.save_child(store, pid, "audit", "a1", audit, label="Add audit")
    p = _partner_row(store, pid)
    assert (p.last_audit_date, p.next_audit_due) == (D(2025, 3, 4), D(2027, 3, 4))
    _undo(store, added)
    p = _partner_row(store, pid)
    assert (p.last_audit_date, p.next_audit_due) == (None, None)


def test_a_refused_change_set_writes_nothing(store: Store) -> None:
    pid = _partner(store)
    with store.read() as s:
        log_before = s.exec(select(func.count()).select_from(ChangeLog)).one()
    future_done = PartnerAudit(
        id="a2",
        partner_id=pid,
        audit_date=date.today().replace(year=date.today().year + 1),
        audit_type=AuditType.ROUTINE,
        status=AuditStatus.DONE,
    )
    good_contact = Contact(id="c1", partner_id=pid, name="Ana Lee")
    with pytest.raises(ValidationError, match="future"):
        store.write("Two rows", lambda s: s.add_all([good_contact, future_done]))
    with store.read() as s:
        assert s.get(Contact, "c1") is None and s.get(PartnerAudit, "a2") is None
        assert s.exec(select(func.count()).select_from(ChangeLog)).one() == log_before


def test_one_primary_contact_and_undo_gives_the_flag_back(store: Store) -> None:
    pid = _partner(store)
    with store.session() as s:
        s.add(Contact(id="old", partner_id=pid, name="Rachel Okafor", is_primary=True))
    values = {"name": "Linda Marsh", "is_primary": True}
    added = edits.save_child(store, pid, "contact", "new", values, label="Add contact")
    with store.read() as s:
        primaries = s.exec(select(Contact.name).where(Contact.is_primary)).all()
    assert primaries == ["Linda Marsh"]
    _undo(store, added)
    with store.read() as s:
        assert s.exec(select(Contact.name).where(Contact.is_primary)).all() == ["Rachel Okafor"]
        assert s.get(Contact, "new") is None


def test_removing_a_site_unlinks_its_rows_and_undo_links_them_again(store: Store) -> None:
    pid = _partner(store)
    with store.session() as s:
        s.add(PartnerSite(id="site", partner_id=pid, name="Sanford pilot plant"))
        s.flush()
        s.add(Contact(id="c", partner_id=pid, name="Linda Marsh", site_id="site"))
    removed = edits.remove_child(store, "site", "site", label="Remove site")
    with store.read() as s:
        assert s.get(PartnerSite, "site") is None
        assert s.get(Contact, "c").site_id is None  # type: ignore[union-attr]
    _undo(store, removed)
    with store.read() as s:
        assert s.get(Contact, "c").site_id == "site"  # type: ignore[union-attr]


def test_names_unique_ignoring_case_and_near_duplicates(store: Store) -> None:
    pid = _partner(store, "Hollis Ridge Pharma")
    assert sp.name_in_use(store, "  HOLLIS   ridge pharma ") == "Hollis Ridge Pharma"
    assert sp.name_in_use(store, "Hollis Ridge Pharma", exclude_id=pid) is None
    assert sp.similar_names(store, "Hollis Ridge Pharma, Inc.") == ["Hollis Ridge Pharma"]
    assert sp.similar_names(store, "The Hollis Ridge Pharma LLC") == ["Hollis Ridge Pharma"]
    assert sp.similar_names(store, "Hollis Ridge Biologics") == []
    with pytest.raises(IntegrityError, match=r"UNIQUE|unique"), store.session() as s:
        s.add(Partner(name="hollis ridge pharma", kind=PartnerKind.CRO))


def test_search_words_follow_sites_and_contacts(store: Store) -> None:
    pid = _partner(store)
    edits.save_child(store, pid, "contact", "c", {"name": "Tomás Herrera"}, label="Add")
    edits.save_child(store, pid, "site", "s", {"name": "Kilo lab", "city": "Durham"}, label="Add")
    words = _partner_row(store, pid).search_extra
    assert "tomás herrera" in words and "kilo lab durham" in words
    with store.read() as s:
        log = s.exec(select(ChangeLog).where(ChangeLog.field == "search_extra")).all()
    assert log == []  # derived words never reach the change log


def test_overview_lists_changes_of_the_partner_and_its_rows(store: Store) -> None:
    pid = _partner(store)
    edits.save_child(store, pid, "contact", "c", {"name": "Ana Lee"}, label="Add")
    edits.save_child(
        store, pid, "contact", "c", {"name": "Ana Lee", "email": "ana@x.example"}, label="Edit"
    )
    edits.remove_child(store, "contact", "c", label="Remove")
    other = _partner(store, "Other Labs")
    edits.save_child(store, other, "contact", "o", {"name": "Not Here"}, label="Add")
    with store.read() as s:
        lines = recent_changes(s, pid)
    ov = load_overview(store, pid, date.today())
    assert [(c.what, c.change) for c in lines[:3]] == [
        ("Contact Ana Lee", "removed"),
        ("Contact Ana Lee", "email: — → ana@x.example"),
        ("Contact Ana Lee", "added"),
    ]
    assert lines[-1].what == "Partner Hollis Ridge Pharma" and lines[-1].change == "added"
    assert all("Not Here" not in c.what for c in lines)
    assert ov.engagements == [] and ov.open_risks == {} and ov.changes == lines
