"""Adding a country of return: pick it from the ISO 3166 list by typing part of its name or code."""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop.forms import Banner, FieldErrors
from desktop.i18n import tr
from desktop.places import every_country
from planning.errors import ValidationError

#: The field the country's errors are reported under (as the countries service names it).
COUNTRY_FIELD = "country"


class AddCountryDialog(QDialog):
    """A searchable combo of ISO country names; `code` is the choice once accepted."""

    def __init__(self, known: Collection[str] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Add a country of return"))
        self.setMinimumWidth(420)
        self.code: str | None = None
        self.known = set(known)
        self.banner = Banner()
        self.errors = FieldErrors(self.banner)
        self.country = QComboBox()
        self.country.setEditable(True)
        self.country.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for name, code in every_country():
            text = f"{name} ({code})"
            if code in self.known:
                text = tr("{country} — already listed").format(country=text)
            self.country.addItem(text, code)
        self.country.setCurrentIndex(-1)
        editor = self.country.lineEdit()
        if editor is not None:
            editor.setPlaceholderText(tr("Type part of a name or an ISO code"))
        completer = QCompleter(self.country.model(), self.country)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.country.setCompleter(completer)
        hint = QLabel(tr("The country gets a profile you can fill in next: whether irregular exit is punished "
                         "and which returnees need active monitoring there."))
        hint.setWordWrap(True)
        form = QFormLayout()
        self.errors.add_row(form, tr("&Country"), self.country, COUNTRY_FIELD)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Add"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)

    def choose(self, code: str) -> None:
        self.country.setCurrentIndex(self.country.findData(code))

    def chosen(self) -> str | None:
        text = self.country.currentText().strip()
        index = self.country.findText(text, Qt.MatchFlag.MatchFixedString)
        if index < 0 and len(text) == 3:
            index = self.country.findData(text.upper())
        if index < 0:
            return None
        code: str = self.country.itemData(index)
        return code

    def submit(self) -> None:
        code = self.chosen()
        if code is None:
            self.errors.show_error(ValidationError(COUNTRY_FIELD, "choice.country"))
            return
        self.code = code
        self.accept()
