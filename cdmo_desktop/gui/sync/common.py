"""What the sync dialogs share: names for widgets, the words for kinds of records and
moments, and the error line under a field."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QWidget

from cdmo_desktop.gui import format as fmt
from cdmo_desktop.gui import theme
from cdmo_desktop.gui.i18n import QT_TR_NOOP, tr

W = TypeVar("W", bound=QWidget)
SUFFIX = ".cdmosync"
FILE_FILTER = QT_TR_NOOP("Sync files (*.cdmosync);;All files (*)")
DELETED_AND_EDITED = QT_TR_NOOP("Deleted on one side")  # the Field of a delete-edit conflict

# What a table's records are called in the report ("3 risks").
_NOUNS: dict[str, tuple[str, str]] = {
    "partner": (QT_TR_NOOP("partner"), QT_TR_NOOP("partners")),
    "partner_site": (QT_TR_NOOP("partner site"), QT_TR_NOOP("partner sites")),
    "partner_audit": (QT_TR_NOOP("partner audit"), QT_TR_NOOP("partner audits")),
    "contact": (QT_TR_NOOP("contact"), QT_TR_NOOP("contacts")),
    "client": (QT_TR_NOOP("client"), QT_TR_NOOP("clients")),
    "engagement": (QT_TR_NOOP("engagement"), QT_TR_NOOP("engagements")),
    "charter": (QT_TR_NOOP("charter"), QT_TR_NOOP("charters")),
    "risk": (QT_TR_NOOP("risk"), QT_TR_NOOP("risks")),
    "action_item": (QT_TR_NOOP("action"), QT_TR_NOOP("actions")),
    "decision": (QT_TR_NOOP("decision"), QT_TR_NOOP("decisions")),
    "milestone": (QT_TR_NOOP("schedule item"), QT_TR_NOOP("schedule items")),
    "milestone_dependency": (QT_TR_NOOP("schedule link"), QT_TR_NOOP("schedule links")),
    "agreement": (QT_TR_NOOP("agreement"), QT_TR_NOOP("agreements")),
    "team_member": (QT_TR_NOOP("team member"), QT_TR_NOOP("team members")),
    "engagement_kpi": (QT_TR_NOOP("KPI"), QT_TR_NOOP("KPIs")),
    "kpi_measurement": (QT_TR_NOOP("KPI measurement"), QT_TR_NOOP("KPI measurements")),
    "kpi_definition": (QT_TR_NOOP("KPI definition"), QT_TR_NOOP("KPI definitions")),
    "gmp_inspection": (QT_TR_NOOP("GMP inspection"), QT_TR_NOOP("GMP inspections")),
    "raci_assignment": (QT_TR_NOOP("RACI assignment"), QT_TR_NOOP("RACI assignments")),
    "agreement_clause": (QT_TR_NOOP("clause"), QT_TR_NOOP("clauses")),
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
    label = named(QLabel(), object_name, tr("Problem"))
    theme.set_tone(label, "error")
    label.setWordWrap(True)
    label.hide()
    return label


def kind_text(table: str, count: int | None = None) -> str:
    """ "risk", or with a count "3 risks" (numbers as the locale writes them)."""
    one, many = _NOUNS.get(table, (table.replace("_", " "), table.replace("_", " ") + "s"))
    if count is None:
        return tr(one)
    return f"{fmt.number_text(count)} {tr(one if count == 1 else many)}"


def plural(count: int, one: str, many: str, **values: object) -> str:
    """`one` or `many` (translated templates holding {count}) filled with the count as the
    locale writes it and `values`: plural(n, tr("{count} change"), tr("{count} changes"))."""
    return (one if count == 1 else many).format(count=fmt.number_text(count), **values)


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


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize `widget` to `width` x `height`, or less where the screen is smaller (a
    1366x768 laptop at 150 % offers about 910 x 480)."""
    screen = widget.screen()
    if screen is not None:
        room = screen.availableGeometry()
        width = min(width, int(room.width() * 0.95))
        height = min(height, int(room.height() * 0.9))
    widget.resize(width, height)


def stretch_columns(table: QTableView, stretch: Sequence[int]) -> None:
    """The columns in `stretch` share the width; the others fit their contents, so the
    table never needs a horizontal scroll bar (long values are elided, whole in the
    tooltip)."""
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    for column in range(header.count()):
        mode = (
            QHeaderView.ResizeMode.Stretch
            if column in stretch
            else QHeaderView.ResizeMode.ResizeToContents
        )
        header.setSectionResizeMode(column, mode)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)


def show_rows(table: QTableView, rows: int) -> None:
    """Keep at least `rows` rows visible however the dialog is squeezed."""
    height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
    table.setMinimumHeight(height + rows * table.verticalHeader().defaultSectionSize())
