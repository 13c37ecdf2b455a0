"""Every colour of the desktop app: a light and a dark theme, and the palette they go with.

    from cdmo_desktop.gui import theme
    theme.current().late_bg            # a QColor of the theme in use
    theme.set_tone(label, "error")     # a label painted in the theme's error colour

The scheme follows the system (`QStyleHints.colorScheme()`, Qt 6.5+) unless the user chose
Light or Dark in Preferences; a change while running (the desktop switching to dark, or the
preference) sets the palette, the application style sheet (the `tone` of labels and bars
made in Qt Designer) and emits `notifier().changed`, which the few things that hold a colour
outside a paint event (rich-text labels, matplotlib figures) follow. Item models, custom
painted widgets and icons (gui/icons.py) ask `current()` while they paint, so a repaint is
all they need.

The role colours come in pairs: a background tint always with the text colour drawn on it,
so that no row ends pale text on a pale tint (or dark on dark). Every pair and every text
colour on the window or base colour reaches 4.5:1 (WCAG 2; tests/gui/test_theme_contrast.py).
The PDF reports keep their own print colours (reports/ and domain/risk_matrix.py).
This is the only module in gui/ that may spell a colour (tests/unit/test_project_rules.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from PySide6.QtCore import QObject, QPointF, QSettings, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QWidget

from cdmo_desktop.domain.enums import Rag
from cdmo_desktop.domain.risk_matrix import RiskLevel
from cdmo_desktop.gui import settings as keys
from cdmo_desktop.gui.i18n import QT_TR_NOOP

Scheme = Literal["light", "dark"]
Choice = Literal["system", "light", "dark"]
CHOICES: tuple[tuple[Choice, str], ...] = (
    ("system", QT_TR_NOOP("Same as the system")),
    ("light", QT_TR_NOOP("Light")),
    ("dark", QT_TR_NOOP("Dark")),
)
Tone = Literal["error", "warning", "ok", "muted", "error-box", "warning-box", "notice", "banner"]


@dataclass(frozen=True)
class GanttColours:
    """The Gantt chart's colours (gui/widgets/gantt_style.py `colours()`)."""

    bar: QColor
    bar_done_part: QColor
    critical: QColor
    critical_done_part: QColor
    critical_edge: QColor
    overdue: QColor
    overdue_done_part: QColor
    done: QColor
    done_done_part: QColor
    conflict: QColor
    conflict_mark: QColor  # the "!" inside the conflict triangle
    milestone: QColor
    gate: QColor
    baseline: QColor
    actual: QColor
    actual_open: QColor
    late: QColor
    early: QColor
    link: QColor
    today: QColor
    weekend: QColor
    closed_day: QColor  # a translucent wash (#aarrggbb) over a site's closed days
    grid_minor: QColor
    grid_major: QColor
    group_band: QColor
    group_bar: QColor
    selected: QColor
    lock: QColor
    preview: QColor
    target: QColor
    header_background: QColor
    header_text: QColor
    header_line: QColor


@dataclass(frozen=True)
class Theme:
    scheme: Scheme
    # the palette (the app's window, text and selection colours)
    window: str
    window_text: str
    base: str
    alternate_base: str
    text: str
    button: str
    button_text: str
    highlight: str
    highlighted_text: str
    light: str
    midlight: str
    mid: str
    dark: str
    shadow: str
    placeholder: str
    link: str
    link_visited: str
    tooltip_base: str
    tooltip_text: str
    disabled_text: str
    # text on the window or base colour
    error: str
    warning: str
    ok: str
    muted: str
    info: str
    # tints of a row or cell and the text drawn on them
    late_bg: str
    late_fg: str
    warn_bg: str
    warn_fg: str
    ok_bg: str
    ok_fg: str
    neutral_bg: str  # a group row, a not-applicable cell
    neutral_fg: str
    # status (RAG) text on the base colour, and the dot shown beside a status
    rag_text: dict[str, str]
    rag_dot: dict[str, str]
    # risk levels: the badge and heat map fills and the text drawn on them
    level_bg: dict[RiskLevel, str]
    level_fg: dict[RiskLevel, str]
    heatmap_grid: str
    heatmap_selected: str
    # RACI letters on the base colour
    raci: dict[str, str]
    # the re-assessment score fills (1 worst .. 5 best) with their text
    score_bg: dict[int, str]
    score_fg: str
    # charts: the KPI trend line and target
    chart_line: str
    chart_target: str
    comment_mark: str
    gantt: GanttColours

    def colour(self, name: str) -> QColor:
        """A role by name as a QColor (`colour("late_bg")`)."""
        return QColor(getattr(self, name))

    def rag(self, rag: Rag | str) -> QColor:
        return QColor(self.rag_text[Rag(rag).value])

    def level(self, level: RiskLevel) -> tuple[QColor, QColor]:
        """The fill of a risk level and the text drawn on it."""
        return QColor(self.level_bg[level]), QColor(self.level_fg[level])


