"""Input widgets shared by the dialogs: dates, languages, vocabulary choices, checkbox groups."""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence
from datetime import date
from enum import StrEnum
from typing import Generic, TypeVar

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from desktop.i18n import QT_TR_NOOP, current_language, tr
from desktop.labels import date_format, label
from desktop.places import cldr_language_name, every_country

E = TypeVar("E", bound=StrEnum)
K = TypeVar("K", bound=Hashable)

#: Languages counsellors use most often, offered first; any ISO 639 code can be typed.
COMMON_LANGUAGES = (
    ("ar", QT_TR_NOOP("Arabic")), ("fa", QT_TR_NOOP("Persian (Farsi/Dari)")), ("ps", QT_TR_NOOP("Pashto")),
    ("ur", QT_TR_NOOP("Urdu")), ("ku", QT_TR_NOOP("Kurdish")), ("tr", QT_TR_NOOP("Turkish")),
    ("ka", QT_TR_NOOP("Georgian")), ("hy", QT_TR_NOOP("Armenian")), ("az", QT_TR_NOOP("Azerbaijani")),
    ("ru", QT_TR_NOOP("Russian")), ("uk", QT_TR_NOOP("Ukrainian")), ("sq", QT_TR_NOOP("Albanian")),
    ("sr", QT_TR_NOOP("Serbian")), ("ti", QT_TR_NOOP("Tigrinya")), ("am", QT_TR_NOOP("Amharic")),
    ("so", QT_TR_NOOP("Somali")), ("fr", QT_TR_NOOP("French")), ("en", QT_TR_NOOP("English")),
    ("es", QT_TR_NOOP("Spanish")), ("pt", QT_TR_NOOP("Portuguese")), ("bn", QT_TR_NOOP("Bengali")),
    ("pa", QT_TR_NOOP("Punjabi")), ("hi", QT_TR_NOOP("Hindi")), ("zh", QT_TR_NOOP("Chinese")),
    ("vi", QT_TR_NOOP("Vietnamese")), ("mn", QT_TR_NOOP("Mongolian")), ("uz", QT_TR_NOOP("Uzbek")),
    ("tg", QT_TR_NOOP("Tajik")), ("ha", QT_TR_NOOP("Hausa")), ("wo", QT_TR_NOOP("Wolof")),
)
_SEPARATOR = " — "


def language_name(code: str) -> str:
    """A language by its name in the interface language ('ru' → 'Russian' / 'الروسية'): a common one from the
    catalogues, any other from CLDR ('ig' → 'الإيجبو'); its ISO code when neither names it."""
    common = next((name for known, name in COMMON_LANGUAGES if known == code), None)
    if common is not None:
        return tr(common)
    return cldr_language_name(current_language(), code) or code


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class DateField(QDateEdit):
    """A date with a calendar popup, shown in the interface locale's short format like every date in Homeward."""

    def __init__(self, value: date, parent: QWidget | None = None) -> None:
        super().__init__(to_qdate(value), parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(date_format())
        self.setMinimumDate(QDate(1900, 1, 1))

    def value(self) -> date:
        chosen = self.date()
        return date(chosen.year(), chosen.month(), chosen.day())

    def set_value(self, value: date) -> None:
        self.setDate(to_qdate(value))


class BlankDateField(QWidget):
    """A date that starts blank, so that nothing is assumed: typed in the interface's short format or picked
    from a calendar. `value()` is None while blank or unreadable; `unreadable()` says which."""

    def __init__(self, value: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QLineEdit()
        self.text.setPlaceholderText(date_format().lower())
        self.calendar = QCalendarWidget()
        self.calendar.setMinimumDate(QDate(1900, 1, 1))
        self.calendar.clicked.connect(self._picked)
        self.pick = QToolButton()
        self.pick.setText("…")
        self.pick.setToolTip(tr("Pick the date from a calendar"))
        self.pick.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.pick)
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(self.calendar)
        menu.addAction(holder)
        menu.aboutToShow.connect(self._show_page)
        self.pick.setMenu(menu)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.pick)
        self.setFocusProxy(self.text)
        self.set_value(value)

    def value(self) -> date | None:
        parsed = QDate.fromString(self.text.text().strip(), date_format())
        if not parsed.isValid():
            return None
        return date(parsed.year(), parsed.month(), parsed.day())

    def unreadable(self) -> str | None:
        """The text typed when it is not a date (None when blank or readable)."""
        typed = self.text.text().strip()
        return typed if typed and self.value() is None else None

    def set_value(self, value: date | None) -> None:
        self.text.setText("" if value is None else to_qdate(value).toString(date_format()))

    def example(self) -> str:
        """A date written the way this field reads it."""
        return QDate(1985, 3, 31).toString(date_format())

    def _picked(self, chosen: QDate) -> None:
        self.text.setText(chosen.toString(date_format()))
        menu = self.pick.menu()
        if menu is not None:
            menu.close()

    def _show_page(self) -> None:
        current = self.value()
        if current is not None:
            self.calendar.setSelectedDate(to_qdate(current))


class EndDateField(QWidget):
    """An end date that may be left open ('open-ended')."""

    def __init__(self, value: date, open_ended: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.date = DateField(value)
        self.open_ended = QCheckBox(tr("Open-ended"))
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


class CountryBox(QComboBox):
    """Every ISO 3166 country by name, searchable by typing; its data is the alpha-3 code."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for name, code in every_country():
            self.addItem(f"{name} ({code})", code)
        completer = QCompleter(self.model(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompleter(completer)

    def code(self) -> str:
        """The chosen alpha-3 code, or the typed text for the service to validate."""
        index = self.findText(self.currentText())
        return str(self.itemData(index)) if index >= 0 else self.currentText().strip()

    def set_code(self, code: str | None) -> None:
        """Choose the country; an empty code leaves the box empty (no country is assumed)."""
        self.setCurrentIndex(self.findData(code) if code else -1)
        if not code:
            self.setEditText("")


def chosen(combo: QComboBox, enum: type[E]) -> E | None:
    """The vocabulary value of the current item (Qt hands a StrEnum back as a plain str)."""
    data = combo.currentData()
    return None if data is None else enum(data)


def chosen_required(combo: QComboBox, enum: type[E]) -> E:
    value = chosen(combo, enum)
    if value is None:
        raise ValueError(f"{combo.accessibleName() or 'combo'} has no {enum.__name__} chosen")
    return value


class LanguageBox(QComboBox):
    """An ISO 639 language code: common languages to pick from, or any code typed in."""

    def __init__(self, code: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for known, name in COMMON_LANGUAGES:
            self.addItem(f"{known}{_SEPARATOR}{tr(name)}", known)
        editor = self.lineEdit()
        if editor is not None:
            editor.setPlaceholderText(tr("ISO code, e.g. ka"))
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
            self.addItem(label(value), value.value)
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
