"""Importing partners, clients, their contacts, risks and actions from a spreadsheet.

An import has two steps, shared by the command line and the wizard:

1. `plan_import` reads every row against the database and gives each its fate: new, update
   (the fields that differ), unchanged, or refused with the reason. A row with an id updates
   that record; without one, a row naming an existing record (a partner's or a client's
   name, a contact's name at its partner or client, a risk's code R-007) updates it, any
   other row is new. Each row is checked by the same rules the forms use
   (domain.validation); references by name (the partner or client of a contact, its site, a
   risk's milestone, an owner) resolve case-blind. A new partner whose name is close to an
   existing one (case, punctuation, legal suffixes such as GmbH or S.A., or a small typo)
   carries a near-duplicate warning.
2. `apply_import` writes the plan as ONE change set (one undo step), logged with the file's
   name as the reason: all or nothing, so one refused row means nothing is written unless
   the caller asks to skip refused rows.

Refusal reasons and warnings name the column and the rule, never a cell's contents.
"""

from __future__ import annotations

import difflib
import functools
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import Enum, StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cdmo_desktop.domain import clock, kpi, risk_review
from cdmo_desktop.domain.enums import (
    ActionSource,
    ActionStatus,
    KpiPeriod,
    KpiUnit,
    PartnerKind,
    QualificationStatus,
    Region,
    RiskCategory,
    RiskStatus,
    Side,
)
from cdmo_desktop.domain.messages import QT_TRANSLATE_NOOP, msg
from cdmo_desktop.domain.models import Contact, Partner, Risk, new_id
from cdmo_desktop.domain.validation import validate
from cdmo_desktop.exchange import cells
from cdmo_desktop.exchange.errors import ExchangeError
from cdmo_desktop.exchange.registers import register_of
from cdmo_desktop.exchange.sheet_reader import Cell, Sheet
from cdmo_desktop.store.record_imports import (
    MODELS,
    ImportContext,
    ImportEntry,
    import_context,
    write_import,
)

if TYPE_CHECKING:
    from cdmo_desktop.store.changesets import ChangeSet
    from cdmo_desktop.store.store import Store

Progress = Callable[[int, int], None]
PROGRESS_EVERY = 250
_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")


@dataclass(frozen=True)
class Column:
    """A field a column of the file can fill: `kind` says how a cell is read (text, date,
    int, float, bool, enum) or what it refers to (id, partner, site, milestone, owner,
    code)."""

    field: str
    label: str
    kind: str = "text"
    enum: type[Enum] | None = None
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Kind:
    key: str
    table: str
    noun: str
    columns: tuple[Column, ...]
    name_field: str
    needs_engagement: bool = False

    def column(self, field_name: str) -> Column:
        return next(c for c in self.columns if c.field == field_name)


def _c(
    field_name: str, kind: str = "text", enum: type[Enum] | None = None, *aliases: str
) -> Column:
    label = field_name.replace("_", " ").capitalize()
    for acronym in ("Cda", "Msa"):  # CDA signed date, MSA signed date
        label = label.replace(acronym, acronym.upper())
    return Column(field_name, label, kind, enum, aliases)


