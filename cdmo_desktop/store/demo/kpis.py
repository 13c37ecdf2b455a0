"""The demo's KPIs: each engagement agrees library KPIs and reports them monthly, with
values that tell a story - most steady near target, one drifting into red, one recovering
from red - computed from formulas, so two demo databases are identical."""

from __future__ import annotations

import math
from dataclasses import dataclass

from sqlmodel import Session

from cdmo_desktop.domain.enums import KpiDirection, KpiPeriod, KpiUnit
from cdmo_desktop.domain.kpi import KpiTemplate, last_periods, shipped_library
from cdmo_desktop.domain.models import Engagement, EngagementKpi, KpiDefinition, KpiMeasurement
from cdmo_desktop.store.demo._build import Ctx


@dataclass(frozen=True)
class KpiPlan:
    """Which library KPIs an engagement reports and over how many months; `drifting` turns
    red over the months, `recovering` climbs back from red."""

    keys: tuple[str, ...]
    months: int
    drifting: str
    recovering: str
    owner_client: str
    owner_partner: str
    data_source: str


OWN_KEY = "own_tech_transfer_docs"
OWN_KPI = KpiDefinition(
    key=OWN_KEY,
    name="Tech-transfer documents on time",
    description="Share of the tech-transfer package (reports, methods, batch records, "
    "specifications) delivered to the receiving site by the agreed date.",
    unit=KpiUnit.PERCENT,
    direction=KpiDirection.HIGHER_BETTER,
    period=KpiPeriod.MONTH,
    default_target=90,
    default_amber=90,
    default_red=70,
    applies_to="cdmo cmo",
)

PLANS = {
    "lead_opt": KpiPlan(
        keys=(
            "on_time_delivery",
            "report_turnaround",
            "query_response",
            "change_order_count",
            "budget_variance",
            "staff_turnover",
            "invoice_accuracy",
        ),
        months=12,
        drifting="report_turnaround",
        recovering="on_time_delivery",
        owner_client="Dr. Sarah Lindqvist",
        owner_partner="Marc-André Gagnon",
        data_source="Laurentian monthly project report",
    ),
    "process": KpiPlan(
        keys=(
            "otif",
            "batch_yield",
            "deviations_per_batch",
            "capa_on_time",
            "coa_turnaround",
            "query_response",
            "change_order_value",
            "budget_variance",
            "staff_turnover",
        ),
        months=9,
        drifting="deviations_per_batch",
        recovering="coa_turnaround",
        owner_client="James Whitaker",
        owner_partner="Kevin Tran",
        data_source="Hollis Ridge KPI sheet",
    ),
    "scale_up": KpiPlan(
        keys=(
            OWN_KEY,
            "otif",
            "right_first_time",
            "batch_yield",
            "oos_results",
            "query_response",
        ),
        months=6,
        drifting="query_response",
        recovering=OWN_KEY,
        owner_client="James Whitaker",
        owner_partner="Srinivas Reddy",
        data_source="Deccan tech-transfer tracker",
    ),
    "fill_finish": KpiPlan(
        keys=(
            "otif",
            "deviations_per_batch",
            "deviation_closure",
            "oos_results",
            "coa_turnaround",
            "batch_record_review",
            "query_response",
            "staff_turnover",
        ),
        months=18,
        drifting="batch_record_review",
        recovering="deviation_closure",
        owner_client="Priya Raman",
        owner_partner="Dr. Katrin Vogel",
        data_source="Rheinwald quality and supply KPI report",
    ),
}

_COMMENTS = {
    "drifting": "Partner QA short of two reviewers; raised at the monthly review.",
    "recovering": "Recovery plan agreed at the steering meeting is showing.",
}


def add_own_library(s: Session, ctx: Ctx) -> None:
    s.add(ctx.make(KpiDefinition, **OWN_KPI.model_dump(exclude={"id"})))


