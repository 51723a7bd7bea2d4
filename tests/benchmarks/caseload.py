"""A large caseload written fast for the scale benchmarks: rows inserted in bulk through the models (not the
demo's services), migrated schema, cached in bench-results/cache.

Names come from the demo's pools in both scripts (Arabic names also written in Latin letters, as the demo
writes them), so that common names are common; a tenth of the cases travelled on a movement (booked, departed,
arrived), with documents and clearances, so that Home, the returns report and the exports have real work.
"""

from __future__ import annotations

import functools
import random
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import insert

from planning.storage import migrate, name_index
from planning.storage.engine import open_engine
from planning.storage.location import resolve
from planning.storage.models import (
    Booking,
    Case,
    CountryProfile,
    FitToTravel,
    Movement,
    Person,
    TravelDocument,
    Vulnerability,
)
from planning.storage.store import SYSTEM, Store
from planning.validation import search_key as _search_key
from planning.vocabulary import (
    BookingStatus,
    CaseStatus,
    MovementKind,
    MovementStatus,
    ReferralSource,
    Relationship,
    Sex,
    TravelDocumentKind,
    TravelDocumentStatus,
    VulnerabilityKind,
)

CACHE = Path("bench-results") / "cache"
KEY = "bench-only-caseload-key"  # a throwaway database, opened with an explicit key (no keychain needed)
TODAY = date(2026, 6, 1)
BATCH = 20_000
#: Names repeat (they come from pools): each search text is derived once.
search_key = functools.lru_cache(maxsize=None)(_search_key)

COUNTRIES = (("IRQ", "Iraq"), ("SYR", "Syria"), ("AFG", "Afghanistan"), ("GEO", "Georgia"), ("ALB", "Albania"),
             ("SOM", "Somalia"), ("MAR", "Morocco"), ("NGA", "Nigeria"))
#: Arabic-script names with their usual Latin spelling; other names (Latin or Georgian script) alone.
ARABIC = (("محمد", "Mohammed"), ("أحمد", "Ahmad"), ("علي", "Ali"), ("عمر", "Omar"), ("حسن", "Hassan"),
          ("حسين", "Hussein"), ("فاطمة", "Fatima"), ("عائشة", "Aisha"), ("مريم", "Maryam"), ("يوسف", "Yusuf"),
          ("خالد", "Khalid"), ("إبراهيم", "Ibrahim"), ("زينب", "Zainab"), ("نور", "Nour"), ("سارة", "Sara"))
ARABIC_FAMILY = (("الحسن", "Al-Hassan"), ("الأحمد", "Al-Ahmad"), ("كريمي", "Karimi"), ("حيدري", "Haidari"),
                 ("العلي", "Al-Ali"), ("يوسفي", "Yousefi"), ("رحيمي", "Rahimi"), ("صديقي", "Siddiqui"))
OTHER_GIVEN = ("Giorgi", "Nino", "Levan", "Tamar", "Arben", "Elira", "Amina", "Hodan", "Chinedu", "Ngozi",
               "Zoë", "Ömer", "Luka", "Mariam", "Dritan", "Fatou", "გიორგი", "ნინო")
OTHER_FAMILY = ("Beridze", "Kapanadze", "Hoxha", "Krasniqi", "Yusuf", "Warsame", "Okafor", "Adeyemi",
                "Gelashvili", "Shehu", "Çelik", "Ørsted", "ბერიძე", "Lomidze")


def database_path(cases: int) -> Path:
    return (CACHE / f"caseload-{cases}.db").resolve()


def database_url(cases: int) -> str:
    return f"sqlite+pysqlcipher://:{KEY}@//{database_path(cases)}"


def open_store(cases: int, *, travel: bool = True) -> tuple[Store, float | None]:
    """The store of a `cases`-case database, built if not cached; returns it and the seconds a build took."""
    location = resolve(database_url(cases))
    assert location.path is not None
    building = location.path.with_suffix(".building")  # there while a build runs: a build cut short is redone
    if building.exists():
        for leftover in location.path.parent.glob(f"{location.path.name}*"):
            leftover.unlink()
    fresh = not location.path.exists()
    CACHE.mkdir(parents=True, exist_ok=True)
    engine = open_engine(location)
    migrate.ensure_current(engine)
    store = Store(engine, SYSTEM, location, today=lambda: TODAY)
    if not fresh:
        return store, None
    building.touch()
    started = time.perf_counter()
    build(store, cases, travel=travel)
    seconds = time.perf_counter() - started
    building.unlink()
    return store, seconds


def _name(rng: random.Random) -> tuple[str, str, str | None, str | None]:
    if rng.random() < 0.55:
        (given, given_latin), (family, family_latin) = rng.choice(ARABIC), rng.choice(ARABIC_FAMILY)
        if rng.random() < 0.5:
            return given, family, given_latin, family_latin
        return given_latin, family_latin, None, None  # written in Latin letters only
    given, family = rng.choice(OTHER_GIVEN), rng.choice(OTHER_FAMILY)
    if rng.random() < 0.3:  # rare names: a made-up syllable added, so that most of them are unique
        family += rng.choice(("", "a", "i", "o")) + str(rng.randint(0, 9999)).translate(str.maketrans(
            "0123456789", "bdgklmnrst"))
    return given, family, None, None


