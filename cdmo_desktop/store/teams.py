"""The team of an engagement and its RACI grid: who is Responsible, Accountable, Consulted
or Informed for each workstream. Reads take the Store (the session-level queries are the
building blocks of the charter's checklist); writes are use cases returning a ChangeSet.

Team members themselves are written through store.workspace.TEAM_MEMBERS, like the
other registers of the workspace.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlmodel import Session, col, select

from cdmo_desktop.domain import raci
from cdmo_desktop.domain.enums import RaciRole
from cdmo_desktop.domain.messages import QT_TRANSLATE_NOOP, msg
from cdmo_desktop.domain.models import RaciAssignment, TeamMember, Workstream, new_id
from cdmo_desktop.store.engagement_edits import get_row, write_labelled

if TYPE_CHECKING:
    from cdmo_desktop.store.changesets import ChangeSet
    from cdmo_desktop.store.store import Store


def list_team(session: Session, engagement_id: str) -> list[TeamMember]:
    query = select(TeamMember).where(TeamMember.engagement_id == engagement_id)
    return list(session.exec(query.order_by(col(TeamMember.position), col(TeamMember.name))).all())


def list_workstreams(session: Session, engagement_id: str) -> list[Workstream]:
    query = select(Workstream).where(Workstream.engagement_id == engagement_id)
    return list(session.exec(query.order_by(col(Workstream.position), col(Workstream.name))).all())


def raci_cells(session: Session, engagement_id: str) -> dict[tuple[str, str], str]:
    """(workstream id, member id) -> role value."""
    query = (
        select(RaciAssignment)
        .join(Workstream, col(Workstream.id) == RaciAssignment.workstream_id)
        .where(Workstream.engagement_id == engagement_id)
    )
    return {
        (a.workstream_id, a.team_member_id): RaciRole(a.role).value for a in session.exec(query)
    }


def raci_violations(session: Session, engagement_id: str) -> list[raci.RaciViolation]:
    grid: dict[str, dict[str, str]] = {}
    for (ws, member), role in raci_cells(session, engagement_id).items():
        grid.setdefault(ws, {})[member] = role
    return raci.check_grid([(w.id, w.name) for w in list_workstreams(session, engagement_id)], grid)


def team(store: Store, engagement_id: str) -> list[TeamMember]:
    """The engagement's people in their order (detached rows)."""
    with store.read() as s:
        return list_team(s, engagement_id)


@dataclass(frozen=True)
class RaciGrid:
    workstreams: list[Workstream]
    members: list[TeamMember]
    cells: dict[tuple[str, str], str]


def raci_grid(store: Store, engagement_id: str) -> RaciGrid:
    with store.read() as s:
        return RaciGrid(
            list_workstreams(s, engagement_id),
            list_team(s, engagement_id),
            raci_cells(s, engagement_id),
        )


# --- writes -----------------------------------------------------------------------------
def set_raci_role(
    store: Store, workstream_id: str, member_id: str, role: RaciRole | None
) -> ChangeSet:
    """Give the member `role` for the workstream; None clears the cell."""

    def work(s: Session) -> str:
        ws = get_row(s, Workstream, workstream_id)
        member = get_row(s, TeamMember, member_id)
        cell = s.exec(
            select(RaciAssignment).where(
                RaciAssignment.workstream_id == workstream_id,
                RaciAssignment.team_member_id == member_id,
            )
        ).first()
        if role is None:
            if cell is not None:
                s.delete(cell)
        elif cell is None:
            s.add(RaciAssignment(workstream_id=ws.id, team_member_id=member.id, role=role))
        elif cell.role != role:
            cell.role = role
        return msg(
            QT_TRANSLATE_NOOP("messages", "RACI: {member} {role} for {workstream}"),
            member=member.name,
            role=msg(role.label) if role else msg(QT_TRANSLATE_NOOP("messages", "no role")),
            workstream=ws.name,
        )

    return write_labelled(store, work)


def add_workstream(
    store: Store, engagement_id: str, name: str, *, workstream_id: str | None = None
) -> ChangeSet:
    """A new last row of the RACI grid."""

    def work(s: Session) -> str:
        position = max((w.position for w in list_workstreams(s, engagement_id)), default=-1) + 1
        ws = Workstream(
            id=workstream_id or new_id(),
            engagement_id=engagement_id,
            name=name.strip(),
            position=position,
        )
        s.add(ws)
        return msg(QT_TRANSLATE_NOOP("messages", "Add workstream {name}"), name=ws.name)

    return write_labelled(store, work)


def rename_workstream(store: Store, workstream_id: str, name: str) -> ChangeSet:
    def work(s: Session) -> str:
        ws = get_row(s, Workstream, workstream_id)
        label = msg(QT_TRANSLATE_NOOP("messages", "Rename workstream {name}"), name=ws.name)
        if ws.name != name.strip():
            ws.name = name.strip()
        return label

    return write_labelled(store, work)


def move_workstream(store: Store, workstream_id: str, step: int) -> ChangeSet:
    """Swap the workstream with the one `step` rows away (-1 up, 1 down) and number the
    rows 0, 1, 2... (nothing changes at either end of the grid)."""

    def work(s: Session) -> str:
        ws = get_row(s, Workstream, workstream_id)
        order = list_workstreams(s, ws.engagement_id)
        row = next(i for i, w in enumerate(order) if w.id == workstream_id)
        if 0 <= row + step < len(order):
            order[row], order[row + step] = order[row + step], order[row]
            for position, w in enumerate(order):
                if w.position != position:
                    w.position = position
        return msg(QT_TRANSLATE_NOOP("messages", "Move workstream {name}"), name=ws.name)

    return write_labelled(store, work)


def remove_workstream(store: Store, workstream_id: str) -> ChangeSet:
    """Delete the row and its RACI cells (undo brings both back)."""

    def work(s: Session) -> str:
        ws = get_row(s, Workstream, workstream_id)
        s.delete(ws)
        return msg(QT_TRANSLATE_NOOP("messages", "Remove workstream {name}"), name=ws.name)

    return write_labelled(store, work)
