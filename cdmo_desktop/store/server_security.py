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

The change log says what happened to which row, so it is filtered too: each entry gets its
scope (a client's id, "shared" or "admin") in `change_log_scope`, worked out by a deferred
trigger at commit time (the rows of the transaction exist then; a deleted row is placed by
its snapshot in the entry or by an earlier entry about it). Consultants and viewers see the
entries of their clients and of shared data; an entry nobody can place is seen by admins
only. A BEFORE INSERT trigger refuses an entry whose user is not the session's login, so
nobody can log a change in someone else's name.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import sqlalchemy as sa

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
# Tables with rules of their own (see install_policies).
LOG_TABLES = frozenset({"change_log", "erasure", "erased_entry"})
READ_ONLY_TABLES = frozenset({"alembic_version", "audit_key"})  # everyone reads, owner writes
KNOWN_TABLES = SHARED_TABLES | SCOPED_TABLES.keys() | LOG_TABLES | READ_ONLY_TABLES | {SCOPE_TABLE}

_MY_CLIENTS = "(SELECT a.client_id FROM client_access AS a WHERE a.user_name = session_user)"
# As an array computed once per query (an InitPlan): `col = ANY (...)` is then an index
# condition, where `col IN (sub-select)` in a policy is a hashed filter over every row.
_MY_CLIENT_ARRAY = f"ARRAY{_MY_CLIENTS}"


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


def unclassified(connection: sa.Connection) -> list[str]:
    """Tables of the connection's schema that KNOWN_TABLES does not classify."""
    names = sa.inspect(connection).get_table_names()
    return sorted(set(names) - KNOWN_TABLES)


def _scope_function() -> str:
    """cdmo_scope_of(table, id, snapshot): the client id a row belongs to, "shared", or
    "admin" when it cannot be placed. Looks at the row itself, else at its snapshot (the
    values an insert or delete entry holds), else at the latest entry about it."""
    branches = []
    for table, scope in sorted(SCOPED_TABLES.items()):
        lookup = (
            f"pt := '{scope.parent}'; col := '{scope.column}'; ns := {scope.null_shared!s}; "
            f"SELECT t.{scope.column} INTO p FROM {table} AS t WHERE t.id = rid; hit := FOUND;"
        )
        branches.append(f"ELSIF tbl = '{table}' THEN {lookup}")
    shared = ", ".join(f"'{t}'" for t in sorted(SHARED_TABLES))
    return f"""
CREATE OR REPLACE FUNCTION cdmo_scope_of(tbl text, rid text, snap jsonb) RETURNS text
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE p text; pt text; col text; ns boolean; hit boolean; s text;
BEGIN
  IF tbl = 'client' THEN RETURN rid; END IF;
  IF tbl IN ({shared}) THEN RETURN '{SHARED_SCOPE}';
  {" ".join(branches)}
  ELSE RETURN '{ADMIN_SCOPE}';
  END IF;
  IF NOT hit AND snap IS NOT NULL AND snap ? col THEN p := snap ->> col; hit := true; END IF;
  IF hit AND p IS NULL THEN
    RETURN CASE WHEN ns THEN '{SHARED_SCOPE}' ELSE '{ADMIN_SCOPE}' END;
  END IF;
  IF hit THEN
    IF pt = 'client' THEN RETURN p; END IF;
    RETURN cdmo_scope_of(pt, p, NULL);
  END IF;
  SELECT sc.scope INTO s FROM {SCOPE_TABLE} AS sc JOIN change_log AS c ON c.id = sc.change_log_id
    WHERE c.table_name = tbl AND c.row_id = rid ORDER BY c.seq DESC NULLS LAST LIMIT 1;
  RETURN coalesce(s, '{ADMIN_SCOPE}');
END $$"""


_OWNER_TEST = (
    "pg_has_role(session_user, (SELECT c.relowner FROM pg_class AS c "
    "WHERE c.oid = 'public.change_log'::regclass), 'MEMBER')"
)
_FUNCTIONS = [
    f"""
CREATE OR REPLACE FUNCTION cdmo_may_see_all() RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT {_OWNER_TEST} OR pg_has_role(session_user, '{ADMIN}', 'MEMBER') $$""",
    f"""
CREATE OR REPLACE FUNCTION cdmo_change_log_user() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  IF NEW."user" IS DISTINCT FROM session_user::text AND NOT {_OWNER_TEST} THEN
    RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
      MESSAGE = 'a change can only be logged in the name of the server login ' || session_user;
  END IF;
  RETURN NEW;
END $$""",
    f"""
CREATE OR REPLACE FUNCTION cdmo_change_log_scope() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE snap jsonb; sc text;
BEGIN
  IF NEW.action IN ('insert', 'delete') THEN
    BEGIN
      snap := coalesce(NEW.new_value, NEW.old_value)::jsonb;
    EXCEPTION WHEN others THEN
      snap := NULL;
    END;
    IF jsonb_typeof(snap) IS DISTINCT FROM 'object' THEN snap := NULL; END IF;
  END IF;
  sc := cdmo_scope_of(NEW.table_name, NEW.row_id, snap);
  IF sc <> '{SHARED_SCOPE}' AND NOT cdmo_may_see_all()
     AND sc NOT IN (SELECT a.client_id FROM client_access AS a
                    WHERE a.user_name = session_user) THEN
    RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
      MESSAGE = 'a change to the data of a client the login ' || session_user
        || ' is not assigned to';
  END IF;
  INSERT INTO {SCOPE_TABLE} (change_log_id, scope) VALUES (NEW.id, sc)
    ON CONFLICT (change_log_id) DO NOTHING;
  RETURN NULL;
END $$""",
]


def cascades_into_scoped() -> dict[str, list[tuple[str, str]]]:
    """{shared table: [(scoped table, column)]}: deleting a shared row deletes or clears
    rows of clients (ON DELETE CASCADE / SET NULL), which the database does whatever
    row-level security says; the guard below refuses it unless every such row is the
    deleting login's to change."""
    from sqlmodel import SQLModel

    import cdmo_desktop.domain.models  # noqa: F401  (every table in the metadata)

    out: dict[str, list[tuple[str, str]]] = {}
    for name in sorted(SCOPED_TABLES):
        table = SQLModel.metadata.tables.get(name)
        for fk in table.foreign_keys if table is not None else ():
            target = fk.column.table.name
            if target in SHARED_TABLES and (fk.ondelete or "").upper() in ("CASCADE", "SET NULL"):
                out.setdefault(target, []).append((name, fk.parent.name))
    return out


def _guard_function(table: str, children: list[tuple[str, str]]) -> str:
    mine = _MY_CLIENTS
    tests = " OR ".join(
        f"EXISTS (SELECT 1 FROM {child} AS c WHERE c.{column} = OLD.id AND "
        f"cdmo_scope_of('{child}', c.id, NULL) <> '{SHARED_SCOPE}' AND "
        f"cdmo_scope_of('{child}', c.id, NULL) NOT IN {mine})"
        for child, column in children
    )
    return f"""
CREATE OR REPLACE FUNCTION cdmo_guard_{table}() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  IF NOT cdmo_may_see_all() AND ({tests}) THEN
    RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
      MESSAGE = 'it is used by records of a client the login ' || session_user
        || ' is not assigned to';
  END IF;
  RETURN OLD;
END $$"""


def drop_client_triggers(connection: sa.Connection) -> None:
    """Remove the triggers whose functions read client_access (revision 0017's downgrade:
    writes go on without them; consultants' and viewers' policies go with the table, so
    they see nothing until `server init` runs again)."""
    run = connection.exec_driver_sql
    run("DROP TRIGGER IF EXISTS cdmo_change_log_scope ON change_log")
    for table in cascades_into_scoped():
        run(f"DROP TRIGGER IF EXISTS cdmo_guard_{table} ON {table}")


def install_functions(connection: sa.Connection) -> None:
    """The scope table, the functions and the change log's triggers (idempotent)."""
    run = connection.exec_driver_sql
    run(
        f"CREATE TABLE IF NOT EXISTS {SCOPE_TABLE} (change_log_id VARCHAR(36) PRIMARY KEY "
        "REFERENCES change_log (id), scope VARCHAR(36) NOT NULL)"
    )
    run(f"CREATE INDEX IF NOT EXISTS ix_{SCOPE_TABLE}_scope ON {SCOPE_TABLE} (scope)")
    run(_scope_function())
    for statement in _FUNCTIONS:
        run(statement)
    for name in ("cdmo_scope_of(text, text, jsonb)", "cdmo_may_see_all()"):
        run(f"REVOKE ALL ON FUNCTION {name} FROM PUBLIC")
    for name in ("cdmo_change_log_user()", "cdmo_change_log_scope()"):
        run(f"REVOKE ALL ON FUNCTION {name} FROM PUBLIC")
    run("DROP TRIGGER IF EXISTS cdmo_change_log_user ON change_log")
    run(
        "CREATE TRIGGER cdmo_change_log_user BEFORE INSERT ON change_log "
        "FOR EACH ROW EXECUTE FUNCTION cdmo_change_log_user()"
    )
    run("DROP TRIGGER IF EXISTS cdmo_change_log_scope ON change_log")
    run(
        "CREATE CONSTRAINT TRIGGER cdmo_change_log_scope AFTER INSERT ON change_log "
        "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION cdmo_change_log_scope()"
    )
    for table, children in cascades_into_scoped().items():
        run(_guard_function(table, children))
        run(f"REVOKE ALL ON FUNCTION cdmo_guard_{table}() FROM PUBLIC")
        run(f"DROP TRIGGER IF EXISTS cdmo_guard_{table} ON {table}")
        run(
            f"CREATE TRIGGER cdmo_guard_{table} BEFORE DELETE ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION cdmo_guard_{table}()"
        )
    # Entries written before (the demo, a copy, the entries of an older version).
    _place_unscoped(connection)


def _place_unscoped(connection: sa.Connection) -> None:
    """Scope every entry that has none yet, oldest first (a later entry about a deleted
    row is placed by the earlier ones)."""
    connection.exec_driver_sql(
        f"""
DO $$
DECLARE e record; snap jsonb;
BEGIN
  FOR e IN SELECT c.id, c.table_name, c.row_id, c.action, c.old_value, c.new_value
           FROM change_log AS c
           WHERE NOT EXISTS (SELECT 1 FROM {SCOPE_TABLE} AS s WHERE s.change_log_id = c.id)
           ORDER BY c.seq NULLS FIRST, c.occurred_at LOOP
    snap := NULL;
    IF e.action IN ('insert', 'delete') THEN
      BEGIN
        snap := coalesce(e.new_value, e.old_value)::jsonb;
      EXCEPTION WHEN others THEN
        snap := NULL;
      END;
      IF jsonb_typeof(snap) IS DISTINCT FROM 'object' THEN snap := NULL; END IF;
    END IF;
    INSERT INTO {SCOPE_TABLE} (change_log_id, scope)
      VALUES (e.id, cdmo_scope_of(e.table_name, e.row_id, snap));
  END LOOP;
END $$"""
    )


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
        run(f"GRANT SELECT ON {table} TO {roles}")
    for table in sorted((SHARED_TABLES | SCOPED_TABLES.keys()) & names):
        run(f"GRANT INSERT, UPDATE, DELETE ON {table} TO {ADMIN}")
        if table != "client_access":
            run(f"GRANT INSERT, UPDATE, DELETE ON {table} TO {CONSULTANT}")
    run(f"GRANT INSERT ON change_log TO {ADMIN}, {CONSULTANT}")
    run(f"GRANT INSERT ON erasure, erased_entry TO {ADMIN}")
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
        "WHERE s.change_log_id = change_log.id))",
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