def _template(key: str) -> KpiTemplate:
    if key == OWN_KEY:
        d = OWN_KPI
        return KpiTemplate(
            key=d.key,
            name=d.name,
            unit=d.unit,
            direction=d.direction,
            period=d.period,
            target=d.default_target,
            amber=d.default_amber,
            red=d.default_red,
            description=d.description,
        )
    return next(t for t in shipped_library() if t.key == key)


def story(template: KpiTemplate, shape: str, months: int, salt: int) -> list[float]:
    """`months` values oldest first: "steady" near the target, "drifting" from green to
    beyond the red line, "recovering" from beyond red back to green."""
    target = template.target if template.target is not None else 0.0
    red = template.red if template.red is not None else target
    gap = abs(target - red) or max(1.0, abs(target) * 0.2)
    good = 1.0 if template.direction is KpiDirection.HIGHER_BETTER else -1.0
    out = []
    for i in range(months):
        frac = i / max(months - 1, 1)
        wobble = math.sin(1.7 * i + salt) * 0.12
        if shape == "drifting":
            level = 0.5 - 1.8 * frac**1.4
        elif shape == "recovering":
            level = -1.3 + 1.8 * frac**0.8
        else:
            level = 0.35 + wobble * 0.8
        value = _fit(template.unit, target + good * gap * (level + wobble * 0.3))
        out.append(value if template.key == "budget_variance" else max(0.0, value))
    return out


def _fit(unit: KpiUnit, value: float) -> float:
    if unit is KpiUnit.PERCENT:
        return round(min(100.0, max(0.0, value)), 1)
    if unit is KpiUnit.COUNT:
        return float(max(0, round(value)))
    if unit in (KpiUnit.DAYS, KpiUnit.HOURS):
        return round(max(0.0, value), 1)
    if unit is KpiUnit.MONEY:
        return float(max(0, round(value, -2)))
    return round(value, 2)


def add_kpis(s: Session, ctx: Ctx, key: str, eng: Engagement, charter: list[EngagementKpi]) -> None:
    """The engagement's library KPIs (after its charter metrics) and the measurements of
    every KPI with a numeric target."""
    plan = PLANS[key]
    months = last_periods(KpiPeriod.MONTH, ctx.today, plan.months + 1)[:-1]  # ended ones
    measured: list[tuple[EngagementKpi, KpiTemplate]] = [
        (kpi, _from_kpi(kpi)) for kpi in charter if kpi.target is not None
    ]
    for i, lib_key in enumerate(plan.keys):
        t = _template(lib_key)
        kpi = ctx.make(
            EngagementKpi,
            engagement_id=eng.id,
            position=len(charter) + i,
            library_key=t.key,
            name=t.name,
            description=t.description,
            unit=t.unit,
            direction=t.direction,
            period=KpiPeriod.MONTH,  # every demo engagement agreed monthly reporting
            target=t.target,
            amber=t.amber,
            red=t.red,
            data_source=plan.data_source,
            how_measured=f"Reported monthly in the {plan.data_source}.",
            owner_client=plan.owner_client,
            owner_partner=plan.owner_partner,
        )
        s.add(kpi)
        measured.append((kpi, t))
    for salt, (kpi, t) in enumerate(measured):
        shape = (
            "drifting"
            if t.key == plan.drifting
            else "recovering"
            if t.key == plan.recovering
            else "steady"
        )
        values = story(t, shape, len(months), salt=salt)
        for n, (start, value) in enumerate(zip(months, values, strict=True)):
            last = n == len(months) - 1
            s.add(
                ctx.make(
                    KpiMeasurement,
                    kpi_id=kpi.id,
                    period_start=start,
                    value=value,
                    comment=_COMMENTS.get(shape, "") if last else "",
                    entered_by=plan.owner_partner if n % 3 else "Morgan Ellis",
                )
            )


def _from_kpi(kpi: EngagementKpi) -> KpiTemplate:
    """A charter metric with a numeric target, as a template for its story."""
    return KpiTemplate(
        key="",
        name=kpi.name,
        unit=kpi.unit,
        direction=kpi.direction,
        period=kpi.period,
        target=kpi.target,
        amber=kpi.amber,
        red=kpi.red,
    )
