"""Days a partner site is closed (public holidays, summer or year-end shutdowns), imported
from the site's own calendar (.ics): the Gantt shades them on the rows of work there."""

from __future__ import annotations

from datetime import date

import sqlalchemy as sa
from sqlmodel import Field

from cdmo_desktop.domain.models.base import Entity, fk


class SiteClosure(Entity, table=True):
    __tablename__ = "site_closure"
    __table_args__ = (sa.UniqueConstraint("site_id", "day", name="uq_site_closure_day"),)

    site_id: str = fk("partner_site.id")
    day: date
    name: str = Field(default="", max_length=300)  # "Christmas Day", "Summer shutdown"
