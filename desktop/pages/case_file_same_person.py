"""The same person in another case (the person registry): each member who matches someone whose involvement
ended (S3) or who was granted protection (S4) elsewhere, the other case, and the two-person decision."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.dialogs.same_person import SamePersonDialog, finding_text, half_line
from desktop.i18n import QT_TR_NOOP, tr
from desktop.labels import day, label
from desktop.pages.case_file_common import BLUE, GREEN, RED, ActionButton, Card, Host, start_edge
from planning.case_file import CaseFileView
from planning.persons.history import SIGNERS, Earlier
from planning.vocabulary import Role

SIGN_TEXT = {Role.COORDINATOR: QT_TR_NOOP("Sign as coordinator…"),
             Role.DATA_PROTECTION_OFFICER: QT_TR_NOOP("Sign as data-protection officer…")}


class SamePersonPanel(QFrame):
    """Shown only when a member is linked to an ended or protected record elsewhere."""

    case_opened = Signal(int)

    def __init__(self, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.setObjectName("samePerson")
        self.setStyleSheet(f"#samePerson {{ border: 1px solid {RED}; border-{start_edge()}: 5px solid {RED}; "
                           "border-radius: 4px; background: palette(base); }")
        self.title = QLabel()
        self.title.setObjectName("sectionHeading")
        self.title.setWordWrap(True)
        self.intro = QLabel(tr(
            "A member of this household matches someone whose involvement ended (S3) or who was granted protection "
            "(S4) in another case. The case is blocked until a coordinator and a data-protection officer — two "
            "different accounts — each sign the same reasoned finding: that it is a different person, or that a "
            "new, genuine decision stands. Both halves are audited."))
        self.intro.setObjectName("hint")
        self.intro.setWordWrap(True)
        self.cards = QVBoxLayout()
        self.cards.setSpacing(6)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 8)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addLayout(self.cards)
        self.sign_buttons: list[tuple[Earlier, Role, ActionButton]] = []
        self.open_buttons: list[QPushButton] = []
        self.hide()

    def show_case(self, case: CaseFileView) -> None:
        while self.cards.count():
            item = self.cards.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.sign_buttons, self.open_buttons = [], []
        links = case.same_person
        self.setVisible(bool(links))
        if not links:
            return
        open_links = [link for link in links if link.decided is None]
        self.title.setText(tr("The same person in another case: %n blocking match(es)", None, len(open_links))
                           if open_links else tr("The same person in another case: decided"))
        for link in links:
            self.cards.addWidget(self._card(case, link))

    def _card(self, case: CaseFileView, link: Earlier) -> Card:
        decided = link.decided
        card = Card(GREEN if decided is not None else (RED if link.ended_on is not None else BLUE))
        card.line(tr("<b>{person}</b> (this case) matches <b>{other}</b> of case <b>{reference}</b> ({status})").format(
            person=escape(link.person_name), other=escape(link.other_name), reference=escape(link.other_reference),
            status=escape(label(link.other_status))))
        if link.ended_on is not None:
            card.line(tr("S3 — No force, ever: the involvement in {reference} ended on {date}; force would have "
                         "been needed.").format(reference=escape(link.other_reference), date=day(link.ended_on)))
        if link.protected:
            card.line(tr("S4 — {other} was found to need international protection ({decision}).").format(
                other=escape(link.other_name),
                decision=escape(link.protection_reference or tr("decision recorded"))))
        for role in SIGNERS:
            card.line(half_line(link, role))
        if decided is not None:
            card.line(tr("<b>Decided: {finding}.</b> This match no longer blocks the case.").format(
                finding=escape(finding_text(decided, link))), f"color: {GREEN};")
        elif all(link.half(role) is not None for role in SIGNERS):
            card.line(tr("The two halves do not agree (or were signed by the same account): the case stays "
                         "blocked until they do."), f"color: {RED};")
        buttons = QHBoxLayout()
        go = QPushButton(tr("Open {reference}").format(reference=link.other_reference))
        go.setToolTip(tr("Open the other case's file"))
        go.clicked.connect(lambda _checked=False, case_id=link.other_case_id: self.case_opened.emit(case_id))
        buttons.addWidget(go)
        self.open_buttons.append(go)
        buttons.addStretch(1)
        for role in SIGNERS:
            button = ActionButton(tr(SIGN_TEXT[role]), tr("Sign this half of the decision, with your reasons"))
            button.allow(self._refusal(link, role))
            button.clicked.connect(lambda _checked=False, chosen=link: self._sign(case, chosen))
            buttons.addWidget(button)
            self.sign_buttons.append((link, role, button))
        card.body.addLayout(buttons)
        return card

    def _refusal(self, link: Earlier, role: Role) -> str | None:
        """Why the signed-in user may not sign this half now (None: they may)."""
        actor = self.host.store.actor
        if link.decided is not None:
            return tr("Decided already; it cannot be signed again")
        if actor.role is not role:
            return tr("Only a user with this role signs this half")
        other = link.half(next(r for r in SIGNERS if r is not role))
        if other is not None and other.signed_by == actor.username:
            return tr("You signed the other half; this one needs another account")
        return None

    def _sign(self, case: CaseFileView, link: Earlier) -> None:
        self.host.open_dialog(SamePersonDialog(self.host.store, case.id, link, self))
