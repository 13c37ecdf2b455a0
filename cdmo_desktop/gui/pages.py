"""The main window's pages: the screens (imported on first visit, listed in the
navigation sidebar) and detail pages (partner profile, engagement workspace), with a page
that says why when one cannot be built.

Only the page on show works: each screen is given a `ScreenContext`, the app's context
whose change notices (`changed`) the page stack holds back while the screen is hidden. A
hidden screen is stale; shown again, it gets what it missed as one notice (one refresh).
Before the store is open a screen other than the Portfolio shows a `PendingScreen`,
which the real screen replaces once the store is ready.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from cdmo_desktop.domain.messages import Message
from cdmo_desktop.gui import theme
from cdmo_desktop.gui.context import AppContext
from cdmo_desktop.gui.i18n import QT_TR_NOOP, tr
from cdmo_desktop.gui.icons import icon
from cdmo_desktop.gui.widgets.fitting import FittingScrollArea
from cdmo_desktop.store import safe_log

if TYPE_CHECKING:
    from cdmo_desktop.store import Store
    from cdmo_desktop.store.changesets import ChangeSet, RowState

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Screen:
    key: str
    title: str
    module: str  # dotted path of the module
    class_name: str
    icon: str
    tip: str
    number: int = 0  # Ctrl+<number> shows it (0: no shortcut); numbers stay as screens come


SCREENS: tuple[Screen, ...] = (
    Screen(
        "portfolio",
        QT_TR_NOOP("Portfolio"),
        "cdmo_desktop.gui.portfolio.portfolio",
        "PortfolioView",
        "portfolio",
        QT_TR_NOOP("Every running engagement and what needs attention today"),
        1,
    ),
    Screen(
        "partners",
        QT_TR_NOOP("Partners"),
        "cdmo_desktop.gui.partners.partners",
        "PartnersView",
        "partners",
        QT_TR_NOOP("CROs, CDMOs, CMOs and labs: profiles, sites, contacts, audits"),
        2,
    ),
    Screen(
        "clients",
        QT_TR_NOOP("Clients"),
        "cdmo_desktop.gui.engagements.clients",
        "ClientsView",
        "clients",
        QT_TR_NOOP("The sponsors you work for, with their contacts and engagements"),
        7,
    ),
    Screen(
        "engagements",
        QT_TR_NOOP("Engagements"),
        "cdmo_desktop.gui.engagements.engagements",
        "EngagementsView",
        "engagements",
        QT_TR_NOOP("Engagements with their charters, teams and decisions"),
        3,
    ),
    Screen(
        "risks",
        QT_TR_NOOP("Risks"),
        "cdmo_desktop.gui.risks.risks",
        "RisksView",
        "risks",
        QT_TR_NOOP("The risk log across the portfolio, with the heat map"),
        4,
    ),
    Screen(
        "schedule",
        QT_TR_NOOP("Schedule"),
        "cdmo_desktop.gui.schedule.schedule",
        "ScheduleView",
        "schedule",
        QT_TR_NOOP("Milestones, decision gates and dependencies"),
        5,
    ),
    Screen(
        "reports",
        QT_TR_NOOP("Reports"),
        "cdmo_desktop.gui.reports.reports",
        "ReportsView",
        "reports",
        QT_TR_NOOP("Status reports and agreements as PDF"),
        6,
    ),
)
SCREEN_BY_KEY = {s.key: s for s in SCREENS}


def navigation_list() -> QListWidget:
    """The sidebar: one item per screen, the screen's key as the item's data."""
    sidebar = QListWidget()
    sidebar.setObjectName("navigationList")
    sidebar.setFrameShape(QFrame.Shape.NoFrame)
    sidebar.setFixedWidth(176)
    sidebar.setSpacing(2)
    sidebar.setStyleSheet(
        "#navigationList { background: palette(window); border-right: 1px solid palette(mid);"
        " padding-top: 8px; font-size: 11pt; outline: 0; }"
        "#navigationList::item { padding: 7px 8px; }"
    )
    for screen in SCREENS:
        item = QListWidgetItem(icon(screen.icon), tr(screen.title))
        item.setToolTip(tr(screen.tip))
        item.setData(Qt.ItemDataRole.UserRole, screen.key)
        sidebar.addItem(item)
    return sidebar


@dataclass(frozen=True)
class Detail:
    """A kind of detail page: the record's noun and table, its view (taking
    `(ctx, id or None)`) and the view's signal that carries the record's saved name when
    it changes."""

    noun: str
    new_title: str  # "New partner": its own template (German nouns have genders)
    table: str
    module: str  # dotted path of the module
    class_name: str
    title_signal: str

    def title(self, name: str, *, new: bool = False) -> str:
        if name:
            return tr("{noun}: {name}").format(noun=tr(self.noun), name=name)
        return tr(self.new_title) if new else tr(self.noun)


DETAILS = {
    "partner": Detail(
        QT_TR_NOOP("Partner"),
        QT_TR_NOOP("New partner"),
        "partner",
        "cdmo_desktop.gui.partners.partner_profile",
        "PartnerProfileView",
        "title_changed",
    ),
    "engagement": Detail(
        QT_TR_NOOP("Engagement"),
        QT_TR_NOOP("New engagement"),
        "engagement",
        "cdmo_desktop.gui.engagements.workspace",
        "EngagementWorkspace",
        "windowTitleChanged",
    ),
}


def record_name(ctx: AppContext, detail: Detail, row_id: str) -> str:
    """The saved name of a detail page's record; empty when it cannot be read."""
    from cdmo_desktop.store.names import name_of

    try:
        return name_of(ctx.store, detail.table, row_id)
    except Exception:
        log.exception("reading the name of a %s", detail.table)
        return ""


