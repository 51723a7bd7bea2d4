"""Names of places in the interface language: countries from CLDR, cities and regions as the office translated
them, in the case list, the case file and the place-names dialog."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from pytestqt.qtbot import QtBot

from desktop import places
from desktop.dialogs.place_names import COLUMNS, PlaceNamesDialog
from desktop.models.case_table import CaseTableModel
from planning import case_list, place_names
from planning.storage.store import Store
from tests.scenarios import open_family

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def no_translations() -> Iterator[None]:
    places.forget()
    yield
    places.forget()


def test_countries_are_named_by_the_language_itself(language: Callable[[str], None]) -> None:
    assert places.country_name("GEO", "Georgia") == "Georgia"
    assert places.country_name("SYR") == "Syria"
    language("fr")
    assert (places.country_name("GEO", "Georgia"), places.country_name("SYR")) == ("Géorgie", "Syrie")
    assert places.country_name("XKX", "Kosovo") == "Kosovo" and places.country_name("ZZZ", "Nowhere") == "Nowhere"
    names = [name for name, _ in places.every_country()]
    assert names.index("Géorgie") < names.index("Grèce") < names.index("Irak")
    language("ar")
    assert (places.country_name("GEO"), places.country_name("IRQ")) == ("جورجيا", "العراق")


def test_cities_and_regions_read_as_the_office_translated_them(store: Store, language: Callable[[str], None]) -> None:
    place_names.save(store, [("Tbilisi", "fr", "Tbilissi"), ("Tbilisi", "ar", "تبليسي"),
                             ("Brussels", "ar", "بروكسل")])
    places.load(store)
    assert places.place_name("Tbilisi") == "Tbilisi"  # English reads the records
    language("fr")
    assert (places.place_name("Tbilisi"), places.place_name("Kutaisi")) == ("Tbilissi", "Kutaisi")
    language("ar")
    assert places.place_name("Brussels (BRU)") == "بروكسل (BRU)" and places.place_name(None) == ""


def test_the_case_list_names_the_country_and_region_in_french(store: Store, language: Callable[[str], None]) -> None:
    open_family(store, region="Tbilisi")
    place_names.translate(store, "Tbilisi", "fr", "Tbilissi")
    places.load(store)
    language("fr")
    model = CaseTableModel(lambda ids: case_list.rows(store, ids), store.today)
    model.set_ids(case_list.find_ids(store, case_list.CaseQuery()))
    assert model.index(0, 3).data() == "Géorgie / Tbilissi"


def test_the_dialog_names_places_in_french_and_arabic(qtbot: QtBot, store: Store, language: Callable[[str], None],
                                                      settle: None, wait: Callable[..., None]) -> None:
    open_family(store, region="Tbilisi")
    language("fr")
    dialog = PlaceNamesDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    wait(lambda: dialog.table.rowCount() == 1)
    assert dialog.table.item(0, 0).text() == "Tbilisi"
    dialog.table.item(0, COLUMNS["fr"]).setText("Tbilissi")
    dialog.table.item(0, COLUMNS["ar"]).setText("تبليسي")
    assert dialog.changed() == [("Tbilisi", "fr", "Tbilissi"), ("Tbilisi", "ar", "تبليسي")]
    dialog.save()
    wait(lambda: not dialog.isVisible())
    assert place_names.translations(store) == {"fr": {"Tbilisi": "Tbilissi"}, "ar": {"Tbilisi": "تبليسي"}}
    assert places.place_name("Tbilisi") == "Tbilissi"  # installed at once
