"""How KPI values, periods, statuses and trends read on screen (numbers through gui.format)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QLocale
from PySide6.QtGui import QColor, QFontMetrics

from cdmo_desktop.domain.enums import KpiDirection, KpiPeriod, KpiTrend, KpiUnit, Rag
from cdmo_desktop.domain.kpi import period_label
from cdmo_desktop.gui import theme
from cdmo_desktop.gui.format import month_year_text, number_text, parse_amount
from cdmo_desktop.gui.i18n import QT_TR_NOOP, message, tr

# Status colours as the rest of the app draws RAG (the theme's text colour) and the tint
# behind it (the theme's late, warn and ok tints).
TINT_ROLES = {Rag.GREEN: "ok", Rag.AMBER: "warn", Rag.RED: "late"}
STATUS_PHRASES = {
    Rag.GREEN: QT_TR_NOOP("on target"),
    Rag.AMBER: QT_TR_NOOP("at risk"),
    Rag.RED: QT_TR_NOOP("off target"),
}
TREND_ARROWS = {KpiTrend.IMPROVING: "↗", KpiTrend.STABLE: "→", KpiTrend.WORSENING: "↘"}
MAX_DECIMALS = 4


def status_text(status: Rag | str | None) -> str:
    """ "Red – off target"; "No value" when nothing was measured or no target set."""
    if not status:
        return tr("No status")
    rag = Rag(status)
    return tr("{rag} – {status}").format(rag=message(rag.label), status=tr(STATUS_PHRASES[rag]))


def status_colour(status: Rag | str | None) -> QColor | None:
    return theme.current().rag(status) if status else None


def status_html_colour(status: Rag | str) -> str:
    """The status's text colour as "#rrggbb" for rich text and charts."""
    return theme.current().rag_text[Rag(status).value]


def status_tint(status: Rag | str | None) -> QColor | None:
    return theme.current().colour(f"{TINT_ROLES[Rag(status)]}_bg") if status else None


def status_tint_text(status: Rag | str | None) -> QColor | None:
    """The text colour drawn on `status_tint`."""
    return theme.current().colour(f"{TINT_ROLES[Rag(status)]}_fg") if status else None


def trend_text(trend: KpiTrend | str | None) -> str:
    if not trend:
        return ""
    t = KpiTrend(trend)
    return f"{TREND_ARROWS[t]} {message(t.label).lower()}"


def unit_label(unit: KpiUnit | str) -> str:
    return message(KpiUnit(unit).label)


def value_text(value: float | None, unit: KpiUnit | str | None = None) -> str:
    """A measured value in the locale's notation, at most four decimals, trailing zeros
    dropped ("98.5", "12", "1,250.75"); "%" after a percentage."""
    if value is None:
        return ""
    exact = Decimal(repr(float(value))).quantize(Decimal(1).scaleb(-MAX_DECIMALS))
    normal = exact.normalize()
    exponent = normal.as_tuple().exponent
    decimals = max(0, -exponent) if isinstance(exponent, int) else 0
    text = number_text(exact, decimals)
    return f"{text} %" if unit is not None and KpiUnit(unit) == KpiUnit.PERCENT else text


def target_text(
    target: float | None, direction: KpiDirection | str, unit: KpiUnit | str | None
) -> str:
    """The target with the side that is good: "≥ 95 %", "≤ 10 days"; "" when unset."""
    if target is None:
        return ""
    arrow = "≥" if KpiDirection(direction) == KpiDirection.HIGHER_BETTER else "≤"
    return f"{arrow} {value_text(target, unit)}"


def parse_value(text: str, locale: QLocale | None = None) -> float:
    """A value typed or pasted into a cell: the locale's notation (a decimal comma where
    the locale writes one), an optional "%" after it. ValueError with the reason."""
    typed = text.strip().removesuffix("%").strip()
    try:
        return float(parse_amount(typed, locale, MAX_DECIMALS))
    except (ValueError, InvalidOperation) as exc:
        # parse_amount speaks of amounts and a money example; a KPI value is a number.
        money = number_text(Decimal("3400000.50"), MAX_DECIMALS, locale)
        example = number_text(Decimal("1250.5"), 1, locale)
        message = str(exc).replace(money, example).replace("an amount", "a number")
        raise ValueError(message.replace("amount", "number")) from None


def period_text(period: KpiPeriod | str, start: date | None) -> str:
    """ "Okt. 2026" in German, "Oct 2026" in English; "Q4 2026"; "2026"."""
    if start is None:
        return ""
    kind = KpiPeriod(period)
    return month_year_text(start) if kind is KpiPeriod.MONTH else period_label(kind, start)


def widest_period_text(metrics: QFontMetrics) -> int:
    """The width of the widest month as the user's language writes it ("Sept. 2026")."""
    return max(metrics.horizontalAdvance(month_year_text(date(2026, m, 1))) for m in range(1, 13))
