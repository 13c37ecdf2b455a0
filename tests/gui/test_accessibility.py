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


def other_keyboard_way(widget: QWidget) -> bool:
    """A control Tab skips on purpose because a key does what it does: a toolbar button
    whose action has a shortcut, a date field's calendar button (Alt+Down in the field),
    a table's corner button (Ctrl+A)."""
    from PySide6.QtWidgets import QToolButton

    from cdmo_desktop.gui.widgets.fields import DateField

    if widget.objectName() == "qt_tableview_cornerbutton":
        return True
    if not isinstance(widget, QToolButton):
        return False
    if isinstance(widget.parentWidget(), DateField):
        return True
    action = widget.defaultAction()
    return action is not None and not action.shortcut().isEmpty()


def unreachable(root: QWidget) -> list[str]:
    """Visible, enabled controls no key reaches: they refuse the keyboard focus (or sit
    outside the window's focus chain) and have no shortcut of their own."""
    chain: set[int] = set()
    link: QWidget | None = root.nextInFocusChain()
    while link is not None and link is not root and id(link) not in chain:
        chain.add(id(link))
        link = link.nextInFocusChain()
    return [
        describe(w)
        for w in root.findChildren(QWidget)
        if interactive(w)
        and w.isEnabled()
        and (not w.focusPolicy() & Qt.FocusPolicy.TabFocus or id(w) not in chain)
        and not other_keyboard_way(w)
    ]


@pytest.fixture(autouse=True)
def _matplotlib_loaded_here() -> None:
    """matplotlib imported in the test's thread, so the app's loader thread imports nothing:
    a garbage collection run on that thread (the import allocates) frees Qt objects off the
    GUI thread, which crashed this walk about one run in two (see the branch's report)."""
    import importlib

    from cdmo_desktop.gui.widgets.matplotlib_loader import MATPLOTLIB_MODULES

    for name in MATPLOTLIB_MODULES:
        importlib.import_module(name)


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
    window.open_partner(None)
    _settle()
    yield "a new partner's profile"
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
    missed: list[str] = []
    for page in _pages(window, ids):
        found += [f"{page}: {w}" for w in unnamed(window)]
        missed += [f"{page}: {w}" for w in unreachable(window)]
    assert not found, "unnamed for a screen reader:\n" + "\n".join(dict.fromkeys(found))
    assert not missed, "Tab never reaches:\n" + "\n".join(dict.fromkeys(missed))


def _dialogs(ctx, ids, window) -> dict[str, Callable[[], QWidget]]:
    from cdmo_desktop.gui.dialogs.about import AboutDialog
    from cdmo_desktop.gui.dialogs.connect_server import ConnectServerDialog
    from cdmo_desktop.gui.dialogs.passphrase import NewPassphraseDialog, UnlockDialog
    from cdmo_desktop.gui.dialogs.preferences import PreferencesDialog
    from cdmo_desktop.gui.dialogs.restore import RestoreBackupDialog
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
    from cdmo_desktop.gui.sync.send import PeerChoice, SendDialog

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
        "Restore from backup": lambda: RestoreBackupDialog(ctx.store.path, settings=settings),
        "Unlock an encrypted database": lambda: UnlockDialog(ctx.store.path),
        "New encrypted database": lambda: NewPassphraseDialog(ctx.store.path),
        "Send changes": lambda: SendDialog(
            [PeerChoice(None, "Laptop B")], "Laptop A", lambda _peer: ctx.store.path.parent
        ),
    }


def test_every_control_in_the_main_dialogs_has_a_name(qtbot, demo_ctx, ids) -> None:
    from cdmo_desktop.gui.main_window import MainWindow

    window = MainWindow(demo_ctx, remember_database=False)
    qtbot.addWidget(window)
    found: list[str] = []
    missed: list[str] = []
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
        missed += [f"{what}: {w}" for w in unreachable(dialog)]
        stops = tab_stops(dialog)
        if stops:
            visited, presses = tab_walk(dialog, stops[0])
            if presses > 2 * len(stops) + 20:
                missed.append(f"{what}: Tab took {presses} presses to go round")
            visited += tab_walk(dialog, stops[0])[0]  # buttons a first round enabled
            missed += [f"{what}: Tab goes up {f}" for f in out_of_order_forms(dialog, visited)]
            missed += [
                f"{what}: Tab never reaches {describe(w)}"
                for w in tab_stops(dialog)
                if w is not stops[0] and w not in visited
            ]
        dialog.hide()
    assert not found, "unnamed for a screen reader:\n" + "\n".join(dict.fromkeys(found))
    assert not missed, "not reached by the keyboard:\n" + "\n".join(dict.fromkeys(missed))


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


