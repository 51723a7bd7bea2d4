"""New case: intake of a household, with each service error shown next to its field."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from html import escape

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.changes import Changes
from desktop.dialogs.fields import BlankDateField, CountryBox, DateField
from desktop.forms import Banner, FieldErrors
from desktop.i18n import tr
from desktop.labels import label
from desktop.ops import run_op, run_query
from desktop.pages.case_file_common import AMBER, RED, start_edge
from desktop.words import message
from planning import cases
from planning.cases import CaseDraft, OpenedCase, PersonDraft
from planning.errors import HomewardError, ValidationError, ValidationErrors
from planning.persons import notes
from planning.persons.notes import Match
from planning.storage.store import Store
from planning.vocabulary import EscortNeed, ReferralSource, Relationship, Sex, VulnerabilityKind

MEMBER_FIELD = re.compile(r"^members\[(\d+)\]")


@dataclass
class MemberState:
    """What has been typed for one member (kept while the user switches between members)."""

    given_names: str = ""
    family_name: str = ""
    given_names_latin: str = ""
    family_name_latin: str = ""
    date_of_birth: date | None = None
    #: What was typed in the date of birth when it is not a date (kept to say so).
    date_unreadable: str | None = None
    sex: Sex | None = None
    nationality: str = ""
    relationship: Relationship | None = Relationship.HEAD
    languages: str = ""
    phone: str = ""
    email: str = ""
    exit_irregular: bool | None = None
    escort_need: EscortNeed | None = None
    guardian: int | None = None
    vulnerabilities: set[VulnerabilityKind] = field(default_factory=set)

    def label(self, index: int) -> str:
        name = f"{self.given_names} {self.family_name}".strip() or tr("(no name yet)")
        role = label(self.relationship) if self.relationship is not None else tr("(relationship not chosen)")
        return f"{index + 1}. {role} — {name}"

    def draft(self) -> PersonDraft:
        return PersonDraft(
            given_names=self.given_names, family_name=self.family_name, date_of_birth=self.date_of_birth,
            sex=self.sex, nationality=self.nationality, relationship=self.relationship,
            given_names_latin=self.given_names_latin or None, family_name_latin=self.family_name_latin or None,
            exit_irregular=self.exit_irregular,
            languages=tuple(c.strip() for c in self.languages.replace(";", ",").split(",") if c.strip()),
            phone=self.phone or None, email=self.email or None,
            vulnerabilities=tuple(sorted(self.vulnerabilities)), escort_need=self.escort_need,
            guardian_index=self.guardian,
        )


class NewCaseDialog(QDialog):
    """Emits nothing itself; `opened` holds the result after `accept()`."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.opened: OpenedCase | None = None
        self.setWindowTitle(tr("New case"))
        self.resize(920, 640)
        self.banner = Banner()
        self.errors = FieldErrors(self.banner)
        self.members: list[MemberState] = [MemberState()]
        self.current = 0

        case_box = QGroupBox(tr("Case"))
        case_form = QFormLayout(case_box)
        self.source = QComboBox()
        for source in ReferralSource:
            self.source.addItem(label(source), source)
        self.source.setPlaceholderText(tr("Choose…"))
        self.source.setCurrentIndex(-1)
        self.country = CountryBox()
        self.country.setCurrentIndex(-1)
        self.region = QLineEdit()
        self.opened_on = DateField(store.today())
        self.note = QPlainTextEdit()
        self.note.setFixedHeight(54)
        case_rows: tuple[tuple[str, QWidget, str], ...] = (
            (tr("Referred by"), self.source, "referral_source"),
            (tr("Country of return"), self.country, "country"),
            (tr("Region of return"), self.region, "region_of_return"),
            (tr("Opened on"), self.opened_on, "opened_on"), (tr("Referral note"), self.note, "referral_note"))
        for caption, widget, name in case_rows:
            self.errors.add_row(case_form, caption, widget, name)

        self.member_list = QListWidget()
        add = QPushButton(tr("Add member"))
        remove = QPushButton(tr("Remove member"))
        list_box = QVBoxLayout()
        list_box.addWidget(QLabel(tr("Household")))
        list_box.addWidget(self.member_list, 1)
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(add)
        buttons_row.addWidget(remove)
        list_box.addLayout(buttons_row)
        self.members_error = QLabel()
        self.members_error.setStyleSheet("color: #b3261e;")
        self.members_error.setWordWrap(True)
        list_box.addWidget(self.members_error)
        self.errors.labels["members"] = self.members_error

        person_box = QGroupBox(tr("Member"))
        form = QFormLayout(person_box)
        self.given = QLineEdit()
        self.family = QLineEdit()
        self.given_latin = QLineEdit()
        self.family_latin = QLineEdit()
        self.given_latin.setPlaceholderText(tr("if the name is written in another script"))
        self.dob = BlankDateField()
        self.sex = QComboBox()
        for sex in Sex:
            self.sex.addItem(label(sex), sex)
        self.sex.setPlaceholderText(tr("Choose…"))
        self.nationality = CountryBox()
        self.relationship = QComboBox()
        for rel in Relationship:
            self.relationship.addItem(label(rel), rel)
        self.relationship.setPlaceholderText(tr("Choose…"))
        #: Every mistake found at the last attempt, by member (a member's show under its fields when selected).
        self.member_problems: dict[int, list[ValidationError]] = {}
        self.shared_problems: list[HomewardError] = []
        self.guardian = QComboBox()
        self.languages = QLineEdit()
        self.languages.setPlaceholderText(tr("ISO codes, e.g. ar, ku"))
        self.phone = QLineEdit()
        self.email = QLineEdit()
        self.exit = QComboBox()
        for caption, value in ((tr("Unknown"), None), (tr("Irregularly"), True), (tr("Regularly"), False)):
            self.exit.addItem(caption, value)
        self.escort = QComboBox()
        self.escort.addItem(tr("None", "escort"), None)
        for escort in EscortNeed:
            self.escort.addItem(label(escort), escort)
        vulnerable = QWidget()
        grid = QGridLayout(vulnerable)
        grid.setContentsMargins(0, 0, 0, 0)
        self.vulnerability_boxes: dict[VulnerabilityKind, QCheckBox] = {}
        for i, kind in enumerate(VulnerabilityKind):
            box = QCheckBox(label(kind))
            self.vulnerability_boxes[kind] = box
            grid.addWidget(box, i // 2, i % 2)
        rows = ((tr("Given names"), self.given, "given_names"), (tr("Family name"), self.family, "family_name"),
                (tr("Given names (Latin)"), self.given_latin, "given_names_latin"),
                (tr("Family name (Latin)"), self.family_latin, "family_name_latin"),
                (tr("Date of birth"), self.dob, "date_of_birth"), (tr("Sex"), self.sex, "sex"),
                (tr("Nationality"), self.nationality, "nationality"),
                (tr("Relationship to head"), self.relationship, "relationship"),
                (tr("Guardian (for a minor)"), self.guardian, "guardian"),
                (tr("Languages"), self.languages, "languages"), (tr("Phone"), self.phone, "phone"),
                (tr("E-mail"), self.email, "email"), (tr("Left the country"), self.exit, "exit_irregular"),
                (tr("Escort needed"), self.escort, "escort_need"),
                (tr("Vulnerabilities"), vulnerable, "vulnerabilities"))
        for caption, widget, name in rows:
            self.errors.add_row(form, caption, widget, name)

        middle = QHBoxLayout()
        middle.addLayout(list_box, 1)
        middle.addWidget(person_box, 2)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save = self.buttons.addButton(tr("Open case"), QDialogButtonBox.ButtonRole.AcceptRole)
        #: Who the household matches among people already known, and why it matters (shown before opening).
        self.matches = QLabel()
        self.matches.setObjectName("matchWarning")
        self.matches.setWordWrap(True)
        self.matches.hide()
        self.confirmed: CaseDraft | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(case_box)
        layout.addLayout(middle, 1)
        layout.addWidget(self.matches)
        layout.addWidget(self.buttons)

        add.clicked.connect(self.add_member)
        remove.clicked.connect(self.remove_member)
        self.member_list.currentRowChanged.connect(self._switch)
        self.buttons.rejected.connect(self.reject)
        self.save.clicked.connect(self.submit)
        self.country.currentIndexChanged.connect(self._default_nationality)
        for widget in (self.given, self.family):
            widget.textEdited.connect(self._relabel)
        self.relationship.currentIndexChanged.connect(self._relabel)
        self._refresh_list()
        self._load(0)

    # -- members ---------------------------------------------------------------------------------
    def add_member(self) -> None:
        self._store_form()
        head = self.members[0]
        child = MemberState(family_name=head.family_name, nationality=head.nationality or self.country.code(),
                            relationship=None, languages=head.languages)
        self.members.append(child)
        self._refresh_list()
        self.member_list.setCurrentRow(len(self.members) - 1)

    def remove_member(self) -> None:
        if len(self.members) == 1:
            self.members_error.setText(tr("A case needs at least one person."))
            return
        index = self.current
        del self.members[index]
        for member in self.members:
            if member.guardian == index:
                member.guardian = None
            elif member.guardian is not None and member.guardian > index:
                member.guardian -= 1
        self.current = min(index, len(self.members) - 1)
        self._refresh_list()
        self._load(self.current)

    def _refresh_list(self) -> None:
        self.member_list.blockSignals(True)
        self.member_list.clear()
        for i, member in enumerate(self.members):
            self.member_list.addItem(member.label(i))
        self.member_list.setCurrentRow(self.current)
        self.member_list.blockSignals(False)
        self.member_problems = {}  # the members moved: the mistakes are shown again at the next attempt

    def _relabel(self) -> None:
        self._store_form()
        item = self.member_list.item(self.current)
        if item is not None:
            item.setText(self.members[self.current].label(self.current))

    def _switch(self, row: int) -> None:
        if row < 0:
            return
        self._store_form()
        self._load(row)
        if self.member_problems or self.shared_problems:
            self._show_member_problems(row)

    def _load(self, index: int) -> None:
        self.current = index
        m = self.members[index]
        self.given.setText(m.given_names)
        self.family.setText(m.family_name)
        self.given_latin.setText(m.given_names_latin)
        self.family_latin.setText(m.family_name_latin)
        self.dob.set_value(m.date_of_birth)
        if m.date_unreadable:
            self.dob.text.setText(m.date_unreadable)
        self.sex.setCurrentIndex(self.sex.findData(m.sex) if m.sex is not None else -1)
        self.nationality.set_code(m.nationality)
        self.relationship.blockSignals(True)
        self.relationship.setCurrentIndex(
            self.relationship.findData(m.relationship) if m.relationship is not None else -1)
        self.relationship.blockSignals(False)
        self.guardian.clear()
        self.guardian.addItem("—", None)
        for i, other in enumerate(self.members):
            if i != index:
                self.guardian.addItem(other.label(i), i)
        self.guardian.setCurrentIndex(max(self.guardian.findData(m.guardian), 0))
        self.languages.setText(m.languages)
        self.phone.setText(m.phone)
        self.email.setText(m.email)
        self.exit.setCurrentIndex(self.exit.findData(m.exit_irregular))
        self.escort.setCurrentIndex(self.escort.findData(m.escort_need))
        for kind, box in self.vulnerability_boxes.items():
            box.setChecked(kind in m.vulnerabilities)

    def _store_form(self) -> None:
        m = self.members[self.current]
        m.given_names = self.given.text()
        m.family_name = self.family.text()
        m.given_names_latin = self.given_latin.text()
        m.family_name_latin = self.family_latin.text()
        m.date_of_birth = self.dob.value()
        m.date_unreadable = self.dob.unreadable()
        m.sex = None if self.sex.currentData() is None else Sex(self.sex.currentData())
        m.nationality = self.nationality.code()
        m.relationship = None if self.relationship.currentData() is None else Relationship(
            self.relationship.currentData())
        m.guardian = self.guardian.currentData()
        m.languages = self.languages.text()
        m.phone = self.phone.text()
        m.email = self.email.text()
        m.exit_irregular = self.exit.currentData()
        escort = self.escort.currentData()
        m.escort_need = EscortNeed(escort) if escort else None
        m.vulnerabilities = {k for k, box in self.vulnerability_boxes.items() if box.isChecked()}

    def _default_nationality(self) -> None:
        code = self.country.code()
        for i, member in enumerate(self.members):
            if not member.nationality:
                member.nationality = code
                if i == self.current:
                    self.nationality.set_code(code)

    # -- saving ----------------------------------------------------------------------------------
    def draft(self) -> CaseDraft:
        self._store_form()
        return CaseDraft(
            referral_source=None if self.source.currentData() is None else ReferralSource(self.source.currentData()),
            country=self.country.code(),
            members=tuple(m.draft() for m in self.members), region_of_return=self.region.text() or None,
            referral_note=self.note.toPlainText() or None, opened_on=self.opened_on.value(),
        )

    def submit(self) -> None:
        """Open the case; first, if a member matches someone already known, say why it matters and ask again."""
        self.errors.clear()
        self.members_error.clear()
        draft = self.draft()
        unreadable = self._unreadable_dates()
        if unreadable:  # said before anything else is checked, with every other mistake beside it
            try:
                cases.check_case(draft, self.store.today())
            except ValidationError as found:
                others = found.errors if isinstance(found, ValidationErrors) else (found,)
                taken = {error.field for error in unreadable}
                unreadable += [error for error in others if error.field not in taken]
            self.show_error(unreadable[0] if len(unreadable) == 1 else ValidationErrors(unreadable))
            return
        self.save.setEnabled(False)
        if draft == self.confirmed:
            self._open(draft)
            return
        store = self.store
        run_query(self, lambda: notes.for_draft(store, draft), lambda found: self._checked(draft, found),
                  kind=f"new-case-matches-{id(self)}", on_error=self._check_failed)

    def _checked(self, draft: CaseDraft, found: list[Match]) -> None:
        lines = [message(note) for match in found for note in match.notes]
        if not lines:
            self._open(draft)
            return
        blocks = any(match.blocks for match in found)
        colour = RED if blocks else AMBER
        heading = (tr("This household matches someone whose involvement ended or who was granted protection:")
                   if blocks else tr("This household matches people already known:"))
        items = "".join(f"<li>{escape(line)}</li>" for line in lines)
        advice = tr("Check the particulars; open the case anyway only if it is right.")
        html = f"<b>{heading}</b><ul>{items}</ul>{advice}"  # every word translated: the heading, notes, advice
        self.matches.setText(html)
        self.matches.setStyleSheet(f"#matchWarning {{ border: 1px solid {colour}; border-{start_edge()}: 5px solid "
                                   f"{colour}; border-radius: 4px; padding: 6px; background: palette(base); }}")
        self.matches.show()
        self.confirmed = draft
        self.save.setText(tr("Open case anyway"))
        self.save.setEnabled(True)

    def _check_failed(self, error: HomewardError) -> None:
        self.save.setEnabled(True)
        self.show_error(error)

    def _open(self, draft: CaseDraft) -> None:
        run_op(self, lambda: cases.open_case(self.store, draft),
               changes=lambda opened: Changes.of_case(opened.id, origin=self),
               on_success=self._opened, on_error=self.show_error, on_done=lambda: self.save.setEnabled(True))

    def _unreadable_dates(self) -> list[ValidationError]:
        example = self.dob.example()
        return [ValidationError(f"members[{i}].date_of_birth", "date.unreadable", m.date_unreadable,
                                text=m.date_unreadable, example=example)
                for i, m in enumerate(self.members) if m.date_unreadable]

    def show_error(self, error: HomewardError) -> None:
        """Every mistake at once: the case's under their fields, each member's under its fields when that member is
        selected (the first member with a mistake is), and the members with mistakes marked in the list."""
        found = list(error.errors) if isinstance(error, ValidationErrors) else [error]
        self.member_problems = {}
        shared: list[HomewardError] = []
        for one in found:
            match = MEMBER_FIELD.match(one.field) if isinstance(one, ValidationError) else None
            if match and int(match.group(1)) < len(self.members) and isinstance(one, ValidationError):
                self.member_problems.setdefault(int(match.group(1)), []).append(one)
            else:
                shared.append(one)
        self.errors.show_errors(shared)
        self.shared_problems = shared
        self._mark_members()
        if self.member_problems:
            first = min(self.member_problems)
            if first != self.member_list.currentRow():
                self.member_list.setCurrentRow(first)
            else:
                self._show_member_problems(first)

    def _mark_members(self) -> None:
        for i in range(self.member_list.count()):
            item = self.member_list.item(i)
            mistakes = len(self.member_problems.get(i, ()))
            text = self.members[i].label(i)
            item.setText(text + ("  ⚠ " + tr("%n mistake(s)", None, mistakes) if mistakes else ""))
            item.setForeground(QColor(RED) if mistakes else self.member_list.palette().text().color())

    def _show_member_problems(self, index: int) -> None:
        self.errors.show_errors([*self.shared_problems, *self.member_problems.get(index, ())])

    def _opened(self, opened: OpenedCase) -> None:
        self.opened = opened
        self.accept()
