"""Visit routes from the database: which follow-ups become visits, their windows, the field office as depot,
households left out with reasons; end-to-end plans checked by the independent validator; places services."""

from __future__ import annotations

from datetime import date, time, timedelta
from typing import Any

import pytest
from sqlalchemy import select

from monitoring.arrival import ensure_plans
from monitoring.followups import FollowUpEntry, log_follow_up
from monitoring.places import (
    FieldOfficeDraft,
    PlaceDraft,
    field_offices,
    place_of,
    save_field_office,
    set_place,
)
from monitoring.routes.from_database import (
    RouteRequest,
    areas,
    build,
    clock,
    plan_routes,
    visit_window,
)
from monitoring.routes.instance import Location, hhmm
from monitoring.routes.printout import route_printout, sketch
from monitoring.routes.validator import violations
from planning.demo import generate
from planning.demo.places import SPREAD_KM, towns
from planning.documents.verification import Status, verify
from planning.errors import ConflictError, PermissionDenied, ValidationError
from planning.storage.models import AuditEntry, Case, CountryProfile, HouseholdPlace, MonitoringPlan
from planning.storage.models.monitoring import ContactMode, FollowUpKind
from planning.storage.store import Store
from planning.vocabulary import Role, VulnerabilityKind
from tests.conftest import TODAY
from tests.scenarios import assurances
from tests.unit.documents.pdftext import has_words, page_count
from tests.unit.documents.pdftext import pages as pdf_pages
from tests.unit.documents.pdftext import text as pdf_text
from tests.unit.monitoring.helpers import add_monitor, arrived_family, as_of, follow_ups

VOT = VulnerabilityKind.VICTIM_OF_TRAFFICKING
TBILISI = Location(41.7151, 44.8271)
MON, FRI = TODAY, TODAY + timedelta(days=4)  # 2026-06-01 is a Monday


def near(km_east: float, km_north: float = 0.0) -> tuple[float, float]:
    return round(TBILISI.lat + km_north / 111.0, 5), round(TBILISI.lon + km_east / 83.0, 5)


def office(store: Store, **changes: Any) -> int:
    values: dict[str, Any] = {"country": "GEO", "name": "Tbilisi field office", "latitude": TBILISI.lat,
                              "longitude": TBILISI.lon, "opens_at": time(9), "closes_at": time(17),
                              "region": "Tbilisi", "address": "12 Rustaveli Avenue"}
    return save_field_office(store, FieldOfficeDraft(**(values | changes)))


def household(store: Store, *, at: tuple[float, float] | None = None, address: str | None = "Street 1",
              kind: VulnerabilityKind | None = VOT, region: str = "Tbilisi") -> int:
    """An arrived household (active monitoring when `kind` is set) living `at` these coordinates."""
    family, _ = arrived_family(store, region=region, kind=kind, with_assurances=False)
    if at is not None or address is not None:
        lat, lon = at if at is not None else (None, None)
        set_place(store, family.case_id, PlaceDraft(address, lat, lon))
    return family.case_id


def request(**changes: Any) -> RouteRequest:
    return RouteRequest(**({"country": "GEO", "region": "Tbilisi", "first_day": MON, "last_day": FRI} | changes))


@pytest.fixture
def georgia(store: Store) -> Store:
    """Georgia authorises active monitoring; a field office in Tbilisi works Monday to Friday, 09:00-17:00."""
    assurances(store, "GEO")
    office(store)
    return store


def test_visit_window_rule() -> None:
    week = tuple(MON + timedelta(days=i) for i in range(5))
    # due within the period: from a week before (never before arrival or the period) to the due date
    assert visit_window(MON + timedelta(days=3), MON - timedelta(days=30), week) == (MON, MON + timedelta(days=3))
    assert visit_window(FRI, MON + timedelta(days=2), week) == (MON + timedelta(days=2), FRI)
    # overdue: any day of the period (the solver puts them as early as it can)
    assert visit_window(MON - timedelta(days=9), MON - timedelta(days=40), week) == (MON, FRI)
    assert visit_window(MON - timedelta(days=1), MON - timedelta(days=5), week[:2]) == (MON, week[1])


