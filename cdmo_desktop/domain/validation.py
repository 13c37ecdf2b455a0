"""Rules every row must satisfy before it is written, with messages a consultant reads.

`table=True` models do not validate themselves, so the store runs `validate()` on every new
or changed row before a flush (see store.session); forms call the same functions to show
the reason next to the field. Errors map a field name to one sentence.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from datetime import date, datetime
from decimal import ROUND_DOWN, Decimal
from enum import Enum
from typing import Any

import sqlalchemy as sa

from cdmo_desktop.domain import geo
from cdmo_desktop.domain.enums import AuditStatus, KpiDirection, KpiUnit, RiskStatus
from cdmo_desktop.domain.field_labels import label
from cdmo_desktop.domain.kpi import kpi_errors
from cdmo_desktop.domain.messages import QT_TRANSLATE_NOOP, lowered, msg
from cdmo_desktop.domain.risk_review import residual_pair_errors

EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$")
PHONE_RE = re.compile(r"^\+?[0-9][0-9 ()./-]{4,30}[0-9]$")
URL_RE = re.compile(r"^(https?://)?[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+(/\S*)?$")

Errors = dict[str, str]
# Dates a partnership can have: a date editor's extremes (year 1, 9999-12-31) are typos, and
# would break timelines that count days between them.
EARLIEST_DATE = date(1900, 1, 1)
LATEST_DATE = date(2199, 12, 31)


class ValidationError(ValueError):
    """Raised instead of writing a row that breaks a rule; nothing is written."""

    def __init__(self, errors: Errors, entity: str = "") -> None:
        self.errors = dict(errors)
        self.entity = entity
        first = next(iter(self.errors.values()), "invalid data")
        if len(self.errors) > 1:
            first = msg(MORE, first=first, more=len(self.errors) - 1)
        super().__init__(msg(ENTITY, entity=entity, sentence=first) if entity else first)

    def __reduce__(self) -> tuple[Any, ...]:  # pickles with its errors (worker processes)
        return (type(self), (self.errors, self.entity))


MORE = QT_TRANSLATE_NOOP("messages", "{first} (and {more} more)")
ENTITY = QT_TRANSLATE_NOOP("messages", "{entity}: {sentence}")
REQUIRED = QT_TRANSLATE_NOOP("messages", "{field} is required.")
ONE_OF = QT_TRANSLATE_NOOP("messages", "{field} must be one of: {choices}.")
TOO_LONG = QT_TRANSLATE_NOOP("messages", "{field} is too long (at most {length} characters).")
BETWEEN_YEARS = QT_TRANSLATE_NOOP("messages", "{field} must fall between {first} and {last}.")
NOT_BEFORE = QT_TRANSLATE_NOOP("messages", "{field} cannot be before {other}.")
FROM_TO = QT_TRANSLATE_NOOP("messages", "{field} must be from {low} to {high}.")
TEXT = QT_TRANSLATE_NOOP("messages", "{field} must be text.")
YES_NO = QT_TRANSLATE_NOOP("messages", "{field} must be yes or no.")
DATE_TIME = QT_TRANSLATE_NOOP("messages", "{field} must be a date and time.")
DATE = QT_TRANSLATE_NOOP("messages", "{field} must be a date.")
WHOLE = QT_TRANSLATE_NOOP("messages", "{field} must be a whole number.")
TOO_LARGE = QT_TRANSLATE_NOOP("messages", "{field} is too large.")
NUMBER = QT_TRANSLATE_NOOP("messages", "{field} must be a number.")
FINITE = QT_TRANSLATE_NOOP("messages", "{field} must be a finite number.")
SCORE_REQUIRED = QT_TRANSLATE_NOOP("messages", "{field} is required (1 to 5).")
SCORE_RANGE = QT_TRANSLATE_NOOP("messages", "{field} must be from 1 to 5.")


def is_email(text: str) -> bool:
    return bool(EMAIL_RE.match(text.strip()))


def is_phone(text: str) -> bool:
    return bool(PHONE_RE.match(text.strip()))


def _value(obj: Any, field: str) -> Any:
    return getattr(obj, field, None)


class _Column:
    """What the generic checks need of one column, read off the table once."""

    __slots__ = ("date", "enums", "length", "money", "name", "required", "text", "type_")

    def __init__(self, column: sa.Column[Any]) -> None:
        self.name = column.key
        self.required = not column.nullable and not column.primary_key
        self.enums = list(column.type.enums) if isinstance(column.type, sa.Enum) else None
        self.money = bool(getattr(column.type, "exact_money", False))
        self.type_ = getattr(column.type, "impl", column.type)  # AutoString decorates String
        self.text = isinstance(self.type_, sa.String) and not column.primary_key
        self.length = getattr(column.type, "length", None) if self.text else None
        self.date = isinstance(self.type_, sa.Date)


_COLUMN_RULES: dict[sa.Table, tuple[tuple[_Column, ...], tuple[dict[str, Any], ...]]] = {}


def _column_rules(table: sa.Table) -> tuple[tuple[_Column, ...], tuple[dict[str, Any], ...]]:
    """The table's column rules and constraint infos (read once per table: an import
    validates thousands of rows of one table)."""
    found = _COLUMN_RULES.get(table)
    if found is None:
        columns = tuple(_Column(c) for c in table.columns)
        infos = tuple(info for c in table.constraints if (info := getattr(c, "info", {}) or {}))
        found = _COLUMN_RULES[table] = (columns, infos)
    return found


def _generic(obj: Any) -> Errors:
    """Checks read off the table definition: required text, enum values, ordered dates,
    numeric ranges declared with `info` on CHECK constraints, text lengths."""
    errors: Errors = {}
    table: sa.Table | None = getattr(type(obj), "__table__", None)
    if table is None:
        return errors
    columns, infos = _column_rules(table)
    for rule in columns:
        name = rule.name
        value = getattr(obj, name, None)
        if value is None:
            if rule.required:
                errors[name] = msg(REQUIRED, field=label(name))
            continue
        if rule.enums is not None:
            raw = value.value if isinstance(value, Enum) else value
            if raw not in rule.enums:
                errors[name] = msg(ONE_OF, field=label(name), choices=", ".join(rule.enums))
            continue
        if rule.money:
            if (problem := amount_error(value, label(name))) is not None:
                errors[name] = problem
            continue
        if (problem := _type_error(rule.type_, value, name)) is not None:
            errors[name] = problem
            continue
        if rule.text:
            if rule.length and len(value) > rule.length:
                errors[name] = msg(TOO_LONG, field=label(name), length=rule.length)
            elif rule.required and not value.strip() and not _has_python_default(obj, name):
                # Non-nullable text without a default is a required field (name, title, ...).
                errors[name] = msg(REQUIRED, field=label(name))
        if rule.date and not EARLIEST_DATE <= value <= LATEST_DATE:
            errors[name] = msg(
                BETWEEN_YEARS, field=label(name), first=EARLIEST_DATE.year, last=LATEST_DATE.year
            )
    for info in infos:
        if "dates_ordered" in info:
            first, last = info["dates_ordered"]
            a, b = _value(obj, first), _value(obj, last)
            if first in errors or last in errors or a is None or b is None:
                continue
            if b < a:
                errors[last] = msg(NOT_BEFORE, field=label(last), other=lowered(label(first)))
        if "range" in info:
            col, lo, hi = info["range"]
            v = _value(obj, col)
            if isinstance(v, int) and not isinstance(v, bool) and not lo <= v <= hi:
                errors.setdefault(col, msg(FROM_TO, field=label(col), low=lo, high=hi))
    return errors


INT64 = 2**63


def _type_error(type_: Any, value: Any, name: str) -> str | None:
    """Why `value` cannot be stored in a column of `type_` at all, or None."""
    if isinstance(type_, sa.String):
        return None if isinstance(value, str) else msg(TEXT, field=label(name))
    if isinstance(type_, sa.Boolean):
        return None if isinstance(value, bool) else msg(YES_NO, field=label(name))
    if isinstance(type_, sa.DateTime):
        if isinstance(value, datetime) and value.tzinfo is not None:
            return None
        return msg(DATE_TIME, field=label(name))
    if isinstance(type_, sa.Date):
        if isinstance(value, date) and not isinstance(value, datetime):
            return None
        return msg(DATE, field=label(name))
    if isinstance(type_, sa.Integer):
        if not isinstance(value, int) or isinstance(value, bool):
            return msg(WHOLE, field=label(name))
        if not -INT64 <= value < INT64:
            return msg(TOO_LARGE, field=label(name))
    if isinstance(type_, sa.Float):
        if isinstance(value, bool) or not isinstance(value, int | float):
            return msg(NUMBER, field=label(name))
        if not math.isfinite(value):
            return msg(FINITE, field=label(name))
    return None


def _has_python_default(obj: Any, name: str) -> bool:
    fields = getattr(type(obj), "model_fields", {})
    f = fields.get(name)
    return f is not None and f.default == ""


# --- entity-specific rules --------------------------------------------------------------


def _partner(p: Any) -> Errors:
    e: Errors = {}
    if p.country and not geo.is_country(p.country):
        e["country"] = msg(
            QT_TRANSLATE_NOOP(
                "messages", "Unknown country code {code!r}: pick a country from the list."
            ),
            code=p.country,
        )
    if p.time_zone and not geo.is_time_zone(p.time_zone):
        e["time_zone"] = msg(
            QT_TRANSLATE_NOOP(
                "messages", "Unknown time zone {zone!r}: pick one from the IANA list."
            ),
            zone=p.time_zone,
        )
    if p.website and not URL_RE.match(p.website.strip()):
        e["website"] = msg(
            QT_TRANSLATE_NOOP(
                "messages", "Website does not look like a web address (e.g. https://example.com)."
            )
        )
    return e


def _site(s: Any) -> Errors:
    e: Errors = {}
    if s.country and not geo.is_country(s.country):
        e["country"] = msg(
            QT_TRANSLATE_NOOP("messages", "Unknown country code {code!r}."), code=s.country
        )
    if s.time_zone and not geo.is_time_zone(s.time_zone):
        e["time_zone"] = msg(
            QT_TRANSLATE_NOOP("messages", "Unknown time zone {zone!r}."), zone=s.time_zone
        )
    return e


def _person(c: Any) -> Errors:
    e: Errors = {}
    if getattr(c, "email", "") and not is_email(c.email):
        e["email"] = msg(
            QT_TRANSLATE_NOOP("messages", "Email address is not valid (expected name@example.com).")
        )
    if getattr(c, "phone", "") and not is_phone(c.phone):
        e["phone"] = msg(
            QT_TRANSLATE_NOOP("messages", "Phone number may hold digits, spaces, + ( ) - . / only.")
        )
    return e


def _contact(c: Any) -> Errors:
    e = _person(c)
    if bool(c.partner_id) == bool(c.client_id):
        e["partner_id"] = msg(
            QT_TRANSLATE_NOOP("messages", "A contact belongs to exactly one partner or one client.")
        )
    return e


def _audit(a: Any, today: date) -> Errors:
    e: Errors = {}
    status = getattr(a.status, "value", a.status)
    if status == AuditStatus.DONE.value and isinstance(a.audit_date, date) and a.audit_date > today:
        e["audit_date"] = msg(
            QT_TRANSLATE_NOOP("messages", "An audit in the future cannot be marked as done.")
        )
    if a.observations is not None and isinstance(a.observations, int) and a.observations < 0:
        e["observations"] = msg(QT_TRANSLATE_NOOP("messages", "Observations cannot be negative."))
    return e


def _inspection(i: Any, today: date) -> Errors:
    e: Errors = {}
    if isinstance(i.inspection_date, date) and i.inspection_date > today:
        e["inspection_date"] = msg(
            QT_TRANSLATE_NOOP("messages", "An inspection on record cannot be in the future.")
        )
    if isinstance(i.observations, int) and i.observations < 0:
        e["observations"] = msg(QT_TRANSLATE_NOOP("messages", "Observations cannot be negative."))
    return e


AMOUNT = msg(QT_TRANSLATE_NOOP("messages", "Amount"))
MAX_AMOUNT = Decimal("999999999999999.99")


def amount_error(value: Any, what: str = AMOUNT) -> str | None:
    """Why `value` is not an amount of money the store keeps exactly, or None.

    Amounts are Decimal (or int) with at most two decimals, finite, from 0 to
    999,999,999,999,999.99; a float is refused, since it may already be off by a cent."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, Decimal | int):
        return msg(
            QT_TRANSLATE_NOOP("messages", "{field} must be an exact amount, e.g. 250000.50."),
            field=what,
        )
    amount = Decimal(value)
    if not amount.is_finite():
        return msg(
            QT_TRANSLATE_NOOP("messages", "{field} must be a number, e.g. 250000.50."), field=what
        )
    if amount < 0:
        return msg(QT_TRANSLATE_NOOP("messages", "{field} cannot be negative."), field=what)
    if amount > MAX_AMOUNT:
        return msg(
            QT_TRANSLATE_NOOP("messages", "{field} cannot be more than 999,999,999,999,999.99."),
            field=what,
        )
    if amount != amount.quantize(Decimal("0.01"), rounding=ROUND_DOWN):
        return msg(
            QT_TRANSLATE_NOOP("messages", "{field} has at most two decimals (cents)."), field=what
        )
    return None


