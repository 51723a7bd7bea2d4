"""The needs assessment, reached from the case file: per member, which kinds of package are needed and how
urgently, the trade wished for, the skills held; and what the household wishes. Saving replaces the case's
needs (one transaction); the allocation reads them at its next run."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QLineEdit, QWidget

from desktop.changes import Changes
from desktop.dialogs.base import ServiceDialog
from desktop.dialogs.counselling import text_box
from desktop.dialogs.fields import DateField
from desktop.i18n import QT_TR_NOOP, tr
from desktop.labels import label
from desktop.ops import run_query
from planning.case_file import CaseFileView
from planning.reintegration.needs import AssessmentView, NeedDraft, assessment, save_assessment
from planning.storage.models.reintegration import PackageKind
from planning.storage.store import Store

PRIORITIES = (("—", None), (QT_TR_NOOP("Urgent"), 1), (QT_TR_NOOP("Important"), 2), (QT_TR_NOOP("Useful"), 3))


class PriorityBox(QComboBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for text, value in PRIORITIES:
            self.addItem(tr(text), value)

    def value(self) -> int | None:
        data = self.currentData()
        return data if isinstance(data, int) else None

    def set_value(self, value: int | None) -> None:
        self.setCurrentIndex(max(0, self.findData(value)) if value is not None else 0)


class NeedsDialog(ServiceDialog):
    """A grid: one row per member, one column per kind of package (priority), trade wished and skills held."""

    loaded = Signal()

    def __init__(self, store: Store, case: CaseFileView, parent: QWidget | None = None) -> None:
        super().__init__(tr("Reintegration needs — {reference}").format(reference=case.reference), parent,
                         save_text=tr("Save needs"),
                         intro=tr("Record what each member needs to restart at home, as discussed in counselling. "
                                  "Leave a kind at “—” when it is not needed. The allocation covers urgent needs "
                                  "and vulnerable people first, and matches vocational training to the trades in "
                                  "demand where the household settles."),
                         changes=Changes.of_case(case.id))
        self.store = store
        self.case = case
        self.version: int | None = None
        self.assessed_on = DateField(store.today())
        self.row(tr("Assessed on"), self.assessed_on, "assessed_on")
        grid_box = QWidget()
        grid = QGridLayout(grid_box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        kinds = list(PackageKind)
        for column, text in enumerate([tr("Member"), *(label(k) for k in kinds), tr("Trade wished"),
                                       tr("Skills held")]):
            heading = QLabel(f"<b>{text}</b>")
            heading.setWordWrap(True)
            grid.addWidget(heading, 0, column)
        self.cells: dict[tuple[int, PackageKind], PriorityBox] = {}
        self.trades: dict[int, QLineEdit] = {}
        self.skills: dict[int, QLineEdit] = {}
        for row, member in enumerate(case.members, start=1):
            age = _age(member.date_of_birth, store.today())
            grid.addWidget(QLabel(f"{member.given_names} {member.family_name} ({age})"), row, 0)
            for column, kind in enumerate(kinds, start=1):
                box = PriorityBox()
                box.setAccessibleName(tr("{kind} for {person}").format(kind=label(kind),
                                                                        person=member.given_names))
                self.cells[member.id, kind] = box
                grid.addWidget(box, row, column)
            trade = QLineEdit()
            trade.setPlaceholderText(tr("e.g. tailoring"))
            trade.setToolTip(tr("The trade a vocational training should teach; empty: any trade in demand"))
            skills = QLineEdit()
            skills.setPlaceholderText(tr("e.g. sewing, driving"))
            skills.setToolTip(tr("What the person already knows how to do, separated by commas"))
            self.trades[member.id] = trade
            self.skills[member.id] = skills
            grid.addWidget(trade, row, len(kinds) + 1)
            grid.addWidget(skills, row, len(kinds) + 2)
        self.row(tr("Needs"), grid_box, "needs")
        self.wishes = text_box(tr("Where the household wants to settle, plans, worries"))
        self.row(tr("Wishes"), self.wishes, "wishes")
        self.setMinimumWidth(1040)
        case_id = case.id
        run_query(self, lambda: assessment(store, case_id), self._loaded, kind=f"needs-{id(self)}")

    def _loaded(self, view: AssessmentView) -> None:
        self.version = view.version
        if view.assessed_on is not None:
            self.assessed_on.set_value(view.assessed_on)
        for need in view.needs:
            box = self.cells.get((need.person_id, need.kind))
            if box is not None:
                box.set_value(need.priority)
            if need.skill and need.person_id in self.trades:
                self.trades[need.person_id].setText(need.skill)
            if need.skills_held and need.person_id in self.skills:
                self.skills[need.person_id].setText(", ".join(need.skills_held))
        self.wishes.setPlainText(view.wishes or "")
        self.loaded.emit()

    def drafts(self) -> list[NeedDraft]:
        result = []
        for (person_id, kind), box in self.cells.items():
            priority = box.value()
            if priority is None:
                continue
            trade = self.trades[person_id].text().strip() or None
            held = tuple(s.strip() for s in self.skills[person_id].text().split(",") if s.strip())
            result.append(NeedDraft(person_id, kind, priority,
                                    trade if kind is PackageKind.VOCATIONAL_TRAINING else None, held))
        return result

    def work(self) -> Callable[[], int]:
        store, case_id, version = self.store, self.case.id, self.version
        assessed_on, needs, wishes = self.assessed_on.value(), self.drafts(), self.wishes.toPlainText()
        return lambda: save_assessment(store, case_id, assessed_on, needs, wishes, expected_version=version)


def _age(born: date, on: date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))
