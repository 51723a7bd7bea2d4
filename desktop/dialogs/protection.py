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
from planning import protection
from planning.case_file import MemberView, ReferralView
from planning.storage.store import Store
from planning.vocabulary import ProtectionOutcome, ReferralAuthority

REFERRED_NOT_DECIDED = ("Protection claims are <b>referred, not decided</b> here: the competent authority "
                        "(national asylum authority or UNHCR) decides, and Homeward records its decision.")


class ConcernDialog(ServiceDialog):
    def __init__(self, store: Store, case_id: int, member: MemberView, parent: QWidget | None = None) -> None:
        super().__init__(
            f"Raise a protection concern — {member.name}", parent, save_text="Raise concern",
            intro=f"{member.name} fears return or asks for asylum. <b>The case goes on hold and out of every "
                  f"planned movement at once.</b> {REFERRED_NOT_DECIDED}",
            changes=Changes.of_case(case_id, origin=parent))
        self.store = store
        self.member = member
        self.raised_on = DateField(store.today())
        self.statement = text_box("What the person said", 100)
        self.row("Raised on", self.raised_on, "raised_on")
        self.row("Statement", self.statement, "statement")

    def work(self) -> Callable[[], int]:
        store, person_id = self.store, self.member.id
        raised_on, statement = self.raised_on.value(), self.statement.toPlainText()
        return lambda: protection.raise_concern(store, person_id, raised_on, statement)


class ReferDialog(ServiceDialog):
    def __init__(self, store: Store, case_id: int, referral: ReferralView, parent: QWidget | None = None) -> None:
        super().__init__("Record referral to the competent authority", parent, save_text="Record referral",
                         intro=f"Concern raised on {referral.raised_on}. {REFERRED_NOT_DECIDED}",
                         changes=Changes.of_case(case_id, origin=parent))
        self.store = store
        self.referral = referral
        self.authority = EnumBox(list(ReferralAuthority))
        self.authority_name = QLineEdit()
        self.authority_name.setPlaceholderText("e.g. the office or officer the file went to")
        self.referred_on = DateField(store.today())
        self.row("Authority", self.authority, "authority")
        self.row("Name / office", self.authority_name, "authority_name")
        self.row("Referred on", self.referred_on, "referred_on")

    def work(self) -> Callable[[], int]:
        store, ref = self.store, self.referral
        authority, name, on = self.authority.value(), self.authority_name.text() or None, self.referred_on.value()
        return lambda: protection.refer(store, ref.id, ref.version, authority, on, name)


class OutcomeDialog(ServiceDialog):
    def __init__(self, store: Store, case_id: int, referral: ReferralView, parent: QWidget | None = None) -> None:
        authority = referral.authority_name or (referral.authority.value if referral.authority else "the authority")
        super().__init__(
            "Record the authority's decision", parent, save_text="Record decision",
            intro=f"The decision taken by {authority} on the claim referred on {referral.referred_on}. "
                  "A final negative decision lets the case be planned again only after a fresh voluntary "
                  "decision; a finding that the person needs protection ends return planning for the case.",
            changes=Changes.of_case(case_id, origin=parent))
        self.store = store
        self.referral = referral
        self.outcome = EnumBox([ProtectionOutcome.FINAL_NEGATIVE, ProtectionOutcome.NEEDS_PROTECTION])
        self.outcome_on = DateField(store.today())
        self.reference = QLineEdit()
        self.reference.setPlaceholderText("The decision's reference number")
        self.row("Decision", self.outcome, "outcome")
        self.row("Decided on", self.outcome_on, "outcome_on")
        self.row("Reference", self.reference, "reference")

    def work(self) -> Callable[[], int]:
        store, ref = self.store, self.referral
        outcome, on, reference = self.outcome.value(), self.outcome_on.value(), self.reference.text()
        return lambda: protection.record_outcome(store, ref.id, ref.version, outcome, on, reference)
