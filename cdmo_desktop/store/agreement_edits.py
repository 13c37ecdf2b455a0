"""Writes of agreements and their clauses: plain values in, a ChangeSet out.

Each use case writes in one unit of work (`Store.write`), so the flush hook validates,
change-logs and collects the rows it touched; undo and redo replay that change set. A
clause whose text names an unknown {placeholder}, or an agreement the form would refuse,
raises ValidationError before anything is written. Clause numbers are the positions
1..n in print order; every insert, removal and move renumbers the clauses it shifts.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from sqlmodel import Session

from cdmo_desktop.domain.enums import AgreementKind, AgreementStatus
from cdmo_desktop.domain.messages import QT_TRANSLATE_NOOP, msg
from cdmo_desktop.domain.models import Agreement, AgreementClause
from cdmo_desktop.store.agreements import (
    AGREEMENT_FIELDS,
    default_clauses,
    ensure_agreement_valid,
    ensure_clause_valid,
    ordered_clauses,
)

if TYPE_CHECKING:
    from cdmo_desktop.store.changesets import ChangeSet
    from cdmo_desktop.store.store import Store

GONE = msg(QT_TRANSLATE_NOOP("messages", "This clause no longer exists."))


def _typed(values: Mapping[str, Any]) -> dict[str, Any]:
    """Form values with the kind and status as their enums."""
    out = dict(values)
    if "kind" in out:
        out["kind"] = AgreementKind(out["kind"])
    if "status" in out:
        out["status"] = AgreementStatus(out["status"])
    return out


def create_agreement(
    store: Store,
    values: Mapping[str, Any],
    *,
    agreement_id: str | None = None,
    with_clauses: bool = True,
) -> ChangeSet:
    """A new agreement (`values` holds AGREEMENT_FIELDS) with the clause set of its kind."""
    fields = _typed({f: values[f] for f in AGREEMENT_FIELDS})
    ensure_agreement_valid(fields)
    if agreement_id is not None:
        fields["id"] = agreement_id
    agreement = Agreement(**fields)

    def work(s: Session) -> None:
        s.add(agreement)
        s.flush()
        if with_clauses:
            s.add_all(default_clauses(agreement.id, agreement.kind))

    return store.write(
        msg(QT_TRANSLATE_NOOP("messages", "New agreement {title}"), title=repr(agreement.title)),
        work,
    )


def edit_agreement(store: Store, agreement_id: str, changes: Mapping[str, Any]) -> ChangeSet:
    """Change some of an agreement's fields (AGREEMENT_FIELDS)."""
    unknown = set(changes) - set(AGREEMENT_FIELDS)
    if unknown:
        raise ValueError(f"not agreement fields: {sorted(unknown)}")
    typed = _typed(changes)

    def work(s: Session) -> None:
        row = s.get(Agreement, agreement_id)
        if row is None:
            raise LookupError(
                msg(QT_TRANSLATE_NOOP("messages", "This agreement no longer exists."))
            )
        ensure_agreement_valid({**{f: getattr(row, f) for f in AGREEMENT_FIELDS}, **typed})
        for field, value in typed.items():
            setattr(row, field, value)

    return store.write(msg(QT_TRANSLATE_NOOP("messages", "Edit agreement")), work)


def _renumber(ordered: Sequence[AgreementClause]) -> None:
    for position, clause in enumerate(ordered, start=1):
        if clause.position != position:
            clause.position = position


def add_clause(
    store: Store,
    agreement_id: str,
    heading: str,
    body: str,
    clause_key: str = "",
    *,
    index: int | None = None,
    clause_id: str | None = None,
) -> ChangeSet:
    """Insert a clause at `index` (0-based; None = at the end) and renumber."""
    ensure_clause_valid(heading, body)

    def work(s: Session) -> None:
        if s.get(Agreement, agreement_id) is None:
            raise LookupError(
                msg(QT_TRANSLATE_NOOP("messages", "This agreement no longer exists."))
            )
        clauses = ordered_clauses(s, agreement_id)
        at = len(clauses) if index is None else max(0, min(index, len(clauses)))
        values: dict[str, Any] = {"id": clause_id} if clause_id is not None else {}
        clause = AgreementClause(
            agreement_id=agreement_id,
            heading=heading,
            body=body,
            clause_key=clause_key,
            position=at + 1,
            **values,
        )
        s.add(clause)
        _renumber([*clauses[:at], clause, *clauses[at:]])

    return store.write(
        msg(QT_TRANSLATE_NOOP("messages", "Add clause {heading}"), heading=repr(heading)), work
    )


def edit_clause(store: Store, clause_id: str, heading: str, body: str) -> ChangeSet:
    ensure_clause_valid(heading, body)

    def work(s: Session) -> None:
        row = s.get(AgreementClause, clause_id)
        if row is None:
            raise LookupError(GONE)
        row.heading, row.body = heading, body

    return store.write(
        msg(QT_TRANSLATE_NOOP("messages", "Edit clause {heading}"), heading=repr(heading)), work
    )


def remove_clause(store: Store, clause_id: str) -> ChangeSet:
    """Remove a clause; the ones after it move up a number."""
    with store.read() as s:
        row = s.get(AgreementClause, clause_id)
        heading = row.heading if row is not None else ""

    def work(s: Session) -> None:
        row = s.get(AgreementClause, clause_id)
        if row is None:
            raise LookupError(GONE)
        rest = [c for c in ordered_clauses(s, row.agreement_id) if c.id != clause_id]
        s.delete(row)
        s.flush()
        _renumber(rest)

    return store.write(
        msg(QT_TRANSLATE_NOOP("messages", "Remove clause {heading}"), heading=repr(heading)), work
    )


def move_clause(store: Store, clause_id: str, step: int) -> ChangeSet:
    """Move a clause up (-1) or down (+1) in the numbering; an empty change set when it is
    already first or last."""

    def work(s: Session) -> None:
        row = s.get(AgreementClause, clause_id)
        if row is None:
            raise LookupError(GONE)
        clauses = ordered_clauses(s, row.agreement_id)
        i = next(n for n, c in enumerate(clauses) if c.id == clause_id)
        j = max(0, min(len(clauses) - 1, i + step))
        clauses.insert(j, clauses.pop(i))
        _renumber(clauses)

    up, down = (
        QT_TRANSLATE_NOOP("messages", "Move clause up"),
        QT_TRANSLATE_NOOP("messages", "Move clause down"),
    )
    return store.write(msg(up if step < 0 else down), work)
