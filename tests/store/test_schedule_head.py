"""The plan's head read straight from the file, without the ORM (the Schedule screen's
first paint when it is the start screen): the same items, order and links as the store's
read, and no SQLAlchemy loaded to get them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from cdmo_desktop.domain.models.schedule import PHASE_RANK_SQL
from cdmo_desktop.store import open_store, schedule_head
from cdmo_desktop.store import schedule as sched
from tests.conftest import _copy_db

pytestmark = pytest.mark.sqlite_only


@pytest.fixture
def demo_file(demo_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "demo.sqlite"
    _copy_db(demo_template, path)
    return path


@pytest.mark.parametrize("limit", [1, 7, 10_000])
def test_the_file_gives_the_plan_the_store_gives(demo_file: Path, limit: int) -> None:
    before = demo_file.read_bytes()
    head = schedule_head.read_head(demo_file, limit=limit)
    assert demo_file.read_bytes() == before  # read-only: nothing written
    store = open_store(demo_file)
    try:
        assert head == sched.load_plan(store, limit=limit)
        engagement = head.items[0].engagement_id
        one = schedule_head.read_head(demo_file, engagement, limit=limit)
        assert one == sched.load_plan(store, engagement, limit=limit)
    finally:
        store.close()
    assert len(head.items) == limit or limit == 10_000
    assert head.links or limit < 10_000  # the whole demo plan has links


def test_the_phase_order_is_the_one_the_plan_index_keeps() -> None:
    assert PHASE_RANK_SQL.replace("CASE phase", "CASE m.phase") == schedule_head._PHASE_RANK


def test_reading_the_head_loads_no_orm(demo_file: Path) -> None:
    code = (
        "import sys; from pathlib import Path; "
        "from cdmo_desktop.store.schedule_head import read_head; "
        f"plan = read_head(Path({str(demo_file)!r}), limit=50); "
        "print(len(plan.items), 'sqlalchemy' in sys.modules, 'sqlmodel' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    ).stdout
    assert out.split() == ["50", "False", "False"]
