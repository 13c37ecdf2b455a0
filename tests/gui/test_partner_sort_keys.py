"""The register's stored sort keys, full-text index and tally follow every write that
changes them (a partner's country, its contacts, its engagements added, archived, changed
or deleted, a partner archived) and come back with undo and redo: what is stored always
equals what a rebuild from the rows computes."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
import sqlalchemy as sa

from cdmo_desktop.domain.enums import EngagementStatus, PartnerKind, Phase
from cdmo_desktop.domain.models import Client, Contact, Engagement, Partner
from cdmo_desktop.gui import undo
from cdmo_desktop.store import Store, engagement_edits, partner_edits, partner_list
from cdmo_desktop.store.derived_partners import LAST
from cdmo_desktop.store.partner_list import COL_ACTIVE, PartnerFilters
from tests.undo_support import check_undo_redo

pytestmark = pytest.mark.gui
TODAY = date(2026, 11, 20)
DERIVED = (
    "country_key",
    "region_key",
    "next_audit_key",
    "active_engagements",
    "primary_contact",
    "contact_key",
    "search_extra",
)


def _stored(conn: sa.Connection) -> tuple[Any, ...]:
    cols = ", ".join(DERIVED)
    partners = conn.exec_driver_sql(f"SELECT id, {cols} FROM partner ORDER BY id").all()
    tally = conn.exec_driver_sql(
        "SELECT archived, kind, region, qualification_status, n FROM partner_tally "
        "WHERE n <> 0 ORDER BY 1, 2, 3, 4"
    ).all()
    return tuple(partners), tuple(tally)


def _assert_current(store: Store) -> None:
    """What the store keeps equals what `rebuild` computes from the rows."""
    with store.engine.connect() as conn:
        kept = _stored(conn)
        conn.exec_driver_sql("INSERT INTO partner_fts(partner_fts) VALUES ('integrity-check')")
        partner_list.rebuild(conn)
        rebuilt = _stored(conn)
        conn.rollback()
    assert kept == rebuilt


def _keys(store: Store, name: str) -> dict[str, Any]:
    with store.engine.connect() as conn:
        row = conn.execute(
            sa.text(f"SELECT {', '.join(DERIVED)} FROM partner WHERE name = :n"), {"n": name}
        ).one()
    return dict(zip(DERIVED, row, strict=True))


def _world(store: Store) -> tuple[str, str, str]:
    with store.session() as s:
        client = Client(name="Aurelis Therapeutics")
        alpina = Partner(name="Alpina Labs", kind=PartnerKind.CDMO, country="CH")
        boreal = Partner(name="Boreal Bio", kind=PartnerKind.CRO)
        s.add_all([client, alpina, boreal])
        s.flush()
        s.add(Contact(partner_id=alpina.id, name="Zoë Ärger", is_primary=True))
        s.add(Contact(partner_id=alpina.id, name="Anton Berg", is_primary=False))
        for i, status in enumerate([EngagementStatus.ACTIVE, EngagementStatus.ACTIVE]):
            s.add(
                Engagement(
                    id=f"eng-{i}",
                    title=f"Program {i}",
                    client_id=client.id,
                    partner_id=alpina.id,
                    phase=Phase.SCALE_UP,
                    status=status,
                )
            )
        return alpina.id, boreal.id, client.id


def test_keys_are_written_with_the_rows(store: Store) -> None:
    _world(store)
    keys = _keys(store, "Alpina Labs")
    assert keys["country_key"] == "switzerland" and keys["region_key"] == "europe"
    assert keys["primary_contact"] == "Zoë Ärger" and keys["contact_key"] == "zoe arger"
    assert keys["active_engagements"] == 2 and keys["next_audit_key"] == LAST
    boreal = _keys(store, "Boreal Bio")
    assert boreal["country_key"] == boreal["contact_key"] == LAST
    assert boreal["active_engagements"] == 0 and boreal["primary_contact"] == ""
    _assert_current(store)


def _edits(store: Store, alpina: str, boreal: str, client: str) -> list[Callable[[], Any]]:
    contact = {"name": "Anton Berg", "is_primary": True}
    with store.engine.connect() as conn:
        ids: dict[str, str] = dict(conn.exec_driver_sql("SELECT name, id FROM contact").all())
    anton, zoe = ids["Anton Berg"], ids["Zoë Ärger"]
    new_engagement = {
        "title": "Program 9",
        "client_id": client,
        "partner_id": boreal,
        "phase": Phase.SCALE_UP,
        "status": EngagementStatus.ACTIVE,
    }
    return [
        lambda: engagement_edits.archive_engagement(store, "eng-0"),
        lambda: engagement_edits.edit_engagement(
            store, "eng-1", {"status": EngagementStatus.ON_HOLD}
        ),
        lambda: engagement_edits.edit_engagement(store, "eng-1", {"partner_id": boreal}),
        lambda: engagement_edits.create_engagement(store, new_engagement),
        lambda: partner_edits.save_child(store, alpina, "contact", anton, contact, label="c"),
        lambda: partner_edits.remove_child(store, "contact", zoe, label="Remove Zoë"),
        lambda: partner_edits.save_partner(store, alpina, {"country": "DE"}),
        lambda: partner_edits.set_archived(store, boreal, True),
    ]


@pytest.mark.parametrize("step", range(8))
def test_every_write_keeps_the_keys_and_undo_redo_restore_them(ctx: Any, step: int) -> None:
    alpina, boreal, client = _world(ctx.store)
    edit = _edits(ctx.store, alpina, boreal, client)[step]
    check_undo_redo(ctx, lambda: undo.commit(ctx, edit()))
    _assert_current(ctx.store)
    ctx.undo_stack.undo()
    _assert_current(ctx.store)
    ctx.undo_stack.redo()
    _assert_current(ctx.store)


def test_engagement_writes_move_partners_in_the_active_order(ctx: Any) -> None:
    alpina, boreal, client = _world(ctx.store)

    def order() -> list[str]:
        with ctx.store.read() as s:
            rows = partner_list.fetch(s, PartnerFilters(), COL_ACTIVE, True, 10, TODAY)
        return [f"{r.name}:{r.active_engagements}" for r in rows]

    assert order() == ["Alpina Labs:2", "Boreal Bio:0"]
    for edit in _edits(ctx.store, alpina, boreal, client)[:4]:
        undo.commit(ctx, edit())
    assert order() == ["Boreal Bio:1", "Alpina Labs:0"]
    for _ in range(4):
        ctx.undo_stack.undo()
    assert order() == ["Alpina Labs:2", "Boreal Bio:0"]


def test_deleting_an_engagement_counts_it_out(store: Store) -> None:
    _world(store)
    with store.session() as s:
        s.delete(s.get(Engagement, "eng-0"))
    assert _keys(store, "Alpina Labs")["active_engagements"] == 1
    _assert_current(store)
    with store.read() as s:
        assert partner_list.count(s, PartnerFilters(kind="cdmo"), TODAY) == 1
