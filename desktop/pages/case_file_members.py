"""The members of the household: who they are, and the records of the selected member."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from desktop import subject_access
from desktop.dialogs.consent import ConsentDialog
from desktop.dialogs.fields import language_name
from desktop.i18n import QT_TR_NOOP, tr
from desktop.labels import day, in_sentence, label, number
from desktop.pages.case_file_common import ActionButton, Host, fill, select_row, selected_key, table
from desktop.pages.case_file_member_records import MemberRecords
from planning.case_file import CaseFileView, MemberView
from planning.vocabulary import Relationship

COLUMNS = (QT_TR_NOOP("Name"), QT_TR_NOOP("Latin name"), QT_TR_NOOP("Age"), QT_TR_NOOP("Sex"),
           QT_TR_NOOP("Nationality"), QT_TR_NOOP("Relationship"), QT_TR_NOOP("Vulnerabilities"),
           QT_TR_NOOP("Languages"))


def latin_name(member: MemberView) -> str:
    """The transliteration, where it adds something to the name as written."""
    latin = " ".join(p for p in (member.given_names_latin, member.family_name_latin) if p)
    return latin if latin and latin != member.name else "—"


class MembersPanel(QWidget):
    """`edit_requested(person_id)`: the page opens the (undoable) particulars dialog."""

    edit_requested = Signal(int)

    def __init__(self, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.table = table([tr(c) for c in COLUMNS], stretch=6)
        self.table.setMinimumHeight(110)
        self.member_title = QLabel()
        self.member_title.setObjectName("memberTitle")
        self.member_title.setWordWrap(True)
        self.edit_button = ActionButton(tr("Edit particulars…"), tr("Correct this member's names, date of birth, "
                                                                    "nationality, languages and contact (Ctrl+Z "
                                                                    "undoes)"))
        self.consent_button = ActionButton(tr("Consent and sharing…"), tr("Lawful bases per purpose, and data shared "
                                                                          "with partners (refused without a basis)"))
        self.access_button = ActionButton(tr("Subject access…"),
                                          tr("Export everything held on this member as PDF and JSON"))
        self.records = MemberRecords(host)
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 6, 0, 0)
        title_row = QHBoxLayout()
        title_row.addWidget(self.member_title, 1)
        title_row.addWidget(self.edit_button)
        title_row.addWidget(self.consent_button)
        title_row.addWidget(self.access_button)
        detail_layout.addLayout(title_row)
        detail_layout.addWidget(self.records, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(splitter)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.edit_button.clicked.connect(self._edit)
        self.consent_button.clicked.connect(self._consent)
        self.access_button.clicked.connect(self._subject_access)
        self._today = date.today()

    def show_case(self, case: CaseFileView, today: date) -> None:
        self._today = today
        rows = [(m.name, latin_name(m), number(m.age_on(today)), label(m.sex), m.nationality, label(m.relationship),
                 ", ".join(label(v.kind) for v in m.vulnerabilities if v.ended_on is None) or "—",
                 ", ".join(language_name(code) for code in m.languages) or "—") for m in case.members]
        had_selection = selected_key(self.table) is not None
        fill(self.table, rows, [m.id for m in case.members])
        if not had_selection and case.members:
            select_row(self.table, 0)
        self._selection_changed()

    def selected_member(self) -> MemberView | None:
        key = selected_key(self.table)
        view = self.host.view
        if view is None or not isinstance(key, int):
            return None
        return next((m for m in view.members if m.id == key), None)

    def select_member(self, person_id: int) -> None:
        view = self.host.view
        if view is not None:
            ids = [m.id for m in view.members]
            if person_id in ids:
                select_row(self.table, ids.index(person_id))

    def _selection_changed(self) -> None:
        member = self.selected_member()
        if member is None:
            self.member_title.setText(tr("Select a member"))
        else:
            role = tr("head of household") if member.relationship is Relationship.HEAD \
                else in_sentence(member.relationship)
            facts = " · ".join((role, tr("born {date}").format(date=day(member.date_of_birth)),
                                tr("%n year(s) old", None, member.age_on(self._today))))
            title = f"{escape(member.name)} <span style='color:#5f6368; font-weight:normal'>· {escape(facts)}</span>"
            self.member_title.setText(title)
        self.edit_button.setEnabled(member is not None)
        self.consent_button.setEnabled(member is not None)
        self.access_button.allow(subject_access.refusal(self.host.store))
        self.access_button.setEnabled(member is not None and self.access_button.isEnabled())
        self.records.show_member(member, self._today)

    def _edit(self) -> None:
        member = self.selected_member()
        if member is not None:
            self.edit_requested.emit(member.id)

    def _consent(self) -> None:
        member, view = self.selected_member(), self.host.view
        if member is not None and view is not None:
            self.host.open_dialog(ConsentDialog(self.host.store, view.id, member.id, member.name, self))

    def _subject_access(self) -> None:
        member = self.selected_member()
        if member is not None:
            subject_access.ask_and_export(self, self.host.store, member.id)
