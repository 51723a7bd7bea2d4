"""Recording an advisory on returns to a country (S8), and ending one."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.changes import Changes
from desktop.dialogs.fields import DateField, EndDateField, chosen
from desktop.forms import Banner, FieldErrors
from desktop.i18n import tr
from desktop.labels import day, label
from desktop.ops import save_and_close
from planning import countries
from planning.country_view import AdvisoryView
from planning.storage.store import Store
from planning.vocabulary import VulnerabilityKind

END_FIELD = "in_force_to"  # the service's name for the last day in force


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    return QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                            parent=dialog)


class AdvisoryDialog(QDialog):
    """Add an advisory: who issued it, what it says, where and whom it concerns, and when."""

    def __init__(self, store: Store, code: str, country_name: str, today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.code = code
        self.advisory_id: int | None = None
        self.setWindowTitle(tr("Add an advisory — {country}").format(country=country_name))
        self.setMinimumWidth(500)
        self.banner = Banner()
        self.errors = FieldErrors(self.banner)
        self.issued_by = QLineEdit()
        self.issued_by.setPlaceholderText(tr("e.g. UNHCR"))
        self.reference = QLineEdit()
        self.summary = QPlainTextEdit()
        self.summary.setPlaceholderText(tr("What the advisory says about returns"))
        self.summary.setTabChangesFocus(True)
        self.summary.setFixedHeight(80)
        self.region = QLineEdit()
        self.region.setPlaceholderText(tr("Leave empty for the whole country"))
        self.profile = QComboBox()
        self.profile.addItem(tr("Everyone"), None)
        for kind in VulnerabilityKind:
            self.profile.addItem(label(kind), kind)
        self.suspends = QCheckBox(tr("Suspends returns while in force (blocks planning, S8)"))
        self.suspends.setChecked(True)
        self.in_force_from = DateField(today)
        self.in_force_to = EndDateField(today, open_ended=True)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        #: (label, field, the service's field name whose errors show under it)
        rows: tuple[tuple[str, QWidget, str], ...] = (
            (tr("&Issued by"), self.issued_by, "issued_by"),
            (tr("&Reference"), self.reference, "reference"),
            (tr("&Summary"), self.summary, "summary"),
            (tr("Re&gion"), self.region, "region"),
            (tr("&Profile"), self.profile, "profile"),
            ("", self.suspends, "suspends_returns"),
            (tr("In force &from"), self.in_force_from, "in_force_from"),
            (tr("In force &to"), self.in_force_to, "in_force_to"),
        )
        for text, widget, field in rows:
            self.errors.add_row(form, text, widget, field)
        self.buttons = _buttons(self)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def draft(self) -> countries.AdvisoryDraft:
        return countries.AdvisoryDraft(
            country=self.code, issued_by=self.issued_by.text(), summary=self.summary.toPlainText(),
            in_force_from=self.in_force_from.value(), in_force_to=self.in_force_to.value(),
            suspends_returns=self.suspends.isChecked(), region=self.region.text(),
            profile=chosen(self.profile, VulnerabilityKind), reference=self.reference.text() or None,
        )

    def submit(self) -> None:
        draft = self.draft()
        save_and_close(self, self.buttons, self.errors, lambda: countries.add_advisory(self.store, draft),
                       changes=Changes.of_countries(origin=self), keep=self._keep)

    def _keep(self, advisory_id: int) -> None:
        self.advisory_id = advisory_id


class EndAdvisoryDialog(QDialog):
    """Lift an advisory: the last day it is in force."""

    def __init__(self, store: Store, advisory: AdvisoryView, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.advisory = advisory
        self.setWindowTitle(tr("End advisory"))
        self.banner = Banner()
        self.errors = FieldErrors(self.banner)
        since = tr("<b>{issuer}</b>, in force since {date}:").format(issuer=advisory.issued_by,
                                                                      date=day(advisory.in_force_from))
        about = QLabel("<br>".join((since, advisory.summary)))
        about.setWordWrap(True)
        self.ended_on = DateField(max(today, advisory.in_force_from))
        form = QFormLayout()
        self.errors.add_row(form, tr("&Last day in force"), self.ended_on, END_FIELD)
        self.buttons = _buttons(self)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(about)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def submit(self) -> None:
        a = self.advisory
        ended_on = self.ended_on.value()
        save_and_close(self, self.buttons, self.errors,
                       lambda: countries.end_advisory(self.store, a.id, a.version, ended_on),
                       changes=Changes.of_countries(origin=self))
