"""Change sets: values without bookkeeping (or derived) columns, reading current states,
and applying a list of states parents-first so undo restores exactly; a refused row writes
nothing."""

from __future__ import annotations

import pytest
from sqlmodel import func, select

from cdmo_desktop.domain.enums import PartnerKind
from cdmo_desktop.domain.models import Client, Contact, Partner
from cdmo_desktop.domain.validation import ValidationError
from cdmo_desktop.store import Store
from cdmo_desktop.store.changesets import (
    BOOKKEEPING,
    RowState,
    apply_states,
    changed_state,
    new_state,
    read_states,
    values_of,
)


def _counts(store: Store) -> tuple[int, int]:
    with store.read() as s:
        clients = s.exec(select(func.count()).select_from(Client)).one()
        contacts = s.exec(select(func.count()).select_from(Contact)).one()
    return clients, contacts


def test_values_leave_out_bookkeeping_and_skipped_columns() -> None:
    partner = Partner(name="Hollis Ridge Pharma", kind=PartnerKind.CDMO, country="US")
    values = values_of(partner)
    assert values["name"] == "Hollis Ridge Pharma"
    assert not BOOKKEEPING & values.keys()
    assert "search_extra" in values
    assert "search_extra" not in values_of(partner, BOOKKEEPING | {"search_extra"})


def test_insert_then_undo_restores_nothing_and_redo_everything(store: Store) -> None:
    client = Client(name="Aurora Therapeutics")
    contact = Contact(name="Ana Lee", client_id=client.id)
    after = [new_state(client), new_state(contact)]  # parent before child
    with store.read() as s:
        before = read_states(s, after)
    assert [b.values for b in before] == [None, None]

    with store.session() as s:
        assert apply_states(s, after) == {"client", "contact"}
    assert _counts(store) == (1, 1)

    with store.session() as s:
        apply_states(s, before)  # child removed before its parent
    assert _counts(store) == (0, 0)

    with store.session() as s:
        apply_states(s, after)
    with store.read() as s:
        back = s.get(Contact, contact.id)
        assert back is not None and back.name == "Ana Lee" and back.client_id == client.id


def test_changed_state_overlays_changes_and_undo_restores_them(store: Store) -> None:
    with store.session() as s:
        client = Client(name="Aurora Therapeutics", country="SE")
        s.add(client)
    with store.read() as s:
        after = [changed_state(s, Client, client.id, name="Aurora Tx")]
        before = read_states(s, after)
    assert after[0].values is not None and after[0].values["country"] == "SE"
    with store.session() as s:
        apply_states(s, after)
    with store.session() as s:
        apply_states(s, before)
    with store.read() as s:
        row = s.get(Client, client.id)
        assert row is not None and row.name == "Aurora Therapeutics"
        with pytest.raises(LookupError):
            changed_state(s, Client, "no-such-id", name="x")


def test_a_refused_row_writes_nothing(store: Store) -> None:
    client = Client(name="Aurora Therapeutics")
    bad = RowState(Contact, "c1", values_of(Contact(name="", client_id=client.id)))
    with pytest.raises(ValidationError), store.session() as s:
        apply_states(s, [new_state(client), bad])
    assert _counts(store) == (0, 0)
