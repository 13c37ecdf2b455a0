"""What a spreadsheet import can fill (exchange/imports.py): each kind of record with its
columns, how a file's headers map to them, and the plan an import makes: each row's fate."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum, StrEnum
from typing import TYPE_CHECKING

from cdmo_desktop.domain.enums import (
    ActionSource,
    ActionStatus,
    PartnerKind,
    QualificationStatus,
    Region,
    RiskCategory,
    RiskStatus,
    Side,
)
from cdmo_desktop.domain.messages import QT_TRANSLATE_NOOP, msg
from cdmo_desktop.exchange.errors import ExchangeError
from cdmo_desktop.exchange.registers import register_of
from cdmo_desktop.store.record_imports import (
    ImportEntry,
)

if TYPE_CHECKING:
    pass


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
