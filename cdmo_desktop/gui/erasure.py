"""Erasing a person or a record's confidential values, on request (store.erasure).

The dialog says what will be erased (the record's fields, the other places a person
appears, how many change-log entries), asks for the reason (required, kept in the
erasure's record) and for "ERASE" typed out, and warns that it cannot be undone. After the
erasure the undo history is cleared (its change sets hold the old values), every screen is
told, and the backups taken before it, which still hold the values, are offered for purging.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cdmo_desktop.domain.models.erasure import ERASED, ErasureKind
from cdmo_desktop.domain.validation import label as field_label
from cdmo_desktop.gui import theme
from cdmo_desktop.gui.dialogs.base import RememberedGeometryDialog
from cdmo_desktop.gui.format import date_text, number_text
from cdmo_desktop.gui.i18n import QT_TR_NOOP, language, message, tr
from cdmo_desktop.gui.long_work import ProgressFn, Token, run_with_progress
from cdmo_desktop.gui.undo import REFUSALS, refusal_text
from cdmo_desktop.store import erasure
from cdmo_desktop.store.backup import BackupInfo, list_backups

if TYPE_CHECKING:
    from cdmo_desktop.gui.context import AppContext
    from cdmo_desktop.store.erasure import ErasurePlan, ErasureResult

CONFIRM_WORD = QT_TR_NOOP("ERASE")  # typed to confirm: tr(CONFIRM_WORD)
REASON_MISSING = QT_TR_NOOP("Give the reason for the erasure.")


@contextmanager
def _busy() -> Iterator[None]:
    """A wait cursor while the store looks for a person everywhere (seconds on a big
    database: every text column and the whole change log are searched)."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


def plan_text(plan: ErasurePlan) -> str:
    """What will be erased, in sentences (no value of the record in them)."""
    labels = [message(field_label(f)) for f in plan.fields]
    if language() == "en":  # "the contact's name, e-mail"; German nouns keep their capitals
        labels = [label.lower() for label in labels]
    own = ", ".join(labels)
    if plan.kind is ErasureKind.PERSON:
        lines = [tr("The contact's {fields}.").format(fields=own)]
        places = Counter(message(p.label) for p in plan.places)
        if places:
            where = ", ".join(f"{name} ({n})" for name, n in sorted(places.items()))
            lines.append(
                tr(
                    "The person's name, e-mail or phone where they appear elsewhere: {places}."
                ).format(places=where)
            )
    else:
        lines = [tr("Of “{title}”: {fields}.").format(title=plan.title, fields=own)]
    if not plan.exists:
        lines.append(tr("The record was deleted: its values are erased from the change log."))
    entries = (
        tr(
            "In the change log, the values of 1 entry read “{erased}”. The log records the "
            "erasure: who, when, what kind and why."
        )
        if plan.entries == 1
        else tr(
            "In the change log, the values of {count} entries read “{erased}”. The log "
            "records the erasure: who, when, what kind and why."
        )
    )
    lines.append(entries.format(count=number_text(plan.entries), erased=ERASED))
    return "\n".join(lines)


