"""Shared columns and column helpers for every table."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from decimal import ROUND_HALF_EVEN, Decimal
from enum import Enum
from typing import Any, Literal

import sqlalchemy as sa
from sqlalchemy.orm import declared_attr
from sqlmodel import Field, SQLModel

# One naming convention so Alembic batch rebuilds on SQLite can find every constraint.
SQLModel.metadata.naming_convention = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Money(sa.types.TypeDecorator[Decimal]):
    """An exact amount with two decimal places, stored as a whole number of hundredths
    (minor units), so 99,999,999,999,999.99 comes back to the cent: a NUMERIC column is a
    binary float in SQLite. Validation refuses amounts with more decimals before a write."""

    impl = sa.BigInteger
    cache_ok = True
    exact_money = True  # validation checks the amount (domain.validation.amount_error)

    def process_bind_param(self, value: Any, dialect: sa.Dialect) -> int | None:
        if value is None:
            return None
        return int((Decimal(value) * 100).to_integral_value(ROUND_HALF_EVEN))

    def process_result_value(self, value: Any, dialect: sa.Dialect) -> Decimal | None:
        return None if value is None else Decimal(int(value)).scaleb(-2)


def new_id() -> str:
    return str(uuid.uuid4())


def utcnow() -> datetime:
    return datetime.now(UTC)


class Entity(SQLModel):
    """UUID key and UTC timestamps, so rows can move between laptops without clashes.

    `row_version` counts the row's writes: the ORM checks it in every UPDATE and DELETE and
    bumps it (mapper `version_id_col`), so a write based on a row someone else has saved
    since is refused instead of overwriting it (store.conflicts)."""

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)
    row_version: int = Field(default=1, sa_column_kwargs={"server_default": sa.text("1")})

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.__table__.c.row_version}  # type: ignore[attr-defined]


def enum_field(
    enum: type[Enum],
    *,
    default: Any = ...,
    nullable: bool = False,
    index: bool = False,
    name: str | None = None,
) -> Any:
    """A column holding the enum's *value* in a VARCHAR guarded by a CHECK constraint."""
    type_ = sa.Enum(
        enum,
        values_callable=lambda e: [m.value for m in e],
        native_enum=False,
        create_constraint=True,
        validate_strings=True,
        length=max(len(m.value) for m in enum) + 8,
        name=name or _snake(enum.__name__),
    )
    if default is ... and nullable:
        default = None
    return Field(default=default, sa_type=type_, nullable=nullable, index=index)


OnDelete = Literal["CASCADE", "SET NULL", "RESTRICT"]


def fk(
    target: str, *, nullable: bool = False, ondelete: OnDelete = "CASCADE", index: bool = True
) -> Any:
    """A foreign key to `target` ("table.id"); children follow their parent unless told."""
    return Field(
        default=None if nullable else ...,
        foreign_key=target,
        ondelete=ondelete,
        nullable=nullable,
        index=index,
        max_length=36,
    )


def check(sql: str, name: str, info: dict[str, Any] | None = None) -> sa.CheckConstraint:
    return sa.CheckConstraint(sql, name=name, info=info or {})


def dates_ordered(first: str, last: str, name: str | None = None) -> sa.CheckConstraint:
    """`last` may not be before `first` when both are set (ISO dates compare as text)."""
    return sa.CheckConstraint(
        f"{first} IS NULL OR {last} IS NULL OR {last} >= {first}",
        name=name or f"{last}_not_before_{first}",
        info={"dates_ordered": (first, last)},
    )


def _snake(name: str) -> str:
    out = []
    for i, ch in enumerate(name):
        if ch.isupper() and i:
            out.append("_")
        out.append(ch.lower())
    return "".join(out)
