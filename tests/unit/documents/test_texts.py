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

