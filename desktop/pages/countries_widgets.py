"""Small input widgets the Countries page and its dialogs share: dates, periods, readable errors."""

from __future__ import annotations

import re
from datetime import date
from enum import StrEnum
from typing import TypeVar

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QWidget

from desktop.pages.countries_labels import day
from planning.errors import HomewardError, ValidationError

DATE_FORMAT = "d MMM yyyy"
E = TypeVar("E", bound=StrEnum)


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class DateField(QDateEdit):
    """A date with a calendar popup, shown as 1 Jun 2026."""

    def __init__(self, value: date, parent: QWidget | None = None) -> None:
        super().__init__(to_qdate(value), parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(DATE_FORMAT)
        self.setMinimumDate(QDate(1990, 1, 1))

    def value(self) -> date:
        return to_date(self.date())

    def set_value(self, value: date) -> None:
        self.setDate(to_qdate(value))


class EndDateField(QWidget):
    """An end date that may be left open ('open-ended')."""

    def __init__(self, value: date, open_ended: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.date = DateField(value)
        self.open_ended = QCheckBox("Open-ended")
        self.open_ended.toggled.connect(lambda checked: self.date.setEnabled(not checked))
        self.open_ended.setChecked(open_ended)
        self.date.setEnabled(not open_ended)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.date, 1)
        layout.addWidget(self.open_ended)
        self.setFocusProxy(self.date)

    def value(self) -> date | None:
        return None if self.open_ended.isChecked() else self.date.value()


def readable(error: HomewardError) -> HomewardError:
    """The same error with field names in its message written as words ('valid_from' → 'valid from')."""
    if not isinstance(error, ValidationError):
        return error
    message = error.message.split(": ", 1)[-1]
    for name in ("valid_from", "valid_to", "in_force_from", "in_force_to"):
        message = message.replace(name, name.replace("_", " "))
    message = re.sub(r"\b(\d{4})-(\d{2})-(\d{2})\b",
                     lambda m: day(date(int(m[1]), int(m[2]), int(m[3]))), message)
    return ValidationError(error.field, message, error.value, error.suggestion)


def chosen(combo: QComboBox, enum: type[E]) -> E | None:
    """The vocabulary value of the current item (Qt hands a StrEnum back as a plain str)."""
    data = combo.currentData()
    return None if data is None else enum(data)


def chosen_required(combo: QComboBox, enum: type[E]) -> E:
    value = chosen(combo, enum)
    if value is None:
        raise ValueError(f"{combo.accessibleName() or 'combo'} has no {enum.__name__} chosen")
    return value
