"""The search across everything (Ctrl+K): every kind of record found through its full-text
index, ranked (title before the rest, whole word before prefix, recent before old),
grouped by kind with a total, kept current by every write path, and never upset by what
is typed. On SQLite and on PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
import sqlalchemy as sa
from sqlmodel import Session, select

from cdmo_desktop.domain.models import ActionItem, Contact, Engagement, Partner
from cdmo_desktop.store import Store, bulk
from cdmo_desktop.store.search_everything import KINDS, LIMIT, search
from cdmo_desktop.store.search_results import Results


def _first_engagement(store: Store) -> Engagement:
    with store.read() as s:
        return s.exec(select(Engagement).order_by(Engagement.title)).first()  # type: ignore[return-value]


def _kinds(results: Results) -> list[str]:
    return [g.kind for g in results.groups]


def _titles(results: Results, kind: str) -> list[str]:
    group = results.group(kind)
    return [h.title for h in group.hits] if group else []


def test_every_kind_of_record_is_found_with_what_opens_it(demo_store: Store) -> None:
    found = {
        "partner": search(demo_store, "rheinwald"),
        "engagement": search(demo_store, "CVB-201 fill"),
        "risk": search(demo_store, "palladium"),
        "decision": search(demo_store, "second source"),
        "action": search(demo_store, "fallback slot"),
        "milestone": search(demo_store, "pilot plant"),
        "charter": search(demo_store, "QP certificate"),
        "agreement": search(demo_store, "quality agreement"),
        "contact": search(demo_store, "vogel"),
    }
    for kind, results in found.items():
        group = results.group(kind)
        assert group is not None, kind
        hit = group.hits[0]
        assert hit.title and hit.record_id and hit.opens == (kind, hit.record_id)
        if kind in ("risk", "decision", "action", "milestone", "charter"):
            assert hit.engagement_id, kind
        if kind == "contact":
            assert hit.partner_id or hit.client_id
    assert found["risk"].group("risk").hits[0].code.startswith("R-")  # type: ignore[union-attr]
    assert found["contact"].group("contact").hits[0].title == "Dr. Katrin Vogel"  # type: ignore[union-attr]
    # The change log: the latest entries of the records found, opening those records.
    changes = found["contact"].group("change")
    assert changes is not None and changes.total >= 1
    assert all(h.change is not None and h.target_kind in KINDS for h in changes.hits)
    assert any(
        h.opens == ("contact", found["contact"].group("contact").hits[0].record_id)  # type: ignore[union-attr]
        for h in changes.hits
    )


def test_title_before_body_and_whole_word_before_prefix(demo_store: Store) -> None:
    results = search(demo_store, "tech")
    milestones = results.group("milestone")
    assert milestones is not None
    tiers = [h.tier for h in milestones.hits]
    assert tiers == sorted(tiers)
    assert milestones.hits[0].title.startswith("Tech transfer")  # "tech" is a whole word
    assert milestones.hits[1].tier == 1  # "Technology ...": a prefix of the title
    # A group whose first hit matched in its title comes before one that matched in text.
    assert _kinds(results).index("milestone") < _kinds(results).index("decision")
    decision = results.group("decision").hits[0]  # type: ignore[union-attr]
    assert decision.tier == 3 and "tech" in decision.snippet.lower()  # where it was found


def test_recent_before_old_and_a_cap_per_kind_with_a_total(demo_store: Store) -> None:
    engagement = _first_engagement(demo_store)
    base = datetime(2026, 1, 1, tzinfo=UTC)

    def add(s: Session) -> None:
        for i in range(LIMIT + 4):
            s.add(
                ActionItem(
                    engagement_id=engagement.id,
                    description=f"Quokka follow-up {i}",
                    created_at=base,
                    updated_at=base + timedelta(days=i),
                )
            )

    demo_store.write("Add actions", add)
    group = search(demo_store, "quokka").group("action")
    assert group is not None
    assert len(group.hits) == LIMIT and group.total == LIMIT + 4 and group.more == 4
    assert [h.title for h in group.hits[:2]] == ["Quokka follow-up 11", "Quokka follow-up 10"]


def test_accents_case_and_prefixes(demo_store: Store) -> None:
    for typed in ("elise", "ÉLISE", "Éli", "favr"):
        assert "Dr. Élise Favre" in _titles(search(demo_store, typed), "contact"), typed


def test_nothing_found(demo_store: Store) -> None:
    assert search(demo_store, "zzyzxqq").groups == ()
    assert search(demo_store, "   ").groups == ()


@pytest.mark.parametrize(
    "typed",
    ["NEAR(", "a OR", '"', "*", "'", "x AND (", "{title}: a", "-", "R-", "^a", "a:b", "%_", "\\"],
)
def test_what_is_typed_is_never_syntax(demo_store: Store, typed: str) -> None:
    results = search(demo_store, typed)  # never raises
    assert all(g.hits for g in results.groups)


def test_every_write_keeps_the_search_current(demo_store: Store) -> None:
    with demo_store.read() as s:
        partner = s.exec(select(Partner)).first()
    assert partner is not None

    def add(s: Session) -> None:
        s.add(Contact(partner_id=partner.id, name="Wilhelmina Zarkov", role="QA lead"))

    added = demo_store.write("Add contact", add)
    hit = search(demo_store, "zarkov").group("contact").hits[0]  # type: ignore[union-attr]
    assert hit.partner_id == partner.id and hit.snippet.startswith("QA lead")

    def rename(s: Session) -> None:
        contact = s.get(Contact, hit.record_id)
        assert contact is not None
        contact.name = "Wilhelmina Petrova"

    renamed = demo_store.write("Rename contact", rename)
    assert search(demo_store, "zarkov").group("contact") is None
    assert search(demo_store, "petrova").group("contact") is not None
    demo_store.replay(renamed.before, "Undo rename", current=renamed.after)  # undo
    assert search(demo_store, "zarkov").group("contact") is not None
    assert search(demo_store, "petrova").group("contact") is None
    demo_store.replay(added.before, "Undo add", current=added.after)
    assert search(demo_store, "zarkov").groups == ()


@pytest.mark.sqlite_only
def test_rows_written_around_the_triggers_are_found_after_the_bulk_rebuild(
    demo_store: Store,
) -> None:
    """The benchmark generator writes rows with the triggers dropped, then rebuilds every
    derived index (store.bulk.REBUILDERS)."""
    contact = _table(Contact)
    with demo_store.engine.begin() as conn:
        row = dict(conn.execute(sa.select(contact).limit(1)).mappings().one())
        conn.exec_driver_sql("DROP TRIGGER contact_fts_ai")
        conn.execute(contact.insert(), {**row, "id": "bulk-contact", "name": "Ottoline Quade"})
    assert search(demo_store, "quade").groups == ()  # the index never heard of it
    with demo_store.engine.begin() as conn:
        bulk.rebuild_derived(conn)
    found = search(demo_store, "quade").group("contact")
    assert found is not None and found.hits[0].record_id == "bulk-contact"


def _table(model: Any) -> sa.Table:
    table: sa.Table = model.__table__
    return table
