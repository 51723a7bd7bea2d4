"""Labels and formats that pages and dialogs share: the vocabulary's words, dates, numbers, money, routes."""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal
from enum import StrEnum

from PySide6.QtCore import QDate, QLocale, QTime
from PySide6.QtGui import QColor

from desktop.i18n import current_locale, right_to_left, tr
from desktop.places import place_name
from planning import labels as vocabulary
from planning.movements import MovementView
from planning.vocabulary import AssuranceStatus

#: Bar and badge colours by status: in force green, requested grey, under review amber, ended red-ish.
STATUS_COLOURS = {
    AssuranceStatus.IN_FORCE: QColor("#2e7d32"),
    AssuranceStatus.REQUESTED: QColor("#8a8f98"),
    AssuranceStatus.UNDER_REVIEW: QColor("#e0a100"),
    AssuranceStatus.EXPIRED: QColor("#c97a72"),
    AssuranceStatus.REVOKED: QColor("#b3261e"),
}
#: Softer tints of the same colours for table cells.
STATUS_TINTS = {status: QColor(colour.red(), colour.green(), colour.blue(), 48)
                for status, colour in STATUS_COLOURS.items()}

REVIEW_BANNER = "background: #fff4d6; color: #6b4e00; padding: 6px 8px; border-radius: 4px;"
SUSPENSION_BANNER = "background: #fde7e9; color: #8c1d18; padding: 6px 8px; border-radius: 4px;"


def label(value: StrEnum | None) -> str:
    """A vocabulary value as the interface names it, translated: 'in_force' → 'In force' / 'En vigueur'.

    The one label of each value (`planning.labels`), marked for translation with its enum as context in
    `desktop/service_messages.py`."""
    if value is None:
        return ""
    return tr(vocabulary.label(value), vocabulary.context(type(value)))


def in_sentence(value: StrEnum) -> str:
    """The label inside a sentence: 'in force', 'en vigueur'; 'UNHCR' and 'HCR' stay whole."""
    return vocabulary.lower_first(label(value))


def stored_label(kind: type[StrEnum], raw: str) -> str:
    """A value kept as plain text (a counselling topic) by its label; as stored when the vocabulary no longer
    has it."""
    try:
        return label(kind(raw))
    except ValueError:
        return raw.replace("_", " ")


def day(value: date | None, open_ended: str | None = None) -> str:
    """A date as every screen of Homeward shows it: in the interface locale's short format
    (ISO, 2026-06-01, before a locale is installed)."""
    if value is None:
        return tr("open-ended") if open_ended is None else open_ended
    locale = current_locale()
    if locale is None:
        return value.isoformat()
    return locale.toString(QDate(value.year, value.month, value.day), date_format())


def when(moment: datetime) -> str:
    """A departure as every Homeward screen shows it: date and UTC time in the interface locale."""
    locale = current_locale()
    if locale is None:
        return moment.strftime("%Y-%m-%d %H:%M")
    return f"{day(moment.date())} {clock(moment.time())}"


def clock(moment: time) -> str:
    """A time of day as every Homeward screen shows it: hours and minutes in the interface locale."""
    locale = current_locale()
    if locale is None:
        return moment.strftime("%H:%M")
    return locale.toString(QTime(moment.hour, moment.minute), "HH:mm")


def month(value: date, short: bool = False) -> str:
    """'Jun 2026' (or 'Jun 26' when short) in the interface locale."""
    locale = current_locale() or QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return locale.toString(QDate(value.year, value.month, 1), "MMM yy" if short else "MMM yyyy")


def number(value: int | float | Decimal, decimals: int = 0) -> str:
    """A count or amount with the interface locale's digit grouping: 1,234 / 1 234 (Arabic: 1,234, i18n.LOCALES)."""
    locale = current_locale()
    if locale is None:
        return f"{value:,.{decimals}f}"
    return locale.toString(float(value), "f", decimals)


def long_month(value: date) -> str:
    """'August 2026' in the interface locale (English before a locale is installed)."""
    locale = current_locale() or QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return locale.toString(QDate(value.year, value.month, 1), "MMMM yyyy")


def money(amount: Decimal | int | None) -> str:
    """An amount in euros, whole euros without decimals: €1,250 / 1 250 € in the interface locale."""
    if amount is None:
        return ""
    decimals = 0 if Decimal(amount) == Decimal(amount).to_integral_value() else 2
    locale = current_locale()
    if locale is None:
        return f"€{Decimal(amount):,.{decimals}f}"
    return locale.toCurrencyString(float(amount), "€", decimals)


def left_to_right(text: str) -> str:
    """A path, address or code that reads left to right, kept whole inside a right-to-left line."""
    return f"\u2066{text}\u2069" if right_to_left() else text


def arrow() -> str:
    """From one thing to the next in the reading direction: → (← right to left)."""
    return "←" if right_to_left() else "→"


def route(movement: MovementView) -> str:
    """Brussels (BRU) → IST → Tbilisi (TBS), transit points in between, each named in the interface language."""
    stops = [movement.origin, *movement.transit_points, movement.destination]
    return f" {arrow()} ".join(place_name(stop) for stop in stops)


def cost(movement: MovementView) -> str:
    if movement.charter_cost is not None:
        return tr("{amount} charter").format(amount=money(movement.charter_cost))
    return tr("{amount} / seat").format(amount=money(movement.cost_per_seat))


def escorts(movement: MovementView) -> str:
    parts = []
    if movement.medical_escort_places:
        parts.append(tr("medical {free}/{places}").format(free=movement.free_medical_escorts,
                                                         places=movement.medical_escort_places))
    if movement.minor_escort_places:
        parts.append(tr("minors {free}/{places}").format(free=movement.free_minor_escorts,
                                                        places=movement.minor_escort_places))
    return " · ".join(parts) or "—"


def date_format() -> str:
    """The display format of date fields: the interface locale's short date (ISO before a locale is installed)."""
    locale = current_locale()
    if locale is None:
        return "yyyy-MM-dd"
    return locale.dateFormat(QLocale.FormatType.ShortFormat).replace("yy", "yyyy").replace("yyyyyyyy", "yyyy")


def date_time_format() -> str:
    """The display format of date-and-time fields (24-hour clock)."""
    return f"{date_format()} HH:mm"
