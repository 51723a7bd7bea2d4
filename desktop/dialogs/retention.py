"""Administration > Retention…: see which closed cases are due for anonymisation, then anonymise them.

The list is the dry run (`planning.data_protection.retention.plan`): nothing changes until the
officer presses "Anonymise N cases" and confirms. Only the data-protection officer may use it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.changes import Changes
from desktop.forms import Banner
from desktop.i18n import QT_TR_NOOP, tr
from desktop.labels import day, in_sentence, label, number
from desktop.ops import run_op, run_query
from desktop.service_text import error_text
from planning.data_protection import retention
from planning.data_protection.retention import RetentionPlan, RetentionResult
from planning.errors import HomewardError
from planning.security.permissions import Permission, may
from planning.storage.store import Store

INTRO = QT_TR_NOOP("Closed cases — closed after monitoring or when the household no longer sought return, involvement "
                    "ended, or protection granted — are anonymised once the retention period has passed since "
                    "closing (or since the last change, for a case ended without a closing date). Names, dates of "
                    "birth, contact details, statements, notes, attachments and document numbers go; country, "
                    "years, household size and outcome stay for statistics. The audit log keeps who did what and "
                    "when, without the values.")


class RetentionDialog(QDialog):
    applied = Signal(object)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.plan: RetentionPlan | None = None
        self.done_text = ""
        self.setWindowTitle(tr("Retention"))
        self.resize(860, 560)
        layout = QVBoxLayout(self)
        intro = QLabel(tr(INTRO))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.banner = Banner()
        layout.addWidget(self.banner)
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("Retention period after closing")))
        self.years = QSpinBox()
        self.years.setRange(1, 100)
        self.years.setValue(retention.DEFAULT_YEARS)
        self._unit(self.years.value())
        self.years.valueChanged.connect(self._unit)
        self.years.valueChanged.connect(self.refresh)
        row.addWidget(self.years)
        row.addStretch(1)
        layout.addLayout(row)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([tr("Case"), tr("Country"), tr("Outcome"), tr("Ended", "case end date"),
                                   tr("Household"), tr("Would remove")])
        for column, width in enumerate((150, 70, 130, 170, 80)):
            self.tree.setColumnWidth(column, width)
        layout.addWidget(self.tree, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.apply_button = QPushButton(tr("Anonymise"))
        self.apply_button.setEnabled(False)
        self.apply_button.clicked.connect(self.confirm)
        buttons.addButton(self.apply_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if not may(store.actor.role, Permission.PURGE):
            self.banner.show_message(tr("Only the data-protection officer may run retention; {user} is signed in "
                                        "as {role}.").format(user=store.actor.username,
                                                             role=in_sentence(store.actor.role)))
            self.years.setEnabled(False)
            self.tree.setEnabled(False)
            return
        self.refresh()

    def _unit(self, value: int) -> None:
        """The years' unit around the number, singular or plural as the language wants it."""
        text = tr("%Ln year(s)", None, value)
        before, found, after = text.partition(self.years.locale().toString(value))
        self.years.setPrefix(before if found else "")
        self.years.setSuffix(after if found else " " + text)

    def refresh(self) -> None:
        self.banner.clear_message()
        self.apply_button.setEnabled(False)
        self.summary.setText(tr("Looking for cases past the retention period…"))
        store, years = self.store, self.years.value()
        run_query(self, lambda: retention.plan(store, years), self._planned, kind="retention-plan",
                  on_error=self._failed)

    def _planned(self, plan: RetentionPlan) -> None:
        self.plan = plan
        self.tree.clear()
        for case in plan.cases:
            item = QTreeWidgetItem([case.reference, case.country, label(case.status),
                                    f"{day(case.ended_on)} ({in_sentence(case.ended_by)})", number(case.household_size),
                                    tr("%Ln item(s)", None, sum(n for _, n in case.removes))])
            for what, count in case.removes:
                item.addChild(QTreeWidgetItem(["", "", "", "", "", f"{number(count)} × {in_sentence(what)}"]))
            self.tree.addTopLevelItem(item)
        count = len(plan.cases)
        self.summary.setText(self.done_text + (
            tr("Due for anonymisation: <b>%Ln case(s)</b> ended on or before {date}. This list is a dry run: "
               "nothing has been changed.", None, count).format(date=day(plan.cutoff))
            if count else tr("No closed case ended on or before {date}: nothing is due.").format(
                date=day(plan.cutoff))))
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.apply_button.setText(tr("Anonymise %Ln case(s)…", None, count))
        self.apply_button.setEnabled(count > 0)

    def _failed(self, error: HomewardError) -> None:
        self.summary.clear()
        self.banner.show_message(error_text(error))

    def confirm(self) -> None:
        if self.plan is None or not self.plan.cases:
            return
        count = len(self.plan.cases)
        answer = QMessageBox.question(
            self, tr("Anonymise cases"),
            tr("Anonymise %Ln case(s)? Names, contacts, statements, notes and attachments are removed for good; "
               "this cannot be undone.", None, count))
        if answer == QMessageBox.StandardButton.Yes:
            self.anonymise()

    def anonymise(self) -> None:
        self.apply_button.setEnabled(False)
        store, years = self.store, self.years.value()
        run_op(self, lambda: retention.apply(store, years), changes=Changes(cases=True),
               on_success=self._applied, on_error=self._failed)

    def _applied(self, result: RetentionResult) -> None:
        self.done_text = tr("Anonymised %Ln case(s): {references}.", None, len(result.references)).format(
            references=", ".join(result.references)) + "<br>"
        self.applied.emit(result)
        self.refresh()
