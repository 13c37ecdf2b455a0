"""Someone else saved a grid cell meanwhile (team mode): Reload or Overwrite.

The KPI tab remembers each cell as it read it (`SeenCells`: the measurement's id and row
version, or empty), moves that on with its own writes, and writes every batch expecting
them (`kpi_edits.MeasurementEntry.seen`). When the store refuses a batch because another
user entered, changed or cleared one of its cells since, the conflict dialog names who and
when and offers Reload (the grid as saved now, my values dropped), Overwrite (my values
over theirs) or Cancel (nothing written). A cell has a value and a comment only, so the
dialog shows no field-by-field comparison.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from PySide6.QtWidgets import QWidget

from cdmo_desktop.gui.conflicts import Choice, ConflictDialog
from cdmo_desktop.store.changesets import ChangeSet
from cdmo_desktop.store.errors import ConflictError
from cdmo_desktop.store.kpi_edits import EMPTY_CELL, SeenCell
from cdmo_desktop.store.kpi_views import GridCell

TABLE = "kpi_measurement"
CellKey = tuple[str, date]  # (kpi id, period start)


def _key(values: Mapping[str, Any]) -> CellKey:
    day = values["period_start"]
    return str(values["kpi_id"]), day if isinstance(day, date) else date.fromisoformat(str(day))


class SeenCells:
    """The cells of a grid as its user saw them."""

    def __init__(self) -> None:
        self._cells: dict[CellKey, SeenCell] = {}

    def load(self, cells: Mapping[CellKey, GridCell]) -> None:
        """The cells just read from the store."""
        self._cells = {k: SeenCell(c.row_id, c.version) for k, c in cells.items()}

    def get(self, kpi_id: str, start: date) -> SeenCell:
        return self._cells.get((kpi_id, start), EMPTY_CELL)

    def advance(self, changeset: ChangeSet) -> None:
        """Expect the cells as this grid's own write left them."""
        for before, after in zip(changeset.before, changeset.after, strict=True):
            if after.table != TABLE:
                continue
            if after.values is None:
                if before.values is not None:
                    self._cells.pop(_key(before.values), None)
                continue
            version = changeset.versions.get((TABLE, after.id), 1)
            self._cells[_key(after.values)] = SeenCell(after.id, int(version))

    def accept(self, error: ConflictError) -> None:
        """Take the conflicting cells as they are saved now (an Overwrite)."""
        for c in error.conflicts:
            if c.table != TABLE:
                continue
            if c.current is None:
                gone = [k for k, seen in self._cells.items() if seen.row_id == c.row_id]
                for k in gone:
                    del self._cells[k]
            else:
                self._cells[_key(c.current)] = SeenCell(c.row_id, int(c.current["row_version"]))


def ask(parent: QWidget | None, error: ConflictError) -> Choice:
    """Reload, Overwrite or Cancel, as the user answers the conflict dialog."""
    dialog = ConflictDialog(error, {}, None, parent, cells=True)
    dialog.exec()
    choice = dialog.choice
    dialog.deleteLater()
    return choice
