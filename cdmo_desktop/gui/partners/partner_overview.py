"""The Overview tab of a partner profile: engagements (double-click opens one), open risks
by level, next milestones and decision gates, recent changes from the change log."""

from __future__ import annotations

from datetime import date
from html import escape
from typing import Any

from PySide6.QtCore import QModelIndex, QObject
from PySide6.QtWidgets import QAbstractItemView

from cdmo_desktop.domain.enums import (
    EngagementStatus,
    MilestoneKind,
    Phase,
    QualificationStatus,
    RiskLevel,
)
from cdmo_desktop.gui import theme
from cdmo_desktop.gui.context import AppContext
from cdmo_desktop.gui.format import date_text, datetime_text, number_text
from cdmo_desktop.gui.forms.ui_partner_profile import Ui_PartnerProfile
from cdmo_desktop.gui.i18n import QT_TR_NOOP, message, tr
from cdmo_desktop.gui.partners.layout_fit import ColumnFitter
from cdmo_desktop.gui.partners.partners_model import RowsTableModel
from cdmo_desktop.gui.widgets import table_habits
from cdmo_desktop.store.partner_overview import PartnerOverview

LEVELS = (RiskLevel.CRITICAL, RiskLevel.HIGH, RiskLevel.MEDIUM, RiskLevel.LOW)


def _warning() -> str:
    return theme.html_colour("warning")


def _error() -> str:
    return theme.html_colour("error")


def risks_html(counts: dict[RiskLevel, int]) -> str:
    """Coloured chips "2 Critical  3 High ..." in the matrix colours; a sentence when none."""
    if not any(counts.values()):
        return tr("<p>No open risks on this partner's engagements.</p>")
    chips = []
    for level in LEVELS:
        n = counts.get(level, 0)
        t = theme.current()
        bg = t.level_bg[level] if n else t.neutral_bg
        fg = t.level_fg[level] if n else t.muted
        chips.append(
            f'<td style="background:{bg}; color:{fg}; padding:6px 10px;">'
            f"<b style='font-size:14pt'>{number_text(n)}</b><br/>"
            f"{escape(message(level.label))}</td>"
        )
    total = sum(counts.values())
    return f"<table cellspacing='4'><tr>{''.join(chips)}</tr></table>" + (
        tr("<p>{count} open risk across the engagements.</p>")
        if total == 1
        else tr("<p>{count} open risks across the engagements.</p>")
    ).format(count=number_text(total))


def _agreement(label: str, signed: date | None, expiry: date | None, today: date) -> str:
    if signed is None and expiry is None:
        none = tr("none on file")
        return tr("{label}: {value}").format(
            label=label, value=f"<span style='color:{_warning()}'>{none}</span>"
        )
    parts = [tr("signed {date}").format(date=date_text(signed))] if signed else []
    if expiry is not None:
        days = (expiry - today).days
        if days < 0:
            expired = tr("expired {date}").format(date=date_text(expiry))
            parts.append(f"<b style='color:{_error()}'>{expired}</b>")
        elif days <= 90:
            expires = tr("expires {date} ({count} days)").format(
                date=date_text(expiry), count=number_text(days)
            )
            parts.append(f"<b style='color:{_warning()}'>{expires}</b>")
        else:
            parts.append(tr("expires {date}").format(date=date_text(expiry)))
    return tr("{label}: {value}").format(label=label, value=", ".join(parts))


def glance_html(
    partner: dict[str, Any], contacts: list[dict[str, Any]], today: date, local_time: str
) -> str:
    """Qualification, audits, agreements, primary contact and local time in a few lines."""
    status = message(QualificationStatus(partner["qualification_status"]).label)
    lines = [tr("Qualification: {status}").format(status=f"<b>{escape(status)}</b>")]
    last, due = partner.get("last_audit_date"), partner.get("next_audit_due")
    audit = tr("Last audit: {date}").format(date=date_text(last) or tr("none on record"))
    if due is not None:
        days = (due - today).days
        if days < 0 and not partner.get("archived"):
            late = tr("overdue by {count} days").format(count=number_text(-days))
            audit += tr(" · next {overdue} ({date})").format(
                overdue=f"<b style='color:{_error()}'>{late}</b>", date=date_text(due)
            )
        else:
            audit += tr(" · next due {date} (in {count} days)").format(
                date=date_text(due), count=number_text(days)
            )
    lines.append(audit)
    lines.append(
        _agreement(tr("CDA"), partner.get("cda_signed_date"), partner.get("cda_expiry_date"), today)
    )
    lines.append(
        _agreement(
            tr("Quality agreement"),
            partner.get("quality_agreement_date"),
            partner.get("quality_agreement_expiry"),
            today,
        )
    )
    msa = partner.get("msa_signed_date")
    none_on_file = tr("none on file")
    lines.append(
        tr("MSA: signed {date}").format(date=date_text(msa))
        if msa
        else tr("MSA: {value}").format(
            value=f"<span style='color:{_warning()}'>{none_on_file}</span>"
        )
    )
    primary = next((c for c in contacts if c.get("is_primary")), None)
    if primary is not None:
        reach = " · ".join(escape(x) for x in (primary.get("email"), primary.get("phone")) if x)
        role = f", {escape(primary['role'])}" if primary.get("role") else ""
        lines.append(
            tr("Primary contact: {name}").format(name=f"<b>{escape(primary['name'])}</b>{role}")
            + (f"<br/>{reach}" if reach else "")
        )
    else:
        none = tr("none chosen")
        lines.append(
            tr("Primary contact: {name}").format(
                name=f"<span style='color:{_warning()}'>{none}</span>"
            )
        )
    if local_time:
        lines.append(tr("Local time: {time}").format(time=escape(local_time)))
    return "<br/>".join(lines)