def build(store: Store, cases: int, *, travel: bool = True) -> None:
    """`cases` households of one to five people; with `travel`, movements, bookings and documents too.

    The name index is dropped while the rows go in and filled at the end, as the migration fills it (its
    triggers rewrite a case's row once per member: a third of the time a build took)."""
    rng = random.Random(cases)
    with store.transaction() as session:
        name_index.drop(session.connection())
        session.execute(insert(CountryProfile), [
            {"id": n, "code": code, "name": name, "active_monitoring_profiles": []}
            for n, (code, name) in enumerate(COUNTRIES, 1)])
        movements = []
        if travel:
            start = datetime.combine(TODAY, datetime.min.time(), UTC) - timedelta(days=730)
            for n in range(1, 1201):  # two years back and three months ahead, about 1.6 a day
                departure = start + timedelta(hours=n * 20)
                status = MovementStatus.ARRIVED if departure.date() < TODAY else MovementStatus.PLANNED
                movements.append({
                    "id": n, "code": f"MV-{n:05d}", "kind": MovementKind.SCHEDULED_FLIGHT,
                    "country_id": 1 + n % len(COUNTRIES), "origin": "Vienna", "destination": "Capital",
                    "departure_at": departure, "arrival_at": departure + timedelta(hours=6), "capacity": 180,
                    "cost_per_seat": Decimal("420.00"), "status": status,
                    "departed_at": departure if status is MovementStatus.ARRIVED else None,
                    "arrived_at": departure + timedelta(hours=6) if status is MovementStatus.ARRIVED else None})
            session.execute(insert(Movement), movements)
    person_id = 0
    for first in range(1, cases + 1, BATCH):
        rows, people, extras = _batch(rng, first, min(first + BATCH, cases + 1), person_id, movements)
        person_id += len(people)
        with store.transaction() as session:
            session.execute(insert(Case), rows)
            session.execute(insert(Person), people)
            for model, values in extras:
                if values:
                    session.execute(insert(model), values)
    with store.transaction() as session:
        name_index.install(session.connection())


def _batch(rng: random.Random, first: int, end: int, person_id: int, movements: list[dict[str, Any]]
           ) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[tuple[type, list[dict[str, Any]]]]]:
    cases, people, vulnerabilities, bookings, documents, clearances = [], [], [], [], [], []
    for case_id in range(first, end):
        size = rng.choice((1, 1, 2, 3, 3, 4, 5))
        country = 1 + case_id % len(COUNTRIES)
        moved = movements[rng.randrange(len(movements))] if movements and rng.random() < 0.1 else None
        if moved is None:
            status = rng.choice((CaseStatus.INTAKE, CaseStatus.COUNSELLING, CaseStatus.DECIDED,
                                 CaseStatus.PREPARING, CaseStatus.READY, CaseStatus.ON_HOLD, CaseStatus.WITHDRAWN))
        else:
            country = moved["country_id"]
            status = CaseStatus.ARRIVED if moved["status"] is MovementStatus.ARRIVED else CaseStatus.BOOKED
        names = [_name(rng) for _ in range(size)]
        opened = TODAY - timedelta(days=rng.randrange(900))
        cases.append({
            "id": case_id, "reference": f"HW-{2024 + case_id % 3}-{case_id:07d}",
            "referral_source": ReferralSource.NGO, "country_id": country, "region_of_return": "Capital",
            "opened_on": opened, "decided_on": opened + timedelta(days=30) if rng.random() < 0.6 else None,
            "status": status, "ready": status is CaseStatus.READY, "household_size": size,
            "head_name": f"{names[0][0]} {names[0][1]}", "vulnerable": rng.random() < 0.15,
            "created_at": datetime.combine(opened, datetime.min.time(), UTC)})
        for index, (given, family, given_latin, family_latin) in enumerate(names):
            person_id += 1
            adult = index < 2
            born = TODAY - timedelta(days=rng.randrange(20 * 365, 60 * 365) if adult else rng.randrange(1, 17 * 365))
            people.append({
                "id": person_id, "case_id": case_id, "given_names": given, "family_name": family,
                "given_names_latin": given_latin, "family_name_latin": family_latin,
                "search_name": search_key(given, family, given_latin, family_latin), "date_of_birth": born,
                "sex": rng.choice((Sex.FEMALE, Sex.MALE)), "nationality": COUNTRIES[country - 1][0],
                "languages": [], "relationship_to_head": (Relationship.HEAD, Relationship.SPOUSE)[index]
                if adult else Relationship.CHILD})
            if rng.random() < 0.08:
                vulnerabilities.append({"person_id": person_id, "kind": VulnerabilityKind.MEDICAL_NEED,
                                        "noted_on": opened})
            if moved is not None:
                departs = moved["departure_at"].date()
                documents.append({"person_id": person_id, "kind": TravelDocumentKind.PASSPORT,
                                  "number": f"P{person_id:08d}", "issuing_country": COUNTRIES[country - 1][0],
                                  "issued_on": departs - timedelta(days=400),
                                  "valid_until": departs + timedelta(days=rng.choice((-3, 30, 900))),
                                  "status": TravelDocumentStatus.VALID})
                clearances.append({"person_id": person_id, "assessed_on": departs - timedelta(days=20),
                                   "assessed_by": "Dr Bench", "fit": True,
                                   "valid_until": departs + timedelta(days=rng.choice((-1, 10)))})
        if moved is not None:
            arrived = moved["status"] is MovementStatus.ARRIVED
            bookings.append({"case_id": case_id, "movement_id": moved["id"], "seats": size,
                             "status": BookingStatus.ARRIVED if arrived else BookingStatus.CONFIRMED,
                             "booked_at": moved["departure_at"] - timedelta(days=30)})
    return cases, people, [(Vulnerability, vulnerabilities), (Booking, bookings), (TravelDocument, documents),
                           (FitToTravel, clearances)]


def timed(work: Callable[[], object], repeat: int = 5) -> float:
    """The median of `repeat` runs, in seconds."""
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    times.sort()
    return times[len(times) // 2]

