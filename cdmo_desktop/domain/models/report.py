"""Stored status reports, so a past report prints again identically."""

from __future__ import annotations

from datetime import date

from sqlmodel import Field

from cdmo_desktop.domain.enums import Rag
from cdmo_desktop.domain.models.base import Entity, dates_ordered, enum_field, fk


class StatusReport(Entity, table=True):
    __tablename__ = "status_report"
    __table_args__ = (dates_ordered("period_start", "period_end"),)

    engagement_id: str = fk("engagement.id")
    period_start: date
    period_end: date
    overall_status: Rag = enum_field(Rag)
    summary: str = ""
    highlights: str = ""
    asks_of_partner: str = ""
    asks_of_client: str = ""
    prepared_by: str = Field(default="", max_length=200)
    prepared_on: date
    # JSON of the data the PDF was built from, frozen when the report is issued.
    snapshot_json: str = ""
