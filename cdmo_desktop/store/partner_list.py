"""The partner register: count and pages of partners, filtered and sorted in SQL.

Built for 100k partners. Three ways to get one page, chosen per request:

- *index walk*: an ORDER BY that an index on (column, name_key) answers, so LIMIT stops
  after one page (sorting by name, kind, region, qualification or next audit due);
- *segments*: columns whose order no index gives (country by its name, active engagements,
  primary contact) are read as consecutive slices that each walk an index, e.g. "partners
  with a primary contact, by contact name" then "partners without one";
- *key set*: with a text search or a filter that keeps few rows, one scan returns every
  matching row id in order; the count and every later page come from that list.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from cdmo_desktop.domain import geo, scales

HEADERS = (
    "Name",
    "Kind",
    "Country",
    "Region",
    "Qualification",
    "Next audit due",
    "Active engagements",
    "Primary contact",
)
(
    COL_NAME,
    COL_KIND,
    COL_COUNTRY,
    COL_REGION,
    COL_QUALIFICATION,
    COL_NEXT_AUDIT,
    COL_ACTIVE,
    COL_CONTACT,
) = range(len(HEADERS))

# A filter keeping fewer than 1/KEYSET_RATIO of the partners is served from a key set.
KEYSET_RATIO = 20
# Scans read the narrow index holding every column the register filters and sorts on.
SCAN = "partner AS p INDEXED BY ix_partner_register"

_ACTIVE = (
    "(SELECT count(*) FROM engagement AS e WHERE e.partner_id = p.id "
    "AND e.status = 'active' AND e.archived = 0)"
)
_PRIMARY = (
    "(SELECT c.name FROM contact AS c WHERE c.partner_id = p.id AND c.is_primary = 1 "
    "ORDER BY c.name, c.id LIMIT 1)"
)
_SIMPLE_ORDER = {
    COL_NAME: None,
    COL_KIND: "p.kind",
    COL_REGION: "p.region",
    COL_QUALIFICATION: "p.qualification_status",
    COL_NEXT_AUDIT: "p.next_audit_due",
}


@dataclass(frozen=True, slots=True)
class PartnerListRow:
    id: str
    name: str
    kind: str
    country: str
    city: str
    region: str | None
    qualification_status: str
    next_audit_due: date | None
    active_engagements: int
    primary_contact: str
    archived: bool


@dataclass(frozen=True)
class PartnerFilters:
    """What the register shows. `text` matches name, legal name, capabilities, scales,
    technology platforms, city, country (code or name), site names, cities and tags, and
    contact names; every word must match somewhere, a quantity with its unit ("100 kg",
    "2,000 L") counting as one word. `scale` keeps partners that work at that scale (a
    scale key, domain.scales.scale_key: "kg", "100 kg", "2000 l"), themselves or at a site."""

    text: str = ""
    kind: str = ""
    region: str = ""
    qualification: str = ""
    scale: str = ""
    overdue: bool = False
    archived: bool = False

    @classmethod
    def from_dict(cls, values: dict[str, Any]) -> PartnerFilters:
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in values.items() if k in known and v is not None})

    @property
    def words(self) -> list[str]:
        """The search's terms as typed (a quantity and its unit as one)."""
        return scales.search_words(self.text)


def _like(word: str) -> str:
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _country_codes_matching(word: str) -> list[str]:
    folded = word.casefold()
    codes = [code for code, name in geo.countries() if folded in name.casefold()]
    if len(word) == 2 and geo.is_country(word):
        codes.append(word.upper())
    return sorted(set(codes))