_ID = Column("id", "Id", "id", None, ("uuid", "record id"))
KINDS: dict[str, Kind] = {
    "partners": Kind(
        "partners",
        "partner",
        "partner",
        (
            _ID,
            _c("name", "text", None, "partner", "partner name", "company", "organisation"),
            _c("legal_name", "text", None, "legal entity"),
            _c("kind", "enum", PartnerKind, "type", "partner kind", "partner type"),
            _c("registered_address", "text", None, "address"),
            _c("website", "text", None, "web", "url", "web site"),
            _c("country", "text", None, "country code"),
            _c("city"),
            _c("region", "enum", Region),
            _c("time_zone", "text", None, "timezone", "tz"),
            _c("languages"),
            _c("capabilities"),
            _c("scales"),
            _c("technology_platforms", "text", None, "platforms"),
            _c("qualification_status", "enum", QualificationStatus, "qualification", "status"),
            _c("cda_signed_date", "date", None, "cda signed"),
            _c("cda_expiry_date", "date", None, "cda expiry", "cda expires"),
            _c("quality_agreement_date", "date", None, "quality agreement signed"),
            _c("quality_agreement_expiry", "date", None, "quality agreement expires"),
            _c("msa_signed_date", "date", None, "msa signed"),
            _c("notes"),
            _c("archived", "bool"),
        ),
        "name",
    ),
    "contacts": Kind(
        "contacts",
        "contact",
        "contact",
        (
            _ID,
            Column("partner_id", "Partner ID", "partner_id"),
            _c("partner", "partner", None, "partner name", "company", "organisation"),
            Column("site_id", "Site ID", "site_id"),
            _c("site", "site", None, "site name", "partner site"),
            _c("name", "text", None, "contact", "contact name", "full name", "person"),
            _c("role", "text", None, "title", "job title", "position", "function"),
            _c("email", "text", None, "e-mail", "email address", "mail"),
            _c("phone", "text", None, "telephone", "phone number", "tel", "mobile"),
            _c("is_primary", "bool", None, "primary", "primary contact", "main contact"),
            _c("notes"),
        ),
        "name",
    ),
    "clients": Kind(
        "clients",
        "client",
        "client",
        (
            _ID,
            _c("name", "text", None, "client", "client name", "sponsor", "company"),
            _c("legal_name", "text", None, "legal entity"),
            _c("country", "text", None, "country code"),
            _c("registered_address", "text", None, "address"),
            _c("notes"),
            _c("archived", "bool"),
        ),
        "name",
    ),
    "client-contacts": Kind(
        "client-contacts",
        "contact",
        "contact",
        (
            _ID,
            Column("client_id", "Client ID", "client_id"),
            _c("client", "client", None, "client name", "sponsor", "company", "organisation"),
            _c("name", "text", None, "contact", "contact name", "full name", "person"),
            _c("role", "text", None, "title", "job title", "position", "function"),
            _c("email", "text", None, "e-mail", "email address", "mail"),
            _c("phone", "text", None, "telephone", "phone number", "tel", "mobile"),
            _c("notes"),
        ),
        "name",
    ),
    "risks": Kind(
        "risks",
        "risk",
        "risk",
        (
            _ID,
            Column("code", "Code", "code", None, ("risk", "risk code", "number", "ref", "no")),
            _c("title", "text", None, "risk title", "name"),
            _c("description"),
            _c("category", "enum", RiskCategory),
            _c("likelihood", "int", None, "probability", "l"),
            _c("impact", "int", None, "severity", "i"),
            _c("residual_likelihood", "int"),
            _c("residual_impact", "int"),
            _c("cause"),
            _c("trigger"),
            _c("mitigation", "text", None, "mitigation plan", "response"),
            _c("contingency", "text", None, "contingency plan"),
            _c("owner", "owner", None, "risk owner"),
            _c("status", "enum", RiskStatus),
            _c("raised_by", "enum", Side, "raised by side"),
            _c("raised_date", "date", None, "raised", "date raised", "identified"),
            _c("review_cadence_days", "int", None, "review cadence", "cadence"),
            _c("next_review_date", "date", None, "next review", "review date"),
            _c("milestone", "milestone", None, "milestone name", "linked milestone"),
            _c("closed_date", "date", None, "closed", "date closed"),
            _c("closure_note", "text", None, "closure"),
        ),
        "title",
        needs_engagement=True,
    ),
    "actions": Kind(
        "actions",
        "action_item",
        "action",
        (
            _ID,
            _c("description", "text", None, "action", "task", "what"),
            _c("owner", "owner", None, "who", "responsible"),
            _c("due_date", "date", None, "due", "deadline", "due by"),
            _c("status", "enum", ActionStatus),
            _c("source", "enum", ActionSource),
            _c("raised_by", "enum", Side),
            _c("raised_date", "date", None, "raised", "date raised"),
            _c("closed_date", "date", None, "closed", "date closed"),
            _c("notes"),
        ),
        "description",
        needs_engagement=True,
    ),
}

KINDS["measurements"] = Kind(
    "measurements",
    "kpi_measurement",
    "KPI value",
    (
        _ID,
        Column("kpi_id", "KPI ID", "kpi_id"),
        Column("kpi", "KPI", "kpi", None, ("kpi name", "indicator", "metric")),
        Column("period_start", "Period", "date", None, ("month", "date", "period start")),
        Column("value", "Value", "float", None, ("actual", "result", "measurement")),
        _c("comment", "text", None, "comments", "note"),
        _c("entered_by", "text", None, "by", "entered by"),
    ),
    "kpi",
    needs_engagement=True,
)


# The sheet of a workbook each kind reads: our export's title, else the kind's name.
SHEET_NAMES = {
    key: ((register_of(key).title, key) if key != "measurements" else ("KPI measurements", key))
    for key in KINDS
}
# Header words that only add noise when matching a header to a field ("Due date (UTC)").
_HEADER_NOISE = re.compile(r"\(.*?\)|\[.*?\]")


def header_key(header: str) -> str:
    """A header as compared with field names: case, spacing and punctuation folded."""
    folded = unicodedata.normalize("NFKD", _HEADER_NOISE.sub("", header)).casefold()
    return "".join(ch for ch in folded if ch.isalnum())


