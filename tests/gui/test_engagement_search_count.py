"""The engagements screen counts a search over a large list on a worker thread while it
reads the first page (a count in by then lays the list out once); a slower count shows
the first rows at once with "Counting…", the count when it arrives, and a selected row
deeper than the rows read so far is selected again then. A small list counts at once."""

from __future__ import annotations

import threading
from datetime import date
from typing import Any

import pytest

from cdmo_desktop.domain.enums import EngagementStatus, Phase
from cdmo_desktop.gui.engagements import engagement_list_model as list_module
from cdmo_desktop.gui.engagements.engagements import EngagementsView
from cdmo_desktop.gui.workers import wait_for_jobs
from cdmo_desktop.store.engagement_edits import create_engagement
from tests.store.kickoff_world import build_world

pytestmark = pytest.mark.gui

MATCHES = 30


class Counts:
    """Every count's thread and filters; a count of a search text in `held` waits for
    its event."""

    def __init__(self) -> None:
        self.threads: list[threading.Thread] = []
        self.held: dict[str, threading.Event] = {}

    def hold(self, text: str) -> threading.Event:
        self.held[text] = threading.Event()
        return self.held[text]


@pytest.fixture
def counts(monkeypatch: pytest.MonkeyPatch) -> Counts:
    seen = Counts()
    real = list_module.count_engagements

    def counting(store: Any, filters: dict[str, Any]) -> int:
        seen.threads.append(threading.current_thread())
        held = seen.held.get(str(filters.get("text") or ""))
        if held is not None:
            assert held.wait(10)
        return real(store, filters)

    monkeypatch.setattr(list_module, "count_engagements", counting)
    return seen


@pytest.fixture
def view(qtbot: Any, ctx: Any, monkeypatch: pytest.MonkeyPatch) -> EngagementsView:
    monkeypatch.setattr(list_module, "BACKGROUND_COUNT_FROM", 10)  # a "large" list here
    world = build_world(ctx.store)
    for n in range(MATCHES):
        values = {
            "title": f"Tox batch {n:02d}",
            "client_id": world.client_id,
            "partner_id": world.partner_id,
            "program": "HX-101",
            "phase": Phase.PROCESS_DEVELOPMENT,
            "status": EngagementStatus.ACTIVE,
            "start_date": date(2027, 1, 4),
            "end_date": date(2027, 6, 30),
        }
        create_engagement(ctx.store, values)
    v = EngagementsView(ctx)
    v.model.page_size = 5
    qtbot.addWidget(v)
    v.resize(900, 500)
    v.show()
    qtbot.waitExposed(v)
    return v


def _search(view: EngagementsView, text: str) -> None:
    view.ui.searchEdit.setText(text)
    view.apply_filters()


def test_a_quick_count_of_a_large_search_is_laid_out_with_its_first_page(
    view: EngagementsView, counts: Counts
) -> None:
    view.model.count_wait_s = 10.0  # ends when the count is in (a loaded machine is slow)
    _search(view, "tox")
    assert not view.model.counting
    assert view.ui.countLabel.text() == f"{MATCHES} engagements"
    assert view.model.rowCount() == MATCHES
    assert counts.threads and counts.threads[-1] is not threading.main_thread()


def test_a_slow_count_of_a_large_search_arrives_after_its_first_rows(
    qtbot: Any, view: EngagementsView, counts: Counts
) -> None:
    view.model.count_wait_s = 0.0
    release = counts.hold("tox")
    _search(view, "tox")
    assert view.model.counting
    assert view.ui.countLabel.text() == "Counting the matching engagements…"
    assert view.model.row_at(0).title == "Tox batch 00"  # the first rows at once
    release.set()
    qtbot.waitUntil(lambda: not view.model.counting, timeout=5000)
    assert view.ui.countLabel.text() == f"{MATCHES} engagements"
    assert view.model.rowCount() == MATCHES
    assert threading.main_thread() not in counts.threads[-1:]


def test_a_stale_count_never_overwrites_a_newer_one(
    qtbot: Any, view: EngagementsView, counts: Counts
) -> None:
    view.model.count_wait_s = 0.0
    release_broad = counts.hold("batch")
    _search(view, "batch")  # 30 matches, counted slowly
    _search(view, "batch 01")  # 1 match ("01"), counted at once by the worker
    qtbot.waitUntil(lambda: not view.model.counting, timeout=5000)
    assert view.ui.countLabel.text() == "1 engagement"
    release_broad.set()
    assert wait_for_jobs(10)
    qtbot.wait(50)  # the broad search's count arrives now, and is dropped
    assert view.ui.countLabel.text() == "1 engagement"
    assert view.model.rowCount() == 1
    assert view.model.total == 1


def test_a_deep_selection_is_kept_once_the_search_is_counted(
    qtbot: Any, view: EngagementsView, counts: Counts
) -> None:
    view.model.count_wait_s = 0.0
    _search(view, "batch")
    qtbot.waitUntil(lambda: not view.model.counting, timeout=5000)
    deep = view.model.row_at(MATCHES - 2)
    assert view.select(deep.id)
    release = counts.hold("tox batch")
    _search(view, "tox batch")
    assert view.model.counting
    release.set()
    qtbot.waitUntil(lambda: not view.model.counting, timeout=5000)
    assert view.selected_id() == deep.id
    assert view.ui.countLabel.text() == f"{MATCHES} engagements"


def test_a_search_over_a_small_list_is_counted_at_once(
    view: EngagementsView, counts: Counts, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(list_module, "BACKGROUND_COUNT_FROM", 50_000)
    view.model.refresh()  # the list's size is read again
    _search(view, "tox")
    assert not view.model.counting
    assert view.ui.countLabel.text() == f"{MATCHES} engagements"
    assert counts.threads[-1] is threading.main_thread()


def test_filters_without_a_search_are_counted_at_once(
    view: EngagementsView, counts: Counts
) -> None:
    view.ui.showArchivedCheck.setChecked(True)
    assert not view.model.counting
    assert view.ui.countLabel.text() == f"{MATCHES + 1} engagements"
    assert counts.threads[-1] is threading.main_thread()
