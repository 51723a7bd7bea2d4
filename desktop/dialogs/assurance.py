"""Registering an assurance a country gave, and changing an assurance's status with its reason."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.changes import Changes
from desktop.dialogs.fields import DateField, EndDateField, chosen, chosen_required
from desktop.forms import Banner, FieldErrors
from desktop.i18n import QT_TR_NOOP, tr
from desktop.labels import day, in_sentence, label
from desktop.ops import run_query, save_and_close
from planning import countries
from planning.country_view import AssuranceView, Member, case_members
from planning.storage.store import Store
from planning.vocabulary import AssuranceKind, AssuranceScope, AssuranceStatus, MonitoringLevel

REVIEW_NOTE = QT_TR_NOOP(
    "Putting assurances under review, and deciding a review, is normally done by monitoring after a "
    "reported breach (S9). Record it here only for a decision already taken, and say who took it."
)


class PersonPicker(QWidget):
    """A case reference, then its members as checkboxes: whom an individual assurance names."""

    def __init__(self, store: Store, errors: FieldErrors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.errors = errors
        self.reference = QLineEdit()
        self.reference.setPlaceholderText(tr("Case reference, e.g. HW-2026-000123"))
        self.find_button = QPushButton(tr("Show members"))
        self.find_button.clicked.connect(self.load)
        self.reference.returnPressed.connect(self.load)
        self.boxes: list[tuple[QCheckBox, Member]] = []
        self.members = QVBoxLayout()
        self.members.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.reference, 1)
        row.addWidget(self.find_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addLayout(self.members)

    def load(self) -> None:
        reference = self.reference.text().strip()
        if not reference:
            return
        run_query(self, lambda: case_members(self.store, reference), self.show_members,
                  kind=f"countries-case_members-{id(self)}", on_error=self.errors.show_error)

    def show_members(self, members: tuple[Member, ...]) -> None:
        for box, _ in self.boxes:
            self.members.removeWidget(box)
            box.deleteLater()
        self.boxes = []
        for member in members:
            box = QCheckBox(tr("{name} — {nationality}, born {date}").format(
                name=member.name, nationality=member.nationality, date=day(member.date_of_birth)))
            box.setChecked(True)
            self.members.addWidget(box)
            self.boxes.append((box, member))

    def person_ids(self) -> tuple[int, ...]:
        return tuple(member.id for box, member in self.boxes if box.isChecked())


class AssuranceDialog(QDialog):
    """Add an assurance to a country's register; errors land under their fields."""

    def __init__(self, store: Store, code: str, country_name: str, today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.code = code
        self.assurance_id: int | None = None
        self.setWindowTitle(tr("Add an assurance — {country}").format(country=country_name))
        self.setMinimumWidth(520)
        self.banner = Banner()
        self.errors = FieldErrors(self.banner)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)

        self.kind = QComboBox()
        for kind in AssuranceKind:
            self.kind.addItem(label(kind), kind)
        self.authority = QLineEdit()
        self.authority.setPlaceholderText(tr("e.g. Ministry of Internal Affairs"))
        self.reference = QLineEdit()
        self.reference.setPlaceholderText(tr("The letter's reference number"))
        self.scope = QComboBox()
        for scope in AssuranceScope:
            self.scope.addItem(label(scope), scope)
        self.persons = PersonPicker(store, self.errors)
        self.level = QComboBox()
        for level in MonitoringLevel:
            self.level.addItem(label(level), level)
        self.region = QLineEdit()
        self.region.setPlaceholderText(tr("Leave empty for the whole country"))
        self.valid_from = DateField(today)
        self.valid_to = EndDateField(today + timedelta(days=365), open_ended=False)
        self.status = QComboBox()
        for status in AssuranceStatus:
            self.status.addItem(label(status), status)
        self.status.setCurrentIndex(self.status.findData(AssuranceStatus.IN_FORCE))
        self.conditions = QPlainTextEdit()
        self.conditions.setPlaceholderText(tr("Conditions the country attached, if any"))
        self.conditions.setTabChangesFocus(True)
        self.conditions.setFixedHeight(70)

        #: (label, field, the service's field names whose errors show under it)
        rows: tuple[tuple[str, QWidget, tuple[str, ...]], ...] = (
            (tr("&Kind"), self.kind, ("kind",)),
            (tr("Issuing &authority"), self.authority, ("issuing_authority",)),
            (tr("&Reference"), self.reference, ("reference",)),
            (tr("&Scope"), self.scope, ("scope",)),
            (tr("&Persons"), self.persons, ("person_ids", "case")),
            (tr("&Monitoring level"), self.level, ("monitoring_level",)),
            (tr("Re&gion"), self.region, ("region",)),
            (tr("Valid &from"), self.valid_from, ("valid_from",)),
            (tr("Valid &to"), self.valid_to, ("valid_to",)),
            (tr("S&tatus"), self.status, ("status",)),
            (tr("C&onditions"), self.conditions, ("conditions",)),
        )
        for text, widget, fields in rows:
            self.errors.add_row(form, text, widget, *fields)
        self.errors.labels["country"] = self.errors.labels["kind"]
        self.form = form

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.scope.currentIndexChanged.connect(self._scope_changed)
        self._kind_changed()
        self._scope_changed()

    def _kind_changed(self) -> None:
        self.form.setRowVisible(self.level, chosen(self.kind, AssuranceKind) is AssuranceKind.MONITORING_AUTHORISATION)

    def _scope_changed(self) -> None:
        self.form.setRowVisible(self.persons, chosen(self.scope, AssuranceScope) is AssuranceScope.INDIVIDUAL)
        self.adjustSize()

    def draft(self) -> countries.AssuranceDraft:
        kind = chosen_required(self.kind, AssuranceKind)
        scope = chosen_required(self.scope, AssuranceScope)
        return countries.AssuranceDraft(
            country=self.code, kind=kind, issuing_authority=self.authority.text(),
            reference=self.reference.text(), scope=scope,
            valid_from=self.valid_from.value(), valid_to=self.valid_to.value(),
            status=chosen_required(self.status, AssuranceStatus),
            monitoring_level=(chosen(self.level, MonitoringLevel)
                              if kind is AssuranceKind.MONITORING_AUTHORISATION else None),
            region=self.region.text(), conditions=self.conditions.toPlainText(),
            person_ids=self.persons.person_ids() if scope is AssuranceScope.INDIVIDUAL else (),
        )

    def submit(self) -> None:
        draft = self.draft()
        save_and_close(self, self.buttons, self.errors, lambda: countries.add_assurance(self.store, draft),
                       changes=Changes.of_countries(origin=self), keep=self._keep)

    def _keep(self, assurance_id: int) -> None:
        self.assurance_id = assurance_id


