"""The store validates, logs every change and refuses to rewrite its history."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from sqlmodel import select

from cdmo_desktop.domain.enums import ChangeAction, PartnerKind, Phase, Region, RiskCategory
from cdmo_desktop.domain.models import ChangeLog, Partner, Risk
from cdmo_desktop.domain.validation import ValidationError
from cdmo_desktop.store import Store


def _count(store: Store, model: type) -> int:
    with store.read() as s:
        return len(s.exec(select(model)).all())


def test_insert_and_update_are_change_logged_with_user(store: Store) -> None:
    with store.session() as s:
        p = Partner(name="Northbridge Biologics", kind=PartnerKind.CDMO, country="us")
        s.add(p)
    with store.session() as s:
        row = s.get(Partner, p.id)
        assert row is not None
        row.legal_name = "Northbridge Biologics Inc."
    with store.read() as s:
        rows = s.exec(select(ChangeLog).where(ChangeLog.row_id == p.id)).all()
        saved = s.get(Partner, p.id)
    assert [r.action for r in rows] == [ChangeAction.INSERT, ChangeAction.UPDATE]
    assert rows[1].field == "legal_name"
    assert rows[1].old_value == "" and rows[1].new_value == "Northbridge Biologics Inc."
    assert {r.user for r in rows} == {"Test Consultant"}
    assert saved is not None
    assert saved.region == Region.NORTH_AMERICA and saved.country == "US"


def test_invalid_row_is_refused_and_nothing_written(store: Store) -> None:
    before = _count(store, ChangeLog)
    with pytest.raises(ValidationError) as err, store.session() as s:
        s.add(Partner(name="Valid One", kind=PartnerKind.CRO))
        s.add(Partner(name="", kind="bogus"))  # type: ignore[arg-type]  # refused: not a kind
    assert "name" in err.value.errors and "kind" in err.value.errors
    assert _count(store, Partner) == 0
    assert _count(store, ChangeLog) == before


@pytest.mark.sqlite_only  # SQLite's trigger text (PostgreSQL's: test_migrations_postgresql.py)
def test_change_log_rejects_update_and_delete(store: Store) -> None:
    with store.session() as s:
        s.add(Partner(name="Helix Analytical", kind=PartnerKind.LAB))
    for sql in ("UPDATE change_log SET user = 'someone else'", "DELETE FROM change_log"):
        with pytest.raises(sa.exc.IntegrityError, match="append-only"), store.engine.begin() as c:
            c.exec_driver_sql(sql)
    assert _count(store, ChangeLog) == 1


def test_risk_score_and_level_are_derived_on_write(store: Store) -> None:
    from cdmo_desktop.domain.models import Client, Engagement

    with store.session() as s:
        c = Client(name="Aurora Therapeutics")
        p = Partner(name="Kestrel CDMO", kind=PartnerKind.CDMO)
        s.add_all([c, p])
        s.flush()
        e = Engagement(title="API scale-up", client_id=c.id, partner_id=p.id, phase=Phase.SCALE_UP)
        s.add(e)
        s.flush()
        r = Risk(
            engagement_id=e.id,
            number=1,
            title="Polymorph shift",
            category=RiskCategory.TECHNICAL,
            likelihood=4,
            impact=5,
        )
        s.add(r)
    with store.read() as s:
        saved = s.get(Risk, r.id)
    assert saved is not None
    assert (saved.score, saved.level.value) == (20, "critical")


def test_half_entered_residual_assessment_is_refused(store: Store) -> None:
    from cdmo_desktop.domain.models import Client, Engagement

    with store.session() as s:
        c, p = (
            Client(name="Aurora Therapeutics"),
            Partner(name="Kestrel CDMO", kind=PartnerKind.CDMO),
        )
        s.add_all([c, p])
        s.flush()
        e = Engagement(title="API scale-up", client_id=c.id, partner_id=p.id, phase=Phase.SCALE_UP)
        s.add(e)
    with pytest.raises(ValidationError) as err, store.session() as s:
        s.add(
            Risk(
                engagement_id=e.id,
                number=1,
                title="Filter cake cracking",
                category=RiskCategory.TECHNICAL,
                residual_likelihood=2,
            )
        )
    assert "residual_impact" in err.value.errors
    assert _count(store, Risk) == 0


def test_every_store_opened_in_a_process_logs_and_validates(tmp_path) -> None:
    """New, Open and Restore open store after store; a collected one must not leave the
    next without its hooks."""
    import gc

    from cdmo_desktop.store import open_store

    for i in range(5):
        st = open_store(tmp_path / f"desk{i}.sqlite", user="Test Consultant")
        with st.session() as s:
            s.add(Partner(name=f"Partner {i}", kind=PartnerKind.CRO))
        with pytest.raises(ValidationError), st.session() as s:
            s.add(Partner(name="", kind=PartnerKind.CRO))
        assert _count(st, ChangeLog) == 1
        st.close()
        del st
        gc.collect()
