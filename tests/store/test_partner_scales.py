"""Scales in the partner register: a search for "100 kg" or "2000 L" finds the partners that
work at that scale (themselves or at a site, however the size was written), the scale
filter keeps exactly them, sites carry capability, scale and platform tags like partners,
and a database of the previous revision keeps every site's free text, split into tags."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from sqlmodel import col, select

from cdmo_desktop.domain import scales
from cdmo_desktop.domain.enums import PartnerKind
from cdmo_desktop.domain.models import Partner, PartnerSite
from cdmo_desktop.store import Store, open_store, partner_list
from cdmo_desktop.store import partner_edits as edits
from cdmo_desktop.store.partner_list import PartnerFilters
from tests.migration_support import counts_kept, downgrade, table_counts

TODAY = date(2026, 11, 20)


def _partner(store: Store, name: str, scale_text: str = "") -> str:
    partner = Partner(name=name, kind=PartnerKind.CDMO, country="CH", scales=scale_text)
    store.write(f"New partner {name}", lambda s: s.add(partner))
    return partner.id


def _site(store: Store, pid: str, name: str, **tags: str) -> str:
    site_id = f"site-{name}"
    edits.save_child(store, pid, "site", site_id, {"name": name, **tags}, label="Add site")
    return site_id


def _names(store: Store, **filters: str) -> list[str]:
    f = PartnerFilters(**filters)  # type: ignore[arg-type]
    with store.read() as s:
        return [r.name for r in partner_list.fetch(s, f, 0, False, 50, TODAY)]


@pytest.fixture
def plants(store: Store) -> Store:
    hollis = _partner(store, "Hollis Ridge", "g; kg; 100 kg")
    _partner(store, "Laurentian", "mg; g")
    _partner(store, "Keystone 1000", "1000 kg")  # 1000 kg is not 100 kg
    rhein = _partner(store, "Rheinwald", "5,000 vials per batch")
    _site(store, rhein, "Basel", scales="200 L; 2,000L single-use", capabilities="Upstream")
    deccan = _partner(store, "Deccan")
    _site(store, deccan, "Unit II", scales="6 kL reactors; kg")
    _site(store, hollis, "Sanford", technology_platforms="Spray drying")
    return store


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("100 kg", ["Hollis Ridge"]),
        ("100kg", ["Hollis Ridge"]),
        ("2000 L", ["Rheinwald"]),
        ("2,000 l", ["Rheinwald"]),
        ("6 kL", ["Deccan"]),
        ("5000 vials", ["Rheinwald"]),
        ("upstream", ["Rheinwald"]),  # a site's capability
        ("spray drying", ["Hollis Ridge"]),  # a site's platform
    ],
)
def test_search_finds_scales_and_site_tags(plants: Store, text: str, expected: list[str]) -> None:
    assert _names(plants, text=text) == expected


@pytest.mark.parametrize(
    ("scale", "expected"),
    [
        ("kg", ["Deccan", "Hollis Ridge"]),  # Deccan works at kg scale at its site
        ("100 kg", ["Hollis Ridge"]),
        ("mg", ["Laurentian"]),
        ("t", []),
    ],
)
def test_the_scale_filter_keeps_exactly_those_partners(
    plants: Store, scale: str, expected: list[str]
) -> None:
    assert _names(plants, scale=scale) == expected


def test_site_tags_follow_edits_and_undo(plants: Store) -> None:
    with plants.read() as s:
        deccan = s.exec(select(Partner).where(Partner.name == "Deccan")).one()
    assert deccan.scale_tags == "|6 kl|kg|"
    cs = edits.save_child(
        plants, deccan.id, "site", "site-Unit II", {"scales": "100 kg"}, label="Edit site"
    )
    assert _names(plants, scale="100 kg") == ["Deccan", "Hollis Ridge"]
    plants.replay(cs.before, "Undo: Edit site")
    assert _names(plants, scale="100 kg") == ["Hollis Ridge"]
    with plants.read() as s:
        site = s.get(PartnerSite, "site-Unit II")
        assert site is not None and site.scales == "6 kL reactors; kg"


def test_free_site_text_is_sorted_into_tags() -> None:
    text = "GMP API manufacturing; 100 kg scale; lyophilisation; isolators for HPAPI up to OEB 4"
    assert scales.sort_site_tags(text) == (
        "GMP API manufacturing; isolators for HPAPI up to OEB 4",
        "100 kg scale",
        "Lyophilisation",
    )


# --- the previous revision, with data ---------------------------------------------------


def test_an_upgrade_keeps_every_site_text_as_tags(tmp_path: Path, demo_template: Path) -> None:
    path = tmp_path / "previous.sqlite"
    source, target = sqlite3.connect(demo_template), sqlite3.connect(path)
    source.backup(target)
    source.close()
    target.close()
    downgrade(path, "0003_money_minor_units")
    conn = sqlite3.connect(path)
    with conn:
        conn.execute(
            "UPDATE partner_site SET capabilities = ? WHERE name = ?",
            (
                "GMP API manufacturing; 100 kg scale; lyophilisation; 2,000 L reactors",
                "Sanford pilot plant (GMP)",
            ),
        )
    before = {
        site_id: text for site_id, text in conn.execute("SELECT id, capabilities FROM partner_site")
    }
    conn.close()
    counts = table_counts(path)

    store = open_store(path)  # upgrades (after a backup)
    with store.read() as s:
        sites = {site.id: site for site in s.exec(select(PartnerSite)).all()}
        hollis = s.exec(select(Partner).where(col(Partner.name).startswith("Hollis"))).one()
    after = table_counts(path)  # later revisions may add tables; none loses a row
    expected_counts, found_counts = counts_kept(counts, after)
    assert found_counts == expected_counts
    assert set(sites) == set(before)
    for site_id, text in before.items():  # every tag kept, in one of the three lists
        site = sites[site_id]
        kept = "; ".join(
            t for t in (site.capabilities, site.scales, site.technology_platforms) if t
        )
        assert sorted(kept.casefold().split("; ")) == sorted(text.casefold().split("; "))
    sanford = next(s for s in sites.values() if s.name == "Sanford pilot plant (GMP)")
    assert sanford.capabilities == "GMP API manufacturing"
    assert sanford.scales == "100 kg scale; 2,000 L reactors"
    assert sanford.technology_platforms == "Lyophilisation"
    assert "|100 kg|" in hollis.scale_tags and "|2000 l|" in hollis.scale_tags
    with store.read() as s:
        found = [
            r.name for r in partner_list.fetch(s, PartnerFilters(text="2000 L"), 0, False, 9, TODAY)
        ]
    store.close()
    assert found == [hollis.name, "Rheinwald Biologics"]  # 2000 L single-use


def test_a_search_for_100_kg_in_the_demo(demo_store: Store) -> None:
    """Seen by a consultant: "100 kg" found nothing although two partners work at 100 kg."""
    assert _names(demo_store, text="100 kg") == ["Deccan Synthesis", "Hollis Ridge Pharma Services"]
