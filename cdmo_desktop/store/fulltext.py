"""Full-text indexes: one mechanism for every search box (the registers' searches, and the
search across everything), on SQLite and on PostgreSQL, with the same results.

Matching is by word prefix, case and accent blind: "supp" finds "Supplier", "vogel" finds
"Dr. Katrin Vogel", "cafe" finds "Café". Every word typed must match (AND), in any of the
index's columns; each of `phrases` must appear as whole words in that order, within one
column ("100 kg" is not "1000 kg"). Words are runs of letters and digits: punctuation
(and "_") separates them.

The portable API (what the store's search queries use):

- `condition(dialect_name, index, text, phrases=(), *, probe=False, table=None)` -> a
  boolean SQL condition on the indexed table's rows (None when nothing searchable was
  typed). `index` is the name of an index in INDEXES (or an `Index`); `table` is the
  FromClause the query reads that table through (a Table or an alias; default: the table
  by its name, in the SQL text only).
  SQLite: `table.rowid IN (SELECT rowid FROM <fts> WHERE <fts> MATCH ...)`, with `probe`
  as in `probing`. PostgreSQL: `table.ctid = ANY (ARRAY(SELECT ctid FROM <table> WHERE
  cdmo_words(c1, c2, ...) @@ <tsquery>))`, answered by the GIN index on that expression
  (see `_pg_condition`); with `inline`, `cdmo_words(table.c1, ...) @@ <tsquery>` on the
  query's own rows (a count or grouping of every match, a walk: store.server_search).
- `probe_pays(session, index, text, rows, limit, phrases=())` (False on PostgreSQL: its
  planner weighs the word index itself), and `matches_at_least(session, index, text,
  enough, phrases=())` it weighs by.
- `create(connection, index, table, columns)`, `drop(connection, index)`,
  `rebuild(connection, index)`: on either backend (migrations, store.bulk rebuilders).

SQLite (the SQLite-only parts of search live in this module): each searchable table gets
an FTS5 index over some of its text columns, with the table itself as the external content
(no second copy of the text) and the table's rowid as the link. Three triggers keep the
index current for every write, whichever path made it (the flush hook, undo and redo, a
migration, plain SQL). The rowid of a table without an INTEGER PRIMARY KEY is stable here:
backups copy pages (sqlite3 backup API), never VACUUM. Tokenizer unicode61 with
remove_diacritics 2, prefix indexes of 1 to 3 characters. `matching_rowids` and
`match_query` are the SQLite building blocks.

PostgreSQL: the extension unaccent; `cdmo_unaccent(text)` (an IMMUTABLE wrapper of
unaccent with its dictionary named, so it may be used in an index), `cdmo_fold(text)`
(unaccented, lower case, every run of non-letters/digits one space; with the ICU root
collation when the server has it, so letters of every script count, whatever the
database's locale), `cdmo_words(VARIADIC text[])` (the set of folded words of the columns
as a tsvector: split on the fold's spaces, never by PostgreSQL's text-search parser, so a
word is exactly what FTS5 calls a word; words cut to 200 letters, as a lexeme holds at most
2047 bytes) and a GIN index on `cdmo_words(c1, c2, ...)`, which PostgreSQL keeps current
itself (no triggers). A search is one tsquery: each word typed a prefix (`'supp':*`), each
phrase its whole words, all required (`&`); the index answers it without reading the
text again (no recheck), so a one-letter word costs what reading its matching rows costs.
Where the index alone is not the whole answer (a typed word the fold splits, such as
"foo_ba", is a phrase of its parts; a phrase; a word longer than 200 letters) the row is
checked against the folded text, `cdmo_fold(c1) || '|' || cdmo_fold(c2) ...`: a word w
matches where it has `(^|[ |])fold(w)`; a phrase where it has `(^|[ |])fold(phrase)($|[ |])`.

Known differences: unaccent folds a few letters FTS5 keeps as they are (ß -> ss, æ -> ae,
ø -> o, ł -> l, ligatures, accented Greek), so on PostgreSQL "strasse" also finds
"Straße"; every row SQLite finds, PostgreSQL finds too.
"""

