"""Planning's services raise keyed errors: a key, typed values (dates, vocabulary words, counted nouns),
and the same English text as before."""

from __future__ import annotations

import ast
from datetime import date, timedelta
from pathlib import Path

import pytest

from planning import booking_service, cases, messages, movement_import, movements, protection, validation
from planning.errors import SafeguardError, ValidationError
from planning.messages import Count, Phrase
from planning.readiness.reasons import ReasonMessage
from planning.storage.models import ProtectionReferral
from planning.storage.store import Store
from planning.vocabulary import CaseStatus, MovementStatus, ProtectionOutcome, ReferralAuthority, Relationship, Sex
from tests.conftest import TODAY
from tests.scenarios import COUNTRY, ready_family
from tests.unit.planning.test_booking_service import family_whose_assurance_ends
from tests.unit.planning.test_movements import flight

PLANNING = Path(__file__).resolve().parents[3] / "planning"
#: The errors of planning/ and where their key is among the arguments.
KEY_AT = {"HomewardError": 0, "ValidationError": 1, "SafeguardError": 1, "PermissionDenied": 0, "StorageError": 0}


def test_a_country_code_not_found_suggests_the_close_match() -> None:
    with pytest.raises(ValidationError) as caught:
        validation.country_code("nationality", "Gorgia")

    error = caught.value
    assert (error.key, error.field, error.value, error.suggestion) == (
        "country.unknown_code", "nationality", "Gorgia", "Georgia")
    assert error.params == (("code", "Gorgia"),)
    assert error.message == "nationality: unknown country code 'Gorgia' (did you mean Georgia?)"


def test_a_final_case_names_its_status_as_the_vocabulary_word(store: Store) -> None:
    family = ready_family(store)
    referral = protection.raise_concern(store, family.father, TODAY, "I fear return")
    with store.reading() as session:
        raised = session.get_one(ProtectionReferral, referral).version
    version = protection.refer(store, referral, raised, ReferralAuthority.UNHCR, TODAY)
    protection.record_outcome(store, referral, version, ProtectionOutcome.NEEDS_PROTECTION, TODAY, "UNHCR-1")
    newborn = cases.PersonDraft("Nino", "Beridze", TODAY - timedelta(days=3), Sex.FEMALE, COUNTRY,
                                Relationship.CHILD)

    with pytest.raises(ValidationError) as caught:
        cases.add_member(store, family.case_id, newborn)

    error = caught.value
    assert error.key == "case.final" and error.param("status") is CaseStatus.PROTECTION_GRANTED
    assert error.message == f"case: {family.reference} is protection granted"


def test_a_movement_that_is_no_longer_open_names_its_status(store: Store) -> None:
    movement_id = movements.add_movement(store, flight("TK-9"))
    cancelled = movements.cancel_movement(store, movement_id, 1, "the airline cancelled")

    with pytest.raises(ValidationError) as caught:
        movements.cancel_movement(store, movement_id, cancelled.version, "again")

    error = caught.value
    assert error.key == "movement.not_cancellable" and error.value is MovementStatus.CANCELLED
    assert dict(error.params) == {"code": "TK-9", "status": MovementStatus.CANCELLED}
    assert error.message == "status: movement TK-9 has cancelled; it cannot be cancelled"


def test_seats_are_counted_with_their_plural(store: Store) -> None:
    family = ready_family(store)  # three people
    small = movements.add_movement(store, flight("TK-1", capacity=2))

    with pytest.raises(ValidationError) as caught:
        booking_service.book(store, family.case_id, small)

    error = caught.value
    assert error.key == "booking.no_room"
    assert dict(error.params) == {"reference": family.reference, "wanted": Count("seat", 3), "code": "TK-1",
                                  "free": 2}
    assert error.message == f"movement: {family.reference} needs 3 seats on TK-1; 2 free"
    assert messages.english(Count("seat", 1)) == "1 seat"


def test_a_household_not_ready_on_the_day_carries_the_date_and_the_reason(store: Store) -> None:
    family = family_whose_assurance_ends(store, 20)
    day = TODAY + timedelta(days=25)
    late = movements.add_movement(store, flight("LATE", on=day))

    with pytest.raises(SafeguardError) as caught:
        booking_service.book(store, family.case_id, late)

    error = caught.value
    assert error.key in ("booking.not_ready", "booking.not_ready_more") and error.safeguard == "S5"
    assert error.param("day") == day and isinstance(error.param("day"), date)
    first = error.reasons[0]
    assert error.param("reason") == ReasonMessage(first)  # the first reason, the safeguard named once
    if error.key == "booking.not_ready_more":
        assert error.param("more") == Count("more_reason", len(error.reasons) - 1)
    assert error.message.startswith(f"S5: {family.reference} cannot travel on {day.isoformat()}: {first.message}")


def test_an_import_refused_counts_its_rows_with_problems(store: Store) -> None:
    text = ("code,country,origin,destination,departure,arrival,seats\n"
            "B-1,GEO,BRU,TBS,2026-07-01 08:00,2026-07-01 13:00,ten\n")
    preview = movement_import.preview_import(store, text.encode(), "csv")

    with pytest.raises(ValidationError) as caught:
        movement_import.apply_import(store, preview)

    error = caught.value
    assert error.key == "movement_import.rows_refused" and error.param("rows") == Count("row_with_problems", 1)
    assert error.message == ("rows: 1 row has problems, first: line 2, seats: is not a whole number ('ten'); fix "
                             "the file or import only the valid rows")


@pytest.mark.parametrize("start", ["valid_from", "in_force_from", "issued_on", "assessed_on", "period_start"])
def test_a_period_ending_before_it_starts_names_its_start_in_words(start: str) -> None:
    with pytest.raises(ValidationError) as caught:
        validation.period(start, date(2026, 6, 1), "end", date(2026, 5, 1))

    error = caught.value
    assert error.key == "period.end_before_start" and error.param("start_field") == Phrase.of(f"period.{start}")
    assert error.message.startswith("end: 2026-05-01 is before ") and error.message.endswith(" 2026-06-01")
    assert "_" not in error.message


def test_every_error_raised_by_planning_own_modules_has_a_registered_key() -> None:
    """planning/*.py raise no English sentence: every error's key argument is a key of planning/texts.py."""
    unkeyed = []
    for path in sorted(PLANNING.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name) or node.func.id not in KEY_AT:
                continue
            key = node.args[KEY_AT[node.func.id]] if len(node.args) > KEY_AT[node.func.id] else None
            if not (isinstance(key, ast.Constant) and key.value in messages.TEMPLATES):
                unkeyed.append(f"{path.name}:{node.lineno}")
    assert unkeyed == []
