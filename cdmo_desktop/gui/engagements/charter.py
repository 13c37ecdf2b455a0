"""Charter tab: the kickoff questions (who, when, where, how, the client's part, success
metrics, escalation path, kickoff meeting, sign-off) with a live checklist.

The charter is a draft until both sides sign; it is then agreed and locked. Changing an
agreed charter asks why, returns it to draft (signatures to be given again) and the change
log keeps what it was, with the reason.

Text typed but not saved is kept in a draft file a moment after each edit and offered back
when the charter is opened again (gui.engagements.charter_draft).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListWidgetItem,
    QWidget,
)

from cdmo_desktop.domain import clock
from cdmo_desktop.domain.completeness import Completeness, charter_completeness
from cdmo_desktop.domain.enums import CharterStatus
from cdmo_desktop.domain.models import (
    Charter,
    CharterSite,
    EngagementKpi,
    EscalationLevel,
    KickoffAttendee,
)
from cdmo_desktop.domain.validation import ValidationError
from cdmo_desktop.gui import i18n, read_only_fields, theme
from cdmo_desktop.gui.conflicts import guarded_save
from cdmo_desktop.gui.context import AppContext
from cdmo_desktop.gui.engagements import charter_lists as lists
from cdmo_desktop.gui.engagements import charter_status as status
from cdmo_desktop.gui.engagements.charter_draft import CharterDraftKeeper
from cdmo_desktop.gui.engagements.charter_status import ask_reopen_reason
from cdmo_desktop.gui.engagements.engagement_history import CharterHistoryDialog
from cdmo_desktop.gui.engagements.refused import refused_errors
from cdmo_desktop.gui.engagements.typed_fields import read_form, settled, watch_typed_fields
from cdmo_desktop.gui.format import date_text
from cdmo_desktop.gui.forms.ui_charter_form import Ui_CharterForm
from cdmo_desktop.gui.i18n import QT_TR_NOOP, tr
from cdmo_desktop.gui.undo import REFUSALS, commit, refusal_text
from cdmo_desktop.gui.widgets import table_habits
from cdmo_desktop.gui.widgets.fields import FieldBinder
from cdmo_desktop.store import conflicts
from cdmo_desktop.store.changesets import ChangeSet
from cdmo_desktop.store.charters import (
    CHARTER_FIELDS,
    CharterData,
    KickoffContext,
    charter_context,
    charter_errors,
    charter_facts,
    load_charter,
    reopened,
    save_charter,
)

# The charter's state as the workspace header compares it (shown through tr()).
AGREED, DRAFT = QT_TR_NOOP("Agreed"), QT_TR_NOOP("Draft")
_EXTERNAL = {
    "who.people": "team",
    "who.raci": "team",
    "when.decision_points": "schedule",
    "communication": "communication",
}
_GROUPS = {
    "who": "whoGroup",
    "when": "whenGroup",
    "where": "whereGroup",
    "how": "howGroup",
    "client": "clientGroup",
    "metrics": "metricsGroup",
    "escalation": "escalationGroup",
    "kickoff": "kickoffGroup",
    "signoff": "signoffGroup",
}
_CONTEXT_TABLES = (
    "team_member",
    "workstream",
    "raci_assignment",
    "milestone",
    "communication_channel",
    "partner_site",
    "engagement",
)


class CharterTab(QWidget):
    """Signals: tab_requested(str) "team" / "communication" / "schedule";
    completeness_changed(int percent, str status)."""

    tab_requested = Signal(str)
    completeness_changed = Signal(int, str)

    def __init__(
        self,
        ctx: AppContext,
        engagement_id: str,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.engagement_id = engagement_id
        self._fixed_today = today
        self._dirty = False
        self._versions = conflicts.Versions()  # of the rows a save writes, when read
        self._busy = False
        self._reason = ""
        self._context = KickoffContext()
        self.completeness = Completeness()
        self.ui = Ui_CharterForm()
        self.ui.setupUi(self)
        read_only_fields.form(self)
        self.setObjectName("charter_tab")
        ui = self.ui
        self.binder = FieldBinder(self)
        for name in CHARTER_FIELDS:
            widget = self._widget_for(name)
            error = getattr(ui, _camel(name) + "Error", None)
            self.binder.add(name, widget, error)
        for table in (ui.metricsTable, ui.escalationTable):
            lists.setup_table(table)
            table.itemChanged.connect(self._on_table_item_changed)
        ui.decisionPointsList.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        ui.sitesList.itemChanged.connect(self._on_check_list_item_changed)
        ui.attendeesList.itemChanged.connect(self._on_check_list_item_changed)
        self.binder.edited.connect(self._on_binder_edited)
        watch_typed_fields(self.binder, self._on_typed_field_judged)
        self.metric_buttons = lists.RowButtons(
            ui.metricsTable, ui.addMetricButton, ui.removeMetricButton
        )
        self.level_buttons = lists.RowButtons(
            ui.escalationTable,
            ui.addLevelButton,
            ui.removeLevelButton,
            ui.levelUpButton,
            ui.levelDownButton,
        )
        metric_rows = (ui.removeMetricButton, ui.addMetricButton)
        table_habits.install(ui.metricsTable, "charter_metrics", ctx.settings, *metric_rows)
        levels = (ui.removeLevelButton, ui.levelUpButton, ui.levelDownButton, ui.addLevelButton)
        table_habits.install(ui.escalationTable, "charter_escalation", ctx.settings, *levels)
        for buttons in (self.metric_buttons, self.level_buttons):
            buttons.changed.connect(self._mark_dirty)
        ui.reopenButton.clicked.connect(self._on_reopen_button_clicked)
        ui.historyButton.clicked.connect(self._on_history_button_clicked)
        ui.saveButton.clicked.connect(self._on_save_button_clicked)
        ui.revertButton.clicked.connect(self._on_revert_button_clicked)
        ui.openTeamButton.clicked.connect(self._on_open_team_button_clicked)
        ui.checklistList.itemClicked.connect(self._on_checklist_list_item_clicked)
        ctx.changed.connect(self._on_ctx_changed)
        theme.notifier().changed.connect(self._update_state)  # status and checklist colours
        self.drafts = CharterDraftKeeper(
            ui, ctx.local_file, engagement_id, self.current_data, parent=self
        )
        self.drafts.restore_requested.connect(self._on_drafts_restore_requested)
        self.reload()
        self.drafts.offer(self.saved)

    def _widget_for(self, name: str) -> QWidget:
        ui = self.ui
        for suffix in ("Edit", "Combo"):
            widget = getattr(ui, _camel(name) + suffix, None)
            if widget is not None:
                return widget
        raise AttributeError(name)

    def today(self) -> date:
        return self._fixed_today or clock.today()

    def is_dirty(self) -> bool:
        return self._dirty

    # --- loading --------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the saved charter (dropping unsaved edits) and its context."""
        self._versions = self._open_versions()  # before the values they guard
        self.saved = load_charter(self.ctx.store, self.engagement_id)
        self._refresh_context(self.saved)
        self._show_data(self.saved)
        self._dirty = False
        self._reason = ""
        self._update_state()

    def _open_versions(self) -> conflicts.Versions:
        """The versions of the rows a charter save writes: the charter, its sites,
        attendees and escalation levels, and the engagement's metrics."""
        store, eid = self.ctx.store, self.engagement_id
        versions = conflicts.opened_where(
            store,
            (Charter, "engagement_id", eid),
            (EngagementKpi, "engagement_id", eid),
            (EscalationLevel, "engagement_id", eid),
        )
        for model, charter_id in list(versions):
            if model is Charter:
                versions.update(
                    conflicts.opened_where(
                        store,
                        (CharterSite, "charter_id", charter_id),
                        (KickoffAttendee, "charter_id", charter_id),
                    )
                )
        return versions

    def _refresh_context(self, data: CharterData) -> None:
        """Pick lists and facts from outside the form; checked items are kept."""
        context = charter_context(self.ctx.store, self.engagement_id)
        self._context = context.kickoff
        status.fill_context_lists(self.ui, context, data)

    def _show_data(self, data: CharterData) -> None:
        self._busy = True
        try:
            self.binder.load(data.fields)
            lists.show_metrics(self.ui.metricsTable, data.metrics)
            lists.show_escalation(self.ui.escalationTable, data.escalation)
            lists.fill_check_list(
                self.ui.sitesList, self._list_items(self.ui.sitesList), data.site_ids
            )
            lists.fill_check_list(
                self.ui.attendeesList, self._list_items(self.ui.attendeesList), data.attendee_ids
            )
        finally:
            self._busy = False
        self._status = data.status
        self._agreed_at = data.agreed_at

    def _list_items(self, widget: Any) -> list[tuple[str, str, str]]:
        items = [widget.item(i) for i in range(widget.count())]
        return [
            (str(i.data(lists.ID_ROLE)), i.text(), i.toolTip())
            for i in items
            if i.data(lists.ID_ROLE)
        ]

    # --- the form as data -----------------------------------------------------------------
    def current_data(self) -> CharterData:
        levels, _problem = lists.escalation_of(self.ui.escalationTable)
        return replace(
            self.saved,
            fields=read_form(self.binder)[0],
            status=self._status,
            agreed_at=self._agreed_at,
            reopen_reason=self._reason or self.saved.reopen_reason,
            site_ids=lists.checked_ids(self.ui.sitesList),
            attendee_ids=lists.checked_ids(self.ui.attendeesList),
            metrics=lists.metrics_of(self.ui.metricsTable),
            escalation=levels,
        )

    def errors(self) -> dict[str, str]:
        errors = read_form(self.binder)[1]
        for key, text in charter_errors(self.current_data(), self.today()).items():
            errors.setdefault(key, text)
        _levels, problem = lists.escalation_of(self.ui.escalationTable)
        if problem:
            errors.setdefault("escalation", problem)
        return errors

    @property
    def locked(self) -> bool:
        return self._status == CharterStatus.AGREED and not self._reason

    def _update_state(self) -> None:
        data = self.current_data()
        all_errors = self.errors() if self._dirty else {}
        errors = settled(self.binder, all_errors)
        unplaced = self.binder.show_errors(errors)
        for key, label in (
            ("metrics", self.ui.metricsError),
            ("escalation", self.ui.escalationError),
        ):
            label.setText(i18n.message(errors.get(key, "")))
            label.setVisible(key in errors)
        unplaced = [
            m for m in unplaced if m not in (errors.get("metrics"), errors.get("escalation"))
        ]
        theme.set_tone(self.ui.dirtyLabel, "error" if unplaced or errors else None)
        self.ui.dirtyLabel.setText(
            " ".join(i18n.message(m) for m in unplaced)
            or (tr("Fix the fields marked in red to save.") if errors else "")
            or (tr("Unsaved changes") if self._dirty else "")
        )
        self.ui.saveButton.setEnabled(self._dirty and not all_errors)
        self.ui.revertButton.setEnabled(self._dirty)
        self._set_locked(self.locked)
        self._show_status(data)
        self.completeness = charter_completeness(charter_facts(data, self._context))
        lists.show_checklist(self.ui.checklistList, self.completeness)
        self.ui.percentLabel.setText(
            tr("{percent} % answered").format(percent=self.completeness.percent)
        )
        self.ui.completenessBar.setValue(self.completeness.percent)
        self.ui.kickoffDateMirrorLabel.setText(
            date_text(data.get("kickoff_date")) or tr("Set the kickoff date under When.")
        )
        self.completeness_changed.emit(self.completeness.percent, self.status_text)

    @property
    def status_text(self) -> str:
        if self._status == CharterStatus.AGREED and not self._reason:
            return AGREED
        return DRAFT

    def _show_status(self, data: CharterData) -> None:
        reason = self._reason or self.saved.reopen_reason
        self.ui.statusLabel.setText(status.status_html(data, self.locked, self._agreed_at, reason))
        self.ui.reopenButton.setVisible(self.locked)

    def _set_locked(self, locked: bool) -> None:
        status.set_form_locked(self.ui, [self.binder.widget(n) for n in CHARTER_FIELDS], locked)

    # --- writes ---------------------------------------------------------------------------
    def reopen(self, reason: str) -> None:
        """Open the agreed charter for changes: draft again, signature dates cleared."""
        data = reopened(self.current_data(), reason)
        self._reason = reason
        self._show_data(data)
        self._status = CharterStatus.DRAFT
        self._dirty = True
        self._update_state()

    def save(self) -> bool:
        if not self._dirty:
            return True
        errors = self.errors()
        if errors:
            self._update_state()
            return False
        data = self.current_data()

        def write(fields: dict[str, Any]) -> ChangeSet:
            mixed = replace(data, fields=fields)
            return save_charter(self.ctx.store, mixed, reason=self._reason, today=self.today())

        try:
            saved = guarded_save(self, self._versions, write, mine=data.fields, reload=self.reload)
            if saved is None:
                return False
            commit(self.ctx, saved, initiator=self)
        except REFUSALS as exc:
            self.binder.show_errors(refused_errors(exc, "charter"))
            theme.set_tone(self.ui.dirtyLabel, "error")
            self.ui.dirtyLabel.setText(
                i18n.message(exc) if isinstance(exc, ValidationError) else refusal_text(exc)
            )
            return False
        self.drafts.forget()
        self.reload()
        return True

    def discard(self) -> None:
        self.drafts.forget()
        self.reload()

    def _mark_dirty(self) -> None:
        if self._busy:
            return
        self._dirty = True
        self._update_state()
        self.drafts.edited()

    # --- slots ----------------------------------------------------------------------------
    def _on_binder_edited(self) -> None:
        self._mark_dirty()

    def _on_drafts_restore_requested(self, data: CharterData) -> None:
        """The text kept from a session that ended unsaved, back in the form (unsaved)."""
        if self.saved.status == CharterStatus.AGREED and data.status == CharterStatus.DRAFT:
            self._reason = data.reopen_reason or self.saved.reopen_reason
        self._show_data(replace(data, id=self.saved.id, engagement_id=self.engagement_id))
        self._mark_dirty()

    def _on_typed_field_judged(self) -> None:
        if self._dirty:
            self._update_state()

    def _on_table_item_changed(self, _item: Any) -> None:
        self._mark_dirty()

    def _on_check_list_item_changed(self, _item: Any) -> None:
        self._mark_dirty()

    def _on_reopen_button_clicked(self) -> None:
        reason = ask_reopen_reason(self)
        if reason:
            self.reopen(reason)

    def _on_history_button_clicked(self) -> None:
        CharterHistoryDialog(self.ctx, self.engagement_id, self).exec()

    def _on_save_button_clicked(self) -> None:
        self.save()

    def _on_revert_button_clicked(self) -> None:
        self.discard()

    def _on_open_team_button_clicked(self) -> None:
        self.tab_requested.emit("team")

    def _on_checklist_list_item_clicked(self, item: QListWidgetItem) -> None:
        key = str(item.data(lists.ID_ROLE))
        if key in _EXTERNAL:
            self.tab_requested.emit(_EXTERNAL[key])
            return
        group = getattr(self.ui, _GROUPS.get(key.split(".")[0], ""), None)
        if group is not None:
            self.ui.scrollArea.ensureWidgetVisible(group, 0, 0)

    def _on_ctx_changed(self, changeset: ChangeSet, initiator: object) -> None:
        if initiator is self:
            return
        if changeset.touches("charter") and not self._dirty:
            self.reload()
        elif changeset.touches(*_CONTEXT_TABLES):
            keep = self.current_data()
            self._refresh_context(keep)
            self._update_state()


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part.capitalize() for part in rest)