# An export column that names what an import column refers to ("Number" is a risk's code).
_EXPORT_FIELDS = {"number": "code"}


def _export_field(kind: Kind, header: str) -> str:
    """The field our export's header `header` fills in this kind, or ""."""
    try:
        register = register_of(kind.key)
    except ExchangeError:  # no export of this kind: its own names only
        return ""
    column = register.column_for(header)
    if column is None:
        return ""
    wanted = _EXPORT_FIELDS.get(column.field, column.field)
    return wanted if any(c.field == wanted for c in kind.columns) else ""


def auto_mapping(kind: Kind, headers: Sequence[str]) -> list[str]:
    """The field each column fills ("" to ignore it), matched by header name: the header
    our export writes first (an exported file maps itself), then the field's name, label
    and common synonyms. A field is filled by one column at most (the first that matches)."""
    names: dict[str, str] = {}
    for column in kind.columns:
        for name in (column.field, column.label, *column.aliases):
            names.setdefault(header_key(name), column.field)
    used: set[str] = set()
    mapping = []
    for header in headers:
        field_name = _export_field(kind, header) or names.get(header_key(header), "")
        if field_name in used:
            field_name = ""
        used.add(field_name)
        mapping.append(field_name)
    return mapping


def mapping_key(kind: Kind, headers: Sequence[str]) -> str:
    """What a remembered mapping is filed under: the kind and the set of headers."""
    return kind.key + ":" + "|".join(sorted({header_key(h) for h in headers if h}))


class Fate(StrEnum):
    NEW = "new"
    UPDATE = "update"
    UNCHANGED = "unchanged"
    REFUSED = "refused"


@dataclass(frozen=True)
class RowPlan:
    """What importing one row does. `row` is its number in the spreadsheet (the header
    is row 1); `name` what it names (for the preview); `changed` the labels of the fields
    an update changes."""

    row: int
    fate: Fate
    name: str = ""
    reason: str = ""
    warnings: tuple[str, ...] = ()
    changed: tuple[str, ...] = ()
    entry: ImportEntry | None = None


@dataclass(frozen=True)
class ImportPlan:
    kind: Kind
    file_name: str
    rows: tuple[RowPlan, ...]
    engagement_id: str | None = None

    def count(self, fate: Fate) -> int:
        return sum(1 for r in self.rows if r.fate is fate)

    @property
    def refused(self) -> list[RowPlan]:
        return [r for r in self.rows if r.fate is Fate.REFUSED]

    @property
    def entries(self) -> list[ImportEntry]:
        return [r.entry for r in self.rows if r.entry is not None]

    def summary(self) -> str:
        return msg(
            QT_TRANSLATE_NOOP(
                "messages", "{new} new, {updated} updated, {unchanged} unchanged, {refused} refused"
            ),
            new=self.count(Fate.NEW),
            updated=self.count(Fate.UPDATE),
            unchanged=self.count(Fate.UNCHANGED),
            refused=self.count(Fate.REFUSED),
        )

    @property
    def label(self) -> str:
        """The undo text and change-log label of writing the plan."""
        template = IMPORT_LABELS.get(
            self.kind.key, QT_TRANSLATE_NOOP("messages", "Import {what} from {file}")
        )
        return msg(template, what=self.kind.key, file=self.file_name)


# The undo text of importing records of a kind ("Import risks from risks.xlsx").
IMPORT_LABELS = {
    "partners": QT_TRANSLATE_NOOP("messages", "Import partners from {file}"),
    "contacts": QT_TRANSLATE_NOOP("messages", "Import contacts from {file}"),
    "clients": QT_TRANSLATE_NOOP("messages", "Import clients from {file}"),
    "client-contacts": QT_TRANSLATE_NOOP("messages", "Import client contacts from {file}"),
    "risks": QT_TRANSLATE_NOOP("messages", "Import risks from {file}"),
    "actions": QT_TRANSLATE_NOOP("messages", "Import actions from {file}"),
    "measurements": QT_TRANSLATE_NOOP("messages", "Import measurements from {file}"),
}


def check_mapping(kind: Kind, mapping: Sequence[str]) -> str | None:
    """Why the mapping cannot import anything, or None: a file without an Id column
    needs the record's name (and a contact its partner)."""
    mapped = set(mapping)
    if "id" in mapped:
        return None
    if kind.key == "measurements":
        missing = [] if mapped & {"kpi", "kpi_id"} else ["KPI"]
        missing += [kind.column(f).label for f in ("period_start", "value") if f not in mapped]
    else:
        missing = [] if kind.name_field in mapped else [kind.column(kind.name_field).label]
    if kind.key == "contacts" and not mapped & {"partner", "partner_id"}:
        missing.insert(0, "Partner")
    if kind.key == "client-contacts" and not mapped & {"client", "client_id"}:
        missing.insert(0, "Client")
    if missing:
        return msg(
            QT_TRANSLATE_NOOP(
                "messages", "No column for {value}: map one (or an Id column) to import."
            ),
            value=", ".join(missing),
        )
    return None