def test_the_instance_holds_active_visits_and_field_visits_with_the_office_as_depot(georgia: Store) -> None:
    store = georgia
    routable = household(store, at=near(5))
    passive = household(store, at=near(-4, 3), kind=None)
    no_coordinates = household(store, address="House behind the bakery, Gldani")
    no_place = household(store, address=None)
    elsewhere = household(store, at=near(200), region="Adjara")
    # Missed twice: the passive household's escalation is a field visit (Georgia authorises active monitoring).
    [first] = follow_ups(store, _plan_id(store, passive))[:1]
    log_follow_up(store, first.id, FollowUpEntry(TODAY, ContactMode.PHONE, contact_made=False))
    second = next(f for f in follow_ups(store, _plan_id(store, passive)) if f.kind is FollowUpKind.SECOND_ATTEMPT)
    week_later = as_of(store, TODAY + timedelta(days=7))
    log_follow_up(week_later, second.id, FollowUpEntry(TODAY + timedelta(days=7), ContactMode.PHONE,
                                                       contact_made=False))

    later = as_of(store, date(2026, 6, 15))  # a Monday: the month-0 visits are two weeks overdue
    problem = build(later, request(first_day=date(2026, 6, 15), last_day=date(2026, 6, 26)))

    assert problem.office.name == "Tbilisi field office"
    assert problem.instance.depot == TBILISI
    assert (problem.instance.day_start, problem.instance.day_end) == (hhmm("09:00"), hhmm("17:00"))
    assert problem.instance.days == tuple(date(2026, 6, d) for d in (15, 16, 17, 18, 19, 22, 23, 24, 25, 26))
    assert problem.days_off == (date(2026, 6, 20), date(2026, 6, 21))
    by_case = {h.case_id: h for h in problem.households.values()}
    assert set(by_case) == {routable, passive}
    overdue = by_case[routable]
    assert (overdue.due_on, overdue.overdue_days) == (TODAY, 14)
    assert (overdue.earliest_day, overdue.latest_day) == (date(2026, 6, 15), date(2026, 6, 26))
    assert problem.instance.visits[problem.instance.node(overdue.reference) - 1].urgency == 14
    field_visit = by_case[passive]
    assert field_visit.kinds == (FollowUpKind.FIELD_VISIT,)
    # due 14 days after the second missed attempt (8 June): from a week before to the due date
    assert field_visit.due_on == date(2026, 6, 22) and field_visit.overdue_days == 0
    assert (field_visit.earliest_day, field_visit.latest_day) == (date(2026, 6, 15), date(2026, 6, 22))
    left = {x.case_id: x for x in problem.not_routable}
    assert set(left) == {no_coordinates, no_place}
    assert left[no_coordinates].problem == "no_coordinates" and "coordinates" in left[no_coordinates].reason.english()
    assert left[no_place].problem == "no_place" and left[no_place].fixable_by_place
    assert elsewhere not in by_case and elsewhere not in left


def test_a_follow_up_due_in_the_period_may_be_visited_the_week_before(georgia: Store) -> None:
    store = georgia
    case_id = household(store, at=near(3))
    [month0] = [f for f in follow_ups(store, _plan_id(store, case_id)) if f.month == 0]
    log_follow_up(store, month0.id, FollowUpEntry(TODAY, ContactMode.VISIT, contact_made=True))
    june29 = as_of(store, date(2026, 6, 29))
    problem = build(june29, request(first_day=date(2026, 6, 29), last_day=date(2026, 7, 3)))
    [visit] = problem.instance.visits
    assert (visit.earliest_day, visit.latest_day) == (date(2026, 6, 29), date(2026, 7, 1))
    assert problem.households[visit.id].due_on == date(2026, 7, 1)
    # a follow-up due after the period belongs to a later one
    assert build(june29, request(first_day=date(2026, 6, 29), last_day=date(2026, 6, 30))).instance.visits == ()