class OverviewPanel(QObject):
    def __init__(self, ctx: AppContext, ui: Ui_PartnerProfile) -> None:
        super().__init__(ui.engagementsTable)
        self.ctx, self.ui = ctx, ui
        engagements, milestones, changes = ui.engagementsTable, ui.milestonesTable, ui.changesTable
        self.risks_label = ui.risksLabel
        self.engagements = RowsTableModel(
            (tr("Engagement"), tr("Client"), tr("Phase"), tr("Status"), tr("Dates")), self
        )
        self.milestones = RowsTableModel((tr("Due"), tr("Milestone"), tr("Engagement")), self)
        self.changes = RowsTableModel(
            (QT_TR_NOOP("When"), QT_TR_NOOP("Who"), QT_TR_NOOP("What"), QT_TR_NOOP("Change")), self
        )
        self.fitters = []
        for view, model, stretch in (
            (engagements, self.engagements, 0),
            (milestones, self.milestones, 1),
            (changes, self.changes, 2),
        ):
            view.setModel(model)
            view.verticalHeader().setVisible(False)
            view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            view.setWordWrap(False)
            # Long text shares the width, the rest fits its contents, nothing scrolls sideways.
            fitter = ColumnFitter(view, stretch=stretch, widest=240)
            model.modelReset.connect(fitter.fit_contents)
            self.fitters.append(fitter)
        engagements.doubleClicked.connect(self._on_engagements_double_clicked)
        milestones.doubleClicked.connect(self._on_milestones_double_clicked)
        engagements.setToolTip(tr("Double-click to open the engagement"))
        milestones.setToolTip(tr("Double-click to open the engagement"))
        for view, name in ((engagements, "engagements"), (milestones, "milestones")):
            opening = table_habits.double_click_action(view, tr("&Open engagement"))
            table_habits.install(view, f"partner_{name}", ctx.settings, opening)
        table_habits.install(changes, "partner_changes", ctx.settings)

    def clear(self) -> None:
        self.show(PartnerOverview())
        self.risks_label.setText(tr("<p>Save the new partner to follow its engagements here.</p>"))
        self.ui.glanceLabel.setText("")

    def show(self, ov: PartnerOverview) -> None:
        rows = []
        for e in ov.engagements:
            dates = " – ".join(filter(None, [date_text(e.start), date_text(e.end)]))
            rows.append(
                (
                    e.id,
                    [
                        e.title,
                        e.client,
                        message(Phase(e.phase).label),
                        message(EngagementStatus(e.status).label),
                        dates,
                    ],
                )
            )
        self.engagements.set_rows(rows)
        self.ui.engagementsTable.setVisible(bool(rows))
        self.ui.engagementsEmptyLabel.setVisible(not rows)
        self.risks_label.setText(risks_html(ov.open_risks))
        ms_rows, colours = [], {}
        for i, m in enumerate(ov.milestones):
            gate = tr(" (decision gate)") if m.kind == MilestoneKind.DECISION_GATE else ""
            ms_rows.append((m.engagement_id, [date_text(m.due), m.name + gate, m.engagement]))
            if m.late:
                colours[i] = theme.current().colour("error")
        self.milestones.set_rows(
            ms_rows, colours, {i: tr("Late: planned date has passed") for i in colours}
        )
        self.ui.milestonesTable.setVisible(bool(ms_rows))
        self.ui.milestonesEmptyLabel.setVisible(not ms_rows)
        self.changes.set_rows(
            [
                (str(i), [datetime_text(c.occurred_at), c.user, *c.describe(date_text)])
                for i, c in enumerate(ov.changes)
            ]
        )

    def _on_engagements_double_clicked(self, index: QModelIndex) -> None:
        self.ctx.open_engagement_requested.emit(self.engagements.key_at(index.row()))

    def _on_milestones_double_clicked(self, index: QModelIndex) -> None:
        self.ctx.open_engagement_requested.emit(self.milestones.key_at(index.row()))
