"""The risk register at scale: keyset paging returns exactly what a plain Python filter and
sort of every risk gives (forward from the top, backward from the end, jumps into the
middle, positions), the maintained tallies equal a GROUP BY after any writes and undos, the
full-text search follows edits and undo at once, derived sort keys follow renames, and the
default views' queries walk an index instead of reading the risk table."""

from __future__ import annotations

import itertools
import random
import unicodedata
from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cdmo_desktop.domain import risk_matrix, risk_review
from cdmo_desktop.domain.enums import RiskCategory, RiskStatus
from cdmo_desktop.domain.models import Engagement, Milestone, Risk
from cdmo_desktop.store import Store, bulk, derived_risks, fulltext
from cdmo_desktop.store import risks as rs
from tests.conftest import BACKENDS, empty_store_on
from tests.risks_support import TODAY, make_portfolio

N_RISKS = 90
TITLES = ("Supplier delay", "Yield loss", "Café closure", "supplier audit", "Écart qualité")
OWNERS = ("Ana", "Ben", "Émile", "")
LEVEL_RANK = {lv.value: i for i, lv in enumerate(risk_matrix.LEVEL_ORDER)}
STATUS_RANK = {s.value: i for i, s in enumerate(RiskStatus)}
LIVE = {s.value for s in risk_review.ACTIVE_STATUSES}
NO_REVIEW = date(2199, 12, 31)
R = sa.inspect(Risk).local_table
E = sa.inspect(Engagement).local_table
M = sa.inspect(Milestone).local_table


def _random_risk(rng: random.Random, engagement_id: str, milestones: list[str]) -> Risk:
    likelihood, impact = rng.randint(1, 5), rng.randint(1, 5)
    status = rng.choice(list(RiskStatus))
    closed = status in (RiskStatus.CLOSED, RiskStatus.REALIZED)
    residual = (rng.randint(1, 5), rng.randint(1, 5)) if rng.random() < 0.5 else (None, None)
    return Risk(
        engagement_id=engagement_id,
        number=0,
        title=rng.choice(TITLES),
        description=rng.choice(("", "Second source pending", "Batch record")),
        mitigation=rng.choice(("", "Qualify a second supplier")),
        category=rng.choice(list(RiskCategory)[:3]),
        likelihood=likelihood,
        impact=impact,
        residual_likelihood=residual[0],
        residual_impact=residual[1],
        owner=rng.choice(OWNERS),
        status=status,
        raised_date=date(2026, 9, 1),
        next_review_date=(
            None if rng.random() < 0.2 else TODAY + timedelta(days=rng.randint(-5, 5))
        ),
        closed_date=TODAY if closed else None,
        closure_note="Done" if closed else "",
        milestone_id=rng.choice([None, *milestones]),
    )


def _fill(store: Store, n: int, seed: int) -> dict[str, str]:
    """`n` random risks over three engagements (two with the same title), some linked to
    milestones with the same name; returns the engagement ids by name."""
    pf = make_portfolio(store)
    rng = random.Random(seed)

    def more(s: Any) -> None:
        alpha = s.get(Engagement, pf.alpha)
        twin = Engagement(
            title=alpha.title,
            client_id=alpha.client_id,
            partner_id=alpha.partner_id,
            phase=alpha.phase,
        )
        s.add(twin)
        s.flush()
        extra = Milestone(
            engagement_id=twin.id,
            name="Engineering batch",
            planned_start=date(2026, 10, 1),
            planned_finish=date(2026, 11, 1),
        )
        s.add(extra)
        s.flush()
        where = {pf.alpha: [pf.task, pf.gate], pf.beta: [], twin.id: [extra.id]}
        ids = sorted(where)
        for _ in range(n):
            eid = rng.choice(ids)
            s.add(_random_risk(rng, eid, where[eid]))
        s.info["twin"] = twin.id

    store.write("Random risks", more)
    return {"alpha": pf.alpha, "beta": pf.beta}


