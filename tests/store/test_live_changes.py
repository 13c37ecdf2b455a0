"""Other sessions' writes read back from the change log (store.live): two Stores on one
SQLite file stand for two laptops on one server."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from cdmo_desktop.store import Store, live, open_store
from cdmo_desktop.store.partner_edits import create_partner, save_partner, set_archived

# Two Stores on one file stand for two people (the instance lock bypassed). On a server
# the people are logins: tests/store/test_concurrent_writers.py and the live-update tests
# of tests/gui/test_team_window.py run there.
pytestmark = pytest.mark.sqlite_only


@pytest.fixture
def other(store: Store) -> Iterator[Store]:
    """A second session on the same database, writing as Dana."""
    s = open_store(store.path, user="Dana", lock=False)
    yield s
    s.close()


def test_another_sessions_write_names_its_table_rows_and_user(store: Store, other: Store) -> None:
    cursor = live.log_head(store)
    assert live.changes_since(store, cursor).changeset is None

    create_partner(other, "p-1", {"name": "Acme Biologics", "kind": "cdmo"})
    found = live.changes_since(store, cursor)

    assert found.changeset is not None
    assert found.changeset.touches("partner")
    assert found.changeset.ids("partner") == {"p-1"}
    assert (found.changeset.row("partner", "p-1") or {}).get("name") == "Acme Biologics"
    assert found.users == ("Dana",)
    assert found.cursor > cursor
    # Asked again from the new cursor: nothing new.
    assert live.changes_since(store, found.cursor).changeset is None


def test_an_update_carries_the_old_value_before_and_the_new_after(
    store: Store, other: Store
) -> None:
    create_partner(other, "p-1", {"name": "Acme", "kind": "cdmo"})
    cursor = live.log_head(store)
    save_partner(other, "p-1", {"name": "Acme Biologics"})

    changeset = live.changes_since(store, cursor).changeset

    assert changeset is not None
    assert [st.values["name"] for st in changeset.before if st.values] == ["Acme"]
    assert (changeset.row("partner", "p-1") or {}).get("name") == "Acme Biologics"
    assert not changeset.empty


def test_own_writes_are_not_reported_back(store: Store, other: Store) -> None:
    cursor = live.log_head(store)
    create_partner(store, "p-mine", {"name": "Mine", "kind": "cdmo"})
    create_partner(other, "p-theirs", {"name": "Theirs", "kind": "cdmo"})

    mine = live.changes_since(store, cursor)
    theirs = live.changes_since(other, cursor)

    assert mine.changeset is not None and mine.changeset.ids("partner") == {"p-theirs"}
    assert theirs.changeset is not None and theirs.changeset.ids("partner") == {"p-mine"}


def test_a_write_of_only_own_entries_still_moves_the_cursor(store: Store) -> None:
    cursor = live.log_head(store)
    create_partner(store, "p-mine", {"name": "Mine", "kind": "cdmo"})

    found = live.changes_since(store, cursor)

    assert found.changeset is None
    assert found.cursor == live.log_head(store) > cursor


def test_derived_tables_are_named_like_a_local_edit_names_them(store: Store, other: Store) -> None:
    create_partner(other, "p-1", {"name": "Acme", "kind": "cdmo"})
    cursor = live.log_head(store)
    set_archived(other, "p-1", True)

    changeset = live.changes_since(store, cursor).changeset

    assert changeset is not None
    # Archiving a partner changes the engagements' derived partner columns too.
    assert changeset.touches("engagement")


def test_a_deleted_row_comes_back_with_no_values_after(store: Store, other: Store) -> None:
    from cdmo_desktop.domain.models import Partner

    create_partner(other, "p-1", {"name": "Acme", "kind": "cdmo"})
    cursor = live.log_head(store)
    other.write("Delete", lambda s: s.delete(s.get(Partner, "p-1")))

    changeset = live.changes_since(store, cursor).changeset

    assert changeset is not None
    assert changeset.ids("partner") == {"p-1"}
    assert changeset.row("partner", "p-1") is None
    assert [st.values["name"] for st in changeset.before if st.values] == ["Acme"]


def test_on_a_server_another_session_under_the_same_login_is_reported(
    pg_store: Store, pg_url: str
) -> None:
    cursor = live.log_head(pg_store)
    other = open_store(pg_url, create=False)
    try:
        create_partner(other, "p-1", {"name": "Acme Biologics", "kind": "cdmo"})
        create_partner(pg_store, "p-mine", {"name": "Mine", "kind": "cdmo"})
    finally:
        other.close()

    found = live.changes_since(pg_store, cursor)

    assert found.changeset is not None
    assert found.changeset.ids("partner") == {"p-1"}
    assert found.users == (pg_store.user,)  # the server's authenticated user, as logged
    assert found.cursor == live.log_head(pg_store)
