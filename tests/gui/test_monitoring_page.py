"""The Monitoring page driven as a monitor and a coordinator would: the due list, logging, a breach, the review."""

from __future__ import annotations

from datetime import timedelta

import pytest
from pytestqt.qtbot import QtBot

from desktop.dialogs.follow_up import FollowUpDialog
from desktop.dialogs.review import ReviewDialog
from desktop.pages.monitoring import CASE, OVERDUE, MonitoringPage
from desktop.pages.monitoring_incidents import AffectedCasesDialog
from planning.readiness.reasons import Safeguard
from planning.readiness.service import verdict_for
from planning.storage.models.monitoring import ContactMode, FollowUpStatus, ReviewOutcome
from planning.storage.store import Store
from planning.vocabulary import Role
from tests.conftest import TODAY
from tests.scenarios import COUNTRY
from tests.unit.monitoring.helpers import arrived_family, as_of, family_ready, follow_ups

pytestmark = pytest.mark.gui


def open_page(qtbot: QtBot, store: Store) -> MonitoringPage:
    widget = MonitoringPage(store)
    qtbot.addWidget(widget)
    widget.resize(1200, 600)
    with qtbot.waitSignal(widget.loaded, timeout=5000):
        widget.show()
    return widget


def log_dialog(qtbot: QtBot, page: MonitoringPage) -> FollowUpDialog:
    page.table.selectRow(0)
    page.log_button.click()
    dialog = page.dialog
    assert isinstance(dialog, FollowUpDialog) and dialog.isVisible()
    return dialog


def detention(qtbot: QtBot, page: MonitoringPage) -> None:
    dialog = log_dialog(qtbot, page)
    dialog.mode.setCurrentIndex(dialog.mode.findData(ContactMode.PARTNER_REPORT.value))
    dialog.contact_made.setChecked(False)
    dialog.readmitted.set_value(False)
    dialog.breaches["detained"].setChecked(True)
    dialog.notes.setPlainText("Held at the airport for two days")
    dialog.save_button.click()
    qtbot.waitUntil(page.banner.isVisible, timeout=5000)


def test_the_due_list_shows_a_due_follow_up_and_links_to_the_case(qtbot: QtBot, store: Store, settle: None) -> None:
    family, _ = arrived_family(store)
    page = open_page(qtbot, store)
    assert page.table.rowCount() == 1
    assert page.table.item(0, CASE).text() == family.reference
    assert page.table.item(0, 0).text() == str(TODAY)
    assert "Georgia" in page.table.item(0, 4).text() and "Tbilisi" in page.table.item(0, 4).text()
    assert not page.banner.isVisible()
    with qtbot.waitSignal(page.case_opened, timeout=2000) as opened:
        page.table.cellClicked.emit(0, CASE)
    assert opened.args == [family.case_id]

    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.region.setText("Batumi")
    assert page.table.rowCount() == 0
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.region.setText("tbilisi")
    assert page.table.rowCount() == 1
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.mine.setChecked(True)  # nobody assigned it to coordinator1
    assert page.table.rowCount() == 0

    later = open_page(qtbot, as_of(store, TODAY + timedelta(days=10)))
    assert later.table.rowCount() == 1 and later.table.item(0, OVERDUE).text() == "10"
    assert "1 overdue" in later.count.text()


def test_logging_a_follow_up_through_the_dialog_marks_it_done(qtbot: QtBot, store: Store, settle: None) -> None:
    _, plan = arrived_family(store)
    page = open_page(qtbot, store)
    dialog = log_dialog(qtbot, page)
    dialog.readmitted.set_value(True)
    dialog.package_delivered.set_value(True)
    for box in dialog.scores.values():
        box.set_value(4)
    dialog.notes.setPlainText("Settled with relatives; looking for work")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: follow_ups(store, plan.plan_id)[0].status is FollowUpStatus.DONE, timeout=5000)
    done = follow_ups(store, plan.plan_id)[0]
    assert (done.economic_score, done.social_score, done.psychosocial_score) == (4, 4, 4)
    assert done.mode is ContactMode.PHONE and done.contact_made
    qtbot.waitUntil(lambda: page.table.rowCount() == 0, timeout=5000)
    assert "logged" in page.notice.text() and not page.banner.isVisible()