LIGHT = Theme(
    scheme="light",
    window="#efefef",
    window_text="#1f2328",
    base="#ffffff",
    alternate_base="#f5f6f7",
    text="#1f2328",
    button="#efefef",
    button_text="#1f2328",
    highlight="#2f65ca",
    highlighted_text="#ffffff",
    light="#ffffff",
    midlight="#d8dadd",
    mid="#b8bcc2",
    dark="#8a8f96",
    shadow="#505459",
    placeholder="#5f646b",
    link="#1a4f8b",
    link_visited="#5b3a8c",
    tooltip_base="#ffffdc",
    tooltip_text="#1f2328",
    disabled_text="#8a8f96",
    error="#b3261e",
    warning="#7a4f00",
    ok="#1b6b34",
    muted="#575c63",
    info="#1a4f8b",
    late_bg="#fde2e1",
    late_fg="#8c1d18",
    warn_bg="#fff1cc",
    warn_fg="#5c4400",
    ok_bg="#e3f1e4",
    ok_fg="#1b5e20",
    neutral_bg="#eef1f5",
    neutral_fg="#1f2328",
    rag_text={"green": "#1b6b34", "amber": "#8a5a00", "red": "#b3261e"},
    rag_dot={"green": "#388e3c", "amber": "#f9a825", "red": "#d32f2f"},
    level_bg={
        RiskLevel.LOW: "#8bc34a",
        RiskLevel.MEDIUM: "#ffd54f",
        RiskLevel.HIGH: "#ff9800",
        RiskLevel.CRITICAL: "#c62828",
    },
    level_fg={
        RiskLevel.LOW: "#1b2a10",
        RiskLevel.MEDIUM: "#3a2e00",
        RiskLevel.HIGH: "#2e1a00",
        RiskLevel.CRITICAL: "#ffffff",
    },
    heatmap_grid="#ffffff",
    heatmap_selected="#1a237e",
    raci={"R": "#1d4ed8", "A": "#7c2d12", "C": "#03664a", "I": "#575c63"},
    score_bg={1: "#f8d7da", 2: "#fbe3d0", 3: "#fff3cd", 4: "#dff0d8", 5: "#c8e6c9"},
    score_fg="#1f2328",
    chart_line="#37474f",
    chart_target="#1565c0",
    comment_mark="#6a1b9a",
    gantt=GanttColours(
        bar=QColor("#6f9fd8"),
        bar_done_part=QColor("#2f609f"),
        critical=QColor("#e3826f"),
        critical_done_part=QColor("#a8382a"),
        critical_edge=QColor("#8c1f14"),
        overdue=QColor("#f2b23e"),
        overdue_done_part=QColor("#a86d06"),
        done=QColor("#9cc49a"),
        done_done_part=QColor("#5d8f5a"),
        conflict=QColor("#d40f1a"),
        conflict_mark=QColor("#ffffff"),
        milestone=QColor("#2c3e50"),
        gate=QColor("#7b3fa0"),
        baseline=QColor("#9aa3ad"),
        actual=QColor("#2a7f62"),
        actual_open=QColor("#7fbfa6"),
        late=QColor("#b3141c"),
        early=QColor("#1b6b34"),
        link=QColor("#6b7683"),
        today=QColor("#e4572e"),
        weekend=QColor("#f3f3f3"),
        closed_day=QColor("#46d6783c"),
        grid_minor=QColor("#ececec"),
        grid_major=QColor("#cfd5dc"),
        group_band=QColor("#eef1f5"),
        group_bar=QColor("#4a5560"),
        selected=QColor("#dce9fb"),
        lock=QColor("#39424c"),
        preview=QColor("#5a285aaa"),
        target=QColor("#46288c46"),
        header_background=QColor("#f7f8fa"),
        header_text=QColor("#2b3138"),
        header_line=QColor("#c9cfd6"),
    ),
)

