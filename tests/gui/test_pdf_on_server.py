"""A status report of an engagement on a team server is built by the PDF worker, which
opens the server by its address (and the password typed in this run, never written)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import sqlalchemy as sa
from pypdf import PdfReader

from cdmo_desktop.gui.reports import pdf_build
from cdmo_desktop.store import open_store
from cdmo_desktop.store.location import ServerURL
from cdmo_desktop.store.server import keep_session_password, session_password
from cdmo_desktop.store.status_reports import default_form


def test_the_worker_builds_a_status_report_from_a_server(pg_demo_url: str, tmp_path: Path) -> None:
    with open_store(pg_demo_url, create=False) as store:
        with store.read() as s:
            engagement_id, title = s.execute(
                sa.text("SELECT id, title FROM engagement ORDER BY title LIMIT 1")
            ).one()
        form = default_form(store, engagement_id, datetime(2026, 11, 20).date())
        address = store.address
    assert address.startswith("postgresql://") and ":" not in address.split("@")[0][13:]
    out = tmp_path / "status.pdf"
    request = pdf_build.StatusRequest(
        address, engagement_id, form, str(out), "A4", datetime(2026, 11, 20, 9, 0)
    )
    steps: list[int] = []
    snapshot = pdf_build.build(request, lambda pct, _text: steps.append(pct))
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert " ".join(title.split()[:2]) in " ".join(text.split())
    assert snapshot  # a new status report's snapshot, stored by the window afterwards
    assert steps and steps[-1] >= 90


def test_a_typed_password_travels_to_the_worker_in_the_unlock_message() -> None:
    url = ServerURL.parse("postgresql://dana@db.example.com:5432/desk")
    assert pdf_build.unlock_message(url.redacted) is None  # nothing typed: libpq's sources
    keep_session_password(url, "typed-in-dialog")
    message = pdf_build.unlock_message(url.redacted)
    assert message is not None and "typed-in-dialog" not in repr(message)
    pdf_build._unlock(message)
    assert session_password(url) == "typed-in-dialog"