from __future__ import annotations

import math
import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from cdmo_desktop.store import fulltext_vocab, risk_search, triggers


@dataclass(frozen=True)
class Index:
    """A full-text index: its name, the table it indexes and the columns searched.

    SQLite: an index with a `key` numbers its entries by that SQL expression of the row
    (`{r}`: the row, `new`, `old` or the table) instead of the rowid: facets the searches
    count by, packed above the rowid in its low risk_search.ROWID_BITS bits (see
    store.risk_search). Its content is then read through the view `<name>_content` and
    its triggers also watch `key_columns`."""

    name: str
    table: str
    columns: tuple[str, ...]
    key: str = ""
    key_columns: tuple[str, ...] = ()

    def key_of(self, row: str) -> str:
        return self.key.format(r=row) if self.key else f"{row}.rowid"

    @property
    def content(self) -> str:
        return f"{self.name}_content" if self.key else self.table


CHARTER_COLUMNS = (
    "scope",
    "deliverables",
    "who_summary",
    "decision_maker",
    "timeline_notes",
    "where_notes",
    "methods",
    "quality_standards",
    "tech_transfer",
    "client_provides",
    "client_approves",
    "client_reviews",
    "kickoff_place",
    "client_signatory",
    "partner_signatory",
)
"""The charter's text searched (revision 0021_search_everything)."""

INDEXES: dict[str, Index] = {
    i.name: i
    for i in (
        Index(
            "risk_fts",
            "risk",
            ("title", "description", "mitigation"),
            key=risk_search.key_sql("{r}"),
            key_columns=risk_search.KEY_COLUMNS,
        ),
        Index(
            "partner_fts", "partner", ("name", "legal_name", "city", "capabilities", "search_extra")
        ),
        Index(
            "engagement_fts",
            "engagement",
            ("title", "program", "compound", "client_name", "partner_name"),
        ),
        # The search across everything (store.search_everything, revision
        # 0021_search_everything): each kind's title (or name) column first.
        Index(
            "decision_fts",
            "decision",
            ("title", "decision", "rationale", "options_considered", "decided_by"),
        ),
        Index("action_item_fts", "action_item", ("description", "owner", "notes")),
        Index("milestone_fts", "milestone", ("name", "notes")),
        Index("charter_fts", "charter", CHARTER_COLUMNS),
        Index(
            "agreement_fts",
            "agreement",
            (
                "title",
                "reference",
                "governing_law",
                "client_signatory",
                "partner_signatory",
                "recitals",
                "notes",
            ),
        ),
        Index("contact_fts", "contact", ("name", "role", "email", "notes")),
    )
}
"""The store's full-text indexes (their columns as the latest revision made them)."""

_TOKENIZE = "unicode61 remove_diacritics 2"
_PREFIX = "1 2 3"
_WORD = re.compile(r"\w+", re.UNICODE)
_NAME = re.compile(r"^[a-z_][a-z0-9_]*$")


def _check(*names: str) -> None:
    for name in names:
        if not _NAME.match(name):
            raise ValueError(f"not a plain SQL name: {name!r}")


def words(text: str) -> list[str]:
    """The words of a search text as the index splits them (punctuation separates)."""
    return _WORD.findall(text or "")


def match_query(
    text: str,
    phrases: Sequence[str] = (),
    columns: Sequence[str] = (),
    terms: Mapping[str, Collection[str]] | None = None,
) -> str | None:
    """An FTS5 MATCH expression for what the user typed: every word as a quoted prefix,
    all required; None when nothing searchable was typed. Quoting keeps FTS5 operators
    (AND, OR, NEAR, *, ^, column filters) typed by the user as plain words. Each of
    `phrases` must also appear as whole words in that order ("100 kg" is not "1000 kg").
    With `columns`, every word must be in those of the index's columns. `terms` (see
    `whole_terms`): a typed word found there is any of its whole words instead of a
    prefix (the same rows)."""
    parts = [_word_query(w, terms) for w in words(text)]
    parts += ['"' + " ".join(words(p)) + '"' for p in phrases if words(p)]
    query = " AND ".join(parts) or None
    if query is None or not columns:
        return query
    _check(*columns)
    return "{" + " ".join(columns) + "} : (" + query + ")"


