"""The command line: demo, check, backup, list, the window launcher, and one-line errors."""

from __future__ import annotations

import hashlib
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlmodel import select

from cdmo_desktop.cli import main
from cdmo_desktop.domain.enums import AgreementKind, PartnerKind, Phase
from cdmo_desktop.domain.models import Agreement, Client, Engagement, Partner
from cdmo_desktop.store import Store, open_store
from cdmo_desktop.store.migrate import HEAD_REVISION

# Files, backups and the file checks of the command line (its list, report, export and
# check on both backends: test_cli_backends.py).
pytestmark = pytest.mark.sqlite_only


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _folder(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir())


def _one_error_line(capsys: pytest.CaptureFixture[str], *words: str) -> str:
    err = capsys.readouterr().err
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("cdmo-desktop: error: ") and "Traceback" not in err
    for word in words:
        assert word in lines[0]
    return lines[0]


@pytest.fixture
def closed_db(store: Store) -> Path:
    """A small portfolio in a closed database file."""
    with store.session() as s:
        client = Client(name="Aurora Therapeutics")
        partners = [
            Partner(name=n, kind=PartnerKind.CRO)
            for n in ("helix Analytical", "Northbridge Biologics", "Avalon CRO")
        ]
        s.add_all([client, *partners])
        s.flush()
        s.add_all(
            [
                Engagement(
                    title="Tox package",
                    client_id=client.id,
                    partner_id=partners[0].id,
                    phase=Phase.LEAD_OPTIMIZATION,
                ),
                Engagement(
                    title="API scale-up",
                    client_id=client.id,
                    partner_id=partners[1].id,
                    phase=Phase.SCALE_UP,
                ),
                Agreement(
                    title="Master services\tagreement",
                    kind=AgreementKind.MASTER_SERVICES,
                    partner_id=partners[1].id,
                    client_id=client.id,
                ),
            ]
        )
    path = store.path
    store.close()
    return path


