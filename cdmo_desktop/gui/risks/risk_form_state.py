"""Live feedback of the risk form: score and level badges, reasons next to the fields, the
next-review hint, and which buttons may be pressed (with the reason when they may not).

The form works out a `FormState` and hands it to `show_state`; nothing here knows the form
itself, only its widgets (Ui_RiskForm)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from html import escape
from typing import Any

from PySide6.QtWidgets import QLabel

from cdmo_desktop.domain import risk_review
from cdmo_desktop.domain.enums import RiskStatus
from cdmo_desktop.domain.validation import label
from cdmo_desktop.gui import format as fmt
from cdmo_desktop.gui.forms.ui_risk_form import Ui_RiskForm
from cdmo_desktop.gui.i18n import message, tr
from cdmo_desktop.gui.risks import risk_widgets as rw

WARN = " ⚠"
# Field -> the error label next to it; fields without one are named in the summary only.
ERROR_LABELS = {
    "engagement_id": "engagementError",
    "title": "titleError",
    "owner": "ownerError",
    "raised_date": "raisedDateError",
    "likelihood": "assessmentError",
    "impact": "assessmentError",
    "residual_likelihood": "assessmentError",
    "residual_impact": "assessmentError",
    "review_cadence_days": "cadenceError",
    "next_review_date": "nextReviewError",
    "closed_date": "closedDateError",
    "closure_note": "closureNoteError",
}
# Which tab shows a field (tabs with a problem get a warning sign).
TAB_OF = {
    "review_cadence_days": 1,
    "next_review_date": 1,
    "closed_date": 2,
    "closure_note": 2,
    "realized_decision_id": 2,
}


@dataclass(frozen=True)
class FormState:
    """What the form shows besides its fields, as the form worked it out."""

    values: dict[str, Any]
    errors: dict[str, str]
    show_errors: bool  # once the user has touched a field, or for a logged risk
    dirty: bool
    logged: bool
    code: str
    engagement_title: str
    last_review: date | None
    computed_next_review: date | None
    next_review_auto: bool
    typing: frozenset[str] = frozenset()  # fields being typed: their reasons wait

    def shown_errors(self) -> dict[str, str]:
        """The reasons shown next to the fields now."""
        if not self.show_errors:
            return {}
        return {f: m for f, m in self.errors.items() if f not in self.typing}


def show_state(ui: Ui_RiskForm, state: FormState, tab_titles: Sequence[str]) -> None:
    values = state.values
    _show_scores(ui, values)
    ui.codeLabel.setText(state.code if state.logged else tr("New risk"))
    title = state.engagement_title
    ui.engagementLink.setText(f'<a href="engagement">{escape(title)}</a>' if title else "")
    realized = values["status"] == RiskStatus.REALIZED.value
    ui.decisionCombo.setEnabled(realized)
    ui.decisionComboLabel.setEnabled(realized)
    _show_next_review_hint(ui, state)
    errors = state.errors
    show_errors(ui, state.shown_errors(), tab_titles)
    dirty = state.dirty
    ui.saveButton.setEnabled(dirty and not errors)
    if errors:
        reasons = "\n".join(f"- {message(m)}" for m in dict.fromkeys(errors.values()))
        ui.saveButton.setToolTip(tr("Cannot save yet:\n{reasons}").format(reasons=reasons))
    else:
        ui.saveButton.setToolTip(tr("Save the risk (Ctrl+S)") if dirty else tr("Nothing to save"))
    ui.revertButton.setEnabled(dirty)
    ui.deleteButton.setEnabled(state.logged)
    live = risk_review.is_active(values["status"] or "")
    ui.markReviewedButton.setEnabled(state.logged and not dirty and live)
    if not state.logged:
        why = tr("Save the new risk first")
    elif dirty:
        why = tr("Save or revert your changes first")
    elif not live:
        why = tr("Closed and realized risks are no longer reviewed")
    else:
        why = tr("Record a review (date, note, new scores) and move the next review date")
    ui.markReviewedButton.setToolTip(why)


def _pair(values: dict[str, Any], a: str, b: str) -> tuple[int, int] | None:
    x, y = values[a], values[b]
    return (x, y) if isinstance(x, int) and isinstance(y, int) else None


def _show_scores(ui: Ui_RiskForm, values: dict[str, Any]) -> None:
    current = _pair(values, "likelihood", "impact")
    residual = _pair(values, "residual_likelihood", "residual_impact")
    for score, badges, cell in (
        (ui.scoreLabel, (ui.levelLabel, ui.headerLevelLabel), current),
        (ui.residualScoreLabel, (ui.residualLevelLabel,), residual),
    ):
        score.setText(str(cell[0] * cell[1]) if cell else "")
        for badge in badges:
            rw.show_level(badge, *(cell or (None, None)))
    ui.matrixWidget.set_cells(current, residual)


def _show_next_review_hint(ui: Ui_RiskForm, state: FormState) -> None:
    computed = state.computed_next_review
    cadence = ui.cadenceSpin.value()
    if computed is None:
        hint = tr("No cadence: set a date by hand if a review is planned")
    elif state.next_review_auto:
        hint = (
            tr("last review + {count} days")
            if state.last_review
            else tr("raised date + {count} days")
        ).format(count=cadence)
    else:
        hint = tr("set by hand (cadence gives {date})").format(date=fmt.date_text(computed))
    if state.last_review:
        hint += tr(" - last reviewed {date}").format(date=fmt.date_text(state.last_review))
    ui.nextReviewHint.setText(hint)
    ui.recomputeButton.setEnabled(computed is not None and not state.next_review_auto)


def show_errors(ui: Ui_RiskForm, errors: dict[str, str], tab_titles: Sequence[str]) -> None:
    """Reasons next to their fields, all of them in the summary, a sign on affected tabs.
    A reason under "" (a refusal about no one field) shows in the summary alone."""
    per_label: dict[str, list[str]] = {}
    for field, reason in errors.items():
        name = ERROR_LABELS.get(field)
        if name:
            per_label.setdefault(name, []).append(reason)
    for name in set(ERROR_LABELS.values()):
        widget: QLabel = getattr(ui, name)
        messages = per_label.get(name, [])
        widget.setText(" ".join(message(m) for m in dict.fromkeys(messages)))
        widget.setVisible(bool(messages))
    if errors:
        lines = "".join(
            f"<li>{escape(_field_prefix(f))}{escape(message(m))}</li>" for f, m in errors.items()
        )
        ui.errorSummary.setText(
            tr("<b>Not saved yet:</b><ul style='margin:0'>{lines}</ul>").format(lines=lines)
        )
    ui.errorSummary.setVisible(bool(errors))
    bad_tabs = {TAB_OF[f] for f in errors if f in TAB_OF}
    for i, title in enumerate(tab_titles):
        ui.tabs.setTabText(i, title + (WARN if i in bad_tabs else ""))


def _field_prefix(field: str) -> str:
    """Fields with a label of their own are not named again in the summary."""
    return "" if not field or field in ERROR_LABELS else f"{message(label(field))}: "