def _word_query(word: str, terms: Mapping[str, Collection[str]] | None) -> str:
    whole = terms.get(word) if terms is not None else None
    if not whole:
        return f'"{word}"*'
    return "(" + " OR ".join(f'"{t}"' for t in whole) + ")"


_TERMS_MOST = 32
"""Whole words a typed word may stand for in a probe's lookups (`whole_terms`)."""


def whole_terms(
    session: Any, index: str, text: str, *, kept: bool = False
) -> dict[str, dict[str, int]] | None:
    """SQLite: for each typed word longer than the longest prefix index (`_PREFIX`), the
    index's whole words it begins, read from its vocabulary (an fts5vocab table in the
    connection's temp schema). A prefix query on such a word makes FTS5 merge the entries
    of every word it begins before each answer (18 ms for "supplier" at a million risks,
    for every row looked up); as the OR of those words a lookup by key is a seek (0.06 ms)
    and the vocabulary is read once (about 10 ms). Each word's whole words come with how
    many rows hold them (the largest: at least that many rows match the word alone); none:
    the word begins none (no row matches). None when the prefixes must stay as they are:
    a word other than ASCII letters and digits (the index folds accents; Python would have
    to fold them alike), one that begins more than _TERMS_MOST words, no such word at all,
    or not SQLite. `kept` (a read session only): the words read for a typed word are
    kept, and a word typed next that begins with it is answered from them while the
    index is unchanged (store.fulltext_vocab)."""
    if session.get_bind().dialect.name != "sqlite":
        return None
    _check(index)
    longest = max(int(n) for n in _PREFIX.split())
    found: dict[str, dict[str, int]] = {}
    vocabulary: fulltext_vocab.Vocabulary | None = None
    for word in words(text):
        if len(word) <= longest or word in found:
            continue
        if not (word.isascii() and word.isalnum()):
            return None
        folded = word.lower()
        if kept:
            vocabulary = vocabulary or fulltext_vocab.Vocabulary(session, index)
            known = vocabulary.terms(folded, longest + 1)
            if known is not None:
                if len(known) > _TERMS_MOST:
                    return None
                found[word] = known
                continue
        after = folded[:-1] + chr(ord(folded[-1]) + 1)
        session.execute(
            sa.text(
                f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.{index}_terms "
                f"USING fts5vocab(main, {index}, row)"
            )
        )
        rows = session.execute(
            sa.text(
                f"SELECT term, doc FROM temp.{index}_terms WHERE term >= :low AND term < :high"
            ),
            {"low": folded, "high": after},
        ).all()
        whole = {str(t): int(n) for t, n in rows if str(t).startswith(folded)}
        if vocabulary is not None:
            vocabulary.keep(folded, whole)
        if len(whole) > _TERMS_MOST:
            return None
        found[word] = whole
    return found or None


def create(connection: sa.Connection, index: str, table: str, columns: Sequence[str]) -> None:
    """Create the full-text index `index` over `table`'s `columns` (SQLite: with its
    triggers, filled from the rows already there; PostgreSQL: the GIN index of the words, and
    the extension and functions it needs when they are missing)."""
    create_index(connection, Index(index, table, tuple(columns)))