class ErasureDialog(RememberedGeometryDialog):
    """Confirm an erasure. `plan_for(fields)` gives the plan for the fields ticked (a
    record) or the one plan (a person, `fields` empty)."""

    def __init__(
        self,
        plan_for: Callable[[Sequence[str]], ErasurePlan],
        backups: int,
        parent: QWidget | None = None,
        *,
        fields: Sequence[str] = (),
        title: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("erasureDialog")
        self._plan_for = plan_for
        person = not fields
        self.setWindowTitle(tr("Erase this person") if person else tr("Erase confidential values"))
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("erasureHeading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.heading.setFont(font)
        layout.addWidget(self.heading)
        self.field_list: QListWidget | None = None
        if fields:
            layout.addWidget(QLabel(tr("Fields of “{title}” to erase:").format(title=title)))
            self.field_list = QListWidget()
            self.field_list.setObjectName("erasureFields")
            for name in fields:
                item = QListWidgetItem(message(field_label(name)))
                item.setData(Qt.ItemDataRole.UserRole, name)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                self.field_list.addItem(item)
            self.field_list.setMaximumHeight(150)
            self.field_list.itemChanged.connect(self._refresh_plan)
            layout.addWidget(self.field_list)
        self.what = QLabel()
        self.what.setObjectName("erasureWhat")
        self.what.setWordWrap(True)
        self.what.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.what)
        warning = QLabel(
            tr(
                "An erasure cannot be undone. It also clears the undo history (Ctrl+Z) of "
                "this window."
            )
        )
        warning.setObjectName("erasureWarning")
        warning.setWordWrap(True)
        warning.setStyleSheet("font-weight: bold")
        layout.addWidget(warning)
        if backups:
            notice = QLabel(
                (
                    tr(
                        "1 backup taken before now still holds these values. After the "
                        "erasure you can purge it."
                    )
                    if backups == 1
                    else tr(
                        "{count} backups taken before now still hold these values. After the "
                        "erasure you can purge them."
                    )
                ).format(count=number_text(backups))
            )
            notice.setObjectName("erasureBackupsNotice")
            notice.setWordWrap(True)
            layout.addWidget(notice)
        form = QFormLayout()
        reason_row = QHBoxLayout()
        self.reason = QLineEdit()
        self.reason.setObjectName("erasureReason")
        self.reason.setPlaceholderText(tr("e.g. the person's request of 2 Dec, under GDPR art. 17"))
        self.reason_error = QLabel("")
        self.reason_error.setObjectName("erasureReasonError")
        theme.set_tone(self.reason_error, "error")
        reason_row.addWidget(self.reason, 1)
        reason_row.addWidget(self.reason_error)
        form.addRow(tr("Reason (required):"), reason_row)
        self.confirm = QLineEdit()
        self.confirm.setObjectName("erasureConfirm")
        self.confirm.setPlaceholderText(tr(CONFIRM_WORD))
        form.addRow(tr("Type {word} to confirm:").format(word=tr(CONFIRM_WORD)), self.confirm)
        layout.addLayout(form)
        layout.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.erase_button = QPushButton(tr("Erase"))
        self.erase_button.setObjectName("erasureEraseButton")
        buttons.addButton(self.erase_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self._on_erase)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.reason.textChanged.connect(self._update)
        self.reason.editingFinished.connect(self._show_reason_error)
        self.confirm.textChanged.connect(self._update)
        self.plan: ErasurePlan | None = None
        self._refresh_plan()
        self.setMinimumWidth(640)

    def chosen_fields(self) -> list[str]:
        if self.field_list is None:
            return []
        items = (self.field_list.item(i) for i in range(self.field_list.count()))
        return [
            str(item.data(Qt.ItemDataRole.UserRole))
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        ]

    def _refresh_plan(self, *_args: object) -> None:
        fields = self.chosen_fields()
        if self.field_list is not None and not fields:
            self.plan = None
            self.heading.setText(tr("Erase confidential values"))
            self.what.setText(tr("Tick the fields whose values are to be erased."))
        else:
            with _busy():
                self.plan = self._plan_for(fields)
            heading = (
                tr("Erase this person: {title}")
                if self.plan.kind is ErasureKind.PERSON
                else tr("Erase values of: {title}")
            )
            self.heading.setText(heading.format(title=self.plan.title))
            self.what.setText(plan_text(self.plan))
        self._update()

    def reason_text(self) -> str:
        return self.reason.text().strip()

    def _show_reason_error(self) -> None:
        self.reason_error.setText("" if self.reason_text() else tr(REASON_MISSING))

    def _update(self, *_args: object) -> None:
        if self.reason_text():
            self.reason_error.setText("")
        ready = (
            self.plan is not None
            and bool(self.reason_text())
            and self.confirm.text().strip() == tr(CONFIRM_WORD)
        )
        self.erase_button.setEnabled(ready)

    def _on_erase(self) -> None:
        if not self.reason_text():
            self._show_reason_error()
            return
        if self.erase_button.isEnabled():
            self.accept()


def _finish(ctx: AppContext, result: ErasureResult, parent: QWidget | None) -> None:
    """The undo history goes (its change sets hold the erased values); screens refresh."""
    ctx.undo_stack.clear()
    ctx.announce(result.changeset)
    offer_purge(parent, result.backups)


def backups_sentence(backups: Sequence[BackupInfo]) -> str:
    if len(backups) == 1:
        return tr("1 backup taken before this erasure holds the erased data.")
    return tr("{count} backups taken before this erasure still hold the erased data.").format(
        count=number_text(len(backups))
    )


def offer_purge(parent: QWidget | None, backups: Sequence[BackupInfo], *, ask: bool = True) -> int:
    """List the backups still holding erased data and offer to delete them (after a
    confirmation). Returns the number of backups deleted."""
    if not backups:
        return 0
    dates = ", ".join(sorted({date_text(b.taken_at.date()) for b in backups}))
    box = QMessageBox(parent)
    box.setObjectName("erasureBackupsBox")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(tr("Backups still hold the erased data"))
    box.setText(backups_sentence(backups))
    box.setInformativeText(
        tr("Taken on {dates}. Purging deletes these backup files for good.").format(dates=dates)
    )
    purge = box.addButton(tr("Purge them…"), QMessageBox.ButtonRole.DestructiveRole)
    purge.setObjectName("erasurePurgeButton")
    box.addButton(tr("Keep them"), QMessageBox.ButtonRole.RejectRole)
    if ask:
        box.exec()
        if box.clickedButton() is not purge:
            return 0
        sure = QMessageBox.question(
            parent,
            tr("Purge backups"),
            (
                tr("Delete 1 backup for good? The database itself is not touched.")
                if len(backups) == 1
                else tr(
                    "Delete {count} backups for good? The database itself is not touched."
                ).format(count=number_text(len(backups)))
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if sure != QMessageBox.StandardButton.Yes:
            return 0
    return erasure.purge_backups(backups)


def _run(
    ctx: AppContext,
    dialog: ErasureDialog,
    erase: Callable[[ErasureDialog], Callable[[], ErasureResult]],
    parent: QWidget | None,
) -> ErasureResult | None:
    """Confirm, then erase off the GUI thread (every text column and the whole change
    log are rewritten: seconds on a big database) with the window painting and a progress
    window after half a second; no Cancel, as the erasure is one transaction that must
    finish whole. `erase(dialog)` reads the dialog's answers here, on the GUI thread."""
    if dialog.exec() != ErasureDialog.DialogCode.Accepted:
        return None
    call = erase(dialog)

    def work(_progress: ProgressFn, _token: Token) -> ErasureResult | Exception:
        try:
            return call()
        except REFUSALS as exc:
            return exc

    outcome = run_with_progress(
        parent, tr("Erase"), tr("Erasing the values…"), work, cancellable=False
    )
    result = outcome.value
    if outcome.failure or not isinstance(result, erasure.ErasureResult):
        reason = outcome.failure or (
            message(refusal_text(result)) if isinstance(result, Exception) else ""
        )
        QMessageBox.warning(
            parent, tr("Not erased"), tr("Nothing was erased. {reason}").format(reason=reason)
        )
        return None
    _finish(ctx, result, parent)
    return result


def _owner_only(ctx: AppContext, parent: QWidget | None) -> bool:
    """On a team server only its owner login erases (store.erasure.may_erase): an admin, a
    consultant or a viewer is told so before the dialog asks for a reason, not after."""
    if erasure.may_erase(ctx.store):
        return False
    reason = message(erasure.OWNER_ONLY)
    QMessageBox.warning(
        parent, tr("Not erased"), tr("Nothing was erased. {reason}").format(reason=reason)
    )
    return True


def person_dialog(ctx: AppContext, contact_id: str, parent: QWidget | None) -> ErasureDialog:
    store = ctx.store
    return ErasureDialog(
        lambda _fields: erasure.plan_person(store, contact_id),
        len(list_backups(store.path)),
        parent,
    )


def erase_person(ctx: AppContext, contact_id: str, parent: QWidget | None) -> ErasureResult | None:
    """ "Erase this person…": confirm, erase, clear the undo history, offer the purge."""
    if _owner_only(ctx, parent):
        return None
    try:
        dialog = person_dialog(ctx, contact_id, parent)
    except LookupError:
        ctx.refused.emit(tr("The contact no longer exists."))
        return None
    return _run(
        ctx,
        dialog,
        lambda d: partial(erasure.erase_person, ctx.store, contact_id, d.reason_text()),
        parent,
    )


def record_dialog(
    ctx: AppContext, table: str, row_id: str, parent: QWidget | None
) -> ErasureDialog:
    store = ctx.store
    with store.read() as s:
        title = erasure.record_title(s, table, row_id)
    return ErasureDialog(
        lambda fields: erasure.plan_record(store, table, row_id, fields),
        len(list_backups(store.path)),
        parent,
        fields=erasure.erasable_fields(table),
        title=title,
    )


def erase_record(
    ctx: AppContext, table: str, row_id: str, parent: QWidget | None
) -> ErasureResult | None:
    """ "Erase confidential values…" of one record, with a field picker."""
    if _owner_only(ctx, parent):
        return None
    dialog = record_dialog(ctx, table, row_id, parent)
    return _run(
        ctx,
        dialog,
        lambda d: partial(
            erasure.erase_record, ctx.store, table, row_id, d.chosen_fields(), d.reason_text()
        ),
        parent,
    )
