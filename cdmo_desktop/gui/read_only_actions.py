"""Write actions greyed out while the database is read-only.

A database is read-only when its file or folder may not be written, when the background
full check found it damaged (integrity_watch), when a team-server login may only read or
the window shows a server's local copy (`Store.read_only_reason` says which). Then every
menu and toolbar action that would write (new, save, edit, delete, archive, import, undo and
redo, sync...) is disabled, its tooltip and status tip saying why; when another database
is opened they come back exactly as their screens left them. The screens' own write
buttons follow (gui/read_only_buttons.py).

The actions are found by object name under the main window, on every page and tab as it is
built: `WRITING` lists those that write, `NOT_WRITING` those that only read, show or go
somewhere else (a test fails on a named action in neither list). They are held in one
disabled QActionGroup, which keeps each action's own enabled state (a screen enabling
Delete for a new selection) underneath: Qt ends up with the action enabled only when both
the group and the action are.
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMainWindow, QMenu, QStackedWidget, QTabWidget

from cdmo_desktop.gui.context import AppContext
from cdmo_desktop.gui.i18n import message, tr
from cdmo_desktop.gui.read_only_buttons import ReadOnlyButtons
from cdmo_desktop.gui.read_only_fields import ReadOnlyFields

WRITING: frozenset[str] = frozenset(
    {
        # the window
        "importAction",
        "undoAction",
        "redoAction",
        "encryptionAction",
        "syncSendAction",
        "syncReceiveAction",
        # Portfolio, Partners, Engagements, Clients, Reports
        "updateRagAction",
        "newPartnerAction",
        "archivePartnerAction",
        "restorePartnerAction",
        "savePartnerAction",
        "contactEraseAction",
        "agreementEraseAction",
        "siteImportHolidaysAction",
        "new_engagement_action",
        "edit_engagement_action",
        "archive_engagement_action",
        "newClientAction",
        "editClientAction",
        "archiveClientAction",
        "newReportAction",
        "newAgreementAction",
        # the engagement workspace and its tabs
        "save_action",
        "edit_details_action",
        "reassess_action",
        "delete_action",
        "deleteKpiAction",
        # Risks
        "newRiskAction",
        "saveRiskAction",
        # Schedule
        "schedule_add_task",
        "schedule_add_milestone",
        "schedule_add_gate",
        "schedule_delete_item",
        "schedule_dependencies",
        "schedule_set_baseline",
        "schedule_manage_baselines",
        "schedule_import_schedule",
        "schedule_import_holidays",
    }
)

NOT_WRITING: frozenset[str] = frozenset(
    {
        # database: another file or server, a copy elsewhere, the way back from damage
        "newDatabaseAction",
        "openDatabaseAction",
        "connectServerAction",
        "backupNowAction",
        "restoreBackupAction",
        "clearRecentAction",
        "recentEmptyAction",
        "preferencesAction",
        "quitAction",
        # reading, exporting, printing, finding, going places
        "exportAction",
        "export_action",
        "printAction",
        "searchEverythingAction",
        "searchEverythingFindAction",
        "syncConflictsAction",  # the dialog's own buttons refuse settling on read-only
        "backAction",
        "backToRegisterAction",
        "openEngagementAction",
        "openPartnerAction",
        "open_engagement_action",
        "openRowAction",
        "refreshPortfolioAction",
        "findPartnerAction",
        "findClientAction",
        "find_engagement_action",
        "dateFieldCalendarAction",
        "copyRowsAction",
        "exportRowsAction",
        "selectAllRowsAction",
        "resetColumnsAction",
        "showPortfolioAction",
        "showPartnersAction",
        "showEngagementsAction",
        "showClientsAction",
        "showRisksAction",
        "showScheduleAction",
        "showReportsAction",
        "showDataFolderAction",
        "openLogFolderAction",
        "aboutAction",
        "manualAction",
        "keyboardShortcutsAction",
        "schedule_zoom_in",
        "schedule_zoom_out",
        "schedule_scale_day",
        "schedule_scale_week",
        "schedule_scale_month",
        "schedule_scale_quarter",
        "schedule_fit_to_plan",
        "schedule_go_to_today",
        "schedule_collapse_all",
        "schedule_expand_all",
        "schedule_export_png",
        "schedule_export_pdf",
        "schedule_export_schedule",
        "schedule_export_calendar",
    }
)

_SAVED_TIPS = "readOnlySavedTips"  # (toolTip, statusTip) as they were, while greyed out
_WATCHED = "readOnlyWatched"  # a tab widget whose tabs are checked as they are built
_MENU_TIPS = "readOnlyMenuTips"  # a menu showing tooltips for the while


def _derived_tip(action: QAction) -> str:
    """The tooltip Qt makes from the action's text ("&Undo" -> "Undo")."""
    text = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text.replace("...", "").replace("…", "").strip()


