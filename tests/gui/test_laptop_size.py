"""Every screen, detail page, workspace tab and report dialog fits a consultant's laptop.

At 1280 x 800 the main window leaves a page 1280 - 176 (navigation sidebar) wide, less a
vertical scroll bar and the window frame; in height the window's title bar, the desktop's
task bar, the menu and status bars and the page header come off. A page whose minimum size
exceeds that makes the whole page scroll sideways (or its bottom unreachable without
scrolling): its widest or tallest part must wrap, elide, shrink or scroll inside instead.
Measured on the demo portfolio, whose names and texts are of realistic length."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TypeVar

import pytest
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget
from sqlmodel import select

from cdmo_desktop.domain.models import Agreement, Engagement, Partner

pytestmark = pytest.mark.gui

SCREEN_WIDTH, SCREEN_HEIGHT = 1280, 800
SIDEBAR = 176
# Window frame (2 x 4) and the page's vertical scroll bar (16).
PAGE_WIDTH = SCREEN_WIDTH - SIDEBAR - 24
# Window title bar 30, desktop task bar 40, menu bar 22, status bar 22, page header 32.
PAGE_HEIGHT = SCREEN_HEIGHT - 30 - 40 - 22 - 22 - 32
# A dialog has the whole screen but the title bar and the task bar.
DIALOG_WIDTH, DIALOG_HEIGHT = SCREEN_WIDTH - 8, SCREEN_HEIGHT - 30 - 40

SCREENS = [
    ("portfolio", "PortfolioView"),
    ("partners", "PartnersView"),
    ("engagements", "EngagementsView"),
    ("risks", "RisksView"),
    ("schedule", "ScheduleView"),
    ("reports", "ReportsView"),
]


def _culprits(widget: QWidget, width: int, height: int) -> str:
    """The deepest visible descendants that alone need more than the room there is."""
    found: list[str] = []

    def walk(w: QWidget, path: str) -> bool:
        deeper = False
        for child in w.findChildren(QWidget):
            if child.parentWidget() is not w or child.isHidden() or child.isWindow():
                continue
            hint = child.minimumSizeHint()
            need_w = max(hint.width(), child.minimumWidth())
            need_h = max(hint.height(), child.minimumHeight())
            if need_w > width or need_h > height:
                name = f"{path}/{type(child).__name__}#{child.objectName()}"
                if not walk(child, name):
                    found.append(f"{name} needs {need_w}x{need_h}")
                deeper = True
        return deeper

    walk(widget, type(widget).__name__)
    if found:
        return "; ".join(found)
    # No single part is too big: the parts of one row add up. Name the biggest ones.
    parts = [
        c
        for c in widget.findChildren(QWidget)
        if not c.isHidden() and not c.isWindow() and c.minimumSizeHint().width() > width // 3
    ]
    parts.sort(key=lambda c: -c.minimumSizeHint().width())
    return "together: " + ", ".join(
        f"{type(c).__name__}#{c.objectName()} {c.minimumSizeHint().width()}" for c in parts[:8]
    )


def assert_fits(widget: QWidget, what: str, width: int, height: int) -> None:
    hint = widget.minimumSizeHint()
    need_w = max(hint.width(), widget.minimumWidth())
    need_h = max(hint.height(), widget.minimumHeight())
    assert need_w <= width and need_h <= height, (
        f"{what} needs at least {need_w} x {need_h} px, a 1280 x 800 laptop leaves "
        f"{width} x {height}: {_culprits(widget, width, height)}"
    )


W = TypeVar("W", bound=QWidget)


def show(qtbot, widget: W) -> W:
    """On screen at the laptop's page size (some parts are built when first shown)."""
    qtbot.addWidget(widget)
    widget.resize(PAGE_WIDTH, PAGE_HEIGHT)
    widget.show()
    QApplication.processEvents()
    return widget


@pytest.fixture
def ids(demo_ctx) -> dict[str, list[str]]:
    with demo_ctx.store.read() as s:
        return {
            "engagement": [e.id for e in s.exec(select(Engagement).order_by(Engagement.title))],
            "partner": [p.id for p in s.exec(select(Partner).order_by(Partner.name))],
            "agreement": [a.id for a in s.exec(select(Agreement))],
        }


