"""A team server for the tests: a database set up with `server init`, two clients (Acme,
Beta) sharing one partner, each with an engagement, a risk and a KPI, and logins made per
test (roles are cluster-wide: each name carries a random suffix and is dropped after)."""

from __future__ import annotations

import contextlib
import secrets
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date

import psycopg
import sqlalchemy as sa

from cdmo_desktop.domain.enums import PartnerKind, Phase, RiskCategory
from cdmo_desktop.domain.models import Client, Engagement, Partner, Risk, RiskReview
from cdmo_desktop.store import server_users
from cdmo_desktop.store.store import Store, open_store
from tests import pg_support

PASSWORD = "correct horse battery"


@dataclass
class Team:
    """The seeded server: its admin URL and the ids of each client's rows."""

    url: str
    clients: dict[str, str] = field(default_factory=dict)
    engagements: dict[str, str] = field(default_factory=dict)
    risks: dict[str, str] = field(default_factory=dict)
    partner: str = ""
    logins: list[str] = field(default_factory=list)

    def admin_engine(self) -> sa.Engine:
        return pg_support.engine(self.url)

    def login_url(self, name: str) -> str:
        parsed = sa.make_url(self.url).set(username=name, password=PASSWORD)
        return parsed.render_as_string(hide_password=False)

    def engine_as(self, name: str) -> sa.Engine:
        return pg_support.engine(self.login_url(name))

    def psycopg_as(self, name: str, **kwargs: object) -> psycopg.Connection:
        url = sa.make_url(self.url)
        return psycopg.connect(
            host=url.host,
            port=url.port,
            dbname=url.database,
            user=name,
            password=PASSWORD,
            **kwargs,  # type: ignore[arg-type]
        )

    def new_login(self, stem: str, client: str | None, role: str = "consultant") -> str:
        name = f"{stem}_{secrets.token_hex(4)}"
        self.logins.append(name)
        server_users.grant(self.admin_engine(), name, client, role, password=PASSWORD)
        return name

    @contextlib.contextmanager
    def admin_store(self) -> Iterator[Store]:
        """The app's store as the admin URL's login (the owner)."""
        store = open_store(self.url, create=False)
        try:
            yield store
        finally:
            store.close()

    @contextlib.contextmanager
    def store_as(self, name: str) -> Iterator[Store]:
        """The app's store as `name`: the user is the server login, as in the window."""
        url = sa.make_url(self.url).set(username=name, password=None).render_as_string()
        store = open_store(url, create=False, password=PASSWORD)
        try:
            yield store
        finally:
            store.close()


def seed(team: Team) -> None:
    def work(s: sa.orm.Session) -> None:
        partner = Partner(name="Kestrel CDMO", kind=PartnerKind.CDMO)
        s.add(partner)
        s.flush()
        team.partner = partner.id
        for name in ("Acme", "Beta"):
            client = Client(name=f"{name} Pharma")
            s.add(client)
            s.flush()
            engagement = Engagement(
                title=f"{name} scale-up",
                client_id=client.id,
                partner_id=partner.id,
                phase=Phase.SCALE_UP,
            )
            s.add(engagement)
            s.flush()
            risk = Risk(
                engagement_id=engagement.id,
                number=1,
                title=f"{name} polymorph shift",
                category=RiskCategory.TECHNICAL,
            )
            s.add(risk)
            s.flush()
            s.add(RiskReview(risk_id=risk.id, review_date=date(2026, 2, 1), note=f"{name} note"))
            team.clients[name] = client.id
            team.engagements[name] = engagement.id
            team.risks[name] = risk.id

    with team.admin_store() as store:
        store.write("seed", work)


def drop_logins(team: Team) -> None:
    engine = pg_support.engine(team.url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            for name in team.logins:
                conn.exec_driver_sql(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    f"WHERE usename = '{name}'"
                )
                conn.exec_driver_sql(f'DROP OWNED BY "{name}"')
                conn.exec_driver_sql(f'DROP ROLE IF EXISTS "{name}"')
    finally:
        engine.dispose()


@contextlib.contextmanager
def seeded_team(pg_url: str) -> Iterator[Team]:
    """A team server set up (`server_admin.init`) and seeded, its logins dropped after."""
    from cdmo_desktop.store import server_admin

    t = Team(pg_url)
    server_admin.init(t.admin_engine())
    seed(t)
    try:
        yield t
    finally:
        drop_logins(t)