def create_index(connection: sa.Connection, index: Index) -> None:
    """Create `index` (see `create`; on SQLite with its key when it has one)."""
    name, table, columns = index.name, index.table, index.columns
    _check(name, table, *columns, *index.key_columns)
    if connection.dialect.name != "sqlite":
        install_functions(connection)
        connection.exec_driver_sql(
            f"CREATE INDEX {name} ON {table} USING gin (cdmo_words({', '.join(columns)}))"
        )
        return
    cols = ", ".join(columns)
    new = ", ".join(f"new.{c}" for c in columns)
    old = ", ".join(f"old.{c}" for c in columns)
    content_rowid = "rowid"
    if index.key:
        content_rowid = "fts_key"
        connection.exec_driver_sql(
            f"CREATE VIEW {index.content} AS SELECT {index.key_of(table)} AS fts_key, {cols} "
            f"FROM {table}"
        )
    connection.exec_driver_sql(
        f"CREATE VIRTUAL TABLE {name} USING fts5({cols}, content='{index.content}', "
        f"content_rowid='{content_rowid}', tokenize='{_TOKENIZE}', prefix='{_PREFIX}')"
    )
    forget = (
        f"INSERT INTO {name}({name}, rowid, {cols}) VALUES ('delete', {index.key_of('old')}, "
        f"{old});"
    )
    learn = f"INSERT INTO {name}(rowid, {cols}) VALUES ({index.key_of('new')}, {new});"
    watched = (*columns, *index.key_columns)
    for trigger in (
        triggers.Trigger(f"{name}_ai", table, "AFTER", "INSERT", learn),
        triggers.Trigger(f"{name}_ad", table, "AFTER", "DELETE", forget),
        triggers.Trigger(
            f"{name}_au", table, "AFTER", "UPDATE", f"{forget} {learn}", update_of=watched
        ),
    ):
        triggers.create(connection, trigger)
    rebuild(connection, name)


def drop(connection: sa.Connection, index: str) -> None:
    """Remove the index (and on SQLite its triggers): a downgrade, or before a bulk load."""
    _check(index)
    if connection.dialect.name != "sqlite":
        connection.exec_driver_sql(f"DROP INDEX IF EXISTS {index}")
        return
    for suffix in ("ai", "ad", "au"):
        connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {index}_{suffix}")
    connection.exec_driver_sql(f"DROP TABLE IF EXISTS {index}")
    connection.exec_driver_sql(f"DROP VIEW IF EXISTS {index}_content")


def rebuild(connection: sa.Connection, index: str) -> None:
    """Re-read every row of the indexed table (after rows were written with the triggers
    off, to repair the index, or to purge erased words). PostgreSQL's index follows its
    table by itself; a REINDEX writes it anew (no erased word left in its pages)."""
    _check(index)
    if connection.dialect.name != "sqlite":
        connection.exec_driver_sql(f"REINDEX INDEX {index}")
        return
    found = INDEXES.get(index)
    view = f"{index}_content"
    keyed = connection.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'view' AND name = ?", (view,)
    ).first()
    if found is None or not found.key or keyed is None:
        connection.exec_driver_sql(f"INSERT INTO {index}({index}) VALUES ('rebuild')")
        return
    # A keyed index is filled in key order: FTS5 writes a segment each time an entry comes
    # with a smaller key than the one before (in the table's order: nearly every row; four
    # times slower in all). Only the (key, rowid) pairs are sorted
    # (OFFSET 0: SQLite then keeps the subquery and its order instead of flattening it).
    cols = ", ".join(f"t.{c}" for c in found.columns)
    connection.exec_driver_sql(f"INSERT INTO {index}({index}) VALUES ('delete-all')")
    connection.exec_driver_sql(
        f"INSERT INTO {index}(rowid, {', '.join(found.columns)}) SELECT k.fts_key, {cols} "
        f"FROM (SELECT {found.key_of(found.table)} AS fts_key, rowid AS row FROM "
        f"{found.table} ORDER BY 1 LIMIT -1 OFFSET 0) AS k JOIN {found.table} AS t "
        "ON t.rowid = k.row"
    )


# PostgreSQL ------------------------------------------------------------------------------

_ICU_ROOT = "und-x-icu"
_LEXEME = 200
"""Letters kept of a word in the PostgreSQL index (a lexeme holds at most 2047 bytes)."""

FUNCTIONS = (
    "cdmo_plain(text)",
    "cdmo_query(text, boolean)",
    "cdmo_words(text[])",
    "cdmo_fold(text)",
    "cdmo_unaccent(text)",
)
"""The PostgreSQL functions `install_functions` makes (in the order to drop them)."""


