"""A member's particulars and vulnerabilities: edit (undoable, version-checked), note, end."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields, replace

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QPushButton, QWidget

from desktop.changes import Changes
from desktop.conflicts import both_versions
from desktop.dialogs.base import ServiceDialog
from desktop.dialogs.counselling import text_box
from desktop.dialogs.fields import DateField, EnumBox, LanguageBox, to_qdate
from desktop.i18n import tr
from desktop.labels import day, label
from desktop.ops import run_query
from planning import case_file, cases
from planning.case_file import MemberView, VulnerabilityView
from planning.errors import ConflictError, HomewardError
from planning.storage.store import Store
from planning.vocabulary import EscortNeed, Relationship, Sex, VulnerabilityKind


def draft_of(member: MemberView) -> cases.PersonDraft:
    """The member's particulars as an editable draft (what `update_person` takes)."""
    return cases.PersonDraft(
        given_names=member.given_names, family_name=member.family_name, date_of_birth=member.date_of_birth,
        sex=member.sex, nationality=member.nationality, relationship=member.relationship,
        given_names_latin=member.given_names_latin, family_name_latin=member.family_name_latin,
        permanent_residence=member.permanent_residence, exit_irregular=member.exit_irregular,
        languages=member.languages, preferred_language=member.preferred_language, phone=member.phone,
        email=member.email, escort_need=member.escort_need,
    )


class PersonDialog(ServiceDialog):
    """Correct a member's particulars. Emits `saved(new_version)`; `before`/`after` feed the undo stack."""

    def __init__(self, store: Store, case_id: int, member: MemberView, parent: QWidget | None = None) -> None:
        super().__init__(tr("Edit particulars — {name}").format(name=member.name), parent,
                         save_text=tr("Save particulars"),
                         changes=Changes.of_case(case_id, origin=parent))
        self.store = store
        self.case_id = case_id
        self.member = member
        self.version = member.version
        self.before = draft_of(member)
        self.after = self.before
        self.given_names = QLineEdit()
        self.family_name = QLineEdit()
        self.given_names_latin = QLineEdit()
        self.family_name_latin = QLineEdit()
        self.date_of_birth = DateField(member.date_of_birth)
        self.sex = EnumBox(list(Sex), member.sex)
        self.nationality = QLineEdit()
        self.relationship = EnumBox(list(Relationship), member.relationship)
        self.permanent_residence = QLineEdit()
        self.exit_irregular = QComboBox()
        for text in (tr("Not known"), tr("Yes — left irregularly"), tr("No — left regularly")):
            self.exit_irregular.addItem(text)
        self.languages = QLineEdit()
        self.languages.setPlaceholderText(tr("ISO codes separated by commas, e.g. ka, ru"))
        self.preferred_language = LanguageBox()
        self.phone = QLineEdit()
        self.email = QLineEdit()
        self.escort_need = QComboBox()
        for text in (tr("No escort needed"), tr("Medical escort"), tr("Escort for a minor")):
            self.escort_need.addItem(text)
        self.row(tr("Given names"), self.given_names, "given_names")
        self.row(tr("Family name"), self.family_name, "family_name")
        self.row(tr("Given names (Latin)"), self.given_names_latin, "given_names_latin")
        self.row(tr("Family name (Latin)"), self.family_name_latin, "family_name_latin")
        self.row(tr("Date of birth"), self.date_of_birth, "date_of_birth")
        self.row(tr("Sex"), self.sex, "sex")
        self.row(tr("Nationality"), self.nationality, "nationality")
        self.row(tr("Permanent residence"), self.permanent_residence, "permanent_residence")
        self.row(tr("Left irregularly?"), self.exit_irregular, "exit_irregular")
        self.row(tr("Relationship"), self.relationship, "relationship")
        self.row(tr("Languages"), self.languages, "languages")
        self.row(tr("Preferred language"), self.preferred_language, "preferred_language")
        self.row(tr("Phone"), self.phone, "phone")
        self.row(tr("E-mail"), self.email, "email")
        self.row(tr("Escort"), self.escort_need, "escort_need")
        self.reload_button = QPushButton(tr("Reload current values"))
        self.reload_button.hide()
        self.reload_button.clicked.connect(self.reload)
        reload_row = QHBoxLayout()
        reload_row.addStretch(1)
        reload_row.addWidget(self.reload_button)
        self.form.addRow(reload_row)
        self.fill(self.before)

    def fill(self, draft: cases.PersonDraft) -> None:
        self.given_names.setText(draft.given_names)
        self.family_name.setText(draft.family_name)
        self.given_names_latin.setText(draft.given_names_latin or "")
        self.family_name_latin.setText(draft.family_name_latin or "")
        if draft.date_of_birth is not None:  # (a recorded member always has these three)
            self.date_of_birth.setDate(to_qdate(draft.date_of_birth))
        if draft.sex is not None:
            self.sex.setCurrentIndex(list(Sex).index(draft.sex))
        self.nationality.setText(draft.nationality)
        if draft.relationship is not None:
            self.relationship.setCurrentIndex(list(Relationship).index(draft.relationship))
        self.permanent_residence.setText(draft.permanent_residence or "")
        self.exit_irregular.setCurrentIndex({None: 0, True: 1, False: 2}[draft.exit_irregular])
        self.languages.setText(", ".join(draft.languages))
        self.preferred_language.set_code(draft.preferred_language)
        self.phone.setText(draft.phone or "")
        self.email.setText(draft.email or "")
        self.escort_need.setCurrentIndex({None: 0, EscortNeed.MEDICAL: 1, EscortNeed.MINOR: 2}[draft.escort_need])

    def read(self) -> cases.PersonDraft:
        languages = tuple(code.strip() for code in self.languages.text().replace(";", ",").split(",")
                          if code.strip())
        return replace(
            self.before, given_names=self.given_names.text(), family_name=self.family_name.text(),
            given_names_latin=self.given_names_latin.text() or None,
            family_name_latin=self.family_name_latin.text() or None,
            date_of_birth=self.date_of_birth.value(), sex=self.sex.value(),
            nationality=self.nationality.text(), relationship=self.relationship.value(),
            permanent_residence=self.permanent_residence.text() or None,
            exit_irregular=(None, True, False)[self.exit_irregular.currentIndex()],
            languages=languages, preferred_language=self.preferred_language.code() or None,
            phone=self.phone.text() or None, email=self.email.text() or None,
            escort_need=(None, EscortNeed.MEDICAL, EscortNeed.MINOR)[self.escort_need.currentIndex()],
        )

    def work(self) -> Callable[[], int]:
        self.after = self.read()
        store, person_id, version, draft = self.store, self.member.id, self.version, self.after
        return lambda: cases.update_person(store, person_id, version, draft)

    def on_error(self, error: HomewardError) -> None:
        if isinstance(error, ConflictError):
            self.banner.show_message(both_versions(error, edited_fields(self.after)))
            self.reload_button.show()

    def reload(self) -> None:
        """Someone else changed the person: show their current values and version (the user re-applies)."""
        store, case_id, person_id = self.store, self.case_id, self.member.id
        run_query(self, lambda: case_file.load(store, case_id).member(person_id), self._reloaded,
                  kind=f"person-dialog-{id(self)}")

    def _reloaded(self, member: MemberView) -> None:
        self.member = member
        self.version = member.version
        self.before = draft_of(member)
        self.fill(self.before)
        self.reload_button.hide()
        self.errors.clear()
        self.banner.show_message(tr("Reloaded the current particulars. Apply your change again and save."))


