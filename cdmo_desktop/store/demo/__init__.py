"""The demo portfolio: a realistic, deterministic set of partners, clients and engagements.

Everything is written through `store.session()`, so rows are derived, validated and
change-logged exactly as if a consultant had typed them. Dates are relative to `today`, and
ids come from a fixed seed, so two demo databases made on the same day are identical.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from cdmo_desktop.store.demo._build import Ctx, Ids
from cdmo_desktop.store.demo.engagement import EngagementSpec, add_engagement
from cdmo_desktop.store.demo.kpis import add_own_library
from cdmo_desktop.store.demo.partners import add_clients, add_partners
from cdmo_desktop.store.derived_partners import refresh_search_extra
from cdmo_desktop.store.store import Store

SEED = 20261120
DEMO_USER_REASON = "Demo portfolio"


def engagement_specs() -> list[EngagementSpec]:
    from cdmo_desktop.store.demo import eng_fill_finish, eng_lead_opt, eng_process, eng_scale_up

    return [eng_lead_opt.SPEC, eng_process.SPEC, eng_scale_up.SPEC, eng_fill_finish.SPEC]


def populate(
    store: Store, today: date | None = None, step: Callable[[int, str], None] | None = None
) -> None:
    """Write the demo portfolio into `store` (normally an empty database). `step(percent,
    text)` is called before each part; an exception it raises (a cancel) stops there."""
    say = step or (lambda _percent, _text: None)
    ctx = Ctx(today=today or date.today(), ids=Ids(SEED))
    specs = engagement_specs()
    say(5, "Adding partners and clients")
    with store.session(reason=DEMO_USER_REASON) as s:
        add_partners(s, ctx)
        add_clients(s, ctx)
        add_own_library(s, ctx)
        s.flush()
        refresh_search_extra(s)  # the register finds partners by site and contact names
    for n, spec in enumerate(specs):
        say(20 + n * 70 // len(specs), f"Adding engagement {n + 1} of {len(specs)}")
        with store.session(reason=DEMO_USER_REASON) as s:
            add_engagement(s, ctx, spec)
    from cdmo_desktop.store.demo.reassessments import add_reassessments

    say(92, "Adding partner reassessments")
    add_reassessments(store, ctx)