def _engagement(g: Any) -> Errors:
    e: Errors = {}
    if g.budget_currency and not geo.is_currency(g.budget_currency):
        e["budget_currency"] = msg(
            QT_TRANSLATE_NOOP("messages", "Currency is an ISO 4217 code such as USD, EUR or INR.")
        )
    return e


def _risk(r: Any) -> Errors:
    e: Errors = {}
    for col in ("likelihood", "impact", "residual_likelihood", "residual_impact"):
        v = getattr(r, col)
        if v is None and col in ("likelihood", "impact"):
            e[col] = msg(SCORE_REQUIRED, field=label(col))
        elif v is not None and (not isinstance(v, int) or isinstance(v, bool) or not 1 <= v <= 5):
            e[col] = msg(SCORE_RANGE, field=label(col))
    for field, message in residual_pair_errors(r.residual_likelihood, r.residual_impact).items():
        e.setdefault(field, message)
    status = getattr(r.status, "value", r.status)
    if status == RiskStatus.CLOSED.value:
        if r.closed_date is None:
            e["closed_date"] = msg(
                QT_TRANSLATE_NOOP("messages", "A closed risk needs its closure date.")
            )
        if not (r.closure_note or "").strip():
            e["closure_note"] = msg(
                QT_TRANSLATE_NOOP("messages", "A closed risk needs a closure note.")
            )
    if r.review_cadence_days is not None and (
        not isinstance(r.review_cadence_days, int) or r.review_cadence_days <= 0
    ):
        e["review_cadence_days"] = msg(
            QT_TRANSLATE_NOOP("messages", "Review cadence is a positive number of days.")
        )
    return e


