"""What changed in a charter since it was written: every change of the charter and its
tables from the change log, with who, when and the reason given."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtWidgets import QHeaderView, QTableWidgetItem, QWidget

from cdmo_desktop.domain.enums import ChangeAction
from cdmo_desktop.domain.validation import label
from cdmo_desktop.gui.context import AppContext
from cdmo_desktop.gui.dialogs.base import RememberedGeometryDialog
from cdmo_desktop.gui.format import date_text, datetime_text
from cdmo_desktop.gui.forms.ui_charter_history import Ui_CharterHistoryDialog
from cdmo_desktop.gui.i18n import QT_TR_NOOP, message, tr
from cdmo_desktop.store.history import Change, charter_history

_TABLES = {
    "charter": QT_TR_NOOP("Charter"),
    # the charter lists the engagement KPIs as these
    "engagement_kpi": QT_TR_NOOP("Success metric"),
    "success_metric": QT_TR_NOOP("Success metric"),
    "escalation_level": QT_TR_NOOP("Escalation level"),
    "charter_site": QT_TR_NOOP("Site"),
    "kickoff_attendee": QT_TR_NOOP("Kickoff attendee"),
}
_NAME_FIELDS = {"engagement_kpi": "name", "success_metric": "metric", "escalation_level": "who"}


def pretty(value: str | None) -> str:
    """Dates and times from the log as a person writes them; other text unchanged."""
    if not value:
        return ""
    try:
        if len(value) == 10:
            return date_text(date.fromisoformat(value))
        if len(value) > 10 and value[10] == "T":
            return datetime_text(datetime.fromisoformat(value))
    except ValueError:
        pass
    return value


def describe(change: Change, names: dict[str, str]) -> tuple[str, str, str]:
    """(what, before, after) in words for one change-log row."""
    english = _TABLES.get(change.table_name, change.table_name)
    table = tr(english)
    if change.action is ChangeAction.UPDATE:
        field = label(change.field or "")
        return (
            tr("{record}: {field}").format(record=table, field=_in_sentence(field, message(field))),
            pretty(change.old_value),
            pretty(change.new_value),
        )
    values = change.values()
    if change.table_name == "charter":
        if change.action is ChangeAction.INSERT:
            return tr("Charter written"), "", ""
        return tr("Charter deleted"), "", ""
    ref = values.get("site_id") or values.get("team_member_id")
    name = (
        names.get(ref or "", "") if ref else values.get(_NAME_FIELDS.get(change.table_name, ""), "")
    )
    name = name or tr("(no longer on record)")
    if change.action is ChangeAction.INSERT:
        return tr("Added {record}").format(record=_in_sentence(english, table)), "", name
    return tr("Removed {record}").format(record=_in_sentence(english, table)), name, ""


def _in_sentence(english: str, shown: str) -> str:
    """A name inside a sentence: lower case in English, as translated otherwise."""
    return shown.lower() if shown == english else shown


class CharterHistoryDialog(RememberedGeometryDialog):
    def __init__(self, ctx: AppContext, engagement_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, ctx.settings)
        self.ui = Ui_CharterHistoryDialog()
        self.ui.setupUi(self)
        history = charter_history(ctx.store, engagement_id)
        self.changes, names = history.changes, history.names
        table = self.ui.historyTable
        table.setRowCount(len(self.changes))
        for row, change in enumerate(self.changes):
            what, before, after = describe(change, names)
            when = datetime_text(change.occurred_at)
            for col, text in enumerate((when, change.user, what, before, after, change.reason)):
                table.setItem(row, col, QTableWidgetItem(text))
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.resizeColumnsToContents()
        for col in range(table.columnCount() - 1):
            table.setColumnWidth(col, min(table.columnWidth(col), 240))
        if not self.changes:
            self.ui.introLabel.setText(tr("Nothing has been written to this charter yet."))
