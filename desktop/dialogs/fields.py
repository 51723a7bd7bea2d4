"""Input widgets shared by the dialogs: dates, languages, vocabulary choices, checkbox groups."""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence
from datetime import date
from enum import StrEnum
from typing import Generic, TypeVar

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QGridLayout, QWidget

from desktop.dialogs.wording import words

E = TypeVar("E", bound=StrEnum)
K = TypeVar("K", bound=Hashable)

#: Languages counsellors use most often, offered first; any ISO 639 code can be typed.
COMMON_LANGUAGES = (
    ("ar", "Arabic"), ("fa", "Persian (Farsi/Dari)"), ("ps", "Pashto"), ("ur", "Urdu"), ("ku", "Kurdish"),
    ("tr", "Turkish"), ("ka", "Georgian"), ("hy", "Armenian"), ("az", "Azerbaijani"), ("ru", "Russian"),
    ("uk", "Ukrainian"), ("sq", "Albanian"), ("sr", "Serbian"), ("ti", "Tigrinya"), ("am", "Amharic"),
    ("so", "Somali"), ("fr", "French"), ("en", "English"), ("es", "Spanish"), ("pt", "Portuguese"),
    ("bn", "Bengali"), ("pa", "Punjabi"), ("hi", "Hindi"), ("zh", "Chinese"), ("vi", "Vietnamese"),
    ("mn", "Mongolian"), ("uz", "Uzbek"), ("tg", "Tajik"), ("ha", "Hausa"), ("wo", "Wolof"),
)
_SEPARATOR = " — "


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def date_edit(day: date) -> QDateEdit:
    """A date field with a calendar popup, ISO format."""
    edit = QDateEdit(to_qdate(day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def read_date(edit: QDateEdit) -> date:
    value = edit.date()
    return date(value.year(), value.month(), value.day())


class LanguageBox(QComboBox):
    """An ISO 639 language code: common languages to pick from, or any code typed in."""

    def __init__(self, code: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for known, name in COMMON_LANGUAGES:
            self.addItem(f"{known}{_SEPARATOR}{name}", known)
        editor = self.lineEdit()
        if editor is not None:
            editor.setPlaceholderText("ISO code, e.g. ka")
        self.set_code(code)

    def set_code(self, code: str | None) -> None:
        if not code:
            self.setCurrentIndex(-1)
            self.setEditText("")
            return
        index = self.findData(code)
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setEditText(code)

    def code(self) -> str:
        text = self.currentText().strip()
        return text.split(_SEPARATOR, 1)[0].strip() if _SEPARATOR in text else text


class EnumBox(QComboBox, Generic[E]):
    """A choice among vocabulary values, shown in words."""

    def __init__(self, values: Iterable[E], current: E | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._values: list[E] = list(values)
        for value in self._values:
            self.addItem(words(value), value.value)
        if current is not None:
            self.setCurrentIndex(self._values.index(current))

    def value(self) -> E:
        return self._values[self.currentIndex()]


class CheckGroup(QWidget, Generic[K]):
    """Checkboxes for a set of values (topics explained, participants present)."""

    def __init__(self, choices: Sequence[tuple[K, str]], columns: int = 2, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[K, QCheckBox] = {}
        for i, (value, text) in enumerate(choices):
            box = QCheckBox(text)
            self.boxes[value] = box
            grid.addWidget(box, i // columns, i % columns)

    def checked(self) -> tuple[K, ...]:
        return tuple(value for value, box in self.boxes.items() if box.isChecked())

    def set_checked(self, values: Iterable[K]) -> None:
        chosen = set(values)
        for value, box in self.boxes.items():
            box.setChecked(value in chosen)
