"""What a screen reader says for the window's widgets that carry no words of their own.

Qt names most widgets by itself: a button by its text, a check box by its label, a field by
the label whose buddy it is (`QLabel.setBuddy`, which Designer forms set). What is left -
tables, search boxes, scroll areas, icon-only buttons, custom-painted widgets - is named
here, once, from `NAMES`: a widget's objectName (DESIGN.md: every interactive widget has
one) or "<ancestor objectName>/<objectName>" where the same objectName means different
things in different places. A widget that already has an accessible name keeps it.

`install_all(root)` runs where the main window shows a page and where a remembered-geometry
dialog is shown (beside table_copy.install_all); parts built later - a workspace tab built
when first opened, a form page swapped in - are named when their tab or stacked page
becomes current. Names are translated when they are set, through `tr()`. The same walk
lets Tab leave read-only tables and text boxes, and Ctrl+Tab leave editable grids
(`leave_by_tab`): without it Tab steps through every cell of a table before the next
control, and types a tab into a notes box, where the keyboard then stays.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QPlainTextEdit,
    QStackedWidget,
    QTabWidget,
    QTextEdit,
    QToolButton,
    QWidget,
)

from cdmo_desktop.gui.i18n import QT_TR_NOOP, tr

FOLLOWED = "accessibilityFollowed"  # dynamic property: a container whose pages are named
GRID_EXIT = "accessibilityGridExit"  # dynamic property: Ctrl+Tab leaves this grid

# objectName (or "ancestor/objectName") -> (name, description); "" for no description.
NAMES: dict[str, tuple[str, str]] = {
    # main window
    "navigationList": (
        QT_TR_NOOP("Screens"),
        QT_TR_NOOP("Choose the screen to show; the View menu gives each screen's shortcut"),
    ),
    # Portfolio
    "portfolioTable": (
        QT_TR_NOOP("Portfolio"),
        QT_TR_NOOP("Every running engagement with its status; Enter opens one"),
    ),
    "agendaTable": (QT_TR_NOOP("Agenda"), QT_TR_NOOP("What needs attention today")),
    # Partners
    "partnerSearchEdit": (QT_TR_NOOP("Search partners"), ""),
    "partnersTable": (QT_TR_NOOP("Partners"), QT_TR_NOOP("Enter opens the partner's profile")),
    "overviewScroll": (QT_TR_NOOP("Partner overview"), ""),
    "profileScroll": (QT_TR_NOOP("Partner profile"), ""),
    "sitesScroll": (QT_TR_NOOP("Sites and contacts"), ""),
    "qualityScroll": (QT_TR_NOOP("Quality"), ""),
    "scorecardTable": (QT_TR_NOOP("Scorecard"), ""),
    # Clients
    "clientSearchEdit": (QT_TR_NOOP("Search clients"), ""),
    "clientsTable": (QT_TR_NOOP("Clients"), ""),
    "clientCardArea": (QT_TR_NOOP("Client details"), ""),
    # Engagements
    "engagements_view/searchEdit": (QT_TR_NOOP("Search engagements"), ""),
    "engagementsTable": (
        QT_TR_NOOP("Engagements"),
        QT_TR_NOOP("Enter opens the engagement's workspace"),
    ),
    # Risks
    "riskSearchEdit": (QT_TR_NOOP("Search risks"), ""),
    "riskTable": (QT_TR_NOOP("Risk register"), QT_TR_NOOP("Enter opens the risk")),
    "riskForm/bodyScroll": (QT_TR_NOOP("Risk details"), ""),
    # Schedule
    "schedule_table": (
        QT_TR_NOOP("Tasks and milestones"),
        QT_TR_NOOP("The plan row by row; each row's description gives the dates of its bar"),
    ),
    "gantt_view": (QT_TR_NOOP("Gantt chart"), ""),  # described by schedule_reader
    "baselineList": (QT_TR_NOOP("Baselines"), ""),
    # Reports
    "reportTable": (QT_TR_NOOP("Status reports"), ""),
    "agreementTable": (QT_TR_NOOP("Agreements"), ""),
    "clauseList": (QT_TR_NOOP("Clauses"), ""),
    "periodStartEdit": (QT_TR_NOOP("Period start"), ""),
    "periodEndEdit": (QT_TR_NOOP("Period end"), ""),
    # dialogs
    "budgetCurrencyEdit": (QT_TR_NOOP("Budget currency"), QT_TR_NOOP("ISO 4217 code, e.g. USD")),
    "importPath": (QT_TR_NOOP("File to import"), ""),
    "backupTree": (QT_TR_NOOP("Backups"), QT_TR_NOOP("The backups of this database, newest first")),
    "passphraseEdit": (QT_TR_NOOP("Passphrase"), ""),
    "confirmEdit": (QT_TR_NOOP("Passphrase again"), ""),
    # Engagement workspace
    "charter_tab/scrollArea": (QT_TR_NOOP("Kickoff charter"), ""),
    "metricsTable": (QT_TR_NOOP("Success metrics"), ""),
    "escalationTable": (QT_TR_NOOP("Escalation path"), ""),
    "raci_grid": (
        QT_TR_NOOP("RACI grid"),
        QT_TR_NOOP(
            "Workstreams by team member; type R, A, C or I in a cell, Delete clears it. "
            "Each workstream needs exactly one A and at least one R"
        ),
    ),
    "raci_violations_list": (QT_TR_NOOP("RACI problems"), ""),
    "team_member_table": (QT_TR_NOOP("Team members"), ""),
    "channel_table": (QT_TR_NOOP("Communication channels"), ""),
    "shared_item_table": (QT_TR_NOOP("Information shared"), ""),
    "agreementRefEdit": (
        QT_TR_NOOP("Agreement reference"),
        QT_TR_NOOP("A reference in words when the agreement is not in the list"),
    ),
    "decision_table": (QT_TR_NOOP("Decisions"), ""),
    "action_item_table": (QT_TR_NOOP("Action items"), ""),
    "milestone_table": (QT_TR_NOOP("Milestones"), ""),
    "kpiTable": (QT_TR_NOOP("KPIs"), ""),
    "kpiGrid": (
        QT_TR_NOOP("KPI measurements"),
        QT_TR_NOOP("One row per KPI, one column per period; type a value to record it"),
    ),
    "form_scroll": (QT_TR_NOOP("Record details"), ""),
}

CORNER_BUTTON = "qt_tableview_cornerbutton"


_NAMED = frozenset(key.rsplit("/", 1)[-1] for key in NAMES)  # objectNames NAMES knows


def _lookup(widget: QWidget, name: str) -> tuple[str, str] | None:
    parent = widget.parentWidget()
    while parent is not None:
        found = NAMES.get(f"{parent.objectName()}/{name}")
        if found is not None:
            return found
        parent = parent.parentWidget()
    return NAMES.get(name)


def name_widget(widget: QWidget) -> None:
    """Give `widget` its accessible name (and description) unless it has one."""
    name = widget.objectName()
    if name in _NAMED:
        found = _lookup(widget, name)
        if found is not None and not widget.accessibleName():
            widget.setAccessibleName(tr(found[0]))
            if found[1] and not widget.accessibleDescription():
                widget.setAccessibleDescription(tr(found[1]))
    elif widget.accessibleName():
        return
    elif name == CORNER_BUTTON:
        widget.setAccessibleName(tr("Select all rows"))
    elif isinstance(widget, QToolButton) and not widget.text() and _in_date_field(widget):
        widget.setAccessibleName(tr("Calendar"))
        widget.setAccessibleDescription(tr("Pick the date from a calendar (Alt+Down)"))


def _in_date_field(button: QToolButton) -> bool:
    from cdmo_desktop.gui.widgets.fields import DateField

    return isinstance(button.parentWidget(), DateField)


def leave_by_tab(widget: QWidget) -> None:
    """Tab leaves a read-only table (arrow keys move inside it) instead of stepping through
    every cell first, and leaves a text box instead of typing a tab; an editable grid keeps
    Tab from cell to cell, as a spreadsheet, and Ctrl+Tab (Ctrl+Shift+Tab) moves on."""
    if isinstance(widget, QPlainTextEdit | QTextEdit) and not widget.isReadOnly():
        widget.setTabChangesFocus(True)
    if not isinstance(widget, QAbstractItemView):
        return
    if widget.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers:
        widget.setTabKeyNavigation(False)
    elif widget.tabKeyNavigation() and not widget.property(GRID_EXIT):
        widget.setProperty(GRID_EXIT, True)
        widget.installEventFilter(_the_grid_exit())


def next_control(widget: QWidget, forward: bool = True) -> QWidget | None:
    """The control Tab (Shift+Tab) would reach after `widget` and its parts, if any."""
    step = QWidget.nextInFocusChain if forward else QWidget.previousInFocusChain
    candidate = step(widget)
    while candidate is not None and candidate is not widget:
        if (
            candidate.window() is widget.window()
            and not widget.isAncestorOf(candidate)
            and candidate.isVisible()
            and candidate.isEnabled()
            and candidate.focusPolicy() & Qt.FocusPolicy.TabFocus
            and candidate.focusProxy() is None
        ):
            return candidate
        candidate = step(candidate)
    return None


class _GridExit(QObject):
    """Ctrl+Tab / Ctrl+Shift+Tab on an editable grid (not while a cell is edited) move the
    focus to the next / previous control, the way out of a grid whose Tab moves by cell."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        if not isinstance(event, QKeyEvent) or not isinstance(watched, QAbstractItemView):
            return False
        control = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if not control or event.key() not in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            return False
        if watched.state() == QAbstractItemView.State.EditingState:
            return False
        if kind == QEvent.Type.ShortcutOverride:
            event.accept()  # the key goes to the grid, not to a tab widget's shortcut
            return False
        forward = event.key() == Qt.Key.Key_Tab and not (
            event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        )
        target = next_control(watched, forward)
        if target is None:
            return False
        reason = Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason
        target.setFocus(reason)
        return True


_grid_exit: _GridExit | None = None


def _the_grid_exit() -> _GridExit:
    global _grid_exit
    if _grid_exit is None:
        _grid_exit = _GridExit(QCoreApplication.instance())
    return _grid_exit


def install_all(root: QWidget) -> None:
    """Name every widget under `root` (and root) that `NAMES` or a rule knows; name the
    pages of its tabs and stacks again when they become current (built late)."""
    for widget in [root, *root.findChildren(QWidget)]:
        name_widget(widget)
        leave_by_tab(widget)
        if isinstance(widget, QTabWidget | QStackedWidget) and not widget.property(FOLLOWED):
            widget.setProperty(FOLLOWED, True)
            widget.currentChanged.connect(lambda _i, w=widget: _name_current(w))


def _name_current(container: QTabWidget | QStackedWidget) -> None:
    page = container.currentWidget()
    if page is not None:
        install_all(page)