def test_planned_routes_respect_windows_and_working_hours_on_both_backends(any_store: Store) -> None:
    store = any_store
    assurances(store, "GEO")
    office(store, opens_at=time(8, 30), closes_at=time(15, 0))
    cases = [household(store, at=near(east, north)) for east, north in ((4, 1), (9, -3), (-6, 5), (15, 8))]
    planned = plan_routes(store, request(service_minutes=60), time_limit_seconds=1)
    problem = planned.problem
    assert violations(problem.instance, planned.plan) == []
    assert planned.visits_scheduled == 4 and planned.left_out == ()
    assert {s.household.case_id for d in planned.days for s in d.stops} == set(cases)
    for day in planned.days:
        assert day.monitor == "Monitor 1"
        assert hhmm("08:30") <= day.leave_office <= day.back_at_office <= hhmm("15:00")
        for stop in day.stops:
            assert stop.household.earliest_day <= day.day <= stop.household.latest_day
            assert stop.departure - stop.arrival == 60
    assert planned.as_dict()["visits_scheduled"] == 4


def test_too_many_visits_for_the_day_are_left_out_with_the_reason(georgia: Store) -> None:
    store = georgia
    add_monitor(store, "mona")
    cases = [household(store, at=near(east)) for east in (6, -6, 0.5)]
    remote = household(store, at=near(600))
    # one morning, one monitor, 45-minute visits: not every household fits
    planned = plan_routes(store, request(last_day=MON, monitors=("mona",), day_start=time(9), day_end=time(10, 30)),
                          time_limit_seconds=1)
    assert violations(planned.problem.instance, planned.plan) == []
    [day] = planned.days
    assert day.monitor == "mona"
    left = {x.case_id: x for x in planned.left_out}
    assert left[remote].problem == "too_far" and "km from Tbilisi field office" in left[remote].reason.english()
    no_room = [x for x in planned.left_out if x.problem == "no_room"]
    assert no_room and all("add a monitor" in x.reason.english() for x in no_room)
    assert len(day.stops) + len(no_room) == len(cases)


def test_two_monitors_share_the_day(georgia: Store) -> None:
    store = georgia
    for east in (5, -5, 7, -7):
        household(store, at=near(east, 2))
    planned = plan_routes(store, request(last_day=MON, monitors_per_day=2, day_end=time(11)), time_limit_seconds=1)
    assert violations(planned.problem.instance, planned.plan) == []
    assert planned.visits_scheduled == 4
    assert {d.monitor for d in planned.days} == {"Monitor 1", "Monitor 2"}


def test_without_a_field_office_the_region_cannot_be_planned(store: Store) -> None:
    assurances(store, "GEO")
    household(store, at=near(1))
    with pytest.raises(ValidationError) as raised:
        build(store, request())
    assert raised.value.field == "region" and "field office" in raised.value.message


@pytest.mark.parametrize(("changes", "field"), [
    ({"country": "Atlantis"}, "country"),
    ({"region": " "}, "region"),
    ({"first_day": TODAY - timedelta(days=1)}, "first_day"),
    ({"last_day": TODAY - timedelta(days=1), "first_day": TODAY}, "last_day"),
    ({"last_day": TODAY + timedelta(days=40)}, "last_day"),
    ({"monitors_per_day": 0}, "monitors_per_day"),
    ({"monitors": ("nobody",)}, "monitors"),
    ({"service_minutes": 2}, "service_minutes"),
    ({"day_start": time(17), "day_end": time(9)}, "day_end"),
    ({"first_day": date(2026, 6, 6), "last_day": date(2026, 6, 7)}, "last_day"),  # a weekend: office closed
])
def test_bad_requests_name_the_field(georgia: Store, changes: dict[str, Any], field: str) -> None:
    with pytest.raises(ValidationError) as raised:
        build(georgia, request(**changes))
    assert raised.value.field == field


