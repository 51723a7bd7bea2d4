"""Keyed messages in a document's language without Qt: the catalogues' translations, plurals and values."""

from __future__ import annotations

from datetime import date

import pytest

import monitoring.routes.texts  # noqa: F401  (registers the route reasons)
from planning.documents import keyed
from planning.documents.texts import country_name
from planning.messages import Count, Country, Message, Phrase, Place

TOO_FAR = Message.of("left_out.too_far", km=42, office=Place("Tbilisi field office"),
                     reason=Message.of("route.too_far_for_a_day", out=200, visit=45, back=210))
NO_ROOM = Message.of("left_out.overdue_no_room", overdue=Count("day", 3),
                     window=Phrase.of("route.days", first=date(2026, 6, 1), last=date(2026, 6, 4)))


def test_english_is_the_template_with_the_documents_dates() -> None:
    assert keyed.message(TOO_FAR, "en") == TOO_FAR.english()
    assert keyed.message(NO_ROOM, "en").startswith("overdue by 3 days; no room left in the period (1 June 2026–4 June")


def test_french_and_arabic_come_from_the_catalogues_nested_messages_too() -> None:
    assert keyed.message(TOO_FAR, "fr") == ("à 42 km de Tbilisi field office : trop loin pour une journée de travail "
                                            "(200 min à l'aller, 45 min de visite, 210 min au retour)")
    arabic = keyed.message(TOO_FAR, "ar")
    assert "بعيدة جدًا ليوم عمل واحد" in arabic and "Tbilisi field office" in arabic and "too far" not in arabic
    french = keyed.message(NO_ROOM, "fr")
    assert french.startswith("en retard de 3 jours") and "1 juin 2026" in french and "4 juin 2026" in french


@pytest.mark.parametrize(("n", "french", "arabic"), [
    (1, "1 jour", "يوم واحد"), (2, "2 jours", "يومين"), (5, "5 jours", "5 أيام"), (11, "11 jours", "11 يومًا"),
    (100, "100 jours", "100 يوم"),
])
def test_counted_nouns_take_the_catalogues_plural_form(n: int, french: str, arabic: str) -> None:
    assert keyed.value(Count("day", n), "fr") == french
    assert keyed.value(Count("day", n), "ar") == arabic
    assert keyed.value(Count("day", n), "en") == (f"{n} day" if n == 1 else f"{n} days")


def test_countries_are_named_in_the_documents_language() -> None:
    georgia = Country("GEO", "Georgia")
    assert [keyed.value(georgia, language) for language in ("en", "fr", "ar", "fa")] == [
        "Georgia", "Géorgie", "جورجيا", "گرجستان"]
    assert country_name("GEO", "prs") == "گرجستان"  # Dari prints with the Persian texts
    assert country_name("XKX", "fr") == "Kosovo" and country_name(None, "fr", "Nowhere") == "Nowhere"


def test_a_language_without_a_catalogue_prints_english() -> None:
    assert keyed.message(TOO_FAR, "ru") == TOO_FAR.english()
    assert keyed.catalogue("ru") == {}


def test_a_printed_text_names_a_country_in_its_own_language() -> None:
    from planning.documents.texts import say

    georgia = Country("GEO", "Georgia")
    assert say("decl_statement", "en", country=georgia) == say("decl_statement", "en", country="Georgia")
    assert "Géorgie" in say("decl_statement", "fr", country=georgia)
    assert "جورجيا" in say("decl_statement", "ar", country=georgia)
    assert "گرجستان" in say("decl_statement", "prs", country=georgia)  # Dari, printed with the Persian texts
