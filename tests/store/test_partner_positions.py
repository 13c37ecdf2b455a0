"""Where a partner is in the register after a sort or refresh (the current row the list
keeps): found at its place in every order, near either end in two short reads, deeper in
one count along the sort key's index, always in a bounded number of reads; and the page
that row is on is then read by seek from it, not by skipping every row before it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
import sqlalchemy as sa

from cdmo_desktop.domain import clock
from cdmo_desktop.gui.partners.partners_model import PartnerListSource
from cdmo_desktop.store import Store, partner_list, partner_locate, partners
from cdmo_desktop.store.partner_list import HEADERS, PartnerFilters
from tests.store.test_partner_list import TODAY, _everyone, _matches, _reference, register

__all__ = ["register"]  # the 40-partner register, built once per backend


@contextmanager
def _statements(store: Store) -> Iterator[list[str]]:
    """The SQL run meanwhile; a skip past rows (a non-zero OFFSET) marked " SKIPS"."""
    seen: list[str] = []

    def record(conn: Any, cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        skips = "OFFSET" in statement.upper() and bool(parameters and parameters[-1])
        seen.append(statement + (" SKIPS" if skips else ""))

    sa.event.listen(store.engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        sa.event.remove(store.engine, "before_cursor_execute", record)


@pytest.mark.parametrize("col", range(len(HEADERS)))
@pytest.mark.parametrize("desc", [False, True])
@pytest.mark.parametrize(
    "f", [PartnerFilters(), PartnerFilters(kind="cdmo", archived=True), PartnerFilters(text="labs")]
)
def test_every_row_is_located_at_its_place_in_a_bounded_number_of_reads(
    register: Store, monkeypatch: pytest.MonkeyPatch, col: int, desc: bool, f: PartnerFilters
) -> None:
    monkeypatch.setattr(partner_list, "NEAR", 3)  # the ends and the middle of 40 partners
    kept = [r for r, text in _everyone(register) if _matches(r, text, f)]
    expected = _reference(kept, col, desc)
    assert len(expected) > 8
    for place, key in enumerate(expected):
        with _statements(register) as seen, register.read() as s:
            found = partner_locate.locate(s, f, col, desc, key, TODAY)
        assert found is not None and found[0] == place and found[1].id == key
        reads = [t for t in seen if t.lstrip().upper().startswith("SELECT")]
        assert len(reads) <= 5, reads  # the row, two ends, the counts (tally, index)


@pytest.mark.sqlite_only  # SQLite's parameters (OFFSET last)
def test_the_page_of_a_located_row_is_read_by_seek_for_one_reload(register: Store) -> None:
    source = PartnerListSource(register)
    f = PartnerFilters()
    sort = (partner_list.COL_COUNTRY, False)
    total = source.count({})
    with register.read() as s:
        order = [r.id for r in partner_list.fetch(s, f, *sort, total, clock.today())]
    place = 29
    assert source.position({}, *sort, order[place]) == place
    with _statements(register) as seen:
        page = source.fetch_at({}, *sort, 20, 15)
    assert [r.id for r in page] == order[20:35]
    assert seen and not any(t.endswith(" SKIPS") for t in seen), seen
    assert source.fetch_at({"kind": "cro"}, *sort, 20, 15) == partners.register_fetch_at(
        register, PartnerFilters(kind="cro"), sort, (20, 15), clock.today()
    )  # another filter: read by offset
    source.count({})  # a reload: the row found before may have moved
    with _statements(register) as seen:
        again = source.fetch_at({}, *sort, 20, 15)
    assert [r.id for r in again] == order[20:35]
    assert any(t.endswith(" SKIPS") for t in seen)
