"""The engagement list's cells: each is made on its own (a paint asks every cell of every
row shown, each role in turn), with the texts the columns name."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from cdmo_desktop.gui.engagements import engagement_list_model
from cdmo_desktop.gui.engagements.engagement_list_model import COLUMN_TITLES, EngagementSource
from cdmo_desktop.store.engagements import EngagementRow

pytestmark = pytest.mark.gui

ROW = EngagementRow(
    id="e1",
    title="Route scouting",
    client="Helix Bio",
    partner="Alpine Synthesis",
    program="HX-101",
    compound="free base",
    phase="discovery",
    status="active",
    start_date=date(2026, 1, 5),
    end_date=date(2026, 7, 9),
    rag="green",
    archived=True,
    client_id="c1",
    partner_id="p1",
)


def test_a_cell_formats_only_its_own_column(monkeypatch: pytest.MonkeyPatch) -> None:
    formatted: list[Any] = []
    real = engagement_list_model.date_text

    def counted(day: Any) -> str:
        formatted.append(day)
        return real(day)

    monkeypatch.setattr(engagement_list_model, "date_text", counted)
    source = EngagementSource.__new__(EngagementSource)  # display needs no store
    texts = [source.display(ROW, c) for c in range(len(COLUMN_TITLES))]
    assert formatted == [ROW.start_date, ROW.end_date]  # one date per date cell, no more
    assert texts[0] == "Route scouting (archived)"
    assert texts[1:4] == ["Helix Bio", "Alpine Synthesis", "HX-101 · free base"]
    assert texts[6] == real(ROW.start_date) and texts[7] == real(ROW.end_date)
    assert all(isinstance(t, str) and t for t in texts)
    formatted.clear()
    assert source.display(ROW, 0) == texts[0] and formatted == []
