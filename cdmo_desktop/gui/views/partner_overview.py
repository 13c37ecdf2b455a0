"""The Overview tab of a partner profile: engagements (double-click opens one), open risks
by level, next milestones and decision gates, recent changes from the change log."""

from __future__ import annotations

from datetime import datetime
from html import escape

from PySide6.QtCore import QModelIndex, QObject
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView

from cdmo_desktop.domain import risk_matrix
from cdmo_desktop.domain.enums import EngagementStatus, MilestoneKind, Phase, RiskLevel
from cdmo_desktop.gui.context import AppContext
from cdmo_desktop.gui.models.partners import RowsTableModel, format_date
from cdmo_desktop.gui.views.partner_tables import RED
from cdmo_desktop.store.partner_overview import PartnerOverview

LEVELS = (RiskLevel.CRITICAL, RiskLevel.HIGH, RiskLevel.MEDIUM, RiskLevel.LOW)


def _when(moment: datetime) -> str:
    return moment.astimezone().strftime("%d %b %Y %H:%M")


def risks_html(counts: dict[RiskLevel, int]) -> str:
    """Coloured chips "2 Critical  3 High ..." in the matrix colours; a sentence when none."""
    if not any(counts.values()):
        return "<p>No open risks on this partner's engagements.</p>"
    chips = []
    for level in LEVELS:
        n = counts.get(level, 0)
        bg = risk_matrix.LEVEL_COLOURS[level] if n else "#E0E0E0"
        fg = risk_matrix.LEVEL_TEXT_COLOURS[level] if n else "#616161"
        chips.append(
            f'<td style="background:{bg}; color:{fg}; padding:6px 10px;">'
            f"<b style='font-size:14pt'>{n}</b><br/>{escape(level.label)}</td>"
        )
    total = sum(counts.values())
    return (
        f"<table cellspacing='4'><tr>{''.join(chips)}</tr></table>"
        f"<p>{total} open risk{'s' if total != 1 else ''} across the engagements.</p>"
    )


class OverviewPanel(QObject):
    def __init__(
        self,
        ctx: AppContext,
        engagements: QTableView,
        risks: QLabel,
        milestones: QTableView,
        changes: QTableView,
    ) -> None:
        super().__init__(engagements)
        self.ctx = ctx
        self.risks_label = risks
        self.engagements = RowsTableModel(
            ("Engagement", "Client", "Phase", "Status", "Dates"), self
        )
        self.milestones = RowsTableModel(("Due", "Milestone", "Engagement"), self)
        self.changes = RowsTableModel(("When", "Who", "What", "Change"), self)
        for view, model, wide in (
            (engagements, self.engagements, 0),
            (milestones, self.milestones, 1),
            (changes, self.changes, 3),
        ):
            view.setModel(model)
            view.verticalHeader().setVisible(False)
            header = view.horizontalHeader()
            header.setStretchLastSection(False)
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(wide, QHeaderView.ResizeMode.Stretch)
            view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            view.setWordWrap(False)
        self.engagement_view, self.milestone_view, self.change_view = (
            engagements,
            milestones,
            changes,
        )
        engagements.doubleClicked.connect(self._on_engagements_double_clicked)
        milestones.doubleClicked.connect(self._on_milestones_double_clicked)
        engagements.setToolTip("Double-click to open the engagement")
        milestones.setToolTip("Double-click to open the engagement")

    def clear(self) -> None:
        self.show(PartnerOverview())
        self.risks_label.setText("<p>Save the new partner to follow its engagements here.</p>")

    def show(self, ov: PartnerOverview) -> None:
        rows = []
        for e in ov.engagements:
            dates = " – ".join(filter(None, [format_date(e.start), format_date(e.end)]))
            rows.append(
                (
                    e.id,
                    [
                        e.title,
                        e.client,
                        Phase(e.phase).label,
                        EngagementStatus(e.status).label,
                        dates,
                    ],
                )
            )
        self.engagements.set_rows(rows)
        self.risks_label.setText(risks_html(ov.open_risks))
        ms_rows, colours = [], {}
        for i, m in enumerate(ov.milestones):
            gate = " (decision gate)" if m.kind == MilestoneKind.DECISION_GATE else ""
            ms_rows.append((m.engagement_id, [format_date(m.due), m.name + gate, m.engagement]))
            if m.late:
                colours[i] = RED
        self.milestones.set_rows(
            ms_rows, colours, {i: "Late: planned date has passed" for i in colours}
        )
        self.changes.set_rows(
            [
                (str(i), [_when(c.occurred_at), c.user, c.what, c.change])
                for i, c in enumerate(ov.changes)
            ]
        )

    def _on_engagements_double_clicked(self, index: QModelIndex) -> None:
        self.ctx.open_engagement_requested.emit(self.engagements.key_at(index.row()))

    def _on_milestones_double_clicked(self, index: QModelIndex) -> None:
        self.ctx.open_engagement_requested.emit(self.milestones.key_at(index.row()))
