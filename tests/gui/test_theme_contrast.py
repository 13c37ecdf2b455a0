"""Dark mode and light mode are both readable: every text on every screen reaches 4.5:1.

Each screen, each partner-profile tab and each engagement-workspace tab of the demo
portfolio is shown in the main window at 1366 x 768 in the light and the dark scheme and
grabbed; every visible label and item-view cell is measured (tests/gui/contrast.py: the
text colour the widget paints with against the most common colour of its area in the
grab). The theme's own pairs (a tint and the text drawn on it, a badge and its text) are
checked too, for what custom-painted widgets draw (heat map, Gantt header, risk badges).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication
from sqlmodel import select

from cdmo_desktop.domain.models import Engagement, Partner
from cdmo_desktop.domain.risk_matrix import RiskLevel
from cdmo_desktop.gui import icons, theme
from tests.gui.contrast import MINIMUM, ratio, too_faint

pytestmark = pytest.mark.gui

WIDTH, HEIGHT = 1366, 768


@pytest.fixture
def ids(demo_ctx) -> dict[str, list[str]]:
    """The demo's partners and engagements by name."""
    with demo_ctx.store.read() as s:
        return {
            "engagement": [e.id for e in s.exec(select(Engagement).order_by(Engagement.title))],
            "partner": [p.id for p in s.exec(select(Partner).order_by(Partner.name))],
        }


@pytest.fixture
def quiet(monkeypatch) -> Iterator[None]:
    """Closing pages at teardown must not block on an unsaved-changes question."""
    from cdmo_desktop.gui.engagements import workspace, workspace_records

    monkeypatch.setattr(workspace, "ask_unsaved", lambda _p, _w: "discard")
    monkeypatch.setattr(workspace_records, "ask_unsaved", lambda _p, _w: "discard")
    yield


@pytest.fixture
def scheme(qapp: QApplication, request: pytest.FixtureRequest) -> Iterator[theme.Scheme]:
    chosen: theme.Scheme = request.param
    theme.apply(qapp, chosen)
    yield chosen
    theme.reset(qapp)


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _pages(window, ids) -> Iterator[str]:
    """Show every screen and tab in turn; yield what is showing."""
    from cdmo_desktop.gui.engagements.workspace import TAB_KEYS, EngagementWorkspace
    from cdmo_desktop.gui.pages import SCREENS
    from cdmo_desktop.gui.partners.partner_profile import PartnerProfileView

    for screen in SCREENS:
        window.show_screen(screen.key)
        _settle()
        yield f"the {screen.title} screen"
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
    for key in TAB_KEYS:
        workspace.show_tab(key)
        _settle()
        yield f"the workspace tab {key!r}"


@pytest.mark.parametrize("scheme", ["light", "dark"], indirect=True)
def test_every_screen_reads_at_4_5_to_1(qtbot, demo_ctx, ids, quiet, scheme) -> None:
    from cdmo_desktop.gui.main_window import MainWindow

    window = MainWindow(demo_ctx, remember_database=False)
    qtbot.addWidget(window)
    window.resize(WIDTH, HEIGHT)
    window.show()
    faint: list[str] = []
    for page in _pages(window, ids):
        faint += [f"{page}: {problem}" for problem in too_faint(window)]
    assert not faint, f"{len(faint)} texts under {MINIMUM}:1 in {scheme}:\n" + "\n".join(
        dict.fromkeys(faint)
    )


@pytest.mark.parametrize("t", [theme.LIGHT, theme.DARK], ids=["light", "dark"])
def test_every_tint_and_badge_carries_readable_text(t: theme.Theme) -> None:
    """What custom painting draws: each text colour on the ground it is painted on."""
    pairs = {
        "late": (t.late_fg, t.late_bg),
        "warn": (t.warn_fg, t.warn_bg),
        "ok": (t.ok_fg, t.ok_bg),
        "neutral": (t.neutral_fg, t.neutral_bg),
        "Gantt header": (t.gantt.header_text.name(), t.gantt.header_background.name()),
        "selected row": (t.highlighted_text, t.highlight),
        "tool tip": (t.tooltip_text, t.tooltip_base),
    }
    for level in RiskLevel:
        pairs[f"{level.label} badge"] = (t.level_fg[level], t.level_bg[level])
    for score, fill in t.score_bg.items():
        pairs[f"score {score}"] = (t.score_fg, fill)
    for ground in ("window", "base", "alternate_base"):
        for tone in ("text", "error", "warning", "ok", "muted", "info", "link", "placeholder"):
            pairs[f"{tone} on {ground}"] = (getattr(t, tone), getattr(t, ground))
        for rag, colour in t.rag_text.items():
            pairs[f"{rag} status on {ground}"] = (colour, getattr(t, ground))
        for role, colour in t.raci.items():
            pairs[f"RACI {role} on {ground}"] = (colour, getattr(t, ground))
    for rag, colour in t.rag_text.items():  # the KPI status cells: status text on its tint
        tint = {"green": t.ok_bg, "amber": t.warn_bg, "red": t.late_bg}[rag]
        pairs[f"{rag} status on its tint"] = (colour, tint)
    for role, colour in t.raci.items():  # a RACI letter in a row that breaks the rule
        pairs[f"RACI {role} on a violation"] = (colour, t.late_bg)
    faint = {
        what: round(ratio(QColor(fg), QColor(bg)), 2)
        for what, (fg, bg) in pairs.items()
        if ratio(QColor(fg), QColor(bg)) < MINIMUM
    }
    assert not faint