# --- the reference: plain Python over every risk -------------------------------------------


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _everything(store: Store) -> list[dict[str, Any]]:
    with store.read() as s:
        titles: dict[str, str] = {r[0]: r[1] for r in s.execute(sa.select(E.c.id, E.c.title))}
        names: dict[str, str] = {r[0]: r[1] for r in s.execute(sa.select(M.c.id, M.c.name))}
        out = []
        for risk in s.scalars(sa.select(Risk)):
            row = risk.model_dump()
            row["level"] = str(getattr(row["level"], "value", row["level"]))
            row["status"] = str(getattr(row["status"], "value", row["status"]))
            row["category"] = str(getattr(row["category"], "value", row["category"]))
            row["raised_by"] = str(getattr(row["raised_by"], "value", row["raised_by"]))
            row["engagement_title"] = titles[risk.engagement_id]
            row["milestone_name"] = names.get(risk.milestone_id or "", "")
            out.append(row)
        return out


def _matches(row: dict[str, Any], filters: dict[str, Any]) -> bool:
    if filters.get("engagement_id") and row["engagement_id"] != filters["engagement_id"]:
        return False
    status = filters.get("status")
    if status == rs.ACTIVE and row["status"] not in LIVE:
        return False
    if status and status != rs.ACTIVE and row["status"] != status:
        return False
    for key in ("level", "category", "owner"):
        if filters.get(key) and row[key] != filters[key]:
            return False
    if filters.get("review_due"):
        day = row["next_review_date"]
        if day is None or day > filters["today"] or row["status"] not in LIVE:
            return False
    if filters.get("search"):
        text = " ".join(row[c] for c in ("title", "description", "mitigation"))
        found = {_fold(w) for w in fulltext.words(text)}
        wanted = [_fold(w) for w in fulltext.words(filters["search"])]
        if not all(any(f.startswith(w) for f in found) for w in wanted):
            return False
    if filters.get("cell"):
        kind, likelihood, impact = filters["cell"]
        prefix = "residual_" if kind == "residual" else ""
        if (row[f"{prefix}likelihood"], row[f"{prefix}impact"]) != (likelihood, impact):
            return False
    return True


def _sort_key(row: dict[str, Any], key: str, filters: dict[str, Any]) -> tuple[Any, ...]:
    if key == "code" and not filters.get("engagement_id"):
        key = "engagement"
    values: dict[str, tuple[Any, ...]] = {
        "code": (row["number"],),
        "level": (LEVEL_RANK[row["level"]], row["score"]),
        "status": (STATUS_RANK[row["status"]],),
        "next_review": (row["next_review_date"] or NO_REVIEW,),
        "milestone": (row["milestone_name"],),
        "engagement": (row["engagement_title"], row["engagement_id"], row["number"]),
    }
    return (*(values[key] if key in values else (row[key],)), row["id"])


def _expected(
    rows: list[dict[str, Any]], filters: dict[str, Any], key: str, descending: bool
) -> list[str]:
    listed = [r for r in rows if _matches(r, filters)]
    listed.sort(key=lambda r: _sort_key(r, key, filters), reverse=descending)
    return [r["id"] for r in listed]


# --- keyset paging against the reference ----------------------------------------------------


@pytest.fixture(scope="module", params=BACKENDS)
def world(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Any]:
    with empty_store_on(request.param, request, tmp_path_factory) as store:
        engagements = _fill(store, N_RISKS, seed=7)
        yield store, engagements, _everything(store)


FILTER_CHOICES: dict[str, list[Any]] = {
    "engagement_id": ["alpha", "beta"],
    "status": [rs.ACTIVE, "open", "closed"],
    "level": ["critical", "medium"],
    "category": [c.value for c in list(RiskCategory)[:3]],
    "owner": ["Ana", "Émile"],
    "review_due": [True],
    "search": ["supp", "CAFE", "second source", "yield batch", "ecart", "zzz", "-"],
    "cell": [("current", 3, 4), ("residual", 2, 2), ("current", 5, 5)],
}


@st.composite
def filter_sets(draw: st.DrawFn) -> dict[str, Any]:
    chosen = draw(st.sets(st.sampled_from(sorted(FILTER_CHOICES)), max_size=3))
    filters = {k: draw(st.sampled_from(FILTER_CHOICES[k])) for k in chosen}
    if filters.get("review_due"):
        filters["today"] = TODAY
    return filters


