"""How the register's columns share the table's width (gui.risks.register_columns)."""

from __future__ import annotations

import pytest

from cdmo_desktop.gui.risks.register_columns import Need, fit_widths

NEEDS = [
    Need(60, 60),  # code: always its width
    Need(100, 300, 4.0),  # title
    Need(70, 120, 1.0),  # owner
    Need(90, 90),  # next review
]


@pytest.mark.parametrize("available", [320, 400, 500, 570, 700, 1200])
def test_columns_fill_the_width_and_never_shrink_below_their_minimum(available: int) -> None:
    widths = fit_widths(available, NEEDS)
    assert sum(widths) == available
    assert all(w >= n.minimum for w, n in zip(widths, NEEDS, strict=True))
    assert (widths[0], widths[3]) == (60, 90)


def test_text_columns_grow_by_weight_until_comfortable_then_share_the_rest() -> None:
    title, owner = fit_widths(400, NEEDS)[1:3]
    assert (title - 100) == pytest.approx(4 * (owner - 70), abs=2)
    assert fit_widths(570, NEEDS)[1:3] == [300, 120]  # both comfortable, nothing left over
    wide = fit_widths(770, NEEDS)
    assert wide[1] - 300 == pytest.approx(4 * (wide[2] - 120), abs=2)


def test_when_the_minimums_do_not_fit_the_table_scrolls_at_the_minimums() -> None:
    assert fit_widths(200, NEEDS) == [60, 100, 70, 90]
