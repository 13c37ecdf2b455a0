"""A screen reader names every control: the walk over every screen, partner tab, workspace
tab (and inner tab) and the main dialogs finds no visible interactive widget whose
effective accessible name - what Qt hands the screen reader, from an accessible name, a
button's text or a buddy label - is empty; and every one of them is reachable with Tab.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGraphicsView,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from sqlmodel import select

from cdmo_desktop.domain.models import Agreement, Engagement, Partner, Risk

pytestmark = pytest.mark.gui

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QTextEdit,
    QPlainTextEdit,
    QAbstractSlider,
    QGraphicsView,
)


def effective_name(widget: QWidget) -> str:
    """The name a screen reader announces for `widget`."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def interactive(widget: QWidget) -> bool:
    """A control a user operates (or a custom widget that takes the keyboard focus); parts
    of a composite control (a spin box's editor, a scroll area's viewport, a widget whose
    focus goes to a proxy) count with the control."""
    if not widget.isVisible() or isinstance(widget, QHeaderView | QScrollBar):
        return False
    if widget.focusProxy() is not None:
        return False
    parent = widget.parentWidget()
    if isinstance(parent, QAbstractSpinBox | QComboBox):
        return False
    if isinstance(parent, QAbstractScrollArea) and parent.viewport() is widget:
        return False
    takes_focus = bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
    return isinstance(widget, INTERACTIVE) or takes_focus


def describe(widget: QWidget) -> str:
    parent = widget.parentWidget()
    where = f"{type(parent).__name__}#{parent.objectName()}" if parent is not None else "-"
    return f"{type(widget).__name__}#{widget.objectName()} in {where}"


def unnamed(root: QWidget) -> list[str]:
    return [
        describe(w)
        for w in [root, *root.findChildren(QWidget)]
        if interactive(w) and not effective_name(w)
    ]


def unreachable(root: QWidget) -> list[str]:
    """Visible controls that take the focus but that Tab never reaches from `root`."""
    chain: set[int] = set()
    w = root.nextInFocusChain()
    for _ in range(20000):
        if w is root:
            break
        chain.add(id(w))
        w = w.nextInFocusChain()
    return [
        describe(w)
        for w in root.findChildren(QWidget)
        if interactive(w)
        and w.isEnabled()
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and id(w) not in chain
    ]


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def ids(demo_ctx) -> dict[str, list[str]]:
    with demo_ctx.store.read() as s:
        return {
            "engagement": [e.id for e in s.exec(select(Engagement).order_by(Engagement.title))],
            "partner": [p.id for p in s.exec(select(Partner).order_by(Partner.name))],
            "agreement": [a.id for a in s.exec(select(Agreement))],
            "risk": [r.id for r in s.exec(select(Risk).order_by(Risk.title))],
        }


@pytest.fixture
def quiet(monkeypatch) -> Iterator[None]:
    """Closing pages at teardown must not block on an unsaved-changes question."""
    from cdmo_desktop.gui.engagements import workspace, workspace_records

    monkeypatch.setattr(workspace, "ask_unsaved", lambda _p, _w: "discard")
    monkeypatch.setattr(workspace_records, "ask_unsaved", lambda _p, _w: "discard")
    yield


def _inner_tabs(page: QWidget) -> Iterator[str]:
    for inner in page.findChildren(QTabWidget):
        if not inner.isVisible():
            continue
        for j in range(inner.count()):
            inner.setCurrentIndex(j)
            _settle()
            yield f", inner tab {inner.tabText(j)!r}"


def _pages(window, ids) -> Iterator[str]:
    """Show every screen, partner tab and workspace tab (and inner tab) in turn."""
    from cdmo_desktop.gui.engagements.workspace import TAB_KEYS, EngagementWorkspace
    from cdmo_desktop.gui.pages import SCREENS
    from cdmo_desktop.gui.partners.partner_profile import PartnerProfileView
    from cdmo_desktop.gui.risks.risks import RisksView

    for screen in SCREENS:
        page = window.show_screen(screen.key)
        _settle()
        yield f"the {screen.title} screen"
        for inner in _inner_tabs(page):
            yield f"the {screen.title} screen{inner}"
        if isinstance(page, RisksView):
            page.new_risk()
            _settle()
            yield "the risk form"
            page.discard()
            _settle()
    window.open_partner(ids["partner"][0])
    profile = window.stack.currentWidget()
    assert isinstance(profile, PartnerProfileView)
    for i in range(profile.ui.tabs.count()):
        profile.ui.tabs.setCurrentIndex(i)
        _settle()
        yield f"the partner profile, tab {profile.ui.tabs.tabText(i)!r}"
    window.open_engagement(ids["engagement"][0])
    workspace = window.stack.currentWidget()
    assert isinstance(workspace, EngagementWorkspace)
    for i, key in enumerate(TAB_KEYS):
        workspace.show_tab(key)
        _settle()
        yield f"the workspace tab {key!r}"
        tab = workspace.ui.tabs.widget(i)
        assert tab is not None
        for inner in _inner_tabs(tab):
            yield f"the workspace tab {key!r}{inner}"