def test_areas_name_the_regions_with_active_plans_and_their_office(georgia: Store) -> None:
    household(georgia, at=near(1))
    household(georgia, at=near(1), region="Adjara")
    household(georgia, at=near(1), region="Imereti", kind=None)  # passive: no visits
    assert [(a.country, a.region, a.office) for a in areas(georgia)] == [
        ("GEO", "Adjara", None), ("GEO", "Tbilisi", "Tbilisi field office")]


# -- places ----------------------------------------------------------------------------------------

def test_a_place_is_recorded_updated_and_audited_without_the_address(georgia: Store) -> None:
    store = georgia
    case_id = household(store, address=None)
    empty = place_of(store, case_id)
    assert empty.version == 0 and not empty.has_coordinates
    version = set_place(store, case_id, PlaceDraft("  Vake, 3 Chavchavadze Ave  ", 41.71, 44.75, "Blue gate"), 0)
    place = place_of(store, case_id)
    assert (place.address, place.directions, place.latitude, place.recorded_by) == (
        "Vake, 3 Chavchavadze Ave", "Blue gate", 41.71, store.actor.username)
    assert place.has_coordinates
    set_place(store, case_id, PlaceDraft("Vake, 3 Chavchavadze Ave", None, None), version)
    assert not place_of(store, case_id).has_coordinates
    with pytest.raises(ConflictError):
        set_place(store, case_id, PlaceDraft("Elsewhere", None, None), version)
    with store.reading() as session:
        entries = list(session.scalars(select(AuditEntry).where(AuditEntry.action == "household_place.set")))
    assert len(entries) == 2
    assert "Chavchavadze" not in repr([(e.before, e.after) for e in entries])
    assert entries[0].after is not None and entries[0].after["address"] == "<recorded>"


@pytest.mark.parametrize(("draft", "field"), [
    (PlaceDraft(None, None, None), "address"),
    (PlaceDraft("x", 41.7, None), "longitude"),
    (PlaceDraft("x", None, 44.8), "latitude"),
    (PlaceDraft("x", 91.0, 44.8), "latitude"),
    (PlaceDraft("x", 41.0, -181.0), "longitude"),
    (PlaceDraft("x", 0.0, 0.0), "latitude"),
    (PlaceDraft("x" * 501, None, None), "address"),
])
def test_bad_places_name_the_field(georgia: Store, draft: PlaceDraft, field: str) -> None:
    case_id = household(georgia, address=None)
    with pytest.raises(ValidationError) as raised:
        set_place(georgia, case_id, draft)
    assert raised.value.field == field


def test_read_only_users_cannot_change_places(georgia: Store) -> None:
    case_id = household(georgia, address=None)
    with pytest.raises(PermissionDenied):
        set_place(as_of(georgia, TODAY, Role.READ_ONLY), case_id, PlaceDraft("x", None, None))


def test_field_offices_are_unique_by_name_and_keep_sane_hours(georgia: Store) -> None:
    with pytest.raises(ValidationError) as raised:
        office(georgia)
    assert raised.value.field == "name"
    with pytest.raises(ValidationError) as raised:
        office(georgia, name="Kutaisi", opens_at=time(17), closes_at=time(9))
    assert raised.value.field == "closes_at"
    with pytest.raises(ValidationError) as raised:
        office(georgia, name="Kutaisi", working_days=())
    assert raised.value.field == "working_days"
    kutaisi = office(georgia, name="Kutaisi office", region="Imereti", working_days=(7, 1, 2, 3, 4))
    [view] = [o for o in field_offices(georgia, "GEO") if o.id == kutaisi]
    assert view.working_days == (1, 2, 3, 4, 7) and view.works_on(date(2026, 6, 7)) and not view.works_on(FRI)
    save_field_office(georgia, FieldOfficeDraft("GEO", "Kutaisi office", 42.27, 42.70, region="Imereti",
                                                active=False), kutaisi, view.version)
    assert [o.name for o in field_offices(georgia, "GEO", active_only=True)] == ["Tbilisi field office"]


