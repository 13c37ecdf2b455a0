"""Sites get the tags partners have: capabilities, scales and technology platforms as
separate "; "-separated lists instead of one free-text field, and the register finds and
filters partners by scale (a derived `partner.scale_tags`, also in the register's index).

The free text each site held is split: quantities ("100 kg scale", "6 kL reactors") and the
standard scales become scales, the standard platforms platforms (in their standard
spelling), everything else stays a capability as written. Nothing is dropped. The search
words and scale keys of every partner are then recomputed.

This revision is frozen: the rules below are a copy of domain.scales and
store.derived_partners as they were when it was written, so an old database upgrades the
same way whatever those modules become.

Revision ID: 0004_site_tags
Revises: 0003_money_minor_units
Create Date: 2026-12-03
"""

import re
from collections import defaultdict
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlmodel.sql.sqltypes import AutoString

revision: str = "0004_site_tags"
down_revision: str | None = "0003_money_minor_units"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SCALES = ("mg", "g", "kg", "100 kg", "t")
PLATFORMS = (
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
_UNIT = "m³|gal|kg|kl|m3|mg|ml|g|l|t"
_NUMBER = r"\d{1,3}(?:[,'’\u202f\u2009 ]\d{3})+(?![\d])|\d+(?:[.,]\d+)?"
_QUANTITY = re.compile(rf"(?<![\w.])({_NUMBER})\s*({_UNIT})(?![\w])", re.IGNORECASE)
_GROUPED = re.compile(r"(?<=\d)[,'’\u202f\u2009](?=\d{3}(?!\d))")
_SPACES = re.compile("[ \u202f\u2009]")
OLD_INDEX = [
    "name_key",
    "archived",
    "name",
    "city",
    "country",
    "capabilities",
    "search_extra",
    "kind",
    "region",
    "qualification_status",
    "next_audit_due",
    "id",
]
NEW_INDEX = [*OLD_INDEX[:7], "scale_tags", *OLD_INDEX[7:]]


def _tags(text: str | None) -> list[str]:
    out: list[str] = []
    for raw in (text or "").split(";"):
        tag = " ".join(raw.split())
        if tag and tag.casefold() not in {t.casefold() for t in out}:
            out.append(tag)
    return out


def _normalise(text: str) -> str:
    folded = _GROUPED.sub("", " ".join(text.split()).casefold())
    return _QUANTITY.sub(lambda m: f"{_SPACES.sub('', m.group(1))} {m.group(2)}", folded)


def _is_scale(tag: str) -> bool:
    plain = _normalise(tag)
    return plain in SCALES or _QUANTITY.match(plain) is not None


def _key(tag: str) -> str:
    plain = _normalise(tag)
    match = _QUANTITY.match(plain)
    return f"{match.group(1)} {match.group(2)}" if match else plain


def _split(text: str | None) -> tuple[str, str, str]:
    caps, scales, platforms = [], [], []
    known = {p.casefold(): p for p in PLATFORMS}
    for tag in _tags(text):
        if _is_scale(tag):
            scales.append(tag)
        elif tag.casefold() in known:
            platforms.append(known[tag.casefold()])
        else:
            caps.append(tag)
    return "; ".join(caps), "; ".join(scales), "; ".join(platforms)


def _derive(conn: sa.Connection) -> None:
    """Search words and scale keys of every partner (store.derived_partners as of now)."""
    sites: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for pid, *site in conn.execute(
        sa.text(
            "SELECT partner_id, name, city, capabilities, scales, technology_platforms "
            "FROM partner_site"
        )
    ):
        sites[pid].append(tuple(v or "" for v in site))
    contacts: dict[str, list[str]] = defaultdict(list)
    for pid, name in conn.execute(
        sa.text("SELECT partner_id, name FROM contact WHERE partner_id IS NOT NULL")
    ):
        contacts[pid].append(name)
    data = []
    for pid, legal, platforms, scale_text in conn.execute(
        sa.text("SELECT id, legal_name, technology_platforms, scales FROM partner")
    ):
        rows = sites[pid]
        site_texts = sorted(
            " ".join(filter(None, [n, c, caps, _normalise(sizes), tech]))
            for n, c, caps, sizes, tech in rows
        )
        parts = [legal or "", platforms or "", _normalise(scale_text or "")]
        parts += [" | ".join(site_texts), " | ".join(sorted(contacts[pid]))]
        keys: list[str] = []
        for tag in _tags(scale_text) + [t for r in sorted(x[3] for x in rows) for t in _tags(r)]:
            if _key(tag) not in keys:
                keys.append(_key(tag))
        data.append(
            {
                "pid": pid,
                "words": " | ".join(parts).casefold(),
                "keys": "|" + "|".join(keys) + "|" if keys else "",
            }
        )
    if data:
        conn.execute(
            sa.text("UPDATE partner SET search_extra = :words, scale_tags = :keys WHERE id = :pid"),
            data,
        )


def upgrade() -> None:
    text = AutoString()
    op.add_column("partner_site", sa.Column("scales", text, server_default="", nullable=False))
    op.add_column(
        "partner_site",
        sa.Column("technology_platforms", text, server_default="", nullable=False),
    )
    op.add_column("partner", sa.Column("scale_tags", text, server_default="", nullable=False))
    conn = op.get_bind()
    rows = conn.execute(sa.text("SELECT id, capabilities FROM partner_site")).all()
    split = []
    for site_id, free_text in rows:
        caps, scales, platforms = _split(free_text)
        split.append({"id": site_id, "caps": caps, "scales": scales, "platforms": platforms})
    if split:
        conn.execute(
            sa.text(
                "UPDATE partner_site SET capabilities = :caps, scales = :scales, "
                "technology_platforms = :platforms WHERE id = :id"
            ),
            split,
        )
    _derive(conn)
    op.drop_index("ix_partner_register", table_name="partner")
    op.create_index("ix_partner_register", "partner", NEW_INDEX, unique=False)


def downgrade() -> None:
    conn = op.get_bind()
    rows = conn.execute(
        sa.text("SELECT id, capabilities, scales, technology_platforms FROM partner_site")
    ).all()
    merged = [
        {"id": site_id, "text": "; ".join(t for t in (caps, scales, platforms) if t)}
        for site_id, caps, scales, platforms in rows
    ]
    if merged:
        conn.execute(sa.text("UPDATE partner_site SET capabilities = :text WHERE id = :id"), merged)
    op.drop_index("ix_partner_register", table_name="partner")
    with op.batch_alter_table("partner_site") as batch:
        batch.drop_column("technology_platforms")
        batch.drop_column("scales")
    with op.batch_alter_table("partner") as batch:
        batch.drop_column("scale_tags")
    op.create_index("ix_partner_register", "partner", OLD_INDEX, unique=False)
