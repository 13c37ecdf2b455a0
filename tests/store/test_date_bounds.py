"""Dates outside 1900-2199 (a date editor's 9999-12-31 or year 1) are refused with a
message before anything is written."""

from __future__ import annotations

from datetime import date

import pytest

from cdmo_desktop.domain.enums import PartnerKind, Phase
from cdmo_desktop.domain.models import Client, Engagement, Partner
from cdmo_desktop.domain.validation import ValidationError, validate


@pytest.mark.parametrize("day", [date(9999, 12, 31), date(1, 1, 1), date(1899, 12, 31)])
def test_dates_out_of_range_are_refused(day: date) -> None:
    engagement = Engagement(
        title="Scale-up", client_id="c", partner_id="p", phase=Phase.SCALE_UP, start_date=day
    )
    assert "between 1900 and 2199" in validate(engagement)["start_date"]


def test_dates_in_range_pass() -> None:
    engagement = Engagement(
        title="Scale-up",
        client_id="c",
        partner_id="p",
        phase=Phase.SCALE_UP,
        start_date=date(2026, 12, 7),
        end_date=date(2199, 12, 31),
    )
    assert "start_date" not in validate(engagement) and "end_date" not in validate(engagement)


def test_the_store_writes_nothing_for_such_a_date(store) -> None:
    client = Client(name="Aurora")
    partner = Partner(name="Hollis Ridge", kind=PartnerKind.CDMO, country="US")
    store.write("Setup", lambda s: (s.add(client), s.add(partner)))
    with pytest.raises(ValidationError):
        store.write(
            "New",
            lambda s: s.add(
                Engagement(
                    title="Late",
                    client_id=client.id,
                    partner_id=partner.id,
                    phase=Phase.SCALE_UP,
                    end_date=date(9999, 12, 31),
                )
            ),
        )
    with store.read() as s:
        assert s.get(Client, client.id) is not None
        from sqlmodel import select

        assert s.exec(select(Engagement)).first() is None
