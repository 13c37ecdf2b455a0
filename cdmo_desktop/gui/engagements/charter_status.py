"""The charter form's status line, its lock once agreed, and the lists filled from the
rest of the engagement (team, partner sites, decision gates)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from html import escape

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QInputDialog,
    QLineEdit,
    QListWidgetItem,
    QPlainTextEdit,
    QWidget,
)

from cdmo_desktop.domain import geo
from cdmo_desktop.domain.enums import Side
from cdmo_desktop.gui import i18n, theme
from cdmo_desktop.gui.engagements import charter_lists as lists
from cdmo_desktop.gui.format import date_text
from cdmo_desktop.gui.forms.ui_charter_form import Ui_CharterForm
from cdmo_desktop.gui.i18n import message, tr
from cdmo_desktop.gui.widgets.fields import DateField, fill_combo
from cdmo_desktop.store.charters import CharterContext, CharterData

EDITABLE = (
    QAbstractItemView.EditTrigger.DoubleClicked
    | QAbstractItemView.EditTrigger.AnyKeyPressed
    | QAbstractItemView.EditTrigger.EditKeyPressed
    | QAbstractItemView.EditTrigger.SelectedClicked
)


def ask_reopen_reason(parent: QWidget) -> str | None:
    """Confirmation and reason for changing an agreed charter (None = leave it agreed)."""
    reason, ok = QInputDialog.getText(
        parent,
        tr("Change the agreed charter"),
        tr(
            "This charter was agreed and signed by both sides. Changing it returns it to draft\n"
            "and both sides sign again. Why does it change?"
        ),
    )
    reason = reason.strip()
    return reason if ok and reason else None


def status_html(data: CharterData, locked: bool, agreed_at: datetime | None, reason: str) -> str:
    if locked:
        when = date_text(agreed_at.astimezone().date()) if agreed_at else ""
        return tr(
            "<b style='color:{colour}'>Agreed</b> on {when}: signed by "
            "{client} (client) and {partner} (partner). The charter is locked."
        ).format(
            colour=theme.html_colour("ok"),
            when=when,
            client=escape(str(data.get("client_signatory"))),
            partner=escape(str(data.get("partner_signatory"))),
        )
    extra = tr(" Reopened: {reason}.").format(reason=escape(reason)) if reason else ""
    draft = tr("<b style='color:{colour}'>Draft</b>: agreed once both sides have signed.")
    return draft.format(colour=theme.html_colour("warning")) + extra


def set_form_locked(ui: Ui_CharterForm, fields: Iterable[QWidget], locked: bool) -> None:
    for widget in fields:
        if isinstance(widget, DateField):  # its calendar and arrow keys write too
            widget.setEnabled(not locked)
        elif isinstance(widget, QLineEdit | QPlainTextEdit):
            widget.setReadOnly(locked)
        elif isinstance(widget, QComboBox):
            widget.setEnabled(not locked)
    triggers = QAbstractItemView.EditTrigger.NoEditTriggers if locked else EDITABLE
    for table in (ui.metricsTable, ui.escalationTable):
        table.setEditTriggers(triggers)
    for check_list in (ui.sitesList, ui.attendeesList):
        lists.set_checkable(check_list, not locked)
    for button in (
        ui.addMetricButton,
        ui.removeMetricButton,
        ui.addLevelButton,
        ui.removeLevelButton,
        ui.levelUpButton,
        ui.levelDownButton,
    ):
        button.setEnabled(not locked)


def _side_word(side: Side) -> str:
    """A side's name inside a sentence: lower case in English, as translated otherwise."""
    label = message(side.label)  # "Partner" is German too, and stays capitalised there
    return label.lower() if i18n.language() == i18n.SOURCE_LANGUAGE else label


def fill_context_lists(ui: Ui_CharterForm, context: CharterContext, data: CharterData) -> None:
    """Team names for the pickers, team summary, attendees, partner sites, decision points."""
    team = context.team
    names = [(m.name, m.name) for m in team]
    for combo in (ui.decisionMakerCombo, ui.clientSignatoryCombo, ui.partnerSignatoryCombo):
        fill_combo(combo, names)
    sides = {side: [m for m in team if m.side == side] for side in Side}
    counted = tr("{count} {side}")
    by_side = ", ".join(counted.format(count=len(v), side=_side_word(k)) for k, v in sides.items())
    ui.teamSummaryLabel.setText(
        tr("{count} people: {sides}").format(count=len(team), sides=by_side)
        if team
        else tr("Nobody yet: add the people of both sides on the Team & RACI tab.")
    )
    lists.fill_check_list(
        ui.attendeesList,
        [
            (
                m.id,
                f"{m.name} — {m.role or message(m.side.label)} ({message(m.side.label)})",
                m.organisation,
            )
            for m in team
        ],
        data.attendee_ids,
    )
    sites = context.sites
    lists.fill_check_list(
        ui.sitesList,
        [
            (
                p.id,
                f"{p.name} — {', '.join(x for x in (p.city, geo.shown_name(p.country)) if x)}",
                p.capabilities,
            )
            for p in sites
        ],
        data.site_ids,
    )
    if not sites:
        ui.sitesList.addItem(QListWidgetItem(tr("The partner has no sites on record yet.")))
    ui.decisionPointsList.clear()
    for gate in context.gates:
        outcome = f" — {message(gate.gate_outcome.label)}" if gate.gate_outcome else ""
        shown = f"{date_text(gate.planned_finish)}  {gate.name}{outcome}"
        ui.decisionPointsList.addItem(shown)
    if not ui.decisionPointsList.count():
        ui.decisionPointsList.addItem(tr("No decision gates yet: add them on the Schedule tab."))