DARK = Theme(
    scheme="dark",
    window="#202226",
    window_text="#e4e6e9",
    base="#18191c",
    alternate_base="#222428",
    text="#e4e6e9",
    button="#2c2f34",
    button_text="#e4e6e9",
    highlight="#3a6fd0",
    highlighted_text="#ffffff",
    light="#40444b",
    midlight="#353940",
    mid="#4a4f57",
    dark="#101114",
    shadow="#000000",
    placeholder="#9097a0",
    link="#8ab4f8",
    link_visited="#c1a6f0",
    tooltip_base="#2c2f34",
    tooltip_text="#e4e6e9",
    disabled_text="#727880",
    error="#ff8a80",
    warning="#f2c063",
    ok="#7fd394",
    muted="#a5abb3",
    info="#8ab4f8",
    late_bg="#4d2220",
    late_fg="#ffc4bd",
    warn_bg="#3f3416",
    warn_fg="#ffe08f",
    ok_bg="#1f3b25",
    ok_fg="#b7e8c0",
    neutral_bg="#2b2f36",
    neutral_fg="#e4e6e9",
    rag_text={"green": "#7fd394", "amber": "#f2c063", "red": "#ff8a80"},
    rag_dot={"green": "#4caf50", "amber": "#f9a825", "red": "#ef5350"},
    level_bg={
        RiskLevel.LOW: "#7cb342",
        RiskLevel.MEDIUM: "#f4c542",
        RiskLevel.HIGH: "#f08c00",
        RiskLevel.CRITICAL: "#b71c1c",
    },
    level_fg={
        RiskLevel.LOW: "#10200a",
        RiskLevel.MEDIUM: "#2a2000",
        RiskLevel.HIGH: "#221300",
        RiskLevel.CRITICAL: "#ffffff",
    },
    heatmap_grid="#18191c",
    heatmap_selected="#8ab4f8",
    raci={"R": "#8ab4f8", "A": "#f5a97f", "C": "#6fd6b0", "I": "#a5abb3"},
    score_bg={1: "#5a2a2e", 2: "#5a3a24", 3: "#4d4220", 4: "#2e4a2a", 5: "#24502c"},
    score_fg="#eef0f2",
    chart_line="#cfd8dc",
    chart_target="#8ab4f8",
    comment_mark="#ce93d8",
    gantt=GanttColours(
        bar=QColor("#5b8fd0"),
        bar_done_part=QColor("#a9c8f0"),
        critical=QColor("#d9705c"),
        critical_done_part=QColor("#ffb4a6"),
        critical_edge=QColor("#ff8a75"),
        overdue=QColor("#e0a030"),
        overdue_done_part=QColor("#ffd98a"),
        done=QColor("#6f9f6c"),
        done_done_part=QColor("#b5dfb2"),
        conflict=QColor("#ff5252"),
        conflict_mark=QColor("#18191c"),
        milestone=QColor("#cfd8e3"),
        gate=QColor("#c39be0"),
        baseline=QColor("#7d8793"),
        actual=QColor("#4fc19a"),
        actual_open=QColor("#2f7d62"),
        late=QColor("#ff8a80"),
        early=QColor("#7fd394"),
        link=QColor("#8d98a5"),
        today=QColor("#ff7a50"),
        weekend=QColor("#202226"),
        closed_day=QColor("#30e07840"),
        grid_minor=QColor("#26292e"),
        grid_major=QColor("#3a3f46"),
        group_band=QColor("#2b2f36"),
        group_bar=QColor("#b8c2cc"),
        selected=QColor("#23406e"),
        lock=QColor("#cfd8e3"),
        preview=QColor("#6a5a8ae0"),
        target=QColor("#4650c878"),
        header_background=QColor("#202226"),
        header_text=QColor("#e4e6e9"),
        header_line=QColor("#3a3f46"),
    ),
)

THEMES: dict[Scheme, Theme] = {"light": LIGHT, "dark": DARK}
_current: Theme = LIGHT


def current() -> Theme:
    """The theme in use (the light one until `install` picked another)."""
    return _current


class ThemeNotifier(QObject):
    """`changed` after the theme switched (palette and style sheet already set)."""

    changed = Signal()


_notifier: ThemeNotifier | None = None


def notifier() -> ThemeNotifier:
    global _notifier
    if _notifier is None:
        _notifier = ThemeNotifier(QApplication.instance())
    return _notifier


