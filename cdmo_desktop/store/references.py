"""What the command line accepts to name an engagement or an agreement.

An agreement is named by its id, its own reference ("NLB-GLP-MSA-01") or its title; an
engagement by its id or its title; a partner by its id or its name. References, titles
and names match whole and without regard to case. No match, or several, is a
NotFoundError whose one-line message lists the close matches (or the candidates to tell
apart by id).
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlmodel import col, select

from cdmo_desktop.domain.messages import QT_TRANSLATE_NOOP, msg
from cdmo_desktop.domain.models import Agreement, Engagement, Partner
from cdmo_desktop.store.snapshots import NotFoundError

if TYPE_CHECKING:
    from cdmo_desktop.store.store import Store

SHOWN = 4  # close matches named in a message


@dataclass(frozen=True)
class Candidate:
    id: str
    title: str
    reference: str = ""
    version: int | None = None

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(n for n in (self.reference, self.title) if n.strip())

    def describe(self) -> str:
        version = f", version {self.version}" if self.version and self.version > 1 else ""
        if self.reference.strip():
            return f"{self.reference} “{self.title}”{version}"
        return f"“{self.title}”{version}"


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()


def _likeness(wanted: str, name: str) -> float:
    """How alike `wanted` is to a name, or to its beginning ("quality agrement" is close
    to "quality agreement for api manufacture")."""
    name = _fold(name)
    whole = difflib.SequenceMatcher(None, wanted, name).ratio()
    start = difflib.SequenceMatcher(None, wanted, name[: len(wanted)]).ratio()
    return max(whole, start)


def _close(candidates: Sequence[Candidate], ref: str) -> list[Candidate]:
    """Candidates whose reference or title contains `ref`, then those that read alike."""
    wanted = _fold(ref)
    inside = [c for c in candidates if any(wanted in _fold(n) for n in c.names)]
    scored = sorted(
        ((max(_likeness(wanted, n) for n in c.names), i) for i, c in enumerate(candidates)),
        reverse=True,
    )
    alike = [candidates[i] for score, i in scored if score >= 0.75]
    out: list[Candidate] = []
    for c in [*inside, *alike]:
        if c not in out:
            out.append(c)
    return out[:SHOWN]


def _choose(candidates: Sequence[Candidate], ref: str, what: str, fields: str) -> str:
    wanted = _fold(ref)
    for field in ("reference", "title"):
        hits = [c for c in candidates if _fold(getattr(c, field)) == wanted and wanted]
        if len(hits) == 1:
            return hits[0].id
        if len(hits) > 1:
            listed = "; ".join(f"{c.id} ({c.describe()})" for c in hits[:SHOWN])
            raise NotFoundError(
                msg(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "{count} {what}s have the {field} {ref!r}: give the id instead: {listed}.",
                    ),
                    count=len(hits),
                    what=what,
                    field=field,
                    ref=ref,
                    listed=listed,
                )
            )
    close = _close(candidates, ref)
    hint = (
        "Close matches: " + "; ".join(c.describe() for c in close) + "."
        if close
        else f"'cdmo-desktop list {what}s' lists them all."
    )
    raise NotFoundError(
        msg(
            QT_TRANSLATE_NOOP(
                "messages", "No {what} with the id or exact {fields} {ref!r}. {hint}"
            ),
            what=what,
            fields=fields,
            ref=ref,
            hint=hint,
        )
    )


def resolve_agreement(store: Store, ref: str) -> str:
    """The id of the agreement whose id, reference or title is `ref`."""
    ref = ref.strip()
    if not ref:
        raise NotFoundError(msg(QT_TRANSLATE_NOOP("messages", "No agreement given.")))
    with store.read() as s:
        if s.get(Agreement, ref) is not None:
            return ref
        rows = s.exec(
            select(Agreement.id, Agreement.title, Agreement.reference, Agreement.version).order_by(
                col(Agreement.title), col(Agreement.version)
            )
        ).all()
    candidates = [Candidate(str(i), str(t), str(r or ""), int(v)) for i, t, r, v in rows]
    return _choose(candidates, ref, "agreement", "title (or reference)")


def resolve_engagement(store: Store, ref: str) -> str:
    """The id of the engagement whose id or title is `ref`."""
    ref = ref.strip()
    if not ref:
        raise NotFoundError(msg(QT_TRANSLATE_NOOP("messages", "No engagement given.")))
    with store.read() as s:
        if s.get(Engagement, ref) is not None:
            return ref
        rows = s.exec(select(Engagement.id, Engagement.title).order_by(col(Engagement.title))).all()
    candidates = [Candidate(str(i), str(t)) for i, t in rows]
    return _choose(candidates, ref, "engagement", "title")


def resolve_partner(store: Store, ref: str) -> str:
    """The id of the partner whose id or name is `ref` (case-blind)."""
    ref = ref.strip()
    if not ref:
        raise NotFoundError(msg(QT_TRANSLATE_NOOP("messages", "No partner given.")))
    with store.read() as s:
        if s.get(Partner, ref) is not None:
            return ref
        rows = s.exec(select(Partner.id, Partner.name).order_by(col(Partner.name))).all()
    candidates = [Candidate(str(i), str(n)) for i, n in rows]
    return _choose(candidates, ref, "partner", "name")
