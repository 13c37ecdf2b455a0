"""Countries, regions and time zones. Region is derived from the country, never typed."""

from __future__ import annotations

import functools
import unicodedata
import zoneinfo
from datetime import datetime, timedelta

from cdmo_desktop.domain.enums import Region
from cdmo_desktop.domain.messages import QT_TRANSLATE_NOOP, msg, reader_language

_NORTH_AMERICA = {"US", "CA", "PR", "GL", "BM", "PM", "UM", "VI"}
_LATIN_AMERICA = set(
    "MX GT BZ SV HN NI CR PA CU DO HT JM BS BB TT AG DM GD KN LC VC AI AW BQ CW SX MF BL "
    "KY TC VG MS GP MQ CO VE EC PE BO BR PY UY AR CL GY SR GF FK GS".split()
)
_EUROPE = set(
    "AD AL AT AX BA BE BG BY CH CY CZ DE DK EE ES FI FO FR GB GG GI GR HR HU IE IM IS IT JE "
    "LI LT LU LV MC MD ME MK MT NL NO PL PT RO RS RU SE SI SJ SK SM UA VA XK".split()
)
_MIDDLE_EAST_AFRICA = set(
    "AE BH IL IQ IR JO KW LB OM PS QA SA SY TR YE EG LY TN DZ MA EH SD SS ER ET DJ SO KE UG "
    "TZ RW BI CD CG GA GQ CM CF TD NE NG BJ TG GH CI LR SL GN GW SN GM ML BF MR CV ST AO ZM "
    "ZW MW MZ MG MU SC KM YT RE NA BW ZA LS SZ SH IO TF BV".split()
)


@functools.cache
def countries() -> list[tuple[str, str]]:
    """(ISO alpha-2 code, common name) sorted by name."""
    import pycountry

    out = []
    for c in pycountry.countries:
        name = getattr(c, "common_name", None) or c.name
        out.append((c.alpha_2, name))
    out.sort(key=lambda pair: pair[1])
    return out


@functools.cache
def _country_names() -> dict[str, str]:
    return dict(countries())


def country_name(code: str) -> str:
    """The country's English name: what is stored, sorted by, exported and printed."""
    return _country_names().get(code.upper(), code)


def shown_language() -> str:
    """The language countries are named in on screen: the user's (messages.read_in)."""
    return reader_language()


@functools.cache
def _names_in(language: str) -> dict[str, str]:
    """Every country's name in `language` (pycountry's ISO 3166 catalogues), English where
    there is no catalogue or no translation."""
    import gettext

    import pycountry

    names = _country_names()
    if language == "en":
        return names
    try:
        catalogue = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language])
    except OSError:
        return names
    return {code: catalogue.gettext(name) for code, name in names.items()}


def shown_name(code: str | None) -> str:
    """The country's name as the user reads it on screen: "Schweiz" in German ("" for no
    country; an unknown code as it is)."""
    if not code:
        return ""
    return _names_in(shown_language()).get(code.upper(), code)


@functools.cache
def countries_in(language: str) -> list[tuple[str, str]]:
    """(code, name in `language`), sorted by that name as its reader expects."""

    def key(pair: tuple[str, str]) -> tuple[str, str]:  # "Österreich" with the O's
        plain = unicodedata.normalize("NFKD", pair[1])
        return "".join(ch for ch in plain if not unicodedata.combining(ch)).casefold(), pair[1]

    return sorted(_names_in(language).items(), key=key)


def shown_countries() -> list[tuple[str, str]]:
    """(code, name on screen), sorted by that name as its reader expects."""
    return countries_in(shown_language())


def is_country(code: str) -> bool:
    return code.upper() in _country_names()


def region_for(code: str) -> Region | None:
    """The consultant's region grouping for a country (None for an unknown code)."""
    code = code.upper()
    if not is_country(code):
        return None
    if code in _NORTH_AMERICA:
        return Region.NORTH_AMERICA
    if code in _LATIN_AMERICA:
        return Region.LATIN_AMERICA
    if code in _EUROPE:
        return Region.EUROPE
    if code in _MIDDLE_EAST_AFRICA:
        return Region.MIDDLE_EAST_AFRICA
    return Region.ASIA_PACIFIC


@functools.cache
def time_zones() -> list[str]:
    """IANA zone names, without the legacy aliases a person would not pick."""
    zones = zoneinfo.available_timezones()
    return sorted(
        z for z in zones if "/" in z and not z.startswith(("Etc/", "SystemV/", "US/", "posix"))
    )


@functools.cache
def _all_zones() -> frozenset[str]:
    return frozenset(zoneinfo.available_timezones())


def is_time_zone(name: str) -> bool:
    """True for an IANA zone name. Membership in the zone list, never a ZoneInfo lookup:
    "Asia" (a folder of the database) raises IsADirectoryError there, and long or odd text
    OSError or RecursionError."""
    return isinstance(name, str) and name in _all_zones()


