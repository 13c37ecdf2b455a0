"""The partner scorecard: every KPI of every engagement with the partner, its latest value,
status and trend, counted by status; and one KPI compared across partners.

A double-click (or Enter) opens the engagement at its KPIs."""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cdmo_desktop.domain import clock
from cdmo_desktop.domain.enums import Rag
from cdmo_desktop.gui.context import AppContext
from cdmo_desktop.gui.dialogs.base import RememberedGeometryDialog
from cdmo_desktop.gui.i18n import QT_TR_NOOP, message, tr
from cdmo_desktop.gui.kpis.kpi_table import RECENT_ROLE, STATUS_ROLE, SparklineDelegate
from cdmo_desktop.gui.kpis.kpi_text import (
    period_text,
    status_colour,
    status_html_colour,
    status_text,
    status_tint,
    target_text,
    trend_text,
    value_text,
)
from cdmo_desktop.gui.kpis.portfolio_kpis import KPI_TAB
from cdmo_desktop.gui.kpis.scorecard_columns import ScorecardColumns
from cdmo_desktop.gui.models.rows import ListTableModel
from cdmo_desktop.gui.unsaved import NothingToSave
from cdmo_desktop.gui.widgets import fitting, table_habits
from cdmo_desktop.store.changesets import ChangeSet
from cdmo_desktop.store.kpi_views import partner_kpi_lines
from cdmo_desktop.store.kpis import PartnerKpi, kpi_across_partners

# A line of the scorecard: one KPI of one engagement, with whose engagement and partner.
ScorecardLine = PartnerKpi


WATCHED = ("engagement_kpi", "kpi_measurement", "engagement", "partner")
ENGAGEMENT_ROLE = Qt.ItemDataRole.UserRole + 4


class ScorecardModel(ListTableModel[ScorecardLine]):
    """`first` names the column that leads: the engagement (a partner's scorecard) or the
    partner (one KPI across partners)."""

    def __init__(self, across_partners: bool = False, parent: Any = None) -> None:
        super().__init__(parent)
        self.across = across_partners
        self.headers = (
            QT_TR_NOOP("Partner") if across_partners else QT_TR_NOOP("Engagement"),
            QT_TR_NOOP("Engagement") if across_partners else QT_TR_NOOP("KPI"),
            QT_TR_NOOP("Target"),
            QT_TR_NOOP("Latest"),
            QT_TR_NOOP("Of"),
            QT_TR_NOOP("Status"),
            QT_TR_NOOP("Trend"),
            QT_TR_NOOP("Last periods"),
        )

    FIRST, SECOND, TARGET, LATEST, OF, STATUS, TREND, SPARK = range(8)

    def display(self, line: ScorecardLine, column: int) -> Any:
        k = line.kpi
        if column == self.FIRST:
            return line.partner_name if self.across else line.engagement_title
        if column == self.SECOND:
            return line.engagement_title if self.across else k.name
        if column == self.TARGET:
            return target_text(k.target, k.direction, k.unit)
        if column == self.LATEST:
            return value_text(k.latest_value, k.unit)
        if column == self.OF:
            return period_text(k.period, k.latest_period)
        if column == self.STATUS:
            return status_text(k.status)
        if column == self.TREND:
            return trend_text(k.trend)
        return None

    def cell_data(self, line: ScorecardLine, column: int, role: int) -> Any:
        k = line.kpi
        if role == ENGAGEMENT_ROLE:
            return line.engagement_id
        if role == RECENT_ROLE:
            return k.recent
        if role == STATUS_ROLE:
            return k.status
        if column == self.STATUS and role == Qt.ItemDataRole.ForegroundRole:
            return status_colour(k.status)
        if column == self.STATUS and role == Qt.ItemDataRole.BackgroundRole:
            tint = status_tint(k.status)
            return QBrush(tint) if tint is not None else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.TARGET, self.LATEST):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


RAG_WORDS = {
    Rag.RED: QT_TR_NOOP("red"),
    Rag.AMBER: QT_TR_NOOP("amber"),
    Rag.GREEN: QT_TR_NOOP("green"),
}
FIGURE_SAMPLES = {
    ScorecardModel.TARGET: "≥ 100.5 %",
    ScorecardModel.LATEST: "100.5 %",
    ScorecardModel.OF: "Sep 2026",
    ScorecardModel.STATUS: QT_TR_NOOP("Green – on target"),
    ScorecardModel.TREND: QT_TR_NOOP("↘ worsening"),
}


