"""Full-text search on PostgreSQL finds what FTS5 finds on SQLite: the same rows for the
same typed text (word prefixes, all words required, whole-word phrases; case, accents and
punctuation ignored), through one condition (fulltext.condition) and a GIN index of the
folded words (a tsvector), which answers a word of one or two letters too."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cdmo_desktop.store import Store, fulltext
from tests import pg_support

NOTE = fulltext.Index("note_fts", "note", ("title", "body"))


@dataclass
class Backends:
    sqlite: sa.Engine
    postgresql: sa.Engine

    def write(self, rows: Sequence[tuple[str, str | None, str | None]]) -> None:
        for engine in (self.sqlite, self.postgresql):
            with engine.begin() as conn:
                conn.execute(sa.text("DELETE FROM note"))
                if rows:
                    conn.execute(
                        sa.text("INSERT INTO note (id, title, body) VALUES (:i, :t, :b)"),
                        [{"i": i, "t": t, "b": b} for i, t, b in rows],
                    )

    def found(self, text: str, phrases: Sequence[str] = ()) -> tuple[list[str], list[str]]:
        """(SQLite's ids, PostgreSQL's ids) of the rows matching."""
        out: list[list[str]] = []
        for engine in (self.sqlite, self.postgresql):
            where = fulltext.condition(engine.dialect.name, NOTE, text, phrases)
            if where is None:
                out.append([])
                continue
            note = sa.table("note", sa.column("id"), sa.column("title"), sa.column("body"))
            with engine.connect() as conn:
                query = sa.select(note.c.id).where(where).order_by(note.c.id)
                out.append(list(conn.execute(query).scalars()))
        return out[0], out[1]


def _make(engine: sa.Engine) -> None:
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE note (id TEXT PRIMARY KEY, title TEXT, body TEXT)")
        fulltext.create(conn, NOTE.name, NOTE.table, NOTE.columns)


@pytest.fixture
def backends(pg_url: str) -> Iterator[Backends]:
    lite = sa.create_engine("sqlite://", poolclass=sa.pool.StaticPool)
    pg = pg_support.engine(pg_url, poolclass=sa.pool.QueuePool)
    for engine in (lite, pg):
        _make(engine)
    yield Backends(lite, pg)
    lite.dispose()
    pg.dispose()


ROWS = [
    ("a", "Supplier audit", "Café visit in Zürich"),
    ("b", "ÉCOLE Polytechnique", "Lyophilisation; spray-drying & fill/finish"),
    ("c", "Batch record 1000 kg", "reactor of 100 kg, 6 kL"),
    ("d", "x-ray QC lab", "O'Neil & Søn, co-op e.V."),
    ("e", "Дом фармы", "foo_bar baz"),
    ("f", None, "a b c"),
    ("g", "Supp", None),
]

CASES = [
    # (typed text, phrases, expected ids)
    ("supp", (), ["a", "g"]),
    ("SUPPLIER", (), ["a"]),
    ("cafe", (), ["a"]),
    ("CAFÉ zur", (), ["a"]),
    ("zurich", (), ["a"]),
    ("ecole", (), ["b"]),
    ("école poly", (), ["b"]),
    ("udit", (), []),  # inside a word is not a word prefix
    ("supplier holiday", (), []),  # every word must match
    ("spray", (), ["b"]),
    ("drying", (), ["b"]),
    ("spray-dry", (), ["b"]),
    ("fill/fin", (), ["b"]),
    ("1000", (), ["c"]),
    ("100", (), ["c"]),
    ("", ("100 kg",), ["c"]),  # a phrase is whole words: not 1000 kg
    ("", ("1000 kg",), ["c"]),
    ("", ("100 k",), []),
    ("batch", ("record 1000",), ["c"]),
    ("", ("record batch",), []),  # in order
    ("", ("kg reactor",), []),  # not across columns
    ("x", (), ["d"]),  # one letter
    ("qc", (), ["d"]),  # two letters
    ("o neil", (), ["d"]),
    ("o'neil", (), ["d"]),
    ("neil", (), ["d"]),
    ("ev", (), []),  # e.V. is two words
    ("дом", (), ["e"]),
    ("ДОМ ФАРМ", (), ["e"]),
    ("bar", (), ["e"]),  # "_" separates words
    ("foo_ba", (), ["e"]),
    ("_", (), []),  # no letter: nothing to find
    ("a b c", (), ["f"]),
    ("", ("a b c",), ["f"]),
    ("  ,;  ", (), []),
    ('"', (), []),
    ("NEAR(a b)", (), []),
    ("supplier AND", (), []),  # "and" is a word to find, not an operator
    ("title:supplier", (), []),
    ("*", (), []),
    ("^supp", (), ["a", "g"]),
]


def test_the_same_rows_are_found_on_both_backends(backends: Backends) -> None:
    backends.write(ROWS)
    for text, phrases, expected in CASES:
        lite, pg = backends.found(text, phrases)
        assert (text, phrases, lite) == (text, phrases, expected)
        assert (text, phrases, pg) == (text, phrases, lite)


def test_the_index_follows_inserts_updates_and_deletes(backends: Backends) -> None:
    backends.write(ROWS)
    with backends.postgresql.begin() as conn:
        conn.exec_driver_sql("UPDATE note SET title = 'Qualification' WHERE id = 'a'")
        conn.exec_driver_sql("DELETE FROM note WHERE id = 'g'")
    found = backends.found("supp")[1]
    assert found == []
    assert backends.found("qualif")[1] == ["a"]


# Letters both backends fold alike (unaccent folds a few more: see the known differences).
ALPHABET = "abcdeklmnoxyzABCDEKXZéèêëàâäçñöüåíÉÀÇÑÖÜÅдфжДФЖ019 _-.,'/&()"
WORD = st.text(alphabet=ALPHABET, min_size=0, max_size=12)


@st.composite
def searches(draw: st.DrawFn) -> tuple[list[tuple[str, str | None, str | None]], str, list[str]]:
    rows = [
        (str(i), draw(st.one_of(st.none(), WORD)), draw(st.one_of(st.none(), WORD)))
        for i in range(draw(st.integers(1, 5)))
    ]
    texts = [t for _i, *cols in rows for t in cols if t]
    pieces = [w[: draw(st.integers(1, 4))] for t in texts for w in fulltext.words(t)]
    typed = st.one_of(WORD, st.sampled_from(pieces)) if pieces else WORD
    text = " ".join(draw(st.lists(typed, max_size=3)))
    whole = [" ".join(fulltext.words(t)[:2]) for t in texts if fulltext.words(t)]
    phrases = draw(st.lists(st.sampled_from(whole), max_size=1)) if whole else []
    return rows, text, phrases


@settings(
    max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(case=searches())
def test_any_text_finds_the_same_rows(
    backends: Backends, case: tuple[list[tuple[str, str | None, str | None]], str, list[str]]
) -> None:
    rows, text, phrases = case
    backends.write(rows)
    lite, pg = backends.found(text, phrases)
    assert pg == lite


def test_words_longer_than_the_index_keeps_are_found_alike(backends: Backends) -> None:
    """The index keeps 200 letters of a word; longer words typed are checked whole."""
    stem = "x" * 200
    backends.write([("a", stem + "alpha tail", None), ("b", stem + "beta", "ünïcode-" + stem)])
    for text, expected in [
        (stem, ["a", "b"]),
        (stem + "al", ["a"]),
        (stem + "alpha", ["a"]),
        (stem + "alphas", []),
        (stem + "beta tail", []),
        ("unicode " + stem + "b", ["b"]),
        ("unicode_" + stem, ["b"]),
    ]:
        lite, pg = backends.found(text)
        assert (len(text), lite) == (len(text), expected)
        assert (len(text), pg) == (len(text), lite)
    assert backends.found("", [stem + "alpha tail"]) == (["a"], ["a"])
    assert backends.found("", [stem + "alph"]) == ([], [])


def test_short_words_are_answered_by_the_index_alone(backends: Backends) -> None:
    """One and two letters (what a trigram index cannot answer) read the word index, and
    no row's text is folded again to check it (the fold costs more than the rest)."""
    backends.write(ROWS)
    for text in ("s", "qc", "supp cafe", "Café"):
        where = fulltext.condition("postgresql", NOTE, text)
        assert where is not None
        note = sa.table("note", sa.column("id"))
        query = sa.select(note.c.id).where(where)
        with backends.postgresql.connect() as conn:
            conn.exec_driver_sql("SET enable_seqscan = off")
            sql = str(query.compile(backends.postgresql, compile_kwargs={"literal_binds": True}))
            plan = "\n".join(
                conn.exec_driver_sql("EXPLAIN VERBOSE " + sql.replace("%", "%%")).scalars()
            )
        assert "Bitmap Index Scan on note_fts" in plan, plan
        assert "cdmo_fold" not in plan, plan
    where = fulltext.condition("postgresql", NOTE, "foo_ba")  # a phrase: checked on the text
    assert where is not None and "cdmo_fold" in str(where)


