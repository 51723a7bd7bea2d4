"""One half of the two-person decision about a member who matches someone whose involvement ended (S3) or who
was granted protection (S4) in another case: the finding and the reasons, signed by the user."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtWidgets import QWidget

from desktop.changes import Changes
from desktop.dialogs.base import ServiceDialog
from desktop.dialogs.counselling import text_box
from desktop.dialogs.fields import EnumBox
from desktop.i18n import QT_TR_NOOP, tr
from desktop.labels import day, label
from planning.persons import decisions
from planning.persons.decisions import Signed
from planning.persons.history import Earlier
from planning.storage.store import Store
from planning.vocabulary import IdentityFinding, Role

#: Each finding as the decision reads, for the kind of case the other record ended in.
FINDING_WORDS = {
    IdentityFinding.DIFFERENT_PERSON: QT_TR_NOOP("A different person: the same particulars, but someone else"),
    IdentityFinding.NEW_DECISION: QT_TR_NOOP("The same person, and a new, genuine decision stands"),
}
CEASED = QT_TR_NOOP("The same person, and the protection has ceased (a new, reasoned decision)")
HALF = {Role.COORDINATOR: QT_TR_NOOP("the coordinator's half"),
        Role.DATA_PROTECTION_OFFICER: QT_TR_NOOP("the data-protection officer's half")}
NOT_A_SIGNER = QT_TR_NOOP("Only a coordinator or a data-protection officer signs a half of this decision; you may "
                          "read it, but signing will be refused.")


def finding_text(finding: IdentityFinding, link: Earlier) -> str:
    if finding is IdentityFinding.NEW_DECISION and link.protected and link.ended_on is None:
        return tr(CEASED)
    return tr(FINDING_WORDS[finding])


class SamePersonDialog(ServiceDialog):
    """Emits `saved(Signed)`; the case stays blocked until both halves agree."""

    def __init__(self, store: Store, case_id: int, link: Earlier, parent: QWidget | None = None) -> None:
        role = store.actor.role
        super().__init__(
            tr("Same person? — {person} and {other}").format(person=link.person_name, other=link.other_name),
            parent, save_text=tr("Sign {half}").format(half=tr(HALF.get(role, HALF[Role.COORDINATOR]))),
            intro=tr("<b>{person}</b> matches <b>{other}</b> of case <b>{reference}</b>. This case stays blocked "
                     "until a coordinator and a data-protection officer — two different accounts — each sign the "
                     "same finding with their reasons. Your half is audited under your name; it can be signed "
                     "again until the other half agrees.").format(
                person=escape(link.person_name), other=escape(link.other_name),
                reference=escape(link.other_reference)),
            changes=Changes.of_case(case_id, origin=parent))
        self.store = store
        self.link = link
        self.finding: EnumBox[IdentityFinding] = EnumBox(list(IdentityFinding), IdentityFinding.DIFFERENT_PERSON)
        for index, finding in enumerate(IdentityFinding):
            self.finding.setItemText(index, finding_text(finding, link))
        mine = link.half(role)
        if mine is not None:
            self.finding.setCurrentIndex(list(IdentityFinding).index(mine.finding))
        self.reason = text_box(tr("Why (required): what was compared, e.g. documents, photographs, fingerprints, "
                                  "the authority's letter"), 96)
        if mine is not None:
            self.reason.setPlainText(mine.reason)
        self.row(tr("Finding"), self.finding, "finding", "decision", "other_person")
        self.row(tr("Reason"), self.reason, "reason")
        if not decisions.may_sign(role):
            self.banner.show_message(tr(NOT_A_SIGNER))

    def work(self) -> Callable[[], Signed]:
        store, link = self.store, self.link
        finding, reason = self.finding.value(), self.reason.toPlainText()
        return lambda: decisions.sign(store, link.person_id, link.other_person_id, finding, reason)


def half_line(link: Earlier, role: Role) -> str:
    """'Coordinator: signed by anna on 01/06/2026 — A different person…: <reason>', or not signed yet."""
    who = label(role)
    half = link.half(role)
    if half is None:
        return tr("{role}: not signed yet").format(role=escape(who))
    return tr("{role}: signed by {user} on {date} — {finding}: <i>{reason}</i>").format(
        role=escape(who), user=escape(half.signed_by), date=day(half.signed_on),
        finding=escape(finding_text(half.finding, link)), reason=escape(half.reason))
