"""The four sub-tables of a partner profile (sites, contacts, audits, GMP inspections):
what each shows, and add / edit / remove through a dialog, written by the store's use case
(store.partner_edits) and committed to the undo stack."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QModelIndex, QObject
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QDialog, QPushButton, QTableView

from cdmo_desktop.domain import geo
from cdmo_desktop.domain.capabilities import join_tags
from cdmo_desktop.domain.enums import (
    AuditOutcome,
    AuditStatus,
    AuditType,
    InspectionAuthority,
    InspectionOutcome,
)
from cdmo_desktop.domain.models import new_id
from cdmo_desktop.gui import theme
from cdmo_desktop.gui.conflicts import guarded_save
from cdmo_desktop.gui.exchange import row_export
from cdmo_desktop.gui.format import date_text
from cdmo_desktop.gui.i18n import QT_TR_NOOP, message, tr
from cdmo_desktop.gui.partners.layout_fit import ColumnFitter
from cdmo_desktop.gui.partners.partner_base import PartnerRowDialog
from cdmo_desktop.gui.partners.partners_model import RowsTableModel
from cdmo_desktop.gui.undo import REFUSALS, commit
from cdmo_desktop.gui.widgets import table_habits
from cdmo_desktop.store import conflicts, partner_edits

if TYPE_CHECKING:
    from cdmo_desktop.gui.context import AppContext

Row = dict[str, Any]


def _label(enum: Any, value: Any) -> str:
    try:
        return str(message(enum(getattr(value, "value", value)).label))
    except ValueError:
        return str(value or "")


@dataclass(frozen=True)
class ChildKind:
    noun: str  # also the store's name of the rows (store.partner_edits.CHILDREN)
    headers: tuple[str, ...]
    cells: Callable[[Row, dict[str, str], date], list[Any]]
    describe: Callable[[Row], str]
    colour: Callable[[Row, date], QColor | None] = lambda row, today: None
    stretch: int = 0  # the column that takes the width left over


def _site_cells(r: Row, _sites: dict[str, str], _today: date) -> list[Any]:
    country = geo.shown_name(r["country"])
    tags = [r["capabilities"], r.get("technology_platforms", "")]
    return [r["name"], r["city"], country, r["time_zone"], r.get("scales", ""), join_tags(tags)]


def _contact_cells(r: Row, sites: dict[str, str], _today: date) -> list[Any]:
    site = sites.get(r["site_id"] or "", "")
    return [
        r["name"],
        r["role"],
        r["email"],
        r["phone"],
        site,
        tr("★ Primary") if r["is_primary"] else "",
    ]


def _audit_cells(r: Row, sites: dict[str, str], _today: date) -> list[Any]:
    obs = r["observations"] if r["status"] == AuditStatus.DONE else ""
    return [
        date_text(r["audit_date"]),
        _label(AuditType, r["audit_type"]),
        _label(AuditStatus, r["status"]),
        r["auditor"],
        _label(AuditOutcome, r["outcome"]),
        obs,
        date_text(r["next_due"]),
        sites.get(r["site_id"] or "", ""),
    ]


def _audit_colour(r: Row, today: date) -> QColor | None:
    if r["status"] == AuditStatus.PLANNED:
        return theme.current().colour("error" if r["audit_date"] < today else "info")
    if r["outcome"] == AuditOutcome.FAILED:
        return theme.current().colour("error")
    return None


def _inspection_cells(r: Row, sites: dict[str, str], _today: date) -> list[Any]:
    return [
        date_text(r["inspection_date"]),
        _label(InspectionAuthority, r["authority"]),
        _label(InspectionOutcome, r["outcome"]),
        r["observations"],
        sites.get(r["site_id"] or "", ""),
        r["notes"],
    ]


def _inspection_colour(r: Row, _today: date) -> QColor | None:
    bad = (InspectionOutcome.OAI, InspectionOutcome.NON_COMPLIANCE)
    return theme.current().colour("error") if r["outcome"] in bad else None


SITES = ChildKind(
    "site",
    (
        QT_TR_NOOP("Name"),
        QT_TR_NOOP("City"),
        QT_TR_NOOP("Country"),
        QT_TR_NOOP("Time zone"),
        QT_TR_NOOP("Scales"),
        QT_TR_NOOP("Capabilities and platforms"),
    ),
    _site_cells,
    lambda r: tr("site {name}").format(name=r["name"]),
    stretch=5,
)
CONTACTS = ChildKind(
    "contact",
    (
        QT_TR_NOOP("Name"),
        QT_TR_NOOP("Role"),
        QT_TR_NOOP("Email"),
        QT_TR_NOOP("Phone"),
        QT_TR_NOOP("Site"),
        QT_TR_NOOP("Primary"),
    ),
    _contact_cells,
    lambda r: tr("contact {name}").format(name=r["name"]),
    stretch=4,
)
AUDITS = ChildKind(
    "audit",
    (
        QT_TR_NOOP("Date"),
        QT_TR_NOOP("Type"),
        QT_TR_NOOP("Status"),
        QT_TR_NOOP("Auditor"),
        QT_TR_NOOP("Outcome"),
        QT_TR_NOOP("Observations"),
        QT_TR_NOOP("Next due"),
        QT_TR_NOOP("Site"),
    ),
    _audit_cells,
    lambda r: tr("audit of {date}").format(date=date_text(r["audit_date"])),
    _audit_colour,
    stretch=7,
)
INSPECTIONS = ChildKind(
    "inspection",
    (
        QT_TR_NOOP("Date"),
        QT_TR_NOOP("Authority"),
        QT_TR_NOOP("Outcome"),
        QT_TR_NOOP("Observations"),
        QT_TR_NOOP("Site"),
        QT_TR_NOOP("Notes"),
    ),
    _inspection_cells,
    lambda r: tr("{authority} inspection of {date}").format(
        authority=_label(InspectionAuthority, r["authority"]), date=date_text(r["inspection_date"])
    ),
    _inspection_colour,
    stretch=5,
)


class SectionHost(Protocol):
    """The profile a section belongs to: its partner, and where refusals are shown."""

    ctx: AppContext
    partner_id: str | None

    def report_refusal(self, what: str, exc: Exception) -> None: ...
    def child_versions(self, noun: str, row_id: str) -> conflicts.Versions: ...
    def reload(self, *, load_form: bool = True) -> None: ...


class ChildSection(QObject):
    """One sub-table with its Add / Edit / Remove buttons. `make_dialog(values)` builds
    the dialog for a new (None) or existing row; the host supplies the partner id. Edits
    are committed with the host as initiator (the profile refreshes itself at once)."""

    def __init__(
        self,
        kind: ChildKind,
        table: QTableView,
        buttons: tuple[QPushButton, QPushButton, QPushButton],
        make_dialog: Callable[[Row | None], PartnerRowDialog],
        host: SectionHost,
    ) -> None:
        super().__init__(table)
        self.kind, self.table, self.host = kind, table, host
        self.add_button, self.edit_button, self.remove_button = buttons
        self.make_dialog = make_dialog
        self.rows: list[Row] = []
        self.model = RowsTableModel(kind.headers, self)
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().setVisible(False)
        table.setWordWrap(False)
        self.columns = ColumnFitter(table, stretch=kind.stretch)
        self.columns.fit_contents()  # the headers alone, until rows come
        table.doubleClicked.connect(self._on_table_double_clicked)
        table.selectionModel().selectionChanged.connect(self._update_buttons)
        export_kind = {"site": "sites", "contact": "contacts"}.get(kind.noun)
        if export_kind is not None:  # its rows to a spreadsheet from the context menu
            row_export.attach(table, host.ctx, export_kind)
        rows = (self.edit_button, self.remove_button, self.add_button)
        table_habits.install(table, f"partner_{kind.noun}s", host.ctx.settings, *rows)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.remove_button.clicked.connect(self.remove)
        self.set_enabled(False)

    @classmethod
    def in_form(
        cls,
        kind: ChildKind,
        ui: object,
        make_dialog: Callable[[Row | None], PartnerRowDialog],
        host: SectionHost,
    ) -> ChildSection:
        """The section of `kind` in the profile form (ui/partner_profile.ui), which names
        its widgets after the noun: `sitesTable`, `siteAddButton`, `siteEditButton`..."""
        noun = kind.noun
        add, edit, remove = (
            getattr(ui, f"{noun}{verb}Button") for verb in ("Add", "Edit", "Remove")
        )
        return cls(kind, getattr(ui, f"{noun}sTable"), (add, edit, remove), make_dialog, host)

    def set_enabled(self, enabled: bool) -> None:
        self._enabled = enabled
        self.add_button.setEnabled(enabled)
        self._update_buttons()

    def set_rows(self, rows: Sequence[Row], site_names: dict[str, str], today: date) -> None:
        keep = self.selected_id()
        self.rows = list(rows)
        colours = {}
        for i, r in enumerate(self.rows):
            colour = self.kind.colour(r, today)
            if colour is not None:
                colours[i] = colour
        self.model.set_rows(
            [(r["id"], self.kind.cells(r, site_names, today)) for r in self.rows], colours
        )
        self.columns.fit_contents()
        if keep and (i := self.model.row_of(keep)) >= 0:
            self.table.selectRow(i)
        self._update_buttons()

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.key_at(rows[0].row()) if rows else None

    def selected(self) -> Row | None:
        key = self.selected_id()
        return next((r for r in self.rows if r["id"] == key), None)

    def _update_buttons(self, *_args: Any) -> None:
        has = self._enabled and self.selected_id() is not None
        self.edit_button.setEnabled(has)
        self.remove_button.setEnabled(has)

    def _on_table_double_clicked(self, _index: QModelIndex) -> None:
        self.edit()

    # --- actions ------------------------------------------------------------------------
    def add(self) -> None:
        dialog = self.make_dialog(None)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.save(None, dialog.values())

    def edit(self) -> None:
        row = self.selected()
        if row is None or not self._enabled:
            return
        dialog = self.make_dialog(row)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.save(row["id"], dialog.values())

    def save(self, row_id: str | None, values: Row) -> str | None:
        """Write one row (None: a new one) as one undoable edit; returns its id, or None
        when the store refused it (the reason is shown, nothing is written)."""
        what = self.kind.describe(values)
        text = (tr("Edit {what}") if row_id else tr("Add {what}")).format(what=what)
        rid = row_id or new_id()
        ctx = self.host.ctx
        pid, noun = str(self.host.partner_id), self.kind.noun
        try:
            saved = guarded_save(
                self.table,
                self.host.child_versions(noun, rid) if row_id else conflicts.Versions(),
                lambda v: partner_edits.save_child(ctx.store, pid, noun, rid, v, label=text),
                mine=values,
                reload=self.host.reload,
            )
        except REFUSALS as exc:
            self.host.report_refusal(text, exc)
            return None
        if saved is None:
            return None
        commit(ctx, saved, initiator=self.host)
        return rid

    def remove(self) -> None:
        row = self.selected()
        if row is not None and self._enabled:
            self.remove_row(row)

    def remove_row(self, row: Row) -> None:
        text = tr("Remove {what}").format(what=self.kind.describe(row))
        ctx = self.host.ctx
        try:
            changeset = partner_edits.remove_child(ctx.store, self.kind.noun, row["id"], label=text)
        except REFUSALS as exc:
            self.host.report_refusal(text, exc)
            return
        commit(ctx, changeset, initiator=self.host)
