"""The screens' own write buttons greyed out while the database is read-only
(gui/read_only_actions.py does the menu and toolbar actions).

A screen enables and disables its buttons as its selection changes ("Archive…" only for
a partner that is not archived), so a button is not simply disabled: each one named in
`WRITING` is watched, and while the database is read-only a screen's wish to enable it is
remembered and the button kept greyed out, its tooltip saying why; when a writable
database is shown each button takes the state its screen last asked for. Buttons are
found by object name on the pages of the window (screens, a partner's profile, an
engagement's workspace and its tabs); a test fails on a named button in neither list.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractButton, QWidget

WRITING: frozenset[str] = frozenset(
    {
        # registers and their rows
        "newPartnerButton",
        "archivePartnerButton",
        "restorePartnerButton",
        "newClientButton",
        "editClientButton",
        "archiveClientButton",
        "restoreClientButton",
        "newButton",  # a new engagement
        "editButton",
        "archiveButton",
        "restoreButton",
        "newRiskButton",
        "markReviewedButton",
        "deleteButton",  # the risk form's
        "recomputeButton",  # the risk form's next review from its cadence
        "newReportButton",
        "newAgreementButton",
        "editAgreementButton",
        # a partner's profile
        "siteAddButton",
        "siteEditButton",
        "siteRemoveButton",
        "contactAddButton",
        "contactEditButton",
        "contactRemoveButton",
        "auditAddButton",
        "auditEditButton",
        "auditRemoveButton",
        "inspectionAddButton",
        "inspectionEditButton",
        "inspectionRemoveButton",
        "capabilityAddButton",
        "platformAddButton",
        "scaleAddButton",
        # the engagement workspace and its tabs
        "editDetailsButton",
        "ragAdviceButton",
        "reopenButton",
        "restoreDraftButton",
        "saveButton",
        "save_button",
        "delete_button",
        "new_button",
        "addMetricButton",
        "removeMetricButton",
        "addLevelButton",
        "removeLevelButton",
        "levelUpButton",
        "levelDownButton",
        "add_workstream_button",
        "rename_workstream_button",
        "remove_workstream_button",
        "workstream_up_button",
        "workstream_down_button",
        "addFromLibraryButton",
        "newKpiButton",
        "editKpiButton",
        "deleteKpiButton",
        "schedule_add_button",
        "schedule_delete_item_button",
        "schedule_dependencies_button",
        "schedule_baseline_button",
        # an agreement's clauses
        "addClauseButton",
        "removeClauseButton",
        "moveUpButton",
        "moveDownButton",
        "saveClauseButton",
        "revertClauseButton",
        "insertPlaceholderButton",
    }
)

NOT_WRITING: frozenset[str] = frozenset(
    {
        # going somewhere, opening, showing, filtering
        "backButton",
        "openButton",
        "openPartnerButton",
        "openRiskButton",
        "openTeamButton",
        "historyButton",
        "compareKpiButton",
        "earlierPeriodsButton",
        "ScrollLeftButton",
        "ScrollRightButton",
        "clientArchivedCheck",
        "showArchivedCheck",
        "partnerArchivedFilter",
        "partnerOverdueFilter",
        "open_only_check",
        "partner_only_check",
        "riskCellFilter",
        "riskClearFilters",
        "riskReviewDueFilter",
        # printing and exporting
        "exportButton",
        "exportAgreementButton",
        "exportScorecardButton",
        "printAgainButton",
        "schedule_export_button",
        "schedule_exchange_button",  # its menu's import entries are write actions
        # the schedule's view
        "schedule_zoom_in_button",
        "schedule_zoom_out_button",
        "schedule_scale_day_button",
        "schedule_scale_week_button",
        "schedule_scale_month_button",
        "schedule_scale_quarter_button",
        "schedule_fit_to_plan_button",
        "schedule_go_to_today_button",
        # edits not yet saved, thrown away; a form's own field
        "discard_button",
        "revertButton",
        "dropDraftButton",
        "isDecisionMakerCheck",
    }
)

_WANTED = "readOnlyWanted"  # the enabled state the button's screen last asked for
_TIP = "readOnlySavedTip"


class ReadOnlyButtons(QObject):
    """Keeps the write buttons under `pages` greyed out while read-only."""

    def __init__(self, pages: QWidget) -> None:
        super().__init__(pages)
        self.pages = pages
        self.tip: str | None = None  # why, while read-only
        self._forcing = False

    def update(self, tip: str | None) -> None:
        """Grey out (`tip`: why) or give back every write button under the pages now."""
        self.tip = tip
        for button in self.pages.findChildren(QAbstractButton):
            if button.objectName() not in WRITING:
                continue
            if button.property(_WANTED) is None and tip is not None:
                button.installEventFilter(self)
                button.setProperty(_WANTED, self._asked(button))
                button.setProperty(_TIP, button.toolTip())
                self._force(button, False)
                button.setToolTip(tip)
            elif button.property(_WANTED) is not None and tip is None:
                button.removeEventFilter(self)
                wanted = bool(button.property(_WANTED))
                button.setProperty(_WANTED, None)
                button.setToolTip(str(button.property(_TIP) or ""))
                button.setProperty(_TIP, None)
                self._force(button, wanted)
            elif tip is not None:
                button.setToolTip(tip)

    @staticmethod
    def _asked(button: QAbstractButton) -> bool:
        """Whether the button's screen has it enabled (not disabled on its own)."""
        return not button.testAttribute(Qt.WidgetAttribute.WA_ForceDisabled)

    def _force(self, button: QAbstractButton, enabled: bool) -> None:
        self._forcing = True
        try:
            button.setEnabled(enabled)
        finally:
            self._forcing = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.EnabledChange
            and not self._forcing
            and isinstance(watched, QAbstractButton)
            and watched.property(_WANTED) is not None
        ):
            watched.setProperty(_WANTED, self._asked(watched))  # the screen's wish
            if self._asked(watched):
                self._force(watched, False)
        return False