def test_the_heat_map_works_from_the_keyboard_and_says_its_cells(qtbot, demo_ctx) -> None:
    """Tab reaches the map; arrow keys move to a cell, Enter lists its risks (Enter again
    shows all); the accessible description says the cell and every cell with risks."""
    from PySide6.QtTest import QTest

    from cdmo_desktop.gui.risks.risks import RisksView

    view = RisksView(demo_ctx)
    qtbot.addWidget(view)
    view.resize(1366, 700)
    view.show()
    view.heatmap.ensure_canvas()
    _settle()
    heatmap = view.heatmap
    assert effective_name(heatmap) == "Risk heat map"
    assert not unreachable(view)
    everything = view.model.total
    counts = heatmap.counts
    likelihood, impact = max(
        ((li, im) for li in range(1, 6) for im in range(1, 6) if counts.count(li, im)),
        key=lambda cell: counts.count(*cell),
    )
    in_cell = counts.count(likelihood, impact)
    assert 0 < in_cell < everything
    heatmap.setFocus()
    start = heatmap.focus_cell
    assert start[0] == "current"
    for key, times in (
        (Qt.Key.Key_Up, likelihood - start[1]),
        (Qt.Key.Key_Down, start[1] - likelihood),
        (Qt.Key.Key_Right, impact - start[2]),
        (Qt.Key.Key_Left, start[2] - impact),
    ):
        for _ in range(max(0, times)):
            QTest.keyClick(heatmap, key)
    assert heatmap.focus_cell == ("current", likelihood, impact)
    said = heatmap.reader_text(heatmap.focus_cell)
    assert f"likelihood {likelihood}, impact {impact}" in said
    assert f"{in_cell} risk" in said
    interface = QAccessible.queryAccessibleInterface(heatmap)
    assert said in interface.text(QAccessible.Text.Description)
    QTest.keyClick(heatmap, Qt.Key.Key_Return)
    _settle()
    assert view.model.filters["cell"] == ("current", likelihood, impact)
    assert view.model.total == in_cell
    view.table.setFocus()
    heatmap.focus_cell = ("residual", 1, 1)
    heatmap.setFocus()  # back on the map: on the cell that filters
    assert heatmap.focus_cell == ("current", likelihood, impact)
    QTest.keyClick(heatmap, Qt.Key.Key_Return)
    _settle()
    assert view.model.total == everything
    for _ in range(5):  # right off the current grid goes on to the residual one
        QTest.keyClick(heatmap, Qt.Key.Key_Right)
    assert heatmap.focus_cell[0] == "residual"


def test_the_gantt_bars_are_said_through_the_task_table(qtbot, ctx, store) -> None:
    """Each row of the task table describes its bar; the chart describes the bar of the
    table's current row."""
    from cdmo_desktop.gui import accessibility
    from cdmo_desktop.gui.format import date_text
    from cdmo_desktop.gui.schedule.schedule import ScheduleView
    from tests.schedule_data import day, make_plan

    plan = make_plan(store)
    view = ScheduleView(ctx, plan.engagement_id)
    qtbot.addWidget(view)
    view.resize(1366, 600)
    view.show()
    _settle()
    accessibility.install_all(view)  # as the main window does when it shows the screen
    assert effective_name(view.gantt) == "Gantt chart"
    assert effective_name(view.table) == "Tasks and milestones"
    doc = view.doc
    row = doc.row_of_item[doc.index[plan.ids["batch"]]]
    index = view.model.index(row, 0)
    bar = index.data(Qt.ItemDataRole.AccessibleDescriptionRole)
    assert bar.startswith("Engineering batch, task from ")
    assert f"from {date_text(day(7))} to {date_text(day(11))}" in bar
    assert "0% done" in bar
    gate = doc.row_of_item[doc.index[plan.ids["gate"]]]
    gate_bar = view.model.index(gate, 0).data(Qt.ItemDataRole.AccessibleDescriptionRole)
    assert f"decision gate on {date_text(day(18))}" in gate_bar
    assert "contract-fixed" in gate_bar
    assert any(description == bar for _name, description in cells_said(view.table))
    view.table.setCurrentIndex(index)
    chart = QAccessible.queryAccessibleInterface(view.gantt)
    assert bar in chart.text(QAccessible.Text.Description)


