"""The services' keyed errors shown in the interface language: the translated template filled with each
value as the locale writes it, the English before a language is installed; an unknown key is a bug."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from desktop import i18n
from desktop.service_text import error_text
from planning.errors import HomewardError, NotFoundError, SafeguardError, ValidationError
from planning.lookup import case_by_reference
from planning.storage.store import Store
from planning.vocabulary import Role
from tests import i18n_catalogue
from tests.sweep import ARABIC_INDIC

pytestmark = pytest.mark.gui


@pytest.fixture
def french(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    i18n.install(qapp, "fr", tmp_path / "qm")
    yield
    i18n.reset()


def test_the_generated_templates_are_current() -> None:
    """Run `make translations` after changing a service's message: this fails until then."""
    assert i18n_catalogue.SERVICE_MESSAGES.read_text(encoding="utf-8") == i18n_catalogue.service_messages_source()


def test_before_a_language_is_installed_an_error_reads_as_the_service_wrote_it() -> None:
    error = ValidationError("given_names", "text.empty", "")
    assert error_text(error) == error.message


def test_an_unknown_key_is_a_bug_not_a_text() -> None:
    with pytest.raises(KeyError):
        HomewardError("Something only a test says")
    with pytest.raises(KeyError):
        ValidationError("nowhere_field", "an unlisted reason")


def test_a_validation_error_from_a_service_reads_in_french(store: Store, french: None) -> None:
    with pytest.raises(HomewardError) as raised, store.reading() as session:
        case_by_reference(session, "HW-2026-999999")
    assert isinstance(raised.value, NotFoundError)
    text = error_text(raised.value)
    assert "HW-2026-999999" in text and text != raised.value.message and text.startswith("Aucun")


def test_a_keyed_error_reads_in_french_with_its_values(french: None) -> None:
    from planning.errors import StorageError

    error = StorageError("storage.locked", where="/data/homeward.db")
    assert error.message == "The database /data/homeward.db is locked by another program; close it and try again"
    text = error_text(error)
    assert text != error.message and "/data/homeward.db" in text and "verrouill" in text


