"""Logging a follow-up: the one-minute form a monitor fills in after a call, a visit or a partner's report."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QHBoxLayout, QWidget

from desktop.changes import Changes
from desktop.dialogs.attachments import AttachmentPicker, load_files
from desktop.dialogs.base import ServiceDialog
from desktop.dialogs.counselling import text_box
from desktop.dialogs.fields import DateField, EnumBox
from desktop.i18n import QT_TR_NOOP, tr
from desktop.labels import day, in_sentence
from desktop.ops import hub
from desktop.places import country_name, place_name
from monitoring.due import DueFollowUp
from monitoring.followups import FollowUpEntry, Logged, log_follow_up
from planning.storage.models.monitoring import ContactMode
from planning.storage.store import Store
from planning.vocabulary import MonitoringLevel

#: The breach tick boxes: the entry's field and what the monitor reads.
BREACHES = (
    ("punished", QT_TR_NOOP("Punished")), ("detained", QT_TR_NOOP("Detained")), ("fined", QT_TR_NOOP("Fined")),
    ("prosecuted", QT_TR_NOOP("Prosecuted")), ("harassed", QT_TR_NOOP("Harassed")),
    ("readmission_refused", QT_TR_NOOP("Readmission refused")),
)
SCORE_FIELDS = (("economic_score", QT_TR_NOOP("Economic")), ("social_score", QT_TR_NOOP("Social")),
                ("psychosocial_score", QT_TR_NOOP("Psychosocial")))


class YesNoBox(QComboBox):
    """Yes, no or not known (None)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for text, value in ((tr("Not known"), None), (tr("Yes"), True), (tr("No"), False)):
            self.addItem(text, value)

    def value(self) -> bool | None:
        data = self.currentData()
        return data if isinstance(data, bool) else None

    def set_value(self, value: bool | None) -> None:
        self.setCurrentIndex({None: 0, True: 1, False: 2}[value])