def _plan_id(store: Store, case_id: int) -> int:
    with store.reading() as session:
        plan_id = session.scalar(select(MonitoringPlan.id).where(MonitoringPlan.case_id == case_id))
    assert plan_id is not None
    return plan_id


# -- the demo caseload -----------------------------------------------------------------------------

def test_demo_households_live_near_their_region_and_routes_can_be_planned(store: Store) -> None:
    generate(as_of(store, TODAY, Role.DATA_PROTECTION_OFFICER), cases=400, seed=3)  # demo data: the DPO's call
    ensure_plans(store)
    with store.reading() as session:
        rows = session.execute(select(CountryProfile.code, Case.region_of_return, HouseholdPlace.latitude,
                                      HouseholdPlace.longitude, HouseholdPlace.address)
                               .join(Case, Case.id == HouseholdPlace.case_id)
                               .join(CountryProfile, CountryProfile.id == Case.country_id)).all()
    assert rows
    located = [(code, region, Location(lat, lon)) for code, region, lat, lon, _ in rows if lat is not None]
    assert 0 < len(located) < len(rows)  # a few households have an address only
    for code, region, place in located:
        assert min(place.km_to(Location(lat, lon)) for _, lat, lon in towns()[(code, region)]) <= SPREAD_KM + 0.1
    offices = field_offices(store)
    assert {(o.country, o.region) for o in offices} >= {(code, region) for code, region, _ in located}
    area = next(a for a in areas(store) if a.office is not None)
    planned = plan_routes(store, RouteRequest(area.country, area.region, TODAY, TODAY + timedelta(days=6),
                                              monitors_per_day=2), time_limit_seconds=1)
    assert violations(planned.problem.instance, planned.plan) == []
    assert planned.visits_due > 0


# -- the printout ----------------------------------------------------------------------------------

def test_the_printout_shows_each_day_plan_and_the_visits_left_out(georgia: Store) -> None:
    store = georgia
    add_monitor(store, "mona")
    routed = [household(store, at=near(east, north)) for east, north in ((4, 1), (-5, 3))]
    unroutable = household(store, address="House behind the bakery, Gldani")
    planned = plan_routes(store, request(monitors=("mona",)), time_limit_seconds=1)
    printed = route_printout(store, planned)

    assert page_count(printed.pdf) == 1 + len(planned.days)
    pages = pdf_pages(printed.pdf)
    text = pdf_text(printed.pdf)
    assert has_words(text, "Visit routes Tbilisi GEO Tbilisi field office 12 Rustaveli Avenue 09:00 17:00")
    assert has_words(pages[0], f"Not on these routes (1) {_reference(store, unroutable)} an address is recorded "
                               "but no coordinates")
    assert printed.code in text and printed.reference.startswith("VR-GEO/Tbilisi/2026-06-01/2026-06-05-")
    for day, page in zip(planned.days, pages[1:], strict=True):
        assert has_words(page, f"{day.day:%A} {day.day.day} {day.day:%B %Y} mona")
        for stop in day.stops:
            assert has_words(page, f"{clock(stop.arrival)} {stop.household.reference} {stop.household.head_name} "
                                   f"Street 1 {stop.travel_minutes} min")
    assert {s.household.case_id for d in planned.days for s in d.stops} == set(routed)
    assert verify(store, printed.code).status is Status.MATCH
    # a household's place changes: the printed plan no longer says what the records say
    set_place(store, routed[0], PlaceDraft("Street 2", *near(8)), place_of(store, routed[0]).version)
    check = verify(store, printed.code)
    assert check.status is Status.SUPERSEDED and "visits" in check.reasons[0].english()


