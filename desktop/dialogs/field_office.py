"""A field office: where monitors of a country or region start and end their rounds, and when they work."""

from __future__ import annotations

from collections.abc import Callable
from datetime import time

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QTimeEdit, QWidget

from desktop.dialogs.base import ServiceDialog
from desktop.dialogs.fields import CheckGroup
from monitoring.places import (
    MONDAY_TO_FRIDAY,
    FieldOfficeDraft,
    FieldOfficeView,
    parse_coordinates,
    save_field_office,
)
from planning.errors import ValidationError
from planning.storage.store import Store

DAYS = ((1, "Mon"), (2, "Tue"), (3, "Wed"), (4, "Thu"), (5, "Fri"), (6, "Sat"), (7, "Sun"))


def _time_edit(value: time) -> QTimeEdit:
    edit = QTimeEdit(QTime(value.hour, value.minute))
    edit.setDisplayFormat("HH:mm")
    return edit


class FieldOfficeDialog(ServiceDialog):
    """Adds an office (`office` None: for `country` and `region`) or changes one; emits `saved(office id)`."""

    def __init__(self, store: Store, country: str, region: str | None, office: FieldOfficeView | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(
            f"Field office — {office.name if office else 'new'}", parent, save_text="Save office",
            intro=f"Visit routes in {country} start and end at the field office serving the region (or, where a "
                  "region has none, at the country's office without a region), within its working hours and days.")
        self.store = store
        self.country = country
        self.office = office
        self.name = QLineEdit(office.name if office else f"{region} field office" if region else "")
        self.region = QLineEdit(office.region or "" if office else region or "")
        self.region.setPlaceholderText("Empty: the office serves the whole country")
        self.address = QLineEdit(office.address or "" if office else "")
        self.coordinates = QLineEdit(f"{office.latitude:.5f}, {office.longitude:.5f}" if office else "")
        self.coordinates.setPlaceholderText("Latitude, longitude — e.g. 30.50850, 47.78040")
        self.opens_at = _time_edit(office.opens_at if office else time(8))
        self.closes_at = _time_edit(office.closes_at if office else time(16))
        hours = QWidget()
        row = QHBoxLayout(hours)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.opens_at)
        row.addWidget(QLabel("–"))
        row.addWidget(self.closes_at)
        row.addStretch(1)
        self.days: CheckGroup[int] = CheckGroup(DAYS, columns=7)
        self.days.set_checked(office.working_days if office else MONDAY_TO_FRIDAY)
        self.active = QCheckBox("Open (routes start here)")
        self.active.setChecked(office.active if office else True)
        self.row("Name", self.name, "name")
        self.row("Region", self.region, "region")
        self.row("Address", self.address, "address")
        self.row("Coordinates", self.coordinates, "latitude", "longitude")
        self.row("Working hours", hours, "opens_at", "closes_at")
        self.row("Working days", self.days, "working_days")
        self.row("", self.active, "active", "country")

    def work(self) -> Callable[[], int]:
        latitude, longitude = parse_coordinates(self.coordinates.text())
        if latitude is None or longitude is None:
            raise ValidationError("latitude", "a field office needs its coordinates: routes start and end there")
        opens, closes = self.opens_at.time(), self.closes_at.time()
        draft = FieldOfficeDraft(self.country, self.name.text(), latitude, longitude,
                                 time(opens.hour(), opens.minute()), time(closes.hour(), closes.minute()),
                                 self.days.checked(), self.region.text().strip() or None,
                                 self.address.text().strip() or None, self.active.isChecked())
        store, office = self.store, self.office
        if office is None:
            return lambda: save_field_office(store, draft)
        return lambda: save_field_office(store, draft, office.id, office.version)
