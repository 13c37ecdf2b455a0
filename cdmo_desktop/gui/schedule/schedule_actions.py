"""The Schedule screen's actions: toolbar, shortcuts (local to the screen) and context menu.

The actions know the screen through `ScheduleScreen` (what they ask of it) and the widget
they belong to, so this module does not import the screen's."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox, QToolBar, QToolButton, QWidget

from cdmo_desktop.domain.enums import MilestoneKind
from cdmo_desktop.domain.scheduling import ScheduleItem
from cdmo_desktop.domain.timeline import ZOOM_ORDER, Scale
from cdmo_desktop.gui.i18n import QT_TR_NOOP, tr
from cdmo_desktop.gui.schedule.schedule_baselines import BaselineChooser, ask_baseline_name
from cdmo_desktop.gui.schedule.schedule_document import ScheduleDocument
from cdmo_desktop.gui.schedule.schedule_edits import Outcome, ScheduleEditor
from cdmo_desktop.gui.schedule.schedule_link_edits import change_links

_LOCAL = Qt.ShortcutContext.WidgetWithChildrenShortcut
SCALE_NAMES = {
    Scale.DAY: QT_TR_NOOP("Day"),
    Scale.WEEK: QT_TR_NOOP("Week"),
    Scale.MONTH: QT_TR_NOOP("Month"),
    Scale.QUARTER: QT_TR_NOOP("Quarter"),
}


class ScheduleScreen(Protocol):
    """What the actions ask of the Schedule screen."""

    doc: ScheduleDocument
    editor: ScheduleEditor
    engagement_id: str | None

    def current_row(self) -> int: ...
    def selected_items(self) -> list[ScheduleItem]: ...
    def edit_name(self, item_id: str) -> None: ...
    def show_outcome(self, outcome: Outcome) -> None: ...
    def zoom(self, factor: float) -> None: ...
    def set_scale(self, scale: Scale) -> None: ...
    def fit_to_plan(self) -> None: ...
    def go_to_today(self) -> None: ...
    def set_all_collapsed(self, collapsed: bool) -> None: ...
    def baseline_names(self, engagement_id: str) -> list[str]: ...
    def fill_columns_menu(self, menu: QMenu) -> None: ...


class ScheduleActions:
    def __init__(self, widget: QWidget, view: ScheduleScreen) -> None:
        self.widget = widget
        self.view = view
        self._actions: list[QAction] = []
        self.add_task = self._make(
            "add_task",
            tr("Add task"),
            QKeySequence.StandardKey.New,
            tr("Add a task below the selection"),
        )
        self.add_task.triggered.connect(lambda: self.add_item(MilestoneKind.TASK))
        self.add_milestone = self._make("add_milestone", tr("Add milestone"), "Ctrl+Shift+M")
        self.add_milestone.triggered.connect(lambda: self.add_item(MilestoneKind.MILESTONE))
        self.add_gate = self._make("add_gate", tr("Add decision gate"), "Ctrl+Shift+G")
        self.add_gate.triggered.connect(lambda: self.add_item(MilestoneKind.DECISION_GATE))
        self.delete = self._make(
            "delete_item",
            tr("Delete"),
            QKeySequence.StandardKey.Delete,
            tr("Delete the selected items"),
        )
        self.delete.triggered.connect(self.delete_selected)
        self.links = self._make(
            "dependencies",
            tr("Dependencies…"),
            "Ctrl+L",
            tr("Add predecessors to the selected item, change or remove its links"),
        )
        self.links.triggered.connect(self.edit_dependencies)
        self.zoom_in = self._make("zoom_in", tr("Zoom in"), QKeySequence.StandardKey.ZoomIn)
        self.zoom_in.triggered.connect(lambda: view.zoom(1.5))
        self.zoom_out = self._make("zoom_out", tr("Zoom out"), QKeySequence.StandardKey.ZoomOut)
        self.zoom_out.triggered.connect(lambda: view.zoom(1 / 1.5))
        self.scale_group = QActionGroup(widget)
        self.scale_group.setExclusive(True)
        self.scales: dict[Scale, QAction] = {}
        for n, scale in enumerate(ZOOM_ORDER, start=1):
            label = tr(SCALE_NAMES[scale])
            act = self._make(
                f"scale_{scale.value}", label, f"Alt+{n}", tr("{scale} view").format(scale=label)
            )
            act.setCheckable(True)
            act.triggered.connect(lambda _checked=False, s=scale: view.set_scale(s))
            self.scale_group.addAction(act)
            self.scales[scale] = act
        self.fit = self._make("fit_to_plan", tr("Fit to plan"), "Ctrl+0", tr("Show the whole plan"))
        self.fit.triggered.connect(view.fit_to_plan)
        self.today = self._make("go_to_today", tr("Today"), "Ctrl+T", tr("Scroll to today"))
        self.today.triggered.connect(view.go_to_today)
        self.collapse = self._make("collapse_all", tr("Collapse all"), "Ctrl+Shift+Left")
        self.collapse.triggered.connect(lambda: view.set_all_collapsed(True))
        self.expand = self._make("expand_all", tr("Expand all"), "Ctrl+Shift+Right")
        self.expand.triggered.connect(lambda: view.set_all_collapsed(False))
        self.baseline = self._make(
            "set_baseline",
            tr("Set baseline…"),
            "",
            tr("Keep the current plan as a named baseline"),
        )
        self.baseline.triggered.connect(self.set_baseline)
        self.manage_baselines = self._make(
            "manage_baselines",
            tr("Manage baselines…"),
            "",
            tr("Rename or delete named baselines"),
        )
        self.manage_baselines.triggered.connect(self.open_baselines)
        self.export_png = self._make(
            "export_png", tr("Export PNG…"), "", tr("Save the chart as an image")
        )
        self.export_png.triggered.connect(lambda: self.export_chart("png"))
        self.export_pdf = self._make(
            "export_pdf", tr("Export PDF…"), "", tr("Save the chart as a PDF")
        )
        self.export_pdf.triggered.connect(lambda: self.export_chart("pdf"))
        self.compare = BaselineChooser(widget)
        self.toolbar = self._toolbar()

    def _make(
        self, name: str, text: str, shortcut: str | QKeySequence.StandardKey, tip: str = ""
    ) -> QAction:
        act = QAction(text, self.widget)
        act.setObjectName(f"schedule_{name}")
        if shortcut:
            act.setShortcut(QKeySequence(shortcut))
            act.setShortcutContext(_LOCAL)
        tip = tip or text
        keys = act.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        act.setToolTip(tr("{tip} ({keys})").format(tip=tip, keys=keys) if keys else tip)
        self.widget.addAction(act)
        self._actions.append(act)
        return act

    def _toolbar(self) -> QToolBar:
        bar = QToolBar(self.widget)
        bar.setObjectName("schedule_toolbar")
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        add_menu = QMenu(bar)
        add_menu.setObjectName("schedule_add_menu")
        add_menu.addActions([self.add_task, self.add_milestone, self.add_gate])
        add_button = QToolButton(bar)
        add_button.setObjectName("schedule_add_button")
        add_button.setDefaultAction(self.add_task)
        add_button.setMenu(add_menu)
        add_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        bar.addWidget(add_button)
        bar.addAction(self.delete)
        bar.addAction(self.links)
        bar.addSeparator()
        for act in self.scales.values():
            bar.addAction(act)
        bar.addAction(self.zoom_out)
        bar.addAction(self.zoom_in)
        bar.addAction(self.fit)
        bar.addAction(self.today)
        bar.addSeparator()
        baseline_menu = QMenu(bar)
        baseline_menu.setObjectName("schedule_baseline_menu")
        baseline_menu.addActions([self.baseline, self.manage_baselines])
        baseline_button = QToolButton(bar)
        baseline_button.setObjectName("schedule_baseline_button")
        baseline_button.setDefaultAction(self.baseline)
        baseline_button.setMenu(baseline_menu)
        baseline_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        bar.addWidget(baseline_button)
        bar.addWidget(self.compare)
        export_menu = QMenu(bar)
        export_menu.setObjectName("schedule_export_menu")
        export_menu.addActions([self.export_png, self.export_pdf])
        export_button = QToolButton(bar)
        export_button.setObjectName("schedule_export_button")
        export_button.setText(tr("Export"))
        export_button.setMenu(export_menu)
        export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        bar.addWidget(export_button)
        for button in bar.findChildren(QToolButton):
            if not button.objectName() and button.defaultAction() is not None:
                button.setObjectName(f"{button.defaultAction().objectName()}_button")
        return bar

    def all(self) -> list[QAction]:
        return list(self._actions)

    def check_scale(self, scale: Scale) -> None:
        act = self.scales.get(scale)
        if act is not None and not act.isChecked():
            act.setChecked(True)

    def fill_context_menu(self, menu: QMenu, item: ScheduleItem | None) -> None:
        menu.addActions([self.add_task, self.add_milestone, self.add_gate])
        if item is not None:
            menu.addSeparator()
            menu.addAction(self.links)
            menu.addAction(self.delete)
        menu.addSeparator()
        menu.addActions([self.collapse, self.expand, self.baseline, self.manage_baselines])
        columns = menu.addMenu(tr("Table columns"))
        columns.setObjectName("schedule_columns_submenu")
        self.view.fill_columns_menu(columns)

    # --- what the actions do ------------------------------------------------------------
    def add_item(self, kind: MilestoneKind) -> None:
        v = self.view
        row = v.current_row()
        engagement_id = v.engagement_id or v.doc.engagement_of_row(row)
        if engagement_id is None:
            v.show_outcome(
                Outcome(False, tr("Select a row of the engagement to add to."), error=True)
            )
            return
        after = v.doc.item_at_row(row)
        outcome, new_id = v.editor.add_item(
            engagement_id, kind, after=after, phase=v.doc.phase_of_row(row)
        )
        v.show_outcome(outcome)
        if outcome.ok:
            v.edit_name(new_id)

    def delete_selected(self) -> None:
        v = self.view
        v.show_outcome(v.editor.delete_items(v.selected_items()))

    def set_baseline(self) -> None:
        v = self.view
        row = v.current_row()
        engagement_id = v.engagement_id or v.doc.engagement_of_row(row)
        if engagement_id is None:
            v.show_outcome(
                Outcome(False, tr("Select a row of the engagement to baseline."), error=True)
            )
            return
        title = v.doc.engagement_titles.get(engagement_id) or tr("this engagement")
        existing = v.baseline_names(engagement_id)
        name = ask_baseline_name(self.widget, title, existing)
        if name is None:
            return
        if name in existing:
            answer = QMessageBox.question(
                self.widget,
                tr("Set baseline"),
                tr(
                    "Replace the baseline “{name}” of {title} with the current plan? Variance "
                    "will then be measured from today's dates."
                ).format(name=name, title=title),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        v.show_outcome(v.editor.set_baseline(engagement_id, name))

    def open_baselines(self) -> None:
        v = self.view
        engagement_id = v.engagement_id or v.doc.engagement_of_row(v.current_row())
        if engagement_id is None:
            v.show_outcome(
                Outcome(
                    False, tr("Select a row of the engagement whose baselines to manage."), True
                )
            )
            return
        from cdmo_desktop.gui.schedule.schedule_baselines import ManageBaselinesDialog

        title = v.doc.engagement_titles.get(engagement_id) or tr("this engagement")
        ManageBaselinesDialog(
            v.editor.ctx.store, v.editor, engagement_id, title, self.widget
        ).exec()

    def edit_dependencies(self) -> None:
        v = self.view
        from cdmo_desktop.gui.schedule.schedule_links import DependencyDialog

        items = v.selected_items()
        if not items:
            v.show_outcome(Outcome(False, tr("Select an item first."), error=True))
            return
        dialog = DependencyDialog(v.doc, items[0], self.widget)
        if dialog.exec() and dialog.has_changes():
            v.show_outcome(
                change_links(
                    v.editor,
                    items[0],
                    add=dialog.added(),
                    remove=dialog.removed(),
                    change=dialog.changed(),
                )
            )

    def export_chart(self, fmt: str) -> None:
        v = self.view
        from cdmo_desktop.gui.schedule.schedule_export import export_with_dialog

        title = (
            v.doc.engagement_titles.get(v.engagement_id) or tr("Schedule")
            if v.engagement_id
            else tr("Portfolio schedule")
        )
        export_with_dialog(
            self.widget,
            v.doc,
            fmt,
            title,
            lambda message, error: v.show_outcome(Outcome(not error, message, error=error)),
        )
