"""The main window: navigation sidebar, the page stack, menus and the status bar.

Screens are imported on their first visit (the window paints before the heavier screens'
imports run). Partner profiles and engagement workspaces open as pages of the same stack,
with a Back button (Alt+Left) to return; the most recent few are kept.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from functools import partial

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDesktopServices,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cdmo_desktop.domain import clock
from cdmo_desktop.gui import accessibility, desktop, integrity_watch, pages, theme, window_state
from cdmo_desktop.gui import settings as keys
from cdmo_desktop.gui.audit_check import AuditWatch
from cdmo_desktop.gui.clock import DayWatcher
from cdmo_desktop.gui.context import AppContext
from cdmo_desktop.gui.database_actions import DatabaseActions
from cdmo_desktop.gui.format import time_text
from cdmo_desktop.gui.help_menu import install_help_menu
from cdmo_desktop.gui.i18n import message, tr
from cdmo_desktop.gui.icons import icon
from cdmo_desktop.gui.live_updates import LivePoller
from cdmo_desktop.gui.pages import SCREEN_BY_KEY, SCREENS, Screen
from cdmo_desktop.gui.quit_signals import save_unsaved
from cdmo_desktop.gui.read_only_actions import ReadOnlyActions
from cdmo_desktop.gui.reports.print_action import install_print_action
from cdmo_desktop.gui.search import install_search
from cdmo_desktop.gui.sync import install_sync_menu
from cdmo_desktop.gui.widgets import table_habits
from cdmo_desktop.gui.window_state import start_screen
from cdmo_desktop.gui.workers import Job

log = logging.getLogger(__name__)
MAX_DETAIL_PAGES = 8
PREVIEW_SCREEN = "portfolio"  # the one screen that shows before the store is open


def standard_shortcut(action: QAction, key: QKeySequence.StandardKey, fallback: str) -> None:
    """The platform's standard shortcut, or `fallback` where the platform has none."""
    sequences = QKeySequence.keyBindings(key)
    action.setShortcuts(sequences if sequences else [QKeySequence(fallback)])


