"""Add or edit one KPI of an engagement: name, unit, direction, period, target and the amber
and red thresholds, where the figures come from, the owner on each side and the agreement
clause or SLA. A broken rule (a threshold on the wrong side of the target, a number that
cannot be read) shows next to its field and nothing is written."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from cdmo_desktop.domain.enums import KpiDirection, KpiPeriod, KpiUnit
from cdmo_desktop.domain.kpi import kpi_errors
from cdmo_desktop.domain.models import EngagementKpi
from cdmo_desktop.gui import theme
from cdmo_desktop.gui.conflicts import guarded_save
from cdmo_desktop.gui.context import AppContext
from cdmo_desktop.gui.dialogs.base import RecordDialog
from cdmo_desktop.gui.i18n import QT_TR_NOOP, message, tr
from cdmo_desktop.gui.kpis.kpi_text import parse_value, value_text
from cdmo_desktop.gui.undo import REFUSALS, commit, refusal_text
from cdmo_desktop.gui.widgets.fields import FieldBinder, enum_items, fill_combo
from cdmo_desktop.store import conflicts, kpi_edits
from cdmo_desktop.store.agreements import list_agreements
from cdmo_desktop.store.kpi_views import kpi_form_values

NUMBER_FIELDS = ("target", "amber", "red")
TEXT_FIELDS = (
    "name",
    "data_source",
    "how_measured",
    "owner_client",
    "owner_partner",
    "clause_ref",
)
LABELS = {
    "name": QT_TR_NOOP("&Name"),
    "unit": QT_TR_NOOP("&Unit"),
    "direction": QT_TR_NOOP("&Better when"),
    "period": QT_TR_NOOP("&Measured per"),
    "target": QT_TR_NOOP("&Target"),
    "amber": QT_TR_NOOP("&Amber from"),
    "red": QT_TR_NOOP("&Red from"),
    "data_source": QT_TR_NOOP("&Data source"),
    "how_measured": QT_TR_NOOP("&How measured"),
    "owner_client": QT_TR_NOOP("Owner (&client)"),
    "owner_partner": QT_TR_NOOP("Owner (&partner)"),
    "agreement_id": QT_TR_NOOP("A&greement"),
    "clause_ref": QT_TR_NOOP("&Clause / SLA"),
    "description": QT_TR_NOOP("D&escription"),
}
KPI_DATA_FIELDS = (
    *TEXT_FIELDS,
    *NUMBER_FIELDS,
    "unit",
    "direction",
    "period",
    "agreement_id",
    "description",
    "library_key",
    "target_note",
    "position",
)
DIRECTION_WORDS = {
    KpiDirection.HIGHER_BETTER: QT_TR_NOOP("higher"),
    KpiDirection.LOWER_BETTER: QT_TR_NOOP("lower"),
}


def _number(text: str) -> float | None:
    return parse_value(text) if text.strip() else None


class KpiDialog(RecordDialog):
    """`kpi_id` None adds a new KPI to `engagement_id`."""

    unsaved_what = QT_TR_NOOP("this KPI")

    def __init__(
        self,
        ctx: AppContext,
        engagement_id: str,
        kpi_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, ctx.settings)
        self.ctx = ctx
        self.engagement_id = engagement_id
        self.kpi_id = kpi_id
        self.setObjectName("kpiDialog")
        self.setWindowTitle(tr("Edit KPI") if kpi_id else tr("New KPI"))
        self.binder = FieldBinder(self)
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        for name, label in LABELS.items():
            widget = self._editor(name)
            widget.setObjectName(f"{name}Field")
            error = QLabel()
            error.setObjectName(f"{name}Error")
            theme.set_tone(error, "error")
            error.setWordWrap(True)
            box = QVBoxLayout()
            box.setSpacing(1)
            box.addWidget(widget)
            box.addWidget(error)
            form.addRow(tr(label), box)
            row_label = form.labelForField(box)
            if isinstance(row_label, QLabel):
                row_label.setBuddy(widget)
            self.fields[name] = widget
            self.errors[name] = error
            self.binder.add(name, widget, error)
        self.keep_check = QCheckBox(tr("Also keep it in &my KPI library, for other engagements"))
        self.keep_check.setObjectName("keepInLibraryCheck")
        self.keep_check.setToolTip(
            tr("“Add from library…” then offers it, with this unit, period, target and thresholds")
        )
        self.problems = QLabel()
        self.problems.setObjectName("kpiProblems")
        theme.set_tone(self.problems, "error")
        self.problems.setWordWrap(True)
        self.problems.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.setObjectName("buttonBox")
        buttons.accepted.connect(self._on_button_box_accepted)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.keep_check)
        layout.addWidget(self.problems)
        layout.addWidget(buttons)
        self._load()
        self.binder.edited.connect(self._on_binder_edited)

    def _editor(self, name: str) -> QWidget:
        if name == "description":
            text = QPlainTextEdit()
            text.setTabChangesFocus(True)
            text.setFixedHeight(text.fontMetrics().lineSpacing() * 3 + 12)
            return text
        if name in ("unit", "direction", "period", "agreement_id"):
            combo = QComboBox()
            if name == "unit":
                fill_combo(combo, enum_items(KpiUnit))
            elif name == "direction":
                fill_combo(combo, [(d.value, tr(DIRECTION_WORDS[d])) for d in KpiDirection])
            elif name == "period":
                fill_combo(combo, enum_items(KpiPeriod))
            else:
                agreements = list_agreements(self.ctx.store, engagement_id=self.engagement_id)
                fill_combo(
                    combo, [(a.id, f"{a.title} (v{a.version})") for a in agreements], blank="—"
                )
            return combo
        edit = QLineEdit()
        if name in NUMBER_FIELDS:
            edit.setPlaceholderText(tr("none"))
        return edit

    def _load(self) -> None:
        values: dict[str, Any] = {
            "unit": KpiUnit.PERCENT.value,
            "direction": KpiDirection.HIGHER_BETTER.value,
            "period": KpiPeriod.MONTH.value,
        }
        self._versions = conflicts.Versions()  # of the KPI, read before its values
        if self.kpi_id:
            self._versions = conflicts.opened(self.ctx.store, EngagementKpi, self.kpi_id)
            values = kpi_form_values(self.ctx.store, self.kpi_id) or values
        shown = dict(values)
        for name in NUMBER_FIELDS:
            shown[name] = value_text(values.get(name))
        self.binder.load(shown)
        self._values = values

    def _reload_theirs(self) -> None:
        """The conflict dialog's Reload: the KPI as saved now, my edits dropped."""
        self._load()
        self._dirty = False

    def _on_binder_edited(self) -> None:
        self._dirty = True

    def read(self) -> tuple[dict[str, Any], dict[str, str]]:
        """The form's values, and {field: reason} for anything wrong (nothing written)."""
        raw, problems = self.binder.read()
        values = dict(self._values)
        values.update(raw)
        for name in NUMBER_FIELDS:
            try:
                values[name] = _number(str(raw.get(name) or ""))
            except ValueError as exc:
                problems[name] = message(exc)
        values["agreement_id"] = raw.get("agreement_id") or None
        if not values.get("name"):
            problems.setdefault("name", tr("Name the KPI."))
        if not problems:
            problems.update(
                kpi_errors(
                    KpiUnit(values["unit"]),
                    KpiDirection(values["direction"]),
                    values["target"],
                    values["amber"],
                    values["red"],
                )
            )
        return values, problems

    def data(self, values: dict[str, Any]) -> kpi_edits.KpiData:
        fields = {k: v for k, v in values.items() if k in KPI_DATA_FIELDS}
        if self.kpi_id:
            fields["id"] = self.kpi_id
        return kpi_edits.KpiData(engagement_id=self.engagement_id, **fields)

    def save(self) -> bool:
        values, problems = self.read()
        if problems:
            self._show(problems)
            return False
        data = self.data(values)
        merge = f"kpi-dialog-{id(self)}"  # the KPI and its library entry: one undo step
        try:
            if self.keep_check.isChecked():
                definition = kpi_edits.save_kpi_definition(self.ctx.store, self.definition(data))
                commit(self.ctx, definition, merge=merge)
                data = replace(data, library_key=kpi_edits.own_key(data.name))
            saved = guarded_save(
                self,
                self._versions,
                lambda v: kpi_edits.save_kpi(
                    self.ctx.store, replace(self.data(v), library_key=data.library_key)
                ),
                mine=values,
                reload=self._reload_theirs,
                labels={k: tr(v) for k, v in LABELS.items()},
            )
            if saved is None:
                return False
            changeset = saved
        except REFUSALS as exc:
            errors = getattr(exc, "errors", None) or {"": refusal_text(exc)}
            self._show(dict(errors))
            return False
        commit(self.ctx, changeset, merge=merge)
        self._dirty = False
        return True

    @staticmethod
    def definition(data: kpi_edits.KpiData) -> kpi_edits.KpiDefinitionData:
        """The library entry the KPI's name, unit, period, target and thresholds make."""
        return kpi_edits.KpiDefinitionData(
            name=data.name,
            unit=KpiUnit(data.unit),
            direction=KpiDirection(data.direction),
            period=KpiPeriod(data.period),
            default_target=data.target,
            default_amber=data.amber,
            default_red=data.red,
            description=data.description,
        )

    def _show(self, problems: dict[str, str]) -> None:
        unplaced = self.binder.show_errors(problems)
        self.problems.setText(" ".join(unplaced))
        self.problems.setVisible(bool(unplaced))
        first = next((self.fields[k] for k in self.fields if k in problems), None)
        if first is not None:
            first.setFocus()
