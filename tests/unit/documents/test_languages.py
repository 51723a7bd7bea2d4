"""The returnee's documents in each language with texts, next to a French office's: the declaration,
the travel letter and the voucher each read back in both languages."""

from __future__ import annotations

import pytest

from planning.documents.declaration import print_declaration
from planning.documents.texts import LANGUAGES, say
from planning.documents.travel_letter import print_travel_letter
from planning.documents.voucher import print_voucher
from planning.messages import Country
from planning.storage.models.reintegration import PackageAllocation
from planning.storage.store import Store
from tests.scenarios import ready_family
from tests.unit.documents.helpers import EMERGENCY, booked_family, office, speaks
from tests.unit.documents.pdftext import has_words, text
from tests.unit.documents.test_voucher import housing

OFFICE = "fr"


def both(pdf_text: str, language: str, *keys: str, **values: object) -> None:
    """Each text in the returnee's language and in the office's, read back from the page."""
    for key in keys:
        for each in {language, OFFICE}:
            expected = say(key, each, **values)
            assert has_words(pdf_text, expected), f"{key} in {each}: {expected}"


def test_all_six_languages_have_texts() -> None:
    assert set(LANGUAGES) >= {"en", "fr", "ar", "fa", "ru", "sq"}


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_declaration_in_each_language(store: Store, language: str) -> None:
    office(store, OFFICE)
    family = ready_family(store)
    speaks(store, family.father, language)
    printed = text(print_declaration(store, family.reference).pdf)
    both(printed, language, "decl_title", "decl_explained", "decl_change_mind", "decl_data_title", "sig_returnee")
    both(printed, language, "decl_statement", country=Country("GEO", "Georgia"))  # named in each language


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_travel_letter_in_each_language(store: Store, language: str) -> None:
    office(store, OFFICE)
    booked = booked_family(store)
    speaks(store, booked.family.father, language)
    printed = text(print_travel_letter(store, booked.family.reference).pdf)
    both(printed, language, "tl_title", "tl_keep", "tl_baggage_scheduled_flight", "tl_instructions")
    both(printed, language, "tl_emergency", phone=EMERGENCY)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_voucher_in_each_language(store: Store, language: str) -> None:
    office(store, OFFICE)
    house = housing(store)
    with store.reading() as session:
        allocation = session.get(PackageAllocation, house.id)
        assert allocation is not None
        person_id = allocation.person_id
    speaks(store, person_id, language)
    printed = text(print_voucher(store, house.id).pdf)
    both(printed, language, "rv_title", "rv_personal", "sig_returnee", "sig_partner", "sig_office")
    assert has_words(printed, "Dossier Géorgie")  # the subtitle in the office's language, the country too