def where_clause(filters: PartnerFilters, today: date) -> tuple[str, dict[str, Any]]:
    """The SQL condition (on alias `p`) and its parameters for `filters`."""
    parts: list[str] = []
    params: dict[str, Any] = {}
    if not filters.archived:
        parts.append("p.archived = 0")
    if filters.kind:
        parts.append("p.kind = :kind")
        params["kind"] = filters.kind
    if filters.region:
        parts.append("p.region = :region")
        params["region"] = filters.region
    if filters.qualification:
        parts.append("p.qualification_status = :qualification")
        params["qualification"] = filters.qualification
    if filters.scale:
        parts.append("p.scale_tags LIKE :scale ESCAPE '\\'")
        params["scale"] = _like("|" + scales.scale_key(filters.scale) + "|")
    if filters.overdue:
        parts.append("p.next_audit_due < :today AND p.archived = 0")
        params["today"] = today.isoformat()
    for i, word in enumerate(filters.words):
        key = f"w{i}"
        params[key] = _like(word)
        params[key + "f"] = _like(scales.normalise(word))
        ors = [f"p.{column} LIKE :{key} ESCAPE '\\'" for column in ("name", "capabilities", "city")]
        ors.append(f"p.search_extra LIKE :{key}f ESCAPE '\\'")
        codes = _country_codes_matching(word)
        if codes:
            ors.append("p.country IN (" + ", ".join(f"'{c}'" for c in codes) + ")")
        parts.append("(" + " OR ".join(ors) + ")")
    return (" AND ".join(parts) or "1 = 1"), params


def _country_rank() -> dict[str, int]:
    return {code: i for i, (code, _name) in enumerate(geo.countries())}


def _country_order(codes: list[str], desc: bool) -> str:
    """ORDER BY terms listing `codes` by country name (reversed when `desc`), unknown codes
    after the known ones and partners without a country last."""
    rank = _country_rank()
    known = sorted((c for c in codes if c in rank), key=rank.__getitem__, reverse=desc)
    whens = " ".join(f"WHEN '{c}' THEN {i}" for i, c in enumerate(known))
    d = "DESC" if desc else "ASC"
    case = f"CASE p.country {whens} WHEN '' THEN 100001 ELSE 100000 END"
    return f"{case}, p.country {d}, p.name_key {d}"