def _resolve(filters: dict[str, Any], engagements: dict[str, str]) -> dict[str, Any]:
    if "engagement_id" in filters:
        return {**filters, "engagement_id": engagements[filters["engagement_id"]]}
    return filters


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    filters=filter_sets(),
    key=st.sampled_from(sorted(rs.SORT_KEYS)),
    descending=st.booleans(),
    size=st.integers(1, 17),
    data=st.data(),
)
def test_every_query_lists_what_a_plain_sort_of_every_risk_lists(
    world: Any,
    filters: dict[str, Any],
    key: str,
    descending: bool,
    size: int,
    data: st.DataObject,
) -> None:
    store, engagements, rows = world
    filters = _resolve(filters, engagements)
    expected = _expected(rows, filters, key, descending)
    assert rs.count_risks(store, filters) == len(expected)
    assert rs.heatmap_counts(store, filters).total == len(
        _expected(rows, {k: v for k, v in filters.items() if k != "cell"}, key, descending)
    )

    pages = len(expected) // size + 2  # a wrong seek must not loop forever
    forward: list[rs.RiskRow] = rs.fetch_risks(store, filters, key, descending, size)
    for _ in range(pages):
        if not forward:
            break
        more = rs.fetch_risks(store, filters, key, descending, size, after=forward[-1])
        if not more:
            break
        forward += more
    assert [r.id for r in forward] == expected

    backward: list[rs.RiskRow] = rs.fetch_risks_before(store, filters, key, descending, size)
    for _ in range(pages):
        if not backward:
            break
        more = rs.fetch_risks_before(store, filters, key, descending, size, before=backward[0])
        if not more:
            break
        backward = more + backward
    assert [r.id for r in backward] == expected

    offset = data.draw(st.integers(0, len(expected) + 2), label="offset")
    at = rs.fetch_risks_at(store, filters, key, descending, offset, size)
    assert [r.id for r in at] == expected[offset : offset + size]

    if expected:
        i = data.draw(st.integers(0, len(expected) - 1), label="position of")
        assert rs.risk_position(store, filters, key, descending, expected[i]) == i
    unlisted = sorted({r["id"] for r in rows} - set(expected))
    if unlisted:
        assert rs.risk_position(store, filters, key, descending, unlisted[0]) is None


# --- tallies, search and sort keys follow every write ---------------------------------------


def _tallies(store: Store) -> tuple[dict[tuple[Any, ...], int], dict[tuple[Any, ...], int]]:
    """(risk_tally, risk_review_tally) without empty rows, and the same from a GROUP BY."""
    with store.read() as s:
        run = s.connection().exec_driver_sql
        keys = ", ".join(derived_risks.TALLY_KEYS)
        tally = {r[:-1]: r[-1] for r in run(f"SELECT {keys}, n FROM risk_tally WHERE n > 0")}
        cells = keys.replace("residual_likelihood", "coalesce(residual_likelihood, 0)")
        cells = cells.replace("residual_impact", "coalesce(residual_impact, 0)")
        grouped = {
            r[:-1]: r[-1] for r in run(f"SELECT {cells}, count(*) FROM risk GROUP BY {cells}")
        }
        review = {
            r[:-1]: r[-1]
            for r in run("SELECT status, level, day, n FROM risk_review_tally WHERE n > 0")
        }
        review_grouped = {
            r[:-1]: r[-1]
            for r in run(
                "SELECT status, level, next_review_date, count(*) FROM risk "
                "WHERE next_review_date IS NOT NULL GROUP BY status, level, next_review_date"
            )
        }
    assert tally == grouped
    assert review == review_grouped
    assert _facet_tallies(store) == _facet_tallies(store, grouped=True)
    return tally, review


def _facet_tallies(store: Store, grouped: bool = False) -> tuple[dict[Any, int], ...]:
    """(risk_owner_tally, risk_due_tally) without empty rows, or (`grouped`) the same counted
    from the risks."""
    keys = ", ".join(derived_risks.OWNER_TALLY_KEYS)
    cells = keys.replace("residual_likelihood", "coalesce(residual_likelihood, 0)")
    cells = cells.replace("residual_impact", "coalesce(residual_impact, 0)")
    due_counted = " UNION ALL ".join(
        f"SELECT '{f}', {f}, status, next_review_date, count(*) FROM risk "
        f"WHERE next_review_date IS NOT NULL GROUP BY {f}, status, next_review_date"
        for f in derived_risks.DUE_FACETS
    )
    queries = (
        (
            f"SELECT {keys}, n FROM risk_owner_tally WHERE n > 0",
            f"SELECT {cells}, count(*) FROM risk GROUP BY {cells}",
        ),
        ("SELECT facet, value, status, day, n FROM risk_due_tally WHERE n > 0", due_counted),
    )
    with store.read() as s:
        run = s.connection().exec_driver_sql
        return tuple({r[:-1]: r[-1] for r in run(q[grouped])} for q in queries)