def test_bad_input_shows_under_its_field(qtbot: QtBot, store: Store, settle: None) -> None:
    _, plan = arrived_family(store)
    page = open_page(qtbot, store)
    dialog = log_dialog(qtbot, page)
    dialog.readmitted.set_value(True)
    dialog.breaches["detained"].setChecked(True)
    dialog.save_button.click()
    label = dialog.errors.labels["readmitted_without_problems"]
    qtbot.waitUntil(label.isVisible, timeout=5000)
    assert "contradicts" in label.text()

    dialog.readmitted.set_value(None)
    dialog.breaches["detained"].setChecked(False)
    dialog.contact_made.setChecked(False)
    dialog.scores["social_score"].set_value(2)
    dialog.save_button.click()
    score = dialog.errors.labels["social_score"]
    qtbot.waitUntil(score.isVisible, timeout=5000)
    assert "needs contact" in score.text() and not label.isVisible()
    assert dialog.isVisible()
    assert follow_ups(store, plan.plan_id)[0].status is FollowUpStatus.DUE
    dialog.reject()


def test_a_detention_opens_the_banner_blocks_the_country_and_the_review_restores(
        qtbot: QtBot, store: Store, settle: None) -> None:
    waiting = family_ready(store)
    arrived_family(store, with_assurances=False)
    arrived_family(store, with_assurances=False)
    assert verdict_for(store, waiting.case_id).ready
    page = open_page(qtbot, store)

    detention(qtbot, page)
    assert "under review" in page.notice.text() and "blocked (S9)" in page.notice.text()
    assert "Georgia" in page.notice.text()
    verdict = verdict_for(store, waiting.case_id)
    assert not verdict.ready and verdict.safeguards() == {Safeguard.S9}
    qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=5000)
    page.grab().save("/tmp/monitoring.png")

    page.banner.buttons[(COUNTRY, "affected")].click()
    qtbot.waitUntil(lambda: isinstance(page.dialog, AffectedCasesDialog), timeout=5000)
    affected = page.dialog
    assert isinstance(affected, AffectedCasesDialog)
    assert [c.case_id for c in affected.cases] == [waiting.case_id]
    with qtbot.waitSignal(page.case_opened, timeout=2000) as opened:
        affected.table.cellDoubleClicked.emit(0, 0)
    assert opened.args == [waiting.case_id]

    page.banner.buttons[(COUNTRY, "review")].click()
    review = page.dialog
    assert isinstance(review, ReviewDialog) and review.isVisible()
    review.outcome.setCurrentIndex(list(ReviewOutcome).index(ReviewOutcome.RESTRICT_REGION))
    assert review.region.isEnabled() and not review.profile.isEnabled()
    review.save_button.click()  # no region, no reason
    reason = review.errors.labels["reason"]
    qtbot.waitUntil(reason.isVisible, timeout=5000)
    review.outcome.setCurrentIndex(list(ReviewOutcome).index(ReviewOutcome.RESTORE))
    review.reason.setPlainText("The authorities released him and explained in writing; monitors confirmed.")
    review.save_button.click()
    qtbot.waitUntil(lambda: not page.banner.isVisible(), timeout=5000)
    assert verdict_for(store, waiting.case_id).ready
    assert "Review decision" in page.notice.text()


def test_a_monitor_may_not_record_the_review_decision(qtbot: QtBot, store: Store, settle: None) -> None:
    arrived_family(store)
    page = open_page(qtbot, store)
    detention(qtbot, page)
    monitor = as_of(store, TODAY, Role.MONITOR, "monitor1")
    dialog = ReviewDialog(monitor, COUNTRY, "Georgia", page)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.banner.isVisible()  # warned before trying
    dialog.reason.setPlainText("Looks fine to me")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: "may not decide" in dialog.banner.text(), timeout=5000)
    assert dialog.isVisible() and page.banner.isVisible()
