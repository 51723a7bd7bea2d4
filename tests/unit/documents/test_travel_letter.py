"""The travel letter: what it says, who gets one (ready on the travel date, never after involvement ended), batches."""

from __future__ import annotations

import base64
from datetime import UTC, datetime, time, timedelta

import pytest
from cryptography.exceptions import InvalidSignature
from sqlalchemy import update

from planning import checkin
from planning.documents import travel_letter
from planning.documents.texts import _data
from planning.documents.travel_letter import print_travel_letter, travel_letters
from planning.documents.verification import Status, verify
from planning.errors import SafeguardError, ValidationError
from planning.storage.models import MovementLeg, TravelDocument
from planning.storage.store import Store
from planning.vocabulary import VoluntarinessKind
from tests.conftest import TODAY
from tests.scenarios import declare, ready_family
from tests.unit.documents import pdftext
from tests.unit.documents.helpers import EMERGENCY, booked_family, issues, office, speaks
from tests.unit.monitoring.helpers import as_of


def test_the_letter_names_the_travellers_each_leg_and_the_contacts(any_store: Store) -> None:
    office(any_store)
    booked = booked_family(any_store)
    printed = print_travel_letter(any_store, booked.family.reference)
    text = pdftext.text(printed.pdf)
    for expected in ("Giorgi Beridze", "Nino Beridze", "Luka Beridze", "2 March 1985", booked.family.reference,
                     "TK-1", "BRU", "IST", "TBS", "11 June 2026, 11:00", "UTC+2 · 09:00 UTC", "11 June 2026, 18:00",
                     "UTC+4 · 17:00 UTC",
                     "Turkish Airlines", "Georgia, Tbilisi", EMERGENCY, "Return Office Brussels", printed.code,
                     "23 kg"):
        assert expected in text, expected
    assert pdftext.has_words(text, "transit visa required")
    assert "In transit at IST" in text and "A transit visa is required at IST" in text
    assert f"GE{booked.family.father:07d}" in text  # the passport number
    assert verify(any_store, printed.code).status is Status.MATCH


def test_a_farsi_speaking_household_gets_the_instructions_in_farsi(store: Store) -> None:
    office(store)
    booked = booked_family(store)
    speaks(store, booked.family.father, "fa", "احمد", "کریمی")
    text = pdftext.text(print_travel_letter(store, booked.family.reference).pdf)
    assert pdftext.has_words(text, "احمد کریمی")
    assert pdftext.has_words(text, "نامه سفر")  # the title
    assert pdftext.has_words(text, "در ترانزیت در IST: در منطقه ترانزیت بین‌المللی بمانید")
    assert pdftext.has_words(text, "شماره اضطراری شبانه‌روزی: +32 470 00 11 22")
    assert "Giorgi Beridze" in text  # the transliteration kept aside


def test_an_arabic_speaking_household_reads_arabic_with_numbers_intact(store: Store) -> None:
    office(store)
    booked = booked_family(store)
    speaks(store, booked.family.father, "ar")
    text = pdftext.text(print_travel_letter(store, booked.family.reference).pdf)
    assert pdftext.has_words(text, "الأمتعة: حقيبة مسجلة واحدة حتى 23 كغ وحقيبة يد واحدة حتى 8 كغ لكل شخص")
    assert pdftext.has_words(text, "للطوارئ على مدار الساعة: +32 470 00 11 22")


