"""Each row of one import given its fate (exchange/imports.py `plan_import`): new, update,
unchanged or refused with the reason, remembering the rows before it."""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING, Any

from cdmo_desktop.domain import kpi, risk_review
from cdmo_desktop.domain.enums import (
    KpiPeriod,
    KpiUnit,
)
from cdmo_desktop.domain.messages import QT_TRANSLATE_NOOP, msg
from cdmo_desktop.domain.models import Contact, Partner, Risk, new_id
from cdmo_desktop.domain.validation import validate
from cdmo_desktop.exchange import cells
from cdmo_desktop.exchange.import_cells import (
    differs,
    field_label,
    first_problems,
    fold,
    read_cell,
    risk_number,
    row_type,
)
from cdmo_desktop.exchange.import_kinds import Fate, Kind, RowPlan
from cdmo_desktop.exchange.import_names import NearNames
from cdmo_desktop.exchange.sheet_reader import Cell
from cdmo_desktop.store.record_imports import (
    MODELS,
    ImportContext,
    ImportEntry,
)

if TYPE_CHECKING:
    pass

_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")


class Planner:
    """Gives each row of one import its fate, remembering the rows before it (the same
    record twice, two partners of one name, two primary contacts of one partner)."""

    def __init__(
        self, kind: Kind, ctx: ImportContext, engagement_id: str | None, today: date
    ) -> None:
        self.kind = kind
        self.ctx = ctx
        self.engagement_id = engagement_id
        self.today = today
        self.model = MODELS[kind.table]
        self.table = self.model.__table__  # type: ignore[attr-defined]
        self.row_type = row_type(self.model)
        self.defaults = {
            name: f.get_default(call_default_factory=True)
            for name, f in self.model.model_fields.items()
            if not f.is_required()
        }
        self.organisation = "client_id" if kind.key == "client-contacts" else "partner_id"
        self.by_id = {str(r["id"]): r for r in ctx.records}
        self.by_key: dict[Any, dict[str, Any]] = {}
        for record in ctx.records:
            key = self._record_key(record)
            if key is not None:
                self.by_key.setdefault(key, record)
        self.partner_by_name = {fold(n): i for i, n in ctx.partners.items()}
        self.client_by_name = {fold(n): i for i, n in ctx.clients.items()}
        self.milestone_by_name = {fold(n): i for i, n in reversed(ctx.milestones)}
        self.owner_by_name = {fold(n): n for n in ctx.owners}
        self.kpi_by_name = {fold(n): i for i, (n, _u, _p) in reversed(ctx.kpis.items())}
        self.seen: dict[Any, int] = {}  # record id or key -> the row that named it
        self.primary_rows: dict[str, int] = {}
        self.near = NearNames()
        if kind.table == "partner":
            for name in ctx.partners.values():
                self.near.add(name)

    # keys ---------------------------------------------------------------------------

    def _record_key(self, record: dict[str, Any]) -> Any:
        table = self.kind.table
        if table in ("partner", "client"):
            return fold(str(record["name"]))
        if table == "contact":
            return (record[self.organisation], fold(str(record["name"])))
        if table == "risk":
            return record["number"]
        if table == "kpi_measurement":
            return (record["kpi_id"], record["period_start"])
        return None

    def _row_key(self, values: dict[str, Any], code: int | None) -> Any:
        table = self.kind.table
        if table in ("partner", "client") and values.get("name"):
            return fold(values["name"])
        if table == "contact" and values.get(self.organisation) and values.get("name"):
            return (values[self.organisation], fold(values["name"]))
        if table == "risk" and code is not None:
            return code
        if table == "kpi_measurement" and values.get("kpi_id") and values.get("period_start"):
            return (values["kpi_id"], values["period_start"])
        return None

    # one row ------------------------------------------------------------------------

    def plan(self, row: int, cells_by_field: dict[str, Cell]) -> RowPlan:
        values, errors, record_id, code = self._parse(cells_by_field)
        name = str(values.get(self.kind.name_field, "") or "")
        if self.kind.table == "kpi_measurement" and values.get("kpi_id") in self.ctx.kpis:
            kpi_name, _unit, period = self.ctx.kpis[values["kpi_id"]]
            day = values.get("period_start")
            when = kpi.period_label(KpiPeriod(period), day) if isinstance(day, date) else ""
            name = f"{kpi_name}, {when}" if when else kpi_name
        if record_id is None and code is not None and self.kind.table == "risk":
            name = name or risk_review.code(code)
        if errors:
            return RowPlan(row, Fate.REFUSED, name, first_problems(errors))
        target = self._target(values, record_id, code)
        if target is not None:
            idents = [target["id"]]
        else:
            idents = [i for i in (record_id, self._row_key(values, code)) if i is not None]
        earlier = next((self.seen[i] for i in idents if i in self.seen), None)
        if earlier is not None:
            return RowPlan(
                row,
                Fate.REFUSED,
                name,
                msg(
                    QT_TRANSLATE_NOOP("messages", "The same {noun} as row {earlier}."),
                    noun=self.kind.noun,
                    earlier=earlier,
                ),
            )
        if target is None:
            plan = self._new(row, name, values, record_id, code)
        else:
            if record_id != target["id"]:  # found by its name: the name's case stays
                field_name = self.kind.name_field
                if field_name in target and fold(str(values.get(field_name, ""))) == fold(
                    str(target[field_name])
                ):
                    values.pop(field_name, None)
            plan = self._update(
                row, name or str(target.get(self.kind.name_field, "")), target, values
            )
        if plan.fate is not Fate.REFUSED:
            for ident in idents:
                self.seen[ident] = row
        return plan

    def _parse(
        self, cells_by_field: dict[str, Cell]
    ) -> tuple[dict[str, Any], dict[str, str], str | None, int | None]:
        """(field values, column -> problem, the id given, the risk code given)."""
        values: dict[str, Any] = {}
        errors: dict[str, str] = {}
        record_id: str | None = None
        code: int | None = None
        refs: dict[str, str] = {}
        for field_name, cell in cells_by_field.items():
            column = self.kind.column(field_name)
            try:
                if column.kind == "id":
                    record_id = cells.text(cell) or None
                elif column.kind == "code":
                    code = risk_number(cell)
                elif column.kind in (
                    "partner",
                    "client",
                    "client_id",
                    "site",
                    "milestone",
                    "partner_id",
                    "site_id",
                    "kpi",
                    "kpi_id",
                ):
                    refs[column.kind] = cells.text(cell)
                elif column.kind == "owner":
                    owner = cells.text(cell)
                    values[field_name] = self.owner_by_name.get(fold(owner), owner)
                else:
                    values[field_name] = read_cell(column, cell)
            except cells.CellError as exc:
                errors[field_name] = msg(
                    QT_TRANSLATE_NOOP("messages", "{label}: {exc}."), label=column.label, exc=exc
                )
        self._resolve(refs, values, errors)
        return values, errors, record_id, code

    def _resolve(
        self, refs: dict[str, str], values: dict[str, Any], errors: dict[str, str]
    ) -> None:
        """Partner, client, site and milestone named in the row, as ids (case-blind); an id
        column wins over the name beside it."""
        if "client" in refs or "client_id" in refs:
            self._resolve_client(refs, values, errors)
        if refs.get("partner_id"):
            if refs["partner_id"] not in self.ctx.partners:
                errors["partner"] = msg(
                    QT_TRANSLATE_NOOP("messages", "Partner ID: no partner has this id.")
                )
            else:
                values["partner_id"] = refs["partner_id"]
            refs.pop("partner", None)
        if "site_id" in refs:
            site_id = refs.pop("site_id")
            known = {sid for sid, _ in self.ctx.sites.get(values.get("partner_id", ""), [])}
            if site_id and site_id not in known:
                errors["site"] = msg(
                    QT_TRANSLATE_NOOP("messages", "Site ID: the partner has no site with this id.")
                )
            elif site_id or not refs.get("site"):
                values["site_id"] = site_id or None
                refs.pop("site", None)
        if "kpi" in refs or "kpi_id" in refs:
            self._resolve_kpi(refs, values, errors)
        if "partner" in refs:
            if not refs["partner"]:
                errors["partner"] = msg(QT_TRANSLATE_NOOP("messages", "Partner is required."))
            elif (pid := self.partner_by_name.get(fold(refs["partner"]))) is None:
                errors["partner"] = msg(
                    QT_TRANSLATE_NOOP("messages", "Partner: no partner has this name.")
                )
            else:
                values["partner_id"] = pid
        if "site" in refs:
            site = refs["site"]
            if not site:
                values["site_id"] = None
            elif "partner_id" in values:
                found = [
                    sid
                    for sid, n in self.ctx.sites.get(values["partner_id"], [])
                    if fold(n) == fold(site)
                ]
                if found:
                    values["site_id"] = found[0]
                else:
                    errors["site"] = msg(
                        QT_TRANSLATE_NOOP("messages", "Site: the partner has no site of this name.")
                    )
        if "milestone" in refs:
            milestone = refs["milestone"]
            if not milestone:
                values["milestone_id"] = None
            elif (mid := self.milestone_by_name.get(fold(milestone))) is None:
                errors["milestone"] = msg(
                    QT_TRANSLATE_NOOP(
                        "messages", "Milestone: the engagement has no milestone of this name."
                    )
                )
            else:
                values["milestone_id"] = mid

    def _resolve_client(
        self, refs: dict[str, str], values: dict[str, Any], errors: dict[str, str]
    ) -> None:
        """The client of a client contact: by id, else by name."""
        if refs.get("client_id"):
            if refs["client_id"] not in self.ctx.clients:
                errors["client"] = msg(
                    QT_TRANSLATE_NOOP("messages", "Client ID: no client has this id.")
                )
            else:
                values["client_id"] = refs["client_id"]
        elif "client" in refs:
            if not refs["client"]:
                errors["client"] = msg(QT_TRANSLATE_NOOP("messages", "Client is required."))
            elif (cid := self.client_by_name.get(fold(refs["client"]))) is None:
                errors["client"] = msg(
                    QT_TRANSLATE_NOOP("messages", "Client: no client has this name.")
                )
            else:
                values["client_id"] = cid
        refs.pop("client", None)
        refs.pop("client_id", None)

    def _resolve_kpi(
        self, refs: dict[str, str], values: dict[str, Any], errors: dict[str, str]
    ) -> None:
        """The KPI of a measurement (by id, else by name in the engagement) and the first
        day of the period the row's date falls in."""
        kpi_id = refs.get("kpi_id") or self.kpi_by_name.get(fold(refs.get("kpi", "")))
        if not kpi_id or kpi_id not in self.ctx.kpis:
            errors["kpi"] = (
                msg(QT_TRANSLATE_NOOP("messages", "KPI: the engagement has no KPI of this name."))
                if refs.get("kpi") or refs.get("kpi_id")
                else msg(QT_TRANSLATE_NOOP("messages", "KPI is required."))
            )
            return
        values["kpi_id"] = kpi_id
        _name, unit, period = self.ctx.kpis[kpi_id]
        day = values.get("period_start")
        if isinstance(day, date):
            values["period_start"] = kpi.period_start(KpiPeriod(period), day)
        value = values.get("value")
        if value is not None and (problem := kpi.measurement_error(KpiUnit(unit), value)):
            errors["value"] = msg(
                QT_TRANSLATE_NOOP("messages", "Value: {problem}"), problem=problem
            )

    def _target(
        self, values: dict[str, Any], record_id: str | None, code: int | None
    ) -> dict[str, Any] | None:
        """The record the row updates: the one with its id, else the one its name (a
        risk's code) names; None for a new record."""
        if record_id is not None and record_id in self.by_id:
            return self.by_id[record_id]
        return self.by_key.get(self._row_key(values, code))

    def _new_id(self, record_id: str | None) -> str:
        """A new record keeps the id the file gives it (an export imported into another
        database, or after its records were deleted) when it is a free UUID."""
        if record_id and _UUID.fullmatch(record_id) and record_id not in self.ctx.ids:
            return record_id.lower()
        return new_id()

    def _complete(self, values: dict[str, Any]) -> dict[str, Any]:
        """The row's values for a new record: empty cells of fields that cannot be empty
        take the field's default."""
        out = {}
        for key, value in values.items():
            column = self.table.columns.get(key)
            if value is None and column is not None and not column.nullable:
                continue
            out[key] = value
        return out

    def _new(
        self, row: int, name: str, values: dict[str, Any], record_id: str | None, code: int | None
    ) -> RowPlan:
        fields = self._complete(values)
        if self.model is Risk:
            fields["number"] = code or 0  # a free number is kept; 0: the next one
        if self.kind.needs_engagement:
            fields["engagement_id"] = self.engagement_id
        if self.kind.key == "contacts" and "partner_id" not in fields:
            return RowPlan(
                row, Fate.REFUSED, name, msg(QT_TRANSLATE_NOOP("messages", "Partner is required."))
            )
        if self.kind.key == "client-contacts" and "client_id" not in fields:
            return RowPlan(
                row, Fate.REFUSED, name, msg(QT_TRANSLATE_NOOP("messages", "Client is required."))
            )
        candidate = self._candidate({**fields, **({"number": 1} if self.model is Risk else {})})
        problem = self._check(row, candidate, fields)
        if problem:
            return RowPlan(row, Fate.REFUSED, name, problem)
        warnings: tuple[str, ...] = ()
        if self.model is Partner:
            close = self.near.near(fields["name"])
            if close is not None:
                warnings = (
                    msg(
                        QT_TRANSLATE_NOOP(
                            "messages", "Close to the existing partner {close!r}: a duplicate?"
                        ),
                        close=close,
                    ),
                )
            self.near.add(fields["name"], close_spellings=False)
        entry = ImportEntry(self.kind.table, self._new_id(record_id), fields, new=True)
        return RowPlan(row, Fate.NEW, name, warnings=warnings, entry=entry)

    def _update(
        self, row: int, name: str, target: dict[str, Any], values: dict[str, Any]
    ) -> RowPlan:
        changes = {
            key: value
            for key, value in self._complete(values).items()
            if differs(target.get(key), value)
        }
        if not changes:
            return RowPlan(row, Fate.UNCHANGED, name)
        merged = {**target, **changes}
        candidate = self._candidate(merged)
        problem = self._check(row, candidate, merged, target_id=str(target["id"]))
        if problem:
            return RowPlan(row, Fate.REFUSED, name, problem)
        labels = tuple(field_label(self.kind, key) for key in changes)
        entry = ImportEntry(self.kind.table, str(target["id"]), changes)
        return RowPlan(row, Fate.UPDATE, name, changed=labels, entry=entry)

    def _candidate(self, values: dict[str, Any]) -> Any:
        """The record as the row would write it, for the forms' rules to check: a plain
        object with the model's columns (building the ORM object itself costs ten times
        more, which a 10,000-row import notices)."""
        candidate = self.row_type()
        candidate.__dict__.update(self.defaults)
        candidate.__dict__.update(values)
        return candidate

    def _check(self, row: int, candidate: Any, fields: dict[str, Any], target_id: str = "") -> str:
        """Why the record cannot be written as the row has it, or ""."""
        errors = validate(candidate, self.today)
        errors.pop("number", None)
        if errors:
            return first_problems(errors)
        if self.model is Partner:
            other = self.by_key.get(fold(fields["name"]))
            if other is not None and str(other["id"]) != target_id:
                return msg(
                    QT_TRANSLATE_NOOP("messages", "Name: another partner already has this name.")
                )
        if self.model is Contact and fields.get("is_primary"):
            partner_id = str(fields.get("partner_id"))
            if partner_id in self.primary_rows:
                return msg(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "Primary: row {value} already makes another contact the "
                        "partner's primary contact.",
                    ),
                    value=self.primary_rows[partner_id],
                )
            self.primary_rows[partner_id] = row
        return ""