@pytest.fixture
def quiet(monkeypatch) -> Iterator[None]:
    """Closing pages at teardown must not block on an unsaved-changes question."""
    from cdmo_desktop.gui.engagements import workspace, workspace_records

    monkeypatch.setattr(workspace, "ask_unsaved", lambda _p, _w: "discard")
    monkeypatch.setattr(workspace_records, "ask_unsaved", lambda _p, _w: "discard")
    yield


@pytest.mark.parametrize(("module", "class_name"), SCREENS)
def test_screen_fits_a_laptop(qtbot, demo_ctx, module: str, class_name: str) -> None:
    import importlib

    cls = getattr(importlib.import_module(f"cdmo_desktop.gui.{module}.{module}"), class_name)
    view = show(qtbot, cls(demo_ctx))
    assert_fits(view, f"The {module} screen", PAGE_WIDTH, PAGE_HEIGHT)
    for tabs in view.findChildren(QTabWidget):
        for i in range(tabs.count()):
            tabs.setCurrentIndex(i)
            QApplication.processEvents()
            tab = tabs.widget(i)
            assert tab is not None
            assert_fits(tab, f"{module}: tab {tabs.tabText(i)!r}", PAGE_WIDTH, PAGE_HEIGHT)


def test_partner_profiles_fit_a_laptop(qtbot, demo_ctx, ids) -> None:
    from cdmo_desktop.gui.partners.partner_profile import PartnerProfileView

    for partner_id in [*ids["partner"], None]:
        view = show(qtbot, PartnerProfileView(demo_ctx, partner_id))
        for i in range(view.ui.tabs.count()):
            view.ui.tabs.setCurrentIndex(i)
            QApplication.processEvents()
        assert_fits(view, f"The profile of partner {partner_id}", PAGE_WIDTH, PAGE_HEIGHT)


def test_engagement_workspace_and_every_tab_fit_a_laptop(qtbot, demo_ctx, ids, quiet) -> None:
    from cdmo_desktop.gui.engagements.workspace import TAB_KEYS, EngagementWorkspace

    for engagement_id in ids["engagement"]:
        workspace = EngagementWorkspace(demo_ctx, engagement_id)
        show(qtbot, workspace)
        tabs = workspace.ui.tabs
        for i, key in enumerate(TAB_KEYS):
            workspace.show_tab(key)
            QApplication.processEvents()
            page = tabs.widget(i)
            assert page is not None
            assert_fits(page, f"Workspace tab {key!r}", PAGE_WIDTH, PAGE_HEIGHT)
            for inner in page.findChildren(QTabWidget):
                for j in range(inner.count()):
                    inner.setCurrentIndex(j)
                    QApplication.processEvents()
                    inner_page = inner.widget(j)
                    assert inner_page is not None
                    assert_fits(
                        inner_page,
                        f"Workspace tab {key!r}, {inner.tabText(j)!r}",
                        PAGE_WIDTH,
                        PAGE_HEIGHT,
                    )
        title = workspace.ui.titleLabel.text()
        assert_fits(workspace, f"The workspace of {title!r}", PAGE_WIDTH, PAGE_HEIGHT)


def test_risk_form_fits_a_laptop(qtbot, demo_ctx, ids) -> None:
    """The register's second page, the risk form, counts for the Risks screen and tab."""
    from cdmo_desktop.gui.risks.risks import RisksView

    view = show(qtbot, RisksView(demo_ctx, engagement_id=ids["engagement"][0]))
    view.new_risk()
    QApplication.processEvents()
    assert_fits(view, "The risk form", PAGE_WIDTH, PAGE_HEIGHT)


def test_report_dialogs_fit_a_laptop(qtbot, demo_ctx, ids) -> None:
    from cdmo_desktop.gui.reports.agreement_dialog import AgreementDialog
    from cdmo_desktop.gui.reports.reports import ExportDialog

    dialogs = {
        "The status report export dialog": ExportDialog(
            demo_ctx, engagement_id=ids["engagement"][0]
        ),
        "The agreement export dialog": ExportDialog(demo_ctx, agreement_id=ids["agreement"][0]),
        "The agreement dialog": AgreementDialog(demo_ctx, engagement_id=ids["engagement"][0]),
    }
    for what, dialog in dialogs.items():
        show(qtbot, dialog)
        assert_fits(dialog, what, DIALOG_WIDTH, DIALOG_HEIGHT)