def edited_fields(draft: cases.PersonDraft | None) -> dict[str, object]:
    """The particulars typed, under the names the stored record uses."""
    if draft is None:
        return {}
    values = {f.name: getattr(draft, f.name) for f in fields(draft)
              if f.name not in ("vulnerabilities", "guardian_index", "relationship")}
    return {**values, "relationship_to_head": draft.relationship}


class VulnerabilityDialog(ServiceDialog):
    def __init__(self, store: Store, case_id: int, member: MemberView, parent: QWidget | None = None) -> None:
        super().__init__(tr("Note a vulnerability — {name}").format(name=member.name), parent,
                         save_text=tr("Add vulnerability"),
                         changes=Changes.of_case(case_id, origin=parent))
        self.store = store
        self.member = member
        self.kind = EnumBox(list(VulnerabilityKind))
        self.noted_on = DateField(store.today())
        self.details = text_box(tr("Optional details"))
        self.row(tr("Vulnerability"), self.kind, "kind")
        self.row(tr("Noted on"), self.noted_on, "noted_on")
        self.row(tr("Details"), self.details, "details")

    def work(self) -> Callable[[], int]:
        store, person_id = self.store, self.member.id
        kind, on, details = self.kind.value(), self.noted_on.value(), self.details.toPlainText() or None
        return lambda: cases.record_vulnerability(store, person_id, kind, on, details)


class EndVulnerabilityDialog(ServiceDialog):
    def __init__(self, store: Store, case_id: int, vulnerability: VulnerabilityView,
                 parent: QWidget | None = None) -> None:
        super().__init__(tr("End vulnerability — {vulnerability}").format(vulnerability=label(vulnerability.kind)),
                         parent, save_text=tr("End vulnerability"),
                         intro=tr("Noted on {date}. From which date does it no longer apply?").format(
                             date=day(vulnerability.noted_on)),
                         changes=Changes.of_case(case_id, origin=parent))
        self.store = store
        self.vulnerability = vulnerability
        self.ended_on = DateField(store.today())
        self.row(tr("Ended on"), self.ended_on, "ended_on")

    def work(self) -> Callable[[], None]:
        store, v, on = self.store, self.vulnerability, self.ended_on.value()
        return lambda: cases.end_vulnerability(store, v.id, v.version, on)
