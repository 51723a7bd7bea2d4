"""Counselling sessions of the household (para 20): the list, one session's details, and adding one."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from desktop.dialogs.counselling import SessionDialog
from desktop.dialogs.needs import NeedsDialog
from desktop.i18n import QT_TR_NOOP, tr
from desktop.labels import day, in_sentence, label, stored_label
from desktop.pages.case_file_common import ActionButton, Host, Locks, fill, hint, select_row, selected_key, table
from planning.case_file import CaseFileView, SessionView
from planning.vocabulary import CounsellingTopic

COLUMNS = (QT_TR_NOOP("Date"), QT_TR_NOOP("Counsellor"), QT_TR_NOOP("Language"), QT_TR_NOOP("Interpreter"),
           QT_TR_NOOP("Options explained"), QT_TR_NOOP("Outcome"), QT_TR_NOOP("Participants"))


class CounsellingPanel(QWidget):
    def __init__(self, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.add_button = ActionButton(tr("Add session…"),
                                       tr("Record a counselling session with the household (Ctrl+N)"))
        self.needs_button = ActionButton(tr("Reintegration needs…"), tr("What each member needs to restart at home: "
                                                                        "packages, urgency, trade wished, skills "
                                                                        "held"))
        self.table = table([tr(c) for c in COLUMNS], stretch=4)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setObjectName("sessionDetail")
        self.empty = hint(tr("No counselling recorded yet. A decision to return counts only once the household "
                             "has been counselled and the options explained."))
        top = QHBoxLayout()
        top.addWidget(self.empty, 1)
        top.addStretch(0)
        top.addWidget(self.needs_button)
        top.addWidget(self.add_button)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.add_button.clicked.connect(self.add_session)
        self.needs_button.clicked.connect(self.assess_needs)
        self.table.itemSelectionChanged.connect(self._show_detail)

    def show_case(self, case: CaseFileView) -> None:
        names = {m.id: m.given_names for m in case.members}
        sessions = list(reversed(case.sessions))  # newest first
        fill(self.table, [(day(s.held_on), s.counsellor, s.language, s.interpreter or "—",
                           ", ".join(stored_label(CounsellingTopic, t) for t in s.topics), label(s.outcome),
                           ", ".join(names.get(p, "?") for p in s.participant_ids)) for s in sessions],
             [s.id for s in sessions])
        self.empty.setVisible(not sessions)
        self.add_button.allow(Locks.of(case).counselling)
        if sessions and selected_key(self.table) is None:
            select_row(self.table, 0)
        self._show_detail()

    def add_session(self) -> None:
        view = self.host.view
        if view is not None:
            self.host.open_dialog(SessionDialog(self.host.store, view, self))

    def assess_needs(self) -> None:
        view = self.host.view
        if view is not None:
            self.host.open_dialog(NeedsDialog(self.host.store, view, self))

    def _show_detail(self) -> None:
        view, key = self.host.view, selected_key(self.table)
        found: SessionView | None = next((s for s in view.sessions if s.id == key), None) if view else None
        if found is None:
            self.detail.setText("")
            return
        topics = ", ".join(stored_label(CounsellingTopic, t) for t in found.topics)
        lines = [tr("<b>Session of {date}</b> with {counsellor} — {outcome}").format(
                     date=day(found.held_on), counsellor=escape(found.counsellor),
                     outcome=escape(in_sentence(found.outcome))),
                 tr("<b>Options explained:</b> {topics}").format(topics=escape(topics)),
                 tr("<b>Needs:</b> {needs}").format(needs=escape(found.needs or "—")),
                 tr("<b>Notes:</b> {notes}").format(notes=escape(found.notes or "—"))]
        self.detail.setText("<br>".join(lines))