def out_of_order_forms(root: QWidget, visited: list[QWidget]) -> list[str]:
    """Forms (QFormLayout) whose rows Tab does not visit top to bottom."""
    from PySide6.QtWidgets import QFormLayout, QLayout

    place = {id(w): n for n, w in enumerate(visited)}
    found: list[str] = []
    for form in root.findChildren(QFormLayout):
        order: list[int] = []
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            inner: QLayout | None = item.layout() if item is not None else None
            parts = [item.widget()] if item is not None and item.widget() else []
            if inner is not None:
                items = [inner.itemAt(k) for k in range(inner.count())]
                parts += [i.widget() for i in items if i is not None]
            stops = [
                place[id(w)]
                for part in parts
                if part is not None
                for w in [part, *part.findChildren(QWidget)]
                if id(w) in place
            ]
            if stops:
                order.append(min(stops))
        if order != sorted(order):
            parent = form.parentWidget()
            found.append(f"the form in {describe(parent) if parent else '-'}")
    return found


def tab_walk(window: QWidget, start: QWidget, limit: int = 400) -> tuple[list[QWidget], int]:
    """Press Tab from `start` until the focus comes back to it (Ctrl+Tab out of an editable
    grid, whose Tab moves from cell to cell): the widgets that had the focus, in order, and
    how many presses it took (`limit` when it never came back)."""
    from PySide6.QtTest import QTest

    window.activateWindow()
    start.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    visited: list[QWidget] = []
    for presses in range(1, limit + 1):
        focused = QApplication.focusWidget()
        assert focused is not None, "the focus left the window"
        grid = isinstance(focused, QAbstractItemView) and focused.tabKeyNavigation()
        modifier = Qt.KeyboardModifier.ControlModifier if grid else Qt.KeyboardModifier.NoModifier
        QTest.keyClick(focused, Qt.Key.Key_Tab, modifier)
        now = QApplication.focusWidget()
        if now is start:
            return visited, presses
        if now is not None and (not visited or visited[-1] is not now):
            visited.append(now)
    return visited, limit


def tab_stops(root: QWidget) -> list[QWidget]:
    return [
        w
        for w in root.findChildren(QWidget)
        if interactive(w) and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
    ]


def test_tab_goes_round_every_screen_without_getting_stuck(qtbot, demo_ctx, ids, quiet) -> None:
    """From the screen list, Tab (Ctrl+Tab out of an editable grid) visits every control of
    the page on show and comes back: no table, text box or grid keeps the keyboard."""
    from cdmo_desktop.gui.main_window import MainWindow

    window = MainWindow(demo_ctx, remember_database=False)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    stuck: list[str] = []
    for page in _pages(window, ids):
        visited, presses = tab_walk(window, window.sidebar)
        # A round enables buttons that act on a grid's current row: go round again.
        visited += tab_walk(window, window.sidebar)[0]
        current = window.stack.currentWidget()
        assert current is not None
        stops = tab_stops(current)
        if presses >= 400 or presses > 2 * len(stops) + 20:
            last = describe(visited[-1]) if visited else "-"
            stuck.append(f"{page}: {presses} presses, held by {last}")
        missed = [describe(w) for w in stops if w not in visited and w.isEnabled()]
        stuck += [f"{page}: never reached {w}" for w in missed]
        stuck += [f"{page}: Tab goes up {f}" for f in out_of_order_forms(current, visited)]
    assert not stuck, "\n".join(stuck)


