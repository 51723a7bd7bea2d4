"""The review decision after a breach (S9): restore, restrict to a region or a profile, or suspend, with a reason."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLineEdit, QWidget

from desktop.changes import Changes
from desktop.dialogs.base import ServiceDialog
from desktop.dialogs.counselling import text_box
from desktop.dialogs.fields import EnumBox
from desktop.i18n import QT_TR_NOOP, tr
from desktop.labels import label
from monitoring import review
from monitoring.review import ReviewDecision, ReviewResult
from planning.storage.models.monitoring import ReviewOutcome
from planning.storage.store import Store
from planning.vocabulary import VulnerabilityKind

NOT_ALLOWED = QT_TR_NOOP("Only a coordinator or the data-protection officer may record the review decision; "
                         "you may read it, but saving will be refused.")


class ReviewDialog(ServiceDialog):
    """Emits `saved(ReviewResult)`; every open incident of the country is closed with the decision."""

    def __init__(self, store: Store, country: str, country_name: str, parent: QWidget | None = None) -> None:
        super().__init__(
            tr("Review decision — {country}").format(country=country_name), parent,
            save_text=tr("Record decision"),
            intro=tr("The assurances of <b>{country}</b> are under review after a reported breach; new movements "
                     "there are blocked (S9) until this decision is recorded. It is audited.").format(
                country=country_name),
            changes=Changes.of_countries(origin=parent))
        self.store = store
        self.country = country
        self.outcome: EnumBox[ReviewOutcome] = EnumBox(list(ReviewOutcome), ReviewOutcome.RESTORE)
        for index, outcome in enumerate(ReviewOutcome):
            self.outcome.setItemText(index, label(outcome))
        self.region = QLineEdit()
        self.region.setPlaceholderText(tr("The region returns may go to, e.g. Tbilisi"))
        self.profile: EnumBox[VulnerabilityKind] = EnumBox(list(VulnerabilityKind))
        self.reason = text_box(tr("Why (required; e.g. the authorities' explanation, the monitors' findings)"), 80)
        self.row(tr("Decision"), self.outcome, "outcome", "country")
        self.row(tr("Region"), self.region, "region")
        self.row(tr("Profile"), self.profile, "profile")
        self.row(tr("Reason"), self.reason, "reason")
        self.outcome.currentIndexChanged.connect(self._outcome_changed)
        self._outcome_changed()
        if not review.may_decide(store.actor.role):
            self.banner.show_message(tr(NOT_ALLOWED))

    def _outcome_changed(self) -> None:
        outcome = self.outcome.value()
        self.region.setEnabled(outcome is ReviewOutcome.RESTRICT_REGION)
        self.profile.setEnabled(outcome is ReviewOutcome.RESTRICT_PROFILE)

    def decision(self) -> ReviewDecision:
        outcome = self.outcome.value()
        return ReviewDecision(
            self.country, outcome, self.reason.toPlainText(),
            region=self.region.text() if outcome is ReviewOutcome.RESTRICT_REGION else None,
            profile=self.profile.value() if outcome is ReviewOutcome.RESTRICT_PROFILE else None)

    def work(self) -> Callable[[], ReviewResult]:
        store, decision = self.store, self.decision()
        return lambda: review.decide(store, decision)
