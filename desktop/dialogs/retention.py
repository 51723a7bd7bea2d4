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
from desktop.ops import run_op, run_query
from planning.data_protection import retention
from planning.data_protection.retention import RetentionPlan, RetentionResult
from planning.errors import HomewardError
from planning.security.permissions import ROLE_NAMES, Permission, may
from planning.storage.store import Store

INTRO = ("Closed cases — closed after monitoring or when the household no longer sought return, involvement "
         "ended, or protection granted — are anonymised once the retention period has passed since closing "
         "(or since the last change, for a case ended without a closing date). Names, dates of birth, contact "
         "details, statements, notes, attachments and document numbers go; country, years, household size "
         "and outcome stay for statistics. The audit log keeps who did what and when, without the values.")


class RetentionDialog(QDialog):
    applied = Signal(object)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.plan: RetentionPlan | None = None
        self.done_text = ""
        self.setWindowTitle("Retention")
        self.resize(860, 560)
        layout = QVBoxLayout(self)
        intro = QLabel(INTRO)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.banner = Banner()
        layout.addWidget(self.banner)
        row = QHBoxLayout()
        row.addWidget(QLabel("Retention period after closing"))
        self.years = QSpinBox()
        self.years.setRange(1, 100)
        self.years.setValue(retention.DEFAULT_YEARS)
        self.years.setSuffix(" years")
        self.years.valueChanged.connect(self.refresh)
        row.addWidget(self.years)
        row.addStretch(1)
        layout.addLayout(row)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(["Case", "Country", "Outcome", "Ended", "Household", "Would remove"])
        for column, width in enumerate((150, 70, 130, 170, 80)):
            self.tree.setColumnWidth(column, width)
        layout.addWidget(self.tree, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.apply_button = QPushButton("Anonymise")
        self.apply_button.setEnabled(False)
        self.apply_button.clicked.connect(self.confirm)
        buttons.addButton(self.apply_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if not may(store.actor.role, Permission.PURGE):
            self.banner.show_message(f"Only the data-protection officer may run retention; {store.actor.username} "
                                     f"is signed in as {ROLE_NAMES[store.actor.role]}.")
            self.years.setEnabled(False)
            self.tree.setEnabled(False)
            return
        self.refresh()

    def refresh(self) -> None:
        self.banner.clear_message()
        self.apply_button.setEnabled(False)
        self.summary.setText("Looking for cases past the retention period…")
        store, years = self.store, self.years.value()
        run_query(self, lambda: retention.plan(store, years), self._planned, kind="retention-plan",
                  on_error=self._failed)

    def _planned(self, plan: RetentionPlan) -> None:
        self.plan = plan
        self.tree.clear()
        for case in plan.cases:
            item = QTreeWidgetItem([case.reference, case.country, case.status.replace("_", " "),
                                    f"{case.ended_on} ({case.ended_by})", str(case.household_size),
                                    f"{sum(n for _, n in case.removes)} items"])
            for what, count in case.removes:
                item.addChild(QTreeWidgetItem(["", "", "", "", "", f"{count} × {what}"]))
            self.tree.addTopLevelItem(item)
        count = len(plan.cases)
        self.summary.setText(self.done_text + (
            f"<b>{count} case{'' if count == 1 else 's'}</b> ended on or before {plan.cutoff} "
            f"{'is' if count == 1 else 'are'} due. This list is a dry run: nothing has been changed."
            if count else f"No closed case ended on or before {plan.cutoff}: nothing is due."))
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.apply_button.setText(f"Anonymise {count} case{'' if count == 1 else 's'}…")
        self.apply_button.setEnabled(count > 0)

    def _failed(self, error: HomewardError) -> None:
        self.summary.clear()
        self.banner.show_message(error.message)

    def confirm(self) -> None:
        if self.plan is None or not self.plan.cases:
            return
        count = len(self.plan.cases)
        answer = QMessageBox.question(
            self, "Anonymise cases",
            f"Anonymise {count} case{'' if count == 1 else 's'}? Names, contacts, statements, notes and "
            "attachments are removed for good; this cannot be undone.")
        if answer == QMessageBox.StandardButton.Yes:
            self.anonymise()

    def anonymise(self) -> None:
        self.apply_button.setEnabled(False)
        store, years = self.store, self.years.value()
        run_op(self, lambda: retention.apply(store, years), changes=Changes(cases=True),
               on_success=self._applied, on_error=self._failed)

    def _applied(self, result: RetentionResult) -> None:
        self.done_text = f"Anonymised {len(result.references)} case(s): {', '.join(result.references)}.<br>"
        self.applied.emit(result)
        self.refresh()
