"""Clients and their contacts as registers: an export imports back as the same records, a
contact names its client by name (case-blind) or id, and a contact naming no known client is
refused with the reason while nothing is written."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlmodel import select

from cdmo_desktop.domain.models import Client, Contact, Engagement
from cdmo_desktop.exchange.errors import ExchangeError
from cdmo_desktop.exchange.import_kinds import Fate
from cdmo_desktop.exchange.imports import import_file
from cdmo_desktop.exchange.register_export import export_register
from cdmo_desktop.exchange.registers import register_of
from cdmo_desktop.exchange.sheet_reader import read_sheet
from cdmo_desktop.store import Store

MODELS: dict[str, Any] = {"clients": Client, "client-contacts": Contact}


def _records(store: Store, kind: str) -> dict[str, dict[str, Any]]:
    model = MODELS[kind]
    fields = [c.field for c in register_of(kind).columns if c.editable]
    fields = [f for f in fields if f in model.model_fields]
    with store.read() as s:
        rows = s.exec(select(model)).all()
    if kind == "client-contacts":
        rows = [r for r in rows if r.client_id is not None]
    return {r.id: {f: getattr(r, f) for f in fields} for r in rows}


@pytest.mark.parametrize("ext", [".csv", ".xlsx"])
def test_clients_and_their_contacts_export_then_import_into_an_empty_database(
    demo_store: Store, store: Store, tmp_path: Path, ext: str
) -> None:
    expected = {k: _records(demo_store, k) for k in ("clients", "client-contacts")}
    assert expected["clients"] and expected["client-contacts"]
    for kind in ("clients", "client-contacts"):
        path = tmp_path / f"{kind}{ext}"
        export_register(demo_store, kind, path)
        plan, changeset = import_file(store, kind, path)
        assert plan.count(Fate.NEW) == len(expected[kind]) and not plan.refused
        assert changeset is not None
        assert _records(store, kind) == expected[kind]
    # Imported again, nothing differs.
    for kind in ("clients", "client-contacts"):
        plan, changeset = import_file(store, kind, tmp_path / f"{kind}{ext}")
        assert plan.count(Fate.UNCHANGED) == len(expected[kind]) and changeset is None


def test_the_client_contacts_export_holds_no_partner_contact(
    demo_store: Store, tmp_path: Path
) -> None:
    path = tmp_path / "people.csv"
    export_register(demo_store, "client-contacts", path)
    sheet = read_sheet(path)
    with demo_store.read() as s:
        at_partners = {c.name for c in s.exec(select(Contact)) if c.partner_id is not None}
        clients = {c.name for c in s.exec(select(Client))}
    names = [row[sheet.headers.index("Name")] for row in sheet.rows]
    assert names and not at_partners & {str(n) for n in names}
    assert {str(row[sheet.headers.index("Client")]) for row in sheet.rows} <= clients


def test_an_engagements_export_keeps_its_client_and_the_clients_contacts(
    demo_store: Store, tmp_path: Path
) -> None:
    with demo_store.read() as s:
        engagement = s.exec(select(Engagement)).first()
        assert engagement is not None
        client = s.get(Client, engagement.client_id)
        assert client is not None
    path = tmp_path / "clients.csv"
    export_register(demo_store, "clients", path, engagement_id=engagement.id)
    sheet = read_sheet(path)
    assert [str(row[sheet.headers.index("ID")]) for row in sheet.rows] == [client.id]


def test_a_contact_names_its_client_case_blind_and_updates_by_name(
    demo_store: Store, tmp_path: Path
) -> None:
    with demo_store.read() as s:
        client = s.exec(select(Client)).first()
        assert client is not None
    path = tmp_path / "people.csv"
    path.write_text(
        f"Client,Name,Role,Email\n{client.name.upper()},Jo Import,QA lead,jo@example.com\n",
        encoding="utf-8",
    )
    plan, _ = import_file(demo_store, "client-contacts", path)
    assert [r.fate for r in plan.rows] == [Fate.NEW]
    path.write_text(
        f"Client,Name,Role\n{client.name.lower()},jo import,Head of QA\n", encoding="utf-8"
    )
    plan, _ = import_file(demo_store, "client-contacts", path)
    assert [(r.fate, r.changed) for r in plan.rows] == [(Fate.UPDATE, ("Role",))]
    with demo_store.read() as s:
        jo = s.exec(select(Contact).where(Contact.name == "Jo Import")).one()
    assert (jo.client_id, jo.partner_id, jo.role) == (client.id, None, "Head of QA")


def test_a_contact_of_an_unknown_client_is_refused_and_nothing_is_written(
    demo_store: Store, tmp_path: Path
) -> None:
    before = _records(demo_store, "client-contacts")
    path = tmp_path / "people.csv"
    path.write_text("Client,Name\nNobody Pharma,Jo Import\n", encoding="utf-8")
    with pytest.raises(ExchangeError, match="1 row refused"):
        import_file(demo_store, "client-contacts", path)
    plan, _ = import_file(demo_store, "client-contacts", path, dry_run=True)
    assert plan.rows[0].reason == "Client: no client has this name."
    assert _records(demo_store, "client-contacts") == before


def test_a_contacts_file_without_a_client_column_is_refused_at_once(
    demo_store: Store, tmp_path: Path
) -> None:
    path = tmp_path / "people.csv"
    path.write_text("Name,Email\nJo,jo@example.com\n", encoding="utf-8")
    with pytest.raises(ExchangeError, match="No column for Client"):
        import_file(demo_store, "client-contacts", path)