class FailedPage(QWidget):
    """Stands in for a page that could not be built, saying why (the traceback is in the
    log file)."""

    def __init__(self, title: str, message: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("failedPage")
        layout = QVBoxLayout(self)
        text = f"<h2>{escape(title)}</h2><p>{escape(message)}</p>"  # both come translated
        label = QLabel(text)
        label.setObjectName("failedPageLabel")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(label)


def load_class(module: str, class_name: str) -> type[QWidget]:
    """`<module>.<class_name>`, imported on first use."""
    cls = getattr(importlib.import_module(module), class_name)
    if not (isinstance(cls, type) and issubclass(cls, QWidget)):
        raise TypeError(f"{module}.{class_name} is not a widget class")
    return cls


def build_page(
    title: str, module: str, class_name: str, make: Callable[[type], QWidget]
) -> QWidget:
    """`make(cls)` for the view class, or a page saying why it could not be built."""
    try:
        return make(load_class(module, class_name))
    except Exception as exc:
        log.exception("could not build the %s page", title)
        return FailedPage(
            tr(title),
            tr("{page} could not be opened: {reason}. The details are in the log file.").format(
                page=tr(title), reason=safe_log.shown_text(exc).rstrip(".")
            ),
        )


class ScreenContext(AppContext):
    """The context one screen is given: the app's context (`app`: the same store, settings
    and undo stack, and its signals passed on both ways), except that change notices
    reach the screen only while it is `active` (on show). Notices that arrive while it is
    hidden are kept and handed over as one when it becomes active again."""

    def __init__(self, app: AppContext, parent: QObject | None = None) -> None:
        super().__init__(None, app.settings, app.undo_stack, parent, path=app.database_path)
        self.app = app
        self.active = True
        self._missed: list[tuple[ChangeSet, object]] = []
        app.changed.connect(self._on_app_changed)
        for name in ("refused", "saved", "store_ready", "day_changed"):
            getattr(app, name).connect(getattr(self, name))
        self.open_partner_requested.connect(app.open_partner_requested)
        self.open_engagement_requested.connect(app.open_engagement_requested)
        self.open_engagement_tab_requested.connect(app.open_engagement_tab_requested)

    @property
    def store(self) -> Store:
        return self.app.store

    @store.setter
    def store(self, store: Store) -> None:
        self.app.store = store

    @property
    def has_store(self) -> bool:
        return self.app.has_store

    def attach_store(self, store: Store) -> None:
        self.app.attach_store(store)

    def announce(self, changeset: ChangeSet, initiator: object = None) -> None:
        self.app.announce(changeset, initiator)

    @property
    def stale(self) -> bool:
        """Something was written while the screen was hidden."""
        return bool(self._missed)

    def set_active(self, active: bool) -> None:
        """Shown (True) or hidden (False); on show, what was missed arrives as one notice."""
        self.active = active
        if active and self._missed:
            missed, self._missed = self._missed, []
            self.changed.emit(*merged(missed))

    def _on_app_changed(self, changeset: ChangeSet, initiator: object) -> None:
        if self.active:
            self.changed.emit(changeset, initiator)
        else:
            self._missed.append((changeset, initiator))


def merged(notices: list[tuple[ChangeSet, object]]) -> tuple[ChangeSet, object]:
    """Several change notices as one, as if one write had made them all: each row touched
    once, from its state before the first write to its state after the last; every
    table; the initiator when they all had the same one."""
    if len(notices) == 1:
        return notices[0]
    changesets = [cs for cs, _ in notices]
    before: dict[tuple[str, str], RowState] = {}
    after: dict[tuple[str, str], RowState] = {}
    for cs in changesets:
        for old in cs.before:
            before.setdefault((old.table, old.id), old)
        for new in cs.after:
            after[(new.table, new.id)] = new
    initiators = {id(who): who for _, who in notices}
    combined = replace(
        changesets[-1],
        label=_joined_labels([cs.label for cs in changesets]),
        before=tuple(before[key] for key in after),
        after=tuple(after.values()),
        tables=frozenset().union(*(cs.tables for cs in changesets)),
    )
    return combined, (next(iter(initiators.values())) if len(initiators) == 1 else None)


def _joined_labels(labels: list[str]) -> str:
    """The labels joined by "; ", each still translatable (a Message of Messages)."""
    unique = list(dict.fromkeys(labels))
    if len(unique) == 1:
        return unique[0]
    names = {f"i{n}": label for n, label in enumerate(unique)}
    return Message("; ".join("{" + name + "}" for name in names), **names)


def build_screen(screen: Screen, ctx: AppContext, **options: object) -> QWidget:
    """The screen, given a ScreenContext of its own (see PageStack) and `options` (what
    its placeholder already read, say)."""
    screen_ctx = ScreenContext(ctx)
    page = build_page(
        screen.title, screen.module, screen.class_name, lambda cls: cls(screen_ctx, **options)
    )
    screen_ctx.setParent(page)
    page.setProperty("screen_key", screen.key)
    return page


class PendingScreen(QWidget):
    """Stands in for a screen while the store opens (a light page: the window answers
    at once); the main window puts the real screen in its place when the store is ready."""

    def __init__(self, screen: Screen, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pendingScreen")
        self.setProperty("screen_key", screen.key)
        self.setProperty("pending", True)
        layout = QVBoxLayout(self)
        label = QLabel(
            "<h2>{}</h2><p>{}</p>".format(
                escape(tr(screen.title)), escape(tr("Opening the database…"))
            )
        )
        label.setObjectName("pendingScreenLabel")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        theme.set_tone(label, "muted")
        layout.addWidget(label)


def page_actions(page: QWidget) -> list[QAction]:
    """The actions a screen offers for the window's menu (its own `actions()` override only)."""
    if type(page).actions is QWidget.actions:
        return []
    try:
        return [a for a in page.actions() if isinstance(a, QAction)]
    except Exception:
        log.exception("actions() of %s failed", type(page).__name__)
        return []


def page_allows_close(page: QWidget) -> bool:
    """Ask the page (through its closeEvent, where an unsaved-changes prompt lives) whether
    it may go away, without hiding it."""
    event = QCloseEvent()
    QApplication.sendEvent(page, event)
    return event.isAccepted()


class PageStack(QStackedWidget):
    """A stacked widget whose pages each sit in a scroll area.

    A plain QStackedWidget is as wide as its widest page, hidden ones included, so one wide
    screen would force the whole window wider than a laptop screen for good. Here a page
    that needs more room than the window has scrolls instead. A page gets the window's
    height or its minimum height for its width, whichever is more (FittingScrollArea), so
    word-wrapped text on a page does not make it scroll on a short screen. The methods
    below take and return the pages themselves; the scroll areas stay an implementation
    detail.

    Only the current page works: a page with a ScreenContext (see `build_screen`) gets
    change notices while it is current; a hidden one keeps them until it is shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._areas: dict[int, QScrollArea] = {}
        self.currentChanged.connect(self._on_current_changed)

    def addWidget(self, page: QWidget) -> int:
        # The area goes into the stack empty and takes the page there: each move of a
        # built page to another parent restyles every widget in it (the app's style sheet),
        # so the page moves once, not twice. The first page becomes current with it: that
        # is announced once the page is in place.
        area = FittingScrollArea()
        area.setObjectName("pageScrollArea")
        area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._areas[id(page)] = area
        first = self.count() == 0
        was_blocked = self.blockSignals(first or self.signalsBlocked())
        try:
            index = super().addWidget(area)
        finally:
            self.blockSignals(was_blocked)
        area.setWidget(page)
        if first and not was_blocked:
            self.currentChanged.emit(index)
        context = screen_context(page)
        if context is not None:
            context.set_active(index == self.currentIndex())
        return index

    def _on_current_changed(self, index: int) -> None:
        """The page on show gets change notices (first what it missed while hidden); the
        others keep theirs."""
        current = self.widget(index)
        for i in range(self.count()):
            page = self.widget(i)
            context = screen_context(page) if page is not current else None
            if context is not None:
                context.set_active(False)
        context = screen_context(current)
        if context is not None:
            context.set_active(True)

    def removeWidget(self, page: QWidget) -> None:
        area = self._areas.pop(id(page), None)
        if area is None:
            return
        super().removeWidget(area)
        area.deleteLater()  # and the page with it

    def widget(self, index: int) -> QWidget | None:
        area = super().widget(index)
        return area.widget() if isinstance(area, QScrollArea) else None

    def currentWidget(self) -> QWidget | None:
        return self.widget(self.currentIndex())

    def setCurrentWidget(self, page: QWidget) -> None:
        area = self._areas.get(id(page))
        if area is not None:
            super().setCurrentWidget(area)

    def indexOf(self, page: QWidget) -> int:
        area = self._areas.get(id(page))
        return super().indexOf(area) if area is not None else -1


def screen_context(page: QWidget | None) -> ScreenContext | None:
    """The ScreenContext `build_screen` gave `page` (None for other pages)."""
    if page is None:
        return None
    return page.findChild(ScreenContext, options=Qt.FindChildOption.FindDirectChildrenOnly)