def test_check_reports_schema_and_integrity(
    closed_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before, listing = _digest(closed_db), _folder(closed_db)
    assert main(["check", "--db", str(closed_db)]) == 0
    out = capsys.readouterr().out
    assert f"schema: {HEAD_REVISION} (current)" in out and "integrity_check: ok" in out
    assert re.search(r"schema objects: ok \(\d+ tables, \d+ indexes, \d+ triggers, \d+ views", out)
    assert _digest(closed_db) == before and _folder(closed_db) == listing


def _corrupt(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[len(data) // 2 :] = b"\xff" * (len(data) - len(data) // 2)
    path.write_bytes(bytes(data))


def _stamp_future(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '0099_from_the_future'")
    conn.commit()
    conn.close()


def _downgrade(path: Path) -> None:
    from tests.migration_support import downgrade

    downgrade(path, "0011_site_closures")


def _restamp_older(path: Path) -> None:
    """Today's schema stamped as the first revision: not what that revision made."""
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '0001_initial'")
    conn.commit()
    conn.close()


@pytest.mark.parametrize(
    ("spoil", "words"),
    [
        (lambda p: p.write_text("minutes of the JSC meeting"), ["not an SQLite file"]),
        (_corrupt, ["damaged"]),
        (lambda p: p.write_bytes(p.read_bytes()[:8192]), ["damaged"]),
        (_stamp_future, ["newer version", "0099_from_the_future"]),
        (_restamp_older, ["0001_initial", "its schema is not ours"]),
        (_downgrade, ["0011_site_closures", "behind"]),
        (lambda p: p.write_bytes(b""), ["empty"]),
    ],
    ids=["text", "corrupt", "truncated", "newer", "restamped", "behind", "empty"],
)
def test_check_refuses_unhealthy_files_in_one_line_without_touching_them(
    closed_db: Path, capsys: pytest.CaptureFixture[str], spoil: object, words: list[str]
) -> None:
    spoil(closed_db)  # type: ignore[operator]
    before, listing = _digest(closed_db), _folder(closed_db)
    assert main(["check", "--db", str(closed_db)]) != 0
    _one_error_line(capsys, str(closed_db), *words)
    assert _digest(closed_db) == before and _folder(closed_db) == listing


def test_check_of_a_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--db", str(tmp_path / "gone.sqlite")]) == 1
    _one_error_line(capsys, "does not exist")
    assert list(tmp_path.iterdir()) == []


def test_check_uses_the_environment_variable(
    closed_db: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("CDMO_DESKTOP_DB", str(closed_db))
    assert main(["check"]) == 0
    assert "integrity_check: ok" in capsys.readouterr().out


def test_list_prints_id_tab_name_sorted_by_name(
    closed_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _digest(closed_db)
    assert main(["list", "partners", "--db", str(closed_db)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split("\t")[1] for line in lines] == [
        "Avalon CRO",
        "helix Analytical",
        "Northbridge Biologics",
    ]
    with open_store(closed_db) as store, store.read() as s:
        ids = {p.name: p.id for p in s.exec(select(Partner))}
    assert all(line.split("\t")[0] == ids[line.split("\t")[1]] for line in lines)
    assert main(["--db", str(closed_db), "list", "engagements"]) == 0
    titles = [line.split("\t")[1] for line in capsys.readouterr().out.splitlines()]
    assert titles == ["API scale-up", "Tox package"]
    assert main(["list", "agreements", "--db", str(closed_db)]) == 0
    assert capsys.readouterr().out.splitlines()[0].split("\t")[1] == "Master services agreement"
    assert _digest(closed_db) == before


def test_list_refuses_a_newer_schema(closed_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _stamp_future(closed_db)
    assert main(["list", "partners", "--db", str(closed_db)]) == 1
    _one_error_line(capsys, "newer version")


def test_backup_prints_the_path_of_a_consistent_copy(
    closed_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _digest(closed_db)
    assert main(["backup", "--db", str(closed_db)]) == 0
    made = Path(capsys.readouterr().out.strip())
    assert made.parent == closed_db.parent / "backups" and made.is_file()
    assert main(["backup", "--db", str(closed_db), "--to", str(tmp_path / "stick")]) == 0
    chosen = Path(capsys.readouterr().out.strip())
    assert chosen.parent == tmp_path / "stick"
    conn = sqlite3.connect(chosen)
    assert conn.execute("SELECT count(*) FROM partner").fetchone() == (3,)
    conn.close()
    assert _digest(closed_db) == before


def test_backup_while_the_database_is_open(
    store: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    with store.session() as s:
        s.add(Partner(name="Kestrel CDMO", kind=PartnerKind.CDMO))
    assert main(["backup", "--db", str(store.path)]) == 0
    made = Path(capsys.readouterr().out.strip())
    conn = sqlite3.connect(made)
    assert conn.execute("SELECT name FROM partner").fetchall() == [("Kestrel CDMO",)]
    conn.close()


def test_backup_refuses_a_file_that_is_not_a_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_text("not a database")
    assert main(["backup", "--db", str(path)]) == 1
    _one_error_line(capsys, "not an SQLite file")
    assert _folder(path) == ["notes.sqlite"]


def test_demo_writes_a_new_file_and_refuses_to_overwrite(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "demo.sqlite"
    assert main(["demo", str(path)]) == 0
    assert capsys.readouterr().out.strip() == str(path)
    assert _folder(path) == ["demo.sqlite"]
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT count(*) FROM partner").fetchone()[0] >= 5
    assert conn.execute("SELECT count(*) FROM engagement").fetchone()[0] >= 4
    conn.close()
    before = _digest(path)
    assert main(["demo", str(path)]) == 2
    _one_error_line(capsys, "already exists", "--force")
    assert _digest(path) == before and _folder(path) == ["demo.sqlite"]


def test_demo_force_replaces_the_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "demo.sqlite"
    path.write_text("an old file")
    (tmp_path / "demo.sqlite-wal").write_bytes(b"stale write-ahead log of the old file")
    assert main(["demo", str(path), "--force"]) == 0
    assert _folder(path) == ["demo.sqlite"]
    assert main(["check", "--db", str(path)]) == 0


def test_demo_force_refuses_a_database_open_in_a_window(
    store: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _digest(store.path)
    assert main(["demo", str(store.path), "--force"]) == 1
    _one_error_line(capsys, "already open")
    assert _digest(store.path) == before
    assert not [p for p in store.path.parent.iterdir() if p.name.endswith(".part")]


def test_no_command_opens_the_window(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    calls: list[tuple[Path | str | None, bool]] = []
    import cdmo_desktop.gui.app as app

    def run(db: Path | str | None, demo: bool) -> int:
        calls.append((db, demo))
        return 0

    monkeypatch.setattr(app, "run", run)
    assert main([]) == 0
    assert main(["--db", str(tmp_path / "desk.sqlite")]) == 0
    assert main(["--demo"]) == 0
    assert main(["--db", "postgresql://dana@db.example.com/desk"]) == 0  # a team server
    assert calls == [
        (None, False),
        (tmp_path / "desk.sqlite", False),
        (None, True),
        ("postgresql://dana@db.example.com/desk", False),
    ]


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["--demo"],
        ["--db", "desk.sqlite"],
        ["--db=~/desk.sqlite"],
        ["Q3 plan.db"],
        ["--db", "postgresql://dana@db.example.com/desk"],
    ],
)
def test_a_plain_window_launch_skips_building_the_parser(
    argv: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """What the window opens is what the whole parser reads; the parser (every command's
    options, ~25 ms of CPU before the first paint) is not built for it."""
    import cdmo_desktop.cli as cli
    import cdmo_desktop.gui.app as app

    full = cli._parse(cli.build_parser(), cli.file_argument(argv))
    calls: list[tuple[Path | str | None, bool]] = []

    def run(db: Path | str | None, demo: bool) -> int:
        calls.append((db, demo))
        return 0

    def no_parser() -> None:
        raise AssertionError("the whole parser was built for a plain launch")

    monkeypatch.setattr(app, "run", run)
    monkeypatch.setattr(cli, "build_parser", no_parser)
    assert main(argv) == 0
    expected = getattr(full, "db", None)
    if isinstance(expected, Path):
        expected = expected.expanduser()
    assert calls == [(expected, full.demo)]


@pytest.mark.parametrize(
    "argv", [["check"], ["--db"], ["--db", "--demo"], ["demo"], ["--version"], ["x.txt"]]
)
def test_anything_but_a_plain_launch_goes_to_the_parser(argv: list[str]) -> None:
    from cdmo_desktop.cli import plain_launch

    assert plain_launch(argv) is None


def test_usage_errors_are_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--no-such-option"]) == 2
    _one_error_line(capsys, "--no-such-option")
    assert main(["list"]) == 2
    _one_error_line(capsys, "what")
    assert main(["--demo", "--db", "x.sqlite"]) == 2
    _one_error_line(capsys, "--demo")


def test_help_and_report_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    assert all(name in out for name in ("demo", "check", "backup", "list", "report"))
    assert main(["report", "status", "--help"]) == 0
    assert "--engagement" in capsys.readouterr().out


def test_parsing_arguments_imports_neither_the_store_nor_qt() -> None:
    code = (
        "import sys; from cdmo_desktop.cli import build_parser; "
        "build_parser().parse_args(['check']); "
        "heavy = {'sqlmodel', 'PySide6', 'sqlalchemy'}; "
        "print(sorted({m.split('.')[0] for m in sys.modules} & heavy))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_python_dash_m_check_as_a_process(closed_db: Path) -> None:
    ok = subprocess.run(
        [sys.executable, "-m", "cdmo_desktop", "check", "--db", str(closed_db)],
        capture_output=True,
        text=True,
    )
    assert ok.returncode == 0 and "integrity_check: ok" in ok.stdout and ok.stderr == ""
    _corrupt(closed_db)
    bad = subprocess.run(
        [sys.executable, "-m", "cdmo_desktop", "check", "--db", str(closed_db)],
        capture_output=True,
        text=True,
    )
    assert bad.returncode == 1 and bad.stdout == ""
    assert bad.stderr.count("\n") == 1 and "damaged" in bad.stderr


def test_a_frozen_app_lets_its_pdf_worker_start_through_main(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The worker process of a frozen app is the app's executable started again; without
    freeze_support at the entry point it would open a second window instead."""
    import multiprocessing

    called: list[bool] = []
    monkeypatch.setattr(multiprocessing, "freeze_support", lambda: called.append(True))
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert main(["--version"]) == 0
    assert called == [True]
    capsys.readouterr()
