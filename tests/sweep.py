"""What a person reads in a window: every text of its widgets, menus, tables, charts and dialogs, gathered for
the language sweeps (tests/gui/test_every_page.py, tests/gui/test_digits.py)."""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QChartView, QStackedBarSeries
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QAction, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDateTimeEdit,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QSpinBox,
    QTabBar,
    QTextEdit,
    QWidget,
)
from sqlalchemy import JSON, Column, String, Text, select

from desktop.i18n import LANGUAGES
from planning.security import sealed_fields
from planning.security.field_keys import field_cipher
from planning.storage.base import Base
from planning.storage.store import Store
from tests import i18n_catalogue

#: Rows of a table or list read for the sweep (the first ones: the same code writes the others).
ROWS = 30
LATIN_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ][A-Za-zÀ-ÖØ-öø-ÿ'’]*")
ARABIC_INDIC = re.compile("[\u0660-\u0669\u06f0-\u06f9]")
WESTERN_DIGIT = re.compile("[0-9]")
#: Paths, addresses, links, identifiers and what is quoted as it must be typed («country», “consent”):
#: read as they are written, in any language.
NOT_WORDS = re.compile(r"\S*[/\\@]\S*|https?://\S+|\S+\.(?:pdf|csv|xlsx|db|png|json)\b|\w+_\w+|«[^»]*»|“[^”]*”|"
                       r"\u2066[^\u2069]*\u2069", re.IGNORECASE)
#: Words that stay as they are in every language: the product, the languages named in themselves, file formats,
#: units, the solvers' names.
KEPT = frozenset({"Homeward", "English", "Français", "CSV", "XLSX", "PDF", "UTC", "ISO", "HiGHS", "SCIP", "CP",
                  "SAT", "Excel", "Ctrl", "Shift", "Alt", "km", "h", "min", "MB", "GB", "kg",
                  # examples in hints: languages' ISO codes, a name in two spellings
                  "ar", "ku", "Mohammed", "Muhammad"})


@dataclass(frozen=True)
class Shown:
    """A text and where it was read."""

    where: str
    text: str


def plain(text: str) -> str:
    """Rich text as it reads; a button's mnemonic ampersand dropped."""
    if "<" in text and ">" in text:
        document = QTextDocument()
        document.setHtml(text)
        text = document.toPlainText()
    return html.unescape(text).replace("&&", "\0").replace("&", "").replace("\0", "&")


def _name(widget: QWidget) -> str:
    return widget.objectName() or type(widget).__name__


def _columns(model: QAbstractItemModel, parent: QModelIndex) -> int:
    try:
        return model.columnCount(parent)
    except TypeError:  # a list model (its columnCount is private to Qt)
        return 1


def _rows(model: QAbstractItemModel, parent: QModelIndex) -> int:
    try:
        return model.rowCount(parent)
    except TypeError:  # a table model asked about a row's children
        return 0 if parent.isValid() else model.rowCount()


def model_texts(model: QAbstractItemModel, where: str, parent: QModelIndex | None = None,
                depth: int = 0) -> Iterator[Shown]:
    parent = parent or QModelIndex()
    if depth == 0:
        for column in range(_columns(model, parent)):
            header = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
            if isinstance(header, str):
                yield Shown(f"{where} header", header)
    for row in range(min(_rows(model, parent), ROWS)):
        for column in range(_columns(model, parent)):
            index = model.index(row, column, parent)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(index, role)
                if isinstance(value, str) and value:
                    yield Shown(f"{where} [{row}, {column}]", value)
            if column == 0 and depth < 2 and _rows(model, index) > 0:
                yield from model_texts(model, where, index, depth + 1)


def menu_texts(menu: QMenu, where: str) -> Iterator[Shown]:
    for action in menu.actions():
        yield from action_texts(action, where)


def action_texts(action: QAction, where: str) -> Iterator[Shown]:
    if action.text():
        yield Shown(f"{where} › {plain(action.text())}", action.text())
    if action.toolTip() and action.toolTip() != action.text().replace("&", ""):
        yield Shown(f"{where} tooltip", action.toolTip())
    submenu = action.menu()
    if isinstance(submenu, QMenu):
        yield from menu_texts(submenu, f"{where} › {plain(action.text())}")


def chart_texts(view: QChartView, where: str) -> Iterator[Shown]:
    chart = view.chart()
    yield Shown(f"{where} title", chart.title())
    for axis in chart.axes():
        if axis.titleText():
            yield Shown(f"{where} axis", axis.titleText())
        if isinstance(axis, QBarCategoryAxis):
            yield from (Shown(f"{where} axis label", c) for c in axis.categories())
    for series in chart.series():
        if series.name():
            yield Shown(f"{where} series", series.name())
        if isinstance(series, QBarSeries | QStackedBarSeries):
            yield from (Shown(f"{where} bar set", s.label()) for s in series.barSets())


def texts(root: QWidget) -> Iterator[Shown]:
    """Everything `root` and its children show in words."""
    yield Shown(f"{_name(root)} title", root.windowTitle())
    if isinstance(root, QMainWindow):
        for action in root.menuBar().actions():
            yield from action_texts(action, "menu")
        yield Shown("status bar", root.statusBar().currentMessage())
    for widget in [root, *root.findChildren(QWidget)]:
        where = _name(widget)
        if widget.toolTip():
            yield Shown(f"{where} tooltip", widget.toolTip())
        if widget.accessibleName():
            yield Shown(f"{where} accessible name", widget.accessibleName())
        if isinstance(widget, QLabel | QAbstractButton):
            yield Shown(where, widget.text())
        elif isinstance(widget, QGroupBox):
            yield Shown(where, widget.title())
        elif isinstance(widget, QLineEdit):
            yield Shown(f"{where} placeholder", widget.placeholderText())
            if widget.isReadOnly():
                yield Shown(where, widget.text())
        elif isinstance(widget, QPlainTextEdit | QTextEdit):
            yield Shown(f"{where} placeholder", widget.placeholderText())
            if widget.isReadOnly():
                yield Shown(where, widget.toPlainText())
        elif isinstance(widget, QComboBox):
            yield from (Shown(f"{where} item", widget.itemText(i)) for i in range(widget.count()))
            yield Shown(f"{where} placeholder", widget.placeholderText())
        elif isinstance(widget, QTabBar):
            yield from (Shown(f"{where} tab", widget.tabText(i)) for i in range(widget.count()))
        elif isinstance(widget, QDateTimeEdit | QAbstractSpinBox):
            yield Shown(where, widget.text())
            if isinstance(widget, QSpinBox):
                yield Shown(where, widget.specialValueText())
        elif isinstance(widget, QChartView):
            yield from chart_texts(widget, where)
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            yield from model_texts(widget.model(), where)


# --- what may be read in a language's window ----------------------------------------------------------------

def stored_words(store: Store) -> frozenset[str]:
    """Every Latin word the records hold (names, references, authorities, partners, notes): the office's data,
    shown as typed."""
    found: set[str] = set()
    with store.reading() as session:
        for table in Base.metadata.sorted_tables:
            columns = [c for c in table.columns if isinstance(c.type, String | Text | JSON) or _holds_text(c)]
            if not columns:
                continue
            for row in session.execute(select(*columns)):
                for value in row:
                    if value is not None:
                        found.update(w.casefold() for w in LATIN_WORD.findall(str(value)))
        cipher = field_cipher(store)
        for binding, value, _digest in sealed_fields._sealed(session):  # statements and notes, as shown: opened
            if isinstance(value, str):
                found.update(w.casefold() for w in LATIN_WORD.findall(cipher.open(value, binding) or ""))
    if store.location is not None and store.location.path is not None:
        found.update(w.casefold() for w in LATIN_WORD.findall(str(store.location.path)))
    return frozenset(found)


def _holds_text(column: Column[object]) -> bool:
    """A column whose values read as text once loaded (a sealed statement or note)."""
    try:
        return column.type.python_type is str
    except NotImplementedError:
        return False


def is_code(word: str) -> bool:
    """An acronym or code: capitals only ('GEO', 'UNHCR', 'HW'), or a safeguard ('S5')."""
    return word.isupper() or bool(re.fullmatch(r"S\d+", word))


def latin_words(text: str, allowed: frozenset[str]) -> list[str]:
    """The Latin-script words of `text` that are neither the records' data, nor codes, nor words every language
    keeps."""
    text = NOT_WORDS.sub(" ", plain(text))
    return [w for w in LATIN_WORD.findall(text)
            if w not in KEPT and not is_code(w) and w.casefold() not in allowed]


def mixes_digits(text: str) -> bool:
    """A line with Western and Arabic-Indic digits both (the rule: one digit system per line)."""
    return any(ARABIC_INDIC.search(line) and WESTERN_DIGIT.search(line) for line in plain(text).splitlines())


# --- English shown as it is in a French window ---------------------------------------------------------------

PLACEHOLDER = re.compile(r"\{[^{}]*\}|%L?n|%\d")


@cache
def english_sources() -> tuple[frozenset[str], tuple[tuple[str, re.Pattern[str]], ...]]:
    """The catalogue's English that French translates differently: whole texts, and templates as patterns
    (their literal parts, a value in each placeholder)."""
    whole: set[str] = set()
    patterns: list[tuple[str, re.Pattern[str]]] = []
    found = i18n_catalogue.messages(i18n_catalogue.catalogue("fr"))
    #: Sources French keeps as they are in one context at least ('Plan', 'E-mail'), and the languages' own names.
    kept_as_is = {plain(m.source).strip() for m in found if any(plain(t).strip() == plain(m.source).strip()
                                                                 for t in m.translations)} | set(LANGUAGES.values())
    for message in found:
        source = plain(message.source).strip()
        if not source or not LATIN_WORD.search(source) or source in kept_as_is:
            continue
        parts = PLACEHOLDER.split(source)
        if len(parts) == 1:
            whole.add(source)
        elif sum(len(p.strip()) for p in parts) >= 16:
            literal = max(parts, key=len)
            patterns.append((literal, re.compile(".+?".join(re.escape(p) for p in parts))))
    return frozenset(whole), tuple(patterns)


def english_shown(text: str, data: frozenset[str]) -> list[str]:
    """The English sources of the catalogue that `text` shows untranslated."""
    whole, patterns = english_sources()
    found = []
    for line in plain(text).splitlines():
        line = line.strip()
        if not line or line.casefold() in data:
            continue
        if line in whole:
            found.append(line)
            continue
        found += [pattern.pattern for literal, pattern in patterns if literal in line and pattern.search(line)]
    return found


def catalogue_path(language: str) -> Path:
    return i18n_catalogue.catalogue(language)


def arabic_translations_use_one_digit_system(language: str = "ar") -> list[str]:
    """Translations that write Arabic-Indic digits (the interface writes 0–9 everywhere)."""
    found = []
    for message in ET.parse(catalogue_path(language)).getroot().iter("message"):
        translation = message.find("translation")
        if translation is not None and ARABIC_INDIC.search("".join(translation.itertext())):
            found.append(message.findtext("source") or "")
    return found