@pytest.mark.sqlite_only  # SQLite's tallies
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_tallies_equal_a_group_by_after_random_writes_and_undo(store: Store, seed: int) -> None:
    _fill(store, 25, seed)
    rng = random.Random(seed)
    done = []
    for _ in range(12):
        with store.read() as s:
            ids = sorted(s.scalars(sa.select(R.c.id)))
            eid = s.scalars(sa.select(E.c.id)).first()
        victim = rng.choice(ids)
        action = rng.choice(("insert", "edit", "delete"))

        def work(s: Any, action: str = action, victim: str = victim, eid: Any = eid) -> None:
            if action == "insert":
                s.add(_random_risk(rng, str(eid), []))
            elif action == "delete":
                s.delete(s.get(Risk, victim))
            else:
                risk = s.get(Risk, victim)
                risk.likelihood = rng.randint(1, 5)
                risk.owner = rng.choice(OWNERS)
                risk.category = rng.choice(list(RiskCategory))
                risk.residual_likelihood = risk.residual_impact = rng.choice((None, 2))
                if risk.status in (RiskStatus.OPEN, RiskStatus.MONITORING):
                    risk.status = rng.choice((RiskStatus.OPEN, RiskStatus.MONITORING))
                    risk.next_review_date = TODAY + timedelta(days=rng.randint(-3, 3))

        done.append(store.write(action, work))
        _tallies(store)
        if rng.random() < 0.3:
            store.replay(done.pop().before, "Undo")
            _tallies(store)
    filters = {"status": rs.ACTIVE, "review_due": True, "today": TODAY}
    rows = _everything(store)
    assert rs.count_risks(store, filters) == len(_expected(rows, filters, "score", True))
    assert rs.count_reviews_due(store, TODAY) == rs.count_risks(store, filters)


def _search(store: Store, text: str) -> list[str]:
    return [r.title for r in rs.fetch_risks(store, {"search": text}, "title", False, 50)]


def test_search_finds_word_prefixes_and_follows_edits_and_undo(store: Store) -> None:
    pf = make_portfolio(store)
    risk = Risk(
        engagement_id=pf.alpha,
        number=0,
        title="Supplier delay",
        mitigation="Dual sourcing",
        category=RiskCategory.SUPPLY,
    )
    store.write("Log", lambda s: s.add(risk))
    assert _search(store, "supp") == ["Supplier delay"]
    assert _search(store, "dual del") == ["Supplier delay"]  # every word, any column
    assert _search(store, "pplier") == []  # word prefixes, not any substring

    def rename(s: Any) -> None:
        s.get(Risk, risk.id).title = "Résine shortage"

    edit = store.write("Rename", rename)
    assert _search(store, "supp") == []
    assert _search(store, "resine") == ["Résine shortage"]
    store.replay(edit.before, "Undo")
    assert _search(store, "resine") == []
    assert _search(store, "supp") == ["Supplier delay"]
    removal = store.write("Remove", lambda s: s.delete(s.get(Risk, risk.id)))
    assert _search(store, "supp") == []
    store.replay(removal.before, "Undo")
    assert _search(store, "supp") == ["Supplier delay"]


def _names(store: Store, engagement_id: str) -> list[tuple[str, str]]:
    rows = rs.fetch_risks(store, {"engagement_id": engagement_id}, "milestone", False, 50)
    return [(r.milestone_name, r.engagement_title) for r in rows]


