"""Names of countries from CLDR (through Babel) in a given language, for the interface and for documents."""

from __future__ import annotations

from functools import cache

import pycountry
from babel import Locale, UnknownLocaleError

#: Kosovo has no ISO 3166-1 entry; the codes offices use for it.
_KOSOVO = {"XKX": "XK", "XKK": "XK"}


@cache
def country_name(language: str, code: str) -> str | None:
    """CLDR's name of the country `code` (ISO alpha-3, upper case) in `language`, if it has one."""
    found = pycountry.countries.get(alpha_3=code)
    territory = found.alpha_2 if found is not None else _KOSOVO.get(code)
    if territory is None:
        return None
    try:
        name = Locale.parse(language).territories.get(territory)
    except (UnknownLocaleError, ValueError):
        return None
    return str(name) if name else None
