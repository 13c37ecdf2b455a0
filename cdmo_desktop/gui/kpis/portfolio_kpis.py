"""The portfolio's KPI figures: the "KPIs off target" tile (a click lists them and opens the
engagement at its KPIs) and the agenda entries for a period whose value is missing."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QMenu, QWidget

from cdmo_desktop.domain.enums import Rag
from cdmo_desktop.domain.kpi import next_period
from cdmo_desktop.gui.context import AppContext
from cdmo_desktop.gui.i18n import tr
from cdmo_desktop.gui.kpis.kpi_text import period_text, status_text, value_text
from cdmo_desktop.gui.portfolio.portfolio_tiles import Tile, attention_colour
from cdmo_desktop.store import kpis
from cdmo_desktop.store.kpi_views import engagement_titles
from cdmo_desktop.store.portfolio import AgendaItem

KPI_TAB = "kpis"
MENU_LIMIT = 30


@dataclass(frozen=True)
class OffTarget:
    kpi_id: str
    engagement_id: str
    engagement_title: str
    line: str  # "Batch yield: 71 % (Red – off target), Oct 2026"
    red: bool


@dataclass(frozen=True)
class OffTargetKpis:
    """The tile's figures: how many KPIs are red and amber, and the first MENU_LIMIT of
    them (red first) that its tooltip and menu list."""

    red: int = 0
    amber: int = 0
    items: tuple[OffTarget, ...] = ()

    @property
    def total(self) -> int:
        return self.red + self.amber


def off_target(ctx: AppContext) -> OffTargetKpis:
    """The KPIs whose latest value is amber or red: counted, and the first MENU_LIMIT read
    (the tile never reads every KPI off target of a large portfolio)."""
    red, amber = kpis.off_target_counts(ctx.store)
    rows = kpis.off_target_kpis(ctx.store, limit=MENU_LIMIT)
    titles = engagement_titles(ctx.store, {r.engagement_id for r in rows})
    items = [
        OffTarget(
            r.id,
            r.engagement_id,
            titles.get(r.engagement_id, ""),
            tr("{kpi}: {value} ({status}), {period}").format(
                kpi=r.name,
                value=value_text(r.latest_value, r.unit),
                status=status_text(r.status),
                period=period_text(r.period, r.latest_period),
            ),
            r.status == Rag.RED,
        )
        for r in rows
    ]
    items.sort(key=lambda i: (not i.red, i.engagement_title, i.line))
    return OffTargetKpis(red, amber, tuple(items))


def kpi_tile() -> Tile:
    return Tile("kpisOffTargetTile", tr("KPIs off target"))


def show_off_target(tile: Tile, found: OffTargetKpis) -> None:
    items, total = found.items, found.total
    tile.set_value(total, attention_colour(total, severe=bool(found.red)))
    if total == 1 and items:
        tile.set_detail(f"<a href='0'>{escape(items[0].engagement_title)}</a>")
    elif total:
        tile.set_detail(
            tr("{red} red · {amber} amber · <a href='menu'>show KPIs…</a>").format(
                red=found.red, amber=found.amber
            )
        )
    else:
        tile.set_detail(tr("every measured KPI is on target"))
    lines = [f"{i.engagement_title} – {i.line}" for i in items]
    if total > len(items):
        lines.append(tr("… and {count} more").format(count=total - len(items)))
    tile.setToolTip("\n".join(lines))


def open_off_target(
    ctx: AppContext, found: OffTargetKpis, link: str, parent: QWidget
) -> QMenu | None:
    """Follow the tile's link: one KPI opens its engagement's KPIs, "menu" lists them all
    (the menu, shown and deleted once closed, is returned)."""
    items = found.items
    if link != "menu":
        if items:
            ctx.open_engagement_tab_requested.emit(items[int(link)].engagement_id, KPI_TAB)
        return None
    menu = QMenu(parent)
    menu.setObjectName("offTargetKpisMenu")
    menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    for item in items:
        action = menu.addAction(" – ".join((item.engagement_title, item.line)))
        action.triggered.connect(
            lambda _=False, eid=item.engagement_id: ctx.open_engagement_tab_requested.emit(
                eid, KPI_TAB
            )
        )
    if found.total > len(items):
        menu.addAction(tr("… and {count} more").format(count=found.total - len(items))).setEnabled(
            False
        )
    menu.popup(QCursor.pos())
    return menu


@dataclass(frozen=True)
class KpiAgendaItem(AgendaItem):
    """An agenda entry of the KPIs (its kind is not one of the store's agenda kinds)."""

    @property
    def kind_label(self) -> str:
        return tr("KPI value")


def missing_value_items(ctx: AppContext, today: date) -> list[AgendaItem]:
    """Agenda entries "KPI value missing for <period>", due when that period has ended."""
    items: list[AgendaItem] = []
    for m in kpis.missing_kpi_values(ctx.store, today):
        due = next_period(m.period, m.period_start)
        when = m.label
        items.append(
            KpiAgendaItem(
                due=due,
                kind="kpi_missing",
                title=tr("KPI value missing for {period}: {kpi}").format(
                    period=when, kpi=m.kpi_name
                ),
                engagement_id=m.engagement_id,
                engagement_title=m.engagement_title,
                overdue=due <= today,
            )
        )
    return items


def with_missing_values(
    ctx: AppContext, upcoming: Sequence[AgendaItem], today: date
) -> list[AgendaItem]:
    """The agenda with the KPI values missing, by date."""
    return sorted([*upcoming, *missing_value_items(ctx, today)], key=lambda item: item.due)