def plan_import(
    store: Store,
    kind_key: str,
    sheet: Sheet,
    mapping: Sequence[str] | None = None,
    *,
    engagement_id: str | None = None,
    file_name: str = "",
    today: date | None = None,
    progress: Progress | None = None,
) -> ImportPlan:
    """Every row's fate (see the module's docstring); writes nothing. Raises
    ExchangeError when the file cannot be imported at all (no usable column, no
    engagement for a kind that needs one)."""
    kind = KINDS[kind_key]
    if kind.needs_engagement and not engagement_id:
        raise ExchangeError(
            msg(
                QT_TRANSLATE_NOOP(
                    "messages", "Importing {key} needs the engagement they belong to."
                ),
                key=kind.key,
            )
        )
    mapping = list(mapping) if mapping is not None else auto_mapping(kind, sheet.headers)
    if len(mapping) != len(sheet.headers):
        raise ExchangeError(
            msg(
                QT_TRANSLATE_NOOP(
                    "messages", "The column mapping does not match the file's columns."
                )
            )
        )
    if (problem := check_mapping(kind, mapping)) is not None:
        raise ExchangeError(problem)
    ctx = import_context(
        store,
        kind.table,
        engagement_id if kind.needs_engagement else None,
        of_clients=kind.key == "client-contacts",
    )
    planner = _Planner(kind, ctx, engagement_id, today or clock.today())
    columns = [(i, kind.column(f)) for i, f in enumerate(mapping) if f]
    plans = []
    total = len(sheet.rows)
    for done, (number, row) in enumerate(zip(sheet.row_numbers, sheet.rows, strict=True)):
        cells_by_field = {column.field: row[i] for i, column in columns}
        plans.append(planner.plan(number, cells_by_field))
        if progress is not None and done % PROGRESS_EVERY == 0:
            progress(done, total)
    if progress is not None:
        progress(total, total)
    plans.extend(RowPlan(number, Fate.REFUSED, "", reason) for number, reason in sheet.bad_rows)
    plans.sort(key=lambda p: p.row)
    return ImportPlan(kind, file_name or sheet.name, tuple(plans), engagement_id)


def apply_import(store: Store, plan: ImportPlan, *, skip_refused: bool = False) -> ChangeSet | None:
    """Write the plan's new and updated rows as one change set, with the file's name as
    the change log's reason; None when there is nothing to write. With a refused row and
    not `skip_refused`, raises ExchangeError and writes nothing."""
    refused = plan.refused
    if refused and not skip_refused:
        rows = "row" if len(refused) == 1 else "rows"
        raise ExchangeError(
            msg(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "{count} {rows} refused (first: row {row}); nothing was "
                    "written. Fix them, or skip the refused rows.",
                ),
                count=len(refused),
                rows=rows,
                row=refused[0].row,
            )
        )
    entries = plan.entries
    if not entries:
        return None
    return write_import(store, plan.label, entries, reason=plan.file_name)


def import_file(
    store: Store,
    kind_key: str,
    path: Path,
    *,
    engagement_id: str | None = None,
    dry_run: bool = False,
    skip_refused: bool = False,
) -> tuple[ImportPlan, ChangeSet | None]:
    """Read, plan and (unless `dry_run`) write an import with the automatic mapping."""
    from cdmo_desktop.exchange.sheet_reader import read_sheet

    sheet = read_sheet(path, sheet=SHEET_NAMES[kind_key])
    plan = plan_import(store, kind_key, sheet, engagement_id=engagement_id, file_name=path.name)
    if dry_run:
        return plan, None
    return plan, apply_import(store, plan, skip_refused=skip_refused)


# --- near duplicates ------------------------------------------------------------------

LEGAL_SUFFIXES = frozenset(
    "ab ag as bv co company corp corporation gmbh inc incorporated kg kk limited llc llp "
    "ltd nv oy plc pte pty pvt private sa sarl sas se spa srl sro".split()
)
NEAR_RATIO = 0.88
# Names compared per row at most (those starting alike, first come): beyond that only the
# same key counts, so a file of 10,000 names starting alike stays linear.
NEAR_COMPARED = 300