def install_functions(connection: sa.Connection) -> None:
    """The PostgreSQL extension and functions the word indexes use (made once: when they
    are there, nothing is done, so a role that does not own them may rebuild an index).

    unaccent is called with its dictionary named by schema, so the wrapper is truly
    IMMUTABLE (whatever the search_path of the session or of a restore)."""
    run = connection.exec_driver_sql
    if run(f"SELECT to_regprocedure('{FUNCTIONS[0]}')").scalar() is not None:  # the last made
        return
    run("CREATE EXTENSION IF NOT EXISTS unaccent")
    schema = run(
        "SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace "
        "WHERE e.extname = 'unaccent'"
    ).scalar_one()
    icu = run("SELECT 1 FROM pg_collation WHERE collname = %(c)s", {"c": _ICU_ROOT}).first()
    collate = f' COLLATE "{_ICU_ROOT}"' if icu is not None else ""
    quoted = '"' + str(schema).replace('"', '""') + '"'
    run(
        "CREATE OR REPLACE FUNCTION cdmo_unaccent(text) RETURNS text LANGUAGE sql IMMUTABLE "
        f"PARALLEL SAFE STRICT AS $$ SELECT {quoted}.unaccent("
        f"'{quoted}.unaccent'::regdictionary, $1) $$"
    )
    run(
        "CREATE OR REPLACE FUNCTION cdmo_fold(text) RETURNS text LANGUAGE sql IMMUTABLE "
        "PARALLEL SAFE STRICT AS $$ SELECT btrim(regexp_replace(lower(cdmo_unaccent($1)"
        f"{collate}), '[^[:alnum:]]+', ' ', 'g')) $$"
    )
    # The folded words of a text, each cut to _LEXEME letters.
    cut = (
        f"CASE WHEN length(f) <= {_LEXEME} THEN f "
        f"ELSE regexp_replace(f, '(\\S{{{_LEXEME}}})\\S+', '\\1', 'g') END"
    )
    # The set of words of the columns (NULL: no word; no row matches it).
    run(
        "CREATE OR REPLACE FUNCTION cdmo_words(VARIADIC text[]) RETURNS tsvector "
        "LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT array_to_tsvector("
        f"string_to_array(nullif({cut}, ''), ' ')) "
        "FROM (SELECT cdmo_fold(array_to_string($1, ' ')) AS f) AS folded $$"
    )
    # What was typed as a tsquery: its folded words, all required, the last a prefix when
    # $2 (NULL when it holds no letter or digit: no row matches).
    run(
        "CREATE OR REPLACE FUNCTION cdmo_query(text, boolean) RETURNS tsquery "
        "LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$ SELECT CASE WHEN f = '' "
        "THEN NULL ELSE ('''' || replace("
        f"{cut}, ' ', ''' & ''') || '''' || CASE WHEN $2 THEN ':*' ELSE '' END)::tsquery END "
        "FROM (SELECT cdmo_fold($1) AS f) AS folded $$"
    )
    # Whether the tsquery of a typed word is the whole answer: one folded word, not cut.
    run(
        "CREATE OR REPLACE FUNCTION cdmo_plain(text) RETURNS boolean "
        "LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$ SELECT strpos(f, ' ') = 0 "
        f"AND length(f) <= {_LEXEME} FROM (SELECT cdmo_fold($1) AS f) AS folded $$"
    )


def _document(table: sa.FromClause, columns: Sequence[str]) -> sa.ColumnElement[str]:
    """The folded text of the columns joined by '|' (constants as SQL literals)."""
    empty: Any = sa.literal_column("''")
    bar: Any = sa.literal_column("'|'")
    parts: list[Any] = [sa.func.cdmo_fold(sa.func.coalesce(table.c[c], empty)) for c in columns]
    document = parts[0]
    for part in parts[1:]:
        document = document.op("||")(bar).op("||")(part)
    return document


def _pattern(text: str, *, whole: bool) -> sa.ColumnElement[str]:
    """The regular expression of a word prefix (or, `whole`, a phrase of whole words) in
    the folded document: folded by the server as the document is (only letters, digits
    and single spaces remain: nothing to escape)."""
    start: Any = sa.literal_column("'(^|[ |])'")
    folded = sa.func.cdmo_fold(sa.bindparam(None, text, sa.String()))
    pattern = start.op("||")(folded)
    return pattern.op("||")(sa.literal_column("'($|[ |])'")) if whole else pattern


