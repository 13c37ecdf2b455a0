"""A searchable time-zone combo box for the partner forms.

People type a time zone the way they think of it: a region ("Asia", "Europe"), a city that
names no zone of its own ("Mumbai"), a country ("India") or part of a zone ("Kolk"). Each
keystroke offers the likeliest zones (`domain.geo.find_time_zones`), each shown with its
country and its offset from UTC; Return (or a pick from the list) takes one. Nothing is
checked while the text is half-typed: `value()` says whether the text names a zone, and the
form asks when the user leaves the field or saves. Promote a QComboBox to `TimeZonePicker`
in Designer (header `cdmo_desktop.gui.partners.zone_picker`).
"""

from __future__ import annotations

import functools
import zoneinfo
from datetime import UTC, datetime, timedelta

from PySide6.QtWidgets import QWidget

from cdmo_desktop.domain import geo
from cdmo_desktop.gui.i18n import QT_TR_NOOP, tr
from cdmo_desktop.gui.widgets.country_picker import CountryPicker
from cdmo_desktop.gui.widgets.search_picker import Finder, SearchPicker

PLACEHOLDER = QT_TR_NOOP("Type a city, country or region, e.g. Mumbai")


@functools.cache
def _country_of_zone() -> dict[str, str]:
    return {zone: code for code, zones in geo.zones_by_country().items() for zone in zones}


def zones_for_country(code: str) -> list[str]:
    return list(geo.zones_by_country().get(code.upper(), []))


def _utc_offset(zone: str, now: datetime) -> str:
    offset = now.astimezone(zoneinfo.ZoneInfo(zone)).utcoffset() or timedelta()
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "−"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours:02d}:{rest:02d}"


def describe_zone(zone: str, now: datetime | None = None) -> str:
    """ "Asia/Kolkata · India · UTC+05:30": what a suggestion shows."""
    parts = [zone]
    code = _country_of_zone().get(zone)
    if code:
        parts.append(geo.shown_name(code))
    if geo.is_time_zone(zone):
        parts.append(_utc_offset(zone, now or datetime.now(UTC)))
    return " · ".join(parts)


def _suggest(text: str) -> list[tuple[str, str]]:
    now = datetime.now(UTC)
    return [(zone, describe_zone(zone, now)) for zone in geo.find_time_zones(text, limit=30)]


def _best(text: str) -> str | None:
    found = geo.find_time_zones(text, limit=1)
    return found[0] if found else None


ZONES = Finder(
    suggest=_suggest,
    best=_best,
    not_found=lambda text: tr(
        "“{text}” is not a time zone: pick one from the list (type a city or country, e.g. Mumbai)."
    ).format(text=text),
)


class TimeZonePicker(SearchPicker):
    """Holds an IANA time-zone name or None (the blank first item).

    Signals:
        value_changed(object): the zone (None for none) after the choice changed.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            "timeZonePicker",
            ((zone, zone) for zone in geo.time_zones()),
            ZONES,
            PLACEHOLDER,
            complete_with_value=True,
            parent=parent,
        )
        self.setToolTip(tr("Type a city (Mumbai), a country (India) or a zone (Asia/Kolkata)"))
        self.search.activated.connect(self._on_search_activated)

    def suggest_for(self, country: CountryPicker) -> None:
        """Fill an empty zone with the country's zone when it has only one."""
        try:
            code = country.value()
        except ValueError:
            return
        if code and not self.currentText().strip():
            zones = zones_for_country(code)
            if len(zones) == 1:
                self.set_value(zones[0])

    def _on_search_activated(self, zone: str) -> None:
        self.set_value(zone)
