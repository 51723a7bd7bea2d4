"""The printed wording: every text in every language the documents offer, with the same placeholders."""

from __future__ import annotations

import string

import pytest

from planning.documents.texts import LANGUAGES, OFFICE_LANGUAGES, _data


@pytest.mark.parametrize("key", sorted(_data()["texts"]))
def test_every_text_exists_in_every_language_with_the_same_placeholders(key: str) -> None:
    entries = _data()["texts"][key]
    assert set(entries) == set(LANGUAGES), f"{key}: missing {set(LANGUAGES) - set(entries)}"
    placeholders = {name for _, name, _, _ in string.Formatter().parse(entries["en"]) if name}
    for language, text in entries.items():
        found = {name for _, name, _, _ in string.Formatter().parse(text) if name}
        assert found == placeholders, f"{key} in {language}: {found} instead of {placeholders}"


@pytest.mark.parametrize("key", sorted(_data()["labels"]))
def test_every_label_exists_in_every_office_language_with_the_same_placeholders(key: str) -> None:
    entries = _data()["labels"][key]
    assert {"en", "fr", "ar"} <= set(OFFICE_LANGUAGES) <= set(entries), key
    placeholders = {name for _, name, _, _ in string.Formatter().parse(entries["en"]) if name}
    for language, text in entries.items():
        found = {name for _, name, _, _ in string.Formatter().parse(text) if name}
        assert found == placeholders, f"{key} in {language}: {found} instead of {placeholders}"


def test_aliases_point_at_languages_with_texts() -> None:
    aliases = {k: v for k, v in _data()["aliases"].items() if not k.startswith("_")}
    assert aliases and set(aliases.values()) <= set(LANGUAGES)
    assert not set(aliases) & set(LANGUAGES)



def test_a_date_that_ends_with_a_full_stop_does_not_double_the_sentence_s() -> None:
    from datetime import date

    from planning.documents.texts import format_date, say

    day = format_date(date(2026, 6, 1), "ru")
    assert day.endswith("г.")
    handed = say("rv_handed", "ru", partner="Партнёр", name="Анна", date=day)
    assert day in handed and ".." not in handed
    assert say("rv_handed", "en", partner="Ltd.", name="Ann", date="1 June 2026").count("..") == 0


@pytest.mark.parametrize(("language", "expected"), [("en", "€1,200.00"), ("fr", "1\xa0200,00\xa0€"),
                                                    ("ar", "1,200.00\xa0€"), ("ru", "1\xa0200,00\xa0€")])
def test_amounts_are_written_as_the_language_writes_them(language: str, expected: str) -> None:
    from decimal import Decimal

    from planning.documents.texts import format_money

    assert format_money(Decimal("1200"), language) == expected
