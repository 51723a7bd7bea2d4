"""Where a returned household lives now: address, directions and coordinates (what visit routes need)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLineEdit, QWidget

from desktop.changes import Changes
from desktop.dialogs.base import ServiceDialog
from desktop.dialogs.counselling import text_box
from desktop.i18n import tr
from desktop.labels import day
from desktop.places import country_name, place_name
from monitoring.places import HouseholdPlaceView, PlaceDraft, parse_coordinates, set_place
from planning.storage.store import Store


class HouseholdPlaceDialog(ServiceDialog):
    """Emits `saved(version)`."""

    def __init__(self, store: Store, place: HouseholdPlaceView, parent: QWidget | None = None) -> None:
        where = f"{country_name(place.country)}{' — ' + place_name(place.region) if place.region else ''}"
        recorded = (" " + tr("Last recorded on {date} by {user}.").format(date=day(place.recorded_on),
                                                                          user=place.recorded_by)
                    if place.recorded_on else "")
        super().__init__(
            tr("Where the household lives — {reference}").format(reference=place.reference), parent,
            save_text=tr("Save place"),
            intro=tr("Household {reference}: <b>{name}</b>, {where}.<br>Visit routes need the coordinates; the address "
                     "and directions are printed on the monitor's day plan and kept out of the audit log.")
            .format(reference=place.reference, name=f"\u2068{place.head_name}\u2069", where=where) + recorded,
            changes=Changes.of_case(place.case_id, origin=parent))
        self.store = store
        self.place = place
        self.address = text_box(tr("Street, house number, neighbourhood, town"), 60)
        self.address.setPlainText(place.address or "")
        self.directions = QLineEdit(place.directions or "")
        self.directions.setPlaceholderText(tr("How to find it: landmarks, who to ask"))
        self.coordinates = QLineEdit()
        self.coordinates.setPlaceholderText(tr("Latitude, longitude — e.g. {example}")
                                            .format(example="41.71510, 44.82710"))
        if place.has_coordinates:
            self.coordinates.setText(f"{place.latitude:.5f}, {place.longitude:.5f}")
        self.row(tr("Address"), self.address, "address", "place")
        self.row(tr("Directions"), self.directions, "directions")
        self.row(tr("Coordinates"), self.coordinates, "latitude", "longitude")

    def work(self) -> Callable[[], int]:
        latitude, longitude = parse_coordinates(self.coordinates.text())
        draft = PlaceDraft(self.address.toPlainText().strip() or None, latitude, longitude,
                           self.directions.text().strip() or None)
        store, case_id, version = self.store, self.place.case_id, self.place.version
        return lambda: set_place(store, case_id, draft, version)