# Cities where partners' plants and labs are, which name no zone of their own.
_CITY_ZONES = {
    "mumbai": "Asia/Kolkata",
    "delhi": "Asia/Kolkata",
    "new delhi": "Asia/Kolkata",
    "bangalore": "Asia/Kolkata",
    "bengaluru": "Asia/Kolkata",
    "hyderabad": "Asia/Kolkata",
    "chennai": "Asia/Kolkata",
    "pune": "Asia/Kolkata",
    "ahmedabad": "Asia/Kolkata",
    "beijing": "Asia/Shanghai",
    "shenzhen": "Asia/Shanghai",
    "suzhou": "Asia/Shanghai",
    "wuxi": "Asia/Shanghai",
    "hangzhou": "Asia/Shanghai",
    "osaka": "Asia/Tokyo",
    "boston": "America/New_York",
    "philadelphia": "America/New_York",
    "raleigh": "America/New_York",
    "research triangle park": "America/New_York",
    "washington": "America/New_York",
    "san francisco": "America/Los_Angeles",
    "san diego": "America/Los_Angeles",
    "seattle": "America/Los_Angeles",
    "montreal": "America/Toronto",
    "basel": "Europe/Zurich",
    "geneva": "Europe/Zurich",
    "munich": "Europe/Berlin",
    "frankfurt": "Europe/Berlin",
    "milan": "Europe/Rome",
    "barcelona": "Europe/Madrid",
    "cambridge": "Europe/London",
    "manchester": "Europe/London",
    "edinburgh": "Europe/London",
    "cork": "Europe/Dublin",
    "lyon": "Europe/Paris",
    "incheon": "Asia/Seoul",
    "songdo": "Asia/Seoul",
}


@functools.cache
def zones_by_country() -> dict[str, list[str]]:
    """Country code -> its zones, from the zone database's own table."""
    from importlib import resources

    out: dict[str, list[str]] = {}
    try:
        text = (resources.files("tzdata.zoneinfo") / "zone.tab").read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError):
        return out
    for line in text.splitlines():
        if line.startswith("#") or not line.strip():
            continue
        code, _coords, zone, *_ = line.split("\t")
        if zone in _all_zones():
            out.setdefault(code, []).append(zone)
    return out


def find_time_zones(text: str, limit: int = 20) -> list[str]:
    """Zones for what a person types: a zone's own name or city ("Kolkata", "Asia/Ko"),
    a city without a zone of its own ("Mumbai" -> Asia/Kolkata) or a country ("India").
    A country named exactly comes first, then cities that start with the text, then
    other matches."""
    needle = " ".join(text.replace("_", " ").split()).casefold()
    if not needle:
        return []
    first: list[str] = []
    then: list[str] = []
    for code, name in countries():  # the country named exactly: its zones lead
        if name.casefold() == needle:
            first.extend(zones_by_country().get(code, []))
    for alias, zone in _CITY_ZONES.items():
        if alias.startswith(needle) and zone not in first:
            first.append(zone)
    for zone in time_zones():
        city = zone.rsplit("/", 1)[-1].replace("_", " ").casefold()
        full = zone.replace("_", " ").casefold()
        if city.startswith(needle) or full.startswith(needle):
            if zone not in first:
                first.append(zone)
        elif needle in full and zone not in then:
            then.append(zone)
    for code, name in countries():
        if name.casefold().startswith(needle) or code.casefold() == needle:
            then.extend(z for z in zones_by_country().get(code, []) if z not in then + first)
    return (first + sorted(set(then) - set(first), key=then.index))[:limit]


@functools.cache
def currencies() -> dict[str, str]:
    """ISO 4217 currency codes with their names."""
    import pycountry

    return {c.alpha_3: c.name for c in pycountry.currencies}


def is_currency(code: str) -> bool:
    return isinstance(code, str) and code in currencies()


def local_time_and_offset(zone: str, now: datetime, own_zone: str | None = None) -> tuple[str, str]:
    """("15:05", "6 h ahead") for `zone` at the aware instant `now`, relative to `own_zone`
    (the machine's zone when None); the offset is a message, shown in the user's language."""
    there = now.astimezone(zoneinfo.ZoneInfo(zone))
    here = now.astimezone(zoneinfo.ZoneInfo(own_zone)) if own_zone else now.astimezone()
    diff = (there.utcoffset() or timedelta()) - (here.utcoffset() or timedelta())
    minutes = int(diff.total_seconds() // 60)
    if minutes == 0:
        return there.strftime("%H:%M"), msg(QT_TRANSLATE_NOOP("messages", "same time"))
    h, m = divmod(abs(minutes), 60)
    amount = f"{h} h" if not m else f"{h} h {m:02d}" if h else f"{m} min"
    if minutes > 0:
        return there.strftime("%H:%M"), msg(
            QT_TRANSLATE_NOOP("messages", "{amount} ahead"), amount=amount
        )
    return there.strftime("%H:%M"), msg(
        QT_TRANSLATE_NOOP("messages", "{amount} behind"), amount=amount
    )
