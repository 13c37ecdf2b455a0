"""The shared full-text index: word-prefix, case and accent blind matching kept current by
triggers for inserts, updates and deletes, and typed text never read as FTS5 syntax."""

from __future__ import annotations

import sqlalchemy as sa

from cdmo_desktop.store import fulltext


def _db() -> sa.Engine:
    engine = sa.create_engine("sqlite://")
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE note (id TEXT PRIMARY KEY, title TEXT, body TEXT)")
        conn.exec_driver_sql("INSERT INTO note VALUES ('a', 'Supplier audit', 'Café visit')")
        fulltext.create(conn, "note_fts", "note", ["title", "body"])
    return engine


def _ids(engine: sa.Engine, text: str) -> list[str]:
    query = fulltext.matching_rowids("note_fts", text)
    assert query is not None
    with engine.connect() as conn:
        rowids = [r[0] for r in conn.execute(query)]
        if not rowids:
            return []
        marks = ", ".join("?" * len(rowids))
        found = conn.exec_driver_sql(
            f"SELECT id FROM note WHERE rowid IN ({marks}) ORDER BY id", tuple(rowids)
        )
        return [r[0] for r in found]


def test_rows_present_before_the_index_are_found_by_word_prefix_case_and_accent_blind() -> None:
    engine = _db()
    assert _ids(engine, "supp") == ["a"]
    assert _ids(engine, "AUDIT") == ["a"]
    assert _ids(engine, "cafe") == ["a"]
    assert _ids(engine, "udit") == []  # inside a word is not a word prefix


def test_every_word_must_match() -> None:
    engine = _db()
    assert _ids(engine, "supplier visit") == ["a"]
    assert _ids(engine, "supplier holiday") == []


def test_inserts_updates_and_deletes_keep_the_index_current() -> None:
    engine = _db()
    with engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO note VALUES ('b', 'Batch record', 'Deviation')")
        conn.exec_driver_sql("UPDATE note SET title = 'Qualification' WHERE id = 'a'")
    assert _ids(engine, "batch") == ["b"]
    assert _ids(engine, "supplier") == []
    assert _ids(engine, "qualif") == ["a"]
    with engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM note WHERE id = 'b'")
        conn.execute(sa.text("INSERT INTO note_fts(note_fts) VALUES ('integrity-check')"))
    assert _ids(engine, "batch") == []


def test_typed_fts_syntax_is_searched_as_plain_words() -> None:
    engine = _db()
    for text in ['"', "title:x", "NEAR(a b)", "a OR", "*", "^supp", "audit)"]:
        query = fulltext.match_query(text)
        if query is not None:
            _ids(engine, text)  # no syntax error reaches the user
    assert fulltext.match_query("  ,;  ") is None
    assert _ids(engine, "supplier AND") == []  # "and" is a word to find, not an operator


def test_drop_removes_index_and_triggers() -> None:
    engine = _db()
    with engine.begin() as conn:
        fulltext.drop(conn, "note_fts")
        conn.exec_driver_sql("INSERT INTO note VALUES ('c', 'x', 'y')")
        left = conn.exec_driver_sql(
            "SELECT count(*) FROM sqlite_master WHERE name LIKE 'note_fts%'"
        ).scalar_one()
    assert left == 0