def test_a_keyed_error_without_translation_falls_back_to_its_english(french: None,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from datetime import date

    from planning import messages

    monkeypatch.setitem(messages.TEMPLATES, "test.unknown_to_catalogues", "Nothing is known of {thing} on {on}")

    error = HomewardError("test.unknown_to_catalogues", thing="X-1", on=date(2026, 6, 1))
    assert error.message == "Nothing is known of X-1 on 2026-06-01"
    assert error_text(error) == "Nothing is known of X-1 on 01/06/2026"  # the date as the French locale writes it


def test_money_and_months_are_written_as_the_interface_locale_writes_them(qapp: QApplication,
                                                                          tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from datetime import date
    from decimal import Decimal

    from desktop import words
    from planning import messages
    from planning.messages import Message, Money, Month

    monkeypatch.setitem(messages.TEMPLATES, "test.money_and_month", "{amount} left in {month}")
    line = Message.of("test.money_and_month", amount=Money(1250), month=Month.of(date(2026, 6, 17)))
    assert line.english() == "€1,250 left in June 2026"
    assert messages.english(Money(Decimal("12.5"))) == "€12.50"
    assert line.plain()["params"] == {"amount": "1250", "month": "2026-06"}
    for language, amount, month in (("fr", "1\u202f250\u00a0€", "juin 2026"), ("ar", "1,250", "يونيو 2026")):
        i18n.install(qapp, language, tmp_path / "qm")
        try:
            written = words.message(line)
            assert amount in written and month in written, written
        finally:
            i18n.reset()


@pytest.fixture(params=["fr", "ar"])
def language(request: pytest.FixtureRequest, qapp: QApplication, tmp_path: Path) -> Iterator[str]:
    i18n.install(qapp, request.param, tmp_path / "qm")
    yield request.param
    i18n.reset()


def english_words(translated: str, english: str, *, values: Iterable[str] = ()) -> set[str]:
    """The words of `english` that are still in `translated`, beside the values (names, references) and
    words French spells the same."""
    kept = {w.lower() for value in values for w in re.findall(r"[A-Za-z]+", value)} | SAME_IN_FRENCH
    words = {w.lower() for w in re.findall(r"[A-Za-z]{2,}", english)} - kept
    return words & {w.lower() for w in re.findall(r"[A-Za-z]{2,}", translated)}


#: Words English and French write alike.
SAME_IN_FRENCH = {"minutes", "minute", "a", "de", "date", "route", "routes", "visite", "notes", "mode", "plan",
                  "km", "min", "contact", "score"}


def test_a_sign_in_refusal_counts_its_wrong_passwords_and_minutes_in_the_interface_language(
        store: Store, language: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from argon2 import PasswordHasher

    from planning.messages import Count
    from planning.security import accounts
    from planning.security.accounts import NewAccount, SignInRefused

    monkeypatch.setattr(accounts, "HASHER", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
    admin = store.as_actor(accounts.create_first_administrator(store, "dora", "Dora", "correct horse battery").actor)
    accounts.create_account(admin, NewAccount("anna", "Anna", Role.COORDINATOR, "her own password 1"))
    with pytest.raises(SignInRefused) as refused:
        accounts.sign_in(store, "anna", "not her password")
    error = refused.value
    assert error.key == "sign_in.refused" and error.param("failures") == Count("wrong_password", 6)
    assert error.message.startswith("Wrong user name or password, or this account may not sign in now: 6 wrong "
                                    "passwords in a row lock it for 30 minutes")

    text = error_text(error)
    assert not english_words(text, error.message, values=["protection"]), text
    if language == "fr":
        assert "6 mots de passe erronés" in text and "30 minutes" in text
    else:
        assert "6 كلمات مرور خاطئة" in text and "30 دقيقة" in text
        assert not re.search(r"[A-Za-z]", text) and not ARABIC_INDIC.search(text), text


def test_a_moment_reads_in_the_interface_language(language: str) -> None:
    from datetime import UTC, datetime

    from desktop import words
    from planning.messages import Message

    at = datetime(2026, 6, 1, 12, 36, tzinfo=UTC)
    line = Message.of("audit.checkpoint_forged", at=at, source="office.json")
    assert line.english() == ("the checkpoint of 2026-06-01 12:36 UTC (office.json) is not signed with this "
                              "installation's chain key")
    text = words.message(line)
    assert not english_words(text, line.english(), values=["office.json", "UTC", "installation"]), text
    assert "01/06/2026 12:36" in text if language == "fr" else "2026" in text


def test_a_service_refusal_reads_with_its_status_word_and_its_date_in_the_interface_language(
        store: Store, language: str) -> None:
    """A status inside a sentence is the vocabulary's word, a date is the locale's date: no English left."""
    from datetime import timedelta

    from desktop.labels import day, label
    from planning import booking_service, movements
    from planning.vocabulary import MovementStatus
    from tests.conftest import TODAY
    from tests.unit.planning.test_booking_service import family_whose_assurance_ends
    from tests.unit.planning.test_movements import flight

    movement_id = movements.add_movement(store, flight("TK-9"))
    cancelled = movements.cancel_movement(store, movement_id, 1, "the airline cancelled")
    with pytest.raises(ValidationError) as caught:
        movements.cancel_movement(store, movement_id, cancelled.version, "again")
    status = error_text(caught.value)
    assert caught.value.message == "status: movement TK-9 has cancelled; it cannot be cancelled"
    assert label(MovementStatus.CANCELLED).lower() in status.lower() and "TK-9" in status.replace("\u2060", "")

    family = family_whose_assurance_ends(store, 20)
    departure = TODAY + timedelta(days=25)
    late = movements.add_movement(store, flight("LATE", on=departure))
    with pytest.raises(SafeguardError) as refused:
        booking_service.book(store, family.case_id, late)
    error = refused.value
    assert error.message.startswith(f"S5: {family.reference} cannot travel on {departure.isoformat()}: ")
    when = error_text(error)
    plain = when.replace("\u2060", "").replace("\u00a0", " ")
    assert day(departure) in plain and departure.isoformat() not in plain, when
    names = (family.reference, "S5", "Georgia", "Giorgi", "Beridze", "Nino", "Ana", "GEO-READ-1", "GEO")
    if language == "fr":
        assert "annulé" in status and not english_words(status, caught.value.message, values=("TK-9",)), status
        assert "ne peut pas voyager le" in when and "autres motifs" in when
        assert not english_words(when, error.message, values=names), when
    else:
        assert "ملغاة" in status and not re.search(r"[A-Za-z]", status.replace("\u2060", "").replace("TK-9", ""))
        latin = set(re.findall(r"[A-Za-z][A-Za-z0-9-]*", plain)) - set(names)
        assert "السفر بتاريخ" in when and not latin, (latin, when)


def test_a_follow_up_refused_by_its_checks_reads_in_the_interface_language(language: str) -> None:
    from datetime import date

    from monitoring.followups import FollowUpEntry, validate
    from planning.storage.models import MonitoringPlan
    from planning.storage.models.monitoring import ContactMode, FollowUpStatus
    from planning.vocabulary import MonitoringLevel

    plan = MonitoringPlan(arrived_on=date(2026, 6, 1), mode=MonitoringLevel.PASSIVE)
    errors = []
    for entry in (FollowUpEntry(date(2026, 5, 1), ContactMode.PHONE, True),
                  FollowUpEntry(date(2026, 6, 2), ContactMode.VISIT, True),
                  FollowUpEntry(date(2026, 6, 2), ContactMode.PHONE, False, economic_score=3)):
        with pytest.raises(ValidationError) as refused:
            validate(entry, plan, date(2026, 6, 10))
        errors.append(refused.value)
    errors.append(ValidationError("follow_up", "follow_up.logged", 7, status=FollowUpStatus.DONE))
    assert [e.key for e in errors] == ["follow_up.before_arrival", "follow_up.visit_not_authorised",
                                       "follow_up.score_without_contact", "follow_up.logged"]
    assert errors[0].message == "done_on: 2026-05-01 is before the arrival on 2026-06-01"
    for error in errors:
        text = error_text(error)
        assert text != error.message and not english_words(text, error.message), text
        if language == "ar":
            assert not re.search(r"[A-Za-z]", text) and not ARABIC_INDIC.search(text), text
    before = error_text(errors[0])
    if language == "fr":
        assert "01/05/2026" in before and "01/06/2026" in before
    else:
        assert "2026" in before.replace("\u2060", "")


def test_a_legs_problem_reads_under_the_legs_table_in_the_interface_language(language: str) -> None:
    from desktop.dialogs.movement import leg_error

    error = leg_error(ValidationError("legs[2].departure_at", "leg.first_departure", None))
    assert isinstance(error, ValidationError) and error.field == "legs" and error.key == "leg.problem"
    assert error.message == "legs: Leg 2, departure: the first leg must leave at the movement's departure"
    text = error_text(error)
    assert not english_words(text, error.message), text
    if language == "fr":
        assert text.startswith("étapes : Étape 2, départ : "), text
    else:
        assert not re.search(r"[A-Za-z]", text) and not ARABIC_INDIC.search(text), text


@pytest.mark.parametrize(("code", "expected"), [("en", "Member 2 — Sex"), ("fr", "Membre 2 — Sexe"),
                                                ("ar", "الفرد 2 — الجنس")])
def test_a_member_field_is_named_by_the_member_s_number_and_the_field_s_name(
        store: Store, qapp: QApplication, tmp_path: Path, code: str, expected: str) -> None:
    """Not 'members[1].sex': the field path of the second member's sex, as a coordinator reads it."""
    from datetime import date

    from desktop.service_text import field
    from planning import cases
    from planning.vocabulary import ReferralSource, Relationship, Sex

    i18n.install(qapp, code, tmp_path / "qm")
    try:
        with pytest.raises(ValidationError) as raised:
            cases.open_case(store, cases.CaseDraft(
                referral_source=ReferralSource.RECEPTION_CENTRE, country="GEO", members=(
                    cases.PersonDraft("Giorgi", "Beridze", date(1985, 3, 2), Sex.MALE, "GEO", Relationship.HEAD),
                    cases.PersonDraft("Nino", "Beridze", date(1988, 7, 9), None, "GEO", Relationship.SPOUSE))))
        error = raised.value
        assert error.field == "members[1].sex"
        assert field(error.field) == expected and error_text(error).startswith(expected)
        assert "members[" not in error_text(error)
    finally:
        i18n.reset()