def test_sort_keys_follow_milestone_and_engagement_renames_removals_and_undo(
    store: Store,
) -> None:
    pf = make_portfolio(store)
    for milestone in (pf.task, None):
        risk = Risk(
            engagement_id=pf.alpha,
            number=0,
            title="R",
            category=RiskCategory.SUPPLY,
            milestone_id=milestone,
        )
        store.write("Log", lambda s, r=risk: s.add(r))  # type: ignore[misc]
    assert _names(store, pf.alpha) == [
        ("", "Alpha scale-up"),
        ("Engineering batch", "Alpha scale-up"),
    ]

    def rename(s: Any) -> None:
        s.get(Milestone, pf.task).name = "Aseptic run"
        s.get(Engagement, pf.alpha).title = "Alpha tech transfer"

    edit = store.write("Rename", rename)
    assert _names(store, pf.alpha) == [
        ("", "Alpha tech transfer"),
        ("Aseptic run", "Alpha tech transfer"),
    ]
    by_code = rs.fetch_risks(store, {}, "code", False, 50)
    assert {r.engagement_title for r in by_code} == {"Alpha tech transfer"}
    store.replay(edit.before, "Undo")
    assert _names(store, pf.alpha) == [
        ("", "Alpha scale-up"),
        ("Engineering batch", "Alpha scale-up"),
    ]
    removal = store.write("Remove", lambda s: s.delete(s.get(Milestone, pf.task)))
    assert _names(store, pf.alpha) == [("", "Alpha scale-up"), ("", "Alpha scale-up")]
    store.replay(removal.before, "Undo")
    with store.read() as s:
        assert s.get(Milestone, pf.task) is not None


# --- the default views walk an index --------------------------------------------------------


def _plan(store: Store, query: Any) -> list[str]:
    with store.read() as s:
        sql = str(query.compile(s.get_bind(), compile_kwargs={"literal_binds": True}))
        return [r[3] for r in s.connection().exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}")]


@pytest.mark.sqlite_only  # SQLite's query plans
@pytest.mark.parametrize(
    ("filters", "key", "descending"),
    [
        ({"status": rs.ACTIVE}, "score", True),
        ({}, "score", True),
        ({"status": rs.ACTIVE}, "code", False),
        ({"status": rs.ACTIVE}, "title", False),
        ({"status": rs.ACTIVE}, "level", True),
        ({"status": rs.ACTIVE}, "next_review", False),
        ({"status": rs.ACTIVE}, "milestone", True),
        ({"status": rs.ACTIVE}, "status", True),
        ({"status": rs.ACTIVE}, "next_review", True),
        ({"engagement_id": "x", "status": rs.ACTIVE}, "code", False),
    ],
)
def test_default_pages_and_counts_do_not_read_the_risk_table(
    store: Store, filters: dict[str, Any], key: str, descending: bool
) -> None:
    page = rs.page_query(filters, key, descending).limit(200)
    plan = _plan(store, page)
    assert not [step for step in plan if step == "SCAN risk" or "TEMP B-TREE" in step], plan
    for counted in ({}, {"status": rs.ACTIVE}, {"level": "high", "status": "open"}):
        count_plan = _plan(store, rs.count_query(counted))
        assert not [step for step in count_plan if "risk " in f"{step} "], count_plan
    due = rs.count_query({"review_due": True, "today": TODAY})
    assert "risk_review_tally" in " ".join(_plan(store, due))


@pytest.mark.sqlite_only  # writes SQLite's tallies and FTS5 table by hand
def test_a_bulk_rebuild_restores_keys_search_and_tallies_of_rows_written_around_the_hook(
    store: Store,
) -> None:
    engagements = _fill(store, 30, seed=5)
    expected = _expected(_everything(store), {}, "level", True)
    tallies = _tallies(store)
    with store.engine.begin() as conn:  # as the benchmark's generator writes: plain SQL
        run = conn.exec_driver_sql
        run("UPDATE risk SET level_rank = 0, status_rank = 0, engagement_title = ''")
        run("DELETE FROM risk_tally")
        run("DELETE FROM risk_owner_tally")
        run("DELETE FROM risk_due_tally")
        run("INSERT INTO risk_fts(risk_fts) VALUES ('delete-all')")
    assert rs.fetch_risks(store, {"search": "supp"}) == []
    assert [r.id for r in rs.fetch_risks(store, {}, "level", True, 100)] != expected
    with store.engine.begin() as conn:
        bulk.rebuild_derived(conn)
    rows = rs.fetch_risks(store, {}, "level", True, 100)
    assert [r.id for r in rows] == expected
    assert [r.level_rank for r in rows] == sorted((LEVEL_RANK[r.level] for r in rows), reverse=True)
    statuses = rs.fetch_risks(store, {"engagement_id": engagements["alpha"]}, "status", False, 100)
    assert [r.status_rank for r in statuses] == sorted(STATUS_RANK[r.status] for r in statuses)
    assert _tallies(store) == tallies
    assert rs.fetch_risks(store, {"search": "supp"})


