"""The reassessment editor: the score grid (current partner and candidates, with the facts
the app holds for the selected criterion), the side-by-side view (against the candidates
and the previous assessment) and the outcome.

Every edit of a cell or of the candidates is written at once as one undo step (Ctrl+Z here
or in the window undoes it); "Record outcome" completes the reassessment in one step that
also writes the decision, the condition actions and the risks put up for review."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from cdmo_desktop.domain import clock
from cdmo_desktop.domain.reassessment import QUESTIONS, Criterion, ReassessmentStatus
from cdmo_desktop.gui import settings as keys
from cdmo_desktop.gui import theme
from cdmo_desktop.gui.context import AppContext
from cdmo_desktop.gui.dialogs.base import RememberedGeometryDialog
from cdmo_desktop.gui.format import date_text
from cdmo_desktop.gui.i18n import message, tr
from cdmo_desktop.gui.models.choices import ChoiceModel, long_list, refill, store_list
from cdmo_desktop.gui.reassessment.comparison import ComparisonTable
from cdmo_desktop.gui.reassessment.outcome_form import OutcomeForm
from cdmo_desktop.gui.reassessment.score_table import ScoreTable
from cdmo_desktop.gui.undo import REFUSALS, commit, refusal_text
from cdmo_desktop.gui.widgets.fields import combo_value
from cdmo_desktop.store.changesets import ChangeSet
from cdmo_desktop.store.choice_lists import Listing
from cdmo_desktop.store.reassessment_edits import (
    ReassessmentForm,
    complete_reassessment,
    save_reassessment,
)
from cdmo_desktop.store.reassessments import (
    ReassessmentDetail,
    criterion_facts,
    reassessment_detail,
)

TABLES = ("reassessment", "reassessment_score", "reassessment_candidate")


class ReassessmentDialog(RememberedGeometryDialog):
    def __init__(
        self,
        ctx: AppContext,
        reassessment_id: str,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(parent, ctx.settings)
        self.setObjectName("reassessment_dialog")
        self.ctx = ctx
        self.reassessment_id = reassessment_id
        self._today = today
        self._facts: dict[str, dict[Criterion, tuple[str, ...]]] = {}
        self.detail: ReassessmentDetail = reassessment_detail(ctx.store, reassessment_id)
        self.header = QLabel()
        self.header.setObjectName("reassessment_header")
        self.header.setWordWrap(True)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("reassessment_tabs")
        self.scores = ScoreTable()
        self.facts = QTextBrowser()
        self.facts.setObjectName("facts_view")
        self.comparison = ComparisonTable()
        self.outcome = OutcomeForm()
        self.candidate_combo = QComboBox()
        self.candidate_combo.setObjectName("candidate_combo")
        self.candidates = long_list(self.candidate_combo, ChoiceModel(tr("— pick a partner —")))
        self.add_candidate_button = QPushButton(tr("Add &candidate"))
        self.add_candidate_button.setObjectName("add_candidate_button")
        self.remove_candidate_button = QPushButton(tr("&Remove candidate"))
        self.remove_candidate_button.setObjectName("remove_candidate_button")
        self.error_label = QLabel()
        self.error_label.setObjectName("error_label")
        self.error_label.setWordWrap(True)
        theme.set_tone(self.error_label, "error")
        self.error_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.complete_button = self.buttons.addButton(
            tr("Record &outcome"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.complete_button.setObjectName("complete_button")
        self._build()
        self._actions()
        self.reload()
        ctx.changed.connect(self._on_ctx_changed)

    # --- layout ---------------------------------------------------------------------------
    def _build(self) -> None:
        picker = QHBoxLayout()
        picker.addWidget(QLabel(tr("Compare with:")))
        picker.addWidget(self.candidate_combo, 1)
        picker.addWidget(self.add_candidate_button)
        picker.addWidget(self.remove_candidate_button)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.setObjectName("scores_split")
        split.addWidget(self.scores)
        split.addWidget(self.facts)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 1)
        page = QWidget()
        page.setObjectName("scores_page")
        inner = QVBoxLayout(page)
        inner.addLayout(picker)
        inner.addWidget(split, 1)
        self.tabs.addTab(page, tr("&Scores"))
        self.tabs.addTab(self.comparison, tr("Side &by side"))
        self.tabs.addTab(self.outcome, tr("Out&come"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        room = self.screen().availableGeometry()
        self.resize(min(1200, int(room.width() * 0.95)), min(680, int(room.height() * 0.9)))
        self.scores.edited.connect(self._on_scores_edited)
        self.scores.currentCellChanged.connect(self._on_scores_current_cell_changed)
        self.add_candidate_button.clicked.connect(self._on_add_candidate_button_clicked)
        self.remove_candidate_button.clicked.connect(self._on_remove_candidate_button_clicked)
        self.complete_button.clicked.connect(self._on_complete_button_clicked)
        self.buttons.rejected.connect(self.reject)
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)

    def _actions(self) -> None:
        for name, key, slot in (
            ("undo_action", QKeySequence.StandardKey.Undo, self.ctx.undo_stack.undo),
            ("redo_action", QKeySequence.StandardKey.Redo, self.ctx.undo_stack.redo),
        ):
            action = QAction(self)
            action.setObjectName(name)
            action.setShortcut(key)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)

    def today(self) -> date:
        return self._today or clock.today()

    # --- reading --------------------------------------------------------------------------
    def reload(self) -> None:
        d = self.detail = reassessment_detail(self.ctx.store, self.reassessment_id)
        row = d.row
        self.setWindowTitle(row.title)
        when = tr("due {date}").format(date=date_text(row.due_date))
        if row.completed:
            when = tr("completed {date}").format(date=date_text(row.assessed_on))
        elif row.status == ReassessmentStatus.POSTPONED:
            when = tr("postponed, due {date}").format(date=date_text(row.due_date))
        previous = (
            tr(" · previous assessment {date}").format(date=date_text(d.previous.assessed_on))
            if d.previous
            else ""
        )
        line = " · ".join((row.engagement_title, message(row.trigger.label), when)) + previous
        self.header.setText("".join(("<b>", escape(row.title), "</b><br/>", escape(line))))
        self.scores.load(d.columns, d.entries)
        shown = {c.id for c in d.columns}
        listing = Listing("partner", leave_out=tuple(sorted(shown)))
        refill(self.candidate_combo, self.candidates, store_list(self.ctx.store, listing))
        self.candidate_combo.setCurrentIndex(0)
        name = keys.get(self.ctx.settings, keys.CONSULTANT_NAME)
        self.outcome.load(
            row.outcome, row.outcome_note, row.assessor or name, row.assessed_on or self.today()
        )
        for widget in (self.scores, self.outcome, self.candidate_combo):
            widget.setEnabled(not row.completed)
        self.add_candidate_button.setEnabled(not row.completed)
        self.remove_candidate_button.setEnabled(not row.completed and len(d.columns) > 1)
        self.complete_button.setEnabled(not row.completed)
        self._refresh_comparison()
        self._show_facts()

    def _refresh_comparison(self) -> None:
        self.comparison.show_scores(self.scores.columns, self.scores.entries(), self.detail)

    def _show_facts(self) -> None:
        crit = self.scores.current_criterion()
        parts = [
            f"<h3>{escape(message(crit.label))}</h3><p><i>{escape(message(QUESTIONS[crit]))}</i></p>"
        ]
        for c in self.scores.columns:
            if c.id not in self._facts:
                self._facts[c.id] = criterion_facts(
                    self.ctx.store, self.detail.row.engagement_id, c.id, self.today()
                )
            facts = self._facts[c.id].get(crit, ())
            items = "".join(f"<li>{escape(f)}</li>" for f in facts) or tr(
                "<li>Nothing recorded</li>"
            )
            parts.append(f"<p><b>{escape(c.name)}</b></p><ul>{items}</ul>")
        self.facts.setHtml("".join(parts))

    def form(self) -> tuple[ReassessmentForm, dict[str, str]]:
        conditions, problems = self.outcome.condition_entries()
        try:
            on = self.outcome.assessed_on_edit.value()
        except ValueError as exc:
            on, problems["assessed_on"] = None, str(exc)
        form = ReassessmentForm(
            entries=self.scores.entries(),
            candidates=tuple(c.id for c in self.scores.columns if not c.current),
            assessor=self.outcome.assessor_edit.text(),
            assessed_on=on,
            outcome=self.outcome.outcome(),
            outcome_note=self.outcome.note_edit.toPlainText(),
            conditions=conditions,
        )
        return form, problems

    # --- writing --------------------------------------------------------------------------
    def _write(self, write: object) -> bool:
        try:
            changeset: ChangeSet = write()  # type: ignore[operator]
        except REFUSALS as exc:
            errors = getattr(exc, "errors", {}) or {}
            self.show_errors(errors or {"": refusal_text(exc)})
            return False
        self.show_errors({})
        commit(self.ctx, changeset, initiator=self)
        return True

    def show_errors(self, errors: dict[str, str]) -> None:
        self.scores.mark_errors(set(errors))
        self.error_label.setText("\n".join(dict.fromkeys(errors.values())))
        self.error_label.setVisible(bool(errors))

    def save_draft(self, candidates: tuple[str, ...] | None = None) -> bool:
        form, _problems = self.form()
        if candidates is not None:
            form = ReassessmentForm(
                entries=tuple(
                    e
                    for e in form.entries
                    if e.partner_id in {*candidates, self.detail.row.partner_id}
                ),
                candidates=candidates,
                assessor=form.assessor,
                assessed_on=form.assessed_on,
                outcome_note=form.outcome_note,
            )
        store, rid = self.ctx.store, self.reassessment_id
        return self._write(lambda: save_reassessment(store, rid, form))

    def complete(self) -> bool:
        form, problems = self.form()
        if problems:
            self.show_errors(problems)
            return False
        store, rid, today = self.ctx.store, self.reassessment_id, self.today()
        if not self._write(lambda: complete_reassessment(store, rid, form, today)):
            return False
        self.accept()
        return True

    # --- slots ----------------------------------------------------------------------------
    def _on_scores_edited(self) -> None:
        self.save_draft()
        self._refresh_comparison()

    def _on_scores_current_cell_changed(self, *_args: object) -> None:
        self._show_facts()

    def _on_add_candidate_button_clicked(self) -> None:
        partner_id = combo_value(self.candidate_combo)
        if not partner_id:
            return
        now = tuple(c.id for c in self.scores.columns if not c.current)
        if self.save_draft((*now, partner_id)):
            self.reload()

    def _on_remove_candidate_button_clicked(self) -> None:
        chosen = self.scores.current_partner()
        candidates = [c for c in self.scores.columns if not c.current]
        if chosen is None or chosen.current:
            chosen = candidates[-1] if candidates else None
        if chosen is None:
            return
        if self.save_draft(tuple(c.id for c in candidates if c.id != chosen.id)):
            self.reload()

    def _on_complete_button_clicked(self) -> None:
        self.complete()

    def _on_tabs_current_changed(self, _index: int) -> None:
        self._refresh_comparison()

    def _on_ctx_changed(self, changeset: ChangeSet, initiator: object) -> None:
        if initiator is self or not changeset.touches(*TABLES):
            return
        try:
            self.reload()
        except LookupError:
            self.reject()
