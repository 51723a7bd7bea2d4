"""A field office: where monitors of a country or region start and end their rounds, and when they work."""

from __future__ import annotations

from collections.abc import Callable
from datetime import time

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QTimeEdit, QWidget

from desktop.dialogs.base import ServiceDialog
from desktop.dialogs.fields import CheckGroup
from desktop.i18n import QT_TR_NOOP, tr
from desktop.places import country_name, place_name
from monitoring.places import (
    MONDAY_TO_FRIDAY,
    FieldOfficeDraft,
    FieldOfficeView,
    parse_coordinates,
    save_field_office,
)
from planning.errors import ValidationError
from planning.storage.store import Store

DAYS = ((1, QT_TR_NOOP("Mon")), (2, QT_TR_NOOP("Tue")), (3, QT_TR_NOOP("Wed")), (4, QT_TR_NOOP("Thu")),
        (5, QT_TR_NOOP("Fri")), (6, QT_TR_NOOP("Sat")), (7, QT_TR_NOOP("Sun")))


def _time_edit(value: time) -> QTimeEdit:
    edit = QTimeEdit(QTime(value.hour, value.minute))
    edit.setDisplayFormat("HH:mm")
    return edit


class FieldOfficeDialog(ServiceDialog):
    """Adds an office (`office` None: for `country` and `region`) or changes one; emits `saved(office id)`."""

    def __init__(self, store: Store, country: str, region: str | None, office: FieldOfficeView | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(
            tr("Field office — {name}").format(name=place_name(office.name)) if office else tr("Field office — new"),
            parent,
            save_text=tr("Save office"),
            intro=tr("Visit routes in {country} start and end at the field office serving the region (or, where a "
                     "region has none, at the country's office without a region), within its working hours and "
                     "days.").format(country=country_name(country)))
        self.store = store
        self.country = country
        self.office = office
        self.name = QLineEdit(office.name if office else tr("{region} field office").format(region=region) if region
                              else "")
        self.region = QLineEdit(office.region or "" if office else region or "")
        self.region.setPlaceholderText(tr("Empty: the office serves the whole country"))
        self.address = QLineEdit(office.address or "" if office else "")
        self.coordinates = QLineEdit(f"{office.latitude:.5f}, {office.longitude:.5f}" if office else "")
        self.coordinates.setPlaceholderText(tr("Latitude, longitude — e.g. {example}")
                                            .format(example="30.50850, 47.78040"))
        self.opens_at = _time_edit(office.opens_at if office else time(8))
        self.closes_at = _time_edit(office.closes_at if office else time(16))
        hours = QWidget()
        row = QHBoxLayout(hours)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.opens_at)
        row.addWidget(QLabel("–"))
        row.addWidget(self.closes_at)
        row.addStretch(1)
        self.days: CheckGroup[int] = CheckGroup([(number, tr(name)) for number, name in DAYS], columns=7)
        self.days.set_checked(office.working_days if office else MONDAY_TO_FRIDAY)
        self.active = QCheckBox(tr("Open (routes start here)"))
        self.active.setChecked(office.active if office else True)
        self.row(tr("Name"), self.name, "name")
        self.row(tr("Region"), self.region, "region")
        self.row(tr("Address"), self.address, "address")
        self.row(tr("Coordinates"), self.coordinates, "latitude", "longitude")
        self.row(tr("Working hours"), hours, "opens_at", "closes_at")
        self.row(tr("Working days"), self.days, "working_days")
        self.row("", self.active, "active", "country")

    def work(self) -> Callable[[], int]:
        latitude, longitude = parse_coordinates(self.coordinates.text())
        if latitude is None or longitude is None:
            raise ValidationError("latitude", "office.no_coordinates")
        opens, closes = self.opens_at.time(), self.closes_at.time()
        draft = FieldOfficeDraft(self.country, self.name.text(), latitude, longitude,
                                 time(opens.hour(), opens.minute()), time(closes.hour(), closes.minute()),
                                 self.days.checked(), self.region.text().strip() or None,
                                 self.address.text().strip() or None, self.active.isChecked())
        store, office = self.store, self.office
        if office is None:
            return lambda: save_field_office(store, draft)
        return lambda: save_field_office(store, draft, office.id, office.version)