def _executed_plans(
    store: Store, work: Any, marker: str = "ORDER BY", *, top_level: bool = False
) -> tuple[Any, list[list[str]]]:
    """What `work()` returns, and the query plans of the statements it ran that hold
    `marker` (the paged SELECTs: ORDER BY); with `top_level`, only the outer query's steps
    (not those inside a subquery, such as the sorted rowids of a keyed full-text match)."""
    statements: list[tuple[str, Any]] = []

    def record(_conn: Any, _cursor: Any, statement: str, params: Any, *_rest: Any) -> None:
        if marker in statement:
            statements.append((statement, params))

    sa.event.listen(store.engine, "before_cursor_execute", record)
    try:
        result = work()
    finally:
        sa.event.remove(store.engine, "before_cursor_execute", record)
    with store.read() as s:
        run = s.connection().exec_driver_sql
        return result, [
            [r[3] for r in run(f"EXPLAIN QUERY PLAN {sql}", params) if not top_level or r[1] == 0]
            for sql, params in statements
        ]


@pytest.mark.sqlite_only  # SQLite's query plans
def test_a_broad_search_walks_the_sort_index_and_a_narrow_one_sorts_its_matches(
    world: Any,
) -> None:
    """A search matching a large share of the risks reads one page along the sort order's
    index, checking each risk among the matches (it stops after a page), instead of reading
    and sorting every match; a search matching a few risks reads just those and sorts them.
    The matches a broad search checks against are the index's entries of the listed
    statuses (a range of its keys), taken in key order: nothing is sorted (sorting 312k
    matches by rowid took 340 ms at 1M risks)."""
    store, _engagements, rows = world
    broad = {"status": rs.ACTIVE, "search": "supp"}
    assert len([r for r in rows if _matches(r, broad)]) > 20  # "Supplier ..." titles
    for key, descending in (("score", True), ("title", False)):
        shown, plans = _executed_plans(
            store, lambda k=key, d=descending: rs.fetch_risks(store, broad, k, d, 10)
        )
        assert [r.id for r in shown] == _expected(rows, broad, key, descending)[:10]
        assert plans and all(not [p for p in plan if "TEMP B-TREE" in p] for plan in plans), plans
        assert all(any("ix_risk_sort_" in p for p in plan) for plan in plans), plans
        # The live statuses' keys only: a range of the full-text index (">" and "<"), or,
        # a long word read as the whole words it begins, each risk's entry by its key ("=").
        fts = [p for plan in plans for p in plan if "risk_fts VIRTUAL TABLE" in p]
        assert fts and all("><" in p or ":=" in p for p in fts), fts
    narrow = {"search": "supplier audit second"}
    expected = _expected(rows, narrow, "score", True)
    assert 0 < len(expected) < 20
    shown, plans = _executed_plans(store, lambda: rs.fetch_risks(store, narrow, limit=50))
    assert [r.id for r in shown] == expected
    assert all(any("rowid=?" in p for p in plan) for plan in plans), plans


@pytest.mark.sqlite_only  # SQLite's query plans
def test_a_heat_map_of_reviews_due_counts_the_few_not_yet_due(world: Any) -> None:
    """When most live risks are due for review, the map of those due is the live risks'
    tally less the risks whose review is ahead, read as one range of the review index,
    instead of grouping every due risk."""
    store, _engagements, rows = world
    later = TODAY + timedelta(days=10)  # every dated review is due by then
    for filters in (
        {"review_due": True, "today": later},
        {"status": rs.ACTIVE, "review_due": True, "today": later},
    ):
        listed = [r for r in rows if _matches(r, filters)]
        assert 2 * len(listed) > len([r for r in rows if r["status"] in LIVE])  # most are due
        counts, plans = _executed_plans(
            store, lambda f=filters: rs.heatmap_counts(store, f), "GROUP BY"
        )
        assert counts.total == len(listed) == rs.count_risks(store, filters)
        for likelihood, impact in itertools.product(range(1, 6), range(1, 6)):
            assert counts.count(likelihood, impact) == sum(
                1 for r in listed if (r["likelihood"], r["impact"]) == (likelihood, impact)
            )
            assert counts.count(likelihood, impact, residual=True) == sum(
                1
                for r in listed
                if (r["residual_likelihood"], r["residual_impact"]) == (likelihood, impact)
            )
        # The dated reviews ahead as one bounded range (not on through the risks without
        # a review date, every closed risk), and the live risks without one by their key.
        read = [step for plan in plans for step in plan if "risk " in f"{step} "]
        assert any("ix_risk_due (review_key>? AND review_key<?)" in s for s in read), plans
        assert any("ix_risk_due (review_key=? AND status=?)" in s for s in read), plans
        assert all("ix_risk_due (review_key" in step for step in read), plans


