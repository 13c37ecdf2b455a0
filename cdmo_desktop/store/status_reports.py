"""Issued status reports: the form inputs plus a JSON snapshot of the data printed.

A stored report prints again identically from its snapshot, whatever changed since.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from sqlmodel import col, select

from cdmo_desktop.domain import clock
from cdmo_desktop.domain.enums import Rag
from cdmo_desktop.domain.messages import QT_TRANSLATE_NOOP, msg
from cdmo_desktop.domain.models import Engagement, StatusReport
from cdmo_desktop.domain.snapshot import StatusForm, StatusReportSnapshot, from_json, to_json
from cdmo_desktop.store.snapshots import NotFoundError

if TYPE_CHECKING:
    from cdmo_desktop.store.changesets import ChangeSet
    from cdmo_desktop.store.store import Store


@dataclass(frozen=True)
class StatusReportRow:
    id: str
    engagement_id: str
    engagement_title: str
    period_start: date
    period_end: date
    overall_status: str
    prepared_by: str
    prepared_on: date
    created_at: datetime


def new_status_report(snapshot: StatusReportSnapshot, report_id: str | None = None) -> StatusReport:
    """An unsaved StatusReport row holding the form and the frozen snapshot."""
    return _report_row(snapshot.data.engagement.id, snapshot.form, to_json(snapshot), report_id)


def _report_row(
    engagement_id: str, form: StatusForm, snapshot_json: str, report_id: str | None
) -> StatusReport:
    row = StatusReport(
        engagement_id=engagement_id,
        period_start=form.period_start,
        period_end=form.period_end,
        overall_status=Rag(form.overall_status),
        summary=form.summary,
        highlights=form.highlights,
        asks_of_partner=form.asks_of_partner,
        asks_of_client=form.asks_of_client,
        prepared_by=form.prepared_by,
        prepared_on=form.prepared_on or clock.today(),
        snapshot_json=snapshot_json,
    )
    if report_id is not None:
        row.id = report_id
    return row


def issue_status_report(
    store: Store, snapshot: StatusReportSnapshot, report_id: str | None = None
) -> ChangeSet:
    """Store a report printed from `snapshot` (taken with `take_status_report_snapshot`)."""
    row = new_status_report(snapshot, report_id)
    return store.write(
        msg(QT_TRANSLATE_NOOP("messages", "Issue status report")), lambda s: s.add(row)
    )


def issue_printed_report(
    store: Store,
    engagement_id: str,
    form: StatusForm,
    snapshot_json: str,
    report_id: str | None = None,
) -> ChangeSet:
    """Store a report whose snapshot was serialised (`to_json`) where it was printed: the
    PDF worker process, so a large snapshot is not serialised again on the GUI thread."""
    row = _report_row(engagement_id, form, snapshot_json, report_id)
    return store.write(
        msg(QT_TRANSLATE_NOOP("messages", "Issue status report")), lambda s: s.add(row)
    )


def stored_snapshot(store: Store, report_id: str) -> StatusReportSnapshot:
    """The snapshot a stored report was printed from."""
    with store.read() as s:
        row = s.get(StatusReport, report_id)
    if row is None:
        raise NotFoundError(
            msg(
                QT_TRANSLATE_NOOP("messages", "No status report with id {report_id}."),
                report_id=report_id,
            )
        )
    return from_json(StatusReportSnapshot, row.snapshot_json)


def list_status_reports(store: Store, engagement_id: str | None = None) -> list[StatusReportRow]:
    """Issued reports, newest first (optionally of one engagement)."""
    query = select(StatusReport, Engagement.title).join(
        Engagement, col(Engagement.id) == col(StatusReport.engagement_id)
    )
    if engagement_id is not None:
        query = query.where(StatusReport.engagement_id == engagement_id)
    query = query.order_by(
        col(StatusReport.prepared_on).desc(),
        col(StatusReport.period_end).desc(),
        col(StatusReport.created_at).desc(),
    )
    with store.read() as s:
        rows = s.exec(query).all()
    return [
        StatusReportRow(
            id=r.id,
            engagement_id=r.engagement_id,
            engagement_title=title,
            period_start=r.period_start,
            period_end=r.period_end,
            overall_status=str(getattr(r.overall_status, "value", r.overall_status)),
            prepared_by=r.prepared_by,
            prepared_on=r.prepared_on,
            created_at=r.created_at,
        )
        for r, title in rows
    ]


def engagement_titles(
    store: Store, *, archived: bool = True, keep: str | None = None
) -> list[tuple[str, str]]:
    """(id, title) of the engagements by title; without the archived ones unless
    `archived` (or the one `keep` names)."""
    query = select(Engagement.id, Engagement.title).order_by(col(Engagement.title))
    if not archived:
        query = query.where(col(Engagement.archived).is_(False) | (Engagement.id == keep))
    with store.read() as s:
        return [(str(i), str(t)) for i, t in s.exec(query).all()]


def default_form(
    store: Store, engagement_id: str, today: date, prepared_by: str = ""
) -> StatusForm:
    """A sensible starting form: the period follows the last report (else the last four
    weeks), the status is the engagement's current RAG."""
    with store.read() as s:
        last = s.exec(
            select(StatusReport)
            .where(StatusReport.engagement_id == engagement_id)
            .order_by(col(StatusReport.period_end).desc())
        ).first()
        engagement = s.get(Engagement, engagement_id)
    start = today - timedelta(days=27)
    if last is not None and last.period_end < today:
        start = last.period_end + timedelta(days=1)
    rag = engagement.rag if engagement is not None and engagement.rag else Rag.GREEN
    return StatusForm(
        period_start=start,
        period_end=today,
        overall_status=str(getattr(rag, "value", rag)),
        prepared_by=prepared_by,
        prepared_on=today,
    )
