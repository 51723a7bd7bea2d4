"""Protection claims (S4): raise a concern, record the referral and the authority's decision.

Homeward never decides a protection claim; it records that one was referred and what was decided.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLineEdit, QWidget

from desktop.changes import Changes
from desktop.dialogs.base import ServiceDialog
from desktop.dialogs.counselling import text_box
from desktop.dialogs.fields import DateField, EnumBox
from desktop.i18n import QT_TR_NOOP, tr
from desktop.labels import day, label
from planning import protection
from planning.case_file import MemberView, ReferralView
from planning.storage.store import Store
from planning.vocabulary import ProtectionOutcome, ReferralAuthority

REFERRED_NOT_DECIDED = QT_TR_NOOP("Protection claims are <b>referred, not decided</b> here: the competent "
                                  "authority (national asylum authority or UNHCR) decides, and Homeward records "
                                  "its decision.")


class ConcernDialog(ServiceDialog):
    def __init__(self, store: Store, case_id: int, member: MemberView, parent: QWidget | None = None) -> None:
        super().__init__(
            tr("Raise a protection concern — {name}").format(name=member.name), parent,
            save_text=tr("Raise concern"),
            intro=tr("{name} fears return or asks for asylum. <b>The case goes on hold and out of every planned "
                     "movement at once.</b>").format(name=member.name) + " " + tr(REFERRED_NOT_DECIDED),
            changes=Changes.of_case(case_id, origin=parent))
        self.store = store
        self.member = member
        self.raised_on = DateField(store.today())
        self.statement = text_box(tr("What the person said"), 100)
        self.row(tr("Raised on"), self.raised_on, "raised_on")
        self.row(tr("Statement"), self.statement, "statement")

    def work(self) -> Callable[[], int]:
        store, person_id = self.store, self.member.id
        raised_on, statement = self.raised_on.value(), self.statement.toPlainText()
        return lambda: protection.raise_concern(store, person_id, raised_on, statement)


class ReferDialog(ServiceDialog):
    def __init__(self, store: Store, case_id: int, referral: ReferralView, parent: QWidget | None = None) -> None:
        super().__init__(tr("Record referral to the competent authority"), parent, save_text=tr("Record referral"),
                         intro=tr("Concern raised on {date}.").format(date=day(referral.raised_on)) + " "
                         + tr(REFERRED_NOT_DECIDED),
                         changes=Changes.of_case(case_id, origin=parent))
        self.store = store
        self.referral = referral
        self.authority = EnumBox(list(ReferralAuthority))
        self.authority_name = QLineEdit()
        self.authority_name.setPlaceholderText(tr("e.g. the office or officer the file went to"))
        self.referred_on = DateField(store.today())
        self.row(tr("Authority"), self.authority, "authority")
        self.row(tr("Name / office"), self.authority_name, "authority_name")
        self.row(tr("Referred on"), self.referred_on, "referred_on")

    def work(self) -> Callable[[], int]:
        store, ref = self.store, self.referral
        authority, name, on = self.authority.value(), self.authority_name.text() or None, self.referred_on.value()
        return lambda: protection.refer(store, ref.id, ref.version, authority, on, name)


class OutcomeDialog(ServiceDialog):
    def __init__(self, store: Store, case_id: int, referral: ReferralView, parent: QWidget | None = None) -> None:
        authority = referral.authority_name or (label(referral.authority) if referral.authority
                                                else tr("the authority"))
        super().__init__(
            tr("Record the authority's decision"), parent, save_text=tr("Record decision"),
            intro=tr("The decision taken by {authority} on the claim referred on {date}. A final negative decision "
                     "lets the case be planned again only after a fresh voluntary decision; a finding that the "
                     "person needs protection ends return planning for the case.").format(
                authority=authority, date=day(referral.referred_on, "—")),
            changes=Changes.of_case(case_id, origin=parent))
        self.store = store
        self.referral = referral
        self.outcome = EnumBox([ProtectionOutcome.FINAL_NEGATIVE, ProtectionOutcome.NEEDS_PROTECTION])
        self.outcome_on = DateField(store.today())
        self.reference = QLineEdit()
        self.reference.setPlaceholderText(tr("The decision's reference number"))
        self.row(tr("Decision"), self.outcome, "outcome")
        self.row(tr("Decided on"), self.outcome_on, "outcome_on")
        self.row(tr("Reference"), self.reference, "reference")

    def work(self) -> Callable[[], int]:
        store, ref = self.store, self.referral
        outcome, on, reference = self.outcome.value(), self.outcome_on.value(), self.reference.text()
        return lambda: protection.record_outcome(store, ref.id, ref.version, outcome, on, reference)
