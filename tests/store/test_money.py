"""Money is exact: budgets keep every cent, refuse what is not an amount, name an ISO 4217
currency, and databases of the previous revision keep their budgets on upgrade."""

from __future__ import annotations

import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest
from sqlmodel import select

from cdmo_desktop.domain.enums import PartnerKind, Phase
from cdmo_desktop.domain.models import Client, Engagement, Partner
from cdmo_desktop.domain.validation import ValidationError
from cdmo_desktop.store import Store, open_store
from tests.migration_support import counts_kept, downgrade, table_counts


def _engagement(store: Store, **values: object) -> Engagement:
    client = Client(name="Aurora Therapeutics")
    partner = Partner(name="Hollis Ridge Pharma", kind=PartnerKind.CDMO, country="US")
    engagement = Engagement(
        title="Scale-up", client_id=client.id, partner_id=partner.id, phase=Phase.SCALE_UP
    )
    for key, value in values.items():
        setattr(engagement, key, value)

    def work(s) -> None:
        s.add_all([client, partner])
        s.flush()
        s.add(engagement)

    store.write("New engagement", work)
    return engagement


@pytest.mark.parametrize(
    "amount", ["99999999999999.99", "999999999999999.99", "0.01", "3400000.50", "0"]
)
def test_budgets_come_back_to_the_cent(store: Store, amount: str) -> None:
    engagement = _engagement(store, budget_amount=Decimal(amount))
    with store.read() as s:
        back = s.get(Engagement, engagement.id)
    assert back is not None and back.budget_amount == Decimal(amount)
    assert isinstance(back.budget_amount, Decimal)


@pytest.mark.parametrize(
    ("amount", "message"),
    [
        (Decimal("NaN"), "must be a number"),
        (Decimal("Infinity"), "must be a number"),
        (float("nan"), "exact amount"),
        (1234.5, "exact amount"),
        (Decimal("12.345"), "two decimals"),
        (Decimal("-1"), "negative"),
        (Decimal("1000000000000000"), "more than"),
    ],
)
def test_what_is_not_an_amount_is_refused(store: Store, amount: object, message: str) -> None:
    with pytest.raises(ValidationError) as refused:
        _engagement(store, budget_amount=amount)
    assert message in refused.value.errors["budget_amount"]
    with store.read() as s:
        assert s.exec(select(Engagement)).first() is None


@pytest.mark.parametrize(("code", "ok"), [("EUR", True), ("INR", True), ("ABC", False)])
def test_currency_is_iso_4217(store: Store, code: str, ok: bool) -> None:
    if ok:
        _engagement(store, budget_amount=Decimal("10"), budget_currency=code)
        return
    with pytest.raises(ValidationError) as refused:
        _engagement(store, budget_amount=Decimal("10"), budget_currency=code)
    assert "ISO 4217" in refused.value.errors["budget_currency"]


def test_an_upgrade_keeps_every_budget(tmp_path: Path, demo_template: Path) -> None:
    path = tmp_path / "previous.sqlite"
    source, target = sqlite3.connect(demo_template), sqlite3.connect(path)
    source.backup(target)
    source.close()
    target.close()
    store = open_store(path)
    exact = _engagement(store, budget_amount=Decimal("1234567.89"))
    with store.read() as s:
        budgets = {e.id: e.budget_amount for e in s.exec(select(Engagement)).all()}
    store.close()
    downgrade(path, "0002_changelog_append_only")
    conn = sqlite3.connect(path)
    (raw,) = conn.execute(
        "SELECT budget_amount FROM engagement WHERE id = ?", (exact.id,)
    ).fetchone()
    conn.close()
    assert raw == pytest.approx(1234567.89)  # the previous revision's NUMERIC column
    before = table_counts(path)

    store = open_store(path)  # upgrades (after a backup)
    with store.read() as s:
        assert {e.id: e.budget_amount for e in s.exec(select(Engagement)).all()} == budgets
    store.close()
    after = table_counts(path)  # later revisions may add tables; none of the old ones loses rows
    expected_counts, found_counts = counts_kept(before, after)
    assert found_counts == expected_counts
    assert any(b is not None for b in budgets.values())
