"""Writes of partner reassessments, each one undo step (a ChangeSet through Store.write):

- `start_reassessment`: a phase change or a go/no-go gate asks for one; "Later" leaves it
  postponed and due in two weeks (the Portfolio agenda shows it until it is done);
- `save_reassessment`: the scores (current partner and candidates), evidence, comments and
  the candidates compared, as a draft (a score may wait for its evidence until completion);
- `complete_reassessment`: the same, plus the outcome. In the same change set the partner's
  KPI scorecard is frozen into the reassessment, the outcome becomes a decision in the
  engagement's decision log (linked to the gate), each condition an action item with its
  owner and due date, and the open risks linked to the gate or to the phases are put up for
  review today.

A broken rule raises ValidationError with one sentence per field and writes nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlmodel import Session, col, select

from cdmo_desktop.domain import risk_review
from cdmo_desktop.domain.enums import ActionSource, GateOutcome, Phase, Side
from cdmo_desktop.domain.formats import date_text
from cdmo_desktop.domain.messages import QT_TRANSLATE_NOOP, msg
from cdmo_desktop.domain.models import (
    ActionItem,
    Decision,
    Engagement,
    Milestone,
    Partner,
    Reassessment,
    ReassessmentCandidate,
    ReassessmentScore,
    Risk,
    new_id,
)
from cdmo_desktop.domain.reassessment import (
    POSTPONE_DAYS,
    ConditionEntry,
    Criterion,
    ReassessmentOutcome,
    ReassessmentStatus,
    ReassessmentTrigger,
    ScoreEntry,
    completion_errors,
    score_errors,
    score_text,
)
from cdmo_desktop.domain.validation import ValidationError
from cdmo_desktop.store.engagement_edits import get_row, set_values, write_labelled
from cdmo_desktop.store.reassessment_scorecard import scorecard_json
from cdmo_desktop.store.reassessments import (
    condition_tag,
    open_reassessment_id,
    previous_completed_id,
)

if TYPE_CHECKING:
    from cdmo_desktop.store.changesets import ChangeSet
    from cdmo_desktop.store.store import Store

ENTITY = "Reassessment"
GATE_OUTCOMES = {
    ReassessmentOutcome.CONTINUE: GateOutcome.GO,
    ReassessmentOutcome.CONTINUE_WITH_CONDITIONS: GateOutcome.GO_WITH_CONDITIONS,
    ReassessmentOutcome.SECOND_SOURCE: GateOutcome.GO_WITH_CONDITIONS,
    ReassessmentOutcome.RE_TENDER: GateOutcome.NO_GO,
    ReassessmentOutcome.EXIT: GateOutcome.NO_GO,
}


@dataclass(frozen=True)
class Trigger:
    """What asks for a reassessment: a phase change (from, to) or a gate milestone."""

    kind: ReassessmentTrigger
    from_phase: Phase | None = None
    to_phase: Phase | None = None
    milestone_id: str | None = None


@dataclass(frozen=True)
class ReassessmentForm:
    """The editor's values."""

    entries: tuple[ScoreEntry, ...] = ()
    candidates: tuple[str, ...] = ()  # partner ids, in the order they are shown
    assessor: str = ""
    assessed_on: date | None = None
    outcome: ReassessmentOutcome | None = None
    outcome_note: str = ""
    conditions: tuple[ConditionEntry, ...] = ()


def start_reassessment(
    store: Store,
    engagement_id: str,
    trigger: Trigger,
    today: date,
    *,
    later: bool = False,
    reassessment_id: str | None = None,
) -> ChangeSet:
    """A reassessment of the engagement's partner, due today ("Now") or postponed and due
    in POSTPONE_DAYS ("Later"). An open one of the engagement is reused, not doubled."""

    def work(s: Session) -> str:
        eng = get_row(s, Engagement, engagement_id)
        partner = get_row(s, Partner, eng.partner_id)
        status = ReassessmentStatus.POSTPONED if later else ReassessmentStatus.DUE
        due = today + timedelta(days=POSTPONE_DAYS) if later else today
        values: dict[str, Any] = {
            "trigger": trigger.kind,
            "from_phase": trigger.from_phase,
            "to_phase": trigger.to_phase,
            "milestone_id": trigger.milestone_id,
            "status": status,
            "due_date": due,
        }
        existing = open_reassessment_id(s, engagement_id)
        if existing is not None:
            set_values(get_row(s, Reassessment, existing), values)
        else:
            s.add(
                Reassessment(
                    id=reassessment_id or new_id(),
                    engagement_id=engagement_id,
                    partner_id=eng.partner_id,
                    previous_id=previous_completed_id(s, eng.partner_id),
                    **values,
                )
            )
        if later:
            return msg(
                QT_TRANSLATE_NOOP("messages", "Reassess {name} (due {date})"),
                name=partner.name,
                date=date_text(due),
            )
        return msg(QT_TRANSLATE_NOOP("messages", "Reassess {name} (now)"), name=partner.name)

    return write_labelled(store, work)


