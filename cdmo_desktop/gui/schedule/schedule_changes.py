"""Updating a loaded schedule in place: from a written ChangeSet (another screen's edit, an
undo or redo) or from the screen's own preview of an edit about to be written.

A move of a few items then never reloads a 10,000-item plan. Changes that alter which rows
are shown (new or deleted items, an item moved to another phase or engagement, renamed
engagements or partners) need a reload instead: `edit_for` answers None.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from cdmo_desktop.domain.scheduling import ScheduleLink
from cdmo_desktop.gui.schedule.schedule_document import FIELD_TO_ATTR, ScheduleDocument

if TYPE_CHECKING:
    from cdmo_desktop.store.changesets import ChangeSet

SCHEDULE_TABLES = ("milestone", "milestone_dependency")
HEADING_TABLES = ("engagement", "partner")
# Milestone columns that decide an item's row (its heading and its place under it).
_PLACE = ("engagement_id", "phase", "position")


@dataclass
class DocumentEdit:
    """Field values of items ({item id: {milestone column: value}}) and links added,
    removed (by id) or changed, as a loaded schedule should show them."""

    changes: dict[str, dict[str, Any]] = field(default_factory=dict)
    links_added: list[ScheduleLink] = field(default_factory=list)
    links_removed: list[str] = field(default_factory=list)
    links_updated: list[ScheduleLink] = field(default_factory=list)

    @property
    def relinks(self) -> bool:
        return bool(self.links_added or self.links_removed or self.links_updated)

    def apply_to(self, doc: ScheduleDocument) -> list[int]:
        """Show the edit in `doc`; returns the indices of the items whose values changed."""
        touched = doc.apply_changes(self.changes)
        if self.links_removed or self.links_updated:
            doc.remove_links([*self.links_removed, *(x.id for x in self.links_updated)])
        if self.links_added or self.links_updated:
            doc.add_links([*self.links_added, *self.links_updated])
        return touched


def edit_for(doc: ScheduleDocument, cs: ChangeSet) -> DocumentEdit | None:
    """What `cs` changes in the rows `doc` holds (an empty edit when nothing of them), or
    None when the document has to be read again."""
    if cs.touches(*HEADING_TABLES):
        return None
    edit = DocumentEdit()
    index, links = doc.index, doc.graph.link_index
    for st in cs.after:
        values = st.values
        if st.table == "milestone":
            i = index.get(st.id)
            if i is None:
                if values is not None and values["engagement_id"] in doc.engagement_titles:
                    return None  # a new item of a plan on show
                continue
            if values is None or _moved_place(doc, i, values):
                return None
            edit.changes[st.id] = {k: v for k, v in values.items() if k in FIELD_TO_ATTR}
        elif st.table == "milestone_dependency":
            if values is None:
                if st.id in links:
                    edit.links_removed.append(st.id)
                continue
            link = ScheduleLink(
                st.id,
                values["predecessor_id"],
                values["successor_id"],
                values["kind"],
                values["lag_days"],
            )
            if st.id in links:
                edit.links_updated.append(link)
            elif link.predecessor_id in index and link.successor_id in index:
                edit.links_added.append(link)
    return edit


def _moved_place(doc: ScheduleDocument, i: int, values: dict[str, Any]) -> bool:
    item = doc.items[i]
    return (item.engagement_id, item.phase, item.position) != tuple(values[k] for k in _PLACE)