def test_a_missing_translation_is_printed_in_english_marked(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    office(store)
    booked = booked_family(store)
    speaks(store, booked.family.father, "fr")
    monkeypatch.delitem(_data()["texts"]["tl_keep"], "fr")
    text = pdftext.text(print_travel_letter(store, booked.family.reference).pdf)
    assert "Lettre de voyage" in text
    assert "[English] Keep this letter with your travel document" in text


def test_a_language_without_any_texts_gets_one_column(store: Store) -> None:
    office(store)
    booked = booked_family(store)
    speaks(store, booked.family.father, "ka")
    text = pdftext.text(print_travel_letter(store, booked.family.reference).pdf)
    assert "[English]" not in text
    assert text.count("In transit at IST") == 1


def test_no_letter_for_a_case_not_ready_on_its_travel_date(any_store: Store) -> None:
    booked = booked_family(any_store)
    # The passports run out the day before the flight.
    with any_store.transaction() as session:
        session.execute(update(TravelDocument).values(valid_until=TODAY + timedelta(days=9)))
    with pytest.raises(SafeguardError, match="not ready to travel on 2026-06-11") as refused:
        print_travel_letter(any_store, booked.family.reference)
    assert refused.value.safeguard == "S10"
    assert "S10" in refused.value.message and "Giorgi Beridze" in refused.value.message
    # The refusal is a key and typed values: the day as a date, the readiness reasons themselves.
    assert refused.value.key == "document.not_ready" and refused.value.param("day") == TODAY + timedelta(days=10)
    assert refused.value.param("why") == refused.value.reasons and refused.value.reasons[0].code.startswith("S10.")
    assert issues(any_store) == 0


def test_never_a_letter_once_involvement_ended(any_store: Store) -> None:
    booked = booked_family(any_store)
    declare(any_store, booked.family.father, TODAY, VoluntarinessKind.FORCE_NEEDED)
    with pytest.raises(SafeguardError) as refused:
        print_travel_letter(any_store, booked.family.reference)
    assert refused.value.safeguard == "S3"
    assert issues(any_store) == 0


def test_a_case_not_booked_gets_no_letter(store: Store) -> None:
    family = ready_family(store)
    with pytest.raises(ValidationError, match="not booked on a movement") as refused:
        print_travel_letter(store, family.reference)
    assert refused.value.key == "document.not_booked" and refused.value.param("reference") == family.reference


def test_a_changed_itinerary_supersedes_the_printed_letter(any_store: Store) -> None:
    office(any_store)
    booked = booked_family(any_store)
    printed = print_travel_letter(any_store, booked.family.reference)
    with any_store.transaction() as session:
        session.execute(update(MovementLeg).where(MovementLeg.sequence == 2)
                        .values(carrier="Georgian Airways"))
    result = verify(any_store, printed.code)
    assert result.status is Status.SUPERSEDED
    assert any("legs[1].carrier" in reason.english() for reason in result.reasons)


def test_a_withdrawal_after_printing_supersedes_the_letter(any_store: Store) -> None:
    office(any_store)
    booked = booked_family(any_store)
    printed = print_travel_letter(any_store, booked.family.reference)
    declare(any_store, booked.family.mother, TODAY, VoluntarinessKind.WITHDRAWN)  # cancels the booking (S2)
    result = verify(any_store, printed.code)
    assert result.status is Status.SUPERSEDED
    assert any("booking" in reason.english() for reason in result.reasons)


def test_a_batch_prints_the_ready_and_skips_the_others_with_the_reason(any_store: Store) -> None:
    office(any_store)
    first = booked_family(any_store)
    second = booked_family(any_store, movement_id=first.movement_id)
    with any_store.transaction() as session:
        session.execute(update(TravelDocument).where(TravelDocument.person_id.in_(second.family.members))
                        .values(valid_until=TODAY + timedelta(days=9)))
    outcomes = {o.reference: o for o in travel_letters(any_store, first.movement_code)}
    assert set(outcomes) == {first.family.reference, second.family.reference}
    assert outcomes[first.family.reference].printed is not None
    skipped = outcomes[second.family.reference]
    assert skipped.printed is None and skipped.refused is not None and "S10" in skipped.refused.message
    assert issues(any_store) == 1
    assert travel_letter.booked_cases(any_store, str(first.movement_id)) == sorted(outcomes)


def test_the_letter_stays_valid_through_check_in_and_departure(any_store: Store) -> None:
    office(any_store)
    booked = booked_family(any_store)
    printed = print_travel_letter(any_store, booked.family.reference)
    on_the_day = as_of(any_store, TODAY + timedelta(days=10))
    for person in booked.family.members:
        checkin.check_in(on_the_day, booked.movement_id, person)
    checkin.record_departure(on_the_day, booked.movement_id, datetime.combine(TODAY + timedelta(days=10),
                                                                             time(9, 20), UTC))
    assert verify(any_store, printed.code).status is Status.MATCH
    with pytest.raises(ValidationError, match="already left"):
        print_travel_letter(on_the_day, booked.family.reference)


def test_a_child_returning_alone_is_met_as_arranged(store: Store) -> None:
    office(store)
    from planning import booking_service
    from tests.unit.documents.helpers import istanbul_flight, unaccompanied_child

    reference, case_id, _ = unaccompanied_child(store)
    booking_service.book(store, case_id, istanbul_flight(store))
    text = pdftext.text(print_travel_letter(store, reference).pdf)
    assert pdftext.has_words(text, "Dato Kapanadze will be met on arrival: Aunt in Kutaisi, visited by social services")
    assert pdftext.has_words(text, "An escort travels with you (children: 1)")
    assert "Emergency travel document ETD1" in text


def test_no_letter_before_the_office_has_an_address_and_a_24_hour_line(store: Store) -> None:
    booked = booked_family(store)
    with pytest.raises(ValidationError) as refused:
        print_travel_letter(store, booked.family.reference)
    assert refused.value.key == "office.incomplete"
    assert "Administration › Office" in refused.value.message
    assert "address" in refused.value.message and "24-hour emergency line" in refused.value.message
    assert issues(store) == 0


def test_the_letter_shows_flights_local_times_and_who_signs_once_per_name(store: Store) -> None:
    office(store)
    booked = booked_family(store)
    speaks(store, booked.family.father, "en")  # one language: the whole letter on one page
    text = pdftext.text(print_travel_letter(store, booked.family.reference).pdf)
    assert "TK 1938" in text and "TK 378" in text
    assert "Claire Dubois" in text and "Head of the return office" in text and "Office stamp" in text
    assert "Rue Montoyer 40" in text
    assert text.count("Giorgi Beridze") == 1  # no Latin line repeating the name as written
    assert pdftext.page_count(print_travel_letter(store, booked.family.reference).pdf) == 1


def test_the_qr_code_states_the_facts_signed_and_the_public_key_alone_checks_them(store: Store) -> None:
    import pypdfium2
    import zxingcpp
    from cryptography.hazmat.primitives.serialization import load_pem_public_key

    from planning.documents.signing import public_keys
    from planning.documents.statement import Statement

    office(store)
    booked = booked_family(store)
    printed = print_travel_letter(store, booked.family.reference)
    page = pypdfium2.PdfDocument(printed.pdf)[0]
    found = zxingcpp.read_barcodes(page.render(scale=200 / 72).to_pil())
    assert [symbol.text for symbol in found] == [printed.issued.statement.text()]
    statement = Statement.parse(found[0].text)
    assert ("person 1 name", "Giorgi Beridze") in statement.fields()
    assert statement.stated.travel_date == "2026-06-11" and statement.stated.movement == "TK-1 BRU-IST-TBS"
    assert statement.stated.people[0].document == f"GE{booked.family.father:07d}"
    with store.reading() as session:
        (key,) = public_keys(session).values()
    assert statement.key == key.display_id
    # What a border office does with the published key and nothing of Homeward: Ed25519 over the lines above.
    public = load_pem_public_key(key.pem.encode())
    signature = statement.signature or ""
    raw = base64.urlsafe_b64decode(signature + "=" * (-len(signature) % 4))
    public.verify(raw, found[0].text.rsplit("\nsignature: ", 1)[0].encode() + b"\n")  # type: ignore[union-attr]
    forged = found[0].text.replace("Giorgi Beridze", "Giorgi Beridse")
    with pytest.raises(InvalidSignature):
        public.verify(raw, forged.rsplit("\nsignature: ", 1)[0].encode() + b"\n")  # type: ignore[union-attr]


def test_a_latin_spelling_equal_to_the_name_is_not_printed_twice(store: Store) -> None:
    from planning.storage.models import Person

    office(store)
    booked = booked_family(store)
    with store.transaction() as session:
        person = session.get(Person, booked.family.father)
        assert person is not None
        person.given_names_latin, person.family_name_latin = person.given_names, person.family_name
    text = pdftext.text(print_travel_letter(store, booked.family.reference).pdf)
    assert text.count("Giorgi Beridze") == 1
