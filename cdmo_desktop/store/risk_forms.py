"""What the risk form and the Mark reviewed dialog read: one risk's values with its review
history, and the choices of its engagement (owners, milestones with decision gates first,
decisions). `load_risk` and `load_choices` open one short read each and return plain values;
the session-level helpers below them also feed the register's filter choices."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any, NamedTuple

import sqlalchemy as sa
from sqlmodel import Session, col, select

from cdmo_desktop.domain import risk_review
from cdmo_desktop.domain.enums import MilestoneKind
from cdmo_desktop.domain.models import Decision, Engagement, Milestone, Risk, TeamMember
from cdmo_desktop.domain.risk_review import ScorePoint
from cdmo_desktop.store import risk_reviews, triggers

if TYPE_CHECKING:
    from cdmo_desktop.store.store import Store

RISK_FIELDS = (
    "engagement_id",
    "title",
    "category",
    "status",
    "owner",
    "raised_by",
    "raised_date",
    "milestone_id",
    "likelihood",
    "impact",
    "residual_likelihood",
    "residual_impact",
    "description",
    "cause",
    "trigger",
    "mitigation",
    "contingency",
    "review_cadence_days",
    "next_review_date",
    "closed_date",
    "closure_note",
    "realized_decision_id",
)
"""The fields of a risk a consultant sets (its number, score and level are derived)."""

_ENUM_FIELDS = ("category", "status", "raised_by")
R = sa.inspect(Risk).local_table
E = sa.inspect(Engagement).local_table
M = sa.inspect(Milestone).local_table


@dataclass(frozen=True)
class RiskFormData:
    """A risk as the form shows it (`risk_id` None: a new risk, not logged yet)."""

    risk_id: str | None = None
    number: int = 0
    values: dict[str, Any] = field(default_factory=dict)
    last_review: date | None = None
    review_count: int = 0
    history: list[ScorePoint] = field(default_factory=list)

    @property
    def code(self) -> str:
        return risk_review.code(self.number)


@dataclass(frozen=True)
class MilestoneOption:
    id: str
    name: str
    planned_finish: date
    is_gate: bool


class DecisionOption(NamedTuple):
    """A logged decision a realized risk may point to (the GUI formats the date)."""

    id: str
    decision_date: date
    title: str


@dataclass(frozen=True)
class RiskChoices:
    """What the form offers for a risk of `engagement_id` (none but the engagements when
    no engagement is chosen yet)."""

    engagement_id: str | None = None
    engagement_title: str = ""
    owners: list[str] = field(default_factory=list)
    milestones: list[MilestoneOption] = field(default_factory=list)
    decisions: list[DecisionOption] = field(default_factory=list)


def load_risk(store: Store, risk_id: str) -> RiskFormData | None:
    """The risk's fields, reviews and score history; None when it no longer exists."""
    with store.read() as s:
        risk = s.get(Risk, risk_id)
        if risk is None:
            return None
        values = {f: getattr(risk, f) for f in RISK_FIELDS}
        for key in _ENUM_FIELDS:
            values[key] = str(values[key])
        reviews = risk_reviews.reviews_of(s, risk_id)
        return RiskFormData(
            risk_id=risk_id,
            number=risk.number,
            values=values,
            last_review=max((r.review_date for r in reviews), default=None),
            review_count=len(reviews),
            history=risk_reviews.score_history(s, risk_id),
        )


def load_choices(store: Store, engagement_id: str | None) -> RiskChoices:
    """The choices for a risk of `engagement_id` (the engagements themselves are read a
    page at a time by the form's list: store.choice_lists)."""
    if not engagement_id:
        return RiskChoices()
    with store.read() as s:
        return RiskChoices(
            engagement_id,
            engagement_title(s, engagement_id),
            owner_options(s, engagement_id, with_team=True),
            milestone_options(s, engagement_id),
            decision_options(s, engagement_id),
        )


def owner_options(
    session: Session, engagement_id: str | None = None, *, with_team: bool = False
) -> list[str]:
    """Owner names already used (in the engagement, or anywhere), alphabetical; with_team
    adds the engagement's team members (the people a risk is usually given to)."""
    query = sa.select(R.c.owner).where(R.c.owner != "").distinct()
    if engagement_id:
        query = query.where(R.c.engagement_id == engagement_id)
    elif triggers.reads_tallies(session.connection()):
        # Every owner anywhere: the few rows of the owner tally (0015_scale_rest), not a
        # walk over every risk's owner.
        tally = sa.table("risk_owner_tally", sa.column("owner"), sa.column("n"))
        query = sa.select(tally.c.owner).where(tally.c.owner != "", tally.c.n > 0).distinct()
    names = {r[0] for r in session.execute(query)}
    if with_team and engagement_id:
        names.update(
            session.exec(
                select(TeamMember.name).where(TeamMember.engagement_id == engagement_id)
            ).all()
        )
    return sorted(names, key=str.casefold)


def milestone_options(session: Session, engagement_id: str) -> list[MilestoneOption]:
    """An engagement's milestones, decision gates first, then by planned finish."""
    gate = MilestoneKind.DECISION_GATE.value
    rows = session.execute(
        sa.select(M.c.id, M.c.name, M.c.planned_finish, M.c.kind)
        .where(M.c.engagement_id == engagement_id)
        .order_by(sa.case((M.c.kind == gate, 0), else_=1), M.c.planned_finish, M.c.name)
    ).all()
    return [MilestoneOption(r[0], r[1], r[2], str(r[3]) == gate) for r in rows]


def decision_options(session: Session, engagement_id: str) -> list[DecisionOption]:
    """An engagement's logged decisions, newest first."""
    rows = session.exec(
        select(Decision)
        .where(Decision.engagement_id == engagement_id)
        .order_by(col(Decision.decision_date).desc(), col(Decision.title))
    ).all()
    return [DecisionOption(d.id, d.decision_date, d.title) for d in rows]


def engagement_title(session: Session, engagement_id: str) -> str:
    found = session.get(Engagement, engagement_id)
    return found.title if found is not None else ""