def name_key(name: str) -> str:
    """A company name without case, accents, punctuation and trailing legal suffixes:
    "Lonza Group AG", "LONZA GROUP" and "Lonza-Group A.G." share one key."""
    folded = unicodedata.normalize("NFKD", name).casefold()
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    folded = folded.replace(".", "").replace("&", " and ")
    words = re.sub(r"[^\w]+", " ", folded).split()
    while len(words) > 1 and words[-1] in LEGAL_SUFFIXES:
        words.pop()
    return " ".join(words)


class NearNames:
    """Names to warn about: the same key, or a close spelling among names that start
    alike (comparing with every partner would be quadratic in a large import)."""

    def __init__(self) -> None:
        self._by_key: dict[str, str] = {}
        self._by_start: dict[str, list[tuple[str, str]]] = {}

    def add(self, name: str, *, close_spellings: bool = True) -> None:
        """Warn about `name` from now on: its key, and (`close_spellings`) names spelled
        alike. The file's own rows are added by key only: comparing each row with the rows
        before it costs more than the typo it could find."""
        key = name_key(name)
        self._by_key.setdefault(key, name)
        if close_spellings:
            self._by_start.setdefault(key[:3], []).append((key, name))

    def near(self, name: str) -> str | None:
        key = name_key(name)
        if key in self._by_key:
            return self._by_key[key]
        matcher = difflib.SequenceMatcher(None, "", key)  # b is cached: the name asked about
        for other_key, other in self._by_start.get(key[:3], [])[:NEAR_COMPARED]:
            matcher.set_seq1(other_key)
            if matcher.quick_ratio() >= NEAR_RATIO and matcher.ratio() >= NEAR_RATIO:
                return other
        return None


# --- planning -------------------------------------------------------------------------


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()


def _first(errors: dict[str, str]) -> str:
    """The row's problems, each once, the first few in full."""
    messages = list(dict.fromkeys(errors.values()))
    more = f" (and {len(messages) - 3} more)" if len(messages) > 3 else ""
    return " ".join(messages[:3]) + more


