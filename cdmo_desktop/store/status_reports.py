"""Issued status reports: the form inputs plus a JSON snapshot of the data printed.

A stored report prints again identically from its snapshot, whatever changed since.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlmodel import Session, col, select

from cdmo_desktop.domain.enums import Rag
from cdmo_desktop.domain.models import Engagement, StatusReport
from cdmo_desktop.domain.snapshot import StatusForm, StatusReportSnapshot, from_json, to_json
from cdmo_desktop.store.snapshots import NotFoundError, status_report_snapshot


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


def new_status_report(snapshot: StatusReportSnapshot) -> StatusReport:
    """An unsaved StatusReport row holding the form and the frozen snapshot."""
    form = snapshot.form
    return StatusReport(
        engagement_id=snapshot.data.engagement.id,
        period_start=form.period_start,
        period_end=form.period_end,
        overall_status=Rag(form.overall_status),
        summary=form.summary,
        highlights=form.highlights,
        asks_of_partner=form.asks_of_partner,
        asks_of_client=form.asks_of_client,
        prepared_by=form.prepared_by,
        prepared_on=form.prepared_on or date.today(),
        snapshot_json=to_json(snapshot),
    )


def issue_status_report(
    session: Session, engagement_id: str, form: StatusForm
) -> tuple[str, StatusReportSnapshot]:
    """Freeze today's data for the form and store the report; returns (id, snapshot)."""
    snapshot = status_report_snapshot(session, engagement_id, form)
    row = new_status_report(snapshot)
    session.add(row)
    session.flush()
    return row.id, snapshot


def stored_snapshot(session: Session, report_id: str) -> StatusReportSnapshot:
    """The snapshot a stored report was printed from."""
    row = session.get(StatusReport, report_id)
    if row is None:
        raise NotFoundError(f"No status report with id {report_id}.")
    return from_json(StatusReportSnapshot, row.snapshot_json)


def list_status_reports(
    session: Session, engagement_id: str | None = None
) -> list[StatusReportRow]:
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
        for r, title in session.exec(query).all()
    ]


def default_form(
    session: Session, engagement_id: str, today: date, prepared_by: str = ""
) -> StatusForm:
    """A sensible starting form: the period follows the last report (else the last four
    weeks), the status is the engagement's current RAG."""
    last = session.exec(
        select(StatusReport)
        .where(StatusReport.engagement_id == engagement_id)
        .order_by(col(StatusReport.period_end).desc())
    ).first()
    start = today - timedelta(days=27)
    if last is not None and last.period_end < today:
        start = last.period_end + timedelta(days=1)
    engagement = session.get(Engagement, engagement_id)
    rag = engagement.rag if engagement is not None and engagement.rag else Rag.GREEN
    return StatusForm(
        period_start=start,
        period_end=today,
        overall_status=str(getattr(rag, "value", rag)),
        prepared_by=prepared_by,
        prepared_on=today,
    )
