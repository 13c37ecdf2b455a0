"""Writers on a team server and the tallies (revision 0031_server_tallies): random writes
keep every tally equal to count(*); a consultant's writes keep the counts of every client,
which the consultant may not read, and their own counts are of their rows; two writers
locking the same tally rows in opposite orders end in one refused write (nothing of it
written), never in a lost count."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

import psycopg
import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cdmo_desktop.domain import clock
from cdmo_desktop.domain.models import Risk
from cdmo_desktop.domain.validation import ValidationError
from cdmo_desktop.store import Store, open_store, risk_counts
from cdmo_desktop.store.errors import WriteRefused
from cdmo_desktop.store.risk_edits import delete_risk, edit_risk
from tests.risks_support import add_risk, make_portfolio
from tests.server_support import Team, seeded_team
from tests.tally_support import drift, tally_rows

pytestmark = pytest.mark.filterwarnings("ignore::sqlalchemy.exc.SAWarning")

START = date(2026, 9, 1)  # the risks' raised date: a review is on or after it
STATUSES = ("open", "monitoring", "mitigating", "realized")
CATEGORIES = ("supply", "quality", "technical")
OWNERS = ("", "Ana", "Dana")
_days = st.one_of(st.none(), st.integers(0, 3).map(lambda d: START + timedelta(days=d)))
_cell = st.integers(1, 5)
_residual = st.one_of(st.just((None, None)), st.tuples(_cell, _cell))
_FIELDS = {
    "status": st.sampled_from(STATUSES),
    "category": st.sampled_from(CATEGORIES),
    "likelihood": _cell,
    "impact": _cell,
    "owner": st.sampled_from(OWNERS),
    "next_review_date": _days,
    "residual": _residual,
}
_values = st.fixed_dictionaries(_FIELDS)
_ops = st.lists(
    st.one_of(
        st.tuples(st.just("add"), st.integers(0, 1), _values),
        st.tuples(st.just("edit"), st.integers(0, 50), _values),
        st.tuples(st.just("delete"), st.integers(0, 50), st.none()),
        st.tuples(st.just("undo"), st.none(), st.none()),
    ),
    min_size=1,
    max_size=10,
)


def _fields(values: dict[str, Any], keys: set[str]) -> dict[str, Any]:
    out = {k: v for k, v in values.items() if k in keys and k != "residual"}
    if "residual" in keys:
        out["residual_likelihood"], out["residual_impact"] = values["residual"]
    return out


@pytest.fixture
def world(pg_store: Store) -> Iterator[tuple[Store, list[str]]]:
    pf = make_portfolio(pg_store)
    yield pg_store, [pf.alpha, pf.beta]


@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(ops=_ops, edited=st.sets(st.sampled_from(sorted(_FIELDS)), min_size=1))
def test_random_writes_keep_every_tally_equal_to_the_rows(
    world: tuple[Store, list[str]], ops: list[tuple[str, Any, Any]], edited: set[str]
) -> None:
    store, engagements = world
    done = []
    for op, which, values in ops:
        risks = _risk_ids(store)
        try:
            if op == "add":
                risk = add_risk(store, engagements[which], **_fields(values, set(values)))
                assert risk.id in _risk_ids(store)
            elif op == "edit" and risks:
                done.append(edit_risk(store, risks[which % len(risks)], _fields(values, edited)))
            elif op == "delete" and risks:
                done.append(delete_risk(store, risks[which % len(risks)]))
            elif op == "undo" and done:
                last = done.pop()
                store.replay(last.before, "Undo", current=last.after)
        except ValidationError:
            pass  # refused: nothing written
        assert drift(store.engine) == {}
    assert tally_rows(store.engine) == len(_risk_ids(store))


def _risk_ids(store: Store) -> list[str]:
    with store.read() as s:
        return sorted(s.scalars(sa.select(sa.column("id")).select_from(sa.table("risk"))))


@pytest.fixture
def team(pg_url: str) -> Iterator[Team]:
    with seeded_team(pg_url) as t:
        yield t


def test_a_consultant_writes_every_count_and_reads_only_their_own(team: Team) -> None:
    alice = team.new_login("alice", "Acme Pharma")
    with team.store_as(alice) as store:
        add_risk(store, team.engagements["Acme"], "Acme second", next_review_date=None)
        counts = risk_counts.register_counts(store, {}, clock.today())
        assert counts.total == 2  # Acme's two risks, not Beta's one
    assert drift(team.admin_engine()) == {}
    assert tally_rows(team.admin_engine()) == 3
    with team.psycopg_as(alice) as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute("SELECT sum(n) FROM risk_tally")
    admin = team.new_login("root", None, role="admin")
    with team.store_as(admin) as store:
        assert risk_counts.register_counts(store, {}, clock.today()).total == 3


# Two kinds of risk that share no tally row (category, owner and review day all differ).
KINDS = {
    "supply": {"category": "supply", "owner": "Sam", "next_review_date": START},
    "quality": {"category": "quality", "owner": "Quinn", "next_review_date": START + timedelta(1)},
}


def _seeded(pg_url: str, per_kind: int) -> tuple[Any, dict[str, list[str]]]:
    setup = open_store(pg_url, create=False)
    try:
        pf = make_portfolio(setup)
        ids = {
            name: [add_risk(setup, pf.alpha, f"Seed {i}", **kind).id for i in range(per_kind)]
            for name, kind in KINDS.items()
        }
    finally:
        setup.close()
    return pf, ids


def test_two_writers_through_the_store_take_turns_and_lose_no_count(pg_url: str) -> None:
    """A adds a risk of one kind and, before it commits, B starts adding risks of the other
    kind and then A's: B waits (the audit chain's lock, taken by each write's first flush
    before any tally row, store.chain.lock_head) until A commits, so the two never hold
    tally rows the other needs. Both land and the tallies stay exact."""
    pf, _ids = _seeded(pg_url, 1)
    a_flushed, outcome = threading.Event(), {}

    def writer(name: str, engagement: str, kinds: tuple[str, ...]) -> None:
        store = open_store(pg_url, create=False)

        def work(s: Any) -> None:
            for i, kind in enumerate(kinds):
                s.add(_risk(engagement, f"{name} {i}", KINDS[kind]))
                s.flush()
                if name == "A" and i == 0:
                    a_flushed.set()
                    time.sleep(0.5)  # B starts meanwhile

        try:
            if name == "B":
                a_flushed.wait(20)
            store.write(f"{name} adds", work)
            outcome[name] = "landed"
        except WriteRefused:
            outcome[name] = "refused"
        finally:
            store.close()

    threads = [
        threading.Thread(target=writer, args=("A", pf.alpha, ("supply", "quality"))),
        threading.Thread(target=writer, args=("B", pf.beta, ("quality", "supply"))),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert outcome == {"A": "landed", "B": "landed"}
    _assert_exact(pg_url, 6)


def test_crossing_writers_outside_the_store_end_in_one_refusal(pg_url: str) -> None:
    """Plain SQL (no audit chain lock): each deletes a risk of one kind, then one of the
    other's. PostgreSQL finds the deadlock on the tally rows and aborts one transaction;
    the other commits, and the tallies count what is left."""
    _pf, ids = _seeded(pg_url, 2)
    url = sa.make_url(pg_url)
    conninfo = psycopg.conninfo.make_conninfo(
        host=url.host or "", port=url.port or 5432, dbname=url.database or "", user=url.username
    )
    first_done = threading.Barrier(2, timeout=20)
    outcome: dict[str, str] = {}

    def writer(name: str, first: str, second: str) -> None:
        with psycopg.connect(conninfo) as conn:
            try:
                conn.execute("DELETE FROM risk WHERE id = %s", (first,))
                first_done.wait()
                conn.execute("DELETE FROM risk WHERE id = %s", (second,))
                conn.commit()
                outcome[name] = "landed"
            except psycopg.errors.DeadlockDetected:
                conn.rollback()
                outcome[name] = "deadlock"

    supply, quality = ids["supply"], ids["quality"]
    threads = [
        threading.Thread(target=writer, args=("A", supply[0], quality[0])),
        threading.Thread(target=writer, args=("B", quality[1], supply[1])),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert sorted(outcome.values()) == ["deadlock", "landed"]
    _assert_exact(pg_url, 2)


def _assert_exact(pg_url: str, risks: int) -> None:
    check = open_store(pg_url, create=False)
    try:
        assert drift(check.engine) == {}
        assert tally_rows(check.engine) == len(_risk_ids(check)) == risks
    finally:
        check.close()


def _risk(engagement_id: str, title: str, kind: dict[str, Any]) -> Risk:
    return Risk(engagement_id=engagement_id, number=0, title=title, raised_date=START, **kind)
