"""Erasure on a team server: the person leaves the records, the change log and the
register's search (the trigram index is written anew), the erasure is logged, and no
backup is listed (a server's backups are its administrator's pg_dump files). The file's
bytes, pages and backups are SQLite's own story: tests/store/test_erasure.py."""

from __future__ import annotations

from datetime import date

import sqlalchemy as sa
from sqlmodel import select

from cdmo_desktop.domain.models import Contact
from cdmo_desktop.domain.models.erasure import ERASED
from cdmo_desktop.store import Store, open_store, partner_list
from cdmo_desktop.store import erasure as er

NAME = "Dr. Katrin Vogel"


def _count(store: Store, sql: str, **params: object) -> int:
    with store.engine.connect() as conn:
        return int(conn.execute(sa.text(sql), params).scalar_one())


def _found(store: Store, text: str) -> int:
    with store.read() as s:
        filters = partner_list.PartnerFilters(text=text, archived=True)
        return partner_list.count(s, filters, date(2026, 11, 20))


def test_erasing_a_person_on_a_server_removes_them_from_records_log_and_search(
    pg_test_user_demo_url: str,
) -> None:
    with open_store(pg_test_user_demo_url, create=False) as store:
        with store.read() as s:
            contact = s.exec(select(Contact).where(Contact.name == NAME)).one()
        secrets = (NAME, contact.email, contact.phone)
        log = "SELECT count(*) FROM change_log WHERE old_value LIKE :t OR new_value LIKE :t"
        assert all(_count(store, log, t=f"%{s}%") for s in secrets)
        assert _found(store, "vogel") > 0  # the register finds partners by their contacts

        result = er.erase_person(store, contact.id, "Asked to be forgotten (GDPR art. 17)")

        with store.read() as s:
            erased = s.get(Contact, contact.id)
        assert erased is not None and (erased.name, erased.email) == (ERASED, "")
        for secret in secrets:
            assert _count(store, log, t=f"%{secret}%") == 0, secret
            assert _count(store, "SELECT count(*) FROM risk WHERE owner = :n", n=secret) == 0
        assert _count(store, "SELECT count(*) FROM risk WHERE owner = :n", n=ERASED) > 0
        assert _found(store, "vogel") == 0
        assert result.redacted > 0
        listed = "SELECT count(*) FROM erased_entry WHERE erasure_id = :e"
        assert _count(store, listed, e=result.erasure_id) == result.redacted
        assert result.backups == []
        assert er.backups_holding_erased(store) == []