def counts_html(lines: Sequence[ScorecardLine]) -> str:
    """ "<b>12 KPIs</b> in 3 engagements: 2 red · 4 amber · 5 green · 1 without status"."""
    if not lines:
        return tr("No KPIs agreed in this partner's engagements yet.")
    by = Counter(line.kpi.status for line in lines)
    engagements = len({line.engagement_id for line in lines})
    parts = [
        f"<b style='color:{status_html_colour(rag)}'>{by[rag]} {tr(RAG_WORDS[rag])}</b>"
        for rag in (Rag.RED, Rag.AMBER, Rag.GREEN)
    ]
    if by[None]:
        parts.append(tr("{count} without a status").format(count=by[None]))
    n = len(lines)
    kpis_text = (tr("{count} KPI") if n == 1 else tr("{count} KPIs")).format(count=n)
    where = (
        tr("in {count} engagement") if engagements == 1 else tr("in {count} engagements")
    ).format(count=engagements)
    return f"<b>{kpis_text}</b> {where}: " + " · ".join(parts)


def scorecard_table(name: str, model: ScorecardModel) -> QTableView:
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.setWordWrap(False)
    table.setItemDelegateForColumn(ScorecardModel.SPARK, SparklineDelegate(table))
    # The names stretch and shrink (fit_columns): the table never scrolls sideways.
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.addAction(table_habits.double_click_action(table, tr("&Open the engagement's KPIs")))
    return table


def fit_columns(table: QTableView) -> None:
    """Figures as wide as their widest text; the two names share what is left, keeping
    a readable width before the status and trend words give theirs (ScorecardColumns: the
    table never scrolls sideways, on a laptop at 150 % in German either)."""
    fm = table.fontMetrics()
    hm = table.horizontalHeader().fontMetrics()
    model = table.model()
    assert isinstance(model, ScorecardModel)
    widths = {
        column: max(
            fm.horizontalAdvance(tr(sample)), hm.horizontalAdvance(tr(model.headers[column]))
        )
        + 18
        for column, sample in FIGURE_SAMPLES.items()
    }
    shrinkable = {c: widths.pop(c) for c in (ScorecardModel.STATUS, ScorecardModel.TREND)}
    ScorecardColumns(
        table,
        (ScorecardModel.FIRST, ScorecardModel.SECOND),
        {**widths, ScorecardModel.SPARK: 96},
        shrinkable,
    )


