"""Where an engagement is in each Portfolio order (the current row followed across a sort or
refresh) is one count along the order's index: the same number as its place in the
overview's order, at any depth, in a bounded number of short reads that never read the
engagement table itself (revision 0024 put what makes an engagement listed in the status
and partner orders' indexes)."""

from __future__ import annotations

import random
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import timedelta
from typing import Any

import pytest

from cdmo_desktop.domain.enums import MilestoneKind, MilestoneStatus, Phase, Rag
from cdmo_desktop.domain.models import Engagement, Milestone
from cdmo_desktop.store import Store
from cdmo_desktop.store.portfolio import RUNNING_STATUSES
from cdmo_desktop.store.portfolio_list import (
    DEFAULT_COLUMN,
    PortfolioList,
    Reading,
    catch_up,
    store_reading,
)
from cdmo_desktop.store.portfolio_sql import Reader
from tests.store.test_portfolio import TODAY, build_portfolio
from tests.store.test_portfolio_list import ORDERS, _expected


@pytest.fixture
def portfolio(store: Store) -> PortfolioList:
    """The small random portfolio and 40 more engagements of every running status and RAG,
    some sharing a title (the id breaks the tie), some with a late milestone."""
    fx = build_portfolio(store)
    rnd = random.Random(11)
    with store.session() as s:
        extra = [
            Engagement(
                title=f"Transfer {rnd.randint(1, 12):02d}",
                client_id=fx.engagements[i % 2].client_id,
                partner_id=fx.partners[i % 4].id,
                phase=rnd.choice(list(Phase)),
                status=rnd.choice(RUNNING_STATUSES),
                rag=rnd.choice([*Rag, None]),
            )
            for i in range(40)
        ]
        s.add_all(extra)
        s.flush()
        for n, e in enumerate(extra[::3]):
            finish = TODAY + timedelta(days=rnd.randint(-20, 20))
            s.add(
                Milestone(
                    engagement_id=e.id,
                    name=f"Batch {n}",
                    kind=MilestoneKind.MILESTONE,
                    planned_start=finish - timedelta(days=5),
                    planned_finish=finish,
                    status=MilestoneStatus.NOT_STARTED,
                    position=n,
                )
            )
    return PortfolioList.of_store(store, TODAY)


class Recorded:
    """A Reading that runs each text as usual and keeps it, its parameters and the rows
    it returned, with SQLite's plan for it."""

    def __init__(self, store: Store, plans: bool = True) -> None:
        self.inner = store_reading(store)
        self.plans = plans  # SQLite's EXPLAIN QUERY PLAN
        self.texts: list[tuple[str, list[str], int]] = []
        self.skipped: list[int] = []  # the OFFSET of each read that skipped rows

    @contextmanager
    def __call__(self) -> Iterator[Reader]:
        with self.inner() as read:

            def recorded(text: str, params: Mapping[str, Any]) -> Sequence[Sequence[Any]]:
                found = read(text, params)
                explained = read("EXPLAIN QUERY PLAN " + text, params) if self.plans else []
                plan = [str(r[-1]) for r in explained]
                self.texts.append((text, plan, len(found)))
                if params.get("offset"):
                    self.skipped.append(int(params["offset"]))
                return found

            yield recorded


@pytest.mark.parametrize("column", range(len(ORDERS)))
@pytest.mark.parametrize("descending", [False, True])
def test_every_row_is_found_at_its_place_in_every_order(
    store: Store, portfolio: PortfolioList, column: int, descending: bool
) -> None:
    expected = [e.id for e in _expected(store, column, descending)]
    assert len(expected) > 40
    for place, engagement_id in enumerate(expected):
        assert portfolio.position(column, descending, engagement_id) == place
    assert portfolio.position(column, descending, "not-an-engagement") is None


@pytest.mark.sqlite_only  # SQLite's query plans
@pytest.mark.parametrize("column", range(len(ORDERS)))
@pytest.mark.parametrize("descending", [False, True])
def test_a_position_is_counted_in_an_index_without_reading_the_engagements(
    store: Store, portfolio: PortfolioList, column: int, descending: bool
) -> None:
    assert catch_up(store, TODAY)  # the dated columns' keys hold for the day read for
    with store.engine.begin() as conn:  # statistics, as a database past a few thousand
        conn.exec_driver_sql("ANALYZE")  # engagements has them (store.planner)
    recorded = Recorded(store)
    reading: Reading = recorded
    listed = PortfolioList(reading, TODAY, tallied=lambda: True)
    deepest = _expected(store, column, descending)[-1].id
    place = listed.position(column, descending, deepest)
    assert place == len(_expected(store, column, descending)) - 1
    looked_up = [  # the default order adds the groups before the row from the tally, the
        t  # others the spans before the row's from the marks (store.engagement_marks)
        for t in recorded.texts
        if not t[0].startswith("SELECT k.day")
        and "FROM engagement_tally" not in t[0]
        and "FROM engagement_mark" not in t[0]
    ]
    assert len(looked_up) == 2  # the row's keys, then the count
    (_, found, n_found), (_, counted, n_counted) = looked_up
    assert n_found == 1 and n_counted == 1  # no more rows come back than the one and a count
    assert any("USING INTEGER PRIMARY KEY" in p or "USING INDEX" in p for p in found), found
    searches = [p for p in counted if p.startswith(("SEARCH", "SCAN")) and "CONSTANT" not in p]
    assert searches and all("USING COVERING INDEX" in p for p in searches), counted


@pytest.mark.parametrize("column", [0, 2, 5])
def test_the_page_of_a_found_row_is_read_by_seek_until_the_next_count(
    store: Store, portfolio: PortfolioList, column: int
) -> None:
    recorded = Recorded(store, plans=False)
    listed = PortfolioList(recorded, TODAY, tallied=lambda: store.backend == "sqlite")
    expected = [e.id for e in _expected(store, column, False)]
    assert listed.count() == len(expected)
    assert listed.position(column, False, expected[27]) == 27
    page = listed.fetch_at(column, False, 20, 10)
    assert [e.id for e in page] == expected[20:30] and not recorded.skipped
    assert [e.id for e in listed.fetch_at(column, True, 20, 10)] == expected[::-1][20:30]
    # Another order: read by offset; on SQLite a marked order's from the span holding the
    # rows (store.portfolio_jump: one span here, so from the top; descending, ascending
    # from the last row wanted), the default order's skipping only that status group's
    # rows of the span before it (store.portfolio_default: the row's place in its group).
    sqlite, n = store.backend == "sqlite", len(expected)
    statuses = [e.status for e in _expected(store, column, False)]
    down, up = (20, 20) if not sqlite or column == 5 else (n - 30, 20)
    if sqlite and column == DEFAULT_COLUMN:
        down, up = _in_group(statuses, n - 21), _in_group(statuses, 20)
    assert recorded.skipped == [n for n in (down,) if n]
    listed.count()
    assert [e.id for e in listed.fetch_at(column, False, 20, 10)] == expected[20:30]
    assert recorded.skipped == [n for n in (down, up) if n]


def _in_group(statuses: list[Any], place: int) -> int:
    """The place of the `place`-th row of the default order among its status group's."""
    return place - statuses.index(statuses[place])
