"""Small input widgets shared by dialogs: dates, countries, languages."""

from __future__ import annotations

from datetime import date

import pycountry
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QDateEdit, QWidget

COMMON_LANGUAGES = (
    ("en", "English"), ("fr", "French"), ("ar", "Arabic"), ("fa", "Persian (Farsi/Dari)"), ("ps", "Pashto"),
    ("ur", "Urdu"), ("ru", "Russian"), ("sq", "Albanian"), ("ti", "Tigrinya"), ("ka", "Georgian"),
    ("uk", "Ukrainian"), ("ku", "Kurdish"), ("so", "Somali"), ("am", "Amharic"), ("ha", "Hausa"),
    ("wo", "Wolof"), ("bn", "Bengali"), ("tr", "Turkish"), ("es", "Spanish"), ("pt", "Portuguese"),
)


class DateEdit(QDateEdit):
    """A date field with a calendar popup and ISO display."""

    def __init__(self, value: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setMinimumDate(QDate(1900, 1, 1))
        self.set_value(value)

    def set_value(self, value: date) -> None:
        self.setDate(QDate(value.year, value.month, value.day))

    def value(self) -> date:
        qdate = self.date()
        return date(qdate.year(), qdate.month(), qdate.day())


class CountryCombo(QComboBox):
    """Every ISO 3166 country by name, searchable by typing; data is the alpha-3 code."""

    def __init__(self, parent: QWidget | None = None, *, allow_empty: bool = False) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        if allow_empty:
            self.addItem("", "")
        for country in sorted(pycountry.countries, key=lambda c: c.name):
            self.addItem(f"{getattr(country, 'common_name', country.name)} ({country.alpha_3})", country.alpha_3)
        completer = QCompleter(self.model(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompleter(completer)

    def code(self) -> str:
        """The chosen alpha-3 code, or the typed text for the service to validate."""
        index = self.findText(self.currentText())
        return str(self.itemData(index)) if index >= 0 else self.currentText().strip()

    def set_code(self, code: str | None) -> None:
        index = self.findData(code or "")
        self.setCurrentIndex(max(index, 0))


class LanguageCombo(QComboBox):
    """Common languages by name plus free entry of any ISO 639 code."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for code, name in COMMON_LANGUAGES:
            self.addItem(f"{name} ({code})", code)

    def code(self) -> str:
        index = self.findText(self.currentText())
        return str(self.itemData(index)) if index >= 0 else self.currentText().strip()

    def set_code(self, code: str | None) -> None:
        index = self.findData(code or "")
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setEditText(code or "")
