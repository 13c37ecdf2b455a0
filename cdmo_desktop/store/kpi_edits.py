"""Writing KPIs: an engagement's KPIs, their measurements and the consultant's own library
entries. Every use case is one `Store.write` (one undo step) and refuses bad values with
{field: message} errors before anything is written (`KpiRefused`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlmodel import Session, col, select

from cdmo_desktop.domain.enums import KpiDirection, KpiPeriod, KpiUnit
from cdmo_desktop.domain.kpi import (
    KpiTemplate,
    measurement_error,
    period_label,
    period_start,
)
from cdmo_desktop.domain.messages import QT_TRANSLATE_NOOP, msg
from cdmo_desktop.domain.models import (
    EngagementKpi,
    KpiDefinition,
    KpiMeasurement,
    new_id,
)
from cdmo_desktop.domain.validation import Errors, ValidationError, validate
from cdmo_desktop.store import conflicts
from cdmo_desktop.store.changesets import RowState, apply_states, values_of
from cdmo_desktop.store.errors import ConflictError, WriteRefused
from cdmo_desktop.store.kpis import library_templates

if TYPE_CHECKING:
    from cdmo_desktop.store.changesets import ChangeSet
    from cdmo_desktop.store.store import Store


class KpiRefused(ValidationError, WriteRefused):
    """A KPI write refused before anything was written: `errors` maps a field (or a grid
    cell, see `cell_key`) to one sentence. Caught as ValidationError or WriteRefused."""


def cell_key(kpi_id: str, start: date) -> str:
    """The error key of one grid cell: "<kpi id>/<period start ISO>"."""
    return f"{kpi_id}/{start.isoformat()}"


# --- engagement KPIs --------------------------------------------------------------------------
@dataclass(frozen=True)
class KpiData:
    """What the KPI form edits (a new KPI keeps the fresh id; `position` None appends it)."""

    engagement_id: str
    name: str
    unit: KpiUnit = KpiUnit.NUMBER
    direction: KpiDirection = KpiDirection.HIGHER_BETTER
    period: KpiPeriod = KpiPeriod.MONTH
    target: float | None = None
    amber: float | None = None
    red: float | None = None
    id: str = field(default_factory=new_id)
    position: int | None = None
    library_key: str = ""
    description: str = ""
    target_note: str = ""
    data_source: str = ""
    how_measured: str = ""
    owner_client: str = ""
    owner_partner: str = ""
    agreement_id: str | None = None
    clause_ref: str = ""

    @classmethod
    def from_template(cls, engagement_id: str, template: KpiTemplate) -> KpiData:
        return cls(
            engagement_id=engagement_id,
            name=template.name,
            unit=template.unit,
            direction=template.direction,
            period=template.period,
            target=template.target,
            amber=template.amber,
            red=template.red,
            library_key=template.key,
            description=template.description,
        )


_TEXT: tuple[str, ...] = (
    "name",
    "library_key",
    "description",
    "target_note",
    "data_source",
    "how_measured",
)
_TEXT += ("owner_client", "owner_partner", "clause_ref")


def _kpi_values(data: KpiData, position: int) -> dict[str, Any]:
    values: dict[str, Any] = {name: str(getattr(data, name)).strip() for name in _TEXT}
    values.update(
        engagement_id=data.engagement_id,
        position=position,
        unit=KpiUnit(data.unit),
        direction=KpiDirection(data.direction),
        period=KpiPeriod(data.period),
        target=data.target,
        amber=data.amber,
        red=data.red,
        agreement_id=data.agreement_id or None,
    )
    return values


def kpi_data_errors(data: KpiData) -> Errors:
    """{field: message} for a KPI the form may not save (empty when it may)."""
    try:
        KpiUnit(data.unit), KpiDirection(data.direction), KpiPeriod(data.period)
    except ValueError as exc:
        return {"unit": msg(QT_TRANSLATE_NOOP("messages", "Unknown choice: {exc}."), exc=exc)}
    errors = validate(EngagementKpi(**_kpi_values(data, 0)))
    if not data.name.strip():
        errors["name"] = msg(QT_TRANSLATE_NOOP("messages", "Name the KPI."))
    return errors


def save_kpi(store: Store, data: KpiData) -> ChangeSet:
    """Add or change one engagement KPI (its measurements stay). Refused, writing nothing,
    when a value is wrong, a threshold is on the wrong side of the target, or the new unit
    refuses a value already measured."""
    errors = kpi_data_errors(data)
    if errors:
        raise KpiRefused(errors, "KPI")

    def work(s: Session) -> None:
        existing = s.get(EngagementKpi, data.id)
        if existing is None:
            position = data.position if data.position is not None else _next_position(s, data)
        else:
            position = data.position if data.position is not None else existing.position
            if existing.unit != data.unit:
                _check_unit(s, data)
        apply_states(s, [RowState(EngagementKpi, data.id, _kpi_values(data, position))])

    label = msg(QT_TRANSLATE_NOOP("messages", "Edit KPI {name}"), name=data.name.strip())
    return store.write(label, work)


def _next_position(s: Session, data: KpiData) -> int:
    positions = s.exec(
        select(EngagementKpi.position).where(EngagementKpi.engagement_id == data.engagement_id)
    ).all()
    return max(positions, default=-1) + 1


def _check_unit(s: Session, data: KpiData) -> None:
    unit = KpiUnit(data.unit)
    for value in s.exec(select(KpiMeasurement.value).where(KpiMeasurement.kpi_id == data.id)):
        problem = measurement_error(unit, value)
        if problem is not None:
            message = msg(
                QT_TRANSLATE_NOOP(
                    "messages", "A value already measured ({value:g}) does not fit: {problem}"
                ),
                value=value,
                problem=problem,
            )
            raise KpiRefused({"unit": message}, "KPI")


def delete_kpis(store: Store, ids: Sequence[str]) -> ChangeSet:
    """Remove KPIs with their measurements (undo brings both back)."""

    def work(s: Session) -> None:
        apply_states(s, [RowState(EngagementKpi, i, None) for i in ids])

    n = len(ids)
    return store.write(
        msg(QT_TRANSLATE_NOOP("messages", "Remove KPI"))
        if n == 1
        else msg(QT_TRANSLATE_NOOP("messages", "Remove {n} KPIs"), n=n),
        work,
    )


def add_kpis_from_library(store: Store, engagement_id: str, keys: Sequence[str]) -> ChangeSet:
    """Add the library's KPIs `keys` (own or shipped) to the engagement, after its others."""

    def work(s: Session) -> None:
        library = {t.key: t for t in library_templates(s)}
        unknown = [k for k in keys if k not in library]
        if unknown:
            raise KpiRefused(
                {
                    "library_key": msg(
                        QT_TRANSLATE_NOOP("messages", "No KPI {value!r} in the library."),
                        value=unknown[0],
                    )
                },
                "KPI",
            )
        first = _next_position(s, KpiData(engagement_id=engagement_id, name=""))
        states = []
        for i, key in enumerate(keys):
            data = KpiData.from_template(engagement_id, library[key])
            states.append(RowState(EngagementKpi, data.id, _kpi_values(data, first + i)))
        apply_states(s, states)

    n = len(keys)
    return store.write(
        msg(QT_TRANSLATE_NOOP("messages", "Add KPI"))
        if n == 1
        else msg(QT_TRANSLATE_NOOP("messages", "Add {n} KPIs"), n=n),
        work,
    )