class _Planner:
    """Gives each row of one import its fate, remembering the rows before it (the same
    record twice, two partners of one name, two primary contacts of one partner)."""

    def __init__(
        self, kind: Kind, ctx: ImportContext, engagement_id: str | None, today: date
    ) -> None:
        self.kind = kind
        self.ctx = ctx
        self.engagement_id = engagement_id
        self.today = today
        self.model = MODELS[kind.table]
        self.table = self.model.__table__  # type: ignore[attr-defined]
        self.row_type = _row_type(self.model)
        self.defaults = {
            name: f.get_default(call_default_factory=True)
            for name, f in self.model.model_fields.items()
            if not f.is_required()
        }
        self.organisation = "client_id" if kind.key == "client-contacts" else "partner_id"
        self.by_id = {str(r["id"]): r for r in ctx.records}
        self.by_key: dict[Any, dict[str, Any]] = {}
        for record in ctx.records:
            key = self._record_key(record)
            if key is not None:
                self.by_key.setdefault(key, record)
        self.partner_by_name = {_fold(n): i for i, n in ctx.partners.items()}
        self.client_by_name = {_fold(n): i for i, n in ctx.clients.items()}
        self.milestone_by_name = {_fold(n): i for i, n in reversed(ctx.milestones)}
        self.owner_by_name = {_fold(n): n for n in ctx.owners}
        self.kpi_by_name = {_fold(n): i for i, (n, _u, _p) in reversed(ctx.kpis.items())}
        self.seen: dict[Any, int] = {}  # record id or key -> the row that named it
        self.primary_rows: dict[str, int] = {}
        self.near = NearNames()
        if kind.table == "partner":
            for name in ctx.partners.values():
                self.near.add(name)

    # keys ---------------------------------------------------------------------------

    def _record_key(self, record: dict[str, Any]) -> Any:
        table = self.kind.table
        if table in ("partner", "client"):
            return _fold(str(record["name"]))
        if table == "contact":
            return (record[self.organisation], _fold(str(record["name"])))
        if table == "risk":
            return record["number"]
        if table == "kpi_measurement":
            return (record["kpi_id"], record["period_start"])
        return None

    def _row_key(self, values: dict[str, Any], code: int | None) -> Any:
        table = self.kind.table
        if table in ("partner", "client") and values.get("name"):
            return _fold(values["name"])
        if table == "contact" and values.get(self.organisation) and values.get("name"):
            return (values[self.organisation], _fold(values["name"]))
        if table == "risk" and code is not None:
            return code
        if table == "kpi_measurement" and values.get("kpi_id") and values.get("period_start"):
            return (values["kpi_id"], values["period_start"])
        return None

    # one row ------------------------------------------------------------------------

    def plan(self, row: int, cells_by_field: dict[str, Cell]) -> RowPlan:
        values, errors, record_id, code = self._parse(cells_by_field)
        name = str(values.get(self.kind.name_field, "") or "")
        if self.kind.table == "kpi_measurement" and values.get("kpi_id") in self.ctx.kpis:
            kpi_name, _unit, period = self.ctx.kpis[values["kpi_id"]]
            day = values.get("period_start")
            when = kpi.period_label(KpiPeriod(period), day) if isinstance(day, date) else ""
            name = f"{kpi_name}, {when}" if when else kpi_name
        if record_id is None and code is not None and self.kind.table == "risk":
            name = name or risk_review.code(code)
        if errors:
            return RowPlan(row, Fate.REFUSED, name, _first(errors))
        target = self._target(values, record_id, code)
        if target is not None:
            idents = [target["id"]]
        else:
            idents = [i for i in (record_id, self._row_key(values, code)) if i is not None]
        earlier = next((self.seen[i] for i in idents if i in self.seen), None)
        if earlier is not None:
            return RowPlan(
                row,
                Fate.REFUSED,
                name,
                msg(
                    QT_TRANSLATE_NOOP("messages", "The same {noun} as row {earlier}."),
                    noun=self.kind.noun,
                    earlier=earlier,
                ),
            )
        if target is None:
            plan = self._new(row, name, values, record_id, code)
        else:
            if record_id != target["id"]:  # found by its name: the name's case stays
                field_name = self.kind.name_field
                if field_name in target and _fold(str(values.get(field_name, ""))) == _fold(
                    str(target[field_name])
                ):
                    values.pop(field_name, None)
            plan = self._update(
                row, name or str(target.get(self.kind.name_field, "")), target, values
            )
        if plan.fate is not Fate.REFUSED:
            for ident in idents:
                self.seen[ident] = row
        return plan

    def _parse(
        self, cells_by_field: dict[str, Cell]
    ) -> tuple[dict[str, Any], dict[str, str], str | None, int | None]:
        """(field values, column -> problem, the id given, the risk code given)."""
        values: dict[str, Any] = {}
        errors: dict[str, str] = {}
        record_id: str | None = None
        code: int | None = None
        refs: dict[str, str] = {}
        for field_name, cell in cells_by_field.items():
            column = self.kind.column(field_name)
            try:
                if column.kind == "id":
                    record_id = cells.text(cell) or None
                elif column.kind == "code":
                    code = _risk_number(cell)
                elif column.kind in (
                    "partner",
                    "client",
                    "client_id",
                    "site",
                    "milestone",
                    "partner_id",
                    "site_id",
                    "kpi",
                    "kpi_id",
                ):
                    refs[column.kind] = cells.text(cell)
                elif column.kind == "owner":
                    owner = cells.text(cell)
                    values[field_name] = self.owner_by_name.get(_fold(owner), owner)
                else:
                    values[field_name] = _read(column, cell)
            except cells.CellError as exc:
                errors[field_name] = msg(
                    QT_TRANSLATE_NOOP("messages", "{label}: {exc}."), label=column.label, exc=exc
                )
        self._resolve(refs, values, errors)
        return values, errors, record_id, code

    def _resolve(
        self, refs: dict[str, str], values: dict[str, Any], errors: dict[str, str]
    ) -> None:
        """Partner, client, site and milestone named in the row, as ids (case-blind); an id
        column wins over the name beside it."""
        if "client" in refs or "client_id" in refs:
            self._resolve_client(refs, values, errors)
        if refs.get("partner_id"):
            if refs["partner_id"] not in self.ctx.partners:
                errors["partner"] = msg(
                    QT_TRANSLATE_NOOP("messages", "Partner ID: no partner has this id.")
                )
            else:
                values["partner_id"] = refs["partner_id"]
            refs.pop("partner", None)
        if "site_id" in refs:
            site_id = refs.pop("site_id")
            known = {sid for sid, _ in self.ctx.sites.get(values.get("partner_id", ""), [])}
            if site_id and site_id not in known:
                errors["site"] = msg(
                    QT_TRANSLATE_NOOP("messages", "Site ID: the partner has no site with this id.")
                )
            elif site_id or not refs.get("site"):
                values["site_id"] = site_id or None
                refs.pop("site", None)
        if "kpi" in refs or "kpi_id" in refs:
            self._resolve_kpi(refs, values, errors)
        if "partner" in refs:
            if not refs["partner"]:
                errors["partner"] = msg(QT_TRANSLATE_NOOP("messages", "Partner is required."))
            elif (pid := self.partner_by_name.get(_fold(refs["partner"]))) is None:
                errors["partner"] = msg(
                    QT_TRANSLATE_NOOP("messages", "Partner: no partner has this name.")
                )
            else:
                values["partner_id"] = pid
        if "site" in refs:
            site = refs["site"]
            if not site:
                values["site_id"] = None
            elif "partner_id" in values:
                found = [
                    sid
                    for sid, n in self.ctx.sites.get(values["partner_id"], [])
                    if _fold(n) == _fold(site)
                ]
                if found:
                    values["site_id"] = found[0]
                else:
                    errors["site"] = msg(
                        QT_TRANSLATE_NOOP("messages", "Site: the partner has no site of this name.")
                    )
        if "milestone" in refs:
            milestone = refs["milestone"]
            if not milestone:
                values["milestone_id"] = None
            elif (mid := self.milestone_by_name.get(_fold(milestone))) is None:
                errors["milestone"] = msg(
                    QT_TRANSLATE_NOOP(
                        "messages", "Milestone: the engagement has no milestone of this name."
                    )
                )
            else:
                values["milestone_id"] = mid

    def _resolve_client(
        self, refs: dict[str, str], values: dict[str, Any], errors: dict[str, str]
    ) -> None:
        """The client of a client contact: by id, else by name."""
        if refs.get("client_id"):
            if refs["client_id"] not in self.ctx.clients:
                errors["client"] = msg(
                    QT_TRANSLATE_NOOP("messages", "Client ID: no client has this id.")
                )
            else:
                values["client_id"] = refs["client_id"]
        elif "client" in refs:
            if not refs["client"]:
                errors["client"] = msg(QT_TRANSLATE_NOOP("messages", "Client is required."))
            elif (cid := self.client_by_name.get(_fold(refs["client"]))) is None:
                errors["client"] = msg(
                    QT_TRANSLATE_NOOP("messages", "Client: no client has this name.")
                )
            else:
                values["client_id"] = cid
        refs.pop("client", None)
        refs.pop("client_id", None)

    def _resolve_kpi(
        self, refs: dict[str, str], values: dict[str, Any], errors: dict[str, str]
    ) -> None:
        """The KPI of a measurement (by id, else by name in the engagement) and the first
        day of the period the row's date falls in."""
        kpi_id = refs.get("kpi_id") or self.kpi_by_name.get(_fold(refs.get("kpi", "")))
        if not kpi_id or kpi_id not in self.ctx.kpis:
            errors["kpi"] = (
                msg(QT_TRANSLATE_NOOP("messages", "KPI: the engagement has no KPI of this name."))
                if refs.get("kpi") or refs.get("kpi_id")
                else msg(QT_TRANSLATE_NOOP("messages", "KPI is required."))
            )
            return
        values["kpi_id"] = kpi_id
        _name, unit, period = self.ctx.kpis[kpi_id]
        day = values.get("period_start")
        if isinstance(day, date):
            values["period_start"] = kpi.period_start(KpiPeriod(period), day)
        value = values.get("value")
        if value is not None and (problem := kpi.measurement_error(KpiUnit(unit), value)):
            errors["value"] = msg(
                QT_TRANSLATE_NOOP("messages", "Value: {problem}"), problem=problem
            )

    def _target(
        self, values: dict[str, Any], record_id: str | None, code: int | None
    ) -> dict[str, Any] | None:
        """The record the row updates: the one with its id, else the one its name (a
        risk's code) names; None for a new record."""
        if record_id is not None and record_id in self.by_id:
            return self.by_id[record_id]
        return self.by_key.get(self._row_key(values, code))

    def _new_id(self, record_id: str | None) -> str:
        """A new record keeps the id the file gives it (an export imported into another
        database, or after its records were deleted) when it is a free UUID."""
        if record_id and _UUID.fullmatch(record_id) and record_id not in self.ctx.ids:
            return record_id.lower()
        return new_id()

    def _complete(self, values: dict[str, Any]) -> dict[str, Any]:
        """The row's values for a new record: empty cells of fields that cannot be empty
        take the field's default."""
        out = {}
        for key, value in values.items():
            column = self.table.columns.get(key)
            if value is None and column is not None and not column.nullable:
                continue
            out[key] = value
        return out

    def _new(
        self, row: int, name: str, values: dict[str, Any], record_id: str | None, code: int | None
    ) -> RowPlan:
        fields = self._complete(values)
        if self.model is Risk:
            fields["number"] = code or 0  # a free number is kept; 0: the next one
        if self.kind.needs_engagement:
            fields["engagement_id"] = self.engagement_id
        if self.kind.key == "contacts" and "partner_id" not in fields:
            return RowPlan(
                row, Fate.REFUSED, name, msg(QT_TRANSLATE_NOOP("messages", "Partner is required."))
            )
        if self.kind.key == "client-contacts" and "client_id" not in fields:
            return RowPlan(
                row, Fate.REFUSED, name, msg(QT_TRANSLATE_NOOP("messages", "Client is required."))
            )
        candidate = self._candidate({**fields, **({"number": 1} if self.model is Risk else {})})
        problem = self._check(row, candidate, fields)
        if problem:
            return RowPlan(row, Fate.REFUSED, name, problem)
        warnings: tuple[str, ...] = ()
        if self.model is Partner:
            close = self.near.near(fields["name"])
            if close is not None:
                warnings = (
                    msg(
                        QT_TRANSLATE_NOOP(
                            "messages", "Close to the existing partner {close!r}: a duplicate?"
                        ),
                        close=close,
                    ),
                )
            self.near.add(fields["name"], close_spellings=False)
        entry = ImportEntry(self.kind.table, self._new_id(record_id), fields, new=True)
        return RowPlan(row, Fate.NEW, name, warnings=warnings, entry=entry)

    def _update(
        self, row: int, name: str, target: dict[str, Any], values: dict[str, Any]
    ) -> RowPlan:
        changes = {
            key: value
            for key, value in self._complete(values).items()
            if _differs(target.get(key), value)
        }
        if not changes:
            return RowPlan(row, Fate.UNCHANGED, name)
        merged = {**target, **changes}
        candidate = self._candidate(merged)
        problem = self._check(row, candidate, merged, target_id=str(target["id"]))
        if problem:
            return RowPlan(row, Fate.REFUSED, name, problem)
        labels = tuple(_field_label(self.kind, key) for key in changes)
        entry = ImportEntry(self.kind.table, str(target["id"]), changes)
        return RowPlan(row, Fate.UPDATE, name, changed=labels, entry=entry)

    def _candidate(self, values: dict[str, Any]) -> Any:
        """The record as the row would write it, for the forms' rules to check: a plain
        object with the model's columns (building the ORM object itself costs ten times
        more, which a 10,000-row import notices)."""
        candidate = self.row_type()
        candidate.__dict__.update(self.defaults)
        candidate.__dict__.update(values)
        return candidate

    def _check(self, row: int, candidate: Any, fields: dict[str, Any], target_id: str = "") -> str:
        """Why the record cannot be written as the row has it, or ""."""
        errors = validate(candidate, self.today)
        errors.pop("number", None)
        if errors:
            return _first(errors)
        if self.model is Partner:
            other = self.by_key.get(_fold(fields["name"]))
            if other is not None and str(other["id"]) != target_id:
                return msg(
                    QT_TRANSLATE_NOOP("messages", "Name: another partner already has this name.")
                )
        if self.model is Contact and fields.get("is_primary"):
            partner_id = str(fields.get("partner_id"))
            if partner_id in self.primary_rows:
                return msg(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "Primary: row {value} already makes another contact the "
                        "partner's primary contact.",
                    ),
                    value=self.primary_rows[partner_id],
                )
            self.primary_rows[partner_id] = row
        return ""


