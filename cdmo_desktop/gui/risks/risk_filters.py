"""The register's filter bar: status, level, category, owner, engagement, review due, search,
and the heat-map cell chosen by a click. It only builds the filter dict of store.risks."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QToolButton,
    QWidget,
)

from cdmo_desktop.domain import risk_matrix
from cdmo_desktop.domain.enums import RiskCategory, RiskLevel, RiskStatus
from cdmo_desktop.gui.i18n import message, tr
from cdmo_desktop.gui.models.choices import ChoiceModel, ChoiceReads, long_list, refill
from cdmo_desktop.gui.widgets.fitting import shrinkable_combo
from cdmo_desktop.gui.widgets.wrapping_row import WrappingRow
from cdmo_desktop.store.risks import ACTIVE

SEARCH_DELAY_MS = 250
SPACING = 6
SEARCH_CHARS = 28  # the search box's narrowest width, in characters
DEFAULT_FILTERS: dict[str, Any] = {"status": ACTIVE}


class RiskFilterBar(WrappingRow):
    """Emits `filters_changed(dict)` whenever a filter changes (search after a short pause).
    Too narrow for one row (a laptop at 150 %), the owner filter and what follows it move
    to a second row."""

    filters_changed = Signal(object)

    def __init__(self, portfolio: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent, SPACING)
        self.setObjectName("riskFilterBar")
        self.portfolio = portfolio
        self._cell: tuple[str, int, int] | None = None
        self._quiet = False
        self._owners: list[str] | None = None  # the options the owner combo holds
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("riskSearchEdit")
        self.search_edit.setPlaceholderText(tr("Search title, description, mitigation…"))
        self.search_edit.setClearButtonEnabled(True)
        # Room for a few words: the filters beside it give way (eliding their text), and
        # the bar wraps onto two rows sooner, rather than squeeze the search to a stub.
        self.search_edit.setMinimumWidth(
            self.search_edit.fontMetrics().horizontalAdvance("x" * SEARCH_CHARS)
        )
        self.status_combo = self._combo("riskStatusFilter", tr("Filter by status"))
        self.status_combo.addItem(tr("Live (open, monitoring, mitigating)"), ACTIVE)
        self.status_combo.addItem(tr("All statuses"), None)
        for value, label in RiskStatus.choices():
            self.status_combo.addItem(message(label), value)
        self.level_combo = self._combo("riskLevelFilter", tr("Filter by level"))
        self.level_combo.addItem(tr("All levels"), None)
        for level in reversed(risk_matrix.LEVEL_ORDER):
            self.level_combo.addItem(message(RiskLevel(level).label), level.value)
        self.category_combo = self._combo("riskCategoryFilter", tr("Filter by category"))
        self.category_combo.addItem(tr("All categories"), None)
        for value, label in RiskCategory.choices():
            self.category_combo.addItem(message(label), value)
        self.owner_combo = self._combo("riskOwnerFilter", tr("Filter by owner"))
        self.owner_combo.addItem(tr("All owners"), None)
        self.engagement_combo = self._combo("riskEngagementFilter", tr("Filter by engagement"))
        # Read a page at a time as the list shows them (gui.models.choices): with thousands
        # of engagements, reading and sizing to every title made opening the list slow.
        self.engagements = long_list(self.engagement_combo, ChoiceModel(tr("All engagements")))
        self.engagement_combo.setMinimumContentsLength(ENGAGEMENT_TITLE_CHARS)
        self.engagement_combo.setVisible(portfolio)
        self.engagement_combo.setMaximumWidth(240)
        for combo in (
            self.status_combo,
            self.level_combo,
            self.category_combo,
            self.owner_combo,
            self.engagement_combo,
        ):
            # The status filter's first item is long ("Live (open, monitoring, …)"); the
            # others keep their "All …" whole, in German too ("Alle Verantwortlichen").
            shrinkable_combo(combo, chars=10 if combo is self.status_combo else 22)
            combo.currentIndexChanged.connect(self._on_filter_changed)
        self.review_due_check = QCheckBox(tr("Review due"), self)
        self.review_due_check.setObjectName("riskReviewDueFilter")
        self.review_due_check.setToolTip(tr("Live risks whose review date is today or past"))
        self.review_due_check.toggled.connect(self._on_filter_changed)
        self.cell_button = QToolButton(self)
        self.cell_button.setObjectName("riskCellFilter")
        self.cell_button.setToolTip(tr("Heat-map cell filter: click to show every cell again"))
        self.cell_button.setVisible(False)
        self.cell_button.clicked.connect(self._on_cell_button_clicked)
        self.clear_button = QToolButton(self)
        self.clear_button.setObjectName("riskClearFilters")
        self.clear_button.setText(tr("Reset filters"))
        self.clear_button.setToolTip(tr("Back to the live risks of every owner and category"))
        self.clear_button.clicked.connect(self.reset)
        self.add_group(
            self.search_edit,
            self.status_combo,
            self.level_combo,
            self.category_combo,
            stretch=[2],
        )
        self.add_group(
            self.owner_combo,
            self.engagement_combo,
            self.review_due_check,
            self.cell_button,
            self.clear_button,
        )
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._on_filter_changed)
        self.search_edit.textChanged.connect(self._on_search_edit_text_changed)

    def _combo(self, name: str, tip: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setToolTip(tip)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        return combo

    # --- options ------------------------------------------------------------------------
    def set_options(self, owners: list[str]) -> None:
        """Refill the owner list, keeping the current choice (a list that did not change is
        left as it is: after most edits it does not)."""
        self._quiet = True
        try:
            if owners != self._owners:
                _refill(self.owner_combo, tr("All owners"), [(o, o) for o in owners])
                self._owners = list(owners)
        finally:
            self._quiet = False

    def set_engagement_choices(self, reads: ChoiceReads) -> None:
        """The engagement filter offers the engagements `reads` reads (counted now, read a
        page at a time when shown); the chosen engagement stays chosen."""
        self._quiet = True
        try:
            refill(self.engagement_combo, self.engagements, reads)
        finally:
            self._quiet = False

    # --- state --------------------------------------------------------------------------
    def filters(self) -> dict[str, Any]:
        f: dict[str, Any] = {
            "status": self.status_combo.currentData(),
            "level": self.level_combo.currentData(),
            "category": self.category_combo.currentData(),
            "owner": self.owner_combo.currentData(),
            "review_due": self.review_due_check.isChecked(),
            "search": self.search_edit.text().strip(),
            "cell": self._cell,
        }
        if self.portfolio:
            f["engagement_id"] = self.engagement_combo.currentData()
        return {k: v for k, v in f.items() if v not in (None, "", False)}

    def set_cell(self, cell: tuple[str, int, int] | None) -> None:
        self._cell = cell
        if cell is not None:
            kind, likelihood, impact = cell
            text = (
                tr("Residual cell L{likelihood} × I{impact}  ✕")
                if kind == "residual"
                else tr("Cell L{likelihood} × I{impact}  ✕")
            )
            self.cell_button.setText(text.format(likelihood=likelihood, impact=impact))
        self.cell_button.setVisible(cell is not None)
        self.arrange()
        self._on_filter_changed()

    def reset(self) -> None:
        self._quiet = True
        try:
            self.search_edit.clear()
            self._search_timer.stop()
            for combo in (
                self.level_combo,
                self.category_combo,
                self.owner_combo,
                self.engagement_combo,
            ):
                combo.setCurrentIndex(0)
            self.status_combo.setCurrentIndex(self.status_combo.findData(ACTIVE))
            self.review_due_check.setChecked(False)
            self._cell = None
            self.cell_button.setVisible(False)
        finally:
            self._quiet = False
        self._on_filter_changed()

    def _on_search_edit_text_changed(self, _text: str) -> None:
        self._search_timer.start()

    def _on_cell_button_clicked(self) -> None:
        self.set_cell(None)

    def _on_filter_changed(self, *_: Any) -> None:
        if not self._quiet:
            self.filters_changed.emit(self.filters())


ENGAGEMENT_TITLE_CHARS = 16


def _refill(combo: QComboBox, all_text: str, items: list[tuple[str, str]]) -> None:
    current = combo.currentData()
    combo.clear()
    combo.addItem(all_text, None)
    for value, label in items:
        combo.addItem(label, value)
    index = combo.findData(current)
    combo.setCurrentIndex(max(index, 0))