# --- measurements -----------------------------------------------------------------------------
@dataclass(frozen=True)
class SeenCell:
    """What a grid showed in a cell when it was read: the measurement's id and row version,
    or ("", 0) for an empty cell (store.conflicts: row versions start at 1)."""

    row_id: str = ""
    version: int = 0


EMPTY_CELL = SeenCell()


@dataclass(frozen=True)
class MeasurementEntry:
    """One grid cell: the KPI's value for the period holding `period_start` (None removes
    it). `comment` None keeps the comment there is; `entered_by` "" is the store's user.
    `seen` is the cell as the writer showed it: the write is refused with a ConflictError
    when someone else has entered, changed or cleared it since (None: not checked, as for
    an import)."""

    kpi_id: str
    period_start: date
    value: float | None
    comment: str | None = None
    entered_by: str = ""
    seen: SeenCell | None = None


def set_measurements(store: Store, entries: Sequence[MeasurementEntry]) -> ChangeSet:
    """Write any number of cells as one undo step (a typed value, a pasted column). The
    whole batch is refused, writing nothing, when one cell is wrong: a value its unit
    refuses (percentages 0-100, counts non-negative whole numbers), a KPI that is gone, or
    two values for one period; the errors are keyed by `cell_key`. A cell someone else
    saved since its entry's `seen` refuses the batch with a ConflictError."""

    def work(s: Session) -> None:
        kpis = {
            k.id: k
            for k in s.exec(
                select(EngagementKpi).where(col(EngagementKpi.id).in_({e.kpi_id for e in entries}))
            )
        }
        errors: Errors = {}
        wanted: dict[tuple[str, date], MeasurementEntry] = {}
        for e in entries:
            kpi = kpis.get(e.kpi_id)
            if kpi is None:
                errors[cell_key(e.kpi_id, e.period_start)] = msg(
                    QT_TRANSLATE_NOOP("messages", "This KPI no longer exists.")
                )
                continue
            period = KpiPeriod(kpi.period)
            start = period_start(period, e.period_start)
            key = cell_key(kpi.id, start)
            where = f"{kpi.name}, {period_label(period, start)}"
            if (kpi.id, start) in wanted:
                errors[key] = msg(
                    QT_TRANSLATE_NOOP("messages", "{where}: two values for one period."),
                    where=where,
                )
                continue
            if e.value is not None:
                problem = measurement_error(KpiUnit(kpi.unit), e.value)
                if problem is not None:
                    errors[key] = msg(
                        QT_TRANSLATE_NOOP("messages", "{where}: {problem}"),
                        where=where,
                        problem=problem,
                    )
                    continue
            if e.comment is not None and len(e.comment) > 2000:
                errors[key] = msg(
                    QT_TRANSLATE_NOOP(
                        "messages", "{where}: the comment is too long (at most 2000 characters)."
                    ),
                    where=where,
                )
                continue
            wanted[(kpi.id, start)] = e
        if errors:
            raise KpiRefused(errors, "Measurement")
        user = str(s.info.get("user") or "")
        have = _saved_cells(s, wanted)
        _check_seen(s, wanted, have)
        apply_states(s, _measurement_states(wanted, have, user))

    n = len(entries)
    label = (
        msg(QT_TRANSLATE_NOOP("messages", "Enter a KPI value"))
        if n == 1
        else msg(QT_TRANSLATE_NOOP("messages", "Enter {n} KPI values"), n=n)
    )
    return store.write(label, work)


