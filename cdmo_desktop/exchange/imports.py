"""Importing partners, clients, their contacts, risks and actions from a spreadsheet.

An import has two steps, shared by the command line and the wizard:

1. `plan_import` reads every row against the database and gives each its fate: new, update
   (the fields that differ), unchanged, or refused with the reason. A row with an id updates
   that record; without one, a row naming an existing record (a partner's or a client's
   name, a contact's name at its partner or client, a risk's code R-007) updates it, any
   other row is new. Each row is checked by the same rules the forms use
   (domain.validation); references by name (the partner or client of a contact, its site, a
   risk's milestone, an owner) resolve case-blind. A new partner whose name is close to an
   existing one (case, punctuation, legal suffixes such as GmbH or S.A., or a small typo)
   carries a near-duplicate warning.
2. `apply_import` writes the plan as ONE change set (one undo step), logged with the file's
   name as the reason: all or nothing, so one refused row means nothing is written unless
   the caller asks to skip refused rows.

Refusal reasons and warnings name the column and the rule, never a cell's contents.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from cdmo_desktop.domain import clock
from cdmo_desktop.domain.messages import QT_TRANSLATE_NOOP, msg
from cdmo_desktop.exchange.errors import ExchangeError
from cdmo_desktop.exchange.import_kinds import (
    KINDS,
    SHEET_NAMES,
    Fate,
    ImportPlan,
    Kind,
    RowPlan,
    auto_mapping,
)
from cdmo_desktop.exchange.import_planner import Planner
from cdmo_desktop.exchange.sheet_reader import Sheet
from cdmo_desktop.store.record_imports import (
    import_context,
    write_import,
)

if TYPE_CHECKING:
    from cdmo_desktop.store.changesets import ChangeSet
    from cdmo_desktop.store.store import Store

Progress = Callable[[int, int], None]
PROGRESS_EVERY = 250


def check_mapping(kind: Kind, mapping: Sequence[str]) -> str | None:
    """Why the mapping cannot import anything, or None: a file without an Id column
    needs the record's name (and a contact its partner)."""
    mapped = set(mapping)
    if "id" in mapped:
        return None
    if kind.key == "measurements":
        missing = [] if mapped & {"kpi", "kpi_id"} else ["KPI"]
        missing += [kind.column(f).label for f in ("period_start", "value") if f not in mapped]
    else:
        missing = [] if kind.name_field in mapped else [kind.column(kind.name_field).label]
    if kind.key == "contacts" and not mapped & {"partner", "partner_id"}:
        missing.insert(0, "Partner")
    if kind.key == "client-contacts" and not mapped & {"client", "client_id"}:
        missing.insert(0, "Client")
    if missing:
        return msg(
            QT_TRANSLATE_NOOP(
                "messages", "No column for {value}: map one (or an Id column) to import."
            ),
            value=", ".join(missing),
        )
    return None


def plan_import(
    store: Store,
    kind_key: str,
    sheet: Sheet,
    mapping: Sequence[str] | None = None,
    *,
    engagement_id: str | None = None,
    file_name: str = "",
    today: date | None = None,
    progress: Progress | None = None,
) -> ImportPlan:
    """Every row's fate (see the module's docstring); writes nothing. Raises
    ExchangeError when the file cannot be imported at all (no usable column, no
    engagement for a kind that needs one)."""
    kind = KINDS[kind_key]
    if kind.needs_engagement and not engagement_id:
        raise ExchangeError(
            msg(
                QT_TRANSLATE_NOOP(
                    "messages", "Importing {key} needs the engagement they belong to."
                ),
                key=kind.key,
            )
        )
    mapping = list(mapping) if mapping is not None else auto_mapping(kind, sheet.headers)
    if len(mapping) != len(sheet.headers):
        raise ExchangeError(
            msg(
                QT_TRANSLATE_NOOP(
                    "messages", "The column mapping does not match the file's columns."
                )
            )
        )
    if (problem := check_mapping(kind, mapping)) is not None:
        raise ExchangeError(problem)
    ctx = import_context(
        store,
        kind.table,
        engagement_id if kind.needs_engagement else None,
        of_clients=kind.key == "client-contacts",
    )
    planner = Planner(kind, ctx, engagement_id, today or clock.today())
    columns = [(i, kind.column(f)) for i, f in enumerate(mapping) if f]
    plans = []
    total = len(sheet.rows)
    for done, (number, row) in enumerate(zip(sheet.row_numbers, sheet.rows, strict=True)):
        cells_by_field = {column.field: row[i] for i, column in columns}
        plans.append(planner.plan(number, cells_by_field))
        if progress is not None and done % PROGRESS_EVERY == 0:
            progress(done, total)
    if progress is not None:
        progress(total, total)
    plans.extend(RowPlan(number, Fate.REFUSED, "", reason) for number, reason in sheet.bad_rows)
    plans.sort(key=lambda p: p.row)
    return ImportPlan(kind, file_name or sheet.name, tuple(plans), engagement_id)


def apply_import(store: Store, plan: ImportPlan, *, skip_refused: bool = False) -> ChangeSet | None:
    """Write the plan's new and updated rows as one change set, with the file's name as
    the change log's reason; None when there is nothing to write. With a refused row and
    not `skip_refused`, raises ExchangeError and writes nothing."""
    refused = plan.refused
    if refused and not skip_refused:
        rows = "row" if len(refused) == 1 else "rows"
        raise ExchangeError(
            msg(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "{count} {rows} refused (first: row {row}); nothing was "
                    "written. Fix them, or skip the refused rows.",
                ),
                count=len(refused),
                rows=rows,
                row=refused[0].row,
            )
        )
    entries = plan.entries
    if not entries:
        return None
    return write_import(store, plan.label, entries, reason=plan.file_name)


def import_file(
    store: Store,
    kind_key: str,
    path: Path,
    *,
    engagement_id: str | None = None,
    dry_run: bool = False,
    skip_refused: bool = False,
) -> tuple[ImportPlan, ChangeSet | None]:
    """Read, plan and (unless `dry_run`) write an import with the automatic mapping."""
    from cdmo_desktop.exchange.sheet_reader import read_sheet

    sheet = read_sheet(path, sheet=SHEET_NAMES[kind_key])
    plan = plan_import(store, kind_key, sheet, engagement_id=engagement_id, file_name=path.name)
    if dry_run:
        return plan, None
    return plan, apply_import(store, plan, skip_refused=skip_refused)