def test_no_page_scrolls_in_a_laptop_window(qtbot, demo_ctx, ids, quiet) -> None:
    """In the main window at laptop size, no screen or workspace tab needs its page to
    scroll: neither sideways nor (a word-wrapped label asking for its preferred height)
    down."""
    from PySide6.QtWidgets import QScrollArea

    from cdmo_desktop.gui.engagements.workspace import TAB_KEYS, EngagementWorkspace
    from cdmo_desktop.gui.main_window import MainWindow
    from cdmo_desktop.gui.pages import SCREENS as PAGES
    from cdmo_desktop.gui.partners.partner_profile import PartnerProfileView

    window = MainWindow(demo_ctx, remember_database=False)
    qtbot.addWidget(window)
    window.resize(SCREEN_WIDTH - 8, SCREEN_HEIGHT - 30 - 40)
    window.show()

    def assert_no_scrolling(what: str) -> None:
        for _ in range(3):
            QApplication.processEvents()
        page = window.stack.currentWidget()
        assert page is not None
        viewport = page.parentWidget()
        assert viewport is not None
        area = viewport.parentWidget()
        assert isinstance(area, QScrollArea)
        sideways = area.horizontalScrollBar().maximum()
        down = area.verticalScrollBar().maximum()
        assert (sideways, down) == (0, 0), (
            f"{what} scrolls {sideways} px sideways and {down} px down in a laptop window"
        )

    for screen in PAGES:
        window.show_screen(screen.key)
        assert_no_scrolling(f"The {screen.title} screen")
    window.open_partner(ids["partner"][0])
    profile = window.stack.currentWidget()
    assert isinstance(profile, PartnerProfileView)
    for i in range(profile.ui.tabs.count()):
        profile.ui.tabs.setCurrentIndex(i)
        assert_no_scrolling(f"The partner profile, tab {profile.ui.tabs.tabText(i)!r}")
    window.open_engagement(ids["engagement"][0])
    workspace = window.stack.currentWidget()
    assert isinstance(workspace, EngagementWorkspace)
    for key in TAB_KEYS:
        workspace.show_tab(key)
        assert_no_scrolling(f"The workspace tab {key!r}")


