"""The change log on a team server: scoped per client, and written in the login's name.

The change log says what happened to which row, so it is filtered too: each entry gets its
scope (a client's id, "shared" or "admin") in `change_log_scope`, worked out by a deferred
trigger at commit time (the rows of the transaction exist then; a deleted row is placed by
its snapshot in the entry or by an earlier entry about it). Consultants and viewers see the
entries of their clients and of shared data; an entry nobody can place is seen by admins
only. A BEFORE INSERT trigger refuses an entry whose user is not the session's login, so
nobody can log a change in someone else's name.

Deleting a shared row (a partner site) would cascade into rows of clients behind row-level
security; a guard refuses that to a login that may not see them all. PostgreSQL only.
"""

from __future__ import annotations

import sqlalchemy as sa

from cdmo_desktop.store.server_security import (
    ADMIN,
    ADMIN_SCOPE,
    MY_CLIENTS,
    SCOPE_TABLE,
    SCOPED_TABLES,
    SHARED_SCOPE,
    SHARED_TABLES,
)


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
    # Called by the change log's read policy, so every login may run it (it says only
    # whether an entry has its scope yet).
    f"""
CREATE OR REPLACE FUNCTION cdmo_entry_unscoped(entry_id text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT NOT EXISTS (SELECT 1 FROM {SCOPE_TABLE} AS s WHERE s.change_log_id = entry_id) $$""",
    """
CREATE OR REPLACE FUNCTION cdmo_entry_snapshot(act text, old_value text, new_value text)
RETURNS jsonb LANGUAGE plpgsql IMMUTABLE SET search_path = public, pg_temp AS $$
DECLARE snap jsonb;
BEGIN
  IF act NOT IN ('insert', 'delete') THEN RETURN NULL; END IF;
  BEGIN
    snap := coalesce(new_value, old_value)::jsonb;
  EXCEPTION WHEN others THEN
    RETURN NULL;
  END;
  IF jsonb_typeof(snap) IS DISTINCT FROM 'object' THEN RETURN NULL; END IF;
  RETURN snap;
END $$""",
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
DECLARE sc text;
BEGIN
  sc := cdmo_scope_of(NEW.table_name, NEW.row_id,
                      cdmo_entry_snapshot(NEW.action, NEW.old_value, NEW.new_value));
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
    mine = MY_CLIENTS
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


def install(connection: sa.Connection) -> None:
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
    for name in (
        "cdmo_scope_of(text, text, jsonb)",
        "cdmo_may_see_all()",
        "cdmo_entry_snapshot(text, text, text)",
    ):
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
DECLARE e record;
BEGIN
  FOR e IN SELECT c.id, c.table_name, c.row_id, c.action, c.old_value, c.new_value
           FROM change_log AS c
           WHERE NOT EXISTS (SELECT 1 FROM {SCOPE_TABLE} AS s WHERE s.change_log_id = c.id)
           ORDER BY c.seq NULLS FIRST, c.occurred_at LOOP
    INSERT INTO {SCOPE_TABLE} (change_log_id, scope)
      VALUES (e.id, cdmo_scope_of(e.table_name, e.row_id,
                                  cdmo_entry_snapshot(e.action, e.old_value, e.new_value)));
  END LOOP;
END $$"""
    )
