"""Role checks in the services: a read-only user changes nothing, a monitor cannot touch assurances.

Each changing service is called, as a read-only user, on a real record built by a coordinator; it must
refuse with `PermissionDenied` naming the user, the role and the action, and write nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from functools import cached_property
from pathlib import Path

import pytest
from sqlalchemy import select

from monitoring import arrival, attachments, compliance_report, followups, places, review, schedule
from monitoring.attachments import NewAttachment
from monitoring.followups import FollowUpEntry
from monitoring.plans import PlanSummary
from monitoring.review import ReviewDecision
from monitoring.visit_form import print_visit_form
from planning import (
    booking_service,
    cases,
    checkin,
    counselling,
    countries,
    minors,
    movement_import,
    movements,
    protection,
    travel,
    voluntariness,
)
from planning.booking_service import BookingResult
from planning.demo import generate
from planning.documents.assurance_summary import print_assurance_summary
from planning.documents.declaration import print_declaration
from planning.documents.manifest import print_manifest
from planning.documents.office import OfficeDraft, save_office
from planning.documents.travel_letter import print_travel_letter, travel_letters
from planning.errors import PermissionDenied
from planning.referral_import import ImportOptions, apply, check
from planning.scheduling import greedy
from planning.scheduling.acceptance import accept_plan
from planning.scheduling.from_database import build_instance
from planning.security import field_keys
from planning.security.permissions import GRANTS, Permission, may, require
from planning.storage.base import Base
from planning.storage.models import (
    Advisory,
    Assurance,
    BestInterestsDetermination,
    Booking,
    Case,
    Movement,
    Person,
    ProtectionReferral,
    TravelDocument,
    Vulnerability,
)
from planning.storage.models.monitoring import ContactMode, FollowUpStatus, ReviewOutcome
from planning.storage.store import Store
from planning.vocabulary import (
    AssuranceKind,
    AssuranceScope,
    AssuranceStatus,
    BestInterestsOutcome,
    CounsellingOutcome,
    ProtectionOutcome,
    ReferralAuthority,
    ReferralSource,
    Relationship,
    Role,
    Sex,
    TravelDocumentKind,
    TravelDocumentStatus,
    VoluntarinessKind,
    VulnerabilityKind,
)
from tests.conftest import TODAY
from tests.scenarios import COUNTRY, TOPICS, Family, ready_family
from tests.unit.monitoring.helpers import arrived_family, as_of, family_ready, fly_home, follow_ups, row_counts
from tests.unit.planning.test_movement_import import GOOD
from tests.unit.planning.test_movements import flight
from tests.unit.planning.test_referral_import import DATA

Call = Callable[[Store], object]


def bind(service: Callable[..., object], *args: object, **kwargs: object) -> Call:
    """The service call with its arguments worked out now, before the refusal is awaited."""
    return lambda store: service(store, *args, **kwargs)


def version(store: Store, model: type[Base], key: int) -> int:
    with store.reading() as session:
        row = session.get(model, key)
        assert row is not None
        return int(row.version)  # type: ignore[attr-defined]


class World:
    """Records a coordinator made, built only when a case needs them."""

    def __init__(self, store: Store, tmp_path: Path) -> None:
        self.store = store
        self.tmp_path = tmp_path

    @cached_property
    def family(self) -> Family:
        return ready_family(self.store)

    @cached_property
    def assurance_id(self) -> int:
        self.family  # noqa: B018  (the ready family brings the country's assurances)
        with self.store.reading() as session:
            return int(session.scalars(select(Assurance.id).where(Assurance.kind == AssuranceKind.READMISSION)).one())

    @cached_property
    def movement_id(self) -> int:
        return movements.add_movement(self.store, flight("TK-9", on=TODAY + timedelta(days=10)))

    @cached_property
    def booking(self) -> BookingResult:
        return booking_service.book(self.store, self.family.case_id, self.movement_id)

    @cached_property
    def landed(self) -> int:
        """A movement home that arrived today, its monitoring plans not yet started."""
        return fly_home(self.store, [family_ready(self.store, "ARM", "Yerevan")], "ARM")

    @cached_property
    def arrived(self) -> tuple[Family, PlanSummary]:
        return arrived_family(self.store)

    @cached_property
    def follow_up_id(self) -> int:
        _, plan = self.arrived
        return next(f.id for f in follow_ups(self.store, plan.plan_id) if f.status is FollowUpStatus.DUE)

    def referral(self) -> int:
        return protection.raise_concern(self.store, self.family.father, TODAY, "Fears return")

    def vulnerability(self) -> int:
        return cases.record_vulnerability(self.store, self.family.mother, VulnerabilityKind.PREGNANCY, TODAY)


def person() -> cases.PersonDraft:
    return cases.PersonDraft("Ana", "Beridze", date(1990, 1, 1), Sex.FEMALE, COUNTRY, Relationship.OTHER_RELATIVE)


def advisory(code: str = COUNTRY) -> countries.AdvisoryDraft:
    return countries.AdvisoryDraft(country=code, issued_by="UNHCR", summary="Returns suspended", in_force_from=TODAY)


def assurance() -> countries.AssuranceDraft:
    return countries.AssuranceDraft(
        country="ARM", kind=AssuranceKind.READMISSION, issuing_authority="Ministry", reference="ARM-1",
        scope=AssuranceScope.NATIONALS, valid_from=TODAY, valid_to=TODAY + timedelta(days=90))


def entry() -> FollowUpEntry:
    return FollowUpEntry(done_on=TODAY, mode=ContactMode.PHONE, contact_made=True, readmitted_without_problems=True)


def _refer(w: World) -> Call:
    referral = w.referral()
    return bind(protection.refer, referral, version(w.store, ProtectionReferral, referral),
                                      ReferralAuthority.UNHCR, TODAY)


def _outcome(w: World) -> Call:
    referral = w.referral()
    return bind(protection.record_outcome, referral, version(w.store, ProtectionReferral, referral),
                                               ProtectionOutcome.NEEDS_PROTECTION, TODAY, "UNHCR-1")


def _end_vulnerability(w: World) -> Call:
    key = w.vulnerability()
    return bind(cases.end_vulnerability, key, version(w.store, Vulnerability, key), TODAY)


def _end_advisory(w: World) -> Call:
    key = countries.add_advisory(w.store, advisory())
    return bind(countries.end_advisory, key, version(w.store, Advisory, key), TODAY)


def _document_status(w: World) -> Call:
    with w.store.reading() as session:
        key = session.scalars(select(TravelDocument.id).where(TravelDocument.person_id == w.family.father)).one()
    return bind(travel.set_document_status, key, version(w.store, TravelDocument, key),
                                                TravelDocumentStatus.LOST)


def _confirm_reception(w: World) -> Call:
    key = minors.record_determination(w.store, w.family.child, minors.DeterminationDraft(
        TODAY, "Best-interests panel", BestInterestsOutcome.RETURN_IN_BEST_INTERESTS))
    return bind(minors.confirm_reception, key, version(w.store, BestInterestsDetermination, key), TODAY,
                                              "Grandparents in Tbilisi")


def _import_movements(w: World) -> Call:
    preview = movement_import.preview_import(w.store, GOOD.encode(), "csv")
    return bind(movement_import.apply_import, preview)


def _import_referrals(w: World) -> Call:
    preview = check(w.store, DATA / "good.csv", ImportOptions(source=ReferralSource.RECEPTION_CENTRE))
    return bind(apply, preview)


def _accept_plan(w: World) -> Call:
    w.family, w.movement_id  # noqa: B018
    instance, _ = build_instance(w.store, TODAY, TODAY + timedelta(days=30))
    plan = greedy.plan(instance)
    assert plan
    return bind(accept_plan, instance, plan)


def _check_in(w: World) -> Call:
    w.booking  # noqa: B018
    return bind(checkin.check_in, w.movement_id, w.family.father)


def _departure(w: World) -> Call:
    w.booking  # noqa: B018
    return bind(checkin.record_departure, w.movement_id, datetime.now(UTC) - timedelta(hours=1))


def _arrival(w: World) -> Call:
    w.booking  # noqa: B018
    return bind(checkin.record_arrival, w.movement_id, datetime.now(UTC))


def _move_booking(w: World) -> Call:
    other = movements.add_movement(w.store, flight("TK-10", on=TODAY + timedelta(days=12)))
    return bind(booking_service.move_booking, w.booking.booking_id, w.booking.version, other)


CASES: dict[str, Callable[[World], Call]] = {
    "cases.open_case": lambda w: bind(cases.open_case, cases.CaseDraft(
        ReferralSource.NGO, COUNTRY, (cases.PersonDraft("Levan", "Kapanadze", date(1980, 5, 5), Sex.MALE, COUNTRY),))),
    "cases.add_member": lambda w: bind(cases.add_member, w.family.case_id, person()),
    "cases.update_person": lambda w: bind(cases.update_person,
        w.family.mother, version(w.store, Person, w.family.mother), person()),
    "cases.update_case": lambda w: bind(cases.update_case,
        w.family.case_id, version(w.store, Case, w.family.case_id), region_of_return="Batumi", referral_note=None),
    "cases.record_vulnerability": lambda w: bind(cases.record_vulnerability,
        w.family.mother, VulnerabilityKind.PREGNANCY, TODAY),
    "cases.end_vulnerability": _end_vulnerability,
    "cases.close_case": lambda w: bind(cases.close_case,
        w.family.case_id, version(w.store, Case, w.family.case_id), TODAY, "Moved away"),
    "counselling.record_session": lambda w: bind(counselling.record_session, w.family.case_id,
        counselling.SessionDraft(TODAY, "A. Counsellor", "ka", TOPICS, CounsellingOutcome.CONTINUE)),
    "voluntariness.record": lambda w: bind(voluntariness.record, w.family.father, voluntariness.Expression(
        kind=VoluntarinessKind.REFUSED, occurred_on=TODAY, counsellor="A. Counsellor", language="ka",
        statement="I will not go")),
    "protection.raise_concern": lambda w: bind(protection.raise_concern, w.family.father, TODAY, "Afraid"),
    "protection.refer": _refer,
    "protection.record_outcome": _outcome,
    "countries.save_profile": lambda w: bind(countries.save_profile,
        "ARM", countries.ProfileDraft(irregular_exit_punished=True)),
    "countries.add_assurance": lambda w: bind(countries.add_assurance, assurance()),
    "countries.set_assurance_status": lambda w: bind(countries.set_assurance_status,
        w.assurance_id, version(w.store, Assurance, w.assurance_id), AssuranceStatus.REVOKED, "Withdrawn"),
    "countries.attach_scan": lambda w: bind(countries.attach_scan,
        w.assurance_id, version(w.store, Assurance, w.assurance_id), "letter.pdf", b"%PDF-1.4 scan"),
    "countries.add_advisory": lambda w: bind(countries.add_advisory, advisory()),
    "countries.end_advisory": _end_advisory,
    "travel.add_document": lambda w: bind(travel.add_document, w.family.child, travel.DocumentDraft(
        kind=TravelDocumentKind.PASSPORT, number="GE9999999", issuing_country=COUNTRY,
        issued_on=TODAY - timedelta(days=10), valid_until=TODAY + timedelta(days=900))),
    "travel.set_document_status": _document_status,
    "travel.add_clearance": lambda w: bind(travel.add_clearance, w.family.mother, travel.ClearanceDraft(
        TODAY, "Dr Kapanadze", True, TODAY + timedelta(days=30))),
    "minors.record_determination": lambda w: bind(minors.record_determination, w.family.child,
        minors.DeterminationDraft(TODAY, "Panel", BestInterestsOutcome.RETURN_IN_BEST_INTERESTS)),
    "minors.confirm_reception": _confirm_reception,
    "movements.add_movement": lambda w: bind(movements.add_movement, flight("TK-77")),
    "movements.update_movement": lambda w: bind(movements.update_movement,
        w.movement_id, version(w.store, Movement, w.movement_id), flight("TK-9", capacity=4)),
    "movements.cancel_movement": lambda w: bind(movements.cancel_movement,
        w.movement_id, version(w.store, Movement, w.movement_id), "Strike"),
    "movement_import.apply_import": _import_movements,
    "scheduling.accept_plan": _accept_plan,
    "booking_service.book": lambda w: bind(booking_service.book, w.family.case_id, w.movement_id),
    "booking_service.move_booking": _move_booking,
    "booking_service.remove_booking": lambda w: bind(booking_service.remove_booking,
        w.booking.booking_id, w.booking.version, "Changed plans"),
    "booking_service.set_locked": lambda w: bind(booking_service.set_locked,
        w.booking.booking_id, version(w.store, Booking, w.booking.booking_id), True),
    "checkin.check_in": _check_in,
    "checkin.record_departure": _departure,
    "checkin.record_arrival": _arrival,
    "referral_import.apply": _import_referrals,
    "demo.generate": lambda w: bind(generate, 2, 1),
    "arrival.after_arrival": lambda w: bind(arrival.after_arrival, w.landed),
    "arrival.ensure_plans": lambda w: (w.landed, bind(arrival.ensure_plans))[1],
    "followups.log_follow_up": lambda w: bind(followups.log_follow_up, w.follow_up_id, entry()),
    "attachments.attach": lambda w: bind(attachments.attach,
        w.follow_up_id, [NewAttachment("photo.jpg", b"\xff\xd8\xff\xe0 jpeg")]),
    "compliance_report.issue_report": lambda w: (w.arrived, bind(compliance_report.issue_report,
        COUNTRY, TODAY - timedelta(days=90), TODAY))[1],
    "schedule.set_schedule": lambda w: bind(schedule.set_schedule, (1, 2, 6, 12)),
    "review.decide": lambda w: bind(review.decide, ReviewDecision(COUNTRY, ReviewOutcome.RESTORE, "Fine")),
    "places.set_place": lambda w: bind(places.set_place, w.family.case_id, places.PlaceDraft(
        "12 Rustaveli Avenue", 41.69, 44.80)),
    "places.save_field_office": lambda w: bind(places.save_field_office, places.FieldOfficeDraft(
        COUNTRY, "Tbilisi office", 41.7, 44.8, time(9), time(17))),
    "documents.print_declaration": lambda w: bind(print_declaration, w.family.reference),
    "documents.print_travel_letter": lambda w: (w.booking, bind(print_travel_letter, w.family.reference))[1],
    "documents.travel_letters": lambda w: (w.booking, bind(lambda s, m: list(travel_letters(s, m)), w.movement_id))[1],
    "documents.print_manifest": lambda w: (w.booking, bind(print_manifest, w.movement_id))[1],
    "documents.print_assurance_summary": lambda w: (w.family, bind(print_assurance_summary, COUNTRY))[1],
    "documents.save_office": lambda w: bind(save_office, OfficeDraft("Homeward Tbilisi office")),
    "visit_form.print_visit_form": lambda w: bind(print_visit_form, w.follow_up_id),
    "field_keys.import_field_key": lambda w: bind(field_keys.import_field_key,
        w.tmp_path / "field.key", "a long passphrase"),
}


@pytest.mark.parametrize("service", sorted(CASES))
def test_a_read_only_user_changes_nothing(store: Store, tmp_path: Path, service: str) -> None:
    call = CASES[service](World(store, tmp_path))
    before = row_counts(store)

    with pytest.raises(PermissionDenied) as denied:
        call(as_of(store, TODAY, Role.READ_ONLY, "rita"))

    assert denied.value.key.startswith("permission.")
    assert str(denied.value).startswith("rita (read-only user) may not ")
    assert row_counts(store) == before


ASSURANCE_CHANGES = ["countries.save_profile", "countries.add_assurance", "countries.set_assurance_status",
                     "countries.attach_scan", "countries.add_advisory", "countries.end_advisory"]


@pytest.mark.parametrize("service", ASSURANCE_CHANGES)
def test_a_monitor_cannot_edit_assurances(store: Store, tmp_path: Path, service: str) -> None:
    call = CASES[service](World(store, tmp_path))
    before = row_counts(store)

    with pytest.raises(PermissionDenied) as denied:
        call(as_of(store, TODAY, Role.MONITOR, "mona"))

    assert str(denied.value) == ("mona (monitor) may not change country profiles, assurances and advisories: "
                                 "only a coordinator or data-protection officer may")
    assert denied.value.key == "permission.edit_countries"
    assert row_counts(store) == before


@pytest.mark.parametrize("service", ["followups.log_follow_up", "places.set_place"])
def test_a_monitor_does_the_monitoring(store: Store, tmp_path: Path, service: str) -> None:
    call = CASES[service](World(store, tmp_path))
    call(as_of(store, TODAY, Role.MONITOR, "mona"))


def test_the_coordinator_does_what_the_read_only_user_may_not(store: Store, tmp_path: Path) -> None:
    world = World(store, tmp_path)
    for service in ("countries.add_assurance", "booking_service.book", "cases.record_vulnerability"):
        CASES[service](world)(store)
    with store.reading() as session:
        assert session.scalars(select(Booking)).one().case_id == world.family.case_id


def test_the_table() -> None:
    assert GRANTS[Role.DATA_PROTECTION_OFFICER] == frozenset(Permission)
    assert GRANTS[Role.READ_ONLY] == {Permission.READ}
    only_the_officer = {Permission.MANAGE_USERS, Permission.MANAGE_KEYS, Permission.VIEW_AUDIT,
                        Permission.EXPORT_PERSONAL_DATA, Permission.PURGE}
    for permission in only_the_officer:
        assert [role for role in Role if may(role, permission)] == [Role.DATA_PROTECTION_OFFICER]
    assert not may(Role.MONITOR, Permission.EDIT_COUNTRIES)
    assert may(Role.MONITOR, Permission.RECORD_FOLLOW_UPS) and may(Role.COORDINATOR, Permission.EDIT_COUNTRIES)


def test_require_names_who_may(store: Store) -> None:
    require(store, Permission.BOOK)
    with pytest.raises(PermissionDenied) as denied:
        require(store, Permission.PURGE)
    assert str(denied.value) == ("coordinator1 (coordinator) may not anonymise or purge records: "
                                 "only a data-protection officer may")


def test_each_refusal_names_the_action_and_the_roles_granted_it() -> None:
    from planning import messages
    from planning.labels import in_sentence
    from planning.security.permissions import Permission, roles_with

    for permission in Permission:
        allowed = [in_sentence(role) for role in roles_with(permission)]
        who = allowed[0] if len(allowed) == 1 else ", ".join(allowed[:-1]) + " or " + allowed[-1]
        assert messages.TEMPLATES[permission.code] == (
            f"{{user}} ({{role}}) may not {permission.value}: only a {who} may"), permission