def test_elided_label_keeps_its_text_and_gives_way(qtbot) -> None:
    from cdmo_desktop.gui.widgets.fitting import ElidedLabel

    text = "ART-417 process development and first GMP campaign at Hollis Ridge"
    label = ElidedLabel(text)
    qtbot.addWidget(label)
    assert label.minimumSizeHint().width() < label.sizeHint().width() // 3
    label.resize(label.sizeHint().width() // 2, label.sizeHint().height())
    label.show()
    QApplication.processEvents()
    assert label.is_elided()
    assert label.elided_text().endswith("…")
    assert label.text() == text  # copying or a test reading it still gets every word
    label.resize(label.sizeHint())
    assert not label.is_elided()


def test_shrinkable_combo_shows_its_first_item_whole_and_lists_every_item(qtbot) -> None:
    from PySide6.QtWidgets import QComboBox

    from cdmo_desktop.gui.widgets.fitting import shrinkable_combo

    combo = QComboBox()
    qtbot.addWidget(combo)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    combo.addItems(["All partners", "Hollis Ridge Pharma Services, Research Triangle Park"])
    shrinkable_combo(combo)
    metrics = combo.fontMetrics()
    assert metrics.horizontalAdvance("All partners") < combo.minimumWidth()
    assert combo.minimumWidth() < combo.sizeHint().width()
    combo.setCurrentIndex(1)
    combo.resize(combo.minimumWidth(), combo.height())
    combo.show()
    QApplication.processEvents()  # paints the elided text
    assert "Hollis Ridge Pharma Services" in combo.toolTip()


def test_wrapped_label_asks_for_every_line_without_height_for_width(qtbot) -> None:
    from cdmo_desktop.gui.widgets.fitting import WrappedLabel

    label = WrappedLabel("word " * 60)
    qtbot.addWidget(label)
    label.resize(200, 20)
    label.show()
    QApplication.processEvents()
    assert not label.hasHeightForWidth()
    assert label.minimumSizeHint().height() >= label.heightForWidth(200) > 3 * 14


def test_wrapped_label_that_fits_one_line_asks_for_one_line(qtbot) -> None:
    """A short title in a wide page (the portfolio's agenda title) is one line high, not
    the three lines QLabel guesses for a word-wrapped text, with gaps above and below."""
    from cdmo_desktop.gui.widgets.fitting import WrappedLabel

    label = WrappedLabel("Agenda: late work, and what is due in the next 28 days")
    qtbot.addWidget(label)
    label.resize(900, 20)
    label.show()
    QApplication.processEvents()
    one_line = label.fontMetrics().lineSpacing() + 2
    assert label.sizeHint().height() <= one_line
    assert label.minimumSizeHint().height() <= one_line


# A 1366 x 768 laptop at 150 % scaling: 911 x 512 logical pixels for the window.
SCALED_PAGE_WIDTH = 911 - SIDEBAR - 24


@pytest.mark.parametrize("language", ["en", "de"])
@pytest.mark.parametrize(("module", "class_name"), SCREENS)
def test_screen_fits_a_laptop_at_150_percent_in_width(
    qtbot, request, module: str, class_name: str, language: str
) -> None:
    """No screen scrolls sideways on a 1366 x 768 laptop scaled to 150 %, in English or in
    German (longer words): the risk register's filters wrap onto a second row instead."""
    import importlib

    if language == "de":
        request.getfixturevalue("german")
    demo_ctx = request.getfixturevalue("demo_ctx")

    cls = getattr(importlib.import_module(f"cdmo_desktop.gui.{module}.{module}"), class_name)
    view = show(qtbot, cls(demo_ctx))
    view.resize(SCALED_PAGE_WIDTH, PAGE_HEIGHT)
    QApplication.processEvents()
    assert_fits(view, f"The {module} screen at 150 % ({language})", SCALED_PAGE_WIDTH, 10_000)


@pytest.mark.parametrize("language", ["en", "de"])
def test_partner_profiles_fit_a_laptop_at_150_percent_in_width(
    qtbot, request, ids, language: str
) -> None:
    """Every tab of every partner's profile (the scorecard's row of controls too) fits the
    width of a 1366 x 768 laptop scaled to 150 %, in English and in German."""
    from cdmo_desktop.gui.partners.partner_profile import PartnerProfileView

    if language == "de":
        request.getfixturevalue("german")
    demo_ctx = request.getfixturevalue("demo_ctx")
    for partner_id in ids["partner"]:
        view = show(qtbot, PartnerProfileView(demo_ctx, partner_id))
        view.resize(SCALED_PAGE_WIDTH, PAGE_HEIGHT)
        for i in range(view.ui.tabs.count()):
            view.ui.tabs.setCurrentIndex(i)
            QApplication.processEvents()
            what = f"Partner {partner_id}, tab {view.ui.tabs.tabText(i)!r} at 150 % ({language})"
            assert_fits(view, what, SCALED_PAGE_WIDTH, 10_000)


def test_the_risk_filters_wrap_when_narrow_and_join_again_when_wide(qtbot, demo_ctx) -> None:
    from cdmo_desktop.gui.risks.risks import RisksView

    view = show(qtbot, RisksView(demo_ctx))
    bar = view.filter_bar
    one_row = bar.height()
    assert not bar.wrapped
    view.resize(SCALED_PAGE_WIDTH, PAGE_HEIGHT)
    QApplication.processEvents()
    assert bar.wrapped and bar.height() > one_row
    assert bar.clear_button.geometry().top() > bar.search_edit.geometry().bottom()
    assert bar.geometry().right() <= view.width()
    view.resize(PAGE_WIDTH, PAGE_HEIGHT)
    QApplication.processEvents()
    assert not bar.wrapped and bar.height() == one_row
    # On one row at 1366 px the search box keeps room for a few words (the engagement
    # filter's closed width gives way to it; its list shows whole titles).
    assert bar.search_edit.width() >= 180
