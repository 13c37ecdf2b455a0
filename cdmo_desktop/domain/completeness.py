"""How far the kickoff charter answers its questions: a checklist and a percentage.

A question is *unanswered* when its fields are empty and *thin* when the answer is a
placeholder ("TBD", "n/a", "?") or shorter than the words it needs to say anything useful
(a scope in three words does not settle anything at kickoff). Pure: the store gathers the
facts (`store.charters.completeness_for`), this module judges them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from cdmo_desktop.domain.enums import Side
from cdmo_desktop.domain.messages import (
    AND,
    QT_TRANSLATE_NOOP,
    Message,
    listed,
    msg,
    sentence_case,
)

EMPTY = QT_TRANSLATE_NOOP("messages", "{name} is empty")
THIN = QT_TRANSLATE_NOOP("messages", "{name} is thin (say it in at least {words} words)")
ADD_PEOPLE = {
    ("client",): QT_TRANSLATE_NOOP(
        "messages", "Add the client side's people on the Team & RACI tab."
    ),
    ("partner",): QT_TRANSLATE_NOOP(
        "messages", "Add the partner side's people on the Team & RACI tab."
    ),
    ("client", "partner"): QT_TRANSLATE_NOOP(
        "messages", "Add the client and partner side's people on the Team & RACI tab."
    ),
}

PLACEHOLDERS = frozenset(
    {
        "tbd",
        "tba",
        "tbc",
        "n/a",
        "na",
        "none",
        "todo",
        "to do",
        "?",
        "-",
        "--",
        "...",
        "x",
        "to be defined",
        "to be decided",
        "to be confirmed",
        "later",
        "pending",
    }
)
# Fewest words an answer needs before it is more than a heading.
SCOPE_WORDS = 5
METHODS_WORDS = 5
TECH_TRANSFER_WORDS = 3
CLIENT_ROLE_WORDS = 2
WHERE_WORDS = 2
MIN_ESCALATION_LEVELS = 2
MIN_ATTENDEES = 2

_WORD = re.compile(r"[\w][\w'’./-]*", re.UNICODE)


@dataclass(frozen=True)
class MetricFacts:
    metric: str
    target: str = ""
    how_measured: str = ""


@dataclass(frozen=True)
class EscalationFacts:
    who: str
    when_to_escalate: str = ""
    response_time_hours: int | None = None


@dataclass(frozen=True)
class CharterFacts:
    """Everything the checklist looks at, as plain values."""

    who_summary: str = ""
    decision_maker: str = ""
    team_sides: Sequence[Side | str] = ()
    workstreams: int = 0
    raci_violations: int = 0
    kickoff_date: date | None = None
    planned_start: date | None = None
    planned_end: date | None = None
    decision_gates: int = 0
    site_count: int = 0
    where_notes: str = ""
    scope: str = ""
    deliverables: str = ""
    methods: str = ""
    quality_standards: str = ""
    tech_transfer: str = ""
    client_provides: str = ""
    client_approves: str = ""
    client_reviews: str = ""
    metrics: Sequence[MetricFacts] = ()
    escalation: Sequence[EscalationFacts] = ()
    channels: int = 0
    kickoff_place: str = ""
    attendees: int = 0
    client_signatory: str = ""
    client_signed_date: date | None = None
    partner_signatory: str = ""
    partner_signed_date: date | None = None


@dataclass(frozen=True)
class CompletenessItem:
    key: str
    label: str
    ok: bool
    hint: str = ""


@dataclass(frozen=True)
class Completeness:
    items: tuple[CompletenessItem, ...] = field(default_factory=tuple)

    @property
    def percent(self) -> int:
        if not self.items:
            return 0
        return round(100 * sum(i.ok for i in self.items) / len(self.items))

    @property
    def missing(self) -> list[CompletenessItem]:
        return [i for i in self.items if not i.ok]

    def item(self, key: str) -> CompletenessItem:
        return next(i for i in self.items if i.key == key)


def word_count(text: str) -> int:
    return len(_WORD.findall(text or ""))


def is_placeholder(text: str) -> bool:
    return " ".join((text or "").split()).casefold().strip(" .!") in PLACEHOLDERS | {""}


def answer_state(text: str, min_words: int) -> str:
    """ "missing", "thin" or "ok" for one free-text answer."""
    if not (text or "").strip():
        return "missing"
    if is_placeholder(text) or word_count(text) < min_words:
        return "thin"
    return "ok"


def _text_item(
    key: str, label: str, answers: Sequence[tuple[str, str]], words: int
) -> CompletenessItem:
    problems: list[str] = []
    for name, text in answers:
        state = answer_state(text, words)
        if state == "missing":
            problems.append(msg(EMPTY, name=name))
        elif state == "thin":
            problems.append(msg(THIN, name=name, words=words))
    hint = ""
    if problems:
        names = {f"p{n}": problem for n, problem in enumerate(problems)}
        joined = Message("; ".join("{" + k + "}" for k in names) + ".", **names)
        hint = sentence_case(joined)
    return CompletenessItem(key, label, not problems, hint)


def _sides(facts: CharterFacts) -> set[Side]:
    return {Side(s) for s in facts.team_sides}


def _who(facts: CharterFacts) -> list[CompletenessItem]:
    sides = _sides(facts)
    lacking = [s.value for s in (Side.CLIENT, Side.PARTNER) if s not in sides]
    people = CompletenessItem(
        "who.people",
        msg(QT_TRANSLATE_NOOP("messages", "Who: named people on both sides")),
        not lacking,
        msg(ADD_PEOPLE[tuple(lacking)]) if lacking else "",
    )
    decides = CompletenessItem(
        "who.decides",
        msg(QT_TRANSLATE_NOOP("messages", "Who decides")),
        bool(facts.decision_maker.strip()) and not is_placeholder(facts.decision_maker),
        ""
        if facts.decision_maker.strip()
        else msg(QT_TRANSLATE_NOOP("messages", "Name the person who takes the decisions.")),
    )
    raci_hint: str
    if facts.workstreams == 0:
        raci_hint = msg(
            QT_TRANSLATE_NOOP("messages", "Add the workstreams or deliverables to the RACI grid.")
        )
    elif facts.raci_violations:
        one = QT_TRANSLATE_NOOP(
            "messages",
            "1 RACI problem: each workstream needs exactly one "
            "Accountable and at least one Responsible.",
        )
        many = QT_TRANSLATE_NOOP(
            "messages",
            "{count} RACI problems: each workstream needs exactly one "
            "Accountable and at least one Responsible.",
        )
        raci_hint = (
            msg(one) if facts.raci_violations == 1 else msg(many, count=facts.raci_violations)
        )
    else:
        raci_hint = ""
    raci = CompletenessItem(
        "who.raci",
        msg(QT_TRANSLATE_NOOP("messages", "Who: RACI for every workstream")),
        not raci_hint,
        raci_hint,
    )
    return [people, decides, raci]


def _when(facts: CharterFacts) -> list[CompletenessItem]:
    missing = [
        name
        for name, value in (
            (msg(QT_TRANSLATE_NOOP("messages", "kickoff date")), facts.kickoff_date),
            (msg(QT_TRANSLATE_NOOP("messages", "planned start")), facts.planned_start),
            (msg(QT_TRANSLATE_NOOP("messages", "planned end")), facts.planned_end),
        )
        if value is None
    ]
    dates = CompletenessItem(
        "when.dates",
        msg(QT_TRANSLATE_NOOP("messages", "When: kickoff date, planned start and end")),
        not missing,
        msg(QT_TRANSLATE_NOOP("messages", "Set the {missing}."), missing=listed(missing))
        if missing
        else "",
    )
    gates = CompletenessItem(
        "when.decision_points",
        msg(QT_TRANSLATE_NOOP("messages", "When: decision points (go/no-go gates)")),
        facts.decision_gates > 0,
        ""
        if facts.decision_gates
        else msg(
            QT_TRANSLATE_NOOP("messages", "Add the go/no-go decision gates on the Schedule tab.")
        ),
    )
    return [dates, gates]


def _where(facts: CharterFacts) -> CompletenessItem:
    ok = facts.site_count > 0 or answer_state(facts.where_notes, WHERE_WORDS) == "ok"
    return CompletenessItem(
        "where",
        msg(QT_TRANSLATE_NOOP("messages", "Where: partner sites, labs or plants")),
        ok,
        ""
        if ok
        else msg(
            QT_TRANSLATE_NOOP(
                "messages", "Pick the partner sites where the work is done, or describe the place."
            )
        ),
    )


def _metrics(facts: CharterFacts) -> CompletenessItem:
    hint: str
    if not facts.metrics:
        hint = msg(
            QT_TRANSLATE_NOOP(
                "messages",
                "Agree at least one success metric with its target and how it is measured.",
            )
        )
    else:
        incomplete = [
            m.metric or msg(QT_TRANSLATE_NOOP("messages", "metric {i}"), i=i)
            for i, m in enumerate(facts.metrics, 1)
            if not (m.metric.strip() and m.target.strip() and m.how_measured.strip())
        ]
        hint = (
            msg(
                QT_TRANSLATE_NOOP(
                    "messages", "Give a target and how it is measured for: {metrics}."
                ),
                metrics=listed(incomplete),
            )
            if incomplete
            else ""
        )
    return CompletenessItem(
        "metrics",
        msg(QT_TRANSLATE_NOOP("messages", "Success metrics with targets")),
        not hint,
        hint,
    )


def _escalation(facts: CharterFacts) -> CompletenessItem:
    levels = list(facts.escalation)
    hint: str
    if len(levels) < MIN_ESCALATION_LEVELS:
        hint = msg(
            QT_TRANSLATE_NOOP(
                "messages",
                "An escalation path needs at least {levels} levels "
                "(who, when to escalate, response time).",
            ),
            levels=MIN_ESCALATION_LEVELS,
        )
    else:
        vague = [
            str(i)
            for i, x in enumerate(levels, 1)
            if not (
                x.who.strip() and x.when_to_escalate.strip() and x.response_time_hours is not None
            )
        ]
        hint = (
            msg(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Level {levels}: say who, when to escalate and the expected response time.",
                ),
                levels=", ".join(vague),
            )
            if vague
            else ""
        )
    return CompletenessItem(
        "escalation", msg(QT_TRANSLATE_NOOP("messages", "Escalation path")), not hint, hint
    )


def _kickoff(facts: CharterFacts) -> CompletenessItem:
    missing: list[str] = []
    if facts.kickoff_date is None:
        missing.append(msg(QT_TRANSLATE_NOOP("messages", "the date")))
    if not facts.kickoff_place.strip():
        missing.append(msg(QT_TRANSLATE_NOOP("messages", "the place")))
    if facts.attendees < MIN_ATTENDEES:
        missing.append(msg(QT_TRANSLATE_NOOP("messages", "the attendees")))
    return CompletenessItem(
        "kickoff",
        msg(QT_TRANSLATE_NOOP("messages", "Kickoff meeting: date, place, attendees")),
        not missing,
        msg(
            QT_TRANSLATE_NOOP("messages", "Record {missing} of the kickoff meeting."),
            missing=listed(missing),
        )
        if missing
        else "",
    )


def _signoff(facts: CharterFacts) -> CompletenessItem:
    missing: list[str] = []
    if not (facts.client_signatory.strip() and facts.client_signed_date):
        missing.append(msg(QT_TRANSLATE_NOOP("messages", "the client")))
    if not (facts.partner_signatory.strip() and facts.partner_signed_date):
        missing.append(msg(QT_TRANSLATE_NOOP("messages", "the partner")))
    return CompletenessItem(
        "signoff",
        msg(QT_TRANSLATE_NOOP("messages", "Signed off by both sides")),
        not missing,
        msg(
            QT_TRANSLATE_NOOP("messages", "Waiting for the signature of {missing}."),
            missing=listed(missing, AND),
        )
        if missing
        else "",
    )


def charter_completeness(facts: CharterFacts) -> Completeness:
    """The kickoff checklist, one item per question, in the order of the charter form."""
    items: list[CompletenessItem] = [*_who(facts), *_when(facts), _where(facts)]
    items.append(
        _text_item(
            "how.scope",
            msg(QT_TRANSLATE_NOOP("messages", "How: scope and deliverables")),
            [
                (msg(QT_TRANSLATE_NOOP("messages", "scope")), facts.scope),
                (msg(QT_TRANSLATE_NOOP("messages", "deliverables")), facts.deliverables),
            ],
            SCOPE_WORDS,
        )
    )
    items.append(
        _text_item(
            "how.methods",
            msg(QT_TRANSLATE_NOOP("messages", "How: methods and quality standards")),
            [
                (msg(QT_TRANSLATE_NOOP("messages", "methods")), facts.methods),
                (msg(QT_TRANSLATE_NOOP("messages", "quality standards")), facts.quality_standards),
            ],
            METHODS_WORDS,
        )
    )
    items.append(
        _text_item(
            "how.tech_transfer",
            msg(QT_TRANSLATE_NOOP("messages", "How: tech transfer")),
            [(msg(QT_TRANSLATE_NOOP("messages", "tech transfer")), facts.tech_transfer)],
            TECH_TRANSFER_WORDS,
        )
    )
    items.append(
        _text_item(
            "client.role",
            msg(
                QT_TRANSLATE_NOOP("messages", "How the client fits in: provides, approves, reviews")
            ),
            [
                (
                    msg(QT_TRANSLATE_NOOP("messages", "what the client provides")),
                    facts.client_provides,
                ),
                (
                    msg(QT_TRANSLATE_NOOP("messages", "what the client approves")),
                    facts.client_approves,
                ),
                (
                    msg(QT_TRANSLATE_NOOP("messages", "what the client reviews")),
                    facts.client_reviews,
                ),
            ],
            CLIENT_ROLE_WORDS,
        )
    )
    items.append(_metrics(facts))
    items.append(_escalation(facts))
    items.append(
        CompletenessItem(
            "communication",
            msg(QT_TRANSLATE_NOOP("messages", "Communication plan")),
            facts.channels > 0,
            ""
            if facts.channels
            else msg(
                QT_TRANSLATE_NOOP(
                    "messages", "Add the meetings, calls and reports on the Communication tab."
                )
            ),
        )
    )
    items.append(_kickoff(facts))
    items.append(_signoff(facts))
    return Completeness(tuple(items))
