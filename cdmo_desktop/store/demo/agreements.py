"""Clauses of the demo agreements: the clause library's set for each kind, as a new
agreement gets it, plus the odd clause negotiated for this partnership alone."""

from __future__ import annotations

from cdmo_desktop.domain.enums import AgreementKind
from cdmo_desktop.store.agreements import load_clause_library


def clauses_for(
    kind: AgreementKind | str, extra: list[tuple[str, str]] | None = None
) -> list[tuple[str, str, str]]:
    """(clause key, heading, body) in print order; custom clauses have the key ""."""
    library = load_clause_library()
    out = [(t.key, t.heading, t.body) for t in library.for_kind(kind)]
    out.extend(("", heading, body) for heading, body in extra or [])
    return out
