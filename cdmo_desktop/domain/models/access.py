"""Which client's data a user of a team server may see (team mode on PostgreSQL).

One row per (server login, client): PostgreSQL's row-level security lets a consultant or a
viewer see the engagements of the clients listed for them, and every row hanging off those
engagements (store/server_security.py). On a laptop's SQLite file the table stays empty.
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlmodel import Field

from cdmo_desktop.domain.models.base import Entity, fk


class ClientAccess(Entity, table=True):
    __tablename__ = "client_access"
    __table_args__ = (sa.UniqueConstraint("user_name", "client_id", name="uq_client_access_user"),)

    user_name: str = Field(max_length=63, index=True)  # a PostgreSQL login (at most 63 bytes)
    client_id: str = fk("client.id")
