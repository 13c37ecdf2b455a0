"""Done when (issue 17): two clones edited independently (records created, edited and
deleted on both sides, one field edited on both) and synced both ways with the command
line end with identical `list` output for every kind, the conflicts listed, and the
renumbered codes reported."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlmodel import col

from cdmo_desktop.domain.enums import PartnerKind, RiskCategory
from cdmo_desktop.domain.models import Agreement, Partner, Risk
from cdmo_desktop.domain.models.base import new_id
from cdmo_desktop.store import Store, open_store
from cdmo_desktop.store.risk_edits import log_risk
from tests.migration_support import copy_of
from tests.sync_cli_support import listings, run

pytestmark = pytest.mark.sqlite_only

SHARED_TITLE_BEFORE = "Shared field edited on both sides"


def _partner_id(store: Store, name: str) -> str:
    with store.read() as s:
        return str(
            s.execute(sa.select(col(Partner.id)).where(col(Partner.name) == name)).scalar_one()
        )


def _set(store: Store, model: type, row_id: str, **values: object) -> None:
    def work(s: object) -> None:
        row = s.get(model, row_id)  # type: ignore[attr-defined]
        for name, value in values.items():
            setattr(row, name, value)

    store.write("Edit", work)


def _delete(store: Store, model: type, row_id: str) -> None:
    store.write("Delete", lambda s: s.delete(s.get(model, row_id)))


def _risks(db: Path) -> list[tuple[str, int, str]]:
    with open_store(db) as store, store.read() as s:
        rows = s.execute(sa.select(col(Risk.id), col(Risk.number), col(Risk.title))).all()
    return sorted((str(a), int(b), str(c)) for a, b, c in rows)


def _risk(engagement_id: str, title: str) -> dict[str, object]:
    return {"engagement_id": engagement_id, "title": title, "category": RiskCategory.SUPPLY}


@pytest.fixture(autouse=True)
def _no_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CDMO_SYNC_PASSPHRASE", raising=False)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))


def test_two_clones_edited_apart_converge(
    demo_template: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    origin = copy_of(demo_template, tmp_path / "origin.sqlite")
    with open_store(origin) as store:
        store.write(
            "add",
            lambda s: s.add_all(
                [
                    Partner(name=n, kind=PartnerKind.CDMO)
                    for n in ("Keep Or Drop One AG", "Keep Or Drop Two Ltd")
                ]
            ),
        )
        with store.read() as s:
            risk = s.execute(sa.select(Risk).order_by(col(Risk.id)).limit(1)).scalar_one()
            agreements = (
                s.execute(sa.select(col(Agreement.id)).order_by(col(Agreement.id))).scalars().all()
            )
        engagement_id, shared_risk = risk.engagement_id, risk.id
        _set(store, Risk, shared_risk, title=SHARED_TITLE_BEFORE)
    dana, sam = tmp_path / "dana.sqlite", tmp_path / "sam.sqlite"
    for replica in (dana, sam):
        assert run(capsys, "sync", "clone", "--db", str(origin), "--out", str(replica))[0] == 0

    with open_store(dana) as store:  # Dana, at the partner's site
        store.write(
            "add", lambda s: s.add(Partner(name="Dana's New CDMO SA", kind=PartnerKind.CDMO))
        )
        log_risk(store, new_id(), _risk(engagement_id, "Dana's new risk"))
        _set(store, Partner, _partner_id(store, "Keep Or Drop Two Ltd"), city="Basel")
        _delete(store, Partner, _partner_id(store, "Keep Or Drop One AG"))
        _set(store, Agreement, agreements[0], title="Master services agreement (Dana)")
        _set(store, Risk, shared_risk, title="Dana's wording")
    with open_store(sam) as store:  # Sam, at the office, later
        store.write("add", lambda s: s.add(Partner(name="Sam's New CRO Inc", kind=PartnerKind.CRO)))
        log_risk(store, new_id(), _risk(engagement_id, "Sam's new risk"))
        _delete(store, Partner, _partner_id(store, "Keep Or Drop Two Ltd"))
        _set(store, Agreement, agreements[-1], title="Quality agreement (Sam)")
        _set(store, Risk, shared_risk, title="Sam's wording")

    outputs = []
    for _round in range(3):  # both ways, until nothing new arrives
        for sender, receiver, peer in ((dana, sam, "sam"), (sam, dana, "dana")):
            packed = tmp_path / f"{sender.stem}-{_round}.cdmosync"
            code, _out, err = run(
                capsys, "sync", "pack", "--db", str(sender), "--out", str(packed),
                *(["--for", peer] if _round else []),
            )  # fmt: skip
            assert code == 0, err
            code, out, err = run(capsys, "sync", "apply", str(packed), "--db", str(receiver))
            assert code == 0, err
            outputs.append(out)
    report = "\n".join(outputs)

    # the same records on both sides, for every kind `list` shows, and the same risks
    assert listings(capsys, dana) == listings(capsys, sam)
    assert _risks(dana) == _risks(sam)
    partners = listings(capsys, dana)["partners"]
    assert "Dana's New CDMO SA" in partners and "Sam's New CRO Inc" in partners
    assert "Keep Or Drop One AG" not in partners  # deleted on one side, untouched on the other
    assert "Keep Or Drop Two Ltd" in partners  # deleted by Sam, edited by Dana: kept
    agreements_out = listings(capsys, dana)["agreements"]
    assert "Master services agreement (Dana)" in agreements_out
    assert "Quality agreement (Sam)" in agreements_out
    titles = {title for _id, _n, title in _risks(dana)}
    assert {"Dana's new risk", "Sam's new risk"} <= titles
    with open_store(dana) as store, store.read() as s:
        per = (
            s.execute(sa.select(col(Risk.number)).where(col(Risk.engagement_id) == engagement_id))
            .scalars()
            .all()
        )
    assert len(per) == len(set(per))  # both new risks kept, under different codes
    assert "Sam's wording" in titles  # the later edit of the shared field won

    # the renumbered code is reported, the conflicts are listed on both sides
    assert re.search(r"renumbered: risk R-\d{3} -> R-\d{3}", report), report
    for db in (dana, sam):
        code, out, err = run(capsys, "sync", "conflicts", "--db", str(db), "--all")
        assert code == 0, err
        assert "Dana's wording" in out and "edited on both sides" in out, out
        assert "deleted on one side" in out, out
        code, out, _ = run(capsys, "sync", "status", "--db", str(db))
        assert "open conflicts: 0" not in out
    for db in (dana, sam):
        assert run(capsys, "check", "--db", str(db))[0] == 0
