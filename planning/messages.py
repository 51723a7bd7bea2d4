"""Words people read, as a key and typed values: English here, any language in the interface.

Every error, explanation and report line that planning/ and monitoring/ give people is a key with the
values of its text. The English template of each key lives in a table beside the code that uses it
(`planning/texts.py`, `planning/readiness/texts.py`, `monitoring/texts.py`…), registered here when that
table is imported. `english()` fills a template in English (the command line, the logs); the desktop
fills the same template translated, writing each value as the interface language writes it.

A value is a str, an int, a float, a Decimal, a date, datetime or time of day, a vocabulary word (a `StrEnum`,
written by its label, 'medical need'), a `Phrase` (one wording of a part of a text, with values of its
own), a `Count` (a number with the noun it counts, in the right plural form), an amount of `Money`
('€1,250'), a `Month` ('June 2026'), a `Country` or another `Place` (named in the reader's language), an
object that words itself (`Worded`: a readiness reason), a tuple of values (written 'a, b'), or None.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from enum import StrEnum
from typing import Protocol, TypeAlias, runtime_checkable

#: Every registered key's English template, `{name}` where a value goes.
TEMPLATES: dict[str, str] = {}
#: The wordings a part of a text can take (`Phrase`), by key.
PHRASES: dict[str, str] = {}
#: Counted nouns (`Count`): the English singular and plural templates, `{n}` where the number goes.
PLURALS: dict[str, tuple[str, str]] = {}
#: Which table each key came from (the module name), for the catalogue and the tests.
ORIGINS: dict[str, str] = {}
#: The fields a validation error may name (`ValidationError.field`), as English names them: 'done_on' → 'done on'.
FIELDS: dict[str, str] = {}


def register(origin: str, templates: Mapping[str, str] = {}, phrases: Mapping[str, str] = {},
             plurals: Mapping[str, tuple[str, str]] = {}, *, fields: Mapping[str, str] = {}) -> None:
    """Add a table's keys; a key registered twice with another text is a bug. A field may be named by
    several tables, always with the same words."""
    for table, entries in ((TEMPLATES, templates), (PHRASES, phrases), (PLURALS, plurals)):
        for key, text in entries.items():
            known = table.get(key)
            if known is not None and known != text:
                raise ValueError(f"message key {key!r} of {origin} is already registered with another text")
            table[key] = text  # type: ignore[assignment]
            ORIGINS.setdefault(key, origin)
    for name, label in fields.items():
        if FIELDS.get(name, label) != label:
            raise ValueError(f"field {name!r} of {origin} is already named {FIELDS[name]!r}")
        FIELDS[name] = label


@dataclass(frozen=True)
class Phrase:
    """One wording (`PHRASES[key]`) of a part of a text, with its own values."""

    key: str
    params: Params = ()

    @classmethod
    def of(cls, key: str, **params: Value) -> Phrase:
        if key not in PHRASES:
            raise KeyError(f"no phrase {key!r}")
        return cls(key, tuple(params.items()))


@dataclass(frozen=True)
class Count:
    """A number and the noun it counts ('1 household', '3 households'): `PLURALS[key]`."""

    key: str
    n: int

    def __post_init__(self) -> None:
        if self.key not in PLURALS:
            raise KeyError(f"no counted noun {self.key!r}")


@dataclass(frozen=True)
class Money:
    """An amount in euros: whole euros without cents ('€1,250'), else with them ('€12.50')."""

    amount: int | Decimal


@dataclass(frozen=True)
class Month:
    """A calendar month ('June 2026'): `first` is its first day."""

    first: date

    @classmethod
    def of(cls, day: date) -> Month:
        return cls(day.replace(day=1))


@dataclass(frozen=True)
class Country:
    """A country: English names it as stored ('Georgia'), another language by its ISO code ('Géorgie')."""

    code: str
    name: str


@dataclass(frozen=True)
class Place:
    """A city, region, field office or movement stop, named as the records hold it; another language names
    it as the office translated it (`planning.place_names`)."""

    name: str


@runtime_checkable
class Worded(Protocol):
    """A value that carries its own key and values (a readiness reason): its English is `english()`."""

    def english(self) -> str: ...


Value: TypeAlias = "str | int | float | Decimal | date | datetime | time | StrEnum | Phrase | Count | Money | Month | Country | Place | Worded | tuple[Value, ...] | None"  # noqa: E501
Params: TypeAlias = "tuple[tuple[str, Value], ...]"


def disambiguation(key: str, table: Mapping[str, str] | None = None) -> str | None:
    """The key when its English is shared with another key of the same table (each may translate
    differently), else None. Only keys from the same module count, so the answer does not depend on
    which other tables happen to be imported."""
    entries = PHRASES if table is None else table
    text, origin = entries[key], ORIGINS.get(key)
    return key if sum(1 for other, known in entries.items()
                       if known == text and ORIGINS.get(other) == origin) > 1 else None


def word(value: StrEnum) -> str:
    """A vocabulary value as English text writes it, its label inside a sentence (`planning.labels`):
    'medical need', 'UNHCR'."""
    from planning.labels import in_sentence

    return in_sentence(value)


def english(value: Value) -> str:
    """A value as the English text writes it."""
    if isinstance(value, Phrase):
        return fill(PHRASES[value.key], value.params)
    if isinstance(value, Count):
        one, other = PLURALS[value.key]
        return (one if value.n == 1 else other).format(n=value.n)
    if isinstance(value, Money):
        decimals = 0 if Decimal(value.amount) == Decimal(value.amount).to_integral_value() else 2
        return f"€{Decimal(value.amount):,.{decimals}f}"
    if isinstance(value, Month):
        return f"{value.first:%B %Y}"
    if isinstance(value, Country | Place):
        return value.name
    if isinstance(value, StrEnum):
        return word(value)
    if isinstance(value, tuple):
        worded = all(isinstance(v, Worded) and not isinstance(v, str) for v in value)
        return ("; " if worded and value else ", ").join(english(v) for v in value)
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.strftime("%H:%M")
    if isinstance(value, Worded) and not isinstance(value, str):
        return value.english()
    return str(value)


def fill(template: str, params: Params) -> str:
    """The English text of a template with these values (KeyError when one is missing)."""
    return template.format_map({name: english(value) for name, value in params})


def plain(value: Value) -> object:
    """A value for JSON: dates as ISO strings, words as their value, phrases as {"phrase", "params"}."""
    if isinstance(value, Phrase):
        return {"phrase": value.key, "params": {name: plain(v) for name, v in value.params}}
    if isinstance(value, Count):
        return value.n
    if isinstance(value, Money):
        return str(value.amount)
    if isinstance(value, Month):
        return value.first.strftime("%Y-%m")
    if isinstance(value, Country | Place):
        return value.name
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, tuple):
        return [plain(v) for v in value]
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, Worded) and not isinstance(value, str):
        return value.english()
    return value


@dataclass(frozen=True)
class Message:
    """A line of text for people: a registered key and its values (an explanation, a report line)."""

    key: str
    params: Params = ()

    @classmethod
    def of(cls, key: str, **params: Value) -> Message:
        if key not in TEMPLATES:
            raise KeyError(f"no message {key!r}")
        return cls(key, tuple(params.items()))

    def english(self) -> str:
        return fill(TEMPLATES[self.key], self.params)

    def __str__(self) -> str:
        return self.english()

    def plain(self) -> dict[str, object]:
        return {"key": self.key, "params": {name: plain(v) for name, v in self.params}, "text": self.english()}
