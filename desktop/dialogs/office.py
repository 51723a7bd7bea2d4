"""Administration › Office…: the office printed on every document (letterhead, contacts, signatory, logo)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from desktop.dialogs.base import ServiceDialog
from desktop.i18n import tr
from desktop.ops import run_query
from planning.documents.office import MOST_SMALLEST_SHOWN, Letterhead, OfficeDraft, letterhead, save_office
from planning.documents.texts import OFFICE_LANGUAGES, language_name
from planning.errors import ValidationError
from planning.storage.store import Store


def load_office(store: Store) -> Letterhead:
    with store.reading() as session:
        return letterhead(session)


class OfficeDialog(ServiceDialog):
    """The office's name, address, phones, 24-hour line, e-mail, language, signatory and logo; Save stores them."""

    def __init__(self, store: Store, current: Letterhead, parent: QWidget | None = None) -> None:
        super().__init__(tr("Office"), parent, save_text=tr("Save office"),
                         intro=tr("Printed on every document. A travel letter needs the office's address and a "
                                  "24-hour emergency line: border and airline staff call it while the household "
                                  "travels."))
        self.store = store
        self.name = QLineEdit(current.name if current.saved else "")
        self.address = QPlainTextEdit(current.address or "")
        self.address.setFixedHeight(64)
        self.phone = QLineEdit(current.phone or "")
        self.emergency_phone = QLineEdit(current.emergency_phone or "")
        self.emergency_phone.setPlaceholderText(tr("Answered day and night while returnees travel"))
        self.email = QLineEdit(current.email or "")
        self.language = QComboBox()
        for code in OFFICE_LANGUAGES:
            self.language.addItem(language_name(code), code)
        self.language.setCurrentIndex(max(0, self.language.findData(current.language)))
        self.signatory_name = QLineEdit(current.signatory_name or "")
        self.signatory_title = QLineEdit(current.signatory_title or "")
        self.logo: bytes | None = None
        self.logo_filename: str | None = None
        self.keep_logo = True
        logo_row = QWidget()
        row = QHBoxLayout(logo_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.logo_label = QLabel(tr("A logo is stored") if current.logo else tr("No logo"))
        choose = QPushButton(tr("Choose…"))
        choose.clicked.connect(self.choose_logo)
        remove = QPushButton(tr("Remove"))
        remove.clicked.connect(self.remove_logo)
        row.addWidget(self.logo_label, 1)
        row.addWidget(choose)
        row.addWidget(remove)
        self.row(tr("Name"), self.name, "name")
        self.row(tr("Address"), self.address, "address")
        self.row(tr("Phone"), self.phone, "phone")
        self.row(tr("24-hour line"), self.emergency_phone, "emergency_phone")
        self.row(tr("E-mail"), self.email, "email")
        self.row(tr("Language of the documents"), self.language, "language")
        self.row(tr("Signatory"), self.signatory_name, "signatory_name")
        self.row(tr("Signatory's title"), self.signatory_title, "signatory_title")
        self.row(tr("Logo"), logo_row, "logo")
        self.smallest_shown = QSpinBox()
        self.smallest_shown.setRange(0, MOST_SMALLEST_SHOWN)
        self.smallest_shown.setValue(current.smallest_shown)
        self.smallest_shown.setToolTip(tr("Reports meant for sharing (Excel, PDF) show a cell standing for fewer "
                                          "people or records than this as “<N”, so that no one can be singled "
                                          "out; 0 or 1 shows every count"))
        self.row(tr("Smallest count shown in reports"), self.smallest_shown, "smallest_shown")

    def set_logo(self, path: Path) -> None:
        try:
            self.logo = path.read_bytes()
        except OSError as exc:
            raise ValidationError("logo", "office.logo_unreadable", str(path), path=str(path),
                                  reason=exc.strerror or str(exc)) from None
        self.logo_filename, self.keep_logo = path.name, True
        self.logo_label.setText(path.name)

    def choose_logo(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, tr("Choose a logo"), "", tr("Images (*.png *.jpg *.jpeg)"))
        if chosen:
            try:
                self.set_logo(Path(chosen))
            except ValidationError as error:
                self.errors.show_error(error)

    def remove_logo(self) -> None:
        self.logo, self.logo_filename, self.keep_logo = None, None, False
        self.logo_label.setText(tr("No logo"))

    def work(self) -> Callable[[], None]:
        draft = OfficeDraft(
            name=self.name.text(), address=self.address.toPlainText().strip() or None,
            phone=self.phone.text().strip() or None, email=self.email.text().strip() or None,
            emergency_phone=self.emergency_phone.text().strip() or None, language=str(self.language.currentData()),
            logo=self.logo, logo_filename=self.logo_filename, keep_logo=self.keep_logo,
            signatory_name=self.signatory_name.text().strip() or None,
            signatory_title=self.signatory_title.text().strip() or None, smallest_shown=self.smallest_shown.value())
        store = self.store
        return lambda: save_office(store, draft)


def open_office_dialog(store: Store, parent: QWidget) -> None:
    """Read the stored office off the GUI thread, then open the dialog on it."""
    run_query(parent, lambda: load_office(store), lambda current: OfficeDialog(store, current, parent).open(),
              kind="office")