def test_a_switch_while_running_repaints_in_the_other_scheme(qtbot, qapp, demo_ctx) -> None:
    """The system turning dark (or the user's choice) switches the palette, the tone
    colours and the icons of a window already open; back to light, back again."""
    from cdmo_desktop.gui.main_window import MainWindow

    window = MainWindow(demo_ctx, remember_database=False)
    qtbot.addWidget(window)
    window.show()
    try:
        theme.apply(qapp, "dark")
        _settle()
        assert window.palette().color(QPalette.ColorRole.Window) == QColor(theme.DARK.window)
        title = window.page_title
        assert title.palette().color(title.foregroundRole()) == QColor(theme.DARK.muted)
        dark_icon = icons.icon("risks").pixmap(24, 24).toImage()
        theme.apply(qapp, "light")
        _settle()
        assert window.palette().color(QPalette.ColorRole.Window) == QColor(theme.LIGHT.window)
        assert title.palette().color(title.foregroundRole()) == QColor(theme.LIGHT.muted)
        light_icon = icons.icon("risks").pixmap(24, 24).toImage()
        assert dark_icon != light_icon
        inks = {light_icon.pixelColor(x, 12).name() for x in range(24)}
        assert theme.LIGHT.window_text in inks  # drawn in the palette's text colour
    finally:
        theme.reset(qapp)


def test_the_preference_overrides_the_system_and_is_remembered(qapp, settings) -> None:
    try:
        assert theme.install(qapp, settings) is theme.LIGHT  # offscreen: no system scheme
        theme.choose(qapp, settings, "dark")
        assert theme.current() is theme.DARK
        assert theme.choice(settings) == "dark"
        assert theme.install(qapp, settings) is theme.DARK  # the next start
        theme.choose(qapp, settings, "system")
        assert theme.current() is theme.LIGHT
    finally:
        theme.reset(qapp)


def test_preferences_offer_system_light_and_dark(qtbot, qapp, settings) -> None:
    from cdmo_desktop.gui.dialogs.preferences import PreferencesDialog

    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    combo = dialog.ui.schemeCombo
    assert [combo.itemData(i) for i in range(combo.count())] == ["system", "light", "dark"]
    assert combo.currentData() == "system"
    try:
        combo.setCurrentIndex(combo.findData("dark"))
        dialog.accept()
        assert theme.current() is theme.DARK
        assert theme.choice(settings) == "dark"
        again = PreferencesDialog(settings)
        qtbot.addWidget(again)
        assert again.ui.schemeCombo.currentData() == "dark"
    finally:
        theme.reset(qapp)


def test_rich_text_follows_a_switch_while_running(qtbot, qapp, demo_ctx, ids, quiet) -> None:
    """Labels whose rich text names a colour (the tiles, a partner's overview, the charter
    status and the workspace badge) are written again in the new scheme's colours."""
    from PySide6.QtWidgets import QLabel

    from cdmo_desktop.gui.main_window import MainWindow

    light = {theme.LIGHT.warning, theme.LIGHT.error, theme.LIGHT.ok}
    dark = {theme.DARK.warning, theme.DARK.error, theme.DARK.ok}

    def colours_named() -> set[str]:
        text = " ".join(label.text().lower() for label in window.findChildren(QLabel))
        return {c for c in light | dark if c in text}

    window = MainWindow(demo_ctx, remember_database=False)
    qtbot.addWidget(window)
    window.show()
    window.show_screen("portfolio")
    window.open_partner(ids["partner"][0])
    window.open_engagement(ids["engagement"][0])
    _settle()
    try:
        theme.apply(qapp, "light")
        _settle()
        assert colours_named() and colours_named() <= light
        theme.apply(qapp, "dark")
        _settle()
        assert colours_named() and colours_named() <= dark
    finally:
        theme.reset(qapp)


@pytest.mark.parametrize("scheme", ["light", "dark"], indirect=True)
def test_an_unchecked_box_in_a_table_is_outlined_visibly(qtbot, scheme) -> None:
    """The Schedule's "Fixed" column: an unchecked box must show (3:1, WCAG's contrast for
    the parts of a control), not melt into the dark base."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

    table = QTableWidget(1, 1)
    qtbot.addWidget(table)
    item = QTableWidgetItem("")
    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
    item.setCheckState(Qt.CheckState.Unchecked)
    table.setItem(0, 0, item)
    table.resize(200, 100)
    table.show()
    qtbot.waitExposed(table)
    cell = table.visualItemRect(item).translated(table.viewport().pos())
    image = table.grab().toImage()
    base = QColor(theme.current().base)
    best = max(
        ratio(image.pixelColor(x, y), base)
        for x in range(cell.left() + 1, cell.left() + 28)
        for y in range(cell.top() + 1, cell.bottom())
    )
    assert best >= 3.0, f"the box's outline reaches only {best:.2f}:1 in {scheme}"


@pytest.mark.parametrize("scheme", ["light", "dark"], indirect=True)
def test_a_toolbars_overflow_button_shows(qtbot, scheme) -> None:
    """A toolbar too narrow for its actions shows » for the rest (the Schedule's at 150 %):
    it must read at 3:1 against the window, not Fusion's fixed dark grey on the dark one."""
    from PySide6.QtWidgets import QMainWindow, QToolBar, QToolButton

    window = QMainWindow()
    qtbot.addWidget(window)
    bar = QToolBar(window)
    for i in range(12):
        bar.addAction(f"Action number {i}")
    window.addToolBar(bar)
    window.resize(300, 120)
    window.show()
    qtbot.waitExposed(window)
    button = bar.findChild(QToolButton, "qt_toolbar_ext_button")
    assert button is not None and button.isVisible()
    image = button.grab().toImage()
    background = QColor(theme.current().window)
    best = max(
        ratio(image.pixelColor(x, y), background)
        for x in range(image.width())
        for y in range(image.height())
    )
    assert best >= 3.0, f"» reaches only {best:.2f}:1 in {scheme}"
