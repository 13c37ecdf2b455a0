"""The RACI grid of an engagement: who is Responsible, Accountable, Consulted or Informed
for each workstream or deliverable. Every cell change is one undo step."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cdmo_desktop.domain import raci
from cdmo_desktop.domain.enums import RaciRole
from cdmo_desktop.gui import theme
from cdmo_desktop.gui.context import AppContext
from cdmo_desktop.gui.engagements.engagement_raci_model import (
    RaciGridModel,
    RaciMember,
    RaciWorkstream,
)
from cdmo_desktop.gui.i18n import QT_TR_NOOP, message, tr
from cdmo_desktop.gui.undo import REFUSALS, commit, refusal_text
from cdmo_desktop.gui.widgets import table_habits
from cdmo_desktop.gui.widgets.fitting import ElidedLabel
from cdmo_desktop.store import teams
from cdmo_desktop.store.changesets import ChangeSet

_TABLES = ("team_member", "workstream", "raci_assignment")

_KEYS = {
    Qt.Key.Key_R: RaciRole.RESPONSIBLE,
    Qt.Key.Key_A: RaciRole.ACCOUNTABLE,
    Qt.Key.Key_C: RaciRole.CONSULTED,
    Qt.Key.Key_I: RaciRole.INFORMED,
}
HELP = QT_TR_NOOP(
    "Click a cell to cycle R → A → C → I → empty, or type R, A, C, I (Delete clears). "
    "Each workstream needs exactly one A and at least one R."
)
# The problems list shows this many lines at most (it scrolls beyond); the grid marks the
# rows too, so the grid keeps the room. Below SHORT px of height (a laptop at 150 %) the
# list shows one line and the help is left to the grid's tooltip.
PROBLEM_LINES = 3
SHORT = 260


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
        self.grid.setToolTip(tr(HELP))
        self.grid.setMinimumHeight(56)  # header and a row: the team tab fits a 150 % screen
        self.grid.verticalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        self.grid.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

        buttons = QHBoxLayout()
        title = QLabel(tr("<b>RACI</b>"))
        title.setObjectName("raci_title_label")
        title.setToolTip(tr("Who is Responsible, Accountable, Consulted and Informed"))
        buttons.addWidget(title)
        self.add_button = self._button("add_workstream_button", tr("Add workstream…"), buttons)
        self.rename_button = self._button("rename_workstream_button", tr("Rename…"), buttons)
        self.remove_button = self._button("remove_workstream_button", tr("Remove"), buttons)
        self.up_button = self._button("workstream_up_button", tr("Move up"), buttons)
        self.down_button = self._button("workstream_down_button", tr("Move down"), buttons)
        buttons.addStretch(1)
        self.help_label = help_label = ElidedLabel(tr(HELP))
        help_label.setObjectName("raci_help_label")
        theme.set_tone(help_label, "muted")

        self.violations = QListWidget()
        self.violations.setObjectName("raci_violations_list")
        self.violations.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.violations_label = ElidedLabel()
        self.violations_label.setObjectName("raci_violations_label")
        buttons.addWidget(self.violations_label)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(buttons)
        layout.addWidget(self.grid, 1)
        layout.addWidget(help_label)
        layout.addWidget(self.violations)

        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.rename_button.clicked.connect(self._on_rename_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.up_button.clicked.connect(self._on_up_button_clicked)
        self.down_button.clicked.connect(self._on_down_button_clicked)
        self.grid.role_chosen.connect(self._on_grid_role_chosen)
        rows = (self.rename_button, self.remove_button, self.up_button, self.down_button)
        # The columns are the team's members: the grid stretches them, nothing to remember.
        table_habits.install(
            self.grid, "raci", ctx.settings, *rows, self.add_button, remember=False
        )
        self.violations.itemClicked.connect(self._on_violations_item_clicked)
        self.grid.selectionModel().currentChanged.connect(self._on_grid_current_changed)
        ctx.changed.connect(self._on_ctx_changed)
        self.reload()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Long workstream names give way (elided, whole in their tooltip) to the columns."""
        super().resizeEvent(event)
        self.grid.verticalHeader().setMaximumWidth(max(120, int(self.width() * 0.32)))
        self._size_problems()

    def _button(self, name: str, text: str, layout: QHBoxLayout) -> QPushButton:
        b = QPushButton(text)
        b.setObjectName(name)
        layout.addWidget(b)
        return b

    # --- data -----------------------------------------------------------------------------
    def reload(self) -> None:
        current = self.grid.currentIndex()
        self._load()
        if current.isValid():
            self.grid.setCurrentIndex(self.model.index(current.row(), current.column()))
        self.violations.clear()
        for v in self.model.violations:
            item = QListWidgetItem(f"⚠ {message(v.message)}")
            item.setData(Qt.ItemDataRole.UserRole, v.workstream_id)
            self.violations.addItem(item)
        n = len(self.model.violations)
        if not self.model.workstreams:
            self.violations_label.setText(tr("Add the deliverables or workstreams as rows."))
        elif not self.model.members:
            self.violations_label.setText(tr("Add team members above: they become the columns."))
        else:
            self.violations_label.setText(
                tr("%n RACI problem(s):", None, n)
                if n
                else tr("Every workstream has one A and an R.")
            )
        self.violations.setVisible(bool(n))
        self._size_problems()
        self._update_buttons()

    def _size_problems(self) -> None:
        short = 0 < self.height() < SHORT
        n = self.violations.count()
        lines = min(max(n, 1), 1 if short else PROBLEM_LINES)
        row = self.violations.sizeHintForRow(0) if n else self.fontMetrics().lineSpacing()
        self.violations.setFixedHeight(lines * row + 2 * self.violations.frameWidth() + 2)
        self.help_label.setVisible(not short)

    def needed_height(self) -> int:
        """The height that shows every workstream and problem without scrolling."""
        grid = self.grid
        rows = sum(grid.rowHeight(r) for r in range(self.model.rowCount()))
        rows = max(rows, 2 * grid.verticalHeader().defaultSectionSize())
        grid_height = grid.horizontalHeader().sizeHint().height() + rows + 2 * grid.frameWidth()
        layout = self.layout()
        others = 0
        if layout is not None:
            for i in range(layout.count()):
                item = layout.itemAt(i)
                widget = item.widget() if item is not None else None
                if item is not None and widget is not grid and not (widget and widget.isHidden()):
                    others += item.sizeHint().height() + layout.spacing()
        scroll = grid.horizontalScrollBar()
        return grid_height + others + (scroll.sizeHint().height() if scroll.isVisible() else 0)

    def _load(self) -> None:
        grid = teams.raci_grid(self.ctx.store, self.engagement_id)
        workstreams = [RaciWorkstream(w.id, w.name, w.position) for w in grid.workstreams]
        members = [RaciMember(m.id, m.name, str(m.side), m.role) for m in grid.members]
        self.model.set_grid(workstreams, members, grid.cells)

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
    def _commit(self, write: Callable[[], ChangeSet]) -> bool:
        """Commit a use case's change (the grid reloads when it is announced); a refusal,
        such as a workstream deleted in another window meanwhile, is reported through the
        context and nothing is stacked."""
        try:
            commit(self.ctx, write(), initiator=self)
        except REFUSALS as exc:
            self.ctx.refused.emit(refusal_text(exc))
            return False
        return True

    def set_role(self, row: int, column: int, role: RaciRole | str | None) -> None:
        ws = self.model.workstreams[row]
        member = self.model.members[column]
        role_value = RaciRole(role) if role else None
        if self.model.role_at(row, column) == (role_value.value if role_value else None):
            return
        self._commit(lambda: teams.set_raci_role(self.ctx.store, ws.id, member.id, role_value))
        self.grid.setCurrentIndex(self.model.index(row, column))

    def add_workstream(self, name: str) -> None:
        self._commit(lambda: teams.add_workstream(self.ctx.store, self.engagement_id, name))

    def rename_workstream(self, row: int, name: str) -> None:
        ws = self.model.workstreams[row]
        self._commit(lambda: teams.rename_workstream(self.ctx.store, ws.id, name))

    def move_workstream(self, row: int, step: int) -> None:
        other = row + step
        if not 0 <= other < self.model.rowCount():
            return
        ws = self.model.workstreams[row]
        self._commit(lambda: teams.move_workstream(self.ctx.store, ws.id, step))
        self.grid.setCurrentIndex(
            self.model.index(other, max(self.grid.currentIndex().column(), 0))
        )

    def remove_workstream(self, row: int) -> None:
        ws = self.model.workstreams[row]
        self._commit(lambda: teams.remove_workstream(self.ctx.store, ws.id))

    def _ask_name(self, title: str, text: str = "") -> str | None:
        name, ok = QInputDialog.getText(self, title, tr("Workstream or deliverable:"), text=text)
        name = name.strip()
        return name if ok and name else None

    # --- slots ----------------------------------------------------------------------------
    def _on_grid_role_chosen(self, row: int, column: int, role: Any) -> None:
        self.set_role(row, column, role)

    def _on_add_button_clicked(self) -> None:
        name = self._ask_name(tr("Add workstream"))
        if name:
            self.add_workstream(name)

    def _on_rename_button_clicked(self) -> None:
        row = self._current_row()
        if row >= 0 and (
            name := self._ask_name(tr("Rename workstream"), self.model.workstreams[row].name)
        ):
            self.rename_workstream(row, name)

    def _on_grid_header_section_double_clicked(self, section: int) -> None:
        self.grid.setCurrentIndex(self.model.index(section, 0))
        self._on_rename_button_clicked()

    def _on_remove_button_clicked(self) -> None:
        row = self._current_row()
        if row >= 0:
            self.remove_workstream(row)

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

    def _on_ctx_changed(self, changeset: ChangeSet, _initiator: object) -> None:
        if changeset.touches(*_TABLES):
            self.reload()
