"""Sync with a team server's database (and a file, the same way): a replica copied from
the store onto a file, both edited, then synced both ways."""

from __future__ import annotations

from pathlib import Path

from cdmo_desktop.domain.enums import PartnerKind, Phase, RiskCategory
from cdmo_desktop.domain.models import Client, Engagement, Partner, Risk
from cdmo_desktop.store import open_store, sync, transfer
from cdmo_desktop.store.store import Store


def _seed(store: Store) -> str:
    client = Client(name="Client")
    partner = Partner(name="Partner", kind=PartnerKind.CDMO)
    engagement = Engagement(
        title="E", client_id=client.id, partner_id=partner.id, phase=Phase.DISCOVERY
    )
    risk = Risk(engagement_id=engagement.id, number=1, title="R", category=RiskCategory.SUPPLY)

    def work(s: object) -> None:
        for row in (client, partner, engagement, risk):
            s.add(row)  # type: ignore[attr-defined]
            s.flush()  # type: ignore[attr-defined]

    store.write("seed", work)
    return risk.id


def _owner(store: Store, risk_id: str) -> tuple[str, str]:
    with store.read() as s:
        risk = s.get(Risk, risk_id)
        assert risk is not None
        return risk.owner, risk.mitigation


def test_a_store_and_its_file_replica_converge(store: Store, tmp_path: Path) -> None:
    risk_id = _seed(store)
    path = tmp_path / "laptop.sqlite"
    transfer.write_sqlite_copy(store.engine, path)
    laptop = open_store(path, user="laptop")
    try:
        here = sync.ensure_identity(store)
        assert sync.new_identity(laptop, cloned_from=here) != here

        def edit(target: Store, **values: str) -> None:
            def work(s: object) -> None:
                risk = s.get(Risk, risk_id)  # type: ignore[attr-defined]
                for k, v in values.items():
                    setattr(risk, k, v)

            target.write("edit", work)

        edit(store, owner="Server", mitigation="Audit")
        edit(laptop, owner="Laptop")  # later: wins
        sync.apply(laptop, sync.pack(store, sync.replica_id(laptop)))
        sync.apply(store, sync.pack(laptop, here))
        assert _owner(store, risk_id) == _owner(laptop, risk_id) == ("Laptop", "Audit")
        for replica in (store, laptop):
            [conflict] = sync.conflicts(replica)
            assert (conflict.field, conflict.here_value, conflict.other_value) == (
                "owner",
                "Laptop",
                "Server",
            )
        keep = sync.conflicts(store)[0]
        sync.resolve_conflict(store, keep.id, "here")
        assert sync.conflicts(store) == [] and len(sync.conflicts(laptop)) == 1
    finally:
        laptop.close()