def _milestone(m: Any) -> Errors:
    e: Errors = {}
    pc = m.percent_complete
    if not isinstance(pc, int) or isinstance(pc, bool) or not 0 <= pc <= 100:
        e["percent_complete"] = msg(
            QT_TRANSLATE_NOOP("messages", "Percent complete must be from 0 to 100.")
        )
    return e


def _dependency(d: Any) -> Errors:
    if d.predecessor_id and d.predecessor_id == d.successor_id:
        return {
            "successor_id": msg(QT_TRANSLATE_NOOP("messages", "An item cannot depend on itself."))
        }
    return {}


def _escalation(x: Any) -> Errors:
    e: Errors = {}
    if not isinstance(x.level, int) or x.level < 1:
        e["level"] = msg(QT_TRANSLATE_NOOP("messages", "Escalation levels start at 1."))
    if x.response_time_hours is not None and x.response_time_hours < 0:
        e["response_time_hours"] = msg(
            QT_TRANSLATE_NOOP("messages", "Response time cannot be negative.")
        )
    return e


def _kpi_kind(k: Any) -> tuple[KpiUnit, KpiDirection] | None:
    """The KPI's unit and direction, or None when one is not a valid choice (the generic
    checks name that field)."""
    try:
        return KpiUnit(k.unit), KpiDirection(k.direction)
    except ValueError:
        return None


