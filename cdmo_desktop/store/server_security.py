"""Who sees what on a team server: roles, grants and row-level security (PostgreSQL only).

Three NOLOGIN group roles; every user is a LOGIN role granted one of them:
- `cdmo_admin` reads and writes every row and manages `client_access`;
- `cdmo_consultant` reads and writes the data of the clients `client_access` lists for them;
- `cdmo_viewer` reads the data of their clients and writes nothing.
The owner of the tables (whoever ran `server init`) and superusers bypass row-level security.

Every table is classified in TABLES below: shared by everyone (partners, their sites and
audits, the KPI library), or hanging off a client through a chain of parent rows (an
engagement's client, a risk's engagement, a risk review's risk, ...). A consultant's or a
viewer's policy on a table admits a row when its parent row is visible, so the chain ends at
`client_access` for the session's login. A table that is not classified makes `server init`
stop (a new table must be decided on before a server runs it).

The change log is filtered too, by the scope of each entry (store/server_log.py).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import sqlalchemy as sa

from cdmo_desktop.store.triggers import SERVER_TALLIES

ADMIN = "cdmo_admin"
CONSULTANT = "cdmo_consultant"
VIEWER = "cdmo_viewer"
ROLES = (ADMIN, CONSULTANT, VIEWER)
READERS = f"{CONSULTANT}, {VIEWER}"

SHARED_SCOPE = "shared"
ADMIN_SCOPE = "admin"
SCOPE_TABLE = "change_log_scope"


@dataclass(frozen=True)
class Scoped:
    """A table whose rows belong to the client reached through `column` (a client's id
    when `parent` is "client", else the id of a row of `parent`). `null_shared`: a row
    whose `column` is empty is shared (a contact of a partner rather than of a client)."""

    column: str
    parent: str
    null_shared: bool = False


# Every data table of the schema (SQLModel.metadata): shared, or scoped to a client.
SHARED_TABLES = frozenset(
    {
        "partner",
        "partner_site",
        "gmp_inspection",
        "partner_audit",
        "site_closure",
        "kpi_definition",
        # Sync bookkeeping (store/sync.py): the server's replica identity, its peers and
        # the conflicts merges found; every writer of the data writes these too.
        "sync_replica",
        "sync_peer",
        "sync_conflict",
        # The day the Portfolio's dated keys hold for (store.portfolio_keys): one date, no
        # client's data. The server reads those keys' order from the join query anyway.
        "portfolio_key_day",
    }
)
SCOPED_TABLES: dict[str, Scoped] = {
    "client": Scoped("id", "client"),
    "engagement": Scoped("client_id", "client"),
    "agreement": Scoped("client_id", "client"),
    "contact": Scoped("client_id", "client", null_shared=True),
    "client_access": Scoped("client_id", "client"),
    # An engagement's rows.
    "action_item": Scoped("engagement_id", "engagement"),
    "charter": Scoped("engagement_id", "engagement"),
    "communication_channel": Scoped("engagement_id", "engagement"),
    "data_share": Scoped("engagement_id", "engagement"),
    "decision": Scoped("engagement_id", "engagement"),
    "engagement_kpi": Scoped("engagement_id", "engagement"),
    "escalation_level": Scoped("engagement_id", "engagement"),
    "milestone": Scoped("engagement_id", "engagement"),
    "reassessment": Scoped("engagement_id", "engagement"),
    "risk": Scoped("engagement_id", "engagement"),
    "schedule_baseline": Scoped("engagement_id", "engagement"),
    "status_report": Scoped("engagement_id", "engagement"),
    "team_member": Scoped("engagement_id", "engagement"),
    "workstream": Scoped("engagement_id", "engagement"),
    # Rows of those rows.
    "agreement_clause": Scoped("agreement_id", "agreement"),
    "baseline_date": Scoped("baseline_id", "schedule_baseline"),
    "charter_site": Scoped("charter_id", "charter"),
    "kickoff_attendee": Scoped("charter_id", "charter"),
    "kpi_measurement": Scoped("kpi_id", "engagement_kpi"),
    "milestone_dependency": Scoped("successor_id", "milestone"),
    "raci_assignment": Scoped("workstream_id", "workstream"),
    "reassessment_candidate": Scoped("reassessment_id", "reassessment"),
    "reassessment_score": Scoped("reassessment_id", "reassessment"),
    "risk_review": Scoped("risk_id", "risk"),
}
# Tables a team server never has (store.triggers.keeps_tallies): the counted spans of the
# partner register, the engagement lists and the risk register (store.marks) count every
# client's rows, so a consultant reading them would learn how many engagements or risks
# other clients have; `mark_split` notes which of those spans to cut again. They are left
# unclassified on purpose: found on a server, they make `server init` stop.
LOCAL_ONLY_TABLES = frozenset({"partner_mark", "engagement_mark", "risk_mark", "mark_split"})
# The maintained counts (store.triggers.SERVER_TALLIES): every client's rows counted
# together, so only admins read them (a consultant or a viewer counts the rows row-level
# security shows them); nobody writes them but their triggers, which run with the owner's
# rights.
TALLY_TABLES = frozenset(SERVER_TALLIES)
# Tables with rules of their own (see install_policies).
LOG_TABLES = frozenset({"change_log", "erasure", "erased_entry"})
READ_ONLY_TABLES = frozenset({"alembic_version", "audit_key"})  # everyone reads, owner writes
KNOWN_TABLES = (
    SHARED_TABLES
    | SCOPED_TABLES.keys()
    | LOG_TABLES
    | READ_ONLY_TABLES
    | TALLY_TABLES
    | {SCOPE_TABLE}
)

MY_CLIENTS = "(SELECT a.client_id FROM client_access AS a WHERE a.user_name = session_user)"
# As an array computed once per query (an InitPlan): `col = ANY (...)` is then an index
# condition, where `col IN (sub-select)` in a policy is a hashed filter over every row.
_MY_CLIENT_ARRAY = f"ARRAY{MY_CLIENTS}"


class UnclassifiedTables(Exception):
    """The database holds tables this module does not know how to protect."""

    def __init__(self, tables: list[str]) -> None:
        super().__init__(", ".join(tables))
        self.tables = tables


def visible(table: str) -> str:
    """The policy expression admitting a row of `table` to a consultant or a viewer.

    A client's rows and an engagement's rows (the big registers) match an array of the
    login's clients / visible engagements, so a query reads their rows through the index on
    the parent column; deeper rows look up their parent row (one index probe each), whose
    own policy decides. Row-level security leaves sub-selects in policies as they are (no
    join), hence these two shapes."""
    scope = SCOPED_TABLES[table]
    if scope.parent == "client":
        test = f"{scope.column} = ANY ({_MY_CLIENT_ARRAY})"
    elif scope.parent == "engagement":  # the engagement's own policy filters this array
        test = f"{scope.column} = ANY (ARRAY(SELECT p.id FROM engagement AS p))"
    else:
        test = f"EXISTS (SELECT 1 FROM {scope.parent} AS p WHERE p.id = {table}.{scope.column})"
    if scope.null_shared:
        test = f"({scope.column} IS NULL OR {test})"
    return test


def may_write(engine: sa.Engine) -> bool:
    """Whether the engine's login may change the desk's data (a viewer may not). A database
    without `server init` (no roles) is open to whoever may write its tables."""
    with engine.connect() as conn:
        return bool(conn.exec_driver_sql("SELECT has_table_privilege('risk', 'UPDATE')").scalar())


def sees_everything(connection: sa.Connection) -> bool:
    """Whether row-level security hides nothing from this login: no `server init` yet,
    the owner (or a superuser), or an admin. The audit chain can only be verified whole."""
    row = connection.exec_driver_sql(
        "SELECT c.relrowsecurity, pg_has_role(session_user, c.relowner, 'MEMBER') "
        "FROM pg_class AS c WHERE c.oid = to_regclass('change_log')"
    ).first()
    if row is None or not row[0] or row[1]:
        return True
    admin = connection.exec_driver_sql(
        f"SELECT pg_has_role(session_user, oid, 'MEMBER') FROM pg_roles WHERE rolname = '{ADMIN}'"
    ).scalar()
    return bool(admin)


def acts_as_owner(connection: sa.Connection) -> bool:
    """Whether the login has the rights of the tables' owner (it is the owner, holds the
    owner's role, or is a superuser). An erasure needs them twice over, and no grant gives
    either: it rewrites change-log values (nobody else has UPDATE on change_log, see
    install_policies) and rebuilds the trigram indexes (REINDEX is the index owner's before
    PostgreSQL 17's MAINTAIN privilege). A database without the change log answers True."""
    row = connection.exec_driver_sql(
        "SELECT pg_has_role(current_user, c.relowner, 'USAGE') "
        "FROM pg_class AS c WHERE c.oid = to_regclass('change_log')"
    ).first()
    return row is None or bool(row[0])


def unclassified(connection: sa.Connection) -> list[str]:
    """Tables of the connection's schema that KNOWN_TABLES does not classify."""
    names = sa.inspect(connection).get_table_names()
    return sorted(set(names) - KNOWN_TABLES)


def _policy(run: Callable[[str], object], table: str, name: str, clause: str) -> None:
    run(f"DROP POLICY IF EXISTS {name} ON {table}")
    run(f"CREATE POLICY {name} ON {table} {clause}")


def install_policies(connection: sa.Connection) -> None:
    """Grants and row-level security on every table (idempotent: privileges are revoked
    and granted again, policies dropped and made again)."""
    missing = unclassified(connection)
    if missing:
        raise UnclassifiedTables(missing)
    run = connection.exec_driver_sql
    roles = ", ".join(ROLES)
    run(f"GRANT USAGE ON SCHEMA public TO {roles}")
    names = set(sa.inspect(connection).get_table_names())
    for table in sorted(names):
        run(f"REVOKE ALL ON {table} FROM PUBLIC, {roles}")
        run(f"GRANT SELECT ON {table} TO {ADMIN if table in TALLY_TABLES else roles}")
    for table in sorted((SHARED_TABLES | SCOPED_TABLES.keys()) & names):
        run(f"GRANT INSERT, UPDATE, DELETE ON {table} TO {ADMIN}")
        if table != "client_access":
            run(f"GRANT INSERT, UPDATE, DELETE ON {table} TO {CONSULTANT}")
    run(f"GRANT INSERT ON change_log TO {ADMIN}, {CONSULTANT}")
    # erasure and erased_entry: written by the owner's erasure alone (acts_as_owner), so
    # no login writes an erasure record of its own making.
    run(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {ADMIN}, {CONSULTANT}")

    for table in sorted(SCOPED_TABLES):
        run(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        _policy(run, table, "cdmo_admin_all", f"FOR ALL TO {ADMIN} USING (true) WITH CHECK (true)")
        rule = visible(table)
        if table == "client_access":  # a login sees its own assignments, changes none
            own = "user_name = session_user"
            _policy(run, table, "cdmo_assigned", f"FOR SELECT TO {READERS} USING ({own})")
        else:
            _policy(
                run,
                table,
                "cdmo_assigned",
                f"FOR ALL TO {READERS} USING ({rule}) WITH CHECK ({rule})",
            )
    for table in sorted(LOG_TABLES | {SCOPE_TABLE}):
        run(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        _policy(run, table, "cdmo_admin_all", f"FOR ALL TO {ADMIN} USING (true) WITH CHECK (true)")
    my_scopes = f"(scope = '{SHARED_SCOPE}' OR scope = ANY ({_MY_CLIENT_ARRAY}))"
    _policy(run, SCOPE_TABLE, "cdmo_assigned", f"FOR SELECT TO {READERS} USING {my_scopes}")
    _policy(
        run,
        "change_log",
        "cdmo_assigned",
        f"FOR SELECT TO {READERS} USING (EXISTS (SELECT 1 FROM {SCOPE_TABLE} AS s "
        "WHERE s.change_log_id = change_log.id) "
        # The login's own entries of the transaction under way: their scope is placed at
        # commit (the deferred trigger), and a write that reads its log back (a sync
        # merge) must see them. Committed entries all have their scope by then.
        'OR (change_log."user" = session_user::text AND cdmo_entry_unscoped(change_log.id)))',
    )
    # The deferred trigger checks the entry's scope at commit, once its rows exist.
    _policy(run, "change_log", "cdmo_append", f"FOR INSERT TO {CONSULTANT} WITH CHECK (true)")
    _policy(
        run,
        "erased_entry",
        "cdmo_assigned",
        f"FOR SELECT TO {READERS} USING (EXISTS (SELECT 1 FROM change_log AS c "
        "WHERE c.id = erased_entry.change_log_id))",
    )
    # erasure: admins only (its rows name records of any client).
