"""Names of places in French and Arabic: the places the records name, translated, changed and removed."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from planning import movements, place_names
from planning.errors import PermissionDenied, ValidationError
from planning.storage.models import AuditEntry
from planning.storage.store import Actor, Store
from planning.vocabulary import Role
from tests.scenarios import open_family
from tests.unit.planning.test_movements import flight


def test_the_places_the_records_name_are_listed_with_their_translations(any_store: Store) -> None:
    open_family(any_store, region="Tbilisi")
    movements.add_movement(any_store, flight("TK-1"))
    assert {"Tbilisi"} <= {row.name for row in place_names.names(any_store)}
    assert all(row.in_use and row.translations == () for row in place_names.names(any_store))

    place_names.translate(any_store, "Tbilisi", "fr", " Tbilissi ")
    place_names.translate(any_store, "Tbilisi", "ar", "تبليسي")
    place_names.translate(any_store, "Kutaisi", "ar", "كوتايسي")

    assert place_names.translations(any_store) == {"fr": {"Tbilisi": "Tbilissi"},
                                                    "ar": {"Tbilisi": "تبليسي", "Kutaisi": "كوتايسي"}}
    rows = {row.name: row for row in place_names.names(any_store)}
    assert rows["Tbilisi"].translation("fr") == "Tbilissi" and rows["Tbilisi"].in_use
    assert rows["Kutaisi"].translation("ar") == "كوتايسي" and not rows["Kutaisi"].in_use


def test_a_translation_changes_and_goes_each_audited(any_store: Store) -> None:
    place_names.translate(any_store, "Tbilisi", "fr", "Tiflis")
    place_names.translate(any_store, "Tbilisi", "fr", "Tbilissi")
    place_names.translate(any_store, "Tbilisi", "fr", "Tbilissi")  # unchanged: nothing written
    place_names.translate(any_store, "Tbilisi", "fr", "  ")
    place_names.translate(any_store, "Batumi", "fr", None)  # nothing to remove
    assert place_names.translations(any_store) == {}
    with any_store.reading() as session:
        actions = list(session.scalars(select(AuditEntry.action).where(AuditEntry.entity == "place_name")
                                       .order_by(AuditEntry.id)))
    assert actions == ["place_name.add", "place_name.update", "place_name.remove"]


def test_several_names_are_saved_together_or_not_at_all(any_store: Store) -> None:
    with pytest.raises(ValidationError) as refused:
        place_names.save(any_store, [("Tbilisi", "fr", "Tbilissi"), ("Batumi", "de", "Batumi")])
    assert refused.value.field == "language" and refused.value.key == "place_name.language"
    assert place_names.translations(any_store) == {}
    assert place_names.save(any_store, [("Tbilisi", "fr", "Tbilissi"), ("Tbilisi", "ar", "تبليسي")]) == {
        "fr": {"Tbilisi": "Tbilissi"}, "ar": {"Tbilisi": "تبليسي"}}


def test_a_name_that_could_forge_a_line_or_a_reader_without_the_right_is_refused(store: Store) -> None:
    with pytest.raises(ValidationError):
        place_names.translate(store, "Tbilisi", "fr", "Tbilissi\nNATIONALITY: SYR")
    reader = Store(store.engine, Actor("reader", Role.READ_ONLY), store.location)
    with pytest.raises(PermissionDenied):
        place_names.translate(reader, "Tbilisi", "fr", "Tbilissi")
    assert place_names.names(reader) == []
