"""Protection referrals (S4): raised here, referred to the competent authority, decided there."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop.dialogs.protection import REFERRED_NOT_DECIDED, ConcernDialog, OutcomeDialog, ReferDialog
from desktop.i18n import QT_TR_NOOP, tr
from desktop.labels import day, label
from desktop.pages.case_file_common import ActionButton, Host, Locks, fill, hint, selected_key, table
from planning.case_file import CaseFileView, ReferralView
from planning.vocabulary import ProtectionOutcome

COLUMNS = (QT_TR_NOOP("Person"), QT_TR_NOOP("Raised"), QT_TR_NOOP("What was said"), QT_TR_NOOP("Referred to"),
           QT_TR_NOOP("Referred on"), QT_TR_NOOP("Decision"), QT_TR_NOOP("Stage"))


def stage(referral: ReferralView) -> str:
    if referral.outcome is not ProtectionOutcome.PENDING:
        return tr("Decided on {date} (ref. {reference})").format(date=day(referral.outcome_on, "—"),
                                                                 reference=referral.outcome_reference)
    if referral.authority is None:
        return tr("Raised — to be referred")
    return tr("Referred — awaiting decision")


class ProtectionPanel(QWidget):
    def __init__(self, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.person = QComboBox()
        self.person.setMinimumContentsLength(18)
        self.person.setAccessibleName(tr("Person"))
        self.raise_button = ActionButton(tr("Raise concern…"), tr("The person fears return or asks for asylum: the "
                                                                  "case goes on hold and out of every planned "
                                                                  "movement"))
        self.refer_button = ActionButton(tr("Record referral…"),
                                         tr("Record to which authority the claim was referred"))
        self.outcome_button = ActionButton(tr("Record decision…"), tr("Record the authority's final decision"))
        self.table = table([tr(c) for c in COLUMNS], stretch=2)
        self.empty = QLabel(tr("No protection concern has been raised in this case."))
        self.empty.setObjectName("hint")
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("Person")))
        top.addWidget(self.person)
        top.addWidget(self.raise_button)
        top.addStretch(1)
        top.addWidget(self.refer_button)
        top.addWidget(self.outcome_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(hint(tr(REFERRED_NOT_DECIDED) + " " + tr(
            "While a claim is pending the case stays on hold; it can be planned again only after a final negative "
            "decision <i>and</i> a fresh voluntary decision taken after it.")))
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        self.raise_button.clicked.connect(self._raise)
        self.refer_button.clicked.connect(self._refer)
        self.outcome_button.clicked.connect(self._outcome)
        self.table.itemSelectionChanged.connect(self._update_actions)

    def show_case(self, case: CaseFileView) -> None:
        chosen = self.person.currentData()
        self.person.clear()
        for m in case.members:
            self.person.addItem(m.name, m.id)
        if chosen is not None and self.person.findData(chosen) >= 0:
            self.person.setCurrentIndex(self.person.findData(chosen))
        referrals = [(m, r) for m in case.members for r in m.referrals]
        fill(self.table, [(m.name, day(r.raised_on), r.statement,
                           (r.authority_name or label(r.authority)) if r.authority else "—",
                           day(r.referred_on, "—"), label(r.outcome), stage(r)) for m, r in referrals],
             [r.id for _m, r in referrals])
        self.empty.setVisible(not referrals)
        self.raise_button.allow(Locks.of(case).concern)
        self._update_actions()

    def selected_referral(self) -> ReferralView | None:
        view, key = self.host.view, selected_key(self.table)
        if view is None:
            return None
        return next((r for m in view.members for r in m.referrals if r.id == key), None)

    def _update_actions(self) -> None:
        referral = self.selected_referral()
        if referral is None:
            self.refer_button.allow(tr("Select a concern in the list first"))
            self.outcome_button.allow(tr("Select a referred concern in the list first"))
            return
        self.refer_button.allow(None if referral.authority is None
                                else tr("Already referred on {date}").format(date=day(referral.referred_on, "—")))
        if referral.outcome is not ProtectionOutcome.PENDING:
            self.outcome_button.allow(tr("A decision was already recorded on {date}")
                                      .format(date=day(referral.outcome_on, "—")))
        else:
            self.outcome_button.allow(None if referral.authority is not None
                                      else tr("Record the referral to the authority first"))

    def _raise(self) -> None:
        view = self.host.view
        member = next((m for m in view.members if m.id == self.person.currentData()), None) if view else None
        if view is not None and member is not None:
            self.host.open_dialog(ConcernDialog(self.host.store, view.id, member, self))

    def _refer(self) -> None:
        referral, view = self.selected_referral(), self.host.view
        if referral is not None and view is not None:
            self.host.open_dialog(ReferDialog(self.host.store, view.id, referral, self))

    def _outcome(self) -> None:
        referral, view = self.selected_referral(), self.host.view
        if referral is not None and view is not None:
            self.host.open_dialog(OutcomeDialog(self.host.store, view.id, referral, self))