def _saved_cells(
    s: Session, wanted: dict[tuple[str, date], MeasurementEntry]
) -> dict[tuple[str, date], KpiMeasurement]:
    have: dict[tuple[str, date], KpiMeasurement] = {}
    kpi_ids = sorted({k for k, _ in wanted})
    for offset in range(0, len(kpi_ids), 500):
        for m in s.exec(
            select(KpiMeasurement).where(
                col(KpiMeasurement.kpi_id).in_(kpi_ids[offset : offset + 500])
            )
        ):
            if (m.kpi_id, m.period_start) in wanted:
                have[(m.kpi_id, m.period_start)] = m
    return have


def _check_seen(
    s: Session,
    wanted: dict[tuple[str, date], MeasurementEntry],
    have: dict[tuple[str, date], KpiMeasurement],
) -> None:
    """Refuse the batch when a cell is no longer as its entry saw it: a value entered in an
    empty cell, a value changed, or a value cleared, by someone else meanwhile."""
    found = []
    for key, e in wanted.items():
        if e.seen is None:
            continue
        now = have.get(key)
        if now is None:
            if e.seen.row_id:
                found.append(conflicts.conflict(s, KpiMeasurement, e.seen.row_id))
        elif now.id != e.seen.row_id or now.row_version != e.seen.version:
            found.append(conflicts.conflict(s, KpiMeasurement, now.id))
    if found:
        raise ConflictError(found)