class PartnerList:
    """Counts and pages of the register; caches what it learnt until `invalidate()`.

    The GUI keeps one per screen and invalidates it before re-reading after a write."""

    def __init__(self) -> None:
        self.invalidate()

    def invalidate(self) -> None:
        self._counts: dict[PartnerFilters, int] = {}
        self._keysets: dict[tuple[PartnerFilters, int, bool], list[int]] = {}
        self._sizes: dict[tuple[Any, ...], int] = {}
        self._country_counts: dict[PartnerFilters, dict[str, int]] = {}
        self._last_sort: tuple[int, bool] = (COL_NAME, False)
        self._all: int | None = None

    # --- public -------------------------------------------------------------------------
    def count(self, session: Session, filters: PartnerFilters, today: date) -> int:
        if filters in self._counts:
            return self._counts[filters]
        if filters.words:
            ids = self._keyset(session, filters, *self._last_sort, today)
            return len(ids)
        where, params = where_clause(filters, today)
        plain = filters in (PartnerFilters(), PartnerFilters(archived=True))
        table = "partner AS p" if plain else SCAN
        n = int(_scalar(session, f"SELECT count(*) FROM {table} WHERE {where}", params))
        self._counts[filters] = n
        return n

    def page(
        self,
        session: Session,
        filters: PartnerFilters,
        sort_column: int,
        descending: bool,
        offset: int,
        limit: int,
        today: date,
    ) -> list[PartnerListRow]:
        self._last_sort = (sort_column, descending)
        if self._use_keyset(session, filters, today):
            ids = self._keyset(session, filters, sort_column, descending, today)
            rowids = ids[offset : offset + limit]
        else:
            rowids = self._walk(session, filters, sort_column, descending, offset, limit, today)
        return rows_by_rowid(session, rowids)

    # --- strategies ---------------------------------------------------------------------
    def _use_keyset(self, session: Session, filters: PartnerFilters, today: date) -> bool:
        if filters.words:
            return True
        if filters in (PartnerFilters(), PartnerFilters(archived=True)):
            return False
        if self._all is None:
            self._all = int(_scalar(session, "SELECT count(*) FROM partner"))
        return self.count(session, filters, today) * KEYSET_RATIO < self._all

    def _keyset(
        self, session: Session, filters: PartnerFilters, column: int, desc: bool, today: date
    ) -> list[int]:
        key = (filters, column, desc)
        if key not in self._keysets:
            where, params = where_clause(filters, today)
            order = self._full_order(column, desc)
            sql = f"SELECT p.rowid FROM {SCAN} WHERE {where} ORDER BY {order}"
            ids = _ids(session, sql, params)
            self._keysets = {k: v for k, v in self._keysets.items() if k[0] == filters}
            self._keysets[key] = ids
            self._counts[filters] = len(ids)
        return self._keysets[key]

    def _full_order(self, column: int, desc: bool) -> str:
        d = "DESC" if desc else "ASC"
        if column == COL_COUNTRY:
            return _country_order(list(_country_rank()), desc)
        if column == COL_ACTIVE:
            return f"{_ACTIVE} {d}, p.name_key {d}"
        if column == COL_CONTACT:
            return f"{_PRIMARY} {d} NULLS LAST, p.name_key {d}"
        return self._simple_order(column, desc)

    @staticmethod
    def _simple_order(column: int, desc: bool) -> str:
        d = "DESC" if desc else "ASC"
        expr = _SIMPLE_ORDER.get(column)
        if expr is None:
            return f"p.name_key {d}"
        return f"{expr} {d} NULLS LAST, p.name_key {d}"

    def _walk(
        self,
        session: Session,
        filters: PartnerFilters,
        column: int,
        desc: bool,
        offset: int,
        limit: int,
        today: date,
    ) -> list[int]:
        where, params = where_clause(filters, today)
        if column == COL_COUNTRY:
            return self._country_page(session, filters, where, params, desc, offset, limit)
        if column in (COL_ACTIVE, COL_CONTACT):
            segments = _segments(column, desc, where)
            key = (filters, column, desc)
            return self._segment_page(session, key, segments, params, offset, limit)
        order = self._simple_order(column, desc)
        sql = (
            f"SELECT p.rowid FROM partner AS p WHERE {where} "
            f"ORDER BY {order} LIMIT :lim OFFSET :off"
        )
        return _ids(session, sql, {**params, "lim": limit, "off": offset})

    def _country_page(
        self,
        session: Session,
        filters: PartnerFilters,
        where: str,
        params: dict[str, Any],
        desc: bool,
        offset: int,
        limit: int,
    ) -> list[int]:
        counts = self._country_counts.get(filters)
        if counts is None:
            sql = f"SELECT p.country, count(*) FROM {SCAN} WHERE {where} GROUP BY p.country"
            counts = {r[0]: r[1] for r in session.connection().execute(sa.text(sql), params)}
            self._country_counts[filters] = counts
        rank = _country_rank()
        known = sorted((c for c in counts if c in rank), key=rank.__getitem__, reverse=desc)
        unknown = sorted((c for c in counts if c and c not in rank), reverse=desc)
        order = known + unknown + ([""] if "" in counts else [])
        start, first_start = 0, 0
        window: list[str] = []
        for code in order:
            end = start + counts[code]
            if end > offset and start < offset + limit:
                if not window:
                    first_start = start
                window.append(code)
            start = end
        if not window:
            return []
        codes = ", ".join(f"'{c}'" for c in window)
        sql = (
            f"SELECT p.rowid FROM partner AS p WHERE {where} AND p.country IN ({codes}) "
            f"ORDER BY {_country_order(window, desc)} LIMIT :lim OFFSET :off"
        )
        return _ids(session, sql, {**params, "lim": limit, "off": offset - first_start})

    def _segment_page(
        self,
        session: Session,
        key: tuple[Any, ...],
        segments: list[tuple[str, str]],
        params: dict[str, Any],
        offset: int,
        limit: int,
    ) -> list[int]:
        out: list[int] = []
        pos = 0
        for i, (body, order) in enumerate(segments):
            size = self._sizes.get((*key, i))
            if size is None and offset > pos:
                size = int(_scalar(session, f"SELECT count(*) {body}", params))
                self._sizes[(*key, i)] = size
            if size is not None and offset >= pos + size:
                pos += size
                continue
            local = offset - pos
            need = limit - len(out)
            sql = f"SELECT p.rowid {body} ORDER BY {order} LIMIT :lim OFFSET :off"
            got = _ids(session, sql, {**params, "lim": need, "off": local})
            out.extend(got)
            if len(got) < need:
                self._sizes[(*key, i)] = local + len(got)
                pos += local + len(got)
                offset = pos
                continue
            break
        return out