def palette(t: Theme) -> QPalette:
    """The Qt palette of a theme (every role of the active and inactive groups, and the
    disabled text)."""
    r = QPalette.ColorRole
    p = QPalette()
    for role, value in (
        (r.Window, t.window),
        (r.WindowText, t.window_text),
        (r.Base, t.base),
        (r.AlternateBase, t.alternate_base),
        (r.Text, t.text),
        (r.Button, t.button),
        (r.ButtonText, t.button_text),
        (r.BrightText, t.highlighted_text),
        (r.Highlight, t.highlight),
        (r.HighlightedText, t.highlighted_text),
        (r.Light, t.light),
        (r.Midlight, t.midlight),
        (r.Mid, t.mid),
        (r.Dark, t.dark),
        (r.Shadow, t.shadow),
        (r.PlaceholderText, t.placeholder),
        (r.Link, t.link),
        (r.LinkVisited, t.link_visited),
        (r.ToolTipBase, t.tooltip_base),
        (r.ToolTipText, t.tooltip_text),
        (r.Accent, t.highlight),
    ):
        p.setColor(role, QColor(value))
    disabled = QPalette.ColorGroup.Disabled
    for role in (r.WindowText, r.Text, r.ButtonText):
        p.setColor(disabled, role, QColor(t.disabled_text))
    p.setColor(disabled, r.Highlight, QColor(t.mid))
    return p


# QMainWindow lays its central widget out through a geometry animation (of 0 ms at
# start-up) whenever the style gives widgets an animation time: its animation timer,
# wrapped by PySide on its first event, made PySide build every class of QtCore, QtGui,
# QtNetwork and QtWidgets it had not built yet (~30 ms) before the first paint.
CENTRAL_STILL = "QMainWindow > QWidget#central { widget-animation-duration: 0; }"


def stylesheet(t: Theme) -> str:
    """The application style sheet: the `tone` of labels and bars (set in Qt Designer as a
    dynamic property, or by `set_tone`), and no geometry animation of the main window's
    central widget (CENTRAL_STILL)."""
    return CENTRAL_STILL + (
        f'*[tone="error"] {{ color: {t.error}; }}'
        f'*[tone="warning"] {{ color: {t.warning}; }}'
        f'*[tone="ok"] {{ color: {t.ok}; }}'
        f'*[tone="muted"] {{ color: {t.muted}; }}'
        f'*[tone="error-box"] {{ color: {t.late_fg}; background: {t.late_bg};'
        " padding: 4px; border-radius: 3px; }"
        f'*[tone="warning-box"] {{ color: {t.warn_fg}; background: {t.warn_bg};'
        " padding: 6px; border-radius: 3px; }"
        f'*[tone="notice"] {{ background: {t.warn_bg}; border: 1px solid {t.warning};'
        " border-radius: 4px; }"
        f'*[tone="notice"] QLabel {{ color: {t.warn_fg}; }}'
        f'*[tone="banner"] {{ color: {t.warn_fg}; background: {t.warn_bg}; padding: 6px 8px;'
        f" border-bottom: 1px solid {t.warning}; }}"
    )


def set_tone(widget: QWidget, tone: Tone | None) -> None:
    """Paint `widget`'s text in a theme colour (None: the palette's own)."""
    if widget.property("tone") == (tone or None):
        return
    widget.setProperty("tone", tone)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()


def html_colour(name: str) -> str:
    """A role as "#rrggbb" for rich text (`<b style='color:...'>`)."""
    return str(getattr(current(), name))


def mix(a: QColor, b: QColor, share_of_a: float) -> QColor:
    """`share_of_a` of `a` over `b` (an empty heat-map cell: a tint of its level)."""
    s = share_of_a
    return QColor.fromRgbF(
        s * a.redF() + (1 - s) * b.redF(),
        s * a.greenF() + (1 - s) * b.greenF(),
        s * a.blueF() + (1 - s) * b.blueF(),
    )


# --- choosing and following the scheme ---------------------------------------------------
def system_scheme() -> Scheme:
    hints = QGuiApplication.styleHints()
    return "dark" if hints.colorScheme() == Qt.ColorScheme.Dark else "light"


def choice(settings: QSettings) -> Choice:
    value = keys.get(settings, keys.COLOUR_SCHEME)
    return value if value in ("light", "dark") else "system"  # type: ignore[return-value]


