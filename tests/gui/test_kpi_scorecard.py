"""The partner scorecard and the portfolio's KPI tile, as the consultant sees them."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from cdmo_desktop.gui.context import AppContext
from cdmo_desktop.gui.kpis.scorecard import ScorecardModel
from cdmo_desktop.gui.partners.partner_profile import PartnerProfileView
from cdmo_desktop.gui.portfolio.portfolio import PortfolioView
from cdmo_desktop.store import kpi_edits
from tests.gui.kpi_support import TODAY, engagement_with_kpis, measure

OCT, SEP = date(2026, 10, 1), date(2026, 9, 1)


def _partner_of(ctx: AppContext, engagement_id: str) -> str:
    from cdmo_desktop.store.engagements import get_engagement_row

    row = get_engagement_row(ctx.store, engagement_id)
    assert row is not None
    return row.partner_id


def test_a_red_kpi_shows_on_the_portfolio_tile(ctx: AppContext, qtbot) -> None:
    eid, ids = engagement_with_kpis(ctx.store, "Tech transfer", "Basel Bio")
    view = PortfolioView(ctx, today=TODAY)
    qtbot.addWidget(view)
    view.show()
    assert view.kpi_tile.value.text() == "0"
    measure(ctx.store, ids[0], {SEP: 96.0, OCT: 80.0})  # on-time in-full, red below 85
    ctx.announce(
        kpi_edits.set_measurements(ctx.store, [kpi_edits.MeasurementEntry(ids[2], OCT, 99.0)])
    )
    assert view.kpi_tile.value.text() == "1"
    assert view.kpi_tile.value.property("tone") == "error"  # red: in the alert colour
    assert "Tech transfer" in view.kpi_tile.detail.text()
    assert "On-time in-full delivery: 80 % (Red" in view.kpi_tile.toolTip()
    with qtbot.waitSignal(ctx.open_engagement_tab_requested) as sig:
        view.kpi_tile.link_activated.emit("0")
    assert sig.args == [eid, "kpis"]


def test_the_agenda_says_when_a_periods_value_is_missing(ctx: AppContext, qtbot) -> None:
    _eid, ids = engagement_with_kpis(ctx.store, "Tech transfer", "Basel Bio")
    for kpi_id in ids[1:]:
        measure(ctx.store, kpi_id, {OCT: 1.0})  # October's value is in, but for the first
    measure(ctx.store, ids[0], {SEP: 96.0})
    view = PortfolioView(ctx, today=TODAY)
    qtbot.addWidget(view)
    agenda = view.agenda_model
    entries = [
        (agenda.row_at(r).title, agenda.index(r, agenda.KIND).data(), agenda.row_at(r).overdue)
        for r in range(agenda.rowCount())
        if agenda.row_at(r).kind == "kpi_missing"
    ]
    assert entries == [
        ("KPI value missing for Oct 2026: On-time in-full delivery", "KPI value", True)
    ]
    ctx.announce(
        kpi_edits.set_measurements(ctx.store, [kpi_edits.MeasurementEntry(ids[0], OCT, 97.0)])
    )
    view.refresh()
    assert not any(agenda.row_at(r).kind == "kpi_missing" for r in range(agenda.rowCount()))


def test_the_scorecard_lists_the_partners_kpis(ctx: AppContext, qtbot) -> None:
    eid, ids = engagement_with_kpis(ctx.store, "Tech transfer", "Basel Bio")
    measure(ctx.store, ids[0], {SEP: 96.0, OCT: 80.0})
    measure(ctx.store, ids[2], {OCT: 99.0})
    view = PartnerProfileView(ctx, _partner_of(ctx, eid))
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    panel = view.show_scorecard()
    assert panel is not None and panel.isVisible()
    model = panel.model
    names = [model.index(r, ScorecardModel.SECOND).data() for r in range(model.rowCount())]
    assert names == [
        "On-time in-full delivery",
        "On-time delivery of milestones",
        "Batch yield vs target",
        "Deviations per batch",
    ]
    assert model.index(0, ScorecardModel.FIRST).data() == "Tech transfer"
    assert model.index(0, ScorecardModel.LATEST).data() == "80 %"
    assert model.index(0, ScorecardModel.STATUS).data().startswith("Red")
    assert model.index(2, ScorecardModel.STATUS).data().startswith("Green")
    summary = panel.summary.text()
    assert "4 KPIs" in summary and "1 red" in summary and "1 green" in summary
    # A value entered elsewhere shows at once.
    ctx.announce(
        kpi_edits.set_measurements(ctx.store, [kpi_edits.MeasurementEntry(ids[0], OCT, 97.0)])
    )
    assert model.index(0, ScorecardModel.STATUS).data().startswith("Green")
    assert model.index(0, ScorecardModel.STATUS).data(Qt.ItemDataRole.ForegroundRole) is not None


def test_one_kpi_is_compared_across_partners(ctx: AppContext, qtbot) -> None:
    eid, ids = engagement_with_kpis(ctx.store, "Tech transfer", "Basel Bio")
    _other, other_ids = engagement_with_kpis(ctx.store, "Clinical supply", "Lyon Pharma")
    measure(ctx.store, ids[0], {OCT: 80.0})
    measure(ctx.store, other_ids[0], {OCT: 98.0})
    view = PartnerProfileView(ctx, _partner_of(ctx, eid))
    qtbot.addWidget(view)
    view.show()
    panel = view.show_scorecard()
    assert panel is not None
    panel.compare_combo.setCurrentIndex(panel.compare_combo.findText("On-time in-full delivery"))
    dialog = panel.compare()
    assert dialog is not None
    qtbot.addWidget(dialog)
    m = dialog.model
    rows = [
        (m.index(r, ScorecardModel.FIRST).data(), m.index(r, ScorecardModel.LATEST).data())
        for r in range(m.rowCount())
    ]
    assert rows == [("Basel Bio Tech transfer", "80 %"), ("Lyon Pharma Clinical supply", "98 %")]
    dialog.close()


def test_the_scorecard_is_exported_as_a_pdf(ctx: AppContext, qtbot, tmp_path, monkeypatch) -> None:
    from pypdf import PdfReader

    from cdmo_desktop.gui.reports import preview, printing

    shown: list[object] = []
    monkeypatch.setattr(preview, "show_preview", lambda *args: shown.append(args[1]))
    monkeypatch.setattr(printing, "print_pdf", lambda *args: shown.append(("print", args[1])))

    eid, ids = engagement_with_kpis(ctx.store, "Tech transfer", "Basel Bio")
    measure(ctx.store, ids[0], {SEP: 96.0, OCT: 80.0})
    view = PartnerProfileView(ctx, _partner_of(ctx, eid))
    qtbot.addWidget(view)
    view.show()
    panel = view.show_scorecard()
    assert panel is not None
    target = tmp_path / "scorecard.pdf"
    assert panel.export_pdf(target)
    assert not panel.export_button.isEnabled()  # one build at a time
    qtbot.waitUntil(lambda: panel.export_button.isEnabled(), timeout=90_000)
    assert panel.export_status.text().startswith("Saved scorecard.pdf · <a href='preview'>")
    panel.export_status.linkActivated.emit("preview")
    panel.export_status.linkActivated.emit("print")
    assert shown == [target, ("print", target)]  # previewed and printed in the app
    text = " ".join(page.extract_text() for page in PdfReader(target).pages)
    assert "On-time in-full delivery" in text and "Tech transfer" in text
    assert "80" in text


def test_the_tile_counts_every_kpi_off_target_but_lists_only_the_first_ones(
    ctx: AppContext, qtbot, monkeypatch
) -> None:
    from cdmo_desktop.gui.kpis import portfolio_kpis

    monkeypatch.setattr(portfolio_kpis, "MENU_LIMIT", 2)
    read = portfolio_kpis.kpis.off_target_kpis
    limits: list[int | None] = []

    def spy(store: object, today: object = None, *, limit: int | None = None) -> object:
        limits.append(limit)
        return read(store, today, limit=limit)  # type: ignore[arg-type]

    monkeypatch.setattr(portfolio_kpis.kpis, "off_target_kpis", spy)
    engagements = [engagement_with_kpis(ctx.store, f"Transfer {n}", "Basel Bio") for n in "ABC"]
    for _eid, ids in engagements:
        measure(ctx.store, ids[0], {OCT: 80.0})  # on-time in-full: red below 85
    view = PortfolioView(ctx, today=TODAY)
    qtbot.addWidget(view)
    view.show()
    assert view.kpi_tile.value.text() == "3"
    assert view.kpi_tile.detail.text().startswith("3 red · 0 amber")
    lines = view.kpi_tile.toolTip().splitlines()
    assert len(lines) == 3 and lines[-1] == "… and 1 more"
    assert limits and set(limits) == {2}  # never every KPI off target of the portfolio


def test_the_names_stay_readable_on_a_narrow_german_scorecard(
    ctx: AppContext, qtbot, german
) -> None:
    """A laptop at 150 % (the partner page about 700 px wide) in German: the status and
    trend words give way before the engagement and KPI names do, and nothing is cut at the
    table's right edge."""
    eid, ids = engagement_with_kpis(ctx.store, "Tech transfer", "Basel Bio")
    measure(ctx.store, ids[0], {SEP: 96.0, OCT: 80.0})
    view = PartnerProfileView(ctx, _partner_of(ctx, eid))
    qtbot.addWidget(view)
    view.resize(700, 500)
    view.show()
    panel = view.show_scorecard()
    assert panel is not None
    table = panel.table
    header = table.horizontalHeader()
    readable = table.fontMetrics().horizontalAdvance("x" * 12)
    for column in (ScorecardModel.FIRST, ScorecardModel.SECOND):
        assert header.sectionSize(column) >= readable, column
    widths = [header.sectionSize(c) for c in range(header.count())]
    assert sum(widths) <= table.viewport().width()
    assert view.minimumSizeHint().width() <= 700  # the row under the table fits too
    # Wider, the status words are whole again and the names take the rest.
    view.resize(1366, 768)
    qtbot.waitUntil(lambda: table.viewport().width() > 1000)
    status = model_text_width(table, ScorecardModel.STATUS)
    assert header.sectionSize(ScorecardModel.STATUS) >= status
    assert sum(header.sectionSize(c) for c in range(header.count())) == table.viewport().width()


def model_text_width(table, column: int) -> int:
    model = table.model()
    return max(
        table.fontMetrics().horizontalAdvance(str(model.index(r, column).data()))
        for r in range(model.rowCount())
    )