def _names(s: Session, ids: Sequence[str]) -> dict[str, str]:
    if not ids:
        return {}
    rows = s.exec(select(Partner.id, Partner.name).where(col(Partner.id).in_(list(ids)))).all()
    return dict(rows)


def _check_scores(
    s: Session, r: Reassessment, form: ReassessmentForm, *, completing: bool = False
) -> dict[str, str]:
    allowed = {r.partner_id, *form.candidates}
    names = _names(s, sorted(allowed))
    errors: dict[str, str] = {}
    for pid in form.candidates:
        if pid not in names:
            errors[f"candidates:{pid}"] = msg(
                QT_TRANSLATE_NOOP("messages", "A candidate partner no longer exists.")
            )
        elif pid == r.partner_id:
            errors[f"candidates:{pid}"] = msg(
                QT_TRANSLATE_NOOP("messages", "The current partner cannot also be a candidate.")
            )
    for entry in form.entries:
        if entry.partner_id not in allowed:
            errors[f"{entry.partner_id}:{entry.criterion}"] = msg(
                QT_TRANSLATE_NOOP("messages", "A score belongs to a partner that is not compared.")
            )
            continue
        name = names.get(entry.partner_id, "")
        errors.update(score_errors(entry, name, require_evidence=completing))
    return errors


IdMaker = Callable[[], str]


def _write_scores(
    s: Session, r: Reassessment, form: ReassessmentForm, make_id: IdMaker = new_id
) -> None:
    wanted = {(e.partner_id, Criterion(e.criterion)): e for e in form.entries if not e.blank}
    existing = s.exec(
        select(ReassessmentScore).where(ReassessmentScore.reassessment_id == r.id)
    ).all()
    keep = {r.partner_id, *form.candidates}
    for row in existing:
        key = (row.partner_id, Criterion(row.criterion))
        if key not in wanted or row.partner_id not in keep:
            s.delete(row)
        else:
            e = wanted.pop(key)
            set_values(row, {"score": e.score, "evidence": e.evidence, "comment": e.comment})
    s.flush()
    for (pid, crit), e in wanted.items():
        s.add(
            ReassessmentScore(
                id=make_id(),
                reassessment_id=r.id,
                partner_id=pid,
                criterion=crit,
                score=e.score,
                evidence=e.evidence,
                comment=e.comment,
            )
        )
    candidates = s.exec(
        select(ReassessmentCandidate).where(ReassessmentCandidate.reassessment_id == r.id)
    ).all()
    by_partner = {c.partner_id: c for c in candidates}
    for c in candidates:
        if c.partner_id not in form.candidates:
            s.delete(c)
    for i, pid in enumerate(form.candidates):
        if pid in by_partner:
            set_values(by_partner[pid], {"position": i})
        else:
            s.add(
                ReassessmentCandidate(
                    id=make_id(), reassessment_id=r.id, partner_id=pid, position=i
                )
            )
    set_values(
        r,
        {
            "assessor": form.assessor.strip(),
            "assessed_on": form.assessed_on,
            "outcome_note": form.outcome_note,
        },
    )


def save_reassessment(
    store: Store, reassessment_id: str, form: ReassessmentForm, *, make_id: IdMaker = new_id
) -> ChangeSet:
    """Save the scores, evidence, comments and candidates as they stand (a draft).
    `make_id` gives the new rows' ids (the demo portfolio's are seeded)."""

    def work(s: Session) -> str:
        r = get_row(s, Reassessment, reassessment_id)
        errors = _check_scores(s, r, form)
        if errors:
            raise ValidationError(errors, ENTITY)
        _write_scores(s, r, form, make_id)
        partner = get_row(s, Partner, r.partner_id)
        return msg(QT_TRANSLATE_NOOP("messages", "Edit reassessment of {name}"), name=partner.name)

    return write_labelled(store, work)


