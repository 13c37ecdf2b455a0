"""A charter made for the same engagement on two replicas (store/sync_pairs.py): before,
the second charter broke the one-charter-per-engagement rule and every later sync file
between the two copies was refused."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlmodel import Session, col, select

from cdmo_desktop.domain.models import Charter, CharterSite, Engagement, PartnerSite
from cdmo_desktop.store import sync
from cdmo_desktop.store.store import Store
from tests.sync_support import clean, exchange, log_keys, replicas, table_rows

pytestmark = pytest.mark.sqlite_only
SYNCED = ("charter", "charter_site", "engagement")


@pytest.fixture
def trio(demo_template: Path, tmp_path: Path) -> Iterator[list[Store]]:
    stores = replicas(demo_template, tmp_path, 3)
    yield stores
    for store in stores:
        store.close()


def _uncharted(stores: list[Store]) -> tuple[str, list[str]]:
    """An engagement whose charter was deleted (and synced), and its partner's sites."""
    first = stores[0]
    with first.read() as s:
        for charter in s.exec(select(Charter).order_by(Charter.id)).all():
            engagement = s.get(Engagement, charter.engagement_id)
            assert engagement is not None
            sites = s.exec(
                select(PartnerSite.id)
                .where(PartnerSite.partner_id == engagement.partner_id)
                .order_by(col(PartnerSite.id))
            ).all()
            if len(sites) >= 2:
                break
        else:
            raise AssertionError("the demo has no charter whose partner has two sites")

    def drop(s: Session, charter_id: str = charter.id) -> None:
        s.delete(s.get(Charter, charter_id))

    first.write("drop charter", drop)
    exchange(stores)
    return engagement.id, list(sites)


def _charter(store: Store, engagement: str, scope: str, sites: list[str]) -> str:
    charter = Charter(engagement_id=engagement, scope=scope)

    def work(s: Session) -> None:
        s.add(charter)
        s.flush()
        for site in sites:
            s.add(CharterSite(charter_id=charter.id, site_id=site))

    store.write("charter", work)
    return charter.id


def _state(store: Store, engagement: str) -> tuple[list[str], list[str]]:
    with store.read() as s:
        charters = s.exec(select(Charter).where(Charter.engagement_id == engagement)).all()
        sites = s.exec(
            select(CharterSite.site_id).where(
                col(CharterSite.charter_id).in_([c.id for c in charters])
            )
        ).all()
    return [c.id for c in charters], sorted(sites)


def test_a_charter_made_on_two_replicas_is_kept_once_with_every_site(
    trio: list[Store],
) -> None:
    a, b, c = trio
    engagement, (first_site, second_site, *_) = _uncharted(trio)
    made_first = _charter(a, engagement, "Process validation", [first_site])
    _charter(b, engagement, "Process validation and stability", [first_site, second_site])
    exchange([a, b])
    for store in (a, b):
        charters, sites = _state(store, engagement)
        assert charters == [made_first]  # the charter made first is kept
        assert sites == sorted([first_site, second_site])  # nothing the other side added is lost
        (listed,) = [x for x in sync.conflicts(store) if x.table == "charter"]
        assert (listed.kind, listed.field, listed.row_id) == ("field", "scope", made_first)
        assert {listed.here_value, listed.other_value} == {
            "Process validation",
            "Process validation and stability",
        }
    # A third copy that hears of it only now ends the same way.
    exchange([a, b, c])
    assert _state(c, engagement) == _state(a, engagement)
    for store in (b, c):
        assert table_rows(store, SYNCED) == table_rows(a, SYNCED)
        assert log_keys(store) == log_keys(a)
    for store in (a, b, c):
        clean(store)
