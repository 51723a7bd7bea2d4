"""Which column holds what: suggested from the headings (English or French), overridable by the user."""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from planning.errors import ValidationError
from planning.validation import fold


class Field(StrEnum):
    """What a column can hold."""

    HOUSEHOLD = "household"
    RELATIONSHIP = "relationship"
    GIVEN_NAMES = "given_names"
    FAMILY_NAME = "family_name"
    GIVEN_NAMES_LATIN = "given_names_latin"
    FAMILY_NAME_LATIN = "family_name_latin"
    DATE_OF_BIRTH = "date_of_birth"
    SEX = "sex"
    NATIONALITY = "nationality"
    COUNTRY_OF_RETURN = "country_of_return"
    REGION_OF_RETURN = "region_of_return"
    LANGUAGES = "languages"
    PHONE = "phone"
    EMAIL = "email"
    VULNERABILITIES = "vulnerabilities"
    NOTE = "note"

    @property
    def label(self) -> str:
        """The field's name (`planning.labels`)."""
        from planning.labels import label

        return label(self)


#: Without these, no row can become a person.
REQUIRED = (Field.GIVEN_NAMES, Field.FAMILY_NAME, Field.DATE_OF_BIRTH, Field.SEX, Field.NATIONALITY)

#: Headings seen in partners' lists, folded (lower case, no accents or punctuation), English and French.
_HEADINGS: dict[Field, tuple[str, ...]] = {
    Field.HOUSEHOLD: ("household", "household id", "household no", "household n", "household number", "referral id",
                      "referral", "referral no", "referral number", "family id", "case id", "case no", "group",
                      "menage", "id menage", "no menage", "numero menage", "famille", "id famille", "dossier",
                      "no dossier", "n dossier", "n de dossier", "no de dossier", "numero dossier",
                      "numero de dossier", "reference", "ref"),
    Field.RELATIONSHIP: ("relationship", "relationship to head", "relation", "role", "household role",
                         "lien", "lien de parente", "parente", "lien avec le chef de menage", "qualite"),
    Field.GIVEN_NAMES: ("given names", "given name", "first name", "first names", "forename", "forenames",
                        "prenom", "prenoms"),
    Field.FAMILY_NAME: ("family name", "surname", "last name", "lastname", "nom", "nom de famille",
                        "patronyme"),
    Field.GIVEN_NAMES_LATIN: ("given names latin", "given name latin", "first name latin",
                              "given names transliterated", "first name transliterated", "prenom latin",
                              "prenoms latin", "prenom translitere", "prenom en caracteres latins"),
    Field.FAMILY_NAME_LATIN: ("family name latin", "surname latin", "last name latin",
                              "family name transliterated", "surname transliterated", "nom latin",
                              "nom translitere", "nom en caracteres latins"),
    Field.DATE_OF_BIRTH: ("date of birth", "dob", "birth date", "birthdate", "born", "date de naissance",
                          "naissance", "ne le", "ne e le", "ddn"),
    Field.SEX: ("sex", "gender", "sexe", "genre"),
    Field.NATIONALITY: ("nationality", "citizenship", "nationalite", "citoyennete"),
    Field.COUNTRY_OF_RETURN: ("country of return", "return country", "destination", "destination country",
                              "country", "pays de retour", "pays", "pays de destination", "destination pays"),
    Field.REGION_OF_RETURN: ("region of return", "region", "return region", "province", "district",
                             "region de retour"),
    Field.LANGUAGES: ("languages", "language", "languages spoken", "langues", "langue", "langues parlees"),
    Field.PHONE: ("phone", "telephone", "phone number", "mobile", "tel", "numero de telephone", "portable"),
    Field.EMAIL: ("email", "e mail", "email address", "courriel", "adresse electronique", "mail"),
    Field.VULNERABILITIES: ("vulnerabilities", "vulnerability", "vulnerabilites", "vulnerabilite",
                            "specific needs", "besoins specifiques"),
    Field.NOTE: ("note", "notes", "remarks", "comments", "comment", "remarques", "commentaires", "observations",
                 "referral note"),
}
_KNOWN = {heading: f for f, headings in _HEADINGS.items() for heading in headings}


@dataclass(frozen=True)
class Mapping:
    """For each column (by position), the field it holds, or None to ignore it."""

    headers: tuple[str, ...]
    fields: tuple[Field | None, ...]

    def column(self, field: Field) -> int | None:
        return next((i for i, f in enumerate(self.fields) if f is field), None)

    def heading(self, field: Field) -> str | None:
        index = self.column(field)
        return None if index is None else self.headers[index]

    def missing(self) -> tuple[Field, ...]:
        return tuple(f for f in REQUIRED if f not in self.fields)

    def with_field(self, index: int, field: Field | None) -> Mapping:
        """This mapping with column `index` set to `field` (taken away from any other column)."""
        fields = [None if (f is field and field is not None) else f for f in self.fields]
        fields[index] = field
        return Mapping(self.headers, tuple(fields))

    def as_dict(self) -> dict[str, str | None]:
        return {h: (f.value if f else None) for h, f in zip(self.headers, self.fields, strict=True)}


def suggest(headers: Sequence[str]) -> Mapping:
    """A mapping guessed from the headings: each field to the first column whose heading names it."""
    fields: list[Field | None] = []
    for heading in headers:
        guess = _guess(heading)
        fields.append(guess if guess is not None and guess not in fields else None)
    return Mapping(tuple(headers), tuple(fields))


def _guess(heading: str) -> Field | None:
    key = " ".join("".join(ch if ch.isalnum() else " " for ch in fold(heading.replace("_", " "))).split())
    if key in _KNOWN:
        return _KNOWN[key]
    for value in Field:  # the field's own name: "date_of_birth", "given_names"
        if key == value.value.replace("_", " "):
            return value
    return None


def parse_field(text: str) -> Field | None:
    """A field named on the command line ('date_of_birth', 'dob', 'Date de naissance'); '-' ignores."""
    raw = text.strip()
    if raw.lower() in ("-", "", "ignore", "none", "skip"):
        return None
    try:
        return Field(raw.lower())
    except ValueError:
        pass
    guess = _guess(raw)
    if guess is not None:
        return guess
    choices = [f.value for f in Field]
    close = difflib.get_close_matches(raw.lower(), choices, n=1, cutoff=0.5)
    raise ValidationError("mapping", "referral_mapping.not_a_field", raw, close[0] if close else None, given=raw,
                          fields=tuple(choices))


def overridden(mapping: Mapping, overrides: Iterable[tuple[str, str]]) -> Mapping:
    """The mapping with the user's choices: (column heading, letter or 1-based number; field or '-')."""
    for column, field_text in overrides:
        index = _column_index(mapping.headers, column)
        mapping = mapping.with_field(index, parse_field(field_text))
    return mapping


def _column_index(headers: Sequence[str], column: str) -> int:
    wanted = column.strip()
    for i, heading in enumerate(headers):
        if heading == wanted:
            return i
    folded = fold(wanted)
    for i, heading in enumerate(headers):
        if fold(heading) == folded:
            return i
    if wanted.isdigit() and 1 <= int(wanted) <= len(headers):
        return int(wanted) - 1
    close = difflib.get_close_matches(wanted, list(headers), n=1, cutoff=0.5)
    raise ValidationError("mapping", "referral_mapping.no_column", wanted, close[0] if close else None,
                          wanted=wanted, columns=tuple(headers))
