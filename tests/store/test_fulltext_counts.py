"""How many rows a search matches, weighed in the full-text index before a page is read
(fulltext.matches_at_least): the same answer as counting every match, without FTS5's
merge of every word a long prefix starts when the typed words, as whole words, are
enough already."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import sqlalchemy as sa
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy.orm import Session

from cdmo_desktop.store import fulltext

_WORDS = ("supplier", "suppliers", "supply", "audit", "audits", "café", "delay", "sup")


def _db() -> sa.Engine:
    engine = sa.create_engine("sqlite://")
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE note (id TEXT PRIMARY KEY, title TEXT, body TEXT)")
        for i in range(60):
            title = " ".join(_WORDS[(i * k) % len(_WORDS)] for k in (1, 3))
            body = _WORDS[(i * 5 + 2) % len(_WORDS)] if i % 4 else ""
            conn.exec_driver_sql("INSERT INTO note VALUES (?, ?, ?)", (f"n{i}", title, body))
        fulltext.create(conn, "note_fts", "note", ["title", "body"])
    return engine


ENGINE = _db()


def _matches(session: Session, text: str) -> int:
    query = fulltext.matching_rowids("note_fts", text)
    assert query is not None
    counted = sa.select(sa.func.count()).select_from(query.subquery())
    return int(session.execute(counted).scalar_one())


@contextmanager
def _matched(engine: sa.Engine) -> Iterator[list[str]]:
    """The MATCH expressions the statements run inside the block searched for."""
    seen: list[str] = []

    def note(
        _conn: object, _cursor: object, statement: str, parameters: object, *_: object
    ) -> None:
        if "MATCH" in statement:
            seen.append(str(parameters))

    sa.event.listen(engine, "before_cursor_execute", note)
    try:
        yield seen
    finally:
        sa.event.remove(engine, "before_cursor_execute", note)


@settings(max_examples=60, deadline=None)
@given(
    typed=st.lists(
        st.sampled_from(["supplier", "supplie", "suppl", "sup", "audit", "audi", "cafe", "x"]),
        min_size=1,
        max_size=2,
    ),
    enough=st.integers(min_value=0, max_value=70),
)
def test_the_answer_is_that_of_counting_every_match(typed: list[str], enough: int) -> None:
    text = " ".join(typed)
    with Session(ENGINE) as s:
        assert fulltext.matches_at_least(s, "note_fts", text, enough) == (
            _matches(s, text) >= enough
        )


def test_a_long_word_typed_whole_is_weighed_without_its_prefix_merge() -> None:
    """ "supplier" as a whole word matches enough rows: the prefix query (every word that
    "supplier" starts, merged before the first match) is never run; "supplie" is no
    whole word, so its prefix is counted."""
    with Session(ENGINE) as s:
        whole = _matches(s, "supplier") - _matches(s, "suppliers")
        assert whole > 3
        with _matched(ENGINE) as seen:
            assert fulltext.matches_at_least(s, "note_fts", "supplier", 3)
        assert seen and not any('"supplier"*' in m for m in seen), seen
        with _matched(ENGINE) as seen:
            assert fulltext.matches_at_least(s, "note_fts", "supplie", 3)
        assert any('"supplie"*' in m for m in seen), seen
