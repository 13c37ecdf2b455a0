"""A searchable country combo box: type part of a name, a code or a common name ("UK",
"Holland") and the likeliest countries are offered first; Return takes the top one, so
"Ind" then Return is India, not British Indian Ocean Territory (`domain.country_search`
ranks them). Promote a QComboBox to `CountryPicker` in Designer (header
`cdmo_desktop.gui.widgets.fields`), or make one in code.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from cdmo_desktop.domain import country_search, geo
from cdmo_desktop.gui.i18n import QT_TR_NOOP, tr
from cdmo_desktop.gui.widgets.search_picker import NO_LONGER_LISTED, Finder, SearchPicker

__all__ = ["NO_LONGER_LISTED", "CountryPicker"]

COUNTRIES = Finder(
    suggest=lambda text: [(code, name) for code, name in country_search.matches(text)],
    best=country_search.best_match,
    not_found=lambda text: tr("“{text}” is not a country: pick one from the list.").format(
        text=text
    ),
    alias=country_search.exact_match,
    normal=str.upper,
)


class CountryPicker(SearchPicker):
    """Holds an ISO 3166 alpha-2 code or None (the blank first item).

    Signals:
        value_changed(object): the code (None for none) after the choice changed.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            "countryPicker",
            geo.shown_countries(),
            COUNTRIES,
            QT_TR_NOOP("Type to search countries"),
            parent=parent,
        )