def _surely_plain(text: str) -> bool:
    """Whether `text` surely folds to one word the index holds whole (ASCII letters and
    digits only): its tsquery is the whole answer. Otherwise the server decides
    (cdmo_plain) whether the folded text must be checked."""
    return text.isascii() and text.isalnum() and len(text) <= _LEXEME


def _pg_condition(
    index: Index,
    text: str,
    phrases: Sequence[str],
    table: sa.FromClause | str,
    columns: Sequence[str] = (),
    newest: int = 0,
    inline: bool = False,
) -> sa.ColumnElement[bool] | None:
    """`table.ctid = ANY (ARRAY(SELECT ctid FROM <table> WHERE cdmo_words(columns) @@
    (q1 && q2 ...) AND <checks>))`: the matching rows are read from the word index once
    (an InitPlan) and fetched by their address (a TID scan), whatever the query sorts
    by. Written as `cdmo_words(...) @@ ...` on the outer rows, a sorted page could be
    planned as a walk along the sort key's index computing every row's words (seconds at
    100k rows for a word no row has: PostgreSQL estimates a prefix's matches blindly when
    its statistics hold under 100 distinct words). The checks: for each word or phrase
    the index does not answer alone, its regular expression on the folded text.

    `inline` (a FromClause `table`): the test on `table`'s own rows instead (see
    `condition`)."""
    searched = [(w, False) for w in words(text)]
    searched += [(" ".join(words(p)), True) for p in phrases if words(p)]
    if not searched:
        return None
    if inline and not newest and not isinstance(table, str):
        return sa.and_(*_pg_tests(index, searched, table, columns))
    inner = sa.table(index.table, *(sa.column(c) for c in index.columns)).alias(
        f"{index.name}_match"
    )
    matching: sa.Select[Any] = (
        sa.select(sa.literal_column(f"{inner.name}.ctid"))
        .select_from(inner)
        .where(*_pg_tests(index, searched, inner, columns))
    )
    if newest:
        matching = matching.limit(newest)
    name = table if isinstance(table, str) else getattr(table, "name", index.table)
    address: Any = sa.literal_column(f"{name}.ctid")
    return address == sa.any_(sa.func.array(matching.scalar_subquery()))


def _pg_tests(
    index: Index,
    searched: Sequence[tuple[str, bool]],
    rows: sa.FromClause,
    columns: Sequence[str],
) -> list[Any]:
    """`cdmo_words(columns) @@ (q1 && q2 ...)` on `rows`, then the checks (see
    `_pg_condition`)."""
    query: Any = None
    checks: list[Any] = []
    for typed, whole in searched:
        prefix: Any = sa.literal_column("false" if whole else "true")
        part = sa.func.cdmo_query(sa.bindparam(None, typed, sa.String()), prefix)
        query = part if query is None else query.op("&&")(part)
        if columns:  # the index holds the row's words, not each column's: read them
            checks.append(_document(rows, columns).op("~")(_pattern(typed, whole=whole)))
        elif not _surely_plain(typed):
            plain = sa.func.cdmo_plain(sa.bindparam(None, typed, sa.String()))
            matches = _document(rows, index.columns).op("~")(_pattern(typed, whole=whole))
            checks.append(sa.or_(plain, matches))
    indexed = sa.func.cdmo_words(*(rows.c[c] for c in index.columns)).op("@@")(query)
    return [indexed, *checks]


