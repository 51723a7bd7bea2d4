"""The person registry in the interface: the case file's panel and its two-person decision, and the new-case
dialog's warning about someone whose involvement ended."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desktop.dialogs.new_case import NewCaseDialog
from desktop.dialogs.same_person import SamePersonDialog
from desktop.pages.case_file import CaseFilePage
from planning.readiness.service import verdict_for
from planning.storage.models import Case
from planning.storage.store import Actor, Store
from planning.vocabulary import CaseStatus, IdentityFinding, Role, Sex
from tests.scenarios import open_family
from tests.unit.planning.test_person_registry import end_involvement, open_one, person

OFFICER = Actor("officer1", Role.DATA_PROTECTION_OFFICER)


def make_page(qtbot: QtBot, store: Store) -> CaseFilePage:
    widget = CaseFilePage(store)
    qtbot.addWidget(widget)
    widget.resize(1280, 860)
    widget.show()
    return widget


def show(qtbot: QtBot, page: CaseFilePage, case_id: int) -> None:
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.show_case(case_id)


def sign(qtbot: QtBot, page: CaseFilePage, finding: IdentityFinding, reason: str) -> None:
    (_link, _role, button), = [entry for entry in page.same_person.sign_buttons if entry[2].isEnabled()]
    button.click()
    dialog = page.dialog
    assert isinstance(dialog, SamePersonDialog) and dialog.isVisible()
    dialog.finding.setCurrentIndex(list(IdentityFinding).index(finding))
    dialog.reason.setPlainText(reason)
    with qtbot.waitSignal(page.loaded, timeout=5000), qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.save_button.click()


def test_the_case_file_shows_the_match_and_takes_both_halves_of_the_decision(
        qtbot: QtBot, store: Store, settle: None) -> None:
    earlier = open_family(store)
    end_involvement(store, earlier.father)
    again = open_one(store, person("Giorgi", "Beridze", born=date(1985, 3, 2), nationality="GEO"), country="GEO")

    page = make_page(qtbot, store)
    show(qtbot, page, again.id)

    panel = page.same_person
    assert panel.isVisible()
    text = " ".join(label.text() for label in panel.findChildren(type(panel.title)))
    assert earlier.reference in text and "Involvement ended" in text and "not signed yet" in text
    assert "S3" in {r.code.split(".")[0] for r in page.view.verdict.reasons}  # type: ignore[union-attr]
    roles = {role: button.isEnabled() for _link, role, button in panel.sign_buttons}
    assert roles == {Role.COORDINATOR: True, Role.DATA_PROTECTION_OFFICER: False}
    with qtbot.waitSignal(page.case_opened, timeout=2000) as opened:
        (go,) = panel.open_buttons
        assert go.text() == f"Open {earlier.reference}"
        go.click()
    assert opened.args == [earlier.case_id]

    sign(qtbot, page, IdentityFinding.DIFFERENT_PERSON, "Passport copies compared: another man")
    assert "S3.same_person_ended" in {r.code for r in verdict_for(store, again.id).reasons}
    text = " ".join(label.text() for label in panel.findChildren(type(panel.title)))
    assert "signed by coordinator1" in text
    # The coordinator may sign his half again until the other agrees; never the other half.
    roles = {role: button.isEnabled() for _link, role, button in panel.sign_buttons}
    assert roles == {Role.COORDINATOR: True, Role.DATA_PROTECTION_OFFICER: False}

    # The same account, made a data-protection officer, still cannot sign the other half.
    same_account = make_page(qtbot, store.as_actor(Actor("coordinator1", Role.DATA_PROTECTION_OFFICER)))
    show(qtbot, same_account, again.id)
    (button,) = [b for _link, role, b in same_account.same_person.sign_buttons if role is Role.DATA_PROTECTION_OFFICER]
    assert not button.isEnabled() and "another account" in button.toolTip()

    officer_page = make_page(qtbot, store.as_actor(OFFICER))
    show(qtbot, officer_page, again.id)
    roles = {role: button.isEnabled() for _link, role, button in officer_page.same_person.sign_buttons}
    assert roles == {Role.COORDINATOR: False, Role.DATA_PROTECTION_OFFICER: True}
    sign(qtbot, officer_page, IdentityFinding.DIFFERENT_PERSON, "Checked the fingerprints: not the same man")

    assert "S3.same_person_ended" not in {r.code for r in verdict_for(store, again.id).reasons}
    assert "S3.same_person_ended" not in {r.code for r in officer_page.view.verdict.reasons}  # type: ignore[union-attr]
    text = " ".join(label.text() for label in officer_page.same_person.findChildren(type(panel.title)))
    assert "Decided" in text


def test_a_case_with_no_match_shows_no_panel(qtbot: QtBot, store: Store, settle: None) -> None:
    family = open_family(store)
    page = make_page(qtbot, store)
    show(qtbot, page, family.case_id)
    assert not page.same_person.isVisible()


def test_the_new_case_dialog_says_why_the_match_matters_before_opening(
        qtbot: QtBot, store: Store, settle: None) -> None:
    earlier = open_one(store, person("Mohammed", "Al-Hassan"))
    end_involvement(store, earlier.member_ids[0])
    dialog = NewCaseDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.source.setCurrentIndex(0)
    dialog.sex.setCurrentIndex(dialog.sex.findData(Sex.MALE))
    dialog.country.set_code("IRQ")
    qtbot.keyClicks(dialog.given, "Muhammad")
    qtbot.keyClicks(dialog.family, "Al Hasan")
    dialog.dob.set_value(date(1979, 11, 30))
    dialog.nationality.set_code("IRQ")

    dialog.save.click()

    qtbot.waitUntil(dialog.matches.isVisible, timeout=5000)
    warning = dialog.matches.text()
    assert f"Mohammed Al-Hassan of case {earlier.reference}, whose involvement ended on" in warning
    assert "the new case will be blocked until a coordinator and a data-protection officer" in warning
    assert dialog.save.text() == "Open case anyway" and dialog.isVisible()
    with store.reading() as session:
        assert session.scalar(select(func.count()).select_from(Case)) == 1

    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.save.click()
    assert dialog.opened is not None and dialog.opened.status is CaseStatus.INTAKE
    assert "S3.same_person_ended" in {r.code for r in verdict_for(store, dialog.opened.id).reasons}


def test_the_new_case_dialog_opens_at_once_when_nobody_matches(qtbot: QtBot, store: Store, settle: None) -> None:
    dialog = NewCaseDialog(store)
    qtbot.addWidget(dialog)
    dialog.source.setCurrentIndex(0)
    dialog.sex.setCurrentIndex(dialog.sex.findData(Sex.FEMALE))
    dialog.dob.set_value(date(1990, 5, 17))
    dialog.country.set_code("IRQ")
    dialog.nationality.set_code("IRQ")
    qtbot.keyClicks(dialog.given, "Amina")
    qtbot.keyClicks(dialog.family, "Yusuf")
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.save.click()
    assert not dialog.matches.isVisible()
