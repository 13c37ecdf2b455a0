"""Headline figures at the top of the portfolio screen: the tiles and what they show."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from html import escape

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from cdmo_desktop.domain.enums import EngagementStatus
from cdmo_desktop.gui import theme
from cdmo_desktop.gui.format import date_text
from cdmo_desktop.gui.i18n import QT_TR_NOOP, tr
from cdmo_desktop.gui.widgets.wrapping_row import WrappingRow
from cdmo_desktop.store.portfolio import OverdueAudit, PortfolioOverview
from cdmo_desktop.store.portfolio_list import PortfolioTotals

# The Portfolio's texts kept here (portfolio.py stays under 400 lines).
EMPTY_HTML = QT_TR_NOOP(
    "<p style='font-size:12pt'>No running engagements yet.</p>"
    "<p>Add your partners under <b>Partners</b> (Ctrl+2), then start an engagement "
    "under <b>Engagements</b> (Ctrl+3): its risks, milestones and action items will "
    "show up here.</p>"
)
AGENDA_TITLE = QT_TR_NOOP("<b>Agenda</b>: late work, and what is due in the next {count} days")


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
        self.value = QLabel("–", self)
        self.value.setObjectName(f"{name}Value")
        self.caption = QLabel(caption, self)
        self.caption.setObjectName(f"{name}Caption")
        self.caption.setStyleSheet("font-weight: 600;")
        self.caption.setWordWrap(True)
        self.detail = QLabel(self)
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
        "engagements": Tile("engagementsTile", tr("engagements running"), screen),
        "critical": Tile("criticalTile", tr("critical open risks"), screen),
        "reviews": Tile("reviewsTile", tr("risk reviews due"), screen),
        "milestones": Tile("milestonesTile", tr("overdue milestones"), screen),
        "actions": Tile("actionsTile", tr("overdue action items"), screen),
        "audits": Tile("auditsTile", tr("partner audits overdue"), screen),
    }
    TotalsFollowTheme(screen, tiles, overview)
    return tiles


def tile_rows(parent: QWidget) -> WrappingRow:
    """Where the tiles go (`fill_tile_rows`); make the tiles in it, so that each is styled
    once, as it is built, rather than again when moved into it."""
    rows = WrappingRow(parent, spacing=8)
    rows.setObjectName("portfolioTiles")
    return rows


def fill_tile_rows(rows: WrappingRow, tiles: Sequence[QWidget]) -> None:
    """The tiles side by side, or in two rows of about half each where one row does not
    fit (German at 150 %): never one tile alone on a second row."""
    half = (len(tiles) + 1) // 2
    for part in (tiles[:half], tiles[half:]):
        rows.add_group(*part, stretch=[1] * len(part))


def show_totals(t: dict[str, Tile], ov: PortfolioOverview | PortfolioTotals) -> None:
    """The overview's figures on the tiles; one overdue audit links to its partner, more
    to a menu of them (the tile's `link_activated` gives the partner id or "menu")."""
    by = ov.by_status
    active, planned = by[EngagementStatus.ACTIVE], by[EngagementStatus.PLANNED]
    on_hold, closed = by[EngagementStatus.ON_HOLD], by[EngagementStatus.CLOSED]
    t["engagements"].set_value(active + planned + on_hold)
    review = ov.rags_to_review
    rags = (tr("{count} RAG to update") if review == 1 else tr("{count} RAGs to update")).format(
        count=review
    )
    to_review = f"<b style='color:{theme.html_colour('warning')}'>{rags}</b> · " if review else ""
    t["engagements"].set_detail(
        to_review
        + tr("{active} active · {planned} planned · {on_hold} on hold · {closed} closed").format(
            active=active, planned=planned, on_hold=on_hold, closed=closed
        )
    )
    t["critical"].set_value(ov.critical_risks, attention_colour(ov.critical_risks))
    t["critical"].set_detail(
        tr("{high} high · {open} open in all").format(high=ov.high_risks, open=ov.open_risks)
    )
    t["reviews"].set_value(ov.reviews_due, attention_colour(ov.reviews_due, severe=False))
    t["reviews"].set_detail(tr("open risks whose review date has come"))
    t["milestones"].set_value(ov.overdue_milestones, attention_colour(ov.overdue_milestones))
    t["milestones"].set_detail(tr("tasks, milestones and gates past their finish"))
    t["actions"].set_value(ov.overdue_actions, attention_colour(ov.overdue_actions))
    t["actions"].set_detail(tr("open action items past their due date"))
    audits, overdue = ov.audits_overdue, ov.audits_overdue_total
    t["audits"].set_value(overdue, attention_colour(overdue, severe=False))
    if overdue == 1 and audits:
        name = escape(audits[0].partner_name)
        t["audits"].set_detail(f"<a href='{audits[0].partner_id}'>{name}</a>")
    elif overdue:
        t["audits"].set_detail(tr("<a href='menu'>show partners…</a>"))
    else:
        t["audits"].set_detail(tr("every partner's audit is up to date"))
    lines = [
        tr("{partner}: due {date} ({count} days overdue)").format(
            partner=a.partner_name,
            date=date_text(a.next_audit_due),
            count=(ov.today - a.next_audit_due).days,
        )
        for a in audits
    ]
    if overdue > len(audits):
        lines.append(
            tr("… and {count} more (Partners, sorted by next audit)").format(
                count=overdue - len(audits)
            )
        )
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


def audit_due_text(audit: OverdueAudit) -> str:
    """ "Hollis Ridge Pharma: due 3 Mar 2026" (the Portfolio's menu of overdue audits)."""
    return tr("{partner}: due {date}").format(
        partner=audit.partner_name, date=date_text(audit.next_audit_due)
    )
