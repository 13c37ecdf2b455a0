"""Placeholders in clause texts: merged from data, unknown names refused by name."""

from __future__ import annotations

from datetime import date

import pytest

from cdmo_desktop.domain import placeholders
from cdmo_desktop.domain.placeholders import PlaceholderError, check, merge, values_for
from cdmo_desktop.domain.snapshot import (
    AgreementSnapshot,
    ChannelRow,
    CharterInfo,
    DataShareRow,
    EngagementInfo,
    EngagementSnapshot,
    EscalationRow,
    MetricRow,
    Party,
)
from cdmo_desktop.store.agreements import load_clause_library


def test_known_placeholders_are_replaced() -> None:
    text = merge(
        "{partner_name} works for {client_name}.",
        {"partner_name": "Hollis", "client_name": "Aurelis"},
    )
    assert text == "Hollis works for Aurelis."


def test_unknown_placeholder_is_refused_by_name() -> None:
    with pytest.raises(PlaceholderError) as err:
        merge("The {partnr_name} shall {scope}.", {"scope": "x", "partner_name": "y"})
    assert "{partnr_name}" in str(err.value)
    assert err.value.names == ("partnr_name",)


def test_check_names_every_unknown_placeholder_once() -> None:
    message = check("{a} {b} {a} {client_name}")
    assert message is not None
    assert "{a}, {b}" in message and "placeholders" in message


def test_double_braces_are_literal_and_stray_braces_refused() -> None:
    assert merge("a {{set}} of {client_name}", {"client_name": "C"}) == "a {set} of C"
    assert "stray" in (check("oops } here") or "")
    with pytest.raises(PlaceholderError):
        merge("open { brace", {})


def test_every_library_clause_uses_known_placeholders_only() -> None:
    library = load_clause_library()
    for kind in ("master_services", "work_order", "quality", "confidentiality", "data_access"):
        templates = library.for_kind(kind)
        assert templates, kind
        for t in templates:
            assert check(t.body) is None, (t.key, check(t.body))
            assert check(t.heading) is None


def _agreement(**kw) -> AgreementSnapshot:
    data = EngagementSnapshot(
        engagement=EngagementInfo(id="e", title="Scale-up", compound="ART-417", phase="scale_up"),
        client=Party(name="Aurelis"),
        partner=Party(name="Hollis", city="Durham", country="United States"),
        charter=CharterInfo(scope="Scale-up of the API to 100 kg."),
        channels=(ChannelRow(name="Weekly call", kind="call", cadence="weekly", owner="Kevin"),),
        escalation=(EscalationRow(level=1, who="Project leads", response_time_hours=24),),
        metrics=(MetricRow(metric="On-time delivery", target=">= 95%"),),
        data_shares=(
            DataShareRow(item="Assay data", direction="to_partner", purpose="route design"),
        ),
    )
    values = dict(
        id="a",
        title="MSA",
        kind="master_services",
        status="draft",
        client=Party(name="Aurelis", legal_name="Aurelis Therapeutics, Inc."),
        partner=data.partner,
        effective_date=date(2026, 3, 1),
        data=data,
    )
    values.update(kw)
    return AgreementSnapshot(**values)  # type: ignore[arg-type]


def test_values_come_from_charter_plan_register_and_metrics() -> None:
    values = values_for(_agreement())
    assert set(values) == set(placeholders.PLACEHOLDERS)
    assert values["scope"] == "Scale-up of the API to 100 kg."
    assert "Weekly call" in values["communication_plan"] and "Kevin" in values["communication_plan"]
    assert "Level 1: Project leads" in values["escalation_path"]
    assert "Assay data (to partner)" in values["data_access_schedule"]
    assert "On-time delivery: target >= 95%" in values["acceptance_criteria"]
    assert values["client_legal_name"] == "Aurelis Therapeutics, Inc."
    assert values["effective_date"] == "1 March 2026"
    assert values["partner_address"] == "Durham, United States"


def test_missing_data_is_marked_not_hidden() -> None:
    values = values_for(_agreement(data=None))
    assert values["scope"].startswith("[to be completed")
    assert values["acceptance_criteria"].startswith("[to be completed")


def test_address_does_not_repeat_city_or_country() -> None:
    line = placeholders.address_line(
        "1 Main St\nCambridge, MA\nUnited States", "Cambridge", "United States"
    )
    assert line == "1 Main St, Cambridge, MA, United States"
