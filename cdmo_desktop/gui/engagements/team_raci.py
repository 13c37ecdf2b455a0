"""The RACI grid of an engagement: who is Responsible, Accountable, Consulted or Informed
for each workstream or deliverable. Every cell change is one undo step."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlmodel import Session

from cdmo_desktop.domain import raci
from cdmo_desktop.domain.enums import RaciRole
from cdmo_desktop.domain.models import RaciAssignment, Workstream, new_id
from cdmo_desktop.gui.commands.engagements import delete_row, insert_row, push_changes
from cdmo_desktop.gui.context import AppContext
from cdmo_desktop.gui.engagements.engagement_raci_model import (
    RaciGridModel,
    RaciMember,
    RaciWorkstream,
)
from cdmo_desktop.store.changesets import RowState, changed_state
from cdmo_desktop.store.charters import list_team, list_workstreams, raci_cells

_KEYS = {
    Qt.Key.Key_R: RaciRole.RESPONSIBLE,
    Qt.Key.Key_A: RaciRole.ACCOUNTABLE,
    Qt.Key.Key_C: RaciRole.CONSULTED,
    Qt.Key.Key_I: RaciRole.INFORMED,
}
HELP = (
    "Click a cell to cycle R → A → C → I → empty, or type R, A, C, I (Delete clears). "
    "Each workstream needs exactly one A and at least one R."
)


class RaciTableView(QTableView):
    """Emits role_chosen(row, column, role or None) on a click (next role in the cycle) or
    a key (R, A, C, I, Delete/Backspace, Space cycles)."""

    role_chosen = Signal(int, int, object)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        index = self.indexAt(event.position().toPoint())
        if event.button() == Qt.MouseButton.LeftButton and index.isValid():
            self._cycle(index)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        key = Qt.Key(event.key())
        if index.isValid() and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            if key in _KEYS:
                self.role_chosen.emit(index.row(), index.column(), _KEYS[key])
                return
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.role_chosen.emit(index.row(), index.column(), None)
                return
            if key == Qt.Key.Key_Space:
                self._cycle(index)
                return
        super().keyPressEvent(event)

    def _cycle(self, index: QModelIndex) -> None:
        model = self.model()
        assert isinstance(model, RaciGridModel)
        role = raci.next_role(model.role_at(index.row(), index.column()))
        self.role_chosen.emit(index.row(), index.column(), role)


class RaciPanel(QWidget):
    def __init__(self, ctx: AppContext, engagement_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.engagement_id = engagement_id
        self.setObjectName("raci_panel")
        self.model = RaciGridModel(self)
        self.grid = RaciTableView()
        self.grid.setObjectName("raci_grid")
        self.grid.setModel(self.model)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.horizontalHeader().setMinimumSectionSize(90)
        self.grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.grid.verticalHeader().sectionDoubleClicked.connect(
            self._on_grid_header_section_double_clicked
        )

        buttons = QHBoxLayout()
        self.add_button = self._button("add_workstream_button", "Add workstream…", buttons)
        self.rename_button = self._button("rename_workstream_button", "Rename…", buttons)
        self.remove_button = self._button("remove_workstream_button", "Remove", buttons)
        self.up_button = self._button("workstream_up_button", "Move up", buttons)
        self.down_button = self._button("workstream_down_button", "Move down", buttons)
        buttons.addStretch(1)
        help_label = QLabel(HELP)
        help_label.setObjectName("raci_help_label")
        help_label.setWordWrap(True)
        help_label.setStyleSheet("color: #555555;")

        self.violations = QListWidget()
        self.violations.setObjectName("raci_violations_list")
        self.violations.setMaximumHeight(76)
        self.violations_label = QLabel()
        self.violations_label.setObjectName("raci_violations_label")

        grid_box = QWidget()
        grid_layout = QVBoxLayout(grid_box)
        grid_layout.setContentsMargins(0, 0, 0, 0)
        grid_layout.addLayout(buttons)
        grid_layout.addWidget(help_label)
        grid_layout.addWidget(self.grid)
        grid_layout.addWidget(self.violations_label)
        grid_layout.addWidget(self.violations)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(grid_box)

        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.rename_button.clicked.connect(self._on_rename_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.up_button.clicked.connect(self._on_up_button_clicked)
        self.down_button.clicked.connect(self._on_down_button_clicked)
        self.grid.role_chosen.connect(self._on_grid_role_chosen)
        self.violations.itemClicked.connect(self._on_violations_item_clicked)
        self.grid.selectionModel().currentChanged.connect(self._on_grid_current_changed)
        ctx.data_changed.connect(self._on_ctx_data_changed)
        self.reload()

    def _button(self, name: str, text: str, layout: QHBoxLayout) -> QPushButton:
        b = QPushButton(text)
        b.setObjectName(name)
        layout.addWidget(b)
        return b

    # --- data -----------------------------------------------------------------------------
    def reload(self) -> None:
        current = self.grid.currentIndex()
        with self.ctx.store.read() as s:
            self._load(s)
        if current.isValid():
            self.grid.setCurrentIndex(self.model.index(current.row(), current.column()))
        self.violations.clear()
        for v in self.model.violations:
            item = QListWidgetItem(f"⚠ {v.message}")
            item.setData(Qt.ItemDataRole.UserRole, v.workstream_id)
            self.violations.addItem(item)
        n = len(self.model.violations)
        if not self.model.workstreams:
            self.violations_label.setText("Add the deliverables or workstreams as rows.")
        elif not self.model.members:
            self.violations_label.setText("Add team members above: they become the columns.")
        else:
            self.violations_label.setText(
                f"{n} RACI problem(s):" if n else "Every workstream has one A and an R."
            )
        self.violations.setVisible(bool(n))
        self._update_buttons()

    def _load(self, s: Session) -> None:
        workstreams = [
            RaciWorkstream(w.id, w.name, w.position)
            for w in list_workstreams(s, self.engagement_id)
        ]
        members = [
            RaciMember(m.id, m.name, str(m.side), m.role) for m in list_team(s, self.engagement_id)
        ]
        cells = {k: role for k, (_aid, role) in raci_cells(s, self.engagement_id).items()}
        self.model.set_grid(workstreams, members, cells)

    def _current_row(self) -> int:
        index = self.grid.currentIndex()
        return index.row() if index.isValid() else -1

    def _update_buttons(self) -> None:
        row = self._current_row()
        self.rename_button.setEnabled(row >= 0)
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.model.rowCount() - 1)

    # --- edits ----------------------------------------------------------------------------
    def set_role(self, row: int, column: int, role: RaciRole | str | None) -> None:
        ws = self.model.workstreams[row]
        member = self.model.members[column]
        role_value = RaciRole(role) if role else None
        if self.model.role_at(row, column) == (role_value.value if role_value else None):
            return

        def build(s: Session) -> list[RowState]:
            existing = raci_cells(s, self.engagement_id).get((ws.id, member.id))
            row_id = existing[0] if existing else new_id()
            if role_value is None:
                return [RowState(RaciAssignment, row_id, None)]
            values = {"workstream_id": ws.id, "team_member_id": member.id, "role": role_value}
            return [RowState(RaciAssignment, row_id, values)]

        label = role_value.label if role_value else "no role"
        push_changes(self.ctx, f"RACI: {member.name} {label} for {ws.name}", build)
        self.grid.setCurrentIndex(self.model.index(row, column))

    def add_workstream(self, name: str) -> None:
        position = max((w.position for w in self.model.workstreams), default=-1) + 1
        ws = Workstream(engagement_id=self.engagement_id, name=name.strip(), position=position)
        insert_row(self.ctx, ws, f"Add workstream {ws.name}")

    def rename_workstream(self, row: int, name: str) -> None:
        ws = self.model.workstreams[row]
        push_changes(
            self.ctx,
            f"Rename workstream {ws.name}",
            lambda s: [changed_state(s, Workstream, ws.id, name=name.strip())],
        )

    def move_workstream(self, row: int, step: int) -> None:
        other = row + step
        if not 0 <= other < self.model.rowCount():
            return
        order = list(self.model.workstreams)
        order[row], order[other] = order[other], order[row]
        push_changes(
            self.ctx,
            f"Move workstream {order[other].name}",
            lambda s: [changed_state(s, Workstream, w.id, position=i) for i, w in enumerate(order)],
        )
        self.grid.setCurrentIndex(
            self.model.index(other, max(self.grid.currentIndex().column(), 0))
        )

    def _ask_name(self, title: str, text: str = "") -> str | None:
        name, ok = QInputDialog.getText(self, title, "Workstream or deliverable:", text=text)
        name = name.strip()
        return name if ok and name else None

    # --- slots ----------------------------------------------------------------------------
    def _on_grid_role_chosen(self, row: int, column: int, role: Any) -> None:
        self.set_role(row, column, role)

    def _on_add_button_clicked(self) -> None:
        name = self._ask_name("Add workstream")
        if name:
            self.add_workstream(name)

    def _on_rename_button_clicked(self) -> None:
        row = self._current_row()
        if row >= 0 and (
            name := self._ask_name("Rename workstream", self.model.workstreams[row].name)
        ):
            self.rename_workstream(row, name)

    def _on_grid_header_section_double_clicked(self, section: int) -> None:
        self.grid.setCurrentIndex(self.model.index(section, 0))
        self._on_rename_button_clicked()

    def _on_remove_button_clicked(self) -> None:
        row = self._current_row()
        if row >= 0:
            ws = self.model.workstreams[row]
            delete_row(self.ctx, Workstream, ws.id, f"Remove workstream {ws.name}")

    def _on_up_button_clicked(self) -> None:
        self.move_workstream(self._current_row(), -1)

    def _on_down_button_clicked(self) -> None:
        self.move_workstream(self._current_row(), 1)

    def _on_violations_item_clicked(self, item: QListWidgetItem) -> None:
        row = self.model.row_of(item.data(Qt.ItemDataRole.UserRole))
        if row >= 0:
            self.grid.setCurrentIndex(self.model.index(row, 0))
            self.grid.setFocus()

    def _on_grid_current_changed(self, *_args: Any) -> None:
        self._update_buttons()

    def _on_ctx_data_changed(self, tables: set[str]) -> None:
        if tables & {"team_member", "workstream", "raci_assignment"}:
            self.reload()
