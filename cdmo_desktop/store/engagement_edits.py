"""Engagement and client writes: create, edit, archive and restore an engagement; create and
edit a client with its contacts. Each use case takes plain values, writes in one unit of
work and returns the ChangeSet (its label is the undo text the user sees).

`write_labelled` is `Store.write` for use cases whose label names a row they read while
writing ("Delete team member Li Wei"), shared by the workspace's use cases.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, TypeVar

from sqlmodel import Session, SQLModel, select

from cdmo_desktop.domain.messages import QT_TRANSLATE_NOOP, msg
from cdmo_desktop.domain.models import Charter, Client, Contact, Engagement, new_id
from cdmo_desktop.store.changesets import ChangeSet

if TYPE_CHECKING:
    from cdmo_desktop.store.store import Store

Row = TypeVar("Row", bound=SQLModel)


def write_labelled(store: Store, work: Callable[[Session], str], *, reason: str = "") -> ChangeSet:
    """`store.write` where `work` writes and returns the change's label."""
    labels: list[str] = []
    changeset = store.write("", lambda s: labels.append(work(s)), reason=reason)
    return replace(changeset, label=labels[0])


def get_row(session: Session, model: type[Row], row_id: str) -> Row:
    """The row, or LookupError (a record deleted meanwhile, in another window)."""
    obj = session.get(model, row_id)
    if obj is None:
        raise LookupError(
            msg(
                QT_TRANSLATE_NOOP("messages", "{model} {row_id} no longer exists"),
                model=model.__name__,
                row_id=row_id,
            )
        )
    return obj


def set_values(obj: SQLModel, values: Mapping[str, Any]) -> None:
    """Set the fields that differ (an unchanged field is neither written nor logged)."""
    for key, value in values.items():
        if getattr(obj, key) != value:
            setattr(obj, key, value)


# --- engagements ------------------------------------------------------------------------
def create_engagement(
    store: Store, values: Mapping[str, Any], *, engagement_id: str | None = None
) -> ChangeSet:
    """A new engagement with its blank charter (planned dates from the engagement)."""

    def work(s: Session) -> str:
        eng = Engagement(id=engagement_id or new_id(), **values)
        s.add(eng)
        s.flush()
        s.add(Charter(engagement_id=eng.id, planned_start=eng.start_date, planned_end=eng.end_date))
        return msg(QT_TRANSLATE_NOOP("messages", "Add engagement {title}"), title=eng.title)

    return write_labelled(store, work)


def edit_engagement(store: Store, engagement_id: str, changes: Mapping[str, Any]) -> ChangeSet:
    """Set the given fields of the engagement (title, client, partner, phase, dates...)."""

    def work(s: Session) -> str:
        eng = get_row(s, Engagement, engagement_id)
        set_values(eng, changes)
        return msg(QT_TRANSLATE_NOOP("messages", "Edit engagement {title}"), title=eng.title)

    return write_labelled(store, work)


def archive_engagement(
    store: Store, engagement_id: str, *, now: datetime | None = None
) -> ChangeSet:
    """Take it out of the lists and the portfolio; nothing is deleted."""

    def work(s: Session) -> str:
        eng = get_row(s, Engagement, engagement_id)
        set_values(eng, {"archived": True, "archived_at": now or datetime.now(UTC)})
        return msg(QT_TRANSLATE_NOOP("messages", "Archive engagement {title}"), title=eng.title)

    return write_labelled(store, work)


def restore_engagement(store: Store, engagement_id: str) -> ChangeSet:
    def work(s: Session) -> str:
        eng = get_row(s, Engagement, engagement_id)
        set_values(eng, {"archived": False, "archived_at": None})
        return msg(QT_TRANSLATE_NOOP("messages", "Restore engagement {title}"), title=eng.title)

    return write_labelled(store, work)


# --- clients ----------------------------------------------------------------------------
ContactValues = tuple[str, Mapping[str, Any]]  # (contact id, column values)


def create_client(
    store: Store,
    values: Mapping[str, Any],
    contacts: Iterable[ContactValues] = (),
    *,
    client_id: str | None = None,
) -> ChangeSet:
    """A new client with its contacts."""

    def work(s: Session) -> str:
        client = Client(id=client_id or new_id(), **values)
        s.add(client)
        s.flush()
        _write_contacts(s, client.id, contacts)
        return msg(QT_TRANSLATE_NOOP("messages", "Add client {name}"), name=client.name)

    return write_labelled(store, work)


def edit_client(
    store: Store, client_id: str, values: Mapping[str, Any], contacts: Iterable[ContactValues]
) -> ChangeSet:
    """Set the client's fields; its contacts become `contacts` (others are removed)."""

    def work(s: Session) -> str:
        client = get_row(s, Client, client_id)
        set_values(client, values)
        _write_contacts(s, client_id, contacts)
        return msg(QT_TRANSLATE_NOOP("messages", "Edit client {name}"), name=client.name)

    return write_labelled(store, work)


def _write_contacts(s: Session, client_id: str, contacts: Iterable[ContactValues]) -> None:
    wanted = dict(contacts)
    for old in s.exec(select(Contact).where(Contact.client_id == client_id)).all():
        if old.id not in wanted:
            s.delete(old)
    s.flush()
    for contact_id, values in wanted.items():
        row = s.get(Contact, contact_id)
        if row is None:
            s.add(Contact(id=contact_id, client_id=client_id, **values))
        else:
            set_values(row, {**values, "client_id": client_id, "partner_id": None})
