"""What the sync dialogs share: names for widgets, the words for kinds of records and
moments, and the error line under a field."""

from __future__ import annotations

from datetime import datetime
from typing import TypeVar

from PySide6.QtWidgets import QLabel, QWidget

from cdmo_desktop.gui import format as fmt

W = TypeVar("W", bound=QWidget)
SUFFIX = ".cdmosync"
FILE_FILTER = "Sync files (*.cdmosync);;All files (*)"
ERROR_STYLE = "color: #b00020"

# What a table's records are called in the report ("3 risks").
_NOUNS: dict[str, tuple[str, str]] = {
    "partner": ("partner", "partners"),
    "partner_site": ("partner site", "partner sites"),
    "partner_audit": ("partner audit", "partner audits"),
    "contact": ("contact", "contacts"),
    "client": ("client", "clients"),
    "engagement": ("engagement", "engagements"),
    "charter": ("charter", "charters"),
    "risk": ("risk", "risks"),
    "action_item": ("action", "actions"),
    "decision": ("decision", "decisions"),
    "milestone": ("schedule item", "schedule items"),
    "milestone_dependency": ("schedule link", "schedule links"),
    "agreement": ("agreement", "agreements"),
    "team_member": ("team member", "team members"),
    "engagement_kpi": ("KPI", "KPIs"),
    "kpi_measurement": ("KPI measurement", "KPI measurements"),
    "kpi_definition": ("KPI definition", "KPI definitions"),
    "gmp_inspection": ("GMP inspection", "GMP inspections"),
    "raci_assignment": ("RACI assignment", "RACI assignments"),
    "agreement_clause": ("clause", "clauses"),
}


def named(widget: W, object_name: str, accessible: str, description: str = "") -> W:
    """`widget` with its objectName (tests) and accessible name (screen readers)."""
    widget.setObjectName(object_name)
    widget.setAccessibleName(accessible)
    if description:
        widget.setAccessibleDescription(description)
    return widget


def error_label(object_name: str) -> QLabel:
    """A red sentence under a field, hidden until there is something to say."""
    label = named(QLabel(), object_name, "Problem")
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


def kind_text(table: str, count: int | None = None) -> str:
    """ "risk", or with a count "3 risks" (numbers as the locale writes them)."""
    one, many = _NOUNS.get(table, (table.replace("_", " "), table.replace("_", " ") + "s"))
    if count is None:
        return one
    return f"{fmt.number_text(count)} {one if count == 1 else many}"


def plural(count: int, one: str, many: str | None = None) -> str:
    return f"{fmt.number_text(count)} {one if count == 1 else (many or one + 's')}"


def when_text(value: str | datetime | None) -> str:
    """An ISO 8601 moment (as the store gives it) in the user's local date and time."""
    if value is None or value == "":
        return ""
    if isinstance(value, datetime):
        return fmt.datetime_text(value)
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return value
    return fmt.datetime_text(moment)


def field_text(field: str | None) -> str:
    """A field's name as a label ("next_review" -> "Next review"); "—" for a whole record."""
    return field.replace("_id", "").replace("_", " ").capitalize() if field else "—"


def value_text(value: str | None) -> str:
    """A value as the change log carries it (text), on one line; "—" for none."""
    if value is None or value == "":
        return "—"
    text = " ".join(str(value).split())
    return text if len(text) <= 120 else text[:119] + "…"
