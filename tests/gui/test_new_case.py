"""Intake of a household through the New case dialog."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desktop.dialogs.new_case import NewCaseDialog
from planning.case_file import load
from planning.storage.models import Case, Person
from planning.storage.store import Store
from planning.vocabulary import CaseStatus, ReferralSource, Relationship, Sex, VulnerabilityKind


def choose(combo: object, value: object) -> None:
    combo.setCurrentIndex(combo.findData(value))  # type: ignore[attr-defined]


def count(store: Store, model: type) -> int:
    with store.reading() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def fill_family(qtbot: QtBot, dialog: NewCaseDialog) -> None:
    choose(dialog.source, ReferralSource.SELF_REFERRAL)
    dialog.country.set_code("GEO")
    dialog.region.setText("Kutaisi")
    qtbot.keyClicks(dialog.given, "Giorgi")
    qtbot.keyClicks(dialog.family, "Beridze")
    dialog.dob.set_value(date(1985, 3, 2))
    choose(dialog.sex, Sex.MALE)
    dialog.languages.setText("ka, ru")
    dialog.add_member()
    assert dialog.relationship.currentData() is None and dialog.dob.value() is None
    assert dialog.family.text() == "Beridze"
    choose(dialog.relationship, Relationship.CHILD)
    dialog.guardian.setCurrentIndex(dialog.guardian.findData(0))
    qtbot.keyClicks(dialog.given, "Luka")
    dialog.dob.set_value(date(2016, 1, 20))
    choose(dialog.sex, Sex.MALE)
    dialog.vulnerability_boxes[VulnerabilityKind.MEDICAL_NEED].setChecked(True)


def test_intake_of_a_family(qtbot: QtBot, store: Store) -> None:
    dialog = NewCaseDialog(store)
    qtbot.addWidget(dialog)
    fill_family(qtbot, dialog)
    assert dialog.member_list.count() == 2
    assert "Luka Beridze" in dialog.member_list.item(1).text()
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.save.click()
    assert dialog.opened is not None
    view = load(store, dialog.opened.id)
    assert view.reference == "HW-2026-000001" and view.status is CaseStatus.INTAKE
    assert view.region == "Kutaisi" and view.country_code == "GEO"
    head, child = view.members
    assert head.languages == ("ka", "ru") and child.guardian_id == head.id
    assert [v.kind for v in child.vulnerabilities] == [VulnerabilityKind.MEDICAL_NEED]


def test_errors_appear_next_to_the_field_of_the_right_member_and_nothing_is_saved(
    qtbot: QtBot, store: Store
) -> None:
    dialog = NewCaseDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    fill_family(qtbot, dialog)
    dialog.dob.set_value(date(2030, 1, 1))  # the child's birth date is in the future
    dialog.member_list.setCurrentRow(0)
    dialog.save.click()
    dob_error = dialog.errors.labels["date_of_birth"]
    qtbot.waitUntil(lambda: dob_error.isVisible(), timeout=5000)
    assert "in the future" in dob_error.text()
    assert dialog.member_list.currentRow() == 1
    assert dialog.isVisible() and dialog.opened is None
    assert count(store, Case) == 0 and count(store, Person) == 0
    dialog.dob.set_value(date(2016, 1, 20))
    dialog.member_list.setCurrentRow(0)
    dialog.given.clear()
    dialog.save.click()
    given_error = dialog.errors.labels["given_names"]
    qtbot.waitUntil(lambda: given_error.isVisible(), timeout=5000)
    assert not dob_error.isVisible()
    assert count(store, Case) == 0


def test_unknown_country_is_named(qtbot: QtBot, store: Store) -> None:
    dialog = NewCaseDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    choose(dialog.source, ReferralSource.SELF_REFERRAL)
    dialog.country.setEditText("Atlantis")
    qtbot.keyClicks(dialog.given, "A")
    qtbot.keyClicks(dialog.family, "B")
    dialog.save.click()
    label = dialog.errors.labels["country"]
    qtbot.waitUntil(lambda: label.isVisible(), timeout=5000)
    assert "unknown country" in label.text()


def test_the_form_starts_empty_and_assumes_nothing(qtbot: QtBot, store: Store) -> None:
    dialog = NewCaseDialog(store)
    qtbot.addWidget(dialog)
    assert dialog.dob.value() is None and dialog.dob.text.text() == ""
    assert dialog.sex.currentIndex() == -1 and dialog.source.currentIndex() == -1
    assert dialog.country.code() == "" and dialog.nationality.code() == ""
    draft = dialog.draft()
    assert draft.referral_source is None and draft.members[0].sex is None
    assert draft.members[0].date_of_birth is None and draft.members[0].nationality == ""


def test_every_mistake_is_shown_at_once_under_its_field(qtbot: QtBot, store: Store) -> None:
    dialog = NewCaseDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.given, "Giorgi")
    dialog.add_member()
    qtbot.keyClicks(dialog.given, "Luka")
    qtbot.keyClicks(dialog.dob.text, "31/02/2016")  # no such day
    dialog.member_list.setCurrentRow(0)
    dialog.save.click()
    labels = dialog.errors.labels
    qtbot.waitUntil(lambda: labels["sex"].isVisible(), timeout=5000)
    assert dialog.member_list.currentRow() == 0
    for name in ("referral_source", "country", "family_name", "date_of_birth", "sex", "nationality"):
        assert labels[name].isVisible(), name
    assert "must be chosen" in labels["sex"].text() and "is required" in labels["date_of_birth"].text()
    assert "mistake" in dialog.member_list.item(1).text()
    dialog.member_list.setCurrentRow(1)
    assert "'31/02/2016' is not a date" in labels["date_of_birth"].text()
    assert "must be chosen" in labels["relationship"].text()
    assert labels["country"].isVisible()  # the case's own mistakes stay shown
    assert count(store, Case) == 0
