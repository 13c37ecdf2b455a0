"""`cdmo-desktop export KIND`: every register, one engagement's rows, and one-line refusals
(a bad extension exits 2, an unwritable path 1) that leave no file."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlmodel import select

from cdmo_desktop.cli import main
from cdmo_desktop.cli.exchange import EXPORTS
from cdmo_desktop.domain.models import Engagement, Risk
from cdmo_desktop.exchange.registers import REGISTERS
from cdmo_desktop.exchange.sheets import read_sheet
from cdmo_desktop.store import Store
from tests.conftest import cli_db


def _one_line(capsys: pytest.CaptureFixture[str], *words: str) -> None:
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1 and "Traceback" not in err, err
    for word in words:
        assert word in err


def test_every_register_is_an_export_kind() -> None:
    assert set(REGISTERS) | {"workbook"} <= set(EXPORTS)


def test_export_one_engagement_by_title(
    demo_store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with demo_store.read() as s:
        engagement = s.exec(select(Engagement)).first()
        assert engagement is not None
        risks = s.exec(select(Risk).where(Risk.engagement_id == engagement.id)).all()
    db = cli_db(demo_store)
    demo_store.close()
    out = tmp_path / "risks.xlsx"
    code = main(
        ["export", "risks", "--db", str(db), "--out", str(out), "--engagement", engagement.title]
    )
    assert code == 0, capsys.readouterr().err
    header, rows = read_sheet(out)
    assert {r[0] for r in rows} == {r.id for r in risks}
    assert {r[header.index("Engagement")] for r in rows} == {engagement.title}


def test_unknown_engagement_is_one_line(
    demo_store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = cli_db(demo_store)
    demo_store.close()
    out = tmp_path / "r.csv"
    code = main(["export", "risks", "--db", str(db), "--out", str(out), "--engagement", "Nope"])
    assert code == 2 and not out.exists()
    _one_line(capsys, "Nope")


@pytest.mark.parametrize("name", ["risks.ods", "risks.pdf", "risks"])
def test_bad_extension_is_one_line_exit_2(
    store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    db = cli_db(store)
    store.close()
    before = sorted(tmp_path.iterdir())
    code = main(["export", "risks", "--db", str(db), "--out", str(tmp_path / name)])
    assert code == 2
    _one_line(capsys, ".csv or .xlsx")
    assert sorted(tmp_path.iterdir()) == before


def test_workbook_must_be_xlsx(
    store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = cli_db(store)
    store.close()
    assert main(["export", "workbook", "--db", str(db), "--out", str(tmp_path / "all.csv")]) == 2
    _one_line(capsys, ".xlsx")


def test_unwritable_path_is_one_line_exit_1(
    store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = cli_db(store)
    store.close()
    out = tmp_path / "missing folder" / "risks.csv"
    assert main(["export", "risks", "--db", str(db), "--out", str(out)]) == 1
    _one_line(capsys, str(out))
    assert not out.parent.exists()
    folder = tmp_path / "folder.csv"
    folder.mkdir()
    assert main(["export", "risks", "--db", str(db), "--out", str(folder)]) == 2
    _one_line(capsys, "folder")