def _kpi(k: Any) -> Errors:
    kind = _kpi_kind(k)
    return {} if kind is None else kpi_errors(*kind, k.target, k.amber, k.red)


def _kpi_definition(k: Any) -> Errors:
    kind = _kpi_kind(k)
    if kind is None:
        return {}
    errors = kpi_errors(*kind, k.default_target, k.default_amber, k.default_red)
    return {f"default_{field}": message for field, message in errors.items()}


def _agreement(a: Any) -> Errors:
    if not isinstance(a.version, int) or a.version < 1:
        return {"version": msg(QT_TRANSLATE_NOOP("messages", "Version starts at 1."))}
    return {}


_RULES: dict[str, Callable[[Any, date], Errors]] = {
    "partner": lambda o, t: _partner(o),
    "partner_site": lambda o, t: _site(o),
    "contact": lambda o, t: _contact(o),
    "team_member": lambda o, t: _person(o),
    "partner_audit": _audit,
    "gmp_inspection": _inspection,
    "engagement": lambda o, t: _engagement(o),
    "risk": lambda o, t: _risk(o),
    "milestone": lambda o, t: _milestone(o),
    "milestone_dependency": lambda o, t: _dependency(o),
    "escalation_level": lambda o, t: _escalation(o),
    "agreement": lambda o, t: _agreement(o),
    "engagement_kpi": lambda o, t: _kpi(o),
    "kpi_definition": lambda o, t: _kpi_definition(o),
}


def _has_type_errors(obj: Any, errors: Errors) -> bool:
    """A column holds a value of the wrong kind: the entity's own rules, which compare and
    parse values, are not asked until it is fixed."""
    table: sa.Table | None = getattr(type(obj), "__table__", None)
    if table is None:
        return False
    return any(
        column.key in errors
        and _type_error(getattr(column.type, "impl", column.type), _value(obj, column.key), "")
        is not None
        for column in table.columns
        if _value(obj, column.key) is not None
    )


def validate(obj: Any, today: date | None = None) -> Errors:
    """Every rule broken by `obj`, as {field: message}; empty when it may be written."""
    today = today or date.today()
    errors = _generic(obj)
    rule = _RULES.get(getattr(type(obj), "__tablename__", ""))
    if rule is not None and not _has_type_errors(obj, errors):
        for field, message in rule(obj, today).items():
            errors.setdefault(field, message)
    return errors
