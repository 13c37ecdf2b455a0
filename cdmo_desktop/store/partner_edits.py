"""Edits of a partner profile, one use case each: plain values in, a ChangeSet out.

Each runs in one unit of work through `Store.write`, so the flush hook validates, derives
(audit dates, search words) and change-logs it, and the ChangeSet it returns undoes it
exactly: removing a site brings back its links to contacts and audits (the database unlinks
them, the hook records it), a new primary contact gives the flag back to the previous one.
A refused edit raises ValidationError, WriteRefused or LookupError and writes nothing.

New rows take their id from the caller (`domain.models.new_id()`), so the screen knows the
row it added. The child edits take their undo text from the caller, which describes the row
the way the screen shows it ("Add audit of 02 Jun 2026").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlmodel import Session, SQLModel, col, select

from cdmo_desktop.domain.messages import QT_TRANSLATE_NOOP, msg
from cdmo_desktop.domain.models import Contact, GmpInspection, Partner, PartnerAudit, PartnerSite
from cdmo_desktop.store.changesets import BOOKKEEPING, ChangeSet
from cdmo_desktop.store.partners import DERIVED

if TYPE_CHECKING:
    from cdmo_desktop.store.store import Store

# The rows of a profile below the partner, by the name the screens and the CLI use.
CHILDREN: dict[str, type[SQLModel]] = {
    "site": PartnerSite,
    "contact": Contact,
    "audit": PartnerAudit,
    "inspection": GmpInspection,
}
# Columns an edit never sets: bookkeeping, the parent, and what the store derives.
_NOT_EDITED = (
    BOOKKEEPING
    | DERIVED
    | {
        "partner_id",
        "last_audit_date",
        "next_audit_due",
    }
)


def _editable(values: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in values.items() if k not in _NOT_EDITED}


def _partner(session: Session, partner_id: str) -> Partner:
    partner = session.get(Partner, partner_id)
    if partner is None:
        raise LookupError(
            msg(
                QT_TRANSLATE_NOOP("messages", "partner {partner_id} no longer exists"),
                partner_id=partner_id,
            )
        )
    return partner


def _write_named(
    store: Store, label: Callable[[str], str], work: Callable[[Session], Partner]
) -> ChangeSet:
    """Write `work` and label the change set with the partner's name as written
    ("Edit partner <name>"), which the caller may not know before the write."""
    names: list[str] = []

    def run(session: Session) -> None:
        names.append(work(session).name)

    changeset = store.write(label(""), run)
    return replace(changeset, label=label(names[-1]))


def create_partner(store: Store, partner_id: str, values: dict[str, Any]) -> ChangeSet:
    """A new partner with id `partner_id` and the profile's `values`."""
    partner = Partner(id=partner_id, **_editable(values))
    return store.write(
        msg(QT_TRANSLATE_NOOP("messages", "Create partner {name}"), name=values.get("name", "")),
        lambda s: s.add(partner),
    )


def save_partner(store: Store, partner_id: str, changes: dict[str, Any]) -> ChangeSet:
    """Write the profile fields in `changes` (the ones the user changed); others stay as
    they are in the database, whoever changed them meanwhile."""

    def work(session: Session) -> Partner:
        partner = _partner(session, partner_id)
        for key, value in _editable(changes).items():
            setattr(partner, key, value)
        return partner

    return _write_named(
        store,
        lambda name: msg(QT_TRANSLATE_NOOP("messages", "Edit partner {name}"), name=name),
        work,
    )


def set_archived(store: Store, partner_id: str, archived: bool) -> ChangeSet:
    """Archive the partner (it leaves the register and the pickers) or restore it."""
    template = (
        QT_TRANSLATE_NOOP("messages", "Archive partner {name}")
        if archived
        else QT_TRANSLATE_NOOP("messages", "Restore partner {name}")
    )

    def work(session: Session) -> Partner:
        partner = _partner(session, partner_id)
        partner.archived = archived
        partner.archived_at = datetime.now(UTC) if archived else None
        return partner

    return _write_named(store, lambda name: msg(template, name=name), work)


def save_child(
    store: Store, partner_id: str, kind: str, row_id: str, values: dict[str, Any], *, label: str
) -> ChangeSet:
    """Add (when `row_id` is not in the database yet) or change one site, contact, audit or
    inspection (`kind`, see CHILDREN) of the partner. A contact marked primary takes the
    flag from the partner's other contacts: one primary contact per partner."""
    model = CHILDREN[kind]
    fields = _editable(values)

    def work(session: Session) -> None:
        _partner(session, partner_id)
        row = session.get(model, row_id)
        if row is None:
            session.add(model(id=row_id, partner_id=partner_id, **fields))
        else:
            for key, value in fields.items():
                setattr(row, key, value)
        if model is Contact and fields.get("is_primary"):
            others = select(Contact).where(
                Contact.partner_id == partner_id,
                col(Contact.is_primary).is_(True),
                Contact.id != row_id,
            )
            for other in session.exec(others).all():
                other.is_primary = False

    return store.write(label, work)


def remove_child(store: Store, kind: str, row_id: str, *, label: str) -> ChangeSet:
    """Remove one site, contact, audit or inspection. Removing a site unlinks the contacts,
    audits and inspections recorded at it (they stay with the partner)."""
    model = CHILDREN[kind]

    def work(session: Session) -> None:
        row = session.get(model, row_id)
        if row is None:
            raise LookupError(
                msg(
                    QT_TRANSLATE_NOOP("messages", "{kind} {row_id} no longer exists"),
                    kind=kind,
                    row_id=row_id,
                )
            )
        session.delete(row)

    return store.write(label, work)
