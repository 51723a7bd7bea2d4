"""The monitoring visit form: who, where, what to ask; only for a follow-up still due; verified until logged."""

from __future__ import annotations

import pytest

from monitoring.followups import FollowUpEntry, log_follow_up
from monitoring.places import PlaceDraft, set_place
from monitoring.visit_form import print_visit_form
from planning.documents.verification import Status, verify
from planning.errors import NotFoundError, ValidationError
from planning.storage.models.monitoring import ContactMode, FollowUpStatus
from planning.storage.store import Store
from tests.conftest import TODAY
from tests.unit.documents.pdftext import text
from tests.unit.monitoring.helpers import arrived_family, follow_ups


def due_follow_up(store: Store) -> tuple[int, int]:
    family, plan = arrived_family(store)
    first = next(f for f in follow_ups(store, plan.plan_id) if f.status is FollowUpStatus.DUE)
    return family.case_id, first.id


def test_the_form_names_the_household_its_place_and_the_questions(any_store: Store) -> None:
    case_id, follow_up_id = due_follow_up(any_store)
    set_place(any_store, case_id, PlaceDraft("12 Rustaveli Avenue, Tbilisi", 41.6938, 44.8015,
                                             directions="Blue gate next to the pharmacy"), 0)

    printed = print_visit_form(any_store, follow_up_id)

    words = text(printed.pdf)
    for expected in ("Monitoring visit form", "Giorgi Beridze", "Nino Beridze", "Luka Beridze",
                     "12 Rustaveli Avenue", "Blue gate next to the pharmacy", "Detained or held for questioning",
                     "Reintegration package delivered", "Psychosocial", "Returnee", printed.code):
        assert expected in words, expected
    assert "Last contact: none logged yet" in words
    assert verify(any_store, printed.code).status is Status.MATCH


def test_logging_the_follow_up_supersedes_the_form_and_a_logged_one_gets_none(store: Store) -> None:
    _, follow_up_id = due_follow_up(store)
    printed = print_visit_form(store, follow_up_id)
    log_follow_up(store, follow_up_id, FollowUpEntry(done_on=TODAY, mode=ContactMode.PHONE, contact_made=True,
                                                     readmitted_without_problems=True))
    result = verify(store, printed.code)
    assert result.status is Status.SUPERSEDED and any("status" in reason.english() for reason in result.reasons)
    with pytest.raises(ValidationError, match="already logged"):
        print_visit_form(store, follow_up_id)
    with pytest.raises(NotFoundError):
        print_visit_form(store, 999_999)


def test_a_moved_household_supersedes_the_form(store: Store) -> None:
    case_id, follow_up_id = due_follow_up(store)
    printed = print_visit_form(store, follow_up_id)
    set_place(store, case_id, PlaceDraft("Village road 4, Gori", 41.98, 44.11), 0)
    assert verify(store, printed.code).status is Status.SUPERSEDED


@pytest.mark.parametrize(("language", "words"), [
    ("fr", "Fiche de visite de suivi Ménage Constats Oui Non Inconnu Détenu(e) ou retenu(e) pour interrogatoire "
           "Durabilité Psychosociale Chargé(e) de suivi Personne qui rentre"),
    ("ar", "استمارة زيارة المتابعة الأسرة النتائج نعم لا هل احتُجز أو أُوقف للاستجواب الاستدامة العائد"),
])
def test_the_form_prints_in_the_office_language(store: Store, language: str, words: str) -> None:
    from tests.unit.documents.helpers import office
    from tests.unit.documents.pdftext import has_words

    office(store, language)
    _, follow_up_id = due_follow_up(store)
    printed = text(print_visit_form(store, follow_up_id).pdf)
    assert has_words(printed, words)
    assert "Findings" not in printed and "Detained" not in printed
    assert "Georgia" not in printed and has_words(printed, {"fr": "Géorgie", "ar": "جورجيا"}[language])
