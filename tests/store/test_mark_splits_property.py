"""Random writes over a small marked table (store.marks with store.mark_splits' note
trigger): after each write is settled, no span holds more than the bound, none but the
first is empty, and every row's place and every jump equal a plain row_number()
order, listed and archived alike."""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from hypothesis import given, settings
from hypothesis import strategies as st

from cdmo_desktop.store import mark_splits, marks

SPAN, BOUND = 3, 8
T = marks.Marked(
    table="t",
    marks="t_mark",
    keys=("k0", "k1"),
    orders={"by_k": ("k", "id")},
    counts={"listed": "1 - {row}.archived", "archived": "{row}.archived"},
    watched=("archived",),
)
KNOWN = {"t_mark": T}
KINDS = (("listed",), ("listed", "archived"))


def _make(conn: sa.Connection) -> None:
    conn.exec_driver_sql(
        "CREATE TABLE t (id VARCHAR PRIMARY KEY, k VARCHAR NOT NULL, archived INTEGER NOT NULL)"
    )
    conn.exec_driver_sql("CREATE INDEX ix_t_k ON t (k, id)")
    conn.exec_driver_sql(
        "CREATE TABLE t_mark (sort_key VARCHAR NOT NULL, seq INTEGER NOT NULL, k0, k1, "
        "listed INTEGER NOT NULL, archived INTEGER NOT NULL, PRIMARY KEY (sort_key, seq))"
    )
    conn.exec_driver_sql(
        "CREATE TABLE mark_split (marks VARCHAR NOT NULL, sort_key VARCHAR NOT NULL, "
        "seq INTEGER NOT NULL, PRIMARY KEY (marks, sort_key, seq))"
    )
    made = {**marks.trigger_sql(T), **dict([mark_splits.note_trigger(T, BOUND)])}
    for name, body in made.items():
        conn.exec_driver_sql(f"CREATE TRIGGER {name} {body}")
    conn.execute(
        sa.text("INSERT INTO t VALUES (:id, :k, :a)"),
        [{"id": f"{i:04d}", "k": f"m{i * 7 % 50:03d}", "a": int(i % 5 == 0)} for i in range(30)],
    )
    marks.rebuild(conn, T, SPAN)


def _check(conn: sa.Connection) -> None:
    read = marks.connection_reader(conn)
    sizes = conn.exec_driver_sql("SELECT listed + archived FROM t_mark").all()
    assert max(int(r[0]) for r in sizes) <= BOUND
    empty = "SELECT count(*) FROM t_mark WHERE seq > 0 AND listed + archived = 0"
    assert conn.exec_driver_sql(empty).scalar_one() == 0
    assert conn.exec_driver_sql("SELECT count(*) FROM mark_split").scalar_one() == 0
    for kinds in KINDS:
        where = "" if "archived" in kinds else " WHERE NOT archived"
        plain = conn.exec_driver_sql(f"SELECT k, id FROM t{where} ORDER BY k, id").all()
        for place, (k, row_id) in enumerate(plain):
            before, start, total = marks.place(read, T, "by_k", (k, row_id), kinds)
            assert total == len(plain)
            after = " AND (k, id) >= (?, ?)" if start else ""
            within = conn.exec_driver_sql(
                f"SELECT count(*) FROM t WHERE {where[7:] or '1'} AND (k, id) < (?, ?){after}",
                (k, row_id, *(start or ())),
            ).scalar_one()
            assert before + within == place
            before, start = marks.span_at(read, T, "by_k", place, kinds)
            after = " AND (k, id) >= (?, ?)" if start else ""
            found = conn.exec_driver_sql(
                f"SELECT k, id FROM t WHERE {where[7:] or '1'}{after} ORDER BY k, id "
                "LIMIT 1 OFFSET ?",
                (*(start or ()), place - before),
            ).one()
            assert tuple(found) == (k, row_id)


_WRITE = st.tuples(
    st.sampled_from(("pile", "delete", "archive", "rename")),
    st.sampled_from("bmx"),
    st.integers(min_value=1, max_value=40),
)


@settings(max_examples=25, deadline=None)
@given(writes=st.lists(_WRITE, min_size=1, max_size=6))
def test_settled_spans_stay_bounded_and_every_place_exact(
    writes: list[tuple[str, str, int]],
) -> None:
    engine = sa.create_engine("sqlite://")
    try:
        with engine.begin() as conn:
            _make(conn)
        for kind, letter, n in writes:
            with engine.begin() as conn:
                if kind == "pile":
                    conn.execute(
                        sa.text("INSERT INTO t VALUES (:id, :k, :a)"),
                        [
                            {"id": uuid.uuid4().hex, "k": f"{letter}{i:03d}", "a": int(i % 4 == 0)}
                            for i in range(n)
                        ],
                    )
                elif kind == "delete":
                    conn.exec_driver_sql(
                        "DELETE FROM t WHERE id IN (SELECT id FROM t WHERE k >= ? ORDER BY k "
                        "LIMIT ?)",
                        (letter, n),
                    )
                elif kind == "archive":
                    conn.exec_driver_sql(
                        "UPDATE t SET archived = 1 - archived WHERE id IN (SELECT id FROM t "
                        "WHERE k >= ? ORDER BY k LIMIT ?)",
                        (letter, n),
                    )
                else:  # every row from the letter on moves next to one another
                    conn.exec_driver_sql(
                        "UPDATE t SET k = 'g' || k WHERE id IN (SELECT id FROM t WHERE k >= ? "
                        "ORDER BY k LIMIT ?)",
                        (letter, n),
                    )
                mark_splits.settle(conn, SPAN, KNOWN)
            with engine.connect() as conn:
                _check(conn)
    finally:
        engine.dispose()
