"""`cdmo-desktop report ...`: PDFs from the command line, one-line errors, no partial file."""

from __future__ import annotations

import os
import sys

import pytest

from cdmo_desktop.cli.report import main
from tests.conftest import cli_db
from tests.reports.conftest import PROCESS
from tests.reports.pdfcheck import text_of


def test_status_report_by_title(demo_store, tmp_path, capsys):
    out = tmp_path / "status.pdf"
    rc = main(
        [
            "report",
            "status",
            "--db",
            cli_db(demo_store),
            "--engagement",
            PROCESS,
            "--out",
            str(out),
            "--from",
            "2026-11-01",
            "--to",
            "2026-11-20",
        ]
    )
    assert rc == 0
    text = " ".join(text_of(out).split())
    assert PROCESS in text and "1 Nov 2026 – 20 Nov 2026" in text
    assert capsys.readouterr().out.strip() == str(out)


def test_agreement_by_id(demo_store, tmp_path):
    from sqlmodel import select

    from cdmo_desktop.domain.models import Agreement

    with demo_store.read() as s:
        a = s.exec(select(Agreement).where(Agreement.kind == "quality")).first()
    out = tmp_path / "qa.pdf"
    rc = main(
        [
            "report",
            "agreement",
            "--db",
            cli_db(demo_store),
            "--agreement",
            a.id,
            "--out",
            str(out),
            "--paper",
            "Letter",
        ]
    )
    assert rc == 0 and "Quality agreement" in text_of(out)


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["status", "--engagement", "No such engagement"], "No engagement with the id or exact"),
        (["agreement", "--agreement", "Master services agreement"], "give the id instead"),
        (["agreement", "--agreement", "nope"], "No agreement with the id or exact title"),
    ],
)
def test_unknown_ref_fails_with_one_line_and_no_file(demo_store, tmp_path, capsys, args, expected):
    out = tmp_path / "x.pdf"
    rc = main(["report", args[0], "--db", cli_db(demo_store), *args[1:], "--out", str(out)])
    err = capsys.readouterr().err
    assert rc != 0
    assert expected in err and err.count("\n") == 1
    assert not out.exists()
    assert not [p for p in tmp_path.iterdir() if p.suffix == ".part"]


def test_unwritable_path_fails_and_leaves_nothing(demo_store, tmp_path, capsys):
    missing = tmp_path / "no" / "such" / "folder" / "x.pdf"
    rc = main(
        [
            "report",
            "status",
            "--db",
            cli_db(demo_store),
            "--engagement",
            PROCESS,
            "--out",
            str(missing),
        ]
    )
    assert rc != 0 and "does not exist" in capsys.readouterr().err
    assert not missing.parent.exists()


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="root ignores modes")
def test_read_only_folder_is_refused(demo_store, tmp_path, capsys):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        rc = main(
            [
                "report",
                "status",
                "--db",
                cli_db(demo_store),
                "--engagement",
                PROCESS,
                "--out",
                str(folder / "x.pdf"),
            ]
        )
    finally:
        folder.chmod(0o700)
    assert rc != 0 and "permission denied" in capsys.readouterr().err
    assert list(folder.iterdir()) == []


def test_failure_during_layout_leaves_no_partial_file(demo_store, tmp_path, capsys, monkeypatch):
    from cdmo_desktop.reports import layout

    def explode(self, flowable):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(layout.ReportDocument, "afterFlowable", explode)
    out = tmp_path / "s.pdf"
    rc = main(
        [
            "report",
            "status",
            "--db",
            cli_db(demo_store),
            "--engagement",
            PROCESS,
            "--out",
            str(out),
        ]
    )
    assert rc != 0 and "The disk is full: free some space" in capsys.readouterr().err
    assert [p.name for p in tmp_path.iterdir() if p.suffix in (".pdf", ".part")] == []


def test_missing_database_is_one_line(tmp_path, capsys):
    rc = main(
        [
            "report",
            "agreement",
            "--db",
            str(tmp_path / "none.sqlite"),
            "--agreement",
            "x",
            "--out",
            str(tmp_path / "x.pdf"),
        ]
    )
    err = capsys.readouterr().err
    assert rc != 0 and "does not exist" in err and err.count("\n") == 1
    assert not (tmp_path / "none.sqlite").exists()


def test_every_demo_engagement_and_agreement_exports_through_the_app_cli(demo_store, tmp_path):
    from sqlmodel import select

    from cdmo_desktop.cli import main as app_main
    from cdmo_desktop.domain.models import Agreement, Engagement

    with demo_store.read() as s:
        engagements = s.exec(select(Engagement.id)).all()
        agreements = s.exec(select(Agreement.id)).all()
    db = cli_db(demo_store)
    for n, eid in enumerate(engagements):
        out = tmp_path / f"s{n}.pdf"
        assert (
            app_main(["report", "status", "--db", db, "--engagement", eid, "--out", str(out)]) == 0
        )
        assert "Page 1 of" in text_of(out)
    for n, aid in enumerate(agreements):
        out = tmp_path / f"a{n}.pdf"
        assert (
            app_main(["report", "agreement", "--db", db, "--agreement", aid, "--out", str(out)])
            == 0
        )
