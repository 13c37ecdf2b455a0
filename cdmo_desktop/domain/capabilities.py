"""The standard vocabulary of a partner profile: capability tags, scales, technology platforms.

Profiles store each list as "; "-separated text (see domain.models.partner); these helpers
split and join it so every screen and report reads the same tags. Free additions are
allowed: the standard lists only make the common answers one click away and keep spelling
consistent across partners (so search finds them).
"""

from __future__ import annotations

from collections.abc import Iterable

SEPARATOR = "; "

# What a partner can do for a client, in the order a consultant walks a program through.
STANDARD_CAPABILITIES: tuple[str, ...] = (
    "Medicinal chemistry",
    "Computational chemistry",
    "Custom synthesis",
    "Process development",
    "Scale-up",
    "Tech transfer",
    "GMP API manufacturing",
    "Highly potent API (HPAPI)",
    "Solid-state characterisation",
    "Biologics",
    "Cell line development",
    "Upstream",
    "Downstream",
    "Formulation",
    "Fill-finish",
    "Packaging",
    "Clinical supply",
    "Analytical",
    "Method validation",
    "Release testing",
    "Stability",
    "Microbiology",
    "DMPK",
    "In vitro ADME",
    "Toxicology",
    "Regulatory support",
)

# Batch scales from bench to plant; "100 kg" sits between pilot and commercial.
SCALES: tuple[str, ...] = ("mg", "g", "kg", "100 kg", "t")

STANDARD_PLATFORMS: tuple[str, ...] = (
    "Flow chemistry",
    "Biocatalysis",
    "Cryogenic chemistry",
    "Hydrogenation",
    "Peptide synthesis (SPPS)",
    "Oligonucleotide synthesis",
    "Antibody-drug conjugates (ADC)",
    "Mammalian cell culture",
    "Microbial fermentation",
    "mRNA / lipid nanoparticles",
    "Viral vectors",
    "Spray drying",
    "Hot-melt extrusion",
    "Lyophilisation",
    "Continuous manufacturing",
    "Prefilled syringes",
)


def split_tags(text: str | None) -> list[str]:
    """Tags of a "; "-separated field, trimmed, empty ones and repeats (ignoring case) dropped.
    Commas stay inside a tag ("5,000 vials per batch")."""
    out: list[str] = []
    seen: set[str] = set()
    for raw in (text or "").split(";"):
        tag = " ".join(raw.split())
        key = tag.casefold()
        if tag and key not in seen:
            seen.add(key)
            out.append(tag)
    return out


def join_tags(tags: Iterable[str]) -> str:
    return SEPARATOR.join(split_tags(SEPARATOR.join(tags)))


def canonical(tag: str, standard: Iterable[str]) -> str:
    """The standard spelling of `tag` when it matches a standard one ignoring case."""
    clean = " ".join(tag.split())
    for known in standard:
        if known.casefold() == clean.casefold():
            return known
    return clean