def condition(
    dialect_name: str,
    index: str | Index,
    text: str,
    phrases: Sequence[str] = (),
    *,
    probe: bool = False,
    table: sa.FromClause | None = None,
    columns: Sequence[str] = (),
    newest: int = 0,
    key_range: tuple[int, int] | None = None,
    terms: Mapping[str, Collection[str]] | None = None,
    inline: bool = False,
) -> sa.ColumnElement[bool] | None:
    """The condition "this row matches what was typed" (see the module docstring), or None
    when `text` and `phrases` hold no word. `table`: how the query names the indexed table
    (an alias, the Table); by default the table by its name. `columns`: every word must
    be found in these of the index's columns (a title before the rest of the text).
    `newest`: at most that many matching rows (SQLite: the index's last entries in rowid
    order, for a table without a key its newest rows; PostgreSQL: the first the word index
    gives), so a broad word costs no more than a narrow one. `key_range` (SQLite, an index
    with a key; ignored elsewhere): only the entries whose key is in [low, high), a facet
    the row's other conditions ask for anyway (read as one range of the index).

    With `probe` on an index with a key, each row is looked for by its key (computed from
    the row, `Index.key_of`) among the matches as the index gives them, in key order: the
    list of matches is then built in order, without sorting it first (by rowid it took a
    sort of every match: 340 ms for 312k matches at 1M risks, by key 60 ms). With `terms`
    as well (`whole_terms`, SQLite), no list is built: each row is looked up by its key in
    the index, its long words as the whole words they begin (11 ms for a page of 100 risks
    of 312k matches, instead of 60 ms).

    `inline` (PostgreSQL, with `table`; ignored on SQLite): the test on the row itself,
    `cdmo_words(table.c1, ...) @@ query` (and its checks), which the planner answers with
    the word index's bitmap where the query reads every match anyway (a count, a grouping:
    each match read once, where the list of addresses reads it twice), or row by row on a
    walk along another index (store.server_search: a broad search's page, the walk
    bounded)."""
    found = INDEXES[index] if isinstance(index, str) else index
    _check(found.name, found.table, *found.columns, *columns)
    if dialect_name != "sqlite":
        where = found.table if table is None else table
        return _pg_condition(found, text, phrases, where, columns, newest, inline)
    name = getattr(table, "name", found.table)
    ranged = key_range if found.key else None
    if probe and found.key and not newest and terms is not None:
        return _looked_up(found, name, text, phrases, columns, terms)
    if probe and found.key and not newest:
        keys = matching_rowids(found.name, text, phrases, columns, keys=True, key_range=ranged)
        if keys is None:
            return None
        return sa.literal_column(found.key_of(name)).in_(keys)
    matching = matching_rowids(found.name, text, phrases, columns, key_range=ranged)
    if matching is None:
        return None
    if newest:
        matching = matching.order_by(sa.literal_column("rowid").desc()).limit(newest)
    elif found.key:
        # The rowids come in key order: sorted, SQLite's list of them is built in order
        # (a third cheaper for 300k matches than inserting them as they come).
        matching = matching.order_by(sa.literal_column("1"))
    rowid: Any = sa.literal_column(f"{name}.rowid")
    return probing(rowid, probe).in_(matching)


def _looked_up(
    index: Index,
    name: str,
    text: str,
    phrases: Sequence[str],
    columns: Sequence[str],
    terms: Mapping[str, Collection[str]],
) -> sa.ColumnElement[bool] | None:
    """EXISTS (the index's entry at the row's key matches): a probe's per-row lookup."""
    if any(not whole for whole in terms.values()):
        return sa.false()
    query = match_query(text, phrases, columns, terms)
    if query is None:
        return None
    entry: Any = sa.literal_column(f"{index.name}.rowid")
    return sa.exists(
        sa.select(sa.literal_column("1"))
        .select_from(sa.table(index.name))
        .where(
            sa.literal_column(index.name).op("MATCH")(query),
            entry == sa.literal_column(index.key_of(name)),
        )
    )


