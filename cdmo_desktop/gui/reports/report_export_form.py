"""The export dialog's form: choices, defaults, reading, checking, and the build job.

Functions take the dialog (`dlg`, an ExportDialog) so the dialog module stays about its
widgets' behaviour. The form's choices come from store reads that open their own short
session; the report's data is read by the PDF worker process (gui/reports/pdf_process.py).
"""

from __future__ import annotations

import os
import re
from datetime import date
from pathlib import Path
from typing import Any

from cdmo_desktop.domain import clock
from cdmo_desktop.domain.enums import AgreementKind, AgreementStatus
from cdmo_desktop.domain.snapshot import StatusForm, StatusReportSnapshot
from cdmo_desktop.domain.validation import EARLIEST_DATE, LATEST_DATE
from cdmo_desktop.gui import settings
from cdmo_desktop.gui.format import date_text
from cdmo_desktop.gui.i18n import message, tr
from cdmo_desktop.gui.reports.pdf_build import (
    AgreementRequest,
    Request,
    StatusRequest,
    StoredStatusRequest,
)
from cdmo_desktop.store import status_reports
from cdmo_desktop.store.agreements import agreement_row, agreement_titles, clauses_of

_UNSAFE = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]+')
RAGS = ("green", "amber", "red")


def safe_filename(text: str, limit: int = 120) -> str:
    name = " ".join(_UNSAFE.sub(" ", text).split()).strip(". ")
    return (name[:limit].rstrip(". ") or "report") + ".pdf"


def fill_choices(dlg: Any, engagement_id: str | None, agreement_id: str | None) -> None:
    ui = dlg.ui
    store = dlg.ctx.store
    for eid, title in status_reports.engagement_titles(store, archived=False, keep=engagement_id):
        ui.engagementCombo.addItem(title, eid)
    for aid, title, version in agreement_titles(store):
        shown = tr("{title} (version {version})").format(title=title, version=version)
        ui.agreementCombo.addItem(shown, aid)
    if engagement_id is not None:
        ui.engagementCombo.setCurrentIndex(max(0, ui.engagementCombo.findData(engagement_id)))
    if agreement_id is not None:
        ui.agreementCombo.setCurrentIndex(max(0, ui.agreementCombo.findData(agreement_id)))
    ui.preparedByEdit.setText(settings.consultant_name(dlg.ctx.settings))
    apply_defaults(dlg)


def apply_defaults(dlg: Any) -> None:
    """Period and status for the chosen engagement (kept when the user already typed)."""
    engagement_id = dlg.ui.engagementCombo.currentData()
    if engagement_id is None or getattr(dlg, "_dirty", False) or dlg.report_id is not None:
        return
    form = status_reports.default_form(
        dlg.ctx.store, engagement_id, clock.today(), settings.consultant_name(dlg.ctx.settings)
    )
    _show_form(dlg, form)


def _show_form(dlg: Any, form: StatusForm) -> None:
    ui = dlg.ui
    ui.periodStartEdit.set_value(form.period_start)
    ui.periodEndEdit.set_value(form.period_end)
    radio = {"green": ui.greenRadio, "amber": ui.amberRadio, "red": ui.redRadio}
    radio.get(form.overall_status, ui.greenRadio).setChecked(True)
    if form.prepared_by:
        ui.preparedByEdit.setText(form.prepared_by)


def period(dlg: Any) -> tuple[date, date]:
    """The period typed; ValueError with the reason when it is not a period."""
    ui = dlg.ui
    start, end = ui.periodStartEdit.value(), ui.periodEndEdit.value()
    if start is None or end is None:
        raise ValueError(tr("Give the first and the last day of the period."))
    if end < start:
        raise ValueError(tr("The period cannot end before it starts."))
    if start < EARLIEST_DATE or end > LATEST_DATE:
        raise ValueError(
            tr("The period must fall between {first} and {last}.").format(
                first=EARLIEST_DATE.year, last=LATEST_DATE.year
            )
        )
    return start, end


def read_form(dlg: Any) -> StatusForm:
    ui = dlg.ui
    start, end = period(dlg)
    rag = next(
        (
            v
            for v, r in zip(RAGS, (ui.greenRadio, ui.amberRadio, ui.redRadio), strict=True)
            if r.isChecked()
        ),
        "green",
    )
    return StatusForm(
        period_start=start,
        period_end=end,
        overall_status=rag,
        summary=ui.summaryEdit.toPlainText(),
        highlights=ui.highlightsEdit.toPlainText(),
        asks_of_partner=ui.asksPartnerEdit.toPlainText(),
        asks_of_client=ui.asksClientEdit.toPlainText(),
        prepared_by=ui.preparedByEdit.text().strip(),
        prepared_on=clock.today(),
    )


def _output_error(text: str) -> str:
    if not text:
        return tr("Choose where to save the PDF.")
    path = Path(text).expanduser()
    if not path.name.lower().endswith(".pdf"):
        return tr("The file name must end in .pdf.")
    if path.is_dir():
        return tr("This is a folder: add a file name ending in .pdf.")
    if not path.parent.is_dir():
        return tr("The folder {folder} does not exist.").format(folder=path.parent)
    if not os.access(path.parent, os.W_OK):
        return tr("The folder {folder} cannot be written to.").format(folder=path.parent)
    if path.exists() and not os.access(path, os.W_OK):
        return tr("This file exists and cannot be replaced.")
    return ""


