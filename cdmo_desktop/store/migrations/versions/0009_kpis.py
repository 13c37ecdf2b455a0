"""KPIs: the consultant's own library entries, the KPIs of each engagement with their
measurements. Every charter success metric becomes an engagement KPI with the same id (its
change history stays attached): metric -> name, the free-text target kept verbatim in
target_note and read as a number, unit and direction where it clearly is one (">= 95%" ->
95, percent, higher is better), how it is measured kept. Then success_metric is dropped.

Revision ID: 0009_kpis
Revises: 0008_engagement_scale
Create Date: 2026-12-03
"""

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

revision: str = "0009_kpis"
down_revision: str | None = "0008_engagement_scale"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

UNITS = ("percent", "count", "days", "hours", "money", "number")
DIRECTIONS = ("higher_better", "lower_better")
PERIODS = ("month", "quarter", "year")


def _text(length: int | None = None) -> sqlmodel.sql.sqltypes.AutoString:
    return sqlmodel.sql.sqltypes.AutoString(length=length)


def _enum(values: tuple[str, ...], name: str) -> sa.Enum:
    return sa.Enum(
        *values,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=max(len(v) for v in values) + 8,
    )


def _entity() -> list[sa.Column[Any]]:
    return [
        sa.Column("id", _text(36), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    ]


def _kind() -> list[sa.Column[Any]]:
    return [
        sa.Column("unit", _enum(UNITS, "kpi_unit"), nullable=False),
        sa.Column("direction", _enum(DIRECTIONS, "kpi_direction"), nullable=False),
        sa.Column("period", _enum(PERIODS, "kpi_period"), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "kpi_definition",
        *_entity(),
        sa.Column("key", _text(100), nullable=False),
        sa.Column("name", _text(200), nullable=False),
        sa.Column("description", _text(), nullable=False),
        *_kind(),
        sa.Column("default_target", sa.Float(), nullable=True),
        sa.Column("default_amber", sa.Float(), nullable=True),
        sa.Column("default_red", sa.Float(), nullable=True),
        sa.Column("applies_to", _text(100), nullable=False),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_kpi_definition")),
    )
    op.create_index(op.f("ix_kpi_definition_key"), "kpi_definition", ["key"], unique=True)
    op.create_table(
        "engagement_kpi",
        *_entity(),
        sa.Column("engagement_id", _text(36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("library_key", _text(100), nullable=False),
        sa.Column("name", _text(300), nullable=False),
        sa.Column("description", _text(), nullable=False),
        *_kind(),
        sa.Column("target", sa.Float(), nullable=True),
        sa.Column("amber", sa.Float(), nullable=True),
        sa.Column("red", sa.Float(), nullable=True),
        sa.Column("target_note", _text(300), nullable=False),
        sa.Column("data_source", _text(300), nullable=False),
        sa.Column("how_measured", _text(), nullable=False),
        sa.Column("owner_client", _text(200), nullable=False),
        sa.Column("owner_partner", _text(200), nullable=False),
        sa.Column("agreement_id", _text(36), nullable=True),
        sa.Column("clause_ref", _text(100), nullable=False),
        sa.ForeignKeyConstraint(
            ["engagement_id"],
            ["engagement.id"],
            name=op.f("fk_engagement_kpi_engagement_id_engagement"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["agreement_id"],
            ["agreement.id"],
            name=op.f("fk_engagement_kpi_agreement_id_agreement"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_engagement_kpi")),
    )
    op.create_index(op.f("ix_engagement_kpi_engagement_id"), "engagement_kpi", ["engagement_id"])
    op.create_index(op.f("ix_engagement_kpi_agreement_id"), "engagement_kpi", ["agreement_id"])
    op.create_table(
        "kpi_measurement",
        *_entity(),
        sa.Column("kpi_id", _text(36), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("comment", _text(), nullable=False),
        sa.Column("entered_by", _text(200), nullable=False),
        sa.ForeignKeyConstraint(
            ["kpi_id"],
            ["engagement_kpi.id"],
            name=op.f("fk_kpi_measurement_kpi_id_engagement_kpi"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_kpi_measurement")),
        sa.UniqueConstraint("kpi_id", "period_start", name="uq_kpi_measurement_period"),
    )
    _convert_success_metrics(op.get_bind())
    op.drop_index(op.f("ix_success_metric_engagement_id"), table_name="success_metric")
    op.drop_table("success_metric")


def _convert_success_metrics(conn: sa.Connection) -> None:
    from cdmo_desktop.domain.kpi import parse_target

    rows = conn.execute(
        sa.text(
            "SELECT id, created_at, updated_at, engagement_id, position, metric, target, "
            "how_measured FROM success_metric"
        )
    ).all()
    insert = sa.text(
        "INSERT INTO engagement_kpi (id, created_at, updated_at, engagement_id, position, "
        "library_key, name, description, unit, direction, period, target, amber, red, "
        "target_note, data_source, how_measured, owner_client, owner_partner, agreement_id, "
        "clause_ref) VALUES (:id, :created_at, :updated_at, :engagement_id, :position, '', "
        ":name, '', :unit, :direction, 'month', :target, NULL, NULL, :note, '', :how, '', '', "
        "NULL, '')"
    )
    for row in rows:
        parsed = parse_target(row.target or "")
        conn.execute(
            insert,
            {
                "id": row.id,
                "created_at": row.created_at,
                "updated_at": row.updated_at,
                "engagement_id": row.engagement_id,
                "position": row.position,
                "name": row.metric,
                "unit": parsed.unit.value if parsed else "number",
                "direction": parsed.direction.value if parsed else "higher_better",
                "target": parsed.target if parsed else None,
                "note": row.target,
                "how": row.how_measured,
            },
        )


def downgrade() -> None:
    from cdmo_desktop.domain.enums import KpiDirection, KpiUnit
    from cdmo_desktop.domain.kpi import target_text

    op.create_table(
        "success_metric",
        *_entity(),
        sa.Column("engagement_id", _text(36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("metric", _text(300), nullable=False),
        sa.Column("target", _text(300), nullable=False),
        sa.Column("how_measured", _text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["engagement_id"],
            ["engagement.id"],
            name=op.f("fk_success_metric_engagement_id_engagement"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_success_metric")),
    )
    op.create_index(op.f("ix_success_metric_engagement_id"), "success_metric", ["engagement_id"])
    conn = op.get_bind()
    rows = conn.execute(
        sa.text(
            "SELECT id, created_at, updated_at, engagement_id, position, name, unit, direction, "
            "target, target_note, how_measured FROM engagement_kpi"
        )
    ).all()
    insert = sa.text(
        "INSERT INTO success_metric (id, created_at, updated_at, engagement_id, position, "
        "metric, target, how_measured) VALUES (:id, :created_at, :updated_at, :engagement_id, "
        ":position, :metric, :target, :how)"
    )
    for row in rows:
        note = row.target_note or target_text(
            KpiUnit(row.unit), KpiDirection(row.direction), row.target
        )
        conn.execute(
            insert,
            {
                "id": row.id,
                "created_at": row.created_at,
                "updated_at": row.updated_at,
                "engagement_id": row.engagement_id,
                "position": row.position,
                "metric": row.name[:300],
                "target": note[:300],
                "how": row.how_measured,
            },
        )
    op.drop_table("kpi_measurement")
    op.drop_index(op.f("ix_engagement_kpi_agreement_id"), table_name="engagement_kpi")
    op.drop_index(op.f("ix_engagement_kpi_engagement_id"), table_name="engagement_kpi")
    op.drop_table("engagement_kpi")
    op.drop_index(op.f("ix_kpi_definition_key"), table_name="kpi_definition")
    op.drop_table("kpi_definition")