def matching_rowids(
    index: str,
    text: str,
    phrases: Sequence[str] = (),
    columns: Sequence[str] = (),
    *,
    keys: bool = False,
    key_range: tuple[int, int] | None = None,
) -> sa.Select[tuple[int]] | None:
    """SELECT of the rowids of the indexed table's rows matching `text` and `phrases` (see
    `match_query`; for `table.rowid IN (...)`), or None when there is no word to search for.
    For an index with a key: `keys` selects the entries' keys instead (in key order), and
    `key_range` keeps the entries whose key is in [low, high)."""
    _check(index)
    query = match_query(text, phrases, columns)
    if query is None:
        return None
    fts = sa.table(index)
    keyed = index in INDEXES and INDEXES[index].key
    rowid = f"rowid & {risk_search.ROWID_MASK}" if keyed and not keys else "rowid"
    where = [sa.literal_column(index).op("MATCH")(query)]
    if keyed and key_range is not None:
        entry: Any = sa.literal_column("rowid")
        low, high = key_range
        where += [entry >= low, entry < high]
    return sa.select(sa.literal_column(rowid)).select_from(fts).where(*where)


def probe_pays(
    session: Any, index: str, text: str, rows: int, limit: int, phrases: Sequence[str] = ()
) -> bool:
    """Whether a page of `limit` rows of a search is best read by walking the sort key's
    index and looking each row up among the matches (about limit x rows / matches index
    entries) rather than by reading every match and sorting them: when matches^2 x 10 >
    limit x `rows`. The matches are counted in the full-text index alone and only up to
    that number, so a broad search costs no more to weigh than a narrow one. Always False
    on PostgreSQL (its planner weighs the word index itself)."""
    enough = math.isqrt(max(limit, 1) * max(rows, 0) // 10) + 1
    return matches_at_least(session, index, text, enough, phrases)


def matches_at_least(
    session: Any, index: str, text: str, enough: int, phrases: Sequence[str] = ()
) -> bool:
    """Whether `text` and `phrases` match at least `enough` rows of the index (SQLite;
    always False on PostgreSQL), counted in the full-text index only up to that number.

    A typed word longer than the longest prefix index (`_PREFIX`) makes FTS5 merge the
    entries of every word it starts before it gives the first match (about 20 ms for
    "supplier" at a million risks): the rows holding the typed words as whole words,
    which FTS5 reads one by one, are counted first. They are among the matches, so when
    they are enough, so are the matches, and the merge is never made."""
    if session.get_bind().dialect.name != "sqlite":
        return False
    matching = matching_rowids(index, text, phrases)
    if matching is None:
        return False
    if enough <= 0:
        return True
    longest = max(int(n) for n in _PREFIX.split())
    if any(len(w) > longest for w in words(text)):
        whole = matching_rowids(index, "", [*phrases, *words(text)])
        if whole is not None and _counted(session, whole, enough) >= enough:
            return True
    return _counted(session, matching, enough) >= enough


def count_matches_among(
    session: Any, index: str, text: str, table: sa.FromClause, among: Sequence[Any]
) -> tuple[int, int] | None:
    """How many rows of `table` (the index's own) match `text`, and how many of those the
    conditions `among` keep, in one pass over the matches (SQLite; None when the text holds
    no word): each match is looked for among the rows `among` keeps, read once from an index
    that covers them. Reading the matches once instead of twice (once to count them, once
    as the list an index walk of the kept rows looks each row up in) counts a broad search
    at a million rows in about two thirds of the time."""
    matching = matching_rowids(index, text)
    if matching is None:
        return None
    found = matching.subquery()
    rowid: Any = sa.literal_column(f"{getattr(table, 'name', INDEXES[index].table)}.rowid")
    kept: sa.Select[Any] = sa.select(rowid).select_from(table).where(*among)
    counted = sa.select(sa.func.count(), sa.func.count().filter(found.c.rowid.in_(kept)))
    n, n_among = session.execute(counted.select_from(found)).one()
    return int(n), int(n_among)


def _counted(session: Any, matching: sa.Select[tuple[int]], most: int) -> int:
    """How many rows `matching` selects, counted up to `most`."""
    counted = sa.select(sa.func.count()).select_from(matching.limit(most).subquery())
    return int(session.execute(counted).scalar_one())


def probing(rowid: Any, probe: bool) -> Any:
    """The rowid as the membership test of a probe (`rowid + 0`: no rowid lookup, so the
    planner walks the sort key's index and checks each entry's rowid among the matches)."""
    return rowid + 0 if probe else rowid
