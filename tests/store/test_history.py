"""Reading the change log back: recent changes and a field's values over time."""

from __future__ import annotations

from sqlmodel import col, select

from cdmo_desktop.domain.enums import ChangeAction, PartnerKind, Phase, RiskCategory
from cdmo_desktop.domain.models import ChangeLog, Client, Contact, Engagement, Partner, Risk
from cdmo_desktop.store import Store, history


def _partner_with_contact(store: Store, name: str = "Kestrel CDMO") -> tuple[Partner, Contact]:
    with store.session(reason="Onboarding") as s:
        partner = Partner(name=name, kind=PartnerKind.CDMO)
        s.add(partner)
        s.flush()
        contact = Contact(partner_id=partner.id, name="Ana Ruiz", role="Project manager")
        s.add(contact)
    return partner, contact


def test_changes_for_a_row_newest_first_with_limit(store: Store) -> None:
    partner, _ = _partner_with_contact(store)
    for notes in ("Audit booked", "Audit passed", "CDA renewed"):
        with store.session() as s:
            p = s.get(Partner, partner.id)
            assert p is not None
            p.notes = notes
    with store.read() as s:
        changes = history.changes_for_row(s, partner.id)
        latest_two = history.changes_for_row(s, partner.id, limit=2)
    assert [c.action for c in changes] == [ChangeAction.UPDATE] * 3 + [ChangeAction.INSERT]
    assert [c.new_value for c in changes[:3]] == ["CDA renewed", "Audit passed", "Audit booked"]
    assert latest_two == changes[:2]
    assert changes[-1].values()["name"] == "Kestrel CDMO" and changes[-1].reason == "Onboarding"
    assert changes[0].values() == {}


def test_changes_for_a_set_of_rows_across_tables(store: Store) -> None:
    partner, contact = _partner_with_contact(store)
    _other, other_contact = _partner_with_contact(store, "Northbridge Biologics")
    with store.session() as s:
        c = s.get(Contact, contact.id)
        assert c is not None
        c.role = "Site head"
    with store.read() as s:
        changes = history.changes_for_rows(s, [partner.id, contact.id])
        one = history.changes_for_rows(s, [partner.id, contact.id], limit=1)
    assert {c.row_id for c in changes} == {partner.id, contact.id}
    assert other_contact.id not in {c.row_id for c in changes}
    assert (changes[0].table_name, changes[0].field, changes[0].new_value) == (
        "contact",
        "role",
        "Site head",
    )
    assert one == changes[:1]


def test_changes_for_a_set_of_many_rows(store: Store) -> None:
    with store.session() as s:
        clients = [Client(name=f"Sponsor {i:03d}") for i in range(620)]
        s.add_all(clients)
    with store.read() as s:
        changes = history.changes_for_rows(s, [c.id for c in clients], limit=None)
    assert len(changes) == 620


def test_changes_for_a_table_since_a_moment(store: Store) -> None:
    _partner_with_contact(store)
    with store.read() as s:
        mark = s.exec(
            select(ChangeLog.occurred_at).order_by(col(ChangeLog.occurred_at).desc())
        ).first()
    with store.session() as s:
        s.add(Partner(name="Helix Analytical", kind=PartnerKind.LAB))
    with store.read() as s:
        all_partners = history.changes_for_table(s, Partner)
        since = history.changes_for_table(s, "partner", since=mark)
    assert [c.values()["name"] for c in all_partners] == ["Helix Analytical", "Kestrel CDMO"]
    assert [c.values()["name"] for c in since] == ["Helix Analytical"]


def test_risk_score_over_time(store: Store) -> None:
    with store.session() as s:
        client, partner = (
            Client(name="Aurora Therapeutics"),
            Partner(name="Kestrel", kind=PartnerKind.CDMO),
        )
        s.add_all([client, partner])
        s.flush()
        engagement = Engagement(
            title="API scale-up", client_id=client.id, partner_id=partner.id, phase=Phase.SCALE_UP
        )
        s.add(engagement)
        s.flush()
        risk = Risk(
            engagement_id=engagement.id,
            number=1,
            title="Polymorph shift",
            category=RiskCategory.TECHNICAL,
        )
        s.add(risk)
    with store.session(reason="Stability data came back") as s:
        r = s.get(Risk, risk.id)
        assert r is not None
        r.likelihood, r.impact = 4, 5
    with store.session() as s:
        r = s.get(Risk, risk.id)
        assert r is not None
        r.title = "Polymorph shift at 50 L"  # other fields do not add points
    with store.session(reason="Closed after the engineering batch") as s:
        s.delete(s.get(Risk, risk.id))
    with store.read() as s:
        scores = history.field_history(s, risk.id, "score")
    assert [v.value for v in scores] == ["9", "20", None]
    assert [v.reason for v in scores[1:]] == [
        "Stability data came back",
        "Closed after the engineering batch",
    ]
    assert scores[0].occurred_at < scores[1].occurred_at < scores[2].occurred_at
    assert {v.user for v in scores} == {"Test Consultant"}