@pytest.mark.sqlite_only  # SQLite's query plans
@pytest.mark.parametrize(
    "filters",
    [
        {"owner": "Ana"},
        {"status": rs.ACTIVE, "owner": "Émile"},
        {"status": "open", "level": "medium", "owner": "Ana"},
        {"status": rs.ACTIVE, "owner": "Ana", "cell": ("current", 3, 4)},
        {"owner": "", "status": rs.ACTIVE},
        {"status": rs.ACTIVE, "owner": "Ana", "review_due": True, "today": TODAY},
        {"owner": "Ben", "review_due": True, "today": TODAY + timedelta(days=2)},
        {"status": "open", "category": "supply", "review_due": True, "today": TODAY},
        {"status": rs.ACTIVE, "category": "quality", "review_due": True, "today": TODAY},
    ],
)
def test_owner_and_due_filters_are_counted_from_tallies_and_agree_with_every_risk(
    world: Any, filters: dict[str, Any]
) -> None:
    """An owner's risks (count and heat map), and an owner's or a category's risks due for
    review, are what a plain filter of every risk gives, read from the tallies alone."""
    store, _engagements, rows = world
    listed = [r for r in rows if _matches(r, filters)]
    plain = {k: v for k, v in filters.items() if k != "cell"}
    mapped = [r for r in rows if _matches(r, plain)]
    assert rs.count_risks(store, filters) == len(listed)
    counts, plans = _executed_plans(store, lambda: rs.heatmap_counts(store, filters), "SELECT")
    assert counts.total == len(mapped)
    for likelihood, impact in itertools.product(range(1, 6), range(1, 6)):
        assert counts.count(likelihood, impact) == sum(
            1 for r in mapped if (r["likelihood"], r["impact"]) == (likelihood, impact)
        )
    count_plan = _plan(store, rs.count_query(filters))
    assert not [step for step in count_plan if "risk " in f"{step} "], count_plan
    if "review_due" not in filters:
        read = [step for plan in plans for step in plan if "risk " in f"{step} "]
        assert not read, plans


@pytest.mark.sqlite_only  # SQLite's query plans
def test_a_heat_map_cell_lists_its_risks_by_score_from_the_cell_index(store: Store) -> None:
    """A heat-map cell's risks in the register's default order (score, highest first) are a
    range of the cell's index, not every risk of the cell sorted."""
    filters = {"status": rs.ACTIVE, "cell": ("current", 3, 4)}
    plan = _plan(store, rs.page_query(filters, "score", True).limit(200))
    assert any("ix_risk_cell" in step for step in plan), plan
    assert not [step for step in plan if "TEMP B-TREE" in step], plan


@pytest.mark.sqlite_only  # SQLite's full-text index
def test_a_search_page_weighed_with_its_known_count_reads_the_word_index_once(
    world: Any,
) -> None:
    """The register counts a search's rows before it reads the first page: given that
    count, the page is planned without counting the matches again (a word prefix's entries
    are merged before the first comes back) and lists the same rows."""
    store, _engagements, rows = world
    for filters in ({"status": rs.ACTIVE, "search": "supp"}, {"search": "supplier audit second"}):
        listed = rs.count_risks(store, filters)
        plain, counted = _executed_plans(
            store, lambda f=filters: rs.fetch_risks(store, f, "title", False, 10), "MATCH"
        )
        given, once = _executed_plans(
            store,
            lambda f=filters, n=listed: rs.fetch_risks(store, f, "title", False, 10, listed=n),
            "MATCH",
        )
        assert [r.id for r in given] == [r.id for r in plain]
        assert [r.id for r in given] == _expected(rows, filters, "title", False)[:10]
        # Weighed without the count, the matches are counted first (the whole words, and
        # when they are too few the prefixes: fulltext.matches_at_least); with it, the
        # page's read is the only one.
        assert len(counted) in (2, 3) and len(once) == 1