class ScorecardPanel(NothingToSave, QWidget):
    """The scorecard of `partner_id`, read when shown and after KPI changes."""

    def __init__(
        self,
        ctx: AppContext,
        partner_id: str,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("scorecardPanel")
        self.ctx = ctx
        self.partner_id = partner_id
        self._fixed_today = today
        self._dirty = True
        self._fitted = False
        self.summary = QLabel()
        self.summary.setObjectName("scorecardSummary")
        self.summary.setWordWrap(True)
        self.model = ScorecardModel(parent=self)
        self.table = scorecard_table("scorecardTable", self.model)
        table_habits.install(self.table, "partner_scorecard", ctx.settings)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self._open_current)
        self.compare_combo = QComboBox()
        self.compare_combo.setObjectName("compareKpiCombo")
        self.compare_combo.setMinimumContentsLength(24)
        fitting.shrinkable_combo(self.compare_combo)  # German at 150 %: the row fits
        self.compare_button = QPushButton(tr("&Compare across partners…"))
        self.compare_button.setObjectName("compareKpiButton")
        self.compare_button.clicked.connect(self.compare)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(tr("One KPI at every partner:")))
        bar.addWidget(self.compare_combo)
        bar.addWidget(self.compare_button)
        bar.addStretch(1)
        self.export_button = QPushButton(tr("E&xport PDF…"))
        self.export_button.setObjectName("exportScorecardButton")
        self.export_button.setToolTip(tr("The scorecard as a PDF, for the steering meeting"))
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.export_status = QLabel()
        self.export_status.setObjectName("scorecardExportStatus")
        self.export_status.setWordWrap(True)
        self.export_status.linkActivated.connect(self._on_export_status_link_activated)
        self.written: Path | None = None
        bar.addWidget(self.export_status)
        bar.addWidget(self.export_button)
        self._build: Any = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(bar)
        ctx.changed.connect(self._on_ctx_changed)
        ctx.day_changed.connect(self._on_ctx_changed)

    @property
    def today(self) -> date:
        return self._fixed_today or clock.today()

    def refresh(self) -> None:
        lines = partner_kpi_lines(self.ctx.store, self.partner_id, self.today)
        self.model.set_rows(lines)
        self.summary.setText(counts_html(lines))
        if not self._fitted:
            self._fitted = True
            fit_columns(self.table)
        current = self.compare_combo.currentData()
        choices = {line.kpi.library_key or line.kpi.name: line.kpi.name for line in lines}
        self.compare_combo.clear()
        for key, name in sorted(choices.items(), key=lambda kv: kv[1].casefold()):
            self.compare_combo.addItem(name, key)
        if current is not None:
            self.compare_combo.setCurrentIndex(max(self.compare_combo.findData(current), 0))
        self.compare_button.setEnabled(self.compare_combo.count() > 0)
        self._dirty = False

    def export_pdf(self, path: Path) -> bool:
        """Write the scorecard PDF to `path` through the PDF worker process (the window
        answers meanwhile); False when the worker is busy or could not start."""
        from cdmo_desktop.gui.reports.pdf_build import ScorecardRequest
        from cdmo_desktop.gui.reports.pdf_process import PdfBuild, WorkerBusy
        from cdmo_desktop.gui.reports.report_export import default_paper

        request = ScorecardRequest(
            self.ctx.store.address,
            self.partner_id,
            str(path),
            default_paper(self.ctx.settings),
            clock.local_now(),
        )
        build = PdfBuild(request)
        build.progress.connect(self._on_build_progress)
        build.finished.connect(self._on_build_finished)
        build.failed.connect(self._on_build_failed)
        try:
            build.start()
        except (WorkerBusy, OSError) as exc:
            self.export_status.setText(message(exc))
            return False
        self._build = build
        self.export_button.setEnabled(False)
        self.export_status.setText(tr("Writing the PDF…"))
        return True

    def _on_export_button_clicked(self) -> None:
        partner = self.window().windowTitle() or tr("partner")
        name = tr("Scorecard {partner}.pdf").format(partner=partner).replace("/", "-")
        path, _filter = QFileDialog.getSaveFileName(
            self, tr("Save the scorecard as"), str(Path.home() / name), tr("PDF files (*.pdf)")
        )
        if path:
            self.export_pdf(Path(path))

    def _on_build_progress(self, percent: int, text: str) -> None:
        self.export_status.setText(
            tr("{step}… {percent} %").format(step=message(text), percent=percent)
        )

    def _on_build_finished(self, result: Any) -> None:
        self._build = None
        self.export_button.setEnabled(True)
        self.written = result.path
        self.export_status.setText(
            tr("Saved {file} · <a href='preview'>Preview</a> · <a href='print'>Print…</a>").format(
                file=html.escape(result.path.name)
            )
        )
        self.export_status.setToolTip(str(result.path))

    def _on_export_status_link_activated(self, link: str) -> None:
        """Preview or print the scorecard just written (gui/reports/preview.py)."""
        if self.written is None:
            return
        if link == "preview":
            from cdmo_desktop.gui.reports.preview import show_preview

            show_preview(self, self.written, self.ctx.settings)
        else:
            from cdmo_desktop.gui.reports.printing import print_pdf

            print_pdf(self, self.written)

    def _on_build_failed(self, reason: str) -> None:
        self._build = None
        self.export_button.setEnabled(True)
        self.export_status.setText(message(reason))

    def compare(self) -> CompareDialog | None:
        key = self.compare_combo.currentData()
        if key is None:
            return None
        dialog = CompareDialog(
            self.ctx, str(key), self.compare_combo.currentText(), self.today, self
        )
        dialog.open()
        return dialog

    def _open_current(self) -> None:
        self._on_table_double_clicked(self.table.currentIndex())

    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.ctx.open_engagement_tab_requested.emit(index.data(ENGAGEMENT_ROLE), KPI_TAB)

    def _on_ctx_changed(self, changeset: object, _initiator: object = None) -> None:
        if isinstance(changeset, ChangeSet) and not changeset.touches(*WATCHED):
            return
        if self.isVisible():
            self.refresh()
        else:
            self._dirty = True

    def showEvent(self, event: QShowEvent) -> None:
        if self._dirty:
            self.refresh()
        super().showEvent(event)


class CompareDialog(RememberedGeometryDialog):
    """One KPI (library key, or a free KPI's name) in every engagement that agreed it, by
    partner; a double-click opens that engagement's KPIs."""

    def __init__(
        self, ctx: AppContext, key: str, name: str, today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, ctx.settings)
        self.setObjectName("compareKpiDialog")
        self.setWindowTitle(tr("{kpi} at every partner").format(kpi=name))
        self.ctx = ctx
        lines = kpi_across_partners(ctx.store, key, today)
        self.model = ScorecardModel(across_partners=True, parent=self)
        self.model.set_rows(lines)
        self.table = scorecard_table("compareKpiTable", self.model)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        summary = QLabel()
        summary.setObjectName("compareKpiSummary")
        partners = len({line.partner_id for line in lines})
        summary.setText(
            (
                tr("{kpi} at {count} partner.")
                if partners == 1
                else tr("{kpi} at {count} partners.")
            ).format(kpi=f"<b>{name}</b>", count=partners)
            + " "
            + counts_html(lines).split(": ", 1)[-1]
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        fit_columns(self.table)
        self.resize(980, 520)

    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.ctx.open_engagement_tab_requested.emit(index.data(ENGAGEMENT_ROLE), KPI_TAB)
            self.accept()