def check(dlg: Any) -> dict[str, str]:
    """{field: message} of what blocks the export (shown next to the field)."""
    ui = dlg.ui
    errors: dict[str, str] = {}
    if dlg.kind == 0:
        if ui.engagementCombo.currentData() is None:
            errors["period"] = tr("There is no engagement to report on yet.")
        else:
            try:
                period(dlg)
            except ValueError as exc:
                errors["period"] = str(exc)
        if not ui.preparedByEdit.text().strip():
            errors["prepared_by"] = tr("Say who prepared the report.")
    elif ui.agreementCombo.currentData() is None:
        errors["agreement"] = tr("There is no agreement yet: create one on the Reports screen.")
    problem = _output_error(ui.outputEdit.text().strip())
    if problem:
        errors["output"] = problem
    return errors


def suggested_name(dlg: Any) -> str:
    ui = dlg.ui
    if dlg.kind == 0:
        title = ui.engagementCombo.currentText() or tr("engagement")
        end = ui.periodEndEdit.current_date()
        named = tr("Status report {title} {date}")
        return safe_filename(named.format(title=title, date=end.isoformat() if end else ""))
    return safe_filename(ui.agreementCombo.currentText() or tr("agreement"))


def show_agreement_info(dlg: Any) -> None:
    ui = dlg.ui
    ui.clauseList.clear()
    agreement_id = ui.agreementCombo.currentData()
    if agreement_id is None:
        ui.agreementInfo.setText(tr("There is no agreement yet: create one on the Reports screen."))
        return
    a = agreement_row(dlg.ctx.store, agreement_id)
    if a is None:
        ui.agreementInfo.setText(tr("This agreement no longer exists."))
        return
    clauses = clauses_of(dlg.ctx.store, agreement_id)
    status = AgreementStatus(a.status)
    shown_status = message(status.label)
    text = tr("{kind} between {client} and {partner}. Status: {status}, version {version}.").format(
        kind=message(AgreementKind(a.kind).label),
        client=a.client,
        partner=a.partner,
        status=shown_status.lower() if shown_status == status.label else shown_status,
        version=a.version,
    )
    if status != AgreementStatus.SIGNED:
        text += tr(" It prints with a DRAFT watermark until its status is Signed.")
    ui.agreementInfo.setText(text)
    ui.clauseList.addItems([f"{i}. {c.heading}" for i, c in enumerate(clauses, start=1)])


def load_stored(dlg: Any, report_id: str) -> StatusReportSnapshot:
    """Show a stored report (read-only) and return its snapshot."""
    snapshot = status_reports.stored_snapshot(dlg.ctx.store, report_id)
    ui = dlg.ui
    index = ui.engagementCombo.findData(snapshot.data.engagement.id)
    if index < 0:
        ui.engagementCombo.addItem(snapshot.data.engagement.title, snapshot.data.engagement.id)
        index = ui.engagementCombo.count() - 1
    ui.engagementCombo.setCurrentIndex(index)
    _show_form(dlg, snapshot.form)
    ui.summaryEdit.setPlainText(snapshot.form.summary)
    ui.highlightsEdit.setPlainText(snapshot.form.highlights)
    ui.asksPartnerEdit.setPlainText(snapshot.form.asks_of_partner)
    ui.asksClientEdit.setPlainText(snapshot.form.asks_of_client)
    ui.preparedByEdit.setText(snapshot.form.prepared_by)
    lock_form(dlg)
    dlg.setWindowTitle(tr("Print a stored status report again"))
    ui.statusLabel.setText(
        tr("Stored report of {date}: it prints as it was issued.").format(
            date=date_text(snapshot.form.prepared_on)
        )
    )
    return snapshot


def lock_form(dlg: Any) -> None:
    """An issued report's form no longer changes (a new report is a new export)."""
    ui = dlg.ui
    ui.kindCombo.setEnabled(False)
    for widget in (
        ui.engagementCombo,
        ui.periodStartEdit,
        ui.periodEndEdit,
        ui.greenRadio,
        ui.amberRadio,
        ui.redRadio,
    ):
        widget.setEnabled(False)
    for day in (ui.periodStartEdit, ui.periodEndEdit):
        day.setClearButtonEnabled(False)
    for edit in (ui.summaryEdit, ui.highlightsEdit, ui.asksPartnerEdit, ui.asksClientEdit):
        edit.setReadOnly(True)
    ui.preparedByEdit.setReadOnly(True)


def request(dlg: Any, target: Path, paper: str) -> Request:
    """What the PDF worker is asked to build: the database file and ids, not data, so the
    snapshot is read in the worker process too and the window reads nothing here."""
    db_path = dlg.ctx.store.address
    now = clock.local_now()
    if dlg.kind == 0 and dlg.report_id is not None:
        return StoredStatusRequest(db_path, dlg.report_id, str(target), paper, now)
    if dlg.kind == 0:
        engagement_id = dlg.ui.engagementCombo.currentData()
        return StatusRequest(db_path, engagement_id, read_form(dlg), str(target), paper, now)
    agreement_id = dlg.ui.agreementCombo.currentData()
    return AgreementRequest(db_path, agreement_id, str(target), paper, now)
