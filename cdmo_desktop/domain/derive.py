"""Fields computed from others, applied before every write (name key, region, risk score)."""

from __future__ import annotations

from typing import Any

from cdmo_desktop.domain import geo, risk_matrix


def name_key(name: str) -> str:
    return " ".join(name.split()).casefold()


def apply(obj: Any) -> None:
    table = getattr(type(obj), "__tablename__", "")
    if table == "partner":
        if isinstance(obj.name, str):
            obj.name = obj.name.strip()
            obj.name_key = name_key(obj.name)
        if isinstance(obj.country, str):
            obj.country = obj.country.strip().upper()
            obj.region = geo.region_for(obj.country) if obj.country else None
    elif table == "risk":
        try:
            obj.score = risk_matrix.score(obj.likelihood, obj.impact)
            obj.level = risk_matrix.level(obj.likelihood, obj.impact)
        except (ValueError, TypeError):
            pass  # validation reports the bad score