class AssuranceStatusDialog(QDialog):
    """Change an assurance's status; the reason is required and goes to the audit log."""

    def __init__(self, store: Store, assurance: AssuranceView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.assurance = assurance
        self.setWindowTitle(tr("Change status — {reference}").format(reference=assurance.reference))
        self.setMinimumWidth(480)
        self.banner = Banner()
        self.errors = FieldErrors(self.banner)
        heading = QLabel(tr("<b>{kind}</b> {reference} is <b>{status}</b> ({start} → {end}).").format(
            kind=label(assurance.kind), reference=assurance.reference,
            status=in_sentence(assurance.status), start=day(assurance.valid_from), end=day(assurance.valid_to)))
        heading.setWordWrap(True)
        self.status = QComboBox()
        order = (AssuranceStatus.REVOKED, AssuranceStatus.EXPIRED, AssuranceStatus.IN_FORCE,
                 AssuranceStatus.REQUESTED, AssuranceStatus.UNDER_REVIEW)
        for status in order:
            if status is not assurance.status:
                self.status.addItem(label(status), status)
        self.reason = QPlainTextEdit()
        self.reason.setPlaceholderText(tr("Why, who decided, and on what basis (kept in the audit log)"))
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(90)
        self.note = QLabel(tr(REVIEW_NOTE))
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #6b4e00;")
        form = QFormLayout()
        rows: tuple[tuple[str, QWidget, str], ...] = ((tr("New &status"), self.status, "status"),
                                                      (tr("&Reason"), self.reason, "reason"))
        for text, widget, field in rows:
            self.errors.add_row(form, text, widget, field)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.status.currentIndexChanged.connect(self._status_changed)
        self._status_changed()

    def _status_changed(self) -> None:
        chosen_status = chosen(self.status, AssuranceStatus)
        deciding_review = (self.assurance.status is AssuranceStatus.UNDER_REVIEW
                           and chosen_status is AssuranceStatus.IN_FORCE)
        self.note.setVisible(chosen_status is AssuranceStatus.UNDER_REVIEW or deciding_review)

    def submit(self) -> None:
        self.errors.clear()
        status = chosen_required(self.status, AssuranceStatus)
        reason = self.reason.toPlainText()
        a = self.assurance
        save_and_close(self, self.buttons, self.errors,
                       lambda: countries.set_assurance_status(self.store, a.id, a.version, status, reason),
                       changes=Changes.of_countries(origin=self))
