"""The portfolio's "KPIs off target" tile. Its figures come from the store only, not from
the start-up snapshot: it shows "–" until the store is open, and the KPI reads (and the
ORM behind them) are imported when it first refreshes, never before the first paint."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget

from cdmo_desktop.gui.i18n import tr
from cdmo_desktop.gui.portfolio.portfolio_tiles import Tile

if TYPE_CHECKING:
    from cdmo_desktop.gui.context import AppContext
    from cdmo_desktop.store.portfolio import AgendaItem


class KpiTile(Tile):
    """A click on its link lists the KPIs off target or opens the engagement's KPIs."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__("kpisOffTargetTile", tr("KPIs off target"), parent)
        self.ctx = ctx
        self.off_target: Any = None  # portfolio_kpis.OffTargetKpis, once refreshed
        self.link_activated.connect(self._on_link_activated)

    def refresh(self, upcoming: Sequence[AgendaItem], today: date) -> list[AgendaItem]:
        """Count the KPIs off target; returns the agenda with the KPI values missing."""
        from cdmo_desktop.gui.kpis import portfolio_kpis

        self.off_target = portfolio_kpis.off_target(self.ctx)
        portfolio_kpis.show_off_target(self, self.off_target)
        return portfolio_kpis.with_missing_values(self.ctx, upcoming, today)

    def _on_link_activated(self, link: str) -> None:
        from cdmo_desktop.gui.kpis import portfolio_kpis

        if self.off_target is not None:
            portfolio_kpis.open_off_target(self.ctx, self.off_target, link, self)
