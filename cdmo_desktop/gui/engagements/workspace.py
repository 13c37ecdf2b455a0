"""The engagement workspace: charter, team & RACI, communication plan, information sharing,
decisions & actions, risks, schedule and KPIs of one engagement, behind one header.

Unsaved edits of any tab are saved together with Ctrl+S; the main window calls
`maybe_leave()` (or closes the page) before switching away and the user is asked first.
The workspace and each of its tabs are `gui.unsaved.Editable`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from cdmo_desktop.domain.enums import EngagementStatus, Phase, Rag
from cdmo_desktop.domain.rag_advice import RagAdvice
from cdmo_desktop.gui import theme
from cdmo_desktop.gui.context import AppContext
from cdmo_desktop.gui.engagements.charter import AGREED, CharterTab
from cdmo_desktop.gui.engagements.communication import ChannelsEditor
from cdmo_desktop.gui.engagements.datashare import DataSharesEditor
from cdmo_desktop.gui.engagements.decisions import DecisionsTab
from cdmo_desktop.gui.engagements.engagement_dialog import EngagementDialog
from cdmo_desktop.gui.engagements.team import TeamTab
from cdmo_desktop.gui.format import date_text
from cdmo_desktop.gui.forms.ui_engagement_workspace import Ui_EngagementWorkspaceForm
from cdmo_desktop.gui.i18n import QT_TR_NOOP, message, tr
from cdmo_desktop.gui.portfolio.rag_text import advice_line, apply_advice
from cdmo_desktop.gui.unsaved import Editable, ask_unsaved, settle_unsaved
from cdmo_desktop.store.changesets import ChangeSet
from cdmo_desktop.store.engagements import get_engagement_row
from cdmo_desktop.store.portfolio import engagement_summary

log = logging.getLogger(__name__)
# Tabs built by other screens' modules, constructed on first view: key -> (module, class).
EXTERNAL_TABS = ("risks", "schedule", "kpis")
# Tables whose changes may make the engagement's RAG look out of date.
ADVICE_TABLES = ("risk", "milestone", "action_item", "status_report")
TAB_KEYS = (
    "charter",
    "team",
    "communication",
    "datashare",
    "decisions",
    "risks",
    "schedule",
    "kpis",
)
TAB_TITLES = (
    QT_TR_NOOP("Charter"),
    QT_TR_NOOP("Team && RACI"),
    QT_TR_NOOP("Communication"),
    QT_TR_NOOP("Information sharing"),
    QT_TR_NOOP("Decisions && actions"),
    QT_TR_NOOP("Risks"),
    QT_TR_NOOP("Schedule"),
    QT_TR_NOOP("KPIs"),
)


def external_tab_class(key: str) -> Callable[..., QWidget]:
    """The Risks, Schedule and KPIs tabs are screens of their own, imported when first
    shown."""
    if key == "kpis":
        from cdmo_desktop.gui.kpis.kpi_tab import KpisTab

        return KpisTab
    if key == "risks":
        from cdmo_desktop.gui.risks.risks import RisksView

        return RisksView
    from cdmo_desktop.gui.schedule.schedule import ScheduleView

    return ScheduleView


class EngagementWorkspace(QWidget):
    """One engagement behind one header. Its window title is the engagement's title, kept
    current by `refresh_header`; `windowTitleChanged` tells the main window of a rename."""

    def __init__(
        self,
        ctx: AppContext,
        engagement_id: str,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.engagement_id = engagement_id
        self.ui = Ui_EngagementWorkspaceForm()
        self.ui.setupUi(self)
        self.setObjectName("engagement_workspace")
        tabs = self.ui.tabs
        self.charter = CharterTab(ctx, engagement_id, today=today)
        self.team = TeamTab(ctx, engagement_id, today=today)
        self.communication = ChannelsEditor(ctx, engagement_id, today=today)
        self.datashare = DataSharesEditor(ctx, engagement_id, today=today)
        self.decisions = DecisionsTab(ctx, engagement_id, today=today)
        # Clear of the tab bar, as the content of the other tabs is.
        for register in (self.communication, self.datashare):
            register.page_layout.setContentsMargins(0, 6, 0, 0)
        self.editable: list[Editable] = [
            self.charter,
            self.team,
            self.communication,
            self.datashare,
            self.decisions,
        ]
        self.external: dict[str, QWidget | None] = dict.fromkeys(EXTERNAL_TABS)
        self._holders: dict[str, QVBoxLayout] = {}
        pages: list[QWidget] = [
            self.charter,
            self.team,
            self.communication,
            self.datashare,
            self.decisions,
        ]
        for key in EXTERNAL_TABS:
            holder = QWidget()
            holder.setObjectName(f"{key}_tab")
            self._holders[key] = QVBoxLayout(holder)
            self._holders[key].setContentsMargins(0, 0, 0, 0)
            pages.append(holder)
        for page, title in zip(pages, TAB_TITLES, strict=True):
            tabs.addTab(page, tr(title))

        self.save_action = self._action("save_action", tr("Save"), QKeySequence.StandardKey.Save)
        self.save_action.triggered.connect(self._on_save_action_triggered)
        self.export_action = self._action("export_action", tr("Export…"), "Ctrl+E")
        self.export_action.triggered.connect(self._on_export_action_triggered)
        self.edit_action = self._action("edit_details_action", tr("Edit details…"), None)
        self.edit_action.triggered.connect(self._on_edit_details_button_clicked)
        self.reassess_action = self._action(
            "reassess_action", tr("Reassess partner…"), "Ctrl+Shift+R"
        )
        self.reassess_action.triggered.connect(self._on_reassess_action_triggered)
        self.ui.exportButton.clicked.connect(self._on_export_action_triggered)
        self.ui.editDetailsButton.clicked.connect(self._on_edit_details_button_clicked)
        self.ui.ragAdviceButton.clicked.connect(self._on_rag_advice_button_clicked)
        self.ui.ragAdviceBar.hide()
        self._advice: RagAdvice | None = None
        self._fixed_today = today
        tabs.currentChanged.connect(self._on_tabs_current_changed)
        self.charter.tab_requested.connect(self.show_tab)
        self.charter.completeness_changed.connect(self._on_charter_completeness_changed)
        ctx.changed.connect(self._on_ctx_changed)
        ctx.day_changed.connect(self._on_ctx_day_changed)
        self.refresh_header()
        self._on_charter_completeness_changed(
            self.charter.completeness.percent, self.charter.status_text
        )

    def _action(self, name: str, text: str, key: Any) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if key is not None:
            action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(action)
        return action

    def actions(self) -> list[QAction]:
        return [self.save_action, self.export_action, self.edit_action, self.reassess_action]

    # --- header ---------------------------------------------------------------------------
    def refresh_header(self) -> None:
        row = get_engagement_row(self.ctx.store, self.engagement_id)
        ui = self.ui
        if row is None:
            ui.titleLabel.setText(tr("This engagement no longer exists."))
            ui.subtitleLabel.setText("")
            return
        title = tr("{title}  (archived)").format(title=row.title) if row.archived else row.title
        ui.titleLabel.setText(title)
        dates = " – ".join(d for d in (date_text(row.start_date), date_text(row.end_date)) if d)
        parts = [
            f"{row.client} × {row.partner}",
            row.program_compound,
            message(Phase(row.phase).label),
            message(EngagementStatus(row.status).label),
            dates,
        ]
        ui.subtitleLabel.setText("  ·  ".join(p for p in parts if p))
        self._rag = row.rag
        self.setWindowTitle(row.title)
        self.refresh_rag_advice()

    def refresh_rag_advice(self) -> None:
        """Say when the RAG is older than the latest status report or contradicts the
        engagement's risks and late work, and offer the update."""
        summary = engagement_summary(self.ctx.store, self.engagement_id, self._fixed_today)
        self._advice = summary.rag_advice if summary is not None else None
        bar = self.ui.ragAdviceBar
        if summary is None or self._advice is None:
            bar.hide()
            return
        line = advice_line(summary, self._advice)
        self.ui.ragAdviceLabel.setText(line)
        self.ui.ragAdviceLabel.setToolTip(line)
        self.ui.ragAdviceButton.setText(
            tr("Set RAG to {rag}").format(rag=message(self._advice.suggested.label))
        )
        bar.show()

    def _on_charter_completeness_changed(self, percent: int, status: str) -> None:
        colour = theme.html_colour("ok" if status == AGREED else "warning")
        rag = getattr(self, "_rag", None)
        rag_html = (
            f"<span style='color:{theme.current().rag_dot[rag]}'>●</span>"
            f" {message(Rag(rag).label)} &nbsp;&nbsp;"
            if rag
            else ""
        )
        self.ui.charterBadgeLabel.setText(
            rag_html
            + tr("Charter: <b style='color:{colour}'>{status}</b>, {percent} % answered").format(
                colour=colour, status=tr(status), percent=percent
            )
        )

    # --- tabs -----------------------------------------------------------------------------
    def show_tab(self, key: str) -> None:
        self.ui.tabs.setCurrentIndex(TAB_KEYS.index(key))
        self._ensure_external(key)

    def _ensure_external(self, key: str) -> QWidget | None:
        if key not in EXTERNAL_TABS or self.external[key] is not None:
            return self.external.get(key)
        title = tr(TAB_TITLES[TAB_KEYS.index(key)])
        widget: QWidget
        try:
            extra = {"today": self._fixed_today} if key == "kpis" else {}
            widget = external_tab_class(key)(self.ctx, engagement_id=self.engagement_id, **extra)
        except Exception as exc:
            log.exception("could not build the %s tab", key)
            widget = QLabel(
                tr("{tab} could not be opened: {reason}").format(
                    tab=title, reason=message(str(exc))
                )
            )
        widget.setObjectName(widget.objectName() or f"{key}_content")
        if isinstance(widget, QLabel):
            widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
            widget.setWordWrap(True)
        self._holders[key].addWidget(widget)
        self.external[key] = widget
        return widget

    def _on_tabs_current_changed(self, index: int) -> None:
        if 0 <= index < len(TAB_KEYS):
            self._ensure_external(TAB_KEYS[index])

    # --- saving and leaving ---------------------------------------------------------------
    def _editable_tabs(self) -> list[tuple[int, Editable]]:
        """(tab index, tab) of every tab that can hold unsaved edits, the Risks and Schedule
        tabs included once built if they are Editable."""
        tabs: list[tuple[int, Editable]] = list(enumerate(self.editable))
        for key, widget in self.external.items():
            if isinstance(widget, Editable):
                tabs.append((TAB_KEYS.index(key), widget))
        return tabs

    def is_dirty(self) -> bool:
        return any(tab.is_dirty() for _i, tab in self._editable_tabs())

    def save(self) -> bool:
        """Save every tab with unsaved edits; on a refusal show that tab and stop."""
        for index, tab in self._editable_tabs():
            if tab.is_dirty() and not tab.save():
                self.ui.tabs.setCurrentIndex(index)
                return False
        return True

    def discard(self) -> None:
        for _index, tab in self._editable_tabs():
            if tab.is_dirty():
                tab.discard()

    def maybe_leave(self) -> bool:
        """True when the workspace may be left: nothing unsaved, or the user saved or
        discarded it."""
        if not self.is_dirty():
            return True
        answer = ask_unsaved(self, f"“{self.ui.titleLabel.text().strip()}”")
        return settle_unsaved(answer, self.save, self.discard)

    def closeEvent(self, event: QCloseEvent) -> None:
        event.setAccepted(self.maybe_leave())

    # --- slots ----------------------------------------------------------------------------
    def _on_save_action_triggered(self) -> None:
        self.save()

    def _on_export_action_triggered(self) -> None:
        from cdmo_desktop.gui.reports.reports import ExportDialog

        ExportDialog(self.ctx, engagement_id=self.engagement_id, parent=self).exec()

    def _on_edit_details_button_clicked(self) -> None:
        EngagementDialog(self.ctx, self.engagement_id, self).exec()

    def _on_reassess_action_triggered(self) -> None:
        """Open the reassessment not yet done, else start one for the current phase."""
        from cdmo_desktop.gui.reassessment.prompt import open_reassessment

        if open_reassessment(self.ctx, self.engagement_id, self) is None:
            from cdmo_desktop.domain.reassessment import ReassessmentTrigger
            from cdmo_desktop.gui.reassessment.prompt import reassess
            from cdmo_desktop.store.reassessment_edits import Trigger

            row = get_engagement_row(self.ctx.store, self.engagement_id)
            phase = Phase(row.phase) if row is not None else None
            trigger = Trigger(ReassessmentTrigger.PHASE_CHANGE, to_phase=phase)
            reassess(self.ctx, self.engagement_id, trigger, self, later=False)

    def _on_rag_advice_button_clicked(self) -> None:
        if self._advice is not None:
            apply_advice(self.ctx, self.engagement_id, self._advice, self)

    def _on_ctx_day_changed(self, _today: date) -> None:
        self.refresh_rag_advice()

    def _on_ctx_changed(self, changeset: ChangeSet, _initiator: object) -> None:
        if changeset.touches("engagement", "client", "partner"):
            self.refresh_header()
            self._on_charter_completeness_changed(
                self.charter.completeness.percent, self.charter.status_text
            )
        elif changeset.touches(*ADVICE_TABLES):
            self.refresh_rag_advice()