@pytest.mark.parametrize(("language", "words", "english"), [
    ("fr", "Itinéraires de visite Bureau de terrain Horaires de travail Chargés de suivi Programme de chaque journée "
           "Hors de ces itinéraires (2) Pourquoi, et que faire une adresse est enregistrée mais pas de coordonnées "
           "trop loin pour une journée de travail lundi 1 juin 2026 Dossier / ménage Retour à",
     ("Visit routes", "Not on these routes", "Working hours", "too far", "Day plans", "Monday", "Back at")),
    ("ar", "مسارات الزيارات المكتب الميداني ساعات العمل مسؤولو المتابعة برنامج كل يوم خارج هذه المسارات السبب وما يجب "
           "فعله العنوان مسجَّل لكن دون إحداثيات بعيدة جدًا ليوم عمل واحد الاثنين يونيو الملف / الأسرة العودة إلى",
     ("Visit routes", "Not on these routes", "Working hours", "too far", "Day plans", "Monday", "Back at")),
])
def test_the_printout_reads_in_the_office_language(georgia: Store, language: str, words: str,
                                                   english: tuple[str, ...]) -> None:
    """Headings, the day sheets and the keyed reasons a household is left out, all in the office's language."""
    from tests.unit.documents.helpers import office as letterhead

    store = georgia
    letterhead(store, language)
    add_monitor(store, "mona")
    household(store, at=near(4, 1))
    household(store, address="House behind the bakery, Gldani")
    household(store, at=near(200))
    planned = plan_routes(store, request(monitors=("mona",), last_day=MON), time_limit_seconds=1)
    assert {x.reason.key for x in planned.left_out} == {"left_out.no_coordinates", "left_out.too_far"}
    printed = pdf_text(route_printout(store, planned).pdf)
    assert has_words(printed, words)
    assert not [heading for heading in english if heading in printed]


def test_the_sketch_puts_the_office_and_every_stop_on_the_drawing(georgia: Store) -> None:
    store = georgia
    for east, north in ((4, 1), (-5, 3), (12, -6)):
        household(store, at=near(east, north))
    planned = plan_routes(store, request(last_day=MON), time_limit_seconds=1)
    [day] = planned.days
    drawing = sketch(day, planned.problem)
    labels = [shape.text for shape in drawing.contents if hasattr(shape, "text")]
    numbers = [str(i) for i in range(1, len(day.stops) + 1)]
    assert len(numbers) == 3
    assert sorted(label for label in labels if label.isdigit()) == numbers
    assert {"Office", "N"} <= set(labels) and any(label.endswith(" km") for label in labels)
    inside = [(shape.cx, shape.cy) for shape in drawing.contents if hasattr(shape, "cx")]
    assert len(inside) == len(day.stops)
    assert all(0 < x < drawing.width and 0 < y < drawing.height for x, y in inside)


def _reference(store: Store, case_id: int) -> str:
    return place_of(store, case_id).reference


def test_a_read_only_user_may_plan_routes_but_not_issue_the_printout(georgia: Store) -> None:
    household(georgia, at=near(3))
    reader = as_of(georgia, TODAY, Role.READ_ONLY)
    planned = plan_routes(reader, request(), time_limit_seconds=1)
    assert planned.visits_scheduled == 1
    with pytest.raises(PermissionDenied):
        route_printout(reader, planned)


def test_no_visit_is_planned_where_active_monitoring_is_no_longer_authorised(georgia: Store) -> None:
    """S7 on the visit's day: once the country revokes the authorisation, routes are refused, whatever the
    households' plans said at arrival."""
    from planning import countries
    from planning.errors import SafeguardError
    from planning.storage.models import Assurance
    from planning.vocabulary import AssuranceKind, AssuranceStatus

    household(georgia, at=near(5))
    assert build(georgia, request()).instance.visits
    with georgia.reading() as session:
        for authorisation in session.scalars(select(Assurance).where(
                Assurance.kind == AssuranceKind.MONITORING_AUTHORISATION)):
            countries.set_assurance_status(georgia, authorisation.id, authorisation.version,
                                           AssuranceStatus.REVOKED, "monitoring withdrawn")
    with pytest.raises(SafeguardError) as refused:
        build(georgia, request())
    assert refused.value.safeguard == "S7"