class ReadOnlyActions(QActionGroup):
    """The write actions of one main window, disabled together while its database is
    read-only. `update()` runs when another database is shown (or the one shown turns
    read-only); the pages and tabs built later are gathered as they show."""

    def __init__(self, window: QMainWindow, ctx: AppContext, stack: QStackedWidget) -> None:
        super().__init__(window)
        self.setObjectName("readOnlyActions")
        self.setExclusionPolicy(QActionGroup.ExclusionPolicy.None_)
        self.window = window
        self.ctx = ctx
        self.reason = ""
        self.buttons = ReadOnlyButtons(stack)  # the screens' own write buttons
        self.fields = ReadOnlyFields(stack)  # the fields of their forms
        ctx.store_ready.connect(self.update)
        stack.currentChanged.connect(self.update)
        stack.setProperty(_WATCHED, True)

    @property
    def read_only(self) -> bool:
        return bool(self.reason)

    def update(self) -> None:
        """Gather the write actions now under the window and grey them out (or give them
        back) as the database shown is read-only (or not)."""
        store = self.ctx.store if self.ctx.has_store else None
        reason = message(store.read_only_reason) if store and store.read_only else ""
        if not reason and not self.read_only:
            return  # writable, as it was: nothing to gather or give back
        self.reason = reason
        for action in self.window.findChildren(QAction):
            if action.objectName() in WRITING and action.actionGroup() is None:
                self.addAction(action)
        self.setEnabled(not self.read_only)
        tip = tr("Not while this database is read-only: {reason}.").format(reason=self.reason)
        for action in self.actions():
            self._explain(action, tip if self.read_only else None)
        self.buttons.update(tip if self.read_only else None)
        self.fields.update(self.read_only)
        self._menu_tips()
        self._watch_tabs()

    def _explain(self, action: QAction, tip: str | None) -> None:
        saved = action.property(_SAVED_TIPS)
        if tip is not None:
            if saved is None:
                own = action.toolTip()
                action.setProperty(
                    _SAVED_TIPS, ["" if own == _derived_tip(action) else own, action.statusTip()]
                )
            action.setToolTip(tip)
            action.setStatusTip(tip)
        elif saved is not None:
            action.setToolTip(str(saved[0]))
            action.setStatusTip(str(saved[1]))
            action.setProperty(_SAVED_TIPS, None)

    def _menu_tips(self) -> None:
        """Menus show tooltips while read-only (the why of a greyed-out entry); a menu
        that shows them anyway keeps doing so."""
        for menu in self.window.menuBar().findChildren(QMenu):
            if self.read_only and not menu.toolTipsVisible():
                menu.setToolTipsVisible(True)
                menu.setProperty(_MENU_TIPS, True)
            elif not self.read_only and menu.property(_MENU_TIPS):
                menu.setToolTipsVisible(False)
                menu.setProperty(_MENU_TIPS, None)

    def _watch_tabs(self) -> None:
        """Tabs and stacked pages are built on first show (the workspace's Risks, Schedule,
        KPIs; the risk form): gather their actions and hold their fields then."""
        found: list[QTabWidget | QStackedWidget] = [*self.window.findChildren(QTabWidget)]
        found += self.window.findChildren(QStackedWidget)
        for pages in found:  # not a tab widget's own stack: its tabs are watched
            if not pages.property(_WATCHED) and not pages.objectName().startswith("qt_"):
                pages.setProperty(_WATCHED, True)
                pages.currentChanged.connect(self.update)