def apply(app: QApplication, chosen: Choice) -> Theme:
    """Switch to the scheme `chosen` (or the system's): the platform's own palette where the
    platform draws that scheme, else the theme's; the style sheet; `changed`."""
    global _current
    hints = app.styleHints()
    if chosen == "system":
        hints.unsetColorScheme()
    else:
        hints.setColorScheme(Qt.ColorScheme.Dark if chosen == "dark" else Qt.ColorScheme.Light)
    scheme: Scheme = system_scheme() if chosen == "system" else chosen
    _current = THEMES[scheme]
    platform_draws_it = hints.colorScheme() != Qt.ColorScheme.Unknown and (
        system_scheme() == scheme
    )
    if not isinstance(app.style(), IndicatorStyle):
        app.setStyle(IndicatorStyle())  # wraps the style in use
    app.setPalette(QPalette() if platform_draws_it else palette(_current))
    app.setStyleSheet(stylesheet(_current))
    for widget in app.allWidgets():
        widget.update()
    notifier().changed.emit()
    return _current


_INDICATORS = (
    QStyle.PrimitiveElement.PE_IndicatorCheckBox,
    QStyle.PrimitiveElement.PE_IndicatorItemViewItemCheck,
    QStyle.PrimitiveElement.PE_IndicatorRadioButton,
)


class IndicatorStyle(QProxyStyle):
    """The style in use, with check boxes and radio buttons outlined visibly.

    Fusion outlines them in the window colour darkened: on a dark window black on
    near-black, so an unchecked box in a table (the Schedule's "Fixed") disappeared, and a
    pale grey on white (1.9:1) in light. The outline is drawn from the theme's placeholder
    grey instead: 3:1 or more against the base colour, WCAG's contrast for the parts of a
    control."""

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element not in _INDICATORS:
            super().drawPrimitive(element, option, painter, widget)
            return
        saved = QPalette(option.palette)
        lifted = QPalette(saved)
        lifted.setColor(QPalette.ColorRole.Window, QColor(_current.placeholder).lighter(140))
        option.palette = lifted
        try:
            super().drawPrimitive(element, option, painter, widget)
        finally:
            option.palette = saved

    def standardIcon(
        self,
        standard_icon: QStyle.StandardPixmap,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> QIcon:
        """A toolbar's overflow button (») drawn in the theme's text colour: Fusion's own
        is a fixed dark grey, next to invisible on the dark window."""
        if standard_icon in _EXTENSIONS:
            return _chevrons(standard_icon is _EXTENSIONS[1], _current.window_text)
        return super().standardIcon(standard_icon, option, widget)


_EXTENSIONS = (
    QStyle.StandardPixmap.SP_ToolBarHorizontalExtensionButton,
    QStyle.StandardPixmap.SP_ToolBarVerticalExtensionButton,
)


def _chevrons(vertical: bool, colour: str) -> QIcon:
    """Two chevrons pointing right (down when `vertical`) in `colour`, at 1x and 2x."""
    icon = QIcon()
    for size in (16, 32):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(QColor(colour), size / 8)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        unit = size / 16
        for start in (4.0, 8.5):
            points = [QPointF(start, 4.5), QPointF(start + 3.5, 8.0), QPointF(start, 11.5)]
            if vertical:
                points = [QPointF(p.y(), p.x()) for p in points]
            painter.drawPolyline([QPointF(p.x() * unit, p.y() * unit) for p in points])
        painter.end()
        icon.addPixmap(pixmap)
    return icon


def reset(app: QApplication) -> None:
    """Back to the platform's palette, no style sheet and the light theme (the state before
    `install`)."""
    global _current
    _current = LIGHT
    app.styleHints().unsetColorScheme()
    app.setPalette(QPalette())
    app.setStyleSheet("")


_follower: _Follower | None = None


class _Follower(QObject):
    """Re-applies the user's choice when the system's scheme changes."""

    def __init__(self, app: QApplication, settings: QSettings) -> None:
        super().__init__(app)
        self.app, self.settings = app, settings
        app.styleHints().colorSchemeChanged.connect(self.on_system_changed)

    def on_system_changed(self, _scheme: Qt.ColorScheme) -> None:
        if choice(self.settings) == "system" and THEMES[system_scheme()] is not _current:
            apply(self.app, "system")


def install(app: QApplication, settings: QSettings) -> Theme:
    """Apply the user's choice now and follow the system's scheme from now on."""
    global _follower
    if _follower is None:
        _follower = _Follower(app, settings)
    _follower.settings = settings
    return apply(app, choice(settings))


def choose(app: QApplication, settings: QSettings, chosen: Choice) -> Theme:
    """The user's choice in Preferences: remembered and applied at once."""
    keys.set(settings, keys.COLOUR_SCHEME, chosen)
    if _follower is not None:
        _follower.settings = settings
    return apply(app, chosen)
