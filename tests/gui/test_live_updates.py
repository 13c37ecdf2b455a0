"""Live updates: another session's write shows on the open screens within a poll, and a
form with unsaved edits keeps what the user typed. Two Stores on one SQLite file stand for
two laptops on one server (the poller works on any Store)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from sqlmodel import select

from cdmo_desktop.domain import clock
from cdmo_desktop.domain.models import Partner
from cdmo_desktop.gui import conflicts as conflicts_dialog
from cdmo_desktop.gui.conflicts import Choice
from cdmo_desktop.gui.context import AppContext
from cdmo_desktop.gui.live_updates import LivePoller
from cdmo_desktop.gui.partners.partner_profile import TAB_PROFILE, PartnerProfileView
from cdmo_desktop.gui.partners.partners import PartnersView
from cdmo_desktop.store import Store, open_store
from cdmo_desktop.store.partner_edits import create_partner, save_partner
from tests.conftest import DEMO_TODAY

pytestmark = pytest.mark.gui

HOLLIS = "Hollis Ridge Pharma Services"


@pytest.fixture(autouse=True)
def _demo_day() -> Iterator[None]:
    with clock.frozen(DEMO_TODAY):
        yield


@pytest.fixture
def dana(demo_store: Store) -> Iterator[Store]:
    """Another user's session on the same database."""
    s = open_store(demo_store.path, user="Dana", lock=False)
    yield s
    s.close()


@pytest.fixture
def poller(qtbot: Any, demo_ctx: AppContext) -> Iterator[LivePoller]:
    p = LivePoller(demo_ctx, interval_ms=50)
    p.start()
    qtbot.waitUntil(lambda: p.cursor is not None, timeout=5000)
    yield p
    p.stop()


def _hollis_id(store: Store) -> str:
    with store.read() as s:
        return s.exec(select(Partner.id).where(Partner.name == HOLLIS)).one()


def test_another_users_new_partner_appears_in_the_open_list(
    qtbot: Any, demo_ctx: AppContext, dana: Store, poller: LivePoller
) -> None:
    view = PartnersView(demo_ctx)
    qtbot.addWidget(view)
    view.show()
    shown = lambda: [view.model.row_at(i).name for i in range(view.model.rowCount())]  # noqa: E731
    assert "Zephyr Fill Finish" not in shown()

    with qtbot.waitSignal(poller.updated, timeout=5000) as update:
        create_partner(dana, "p-zephyr", {"name": "Zephyr Fill Finish", "kind": "cdmo"})

    qtbot.waitUntil(lambda: "Zephyr Fill Finish" in shown(), timeout=5000)
    assert update.args[0].users == ("Dana",)


def test_own_edits_are_not_announced_twice(
    qtbot: Any, demo_ctx: AppContext, poller: LivePoller
) -> None:
    notices: list[object] = []
    demo_ctx.changed.connect(lambda _cs, who: notices.append(who))
    create_partner(demo_ctx.store, "p-mine", {"name": "Mine", "kind": "cdmo"})
    head = poller.cursor
    qtbot.waitUntil(lambda: poller.cursor != head, timeout=5000)

    assert poller not in notices


def test_an_open_profile_shows_the_other_users_edit(
    qtbot: Any, demo_ctx: AppContext, dana: Store, poller: LivePoller
) -> None:
    pid = _hollis_id(dana)
    view = PartnerProfileView(demo_ctx, pid)
    qtbot.addWidget(view, before_close_func=lambda w: w.discard())
    view.show()
    view.ui.tabs.setCurrentIndex(TAB_PROFILE)

    save_partner(dana, pid, {"city": "Lyon"})

    qtbot.waitUntil(lambda: view.ui.cityEdit.text() == "Lyon", timeout=5000)
    assert not view.is_dirty()


def test_what_the_user_is_typing_is_not_lost(
    qtbot: Any,
    demo_ctx: AppContext,
    dana: Store,
    poller: LivePoller,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pid = _hollis_id(dana)
    view = PartnerProfileView(demo_ctx, pid)
    qtbot.addWidget(view, before_close_func=lambda w: w.discard())
    view.show()
    view.ui.tabs.setCurrentIndex(TAB_PROFILE)
    view.ui.cityEdit.setFocus()
    view.ui.cityEdit.selectAll()
    qtbot.keyClicks(view.ui.cityEdit, "Basel")
    assert view.is_dirty()

    with qtbot.waitSignal(poller.updated, timeout=5000):
        save_partner(dana, pid, {"city": "Lyon", "website": "https://hollis.example"})
    qtbot.wait(400)  # past the profile's reload after a burst of notices

    assert view.ui.cityEdit.text() == "Basel"
    assert view.is_dirty()
    # Dana saved this partner after the form was opened, so saving asks (the conflict
    # dialog); the user keeps their city and Dana's other values.
    asked: list[str] = []

    def keep_my_city(
        _parent: object, error: Any, mine: dict[str, Any], _labels: object = None
    ) -> tuple[Choice, dict[str, Any]]:
        asked.append(error.sentence())
        theirs = error.conflicts[0].current
        merged = {key: theirs.get(key, value) for key, value in mine.items()}
        merged["city"] = mine["city"]
        return Choice.MERGE, merged

    monkeypatch.setattr(conflicts_dialog, "ask", keep_my_city)
    assert view.save()
    assert len(asked) == 1 and "changed this partner" in asked[0]
    with demo_ctx.store.read() as s:
        row = s.get(Partner, pid)
        assert row is not None
        assert (row.city, row.website) == ("Basel", "https://hollis.example")


def test_a_failed_poll_says_so_in_one_sentence_and_retries(
    qtbot: Any, demo_ctx: AppContext, demo_store: Store
) -> None:
    poller = LivePoller(demo_ctx, interval_ms=50)
    poller.start()
    qtbot.waitUntil(lambda: poller.cursor is not None, timeout=5000)
    demo_store.engine.dispose()
    path = demo_store.path
    moved = path.with_name("moved.sqlite")
    path.rename(moved)
    try:
        with qtbot.waitSignal(poller.unreachable, timeout=5000) as failed:
            poller.poll_now()
    finally:
        poller.stop()
        moved.rename(path)
    sentence = failed.args[0]
    assert sentence.endswith(".") and "\n" not in sentence and "SELECT" not in sentence
    assert poller.failing
