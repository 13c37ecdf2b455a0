"""The partner register at any size: stored sort keys, a full-text index and maintained counts.

- Partners get their register sort keys as columns (country by its name, region, next audit
  due, active engagements, primary contact and its key), never NULL; every sort key
  (name, kind and qualification too) is indexed with name_key and the combo filters'
  columns; the wide scan index and the indexes on country, region and next audit due go.
- `partner_fts` (store.fulltext) indexes name, legal name, city, capabilities and the
  derived search words; triggers keep it current.
- `partner_tally` counts partners per (archived, kind, region, qualification) and triggers
  on `partner` keep it current (the SQLite-only part of the register's counts).

Existing rows get their keys by the rules below, a frozen copy of store.derived_partners as
it was when this was written, so an old database upgrades the same way whatever that module
becomes.

Revision ID: 0007_partner_scale
Revises: 0006_risk_scale
Create Date: 2026-12-02
"""

import unicodedata
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

from cdmo_desktop.store import fulltext, triggers

revision: str = "0007_partner_scale"
down_revision: str | None = "0006_risk_scale"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

LAST = "\U0010ffff"
KEYS = ["country_key", "region_key", "next_audit_key", "primary_contact", "contact_key"]
SORTED = ["country_key", "region_key", "next_audit_key", "active_engagements", "contact_key"]
OLD_SORTED = ["country", "region", "next_audit_due"]
SAME_SORTED = ["kind", "qualification_status"]
# Carried in every sort index: the filters are checked without reading the table.
FILTERS = ["archived", "kind", "region", "qualification_status"]
REGISTER_INDEX = [
    "name_key",
    "archived",
    "name",
    "city",
    "country",
    "capabilities",
    "search_extra",
    "scale_tags",
    "kind",
    "region",
    "qualification_status",
    "next_audit_due",
    "id",
]
FTS = "partner_fts"
FTS_COLUMNS = ["name", "legal_name", "city", "capabilities", "search_extra"]
_GROUP = "archived, kind, region, qualification_status"
_ADD = (
    f"INSERT INTO partner_tally({_GROUP}, n) VALUES "
    "(new.archived, new.kind, coalesce(new.region, ''), new.qualification_status, 1) "
    f"ON CONFLICT({_GROUP}) DO UPDATE SET n = n + 1;"
)
_REMOVE = (
    "UPDATE partner_tally SET n = n - 1 WHERE archived = old.archived AND kind = old.kind "
    "AND region = coalesce(old.region, '') "
    "AND qualification_status = old.qualification_status;"
)
TALLY_TRIGGERS = {
    "partner_tally_ai": f"AFTER INSERT ON partner BEGIN {_ADD} END",
    "partner_tally_ad": f"AFTER DELETE ON partner BEGIN {_REMOVE} END",
    "partner_tally_au": (
        f"AFTER UPDATE OF {_GROUP} ON partner WHEN old.archived IS NOT new.archived "
        "OR old.kind IS NOT new.kind OR old.region IS NOT new.region "
        "OR old.qualification_status IS NOT new.qualification_status "
        f"BEGIN {_REMOVE} {_ADD} END"
    ),
}


def _sort_text(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def _country_names() -> dict[str, str]:
    import pycountry

    return {c.alpha_2: getattr(c, "common_name", None) or c.name for c in pycountry.countries}


def _fill_keys(conn: sa.Connection) -> None:
    names = _country_names()
    active: dict[str, int] = dict(
        conn.execute(
            sa.text(
                "SELECT partner_id, count(*) FROM engagement "
                "WHERE status = 'active' AND archived = :no GROUP BY partner_id"
            ),
            {"no": False},
        ).all()
    )
    contacts: dict[str, str] = {}
    for pid, name in conn.execute(
        sa.text(
            "SELECT partner_id, name FROM contact WHERE is_primary = :yes "
            "AND partner_id IS NOT NULL ORDER BY partner_id, name DESC, id DESC"
        ),
        {"yes": True},
    ):
        contacts[pid] = name
    data = []
    for pid, country, region, due in conn.execute(
        sa.text("SELECT id, country, region, next_audit_due FROM partner")
    ):
        code = (country or "").upper()
        if not code:
            country_key = LAST
        elif code in names:
            country_key = _sort_text(names[code])
        else:
            country_key = "\U0010fffe" + code
        contact = contacts.get(pid)
        data.append(
            {
                "pid": pid,
                "country_key": country_key,
                "region_key": region or LAST,
                "next_audit_key": due or LAST,
                "active_engagements": active.get(pid, 0),
                "primary_contact": contact or "",
                "contact_key": _sort_text(contact) if contact else LAST,
            }
        )
    if data:
        sets = ", ".join(f"{k} = :{k}" for k in data[0] if k != "pid")
        conn.execute(sa.text(f"UPDATE partner SET {sets} WHERE id = :pid"), data)


def upgrade() -> None:
    text = sqlmodel.sql.sqltypes.AutoString()
    for name in KEYS:
        op.add_column("partner", sa.Column(name, text, server_default="", nullable=False))
    op.add_column(
        "partner",
        sa.Column("active_engagements", sa.Integer(), server_default="0", nullable=False),
    )
    conn = op.get_bind()
    _fill_keys(conn)
    op.drop_index("ix_partner_register", table_name="partner")
    for column in [*OLD_SORTED, *SAME_SORTED]:
        op.drop_index(f"ix_partner_{column}_name_key", table_name="partner")
    for column in [*SORTED, *SAME_SORTED]:
        filters = [c for c in FILTERS if c != column]
        op.create_index(f"ix_partner_{column}_name_key", "partner", [column, "name_key", *filters])
    op.create_index("ix_partner_register_name_key", "partner", ["name_key", *FILTERS])
    if triggers.keeps_tallies(conn):  # SQLite only (store.triggers.keeps_tallies)
        _create_tally(conn, text)
    fulltext.create(conn, FTS, "partner", FTS_COLUMNS)


def _create_tally(conn: sa.Connection, text: sa.types.TypeEngine[str]) -> None:
    op.create_table(
        "partner_tally",
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.Column("kind", text, nullable=False),
        sa.Column("region", text, nullable=False),
        sa.Column("qualification_status", text, nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint(*_GROUP.split(", "), name="pk_partner_tally"),
    )
    conn.exec_driver_sql(
        f"INSERT INTO partner_tally({_GROUP}, n) SELECT archived, kind, coalesce(region, ''), "
        f"qualification_status, count(*) FROM partner "
        "GROUP BY archived, kind, coalesce(region, ''), qualification_status"
    )
    for name, body in TALLY_TRIGGERS.items():
        conn.exec_driver_sql(f"CREATE TRIGGER {name} {body}")


def downgrade() -> None:
    conn = op.get_bind()
    fulltext.drop(conn, FTS)
    if triggers.keeps_tallies(conn):
        for name in TALLY_TRIGGERS:
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
        op.drop_table("partner_tally")
    op.drop_index("ix_partner_register_name_key", table_name="partner")
    for column in [*SORTED, *SAME_SORTED]:
        op.drop_index(f"ix_partner_{column}_name_key", table_name="partner")
    with op.batch_alter_table("partner") as batch:
        for name in [*KEYS, "active_engagements"]:
            batch.drop_column(name)
    for column in [*OLD_SORTED, *SAME_SORTED]:
        op.create_index(f"ix_partner_{column}_name_key", "partner", [column, "name_key"])
    op.create_index("ix_partner_register", "partner", REGISTER_INDEX)