def test_a_sorted_page_never_folds_row_after_row(backends: Backends) -> None:
    """However the planner weighs walking the sort key's index (here: told that sorting
    is dear, as it believes when it overestimates a prefix's matches, e.g. with fewer
    than 100 distinct words in its statistics), the rows of a search come from the word
    index: no row's words are computed one by one (23 s at 100k rows for a word no row
    has, bench/bench_search_backends.py)."""
    vocabulary = ["supplier", "audit", "cold", "chain", "backlog", "record"]
    backends.write(
        [
            (str(i), f"{vocabulary[i % 6]} {vocabulary[(i + 1) % 6]}", vocabulary[i % 5])
            for i in range(3000)
        ]
    )
    with backends.postgresql.begin() as conn:
        conn.exec_driver_sql("CREATE INDEX note_title ON note (title, id)")
        conn.exec_driver_sql("ANALYZE note")
    note = sa.table("note", sa.column("id"), sa.column("title"), sa.column("body"))
    for text in ("zzq", "s", "cold backlog", "café"):
        where = fulltext.condition("postgresql", NOTE, text, table=note)
        assert where is not None
        query = sa.select(note.c.id).where(where).order_by(note.c.title, note.c.id).limit(50)
        sql = str(query.compile(backends.postgresql, compile_kwargs={"literal_binds": True}))
        with backends.postgresql.connect() as conn:
            conn.exec_driver_sql("SET enable_sort = off")
            plan = list(conn.exec_driver_sql("EXPLAIN " + sql.replace("%", "%%")).scalars())
        filters = [line for line in plan if "Filter:" in line and "cdmo_" in line]
        assert filters == [], plan
        assert any("Bitmap Index Scan on note_fts" in line for line in plan), plan
        assert backends.found(text)[1] == backends.found(text)[0]


