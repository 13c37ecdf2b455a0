""" "Reassess the partner now?": asked when an engagement's phase changes or a go/no-go
gate's outcome is recorded. "Now" opens the reassessment editor; "Later" leaves the
reassessment postponed and due in two weeks, on the Portfolio agenda until it is done.

The question is a window-modal message box that does not block (`open`, not `exec`), so
the edit that asked it is already saved and undoable on its own."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from cdmo_desktop.domain import clock
from cdmo_desktop.domain.reassessment import POSTPONE_DAYS, ReassessmentTrigger
from cdmo_desktop.gui.context import AppContext
from cdmo_desktop.gui.i18n import QT_TR_NOOP, message, tr
from cdmo_desktop.gui.undo import commit_or_report
from cdmo_desktop.store.reassessment_edits import Trigger, start_reassessment
from cdmo_desktop.store.reassessments import engagement_reassessments

QUESTION = QT_TR_NOOP("Reassess the partner now?")
# Questions and editors opened without a parent window, kept alive until they close.
_OPEN: set[QWidget] = set()


def _keep(widget: QWidget) -> None:
    _OPEN.add(widget)
    widget.destroyed.connect(lambda *_: _OPEN.discard(widget))


def _reason(trigger: Trigger) -> str:
    if trigger.kind == ReassessmentTrigger.GATE:
        return tr("A go/no-go gate's outcome was recorded.")
    if trigger.from_phase and trigger.to_phase:
        return tr("The phase moved from {old} to {new}.").format(
            old=message(trigger.from_phase.label), new=message(trigger.to_phase.label)
        )
    return tr("The engagement moves to its next phase.")


def ask_to_reassess(
    ctx: AppContext,
    engagement_id: str,
    trigger: Trigger,
    parent: QWidget | None,
    *,
    today: date | None = None,
) -> QMessageBox:
    box = QMessageBox(parent)
    box.setObjectName("reassess_prompt")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(tr("Partner reassessment"))
    box.setText(tr(QUESTION))
    box.setInformativeText(
        tr(
            "{reason} Is this still the right partner, team, capability and scale for "
            "the next phase? “Later” puts the reassessment on the Portfolio agenda, due in "
            "{count} days."
        ).format(reason=_reason(trigger), count=POSTPONE_DAYS)
    )
    now = box.addButton(tr("&Now"), QMessageBox.ButtonRole.AcceptRole)
    now.setObjectName("reassess_now_button")
    later = box.addButton(tr("&Later"), QMessageBox.ButtonRole.RejectRole)
    later.setObjectName("reassess_later_button")
    box.setDefaultButton(now)
    box.setEscapeButton(later)

    def answered(button: QAbstractButton) -> None:
        reassess(ctx, engagement_id, trigger, parent, later=button is not now, today=today)

    box.buttonClicked.connect(answered)
    _keep(box)
    box.open()
    return box


def reassess(
    ctx: AppContext,
    engagement_id: str,
    trigger: Trigger,
    parent: QWidget | None,
    *,
    later: bool,
    today: date | None = None,
) -> None:
    """Start the reassessment (one undo step); "now" also opens it in the editor."""
    day = today or clock.today()
    store = ctx.store
    written = commit_or_report(
        ctx, lambda: start_reassessment(store, engagement_id, trigger, day, later=later)
    )
    if written is not None and not later:
        open_reassessment(ctx, engagement_id, parent, today=today)


def open_reassessment(
    ctx: AppContext, engagement_id: str, parent: QWidget | None, *, today: date | None = None
) -> QWidget | None:
    """Open the engagement's reassessment not yet done (else its latest) in the editor."""
    from cdmo_desktop.gui.reassessment.editor import ReassessmentDialog

    rows = engagement_reassessments(ctx.store, engagement_id)
    if not rows:
        return None
    dialog = ReassessmentDialog(ctx, rows[0].id, parent, today=today)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _keep(dialog)
    dialog.open()
    return dialog