@functools.cache
def _row_type(model: type[Any]) -> type[Any]:
    """A plain class that domain.validation reads as `model` (its table, name and fields)."""
    return type(
        f"{model.__name__}Values",
        (),
        {
            "__table__": model.__table__,
            "__tablename__": model.__tablename__,
            "model_fields": model.model_fields,
        },
    )


def _read(column: Column, cell: Cell) -> Any:
    if column.kind == "date":
        return cells.to_date(cell)
    if column.kind == "int":
        return cells.to_int(cell)
    if column.kind == "float":
        return cells.to_float(cell)
    if column.kind == "bool":
        return cells.to_bool(cell)
    if column.kind == "enum":
        assert column.enum is not None
        return cells.to_enum(cell, column.enum)
    return cells.text(cell)


def _risk_number(cell: Cell) -> int | None:
    """The number of a risk code ("R-007", "r7", 7); None when empty."""
    value = cells.text(cell)
    if not value:
        return None
    match = re.fullmatch(r"(?:R\s*-?\s*)?0*(\d{1,6})", value, re.IGNORECASE)
    if match is None or int(match[1]) < 1:
        raise cells.CellError(
            msg(QT_TRANSLATE_NOOP("messages", "expected a risk code such as R-007"))
        )
    return int(match[1])


def _differs(current: Any, value: Any) -> bool:
    if isinstance(current, Enum):
        current = current.value
    if isinstance(value, Enum):
        value = value.value
    if current is None and value == "":
        return False
    return bool(current != value)


def _field_label(kind: Kind, field_name: str) -> str:
    ref = {
        "partner_id": "partner",
        "client_id": "client",
        "site_id": "site",
        "milestone_id": "milestone",
    }
    wanted = ref.get(field_name, field_name)
    found = [c.label for c in kind.columns if c.field == wanted]
    return found[0] if found else field_name
