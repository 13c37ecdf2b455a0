"""The Portfolio's dated keys on a team server (store.portfolio_keys): a consultant, who sees
only their clients' engagements, never moves the key day for everyone; a login that sees
every engagement rolls them for all, and a key day a consultant's roll moved before this
rule is not trusted until such a login recomputes every key."""

from __future__ import annotations

from datetime import date, timedelta

import sqlalchemy as sa

from cdmo_desktop.domain.enums import MilestoneKind
from cdmo_desktop.domain.models import Engagement, Milestone
from cdmo_desktop.store import portfolio_keys
from cdmo_desktop.store.portfolio_list import PortfolioList, catch_up
from tests.server_support import Team, seeded_team

DAY = date(2026, 3, 16)
LATER = DAY + timedelta(days=5)
E = Engagement.__table__  # type: ignore[attr-defined]
KEY_DAY = portfolio_keys.KEY_DAY


def _next_milestones(team: Team) -> dict[str, date]:
    """Each engagement's stored next-milestone key, by client name (as the owner sees it)."""
    engine = team.admin_engine()
    try:
        with engine.connect() as conn:
            found: dict[str, date] = dict(conn.execute(sa.select(E.c.id, E.c.pf_next)).all())
    finally:
        engine.dispose()
    return {name: found[eid] for name, eid in team.engagements.items()}


def _key_days(team: Team) -> tuple[date | None, date | None]:
    engine = team.admin_engine()
    try:
        with engine.connect() as conn:
            days = dict(conn.execute(sa.select(KEY_DAY.c.id, KEY_DAY.c.day)).all())
            return days.get(1), days.get(2)
    finally:
        engine.dispose()


def _milestone(team: Team, client: str, finish: date) -> None:
    with team.admin_store() as store:
        store.write(
            "test",
            lambda s: s.add(
                Milestone(
                    engagement_id=team.engagements[client],
                    name=f"{client} gate",
                    kind=MilestoneKind.MILESTONE,
                    planned_start=finish - timedelta(days=10),
                    planned_finish=finish,
                )
            ),
        )


def test_only_a_login_that_sees_every_engagement_moves_the_key_day(pg_url: str) -> None:
    with seeded_team(pg_url) as team:
        with team.admin_store() as store:
            assert catch_up(store, DAY)
        # Beta's milestone is past by LATER: its next-milestone key changes then.
        _milestone(team, "Beta", DAY + timedelta(days=2))
        assert _next_milestones(team)["Beta"] == DAY + timedelta(days=2)
        acme = team.new_login("acme", team.clients["Acme"])
        with team.store_as(acme) as store:
            catch_up(store, LATER)
            listed = PortfolioList.of_store(store, LATER)
            assert [r.id for r in listed.fetch(5, False, 10)] == [team.engagements["Acme"]]
        # Acme's consultant cannot update Beta's keys, so the day stays for everyone.
        assert _key_days(team) == (DAY, DAY)
        assert _next_milestones(team)["Beta"] == DAY + timedelta(days=2)
        with team.admin_store() as store:
            assert catch_up(store, LATER)
        assert _key_days(team) == (LATER, LATER)
        far = _next_milestones(team)
        assert far["Beta"] == far["Acme"] == date(2199, 12, 31)


def test_a_key_day_a_consultant_moved_is_made_whole_by_the_next_full_roll(pg_url: str) -> None:
    with seeded_team(pg_url) as team:
        with team.admin_store() as store:
            assert catch_up(store, DAY)
        _milestone(team, "Beta", DAY + timedelta(days=2))
        engine = team.admin_engine()
        try:  # what a consultant's roll left: Beta's key stale, no whole day
            with engine.begin() as conn:
                conn.execute(sa.update(E).values(pf_next=date(2199, 12, 31)))
                conn.execute(sa.delete(KEY_DAY).where(KEY_DAY.c.id == 2))
        finally:
            engine.dispose()
        with team.admin_store() as store:
            listed = PortfolioList.of_store(store, DAY)
            first = listed.fetch(5, False, 1)[0]  # counted meanwhile: the right order
            assert first.id == team.engagements["Beta"]
            assert catch_up(store, DAY)
            assert _key_days(team) == (DAY, DAY)
            assert _next_milestones(team)["Beta"] == DAY + timedelta(days=2)
            for descending in (False, True):
                names = ("Acme", "Beta") if descending else ("Beta", "Acme")
                assert [r.id for r in listed.fetch(5, descending, 2)] == [
                    team.engagements[n] for n in names
                ]