class ScoreBox(QComboBox):
    """A sustainability score from 1 (poor) to 5 (good), or none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.addItem("—", None)
        for score, text in ((1, tr("1 — poor")), (2, "2"), (3, "3"), (4, "4"), (5, tr("5 — good"))):
            self.addItem(text, score)

    def value(self) -> int | None:
        data = self.currentData()
        return data if isinstance(data, int) else None

    def set_value(self, value: int | None) -> None:
        self.setCurrentIndex(max(self.findData(value), 0) if value is not None else 0)


class FollowUpDialog(ServiceDialog):
    """Emits `saved(Logged)`; the page reports an incident, if the entry opened one."""

    def __init__(self, store: Store, follow_up: DueFollowUp, parent: QWidget | None = None) -> None:
        super().__init__(
            tr("Log follow-up — {reference}").format(reference=follow_up.reference), parent,
            save_text=tr("Log follow-up"),
            intro=tr("<b>{name}</b> ({reference}), {where}: follow-up due on {date}. A report of punishment, "
                     "detention or refused readmission opens an incident and puts the country's assurances under "
                     "review (S9).")
            .format(name=follow_up.head_name, reference=follow_up.reference,
                    where=country_name(follow_up.country) + (" — " + place_name(follow_up.region)
                                                              if follow_up.region else ""),
                    date=day(follow_up.due_on)))
        self.store = store
        self.follow_up = follow_up
        modes = [m for m in ContactMode
                 if m is not ContactMode.VISIT or follow_up.plan_mode is MonitoringLevel.ACTIVE]
        self.done_on = DateField(store.today())
        self.mode = EnumBox(modes, ContactMode.PHONE)
        self.contact_made = QCheckBox(tr("Contact made with the returnee"))
        self.contact_made.setChecked(True)
        self.readmitted = YesNoBox()
        self.breaches: dict[str, QCheckBox] = {}
        breach_grid = QWidget()
        grid = QGridLayout(breach_grid)
        grid.setContentsMargins(0, 0, 0, 0)
        for i, (name, text) in enumerate(BREACHES):
            box = QCheckBox(tr(text))
            self.breaches[name] = box
            grid.addWidget(box, i // 3, i % 3)
        self.package_delivered = YesNoBox()
        self.livelihood = YesNoBox()
        progress = QWidget()
        row = QHBoxLayout(progress)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.package_delivered)
        row.addWidget(self.livelihood)
        self.package_delivered.setToolTip(tr("Reintegration package delivered?"))
        self.livelihood.setToolTip(tr("A livelihood (work, income)?"))
        self.scores = {name: ScoreBox() for name, _ in SCORE_FIELDS}
        self.notes = text_box(tr("What was said or seen (stored encrypted)"), 70)
        self.attachments = AttachmentPicker()

        self.row(tr("Date"), self.done_on, "done_on")
        self.row(tr("Mode"), self.mode, "mode")
        self.row("", self.contact_made, "contact_made")
        self.row(tr("Readmitted without problems?"), self.readmitted, "readmitted_without_problems")
        self.row(tr("For having left irregularly"), breach_grid, *(name for name, _ in BREACHES))
        self.row(tr("Package delivered / livelihood"), progress, "package_delivered", "livelihood")
        for name, text in SCORE_FIELDS:
            self.row(tr("{dimension} (1–5)").format(dimension=tr(text)), self.scores[name], name)
        self.row(tr("Notes"), self.notes, "notes")
        self.row(tr("Attachments"), self.attachments, "attachments")
        self.saved.connect(self._announce)

    def entry(self) -> FollowUpEntry:
        contact = self.contact_made.isChecked()

        def flag(name: str) -> bool | None:
            """Ticked: reported; unticked: not reported (no, if the returnee was reached; else not known)."""
            return True if self.breaches[name].isChecked() else (False if contact else None)

        return FollowUpEntry(
            done_on=self.done_on.value(), mode=self.mode.value(), contact_made=contact,
            readmitted_without_problems=self.readmitted.value(), readmission_refused=flag("readmission_refused"),
            punished=flag("punished"), detained=flag("detained"), fined=flag("fined"),
            prosecuted=flag("prosecuted"), harassed=flag("harassed"),
            package_delivered=self.package_delivered.value(), livelihood=self.livelihood.value(),
            economic_score=self.scores["economic_score"].value(), social_score=self.scores["social_score"].value(),
            psychosocial_score=self.scores["psychosocial_score"].value(),
            notes=self.notes.toPlainText().strip() or None,
        )

    def work(self) -> Callable[[], Logged]:
        store, follow_up, entry, paths = self.store, self.follow_up, self.entry(), self.attachments.paths()
        return lambda: log_follow_up(store, follow_up.follow_up_id, entry, follow_up.version, load_files(paths))

    def _announce(self, result: object) -> None:
        opened = isinstance(result, Logged) and result.incident_id is not None
        if opened:
            hub().announce(Changes.of_countries(origin=self.parent()))
        else:
            hub().announce(Changes.of_case(self.follow_up.case_id, origin=self.parent()))


def incident_message(follow_up: DueFollowUp, logged: Logged, country_name: str) -> str:
    """What the monitor reads after saving: plainly, whether the entry opened an incident (S9)."""
    if logged.incident_id is not None:
        return tr("Follow-up for {reference} logged. It reports a breach of the assurances: an incident is open, "
                  "the assurances of {country} are now under review and new movements there are blocked (S9) until "
                  "a coordinator records the review decision.").format(reference=follow_up.reference,
                                                                       country=country_name)
    text = tr("Follow-up for {reference} logged ({status}).").format(reference=follow_up.reference,
                                                                     status=in_sentence(logged.status))
    if logged.escalation_kind is not None:
        text += " " + tr("The missed contact is escalated: a {kind} is now due.").format(
            kind=in_sentence(logged.escalation_kind))
    elif logged.not_escalated:
        text += " " + tr("Not escalated: {reason}.").format(reason=logged.not_escalated)
    return text