def test_every_control_on_every_screen_has_a_name(qtbot, demo_ctx, ids, quiet) -> None:
    from cdmo_desktop.gui.main_window import MainWindow

    window = MainWindow(demo_ctx, remember_database=False)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    found: list[str] = []
    for page in _pages(window, ids):
        found += [f"{page}: {w}" for w in unnamed(window)]
    assert not found, "unnamed for a screen reader:\n" + "\n".join(dict.fromkeys(found))


def _dialogs(ctx, ids, window) -> dict[str, Callable[[], QWidget]]:
    from cdmo_desktop.gui.dialogs.about import AboutDialog
    from cdmo_desktop.gui.dialogs.connect_server import ConnectServerDialog
    from cdmo_desktop.gui.dialogs.preferences import PreferencesDialog
    from cdmo_desktop.gui.engagements.client_dialog import ClientDialog
    from cdmo_desktop.gui.engagements.engagement_dialog import EngagementDialog
    from cdmo_desktop.gui.exchange.import_wizard import ImportWizard
    from cdmo_desktop.gui.exchange.register_export import RegisterExportDialog
    from cdmo_desktop.gui.help import HelpWindow, ShortcutsDialog
    from cdmo_desktop.gui.kpis.kpi_dialog import KpiDialog
    from cdmo_desktop.gui.partners.partner_rows import (
        PartnerAuditDialog,
        PartnerContactDialog,
        PartnerInspectionDialog,
        PartnerSiteDialog,
    )
    from cdmo_desktop.gui.reports.agreement_dialog import AgreementDialog
    from cdmo_desktop.gui.reports.reports import ExportDialog
    from cdmo_desktop.gui.risks.risk_review import RiskReviewDialog

    engagement = ids["engagement"][0]
    settings = ctx.settings
    return {
        "Preferences": lambda: PreferencesDialog(settings, ctx.store.path),
        "About": lambda: AboutDialog(ctx.store.path, settings=settings),
        "the manual": lambda: HelpWindow(settings=settings),
        "Keyboard shortcuts": lambda: ShortcutsDialog(window, settings),
        "Connect to team server": lambda: ConnectServerDialog(settings),
        "New engagement": lambda: EngagementDialog(ctx),
        "Edit engagement": lambda: EngagementDialog(ctx, engagement),
        "New client": lambda: ClientDialog(ctx),
        "Import records": lambda: ImportWizard(ctx),
        "Export a register": lambda: RegisterExportDialog(ctx),
        "New KPI": lambda: KpiDialog(ctx, engagement),
        "Risk review": lambda: RiskReviewDialog(ctx, ids["risk"][0]),
        "Status report export": lambda: ExportDialog(ctx, engagement_id=engagement),
        "Agreement export": lambda: ExportDialog(ctx, agreement_id=ids["agreement"][0]),
        "Agreement": lambda: AgreementDialog(ctx, engagement_id=engagement),
        "Partner site": lambda: PartnerSiteDialog(ctx),
        "Partner contact": lambda: PartnerContactDialog(ctx, []),
        "Partner audit": lambda: PartnerAuditDialog(ctx, []),
        "Partner inspection": lambda: PartnerInspectionDialog(ctx, []),
    }


def test_every_control_in_the_main_dialogs_has_a_name(qtbot, demo_ctx, ids) -> None:
    from cdmo_desktop.gui.main_window import MainWindow

    window = MainWindow(demo_ctx, remember_database=False)
    qtbot.addWidget(window)
    found: list[str] = []
    for what, make in _dialogs(demo_ctx, ids, window).items():
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        _settle()
        pages = [dialog]
        for tabs in dialog.findChildren(QTabWidget):
            for j in range(tabs.count()):
                tabs.setCurrentIndex(j)
                _settle()
                found += [f"{what}: {w}" for w in unnamed(dialog)]
        found += [f"{what}: {w}" for page in pages for w in unnamed(page)]
        dialog.hide()
    assert not found, "unnamed for a screen reader:\n" + "\n".join(dict.fromkeys(found))


def test_the_walk_finds_an_unnamed_control(qtbot) -> None:
    """The check itself: a bare table and an icon-only button are caught; a buddy label
    or a button's text names a control."""
    from PySide6.QtWidgets import QLabel, QTableView, QToolButton, QVBoxLayout

    root = QWidget()
    qtbot.addWidget(root)
    box = QVBoxLayout(root)
    table, icon_only, labelled_edit = QTableView(), QToolButton(), QLineEdit()
    label = QLabel("&Title")
    label.setBuddy(labelled_edit)
    texted = QToolButton()
    texted.setText("Add")
    for w in (table, icon_only, label, labelled_edit, texted):
        box.addWidget(w)
    root.show()
    assert sorted(unnamed(root)) == [
        "QAbstractButton#qt_tableview_cornerbutton in QTableView#",
        "QTableView# in QWidget#",
        "QToolButton# in QWidget#",
    ]
    assert effective_name(labelled_edit) == "Title"
    from cdmo_desktop.gui import accessibility

    table.setObjectName("riskTable")
    accessibility.install_all(root)
    assert unnamed(root) == ["QToolButton# in QWidget#"]
    assert effective_name(table) == "Risk register"