def _measurement_states(
    wanted: dict[tuple[str, date], MeasurementEntry],
    have: dict[tuple[str, date], KpiMeasurement],
    user: str,
) -> list[RowState]:
    removals, writes = [], []
    for (kpi_id, day), e in wanted.items():
        old = have.get((kpi_id, day))
        if e.value is None:
            if old is not None:
                removals.append(RowState(KpiMeasurement, old.id, None))
            continue
        values = values_of(old) if old is not None else {"kpi_id": kpi_id, "period_start": day}
        values["value"] = float(e.value)
        if e.comment is not None or old is None:
            values["comment"] = (e.comment or "").strip()
        if old is None or old.value != float(e.value):
            values["entered_by"] = e.entered_by or user
        writes.append(RowState(KpiMeasurement, old.id if old else new_id(), values))
    return removals + writes


# --- the consultant's own library -------------------------------------------------------------
@dataclass(frozen=True)
class KpiDefinitionData:
    """An own library entry; `key` "" makes one from the name when it is new."""

    name: str
    unit: KpiUnit = KpiUnit.NUMBER
    direction: KpiDirection = KpiDirection.HIGHER_BETTER
    period: KpiPeriod = KpiPeriod.MONTH
    default_target: float | None = None
    default_amber: float | None = None
    default_red: float | None = None
    applies_to: str = ""
    description: str = ""
    archived: bool = False
    key: str = ""
    id: str = field(default_factory=new_id)


def own_key(name: str) -> str:
    """ "own_" and the name in lower-case words joined by underscores."""
    slug = re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")
    return f"own_{slug[:90] or 'kpi'}"


def _definition_values(data: KpiDefinitionData, key: str) -> dict[str, Any]:
    return {
        "key": key,
        "name": data.name.strip(),
        "unit": KpiUnit(data.unit),
        "direction": KpiDirection(data.direction),
        "period": KpiPeriod(data.period),
        "default_target": data.default_target,
        "default_amber": data.default_amber,
        "default_red": data.default_red,
        "applies_to": data.applies_to.strip(),
        "description": data.description.strip(),
        "archived": data.archived,
    }


def save_kpi_definition(store: Store, data: KpiDefinitionData) -> ChangeSet:
    """Add or change one of the consultant's own library entries. Refused when a value is
    wrong or another own entry already has the key."""
    key = data.key.strip() or own_key(data.name)
    errors = validate(KpiDefinition(**_definition_values(data, key)))
    if not data.name.strip():
        errors["name"] = msg(QT_TRANSLATE_NOOP("messages", "Name the KPI."))
    if errors:
        raise KpiRefused(errors, "KPI definition")

    def work(s: Session) -> None:
        clash = s.exec(
            select(KpiDefinition.id).where(KpiDefinition.key == key, KpiDefinition.id != data.id)
        ).first()
        if clash is not None:
            raise KpiRefused(
                {
                    "name": msg(
                        QT_TRANSLATE_NOOP(
                            "messages", "Your library already has a KPI with this name."
                        )
                    )
                },
                "KPI",
            )
        apply_states(s, [RowState(KpiDefinition, data.id, _definition_values(data, key))])

    return store.write(
        msg(QT_TRANSLATE_NOOP("messages", "Edit library KPI {name}"), name=data.name.strip()), work
    )
