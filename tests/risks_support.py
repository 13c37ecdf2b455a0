"""Small risk-register fixtures written through the store (so the change log is real).

`add_risk` writes a bare Risk through `Store.write`: the flush hook numbers it, as it numbers
risks from every write path."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from cdmo_desktop.domain.enums import MilestoneKind, PartnerKind, Phase
from cdmo_desktop.domain.models import Client, Decision, Engagement, Milestone, Partner, Risk
from cdmo_desktop.store import Store

TODAY = date(2026, 11, 20)


@dataclass
class Portfolio:
    alpha: str
    beta: str
    gate: str
    task: str
    decision: str


def make_portfolio(store: Store) -> Portfolio:
    with store.session() as s:
        client = Client(name="Nordlicht Bio")
        partner = Partner(name="Hollis Ridge Labs", kind=PartnerKind.CDMO, country="US")
        s.add_all([client, partner])
        s.flush()
        alpha = Engagement(
            title="Alpha scale-up", client_id=client.id, partner_id=partner.id, phase=Phase.SCALE_UP
        )
        beta = Engagement(
            title="Beta fill-finish",
            client_id=client.id,
            partner_id=partner.id,
            phase=Phase.CLINICAL_SUPPLY,
        )
        s.add_all([alpha, beta])
        s.flush()
        task = Milestone(
            engagement_id=alpha.id,
            name="Engineering batch",
            planned_start=date(2026, 10, 1),
            planned_finish=date(2026, 11, 1),
        )
        gate = Milestone(
            engagement_id=alpha.id,
            name="GMP go/no-go",
            kind=MilestoneKind.DECISION_GATE,
            planned_start=date(2026, 12, 15),
            planned_finish=date(2026, 12, 15),
        )
        decision = Decision(
            engagement_id=alpha.id, decision_date=date(2026, 11, 2), title="Add a second supplier"
        )
        s.add_all([task, gate, decision])
        s.flush()
        return Portfolio(alpha.id, beta.id, gate.id, task.id, decision.id)


def add_risk(store: Store, engagement_id: str, title: str = "Supplier delay", **kw: Any) -> Risk:
    values: dict[str, Any] = {
        "number": 0,
        "category": "supply",
        "likelihood": 3,
        "impact": 3,
        "raised_date": date(2026, 9, 1),
        "next_review_date": date(2026, 12, 1),
    }
    values.update(kw)
    risk = Risk(engagement_id=engagement_id, title=title, **values)
    store.write(f"Log risk {title!r}", lambda s: s.add(risk))
    return risk


def wait_counted(qtbot: Any, view: Any) -> None:
    """Until the risk register's counts, read off the GUI thread, have arrived."""
    qtbot.waitUntil(lambda: not view.counting, timeout=5000)