def _segments(column: int, desc: bool, where: str) -> list[tuple[str, str]]:
    """(FROM ... WHERE ..., ORDER BY ...) slices that together list partners in order."""
    d = "DESC" if desc else "ASC"
    if column == COL_ACTIVE:
        with_active = (
            "FROM (SELECT partner_id, count(*) AS n FROM engagement "
            "WHERE status = 'active' AND archived = 0 GROUP BY partner_id) AS a "
            f"CROSS JOIN partner AS p ON p.id = a.partner_id WHERE {where}",
            f"a.n {d}, p.name_key {d}",
        )
        without = (
            f"FROM partner AS p WHERE {where} AND NOT EXISTS (SELECT 1 FROM engagement AS e "
            "WHERE e.partner_id = p.id AND e.status = 'active' AND e.archived = 0)",
            f"p.name_key {d}",
        )
        return [with_active, without] if desc else [without, with_active]
    with_contact = (
        "FROM contact AS c INDEXED BY ix_contact_primary_name CROSS JOIN partner AS p "
        f"ON p.id = c.partner_id WHERE c.is_primary = 1 AND {where} AND c.id = "
        "(SELECT c2.id FROM contact AS c2 WHERE c2.partner_id = c.partner_id "
        "AND c2.is_primary = 1 ORDER BY c2.name, c2.id LIMIT 1)",
        f"c.name {d}, p.name_key {d}",
    )
    without = (
        f"FROM partner AS p WHERE {where} AND NOT EXISTS (SELECT 1 FROM contact AS c "
        "WHERE c.partner_id = p.id AND c.is_primary = 1)",
        f"p.name_key {d}",
    )
    return [with_contact, without]  # no primary contact: last in both directions


def _scalar(session: Session, sql: str, params: dict[str, Any] | None = None) -> Any:
    return session.connection().execute(sa.text(sql), params or {}).scalar_one()


def _ids(session: Session, sql: str, params: dict[str, Any]) -> list[int]:
    """Row ids straight from the driver: a key set can hold 100k of them."""
    raw = session.connection().connection.driver_connection
    return [r[0] for r in raw.execute(sql, params).fetchall()]  # type: ignore[union-attr]


def rows_by_rowid(session: Session, rowids: list[int]) -> list[PartnerListRow]:
    """The register rows for `rowids`, in that order (one query, 200 ids at most)."""
    if not rowids:
        return []
    sql = (
        "SELECT p.rowid, p.id, p.name, p.kind, p.country, p.city, p.region, "
        f"p.qualification_status, p.next_audit_due, p.archived, {_ACTIVE}, {_PRIMARY} "
        f"FROM partner AS p WHERE p.rowid IN ({', '.join(str(int(r)) for r in rowids)})"
    )
    found = {}
    for r in session.connection().execute(sa.text(sql)):
        found[r[0]] = PartnerListRow(
            id=r[1],
            name=r[2],
            kind=r[3],
            country=r[4] or "",
            city=r[5] or "",
            region=r[6],
            qualification_status=r[7],
            next_audit_due=date.fromisoformat(r[8]) if r[8] else None,
            archived=bool(r[9]),
            active_engagements=int(r[10] or 0),
            primary_contact=r[11] or "",
        )
    return [found[r] for r in rowids if r in found]
