"""Named baselines, and dependencies of every kind planners use.

An engagement keeps every baseline it has set, by name (`schedule_baseline`, with each
item's dates in `baseline_date`), instead of one baseline overwritten each time. The dates
already on the milestones become a baseline named "Baseline", dated the day they were set
(the latest baseline change in the change log, else the day the items were created with
them); the milestones keep them as their latest baseline. Dependencies may also be
finish-to-finish and start-to-finish.

Revision ID: 0005_named_baselines
Revises: 0004_site_tags
Create Date: 2026-12-02
"""

import uuid
from collections import defaultdict
from collections.abc import Sequence
from datetime import UTC, date, datetime

import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

revision: str = "0005_named_baselines"
down_revision: str | None = "0004_site_tags"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_ID = sqlmodel.sql.sqltypes.AutoString(length=36)
_MOMENT = sqlmodel.sql.sqltypes.UTCDateTime()
FIRST_NAME = "Baseline"


def _kinds(*values: str) -> sa.Enum:
    return sa.Enum(
        *values, name="dependency_kind", native_enum=False, create_constraint=True, length=10
    )


def upgrade() -> None:
    op.create_table(
        "schedule_baseline",
        sa.Column("id", _ID, nullable=False),
        sa.Column("created_at", _MOMENT, nullable=False),
        sa.Column("updated_at", _MOMENT, nullable=False),
        sa.Column("engagement_id", _ID, nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
        sa.Column("set_on", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(
            ["engagement_id"],
            ["engagement.id"],
            name=op.f("fk_schedule_baseline_engagement_id_engagement"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_schedule_baseline")),
        sa.UniqueConstraint("engagement_id", "name", name="uq_schedule_baseline_name"),
    )
    with op.batch_alter_table("schedule_baseline", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_schedule_baseline_engagement_id"), ["engagement_id"], unique=False
        )
    op.create_table(
        "baseline_date",
        sa.Column("id", _ID, nullable=False),
        sa.Column("created_at", _MOMENT, nullable=False),
        sa.Column("updated_at", _MOMENT, nullable=False),
        sa.Column("baseline_id", _ID, nullable=False),
        sa.Column("milestone_id", _ID, nullable=False),
        sa.Column("start", sa.Date(), nullable=False),
        sa.Column("finish", sa.Date(), nullable=False),
        sa.CheckConstraint(
            "start IS NULL OR finish IS NULL OR finish >= start",
            name=op.f("ck_baseline_date_finish_not_before_start"),
        ),
        sa.ForeignKeyConstraint(
            ["baseline_id"],
            ["schedule_baseline.id"],
            name=op.f("fk_baseline_date_baseline_id_schedule_baseline"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["milestone_id"],
            ["milestone.id"],
            name=op.f("fk_baseline_date_milestone_id_milestone"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_baseline_date")),
        sa.UniqueConstraint("baseline_id", "milestone_id", name="uq_baseline_date_item"),
    )
    with op.batch_alter_table("baseline_date", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_baseline_date_baseline_id"), ["baseline_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_baseline_date_milestone_id"), ["milestone_id"], unique=False
        )
    with op.batch_alter_table("milestone_dependency", schema=None) as batch_op:
        batch_op.alter_column(
            "kind",
            existing_type=_kinds("fs", "ss"),
            type_=_kinds("fs", "ss", "ff", "sf"),
            existing_nullable=False,
        )
    _name_the_existing_baselines()


def _name_the_existing_baselines() -> None:
    conn = op.get_bind()
    milestone = sa.table(
        "milestone",
        sa.column("id", _ID),
        sa.column("engagement_id", _ID),
        sa.column("created_at", _MOMENT),
        sa.column("baseline_start", sa.Date()),
        sa.column("baseline_finish", sa.Date()),
    )
    log = sa.table(
        "change_log",
        sa.column("row_id", _ID),
        sa.column("table_name", sa.String()),
        sa.column("field", sa.String()),
        sa.column("occurred_at", _MOMENT),
    )
    baselined = conn.execute(
        sa.select(
            milestone.c.id,
            milestone.c.engagement_id,
            milestone.c.created_at,
            milestone.c.baseline_start,
            milestone.c.baseline_finish,
        ).where(milestone.c.baseline_start.is_not(None), milestone.c.baseline_finish.is_not(None))
    ).all()
    if not baselined:
        return
    set_at = dict(
        conn.execute(
            sa.select(log.c.row_id, sa.func.max(log.c.occurred_at))
            .where(
                log.c.table_name == "milestone",
                log.c.field.in_(["baseline_start", "baseline_finish"]),
            )
            .group_by(log.c.row_id)
        ).all()
    )
    rows_of: dict[str, list[sa.Row]] = defaultdict(list)
    for row in baselined:
        rows_of[row.engagement_id].append(row)
    now = datetime.now(UTC)
    baselines, dates = [], []
    for engagement_id, rows in rows_of.items():
        moments = [set_at.get(r.id) or r.created_at for r in rows]
        baseline_id = str(uuid.uuid4())
        baselines.append(
            {
                "id": baseline_id,
                "created_at": now,
                "updated_at": now,
                "engagement_id": engagement_id,
                "name": FIRST_NAME,
                "set_on": _day(max(moments)),
            }
        )
        dates += [
            {
                "id": str(uuid.uuid4()),
                "created_at": now,
                "updated_at": now,
                "baseline_id": baseline_id,
                "milestone_id": r.id,
                "start": r.baseline_start,
                "finish": r.baseline_finish,
            }
            for r in rows
        ]
    op.bulk_insert(
        sa.table(
            "schedule_baseline",
            *(sa.column(n, _ID) for n in ("id", "engagement_id")),
            *(sa.column(n, _MOMENT) for n in ("created_at", "updated_at")),
            sa.column("name", sa.String()),
            sa.column("set_on", sa.Date()),
        ),
        baselines,
    )
    op.bulk_insert(
        sa.table(
            "baseline_date",
            *(sa.column(n, _ID) for n in ("id", "baseline_id", "milestone_id")),
            *(sa.column(n, _MOMENT) for n in ("created_at", "updated_at")),
            sa.column("start", sa.Date()),
            sa.column("finish", sa.Date()),
        ),
        dates,
    )


def _day(moment: datetime | date) -> date:
    return moment.date() if isinstance(moment, datetime) else moment


def downgrade() -> None:
    op.execute("DELETE FROM milestone_dependency WHERE kind IN ('ff', 'sf')")
    with op.batch_alter_table("milestone_dependency", schema=None) as batch_op:
        batch_op.alter_column(
            "kind",
            existing_type=_kinds("fs", "ss", "ff", "sf"),
            type_=_kinds("fs", "ss"),
            existing_nullable=False,
        )
    with op.batch_alter_table("baseline_date", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_baseline_date_milestone_id"))
        batch_op.drop_index(batch_op.f("ix_baseline_date_baseline_id"))
    op.drop_table("baseline_date")
    with op.batch_alter_table("schedule_baseline", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_schedule_baseline_engagement_id"))
    op.drop_table("schedule_baseline")