def complete_reassessment(
    store: Store,
    reassessment_id: str,
    form: ReassessmentForm,
    today: date,
    *,
    make_id: IdMaker = new_id,
) -> ChangeSet:
    """Record the outcome (see the module's docstring): one change set, one undo step."""

    def work(s: Session) -> str:
        r = get_row(s, Reassessment, reassessment_id)
        errors = _check_scores(s, r, form, completing=True)
        errors.update(
            completion_errors(
                r.partner_id,
                form.entries,
                form.outcome,
                form.assessed_on,
                form.assessor,
                form.conditions,
            )
        )
        if r.status == ReassessmentStatus.COMPLETED:
            errors["status"] = msg(
                QT_TRANSLATE_NOOP("messages", "This reassessment is already completed.")
            )
        if errors:
            raise ValidationError(errors, ENTITY)
        assert form.outcome is not None and form.assessed_on is not None
        _write_scores(s, r, form, make_id)
        s.flush()
        partner = get_row(s, Partner, r.partner_id)
        decision = _decision(r, form, partner.name, make_id())
        s.add(decision)
        s.flush()
        tag = condition_tag(r.id)
        for c in form.conditions:
            s.add(
                ActionItem(
                    id=make_id(),
                    engagement_id=r.engagement_id,
                    description=c.text.strip(),
                    owner=c.owner.strip(),
                    due_date=c.due,
                    source=ActionSource.OTHER,
                    raised_by=Side.CONSULTANT,
                    raised_date=form.assessed_on,
                    notes=f"Condition of the reassessment of {partner.name} {tag}",
                )
            )
        _put_risks_up_for_review(s, r, today)
        set_values(
            r,
            {
                "status": ReassessmentStatus.COMPLETED,
                "outcome": form.outcome,
                "decision_id": decision.id,
                "scorecard_json": scorecard_json(s, r.partner_id, form.assessed_on),
                "previous_id": r.previous_id
                or previous_completed_id(s, r.partner_id, form.assessed_on, exclude=r.id),
            },
        )
        return msg(
            QT_TRANSLATE_NOOP("messages", "Complete reassessment of {name}: {outcome}"),
            name=partner.name,
            outcome=msg(form.outcome.label),
        )

    return write_labelled(store, work)


def _decision(r: Reassessment, form: ReassessmentForm, partner: str, decision_id: str) -> Decision:
    assert form.outcome is not None and form.assessed_on is not None
    scored = sorted(
        (e for e in form.entries if e.partner_id == r.partner_id and e.score is not None),
        key=lambda e: list(Criterion).index(Criterion(e.criterion)),
    )
    rationale = "\n".join(f"{Criterion(e.criterion).label}: {score_text(e.score)}" for e in scored)
    if form.outcome_note.strip():
        rationale = f"{form.outcome_note.strip()}\n\n{rationale}"
    options = ", ".join(o.label for o in ReassessmentOutcome)
    conditions = "\n".join(f"- {c.text.strip()} ({c.owner.strip()})" for c in form.conditions)
    text = f"{form.outcome.label} with {partner}."
    if conditions:
        text += f"\nConditions:\n{conditions}"
    return Decision(
        id=decision_id,
        engagement_id=r.engagement_id,
        decision_date=form.assessed_on,
        title=f"Partner reassessment: {form.outcome.label}"[:300],
        options_considered=options,
        decision=text,
        rationale=rationale,
        decided_by=form.assessor.strip()[:200],
        milestone_id=r.milestone_id,
        gate_outcome=GATE_OUTCOMES[form.outcome] if r.milestone_id else None,
    )


def _put_risks_up_for_review(s: Session, r: Reassessment, today: date) -> None:
    """Open risks linked to the gate, or to a schedule item of the phases concerned, get
    their next review today (they show as due on the agenda and in the register)."""
    phases = [p.value for p in (r.from_phase, r.to_phase) if p is not None]
    linked: list[sa.ColumnElement[bool]] = []
    if r.milestone_id:
        linked.append(col(Milestone.id) == r.milestone_id)
    if phases:
        linked.append(col(Milestone.phase).in_(phases))
    if not linked:
        return
    milestone_ids = select(Milestone.id).where(
        Milestone.engagement_id == r.engagement_id, sa.or_(*linked)
    )
    risks = s.exec(
        select(Risk).where(
            Risk.engagement_id == r.engagement_id,
            col(Risk.milestone_id).in_(milestone_ids),
            col(Risk.status).in_([x.value for x in risk_review.ACTIVE_STATUSES]),
        )
    ).all()
    for risk in risks:
        if risk.next_review_date is None or risk.next_review_date > today:
            earliest = max(today, risk.raised_date) if risk.raised_date else today
            set_values(risk, {"next_review_date": earliest})
