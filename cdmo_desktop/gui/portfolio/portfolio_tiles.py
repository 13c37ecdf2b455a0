"""Headline figures at the top of the portfolio screen: the tiles and what they show."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from cdmo_desktop.domain.enums import EngagementStatus
from cdmo_desktop.gui import theme
from cdmo_desktop.gui.format import date_text
from cdmo_desktop.gui.i18n import tr
from cdmo_desktop.store.portfolio import PortfolioOverview
from cdmo_desktop.store.portfolio_list import PortfolioTotals


class Tile(QFrame):
    """A figure, its caption and one line of detail; the figure is coloured when it needs
    attention. A detail given as a link emits `link_activated`."""

    link_activated = Signal(str)

    def __init__(self, name: str, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            f"#{name} {{ background: palette(base); border: 1px solid palette(midlight);"
            " border-radius: 6px; }"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(1)
        self.value = QLabel("–")
        self.value.setObjectName(f"{name}Value")
        self.caption = QLabel(caption)
        self.caption.setObjectName(f"{name}Caption")
        self.caption.setStyleSheet("font-weight: 600;")
        self.caption.setWordWrap(True)
        self.detail = QLabel()
        self.detail.setObjectName(f"{name}Detail")
        self.detail.setWordWrap(True)
        theme.set_tone(self.detail, "muted")
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.detail.linkActivated.connect(self.link_activated)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)
        layout.addWidget(self.detail)
        layout.addStretch(1)

    def set_value(self, value: int, tone: theme.Tone | None = None) -> None:
        """The figure, in the theme's colour of `tone` when it needs attention."""
        self.value.setText(str(value))
        self.value.setStyleSheet("font-size: 20pt; font-weight: 600;")
        theme.set_tone(self.value, tone)
        self._describe()

    def set_detail(self, text: str) -> None:
        self.detail.setText(text)
        self._show_detail_tip()
        self._describe()

    def _describe(self) -> None:
        """For a screen reader the tile is its figure and caption, the detail its
        description; a detail with a link takes the keyboard focus (Enter follows it)."""
        self.setAccessibleName(
            tr("{value} {caption}").format(value=self.value.text(), caption=self.caption.text())
        )
        detail = QTextDocumentFragment.fromHtml(self.detail.text()).toPlainText()
        self.setAccessibleDescription(detail)
        flags = Qt.TextInteractionFlag.LinksAccessibleByMouse
        if "<a " in self.detail.text():
            flags |= Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        self.detail.setTextInteractionFlags(flags)

    def set_compact(self, compact: bool) -> None:
        """On a short screen the detail line goes into the tile's tooltip."""
        self.detail.setVisible(not compact)
        self._show_detail_tip()

    def _show_detail_tip(self) -> None:
        if self.detail.isHidden() and not self.toolTip():
            self.caption.setToolTip(
                QTextDocumentFragment.fromHtml(self.detail.text()).toPlainText()
            )
        else:
            self.caption.setToolTip("")


def attention_colour(count: int, severe: bool = True) -> theme.Tone:
    """The tone of a count of things that need attention: ok at none, else error (severe)
    or warning."""
    if not count:
        return "ok"
    return "error" if severe else "warning"


def headline_tiles(
    screen: QWidget, overview: Callable[[], PortfolioOverview | PortfolioTotals | None]
) -> dict[str, Tile]:
    """The six tiles, by key, in the order they show; written again from `overview()`
    when dark mode goes on or off."""
    tiles = {
        "engagements": Tile("engagementsTile", "engagements running"),
        "critical": Tile("criticalTile", "critical open risks"),
        "reviews": Tile("reviewsTile", "risk reviews due"),
        "milestones": Tile("milestonesTile", "overdue milestones"),
        "actions": Tile("actionsTile", "overdue action items"),
        "audits": Tile("auditsTile", "partner audits overdue"),
    }
    TotalsFollowTheme(screen, tiles, overview)
    return tiles


def show_totals(t: dict[str, Tile], ov: PortfolioOverview | PortfolioTotals) -> None:
    """The overview's figures on the tiles; one overdue audit links to its partner, more
    to a menu of them (the tile's `link_activated` gives the partner id or "menu")."""
    by = ov.by_status
    active, planned = by[EngagementStatus.ACTIVE], by[EngagementStatus.PLANNED]
    on_hold, closed = by[EngagementStatus.ON_HOLD], by[EngagementStatus.CLOSED]
    t["engagements"].set_value(active + planned + on_hold)
    review = ov.rags_to_review
    plural = "s" if review != 1 else ""
    to_review = (
        f"<b style='color:{theme.html_colour('warning')}'>{review} RAG{plural} to update</b> · "
        if review
        else ""
    )
    t["engagements"].set_detail(
        f"{to_review}{active} active · {planned} planned · {on_hold} on hold · {closed} closed"
    )
    t["critical"].set_value(ov.critical_risks, attention_colour(ov.critical_risks))
    t["critical"].set_detail(f"{ov.high_risks} high · {ov.open_risks} open in all")
    t["reviews"].set_value(ov.reviews_due, attention_colour(ov.reviews_due, severe=False))
    t["reviews"].set_detail("open risks whose review date has come")
    t["milestones"].set_value(ov.overdue_milestones, attention_colour(ov.overdue_milestones))
    t["milestones"].set_detail("tasks, milestones and gates past their finish")
    t["actions"].set_value(ov.overdue_actions, attention_colour(ov.overdue_actions))
    t["actions"].set_detail("open action items past their due date")
    audits, overdue = ov.audits_overdue, ov.audits_overdue_total
    t["audits"].set_value(overdue, attention_colour(overdue, severe=False))
    if overdue == 1 and audits:
        name = escape(audits[0].partner_name)
        t["audits"].set_detail(f"<a href='{audits[0].partner_id}'>{name}</a>")
    elif overdue:
        t["audits"].set_detail("<a href='menu'>show partners…</a>")
    else:
        t["audits"].set_detail("every partner's audit is up to date")
    lines = [
        f"{a.partner_name}: due {date_text(a.next_audit_due)}"
        f" ({(ov.today - a.next_audit_due).days} days overdue)"
        for a in audits
    ]
    if overdue > len(audits):
        lines.append(f"… and {overdue - len(audits)} more (Partners, sorted by next audit)")
    t["audits"].setToolTip("\n".join(lines))


class TotalsFollowTheme(QObject):
    """Writes the tiles again when dark mode goes on or off (their rich text names
    colours); a child of the screen, so it goes with it."""

    def __init__(
        self,
        screen: QWidget,
        tiles: dict[str, Tile],
        overview: Callable[[], PortfolioOverview | PortfolioTotals | None],
    ) -> None:
        super().__init__(screen)
        self.tiles, self.overview = tiles, overview
        theme.notifier().changed.connect(self.rewrite)

    def rewrite(self) -> None:
        ov = self.overview()
        if ov is not None:
            show_totals(self.tiles, ov)
