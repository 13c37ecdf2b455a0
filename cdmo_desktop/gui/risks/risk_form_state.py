"""Live feedback of the risk form: score and level badges, reasons next to the fields, the
next-review hint, and which buttons may be pressed (with the reason when they may not)."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QLabel

from cdmo_desktop.domain import risk_review
from cdmo_desktop.domain.enums import RiskStatus
from cdmo_desktop.domain.validation import label
from cdmo_desktop.gui.risks import risk_widgets as rw

if TYPE_CHECKING:
    from cdmo_desktop.gui.risks.risk_form import RiskForm

WARN = " ⚠"


def refresh_form_state(form: RiskForm) -> None:
    ui = form.ui
    values = form.values()
    _show_scores(form, values)
    data = form._data
    ui.codeLabel.setText(risk_review.code(data.number) if data.risk_id else "New risk")
    title = data.engagement_title
    ui.engagementLink.setText(f'<a href="engagement">{escape(title)}</a>' if title else "")
    realized = values["status"] == RiskStatus.REALIZED.value
    ui.decisionCombo.setEnabled(realized)
    ui.decisionComboLabel.setEnabled(realized)
    _show_next_review_hint(form)
    errors = form.errors()
    show_errors(form, errors if (form._touched or data.risk_id) else {})
    dirty = form.is_dirty()
    ui.saveButton.setEnabled(dirty and not errors)
    if errors:
        reasons = "\n".join(f"- {m}" for m in dict.fromkeys(errors.values()))
        ui.saveButton.setToolTip(f"Cannot save yet:\n{reasons}")
    else:
        ui.saveButton.setToolTip("Save the risk (Ctrl+S)" if dirty else "Nothing to save")
    ui.revertButton.setEnabled(dirty)
    ui.deleteButton.setEnabled(data.risk_id is not None)
    live = risk_review.is_active(values["status"] or "")
    can_review = data.risk_id is not None and not dirty and live
    ui.markReviewedButton.setEnabled(can_review)
    if data.risk_id is None:
        why = "Save the new risk first"
    elif dirty:
        why = "Save or revert your changes first"
    elif not live:
        why = "Closed and realized risks are no longer reviewed"
    else:
        why = "Record a review (date, note, new scores) and move the next review date"
    ui.markReviewedButton.setToolTip(why)


def _pair(values: dict[str, Any], a: str, b: str) -> tuple[int, int] | None:
    x, y = values[a], values[b]
    return (x, y) if isinstance(x, int) and isinstance(y, int) else None


def _show_scores(form: RiskForm, values: dict[str, Any]) -> None:
    ui = form.ui
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


def _show_next_review_hint(form: RiskForm) -> None:
    ui = form.ui
    computed = form._computed_next_review()
    cadence = ui.cadenceSpin.value()
    base = "last review" if form._data.last_review else "raised date"
    if computed is None:
        hint = "No cadence: set a date by hand if a review is planned"
    elif form._next_review_auto:
        hint = f"{base} + {cadence} days"
    else:
        hint = f"set by hand (cadence gives {computed.isoformat()})"
    if form._data.last_review:
        hint += f" - last reviewed {form._data.last_review.isoformat()}"
    ui.nextReviewHint.setText(hint)
    ui.recomputeButton.setEnabled(computed is not None and not form._next_review_auto)


def show_errors(form: RiskForm, errors: dict[str, str]) -> None:
    """Reasons next to their fields, all of them in the summary, a sign on affected tabs."""
    from cdmo_desktop.gui.risks.risk_form import ERROR_LABELS, TAB_OF

    ui = form.ui
    per_label: dict[str, list[str]] = {}
    for field, message in errors.items():
        name = ERROR_LABELS.get(field)
        if name:
            per_label.setdefault(name, []).append(message)
    for name in set(ERROR_LABELS.values()):
        widget: QLabel = getattr(ui, name)
        messages = per_label.get(name, [])
        widget.setText(" ".join(dict.fromkeys(messages)))
        widget.setVisible(bool(messages))
    if errors:
        lines = "".join(
            f"<li>{escape(label(f) if f not in ERROR_LABELS else '')}"
            f"{': ' if f not in ERROR_LABELS else ''}{escape(m)}</li>"
            for f, m in errors.items()
        )
        ui.errorSummary.setText(f"<b>Not saved yet:</b><ul style='margin:0'>{lines}</ul>")
    ui.errorSummary.setVisible(bool(errors))
    bad_tabs = {TAB_OF[f] for f in errors if f in TAB_OF}
    for i, title in enumerate(form._tab_titles):
        ui.tabs.setTabText(i, title + (WARN if i in bad_tabs else ""))