def test_the_portfolio_tiles_say_their_figure_and_detail(qtbot, demo_ctx) -> None:
    from cdmo_desktop.gui.portfolio.portfolio import PortfolioView
    from tests.conftest import DEMO_TODAY

    view = PortfolioView(demo_ctx, today=DEMO_TODAY)
    qtbot.addWidget(view)
    view.resize(1366, 700)
    view.show()
    _settle()
    critical = view.tiles["critical"]
    figure = critical.value.text()
    assert figure.isdigit()
    assert effective_name(critical) == f"{figure} critical open risks"
    assert " high · " in critical.accessibleDescription()
    audits = view.tiles["audits"]
    if "<a " in audits.detail.text():  # the overdue partner, followed with the keyboard
        assert audits.detail.focusPolicy() & Qt.FocusPolicy.TabFocus
        assert effective_name(audits.detail)


def cells_said(view: QAbstractItemView) -> list[tuple[str, str]]:
    """(name, description) a screen reader gets for each cell of `view`, row by row."""
    interface = QAccessible.queryAccessibleInterface(view)
    assert interface is not None
    children = [interface.child(k) for k in range(interface.childCount())]
    return [
        (c.text(QAccessible.Text.Name), c.text(QAccessible.Text.Description))
        for c in children
        if c is not None and c.role() == QAccessible.Role.Cell
    ]


def test_a_raci_cell_is_said_as_a_word(qtbot) -> None:
    """The grid shows R, A, C, I; a screen reader says Responsible, Accountable, ... and
    who is what for which workstream."""
    from PySide6.QtWidgets import QTableView

    from cdmo_desktop.gui.engagements.engagement_raci_model import (
        RaciGridModel,
        RaciMember,
        RaciWorkstream,
    )

    model = RaciGridModel()
    model.set_grid(
        [RaciWorkstream("w1", "Tox batch")],
        [RaciMember("m1", "Ana Ruiz", "client"), RaciMember("m2", "Ben Okafor", "partner")],
        {("w1", "m1"): "A"},
    )
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.show()
    said = cells_said(view)
    assert said[0] == ("Accountable", "Ana Ruiz is Accountable for Tox batch")
    assert said[1][0] == "no role"
    assert "Ben Okafor has no role in Tox batch" in said[1][1]


def test_a_kpi_measurement_says_its_status_not_only_its_colour(qtbot, demo_ctx, ids) -> None:
    from cdmo_desktop.gui.kpis.kpi_tab import KpisTab
    from tests.conftest import DEMO_TODAY

    statuses: list[str] = []
    tabs: list[KpisTab] = []  # kept to the end: no model is collected under its view
    for engagement in ids["engagement"]:
        tab = KpisTab(demo_ctx, engagement, today=DEMO_TODAY)
        qtbot.addWidget(tab)
        tabs.append(tab)
        model = tab.grid_model
        descriptions = [
            model.index(r, c).data(Qt.ItemDataRole.AccessibleDescriptionRole)
            for r in range(model.rowCount())
            for c in range(model.columnCount())
        ]
        statuses += [d.rsplit("status: ", 1)[1] for d in descriptions if "; status: " in d]
        if statuses:
            break
    assert statuses
    assert set(statuses) <= {"Green", "Amber", "Red"}


def test_the_tab_check_finds_a_form_tabbed_bottom_up(qtbot) -> None:
    from PySide6.QtWidgets import QFormLayout

    root = QWidget()
    qtbot.addWidget(root)
    form = QFormLayout(root)
    first, second, third = QLineEdit(), QLineEdit(), QLineEdit()
    for n, edit in enumerate((first, second, third)):
        form.addRow(f"Field {n}", edit)
    root.show()
    visited, _presses = tab_walk(root, first)
    assert out_of_order_forms(root, [first, *visited]) == []
    QWidget.setTabOrder(first, third)
    QWidget.setTabOrder(third, second)
    visited, _presses = tab_walk(root, first)
    assert out_of_order_forms(root, [first, *visited]) == ["the form in QWidget# in -"]