KNOWN_DIFFERENCES = [
    # (stored, typed): unaccent folds these letters, FTS5 keeps them
    ("Straße", "strasse"),
    ("Æsir", "aesir"),
    ("Øresund", "oresund"),
    ("Łódź", "lodz"),
]


def test_postgresql_also_finds_letters_only_unaccent_folds(backends: Backends) -> None:
    backends.write([(str(i), stored, None) for i, (stored, _typed) in enumerate(KNOWN_DIFFERENCES)])
    for i, (stored, typed) in enumerate(KNOWN_DIFFERENCES):
        assert backends.found(stored) == ([str(i)], [str(i)])  # as stored: both
        assert backends.found(typed) == ([], [str(i)])  # folded: PostgreSQL only


@pytest.mark.sqlite_only  # demo_store is the SQLite side of the comparison
def test_the_stores_search_reads_the_word_index(pg_demo_url: str, demo_store: Store) -> None:
    """The demo's risks found on PostgreSQL are SQLite's, and the condition is the indexed
    expression (the planner can answer it from the index alone)."""
    risk = sa.table("risk", sa.column("id"))
    pg = pg_support.engine(pg_demo_url)
    try:
        with demo_store.engine.connect() as conn:
            titles = [t for t in conn.exec_driver_sql("SELECT title FROM risk").scalars()]
        texts = [*sorted({w[:4] for t in titles for w in fulltext.words(t)})[:25], "qual sup"]
        for text in texts:
            found = []
            for engine in (demo_store.engine, pg):
                where = fulltext.condition(engine.dialect.name, "risk_fts", text)
                assert where is not None
                with engine.connect() as conn:
                    query = sa.select(risk.c.id).where(where).order_by(risk.c.id)
                    found.append(list(conn.execute(query).scalars()))
            assert found[1] == found[0], text
        where = fulltext.condition("postgresql", "risk_fts", "supplier")
        assert where is not None
        with pg.connect() as conn:
            conn.exec_driver_sql("SET enable_seqscan = off")
            query = sa.select(risk.c.id).where(where)
            sql = str(query.compile(pg, compile_kwargs={"literal_binds": True}))
            plan = list(conn.exec_driver_sql("EXPLAIN " + sql.replace("%", "%%")).scalars())
            assert any("Bitmap Index Scan on risk_fts" in line for line in plan), plan
    finally:
        pg.dispose()


def test_every_store_index_is_in_the_catalogue(pg_url: str) -> None:
    """fulltext.INDEXES names what the migrations made (its columns build the condition)."""
    pg = pg_support.engine(pg_url)
    try:
        with pg.connect() as conn:
            made: dict[str, str] = dict(
                conn.execute(
                    sa.text(
                        "SELECT indexname, indexdef FROM pg_indexes "
                        "WHERE indexdef LIKE '%cdmo_words(%'"
                    )
                ).all()
            )
    finally:
        pg.dispose()
    assert set(made) == set(fulltext.INDEXES)
    for name, index in fulltext.INDEXES.items():
        plain = re.sub(r"\((\w+)\)::text", r"\1", made[name])  # varchar columns: cast
        assert f"cdmo_words(VARIADIC ARRAY[{', '.join(index.columns)}])" in plain, made[name]
