"""The one write path: `Store.write` returns what a unit of work changed, as the flush hook
saw it (rows before and after, cascades included, tables written), and `Store.replay`
applies either side, all or nothing."""

from __future__ import annotations

import pytest

from cdmo_desktop.domain.enums import PartnerKind, Phase
from cdmo_desktop.domain.models import Client, Contact, Engagement, Partner
from cdmo_desktop.domain.validation import ValidationError
from cdmo_desktop.store import Store
from cdmo_desktop.store.errors import WriteRefused
from tests.undo_support import database_rows, diff


def _client(store: Store, name: str = "Aurora Therapeutics") -> Client:
    client = Client(name=name)
    store.write("New client", lambda s: s.add(client))
    return client


def test_write_returns_rows_before_and_after(store: Store) -> None:
    client = Client(name="Aurora Therapeutics")
    contact = Contact(name="Ana Lee", client_id=client.id)

    def work(s) -> None:
        s.add(client)
        s.flush()
        s.add(contact)

    cs = store.write("New client", work)
    assert cs.label == "New client"
    assert cs.tables == {"client", "contact"}
    assert [(b.table, b.values) for b in cs.before] == [("client", None), ("contact", None)]
    assert cs.row("contact", contact.id)["name"] == "Ana Lee"  # type: ignore[index]
    assert cs.ids("client") == {client.id}


def test_undo_of_a_delete_brings_back_what_the_database_cascaded(store: Store) -> None:
    client = _client(store)
    contact = Contact(name="Ana Lee", client_id=client.id)
    store.write("Add contact", lambda s: s.add(contact))
    full = database_rows(store)

    cs = store.write("Delete client", lambda s: s.delete(s.get(Client, client.id)))
    assert {st.table for st in cs.before} >= {"client"}
    gone = database_rows(store)
    assert diff(full, gone)

    undo = store.replay(cs.before, "Undo")
    assert not diff(full, database_rows(store))
    assert "client" in undo.tables
    store.replay(cs.after, "Redo")
    assert not diff(gone, database_rows(store))


def test_an_update_records_the_old_values(store: Store) -> None:
    client = _client(store)

    def rename(s) -> None:
        s.get(Client, client.id).name = "Aurora Bio"

    cs = store.write("Rename", rename)
    assert cs.before[0].values["name"] == "Aurora Therapeutics"  # type: ignore[index]
    assert cs.after[0].values["name"] == "Aurora Bio"  # type: ignore[index]
    store.replay(cs.before, "Undo")
    with store.read() as s:
        assert s.get(Client, client.id).name == "Aurora Therapeutics"  # type: ignore[union-attr]


def test_a_write_that_changes_nothing_is_empty(store: Store) -> None:
    client = _client(store)

    def same(s) -> None:
        s.get(Client, client.id).name = "Aurora Therapeutics"

    assert store.write("Nothing", same).empty


def test_a_refused_row_writes_nothing(store: Store) -> None:
    before = database_rows(store)
    with pytest.raises(ValidationError):
        store.write("Bad", lambda s: s.add(Partner(name="", kind=PartnerKind.CDMO)))
    assert not diff(before, database_rows(store))


def test_a_replay_the_database_refuses_is_one_sentence_and_writes_nothing(store: Store) -> None:
    client = Client(name="Aurora Therapeutics")
    partner = Partner(name="Hollis Ridge Pharma", kind=PartnerKind.CDMO, country="US")
    created = store.write("New client", lambda s: s.add(client))
    store.write("New partner", lambda s: s.add(partner))
    engagement = Engagement(
        title="ART-417 scale-up", client_id=client.id, partner_id=partner.id, phase=Phase.SCALE_UP
    )
    store.write("New engagement", lambda s: s.add(engagement))
    before = database_rows(store)
    # Undoing the client's creation while an engagement is for that client is refused.
    with pytest.raises(WriteRefused) as refused:
        store.replay(created.before, "Undo: New client")
    assert "depend" in str(refused.value)
    assert "SQL" not in str(refused.value) and "constraint" not in str(refused.value)
    assert not diff(before, database_rows(store))