class MainWindow(QMainWindow):
    def __init__(
        self, ctx: AppContext, *, remember_database: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.ctx = ctx
        self.remember_database = remember_database
        self._unattended = False
        self.screen_pages: dict[str, QWidget] = {}
        self.detail_pages: OrderedDict[tuple[str, str], QWidget] = OrderedDict()
        self._titles: dict[int, str] = {}
        self._history: list[QWidget] = []
        self._build_central()
        self.database = DatabaseActions(self)
        self._build_menus()
        self._build_status_bar()
        self.read_only_actions = ReadOnlyActions(self, ctx, self.stack)
        ctx.saved.connect(self._on_ctx_saved)
        ctx.refused.connect(self._on_ctx_refused)
        ctx.open_partner_requested.connect(self.open_partner)
        ctx.open_engagement_requested.connect(self.open_engagement)
        ctx.open_engagement_tab_requested.connect(self.open_engagement_tab)
        self.day_watcher = DayWatcher(self)
        self.day_watcher.day_changed.connect(ctx.day_changed)
        self.audit_watch = AuditWatch(self, ctx.settings)
        # Other users' changes on a team server (started by database_changed on a server).
        self.live = LivePoller(ctx, parent=self)
        self.local_copy_job: Job | None = None
        self.live.updated.connect(self._on_live_updated)
        self.live.unreachable.connect(self._on_live_unreachable)
        self.live.reachable.connect(self._on_live_reachable)
        desktop.install(self.database)  # second launches, Open Recent, file drops, log folder
        self.restore_window_state()
        self.database_changed()
        if not ctx.has_store:
            # Painted before the store is open: the Portfolio shows (read straight from
            # the file), any other screen a placeholder until `store_ready`; menus and the
            # sidebar answer meanwhile, the database actions wait for the store.
            self._enable_store_controls(False)
            ctx.store_ready.connect(self._on_ctx_store_ready)
        self.show_screen(start_screen(ctx.settings))

    # --- layout -------------------------------------------------------------------------
    def _build_central(self) -> None:
        central = QWidget()
        central.setObjectName("central")
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        self.sidebar = pages.navigation_list()
        self.sidebar.currentRowChanged.connect(self._on_sidebar_current_row_changed)
        self.sidebar.itemClicked.connect(self._on_sidebar_item_clicked)
        row.addWidget(self.sidebar)
        accessibility.name_widget(self.sidebar)

        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(0)
        self.read_only_banner = QLabel()
        self.read_only_banner.setObjectName("readOnlyBanner")
        self.read_only_banner.setWordWrap(True)
        theme.set_tone(self.read_only_banner, "banner")
        self.read_only_banner.hide()
        right.addWidget(self.read_only_banner)
        self.page_header = QWidget()
        self.page_header.setObjectName("pageHeader")
        head = QHBoxLayout(self.page_header)
        head.setContentsMargins(8, 6, 8, 2)
        self.back_button = QToolButton()
        self.back_button.setObjectName("backButton")
        self.back_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.back_button.setAutoRaise(True)
        self.page_title = QLabel()
        self.page_title.setObjectName("pageTitle")
        theme.set_tone(self.page_title, "muted")
        head.addWidget(self.back_button)
        head.addWidget(self.page_title, 1)
        right.addWidget(self.page_header)
        self.stack = pages.PageStack()
        self.stack.setObjectName("pageStack")
        self.stack.currentChanged.connect(self._on_stack_current_changed)
        right.addWidget(self.stack, 1)
        row.addLayout(right, 1)
        self.setCentralWidget(central)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(tr("&File"))
        file_menu.setObjectName("fileMenu")
        self.database.add_to_menu(file_menu)
        file_menu.addSeparator()
        self.import_action = QAction(tr("&Import from a spreadsheet…"), self)
        self.import_action.setObjectName("importAction")
        self.import_action.setStatusTip(
            tr("Import partners, contacts, risks or actions from CSV or XLSX")
        )
        self.import_action.triggered.connect(self.open_import_wizard)
        file_menu.addAction(self.import_action)
        self.export_action = QAction(tr("&Export to a spreadsheet…"), self)
        self.export_action.setObjectName("exportAction")
        self.export_action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.export_action.triggered.connect(self._on_export_action_triggered)
        file_menu.addAction(self.export_action)
        file_menu.addSeparator()
        self.quit_action = QAction(tr("&Quit"), self)
        self.quit_action.setObjectName("quitAction")
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        standard_shortcut(self.quit_action, QKeySequence.StandardKey.Quit, "Ctrl+Q")
        self.quit_action.triggered.connect(self.close)
        file_menu.addAction(self.quit_action)
        install_print_action(self, file_menu, before=self.quit_action)

        edit_menu = bar.addMenu(tr("&Edit"))
        edit_menu.setObjectName("editMenu")
        self.undo_action = self.ctx.undo_stack.createUndoAction(self, tr("&Undo"))
        self.undo_action.setObjectName("undoAction")
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.ctx.undo_stack.createRedoAction(self, tr("&Redo"))
        self.redo_action.setObjectName("redoAction")
        self.redo_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Redo))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.database.preferences_action)

        # The current page's own actions (`actions()`), titled after the page.
        self.page_menu = bar.addMenu(tr("&Screen"))
        self.page_menu.setObjectName("pageMenu")

        view_menu = bar.addMenu(tr("&View"))
        view_menu.setObjectName("viewMenu")
        self.screen_actions: dict[str, QAction] = {}
        group = QActionGroup(self)
        for screen in SCREENS:
            action = QAction(icon(screen.icon), tr(screen.title), self)
            action.setObjectName(f"show{screen.title}Action")
            action.setCheckable(True)
            if screen.number:
                action.setShortcut(QKeySequence(f"Ctrl+{screen.number}"))
            action.setStatusTip(tr(screen.tip))
            action.triggered.connect(lambda _=False, key=screen.key: self.show_screen(key))
            group.addAction(action)
            view_menu.addAction(action)
            self.screen_actions[screen.key] = action
        view_menu.addSeparator()
        self.back_action = QAction(icon("back"), tr("&Back"), self)
        self.back_action.setObjectName("backAction")
        standard_shortcut(self.back_action, QKeySequence.StandardKey.Back, "Alt+Left")
        self.back_action.triggered.connect(self.go_back)
        view_menu.addAction(self.back_action)
        self.back_button.setDefaultAction(self.back_action)

        self.sync_menu = install_sync_menu(self)

        help_menu = bar.addMenu(tr("&Help"))
        help_menu.setObjectName("helpMenu")
        self.data_folder_action = QAction(tr("Show &data folder"), self)
        self.data_folder_action.setObjectName("showDataFolderAction")
        self.data_folder_action.triggered.connect(self._on_data_folder_action_triggered)
        help_menu.addAction(self.data_folder_action)
        help_menu.addAction(self.database.about_action)
        self.help = install_help_menu(self, help_menu)  # F1 manual, keyboard shortcuts
        self.search = install_search(self)  # Ctrl+K: search everything

    def _build_status_bar(self) -> None:
        self.db_label = QLabel()
        self.db_label.setObjectName("databaseLabel")
        self.db_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.saved_label = QLabel()
        self.saved_label.setObjectName("savedLabel")
        self.backup_warning_label = QLabel()  # the daily backup skipped (a full disk, say)
        self.backup_warning_label.setObjectName("backupWarningLabel")
        theme.set_tone(self.backup_warning_label, "error")
        self.backup_warning_label.hide()
        self.server_label = QLabel()  # the team server stopped answering (live updates)
        self.server_label.setObjectName("serverStatusLabel")
        theme.set_tone(self.server_label, "error")
        self.server_label.hide()
        self.statusBar().addWidget(self.db_label, 1)
        self.statusBar().addWidget(self.backup_warning_label, 2)
        self.statusBar().addWidget(self.server_label, 2)
        self.statusBar().addPermanentWidget(self.saved_label)

    # --- pages --------------------------------------------------------------------------
    def show_screen(self, key: str, **options: object) -> QWidget:
        """Show one of the six screens, building it (with `options`) on its first visit."""
        screen = SCREEN_BY_KEY[key]
        page = self.screen_pages.get(key)
        if page is None:
            if self.ctx.has_store or key == PREVIEW_SCREEN:
                page = pages.build_screen(screen, self.ctx, **options)
            else:
                page = self._pending_screen(screen)
            self.screen_pages[key] = page
            self._titles[id(page)] = tr(screen.title)
            self.stack.addWidget(page)
        self._show_page(page)
        return page

    def _pending_screen(self, screen: Screen) -> QWidget:
        """What stands in for `screen` until the store is open: the Schedule paints its
        plan's head from the file (no ORM); the others a placeholder."""
        path = self.ctx.database_path
        if screen.key == "schedule" and path.is_file():
            from cdmo_desktop.gui.schedule.schedule_preview import pending_schedule

            return pending_schedule(screen, path, self.ctx.settings)
        return pages.PendingScreen(screen)

    def waits_for_store(self) -> bool:
        """The page on show needs the store to show what it is for (a placeholder, the
        Portfolio's KPI tile); False when it shows everything from the file (the Schedule's
        preview), so the store may wait for the user's first input."""
        page = self.stack.currentWidget()
        return page is None or not page.property("complete_without_store")

    def current_screen(self) -> Screen | None:
        page = self.stack.currentWidget()
        key = page.property("screen_key") if page is not None else None
        return SCREEN_BY_KEY.get(str(key)) if key else None

    def open_import_wizard(self) -> None:
        """File > Import…: records from a spreadsheet, as one undo step."""
        from cdmo_desktop.gui.exchange.import_wizard import ImportWizard

        wizard = ImportWizard(self.ctx, self)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.open()

    def open_engagement(self, engagement_id: str) -> QWidget:
        return self._open_detail("engagement", engagement_id)

    def open_engagement_tab(self, engagement_id: str, tab: str) -> QWidget:
        """The engagement's workspace at one of its tabs (the KPIs, from the portfolio)."""
        page = self.open_engagement(engagement_id)
        show_tab = getattr(page, "show_tab", None)
        if show_tab is not None:
            show_tab(tab)
        return page

    def open_partner(self, partner_id: str | None) -> QWidget:
        return self._open_detail("partner", partner_id or "")

    def _open_detail(self, kind: str, row_id: str) -> QWidget:
        """Show the page of one record (an empty id: a new one), building it unless it is
        among the recent ones. The page's title follows the record's saved name."""
        detail = pages.DETAILS[kind]
        key = (kind, row_id)
        page = self.detail_pages.get(key) if row_id else None
        if page is None:
            page = pages.build_page(
                detail.noun, detail.module, detail.class_name, lambda c: c(self.ctx, row_id or None)
            )
            page.setProperty("detail_kind", kind)
            self.stack.addWidget(page)
            # A page for a new record is never reopened by id, but counts towards the cap.
            self.detail_pages[key if row_id else (kind, f"new:{id(page)}")] = page
            signal = getattr(page, detail.title_signal, None)  # None on a failed page
            if signal is not None:
                signal.connect(partial(self._on_page_title_changed, page))
            self._evict_detail_pages(keep=page)
        else:
            self.detail_pages.move_to_end(key)
        name = pages.record_name(self.ctx, detail, row_id) if row_id else ""
        self._titles[id(page)] = detail.title(name, new=not row_id)
        self._show_page(page)
        return page

    def _on_page_title_changed(self, page: QWidget, name: str) -> None:
        """A detail page saved its new record, or its record was renamed."""
        kind = str(page.property("detail_kind"))
        if not name or id(page) not in self._titles:
            return
        self._titles[id(page)] = pages.DETAILS[kind].title(name)
        row_id = getattr(page, "partner_id", None)
        old = next((k for k, p in self.detail_pages.items() if p is page), None)
        if row_id and old and old[1].startswith("new:"):  # reopened by its id from now on
            self.detail_pages = OrderedDict(
                ((kind, row_id) if k == old else k, p) for k, p in self.detail_pages.items()
            )
        self._show_titles()

    def _evict_detail_pages(self, keep: QWidget) -> None:
        for key, page in list(self.detail_pages.items()):
            if len(self.detail_pages) <= MAX_DETAIL_PAGES:
                break
            if page is keep or page is self.stack.currentWidget():
                continue
            if pages.page_allows_close(page):
                del self.detail_pages[key]
                self._drop_page(page)

    def _drop_page(self, page: QWidget) -> None:
        self._history = [p for p in self._history if p is not page]
        self._titles.pop(id(page), None)
        self.stack.removeWidget(page)
        page.deleteLater()

    def _show_page(self, page: QWidget) -> None:
        current = self.stack.currentWidget()
        if current is not None and current is not page and self.stack.count() > 1:
            self._history.append(current)
            del self._history[:-50]
        table_habits.install_all(page, self.ctx.settings)  # copy, menus, remembered headers
        accessibility.install_all(page)  # names for a screen reader
        self.stack.setCurrentWidget(page)
        self._on_stack_current_changed(self.stack.currentIndex())

    def go_back(self) -> None:
        while self._history:
            page = self._history.pop()
            if self.stack.indexOf(page) >= 0:
                self.stack.setCurrentWidget(page)
                self._on_stack_current_changed(self.stack.currentIndex())
                return

    def all_pages(self) -> list[QWidget]:
        return [w for i in range(self.stack.count()) if (w := self.stack.widget(i)) is not None]

    def pages_allow_close(self) -> bool:
        """Every page agrees to go away (unsaved edits were saved or discarded)."""
        return all(pages.page_allows_close(p) for p in self.all_pages())

    def drop_all_pages(self) -> None:
        for page in self.all_pages():
            self._drop_page(page)
        self.screen_pages.clear()
        self.detail_pages.clear()
        self._history.clear()

    def _on_stack_current_changed(self, _index: int) -> None:
        page = self.stack.currentWidget()
        if page is None:
            return
        key = page.property("screen_key")
        detail = page.property("detail_kind")
        section = key or {"partner": "partners", "engagement": "engagements"}.get(detail)
        if section in self.screen_actions:
            self.screen_actions[section].setChecked(True)
            self.sidebar.blockSignals(True)
            self.sidebar.setCurrentRow([s.key for s in SCREENS].index(section))
            self.sidebar.blockSignals(False)
        self.page_header.setVisible(bool(detail))
        self._show_titles()
        self.page_menu.clear()
        self.page_menu.addActions(pages.page_actions(page))
        if key:
            menu_title = tr(SCREEN_BY_KEY[key].title)
        elif detail in pages.DETAILS:
            menu_title = tr(pages.DETAILS[str(detail)].noun)
        else:
            menu_title = str(detail).capitalize()
        self.page_menu.setTitle("&" + menu_title)
        self.page_menu.menuAction().setVisible(bool(self.page_menu.actions()))
        if key:
            keys.set(self.ctx.settings, keys.MAIN_SCREEN, str(key))

    def _show_titles(self) -> None:
        """The current page's title in the header and the window title, and the previous
        page's in the Back action."""
        page = self.stack.currentWidget()
        if page is None:
            return
        title = self._titles.get(id(page), "")
        self.page_title.setText(title)
        name = self.ctx.location + self._read_only_suffix()
        self.setWindowTitle(f"{title} – {name}" if page.property("detail_kind") else name)
        previous = next((p for p in reversed(self._history) if self.stack.indexOf(p) >= 0), None)
        self.back_action.setEnabled(previous is not None)
        self.back_action.setText(
            tr("&Back to {page}").format(
                page=self._titles.get(id(previous), "") or tr("the previous page")
            )
            if previous
            else tr("&Back")
        )

    def _on_sidebar_current_row_changed(self, row: int) -> None:
        if 0 <= row < len(SCREENS):
            self.show_screen(SCREENS[row].key)

    def _on_sidebar_item_clicked(self, item: QListWidgetItem) -> None:
        key = item.data(Qt.ItemDataRole.UserRole)
        if self.stack.currentWidget() is not self.screen_pages.get(key):
            self.show_screen(key)

    # --- database -----------------------------------------------------------------------
    def _enable_store_controls(self, enabled: bool) -> None:
        for action in (*self.database.store_actions(), self.import_action, self.export_action):
            action.setEnabled(enabled)

    def _on_ctx_store_ready(self) -> None:
        """The store is open: the real screen replaces the placeholder on show (the other
        placeholders go; their screens are built on their next visit)."""
        self._enable_store_controls(True)
        integrity_watch.watch(self.ctx.store, self.database_changed)
        self.show_backup_warning()
        if not self.ctx.on_server:
            self.audit_watch.check(self.ctx.database_path)
        placeholders = [
            (key, page)
            for key, page in self.screen_pages.items()
            if isinstance(page, pages.PendingScreen)
        ]
        current = self.stack.currentWidget()
        for key, page in placeholders:
            if page is not current:
                del self.screen_pages[key]
                self._drop_page(page)
        for key, page in placeholders:
            if page is current:
                del self.screen_pages[key]
                history = list(self._history)
                options: dict[str, object] = getattr(page, "screen_options", dict)()
                screen = self.show_screen(key, **options)
                self._history = history  # the placeholder was no page to go back to
                hand_over = getattr(page, "hand_over", None)
                if hand_over is not None:  # the Schedule's preview: the same rows on show
                    hand_over(screen)
                self._drop_page(page)
                self._show_titles()

    def database_changed(self) -> None:
        """Status bar, title and remembered path after the database was opened or swapped."""
        desktop.database_changed(self.database)
        self.sync_menu.database_changed()
        self.read_only_actions.update()
        if self.ctx.on_server:
            self._server_changed()
            return
        self.live.stop()
        self.server_label.hide()
        path = self.ctx.database_path
        self.setWindowTitle(self.ctx.location + self._read_only_suffix())
        self.setWindowFilePath(str(path))
        read_only = self.ctx.has_store and self.ctx.store.read_only
        if read_only:
            self.read_only_banner.setText(
                tr(
                    "Read-only: {reason}. You can read and export everything; edits are "
                    "refused and nothing is saved to this file."
                ).format(reason=message(self.ctx.store.read_only_reason))
            )
        self.read_only_banner.setVisible(read_only)
        if self.ctx.has_store:
            integrity_watch.watch(self.ctx.store, self.database_changed)
        self.db_label.setText(tr("Database: {path}").format(path=path))
        self.db_label.setToolTip(str(path))
        self.saved_label.setText("")
        self.show_backup_warning()
        if self.remember_database:
            keys.set(self.ctx.settings, keys.LAST_DATABASE, str(path))
        if self.ctx.has_store:
            self.audit_watch.check(path)

    def _server_changed(self) -> None:
        """The window now shows a team server: no file, lock, backup or audit anchor of
        its own; other users' changes come in through the live poller."""
        server = self.ctx.store.server
        assert server is not None
        self.setWindowTitle(self.ctx.location + self._read_only_suffix())
        self.setWindowFilePath("")
        self.read_only_banner.setVisible(self.ctx.store.read_only)
        self.db_label.setText(tr("Team server: {server}").format(server=server.display))
        self.db_label.setToolTip(server.redacted)
        self.saved_label.setText("")
        self.server_label.hide()
        self.show_backup_warning()
        if self.remember_database:
            keys.set(self.ctx.settings, keys.LAST_DATABASE, server.redacted)
        self.live.start()
        self.keep_local_copy()

    def keep_local_copy(self) -> Job:
        """Refresh this server's local copy (what this user may see, store.transfer) off
        the GUI thread: the copy offered read-only when the server cannot be reached."""
        store = self.ctx.store

        def work(_progress: object) -> object:
            from cdmo_desktop.store.transfer import write_local_copy

            return write_local_copy(store)

        job = self.local_copy_job = Job(work)
        job.signals.finished.connect(lambda path: log.info("local copy kept: %s", path))
        job.signals.failed.connect(lambda reason: log.warning("no local copy: %s", reason))
        job.start()
        return job

    def _on_live_updated(self, changes: object) -> None:
        users = ", ".join(getattr(changes, "users", ())) or tr("another user")
        self.statusBar().showMessage(
            tr("Updated with changes by {users}").format(users=users), 5000
        )

    def _on_live_unreachable(self, sentence: str) -> None:
        self.server_label.setText(message(sentence))
        self.server_label.setToolTip(message(sentence))
        self.server_label.show()

    def _on_live_reachable(self) -> None:
        self.server_label.hide()
        self.statusBar().showMessage(tr("The server answers again"), 5000)

    def _read_only_suffix(self) -> str:
        return tr(" (read-only)") if self.ctx.has_store and self.ctx.store.read_only else ""

    def show_backup_warning(self) -> None:
        """Say in the status bar that the daily backup was skipped as the database opened."""
        warning = self.ctx.store.backup_warning if self.ctx.has_store else None
        self.backup_warning_label.setText(message(warning) if warning else "")
        self.backup_warning_label.setToolTip(message(warning) if warning else "")
        self.backup_warning_label.setVisible(bool(warning))

    def _on_ctx_saved(self) -> None:
        self.saved_label.setText(tr("Saved {time}").format(time=time_text(clock.local_now())))

    def _on_ctx_refused(self, text: str) -> None:
        QMessageBox.warning(self, tr("Not saved"), message(text))

    def _on_export_action_triggered(self) -> None:
        """File > Export…: for the engagement shown, if any."""
        from cdmo_desktop.gui.exchange.register_export import RegisterExportDialog

        current = self.stack.currentWidget()
        engagement_id = next(
            (
                rid
                for (kind, rid), page in self.detail_pages.items()
                if page is current and kind == "engagement"
            ),
            None,
        )
        dialog = RegisterExportDialog(self.ctx, self, engagement_id=engagement_id)
        dialog.open()

    def _on_data_folder_action_triggered(self) -> None:
        path = self.ctx.database_path
        folder = path if self.ctx.on_server else path.parent  # a server: the local data
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    # --- window state -------------------------------------------------------------------
    def restore_window_state(self) -> None:
        window_state.restore(self, self.ctx.settings)

    def save_window_state(self) -> None:
        window_state.save(self, self.ctx.settings)

    def quit_unattended(self) -> None:
        """Close without asking (the system asked the app to quit): unsaved edits are
        saved where the database accepts them, never prompted for."""
        self._unattended = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._unattended:
            save_unsaved(self.all_pages())
        elif not self.pages_allow_close():
            event.ignore()
            return
        self.save_window_state()
        self.live.stop()
        if self.local_copy_job is not None:
            self.local_copy_job.wait()  # a copy being written finishes before the store closes
        super().closeEvent(event)
