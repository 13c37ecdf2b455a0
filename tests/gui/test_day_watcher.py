"""The screens hear when the date changes: the day watcher fires at local midnight."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from pytestqt.qtbot import QtBot

from cdmo_desktop.domain import clock
from cdmo_desktop.gui.clock import LONGEST_WAIT_MS, DayWatcher

pytestmark = pytest.mark.gui


def test_the_date_changes_at_midnight(qtbot: QtBot) -> None:
    with clock.frozen(datetime(2026, 12, 1, 23, 59, 59, 800_000)):
        watcher = DayWatcher()
        assert watcher.timer.isActive() and watcher.timer.interval() <= 300
        clock.set_now(datetime(2026, 12, 2, 0, 0, 0, 100_000))  # midnight passes
        with qtbot.waitSignal(watcher.day_changed, timeout=2000) as changed:
            pass
        assert changed.args == [date(2026, 12, 2)]
        assert watcher.day == date(2026, 12, 2)
        assert watcher.timer.isActive() and watcher.timer.interval() == LONGEST_WAIT_MS


def test_a_timer_that_wakes_early_says_nothing_and_waits_again(qtbot: QtBot) -> None:
    with clock.frozen(datetime(2026, 12, 1, 23, 59, 59, 900_000)):
        watcher = DayWatcher()
        seen: list[date] = []
        watcher.day_changed.connect(seen.append)
        watcher.timer.timeout.emit()  # as if the timer fired with the clock still before 0:00
        assert seen == [] and watcher.timer.isActive()
        clock.set_now(datetime(2026, 12, 3, 8, 0))  # back from two nights asleep
        assert watcher.check() and seen == [date(2026, 12, 3)]
        assert not watcher.check() and seen == [date(2026, 12, 3)]


def test_the_wait_is_the_time_to_midnight(qtbot: QtBot) -> None:
    with clock.frozen(datetime(2026, 12, 1, 23, 30)):
        watcher = DayWatcher()
        assert 30 * 60 * 1000 <= watcher.timer.interval() <= 30 * 60 * 1000 + 100


def test_the_main_window_passes_the_new_day_to_the_screens(ctx, qtbot) -> None:
    from cdmo_desktop.gui.main_window import MainWindow

    with clock.frozen(datetime(2026, 12, 1, 23, 59)):
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        clock.set_now(datetime(2026, 12, 2, 0, 1))
        with qtbot.waitSignal(ctx.day_changed) as changed:
            window.day_watcher.check()
    assert changed.args == [date(2026, 12, 2)]
