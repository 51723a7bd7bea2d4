"""One synthetic case at a time: a household, its story up to `today`, its rows and its readiness facts."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from enum import StrEnum
from typing import Any

from planning import readiness
from planning.demo.countries import BY_CODE, CountryState
from planning.demo.names import BID_PANELS, COUNSELLORS, DOCTORS, INTERPRETERS, POOLS, USERS, Name
from planning.demo.places import household_place_row
from planning.readiness.facts import (
    AssuranceRecord,
    BestInterestsRecord,
    BookingRecord,
    CaseFacts,
    ClearanceRecord,
    DocumentRecord,
    PersonFacts,
    ReferralRecord,
    VoluntarinessRecord,
    VulnerabilityRecord,
)
from planning.readiness.reasons import Stage as CheckStage
from planning.status import Derived, derive_all
from planning.validation import search_key
from planning.vocabulary import (
    AssuranceKind,
    AssuranceScope,
    AssuranceStatus,
    BestInterestsOutcome,
    BookingStatus,
    CaseStatus,
    CounsellingOutcome,
    CounsellingTopic,
    EscortNeed,
    MovementKind,
    MovementStatus,
    ProtectionOutcome,
    ReferralAuthority,
    ReferralSource,
    Relationship,
    Sex,
    TravelDocumentKind,
    TravelDocumentStatus,
    VoluntarinessKind,
    VulnerabilityKind,
)

Rows = dict[str, list[dict[str, Any]]]
V = VulnerabilityKind
T = CounsellingTopic

#: Languages the host office counsels in without an interpreter.
HOST_LANGUAGES = frozenset({"en", "fr", "nl"})
ORIGIN = "Brussels (BRU)"
PATRONYMIC = frozenset({"ETH", "ERI"})
KEEPS_OWN_NAME = frozenset({"IRQ", "SYR", "AFG", "PAK", "MAR", "TUN", "ETH", "ERI", "BGD"})


class Plot(StrEnum):
    """How far a case's story goes (the stored status is derived from the records, not from this)."""

    INTAKE = "intake"
    COUNSELLING = "counselling"
    DECIDED = "decided"
    PREPARING = "preparing"
    READY = "ready"
    BOOKED = "booked"
    DEPARTED = "departed"
    ARRIVED = "arrived"
    CLOSED = "closed"
    WITHDRAWN = "withdrawn"
    ON_HOLD = "on_hold"
    PROTECTION_GRANTED = "protection_granted"
    INVOLVEMENT_ENDED = "involvement_ended"

    @property
    def travels(self) -> bool:
        return self in (Plot.READY, Plot.BOOKED, Plot.DEPARTED, Plot.ARRIVED)


@dataclass(frozen=True)
class CasePlan:
    opened_on: date
    plot: Plot
    country: str
    reference: str


@dataclass
class Member:
    id: int
    row: dict[str, Any]
    name: str
    date_of_birth: date
    sex: Sex
    nationality: str
    permanent_residence: str | None
    exit_irregular: bool | None
    guardian_id: int | None
    escort_need: EscortNeed | None
    relationship: Relationship
    language: str
    unaccompanied: bool = False
    vulnerabilities: list[VulnerabilityRecord] = field(default_factory=list)
    events: list[VoluntarinessRecord] = field(default_factory=list)
    referrals: list[ReferralRecord] = field(default_factory=list)
    documents: list[DocumentRecord] = field(default_factory=list)
    clearances: list[ClearanceRecord] = field(default_factory=list)
    best_interests: list[BestInterestsRecord] = field(default_factory=list)

    def age_on(self, day: date) -> int:
        dob = self.date_of_birth
        return day.year - dob.year - ((day.month, day.day) < (dob.month, dob.day))

    def kinds(self) -> set[VulnerabilityKind]:
        return {v.kind for v in self.vulnerabilities}

    def facts(self) -> PersonFacts:
        return PersonFacts(
            id=self.id, name=self.name, date_of_birth=self.date_of_birth, nationality=self.nationality,
            permanent_residence=self.permanent_residence, exit_irregular=self.exit_irregular,
            guardian_id=self.guardian_id, escort_need=self.escort_need,
            vulnerabilities=tuple(self.vulnerabilities),
            events=tuple(sorted(self.events, key=lambda e: (e.occurred_on, e.id))),
            referrals=tuple(self.referrals), documents=tuple(self.documents),
            clearances=tuple(self.clearances), best_interests=tuple(self.best_interests),
        )


@dataclass
class MovementSlot:
    id: int
    seats: int
    medical: int
    minor: int


@dataclass
class Generated:
    """What one case produced: its derived columns and how many members it has."""

    derived: Derived
    members: int


def at(day: date, minutes: int) -> datetime:
    """A UTC timestamp on `day`, `minutes` after 08:00."""
    return datetime.combine(day, time(8, 0), UTC) + timedelta(minutes=minutes)


class CaseWriter:
    """Writes cases into row lists (one list per table) and keeps the movements they travel on."""

    def __init__(
        self,
        rng: random.Random,
        today: date,
        countries: dict[str, CountryState],
        next_id: Callable[[str], int],
    ) -> None:
        self.rng = rng
        self.today = today
        self.countries = countries
        self.next_id = next_id
        self.movements: dict[tuple[str, date], list[MovementSlot]] = {}
        self.rows: Rows = {}

    # --- small helpers -------------------------------------------------------------------------

    def add(self, table: str, row: dict[str, Any]) -> None:
        self.rows.setdefault(table, []).append(row)

    def between(self, start: date, end: date) -> date:
        """A day in [start, end] (start if the range is empty)."""
        span = (end - start).days
        return start if span <= 0 else start + timedelta(days=self.rng.randint(0, span))

    def later(self, day: date, low: int, high: int, cap: date | None = None) -> date:
        result = day + timedelta(days=self.rng.randint(low, high))
        limit = cap or self.today
        return min(result, limit) if result > limit else result

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    # --- a case ----------------------------------------------------------------------------------

    def write(self, plan: CasePlan) -> Generated:
        rng = self.rng
        state = self.countries[plan.country]
        spec = state.spec
        plot = plan.plot
        if plot.travels and not spec.open:
            plot = rng.choice((Plot.DECIDED, Plot.PREPARING, Plot.PREPARING))
        opened = plan.opened_on
        case_id = self.next_id("case_file")
        region = rng.choice(spec.regions) if rng.random() < 0.95 else None
        members = self._household(plan, opened)
        story = Story(self, case_id, members, opened, state, region)
        story.tell(plot)
        facts = story.facts()
        derived, _ = derive_all(facts, self.today)
        head = members[0]
        source = rng.choices(list(ReferralSource), weights=(35, 25, 10, 20, 10))[0]
        self.add("case_file", {
            "id": case_id, "reference": plan.reference, "referral_source": source,
            "referral_note": _referral_note(rng, source), "country_id": state.id,
            "region_of_return": region, "opened_on": opened, "decided_on": derived.decided_on,
            "closed_on": story.closed_on, "status": derived.status, "ready": derived.ready,
            "status_checked_on": self.today, "household_size": derived.household_size,
            "head_name": f"{head.row['given_names']} {head.row['family_name']}",
            "vulnerable": derived.vulnerable, "created_at": at(opened, rng.randint(0, 540)), "version": 1,
        })
        created = at(opened, 0)  # the identity is as old as the first record of the person
        for m in members:
            self.add("person_identity", {"id": m.row["identity_id"], "created_at": created})
            self.add("person", m.row)
        story.flush()
        if derived.status is CaseStatus.ARRIVED:
            place = household_place_row(case_id, spec.code, region, self.today, self.next_id)
            if place is not None:
                self.add("household_place", place)
        return Generated(derived, len(members))

    # --- the household ---------------------------------------------------------------------------

    def _household(self, plan: CasePlan, opened: date) -> list[Member]:
        rng = self.rng
        spec = BY_CODE[plan.country]
        nationality, residence = plan.country, None
        if spec.residents_from and rng.random() < 0.05:
            nationality, residence = spec.residents_from, plan.country
        pool = POOLS[nationality]
        original = pool.script and rng.random() < 0.45
        languages = BY_CODE[nationality].languages
        main_language = languages[0] if rng.random() < 0.7 else rng.choice(languages)
        exit_irregular = rng.choices((True, False, None), weights=(50, 25, 25))[0]
        size = rng.choices(range(1, 9), weights=(55, 12, 10, 10, 7, 3, 2, 1))[0]
        family = rng.choice(pool.family)
        people: list[dict[str, Any]] = []

        def person(given: Name, fam: Name, age: int, sex: Sex, relationship: Relationship) -> dict[str, Any]:
            taken = {p["given"] for p in people}
            for _ in range(20):  # no two members of a household share a given name
                if given not in taken:
                    break
                given = self._given(pool, sex)
            p = {"given": given, "family": fam, "age": age, "sex": sex, "relationship": relationship}
            people.append(p)
            return p

        if size == 1 and rng.random() < 0.045:
            sex = Sex.MALE if rng.random() < 0.85 else Sex.FEMALE
            person(self._given(pool, sex), family, rng.randint(14, 17), sex, Relationship.HEAD)["uam"] = True
        else:
            head_sex = rng.choices((Sex.MALE, Sex.FEMALE, Sex.OTHER), weights=(66, 33.7, 0.3))[0]
            head_age = 21 + int(rng.betavariate(2, 4.5) * 55)
            head = person(self._given(pool, head_sex), family, head_age, head_sex, Relationship.HEAD)
            spouse = None
            if size >= 2 and head_sex is not Sex.OTHER and rng.random() < 0.75:
                sex = Sex.FEMALE if head_sex is Sex.MALE else Sex.MALE
                age = max(21, head_age + rng.randint(-8, 6) * (1 if sex is Sex.FEMALE else -1))
                own = rng.choice(pool.family) if plan.country in KEEPS_OWN_NAME else family
                spouse = person(self._given(pool, sex), own, age, sex, Relationship.SPOUSE)
            if len(people) < size and head_age < 55 and rng.random() < 0.08:
                sex = Sex.FEMALE if rng.random() < 0.6 else Sex.MALE
                person(self._given(pool, sex), family, min(90, head_age + rng.randint(20, 30)), sex,
                       Relationship.PARENT)
            if len(people) < size and rng.random() < 0.05:
                sex = Sex.MALE if rng.random() < 0.5 else Sex.FEMALE
                person(self._given(pool, sex), family, max(18, head_age + rng.randint(-10, 10)), sex,
                       Relationship.SIBLING)
            mother_age = min(p["age"] for p in (head, spouse) if p is not None)
            father = head if head_sex is Sex.MALE else spouse
            child_family = family
            if plan.country in PATRONYMIC and father is not None:
                child_family = father["given"]
            while len(people) < size:
                sex = Sex.MALE if rng.random() < 0.5 else Sex.FEMALE
                oldest = mother_age - 18
                if oldest >= 18 and rng.random() < 0.12:
                    age = rng.randint(18, min(oldest, 26))
                else:
                    age = rng.randint(0, min(oldest, 17))
                person(self._given(pool, sex), child_family, age, sex, Relationship.CHILD)

        members: list[Member] = []
        for p in people:
            dob = self.today - timedelta(days=p["age"] * 365 + rng.randint(1, 360) + p["age"] // 4)
            if dob > opened:  # everyone in the household was born when the case was opened
                dob = opened - timedelta(days=rng.randint(0, 200))
            member_id = self.next_id("person")
            given, fam = p["given"], p["family"]
            shown_given, shown_family = (given[0], fam[0]) if original else (given[1], fam[1])
            given_latin = given[1] if pool.script else None
            family_latin = fam[1] if pool.script else None
            adult_then = _age(dob, opened) >= 18
            guardian_id = None
            if not adult_then and not p.get("uam"):
                guardian_id = members[1].id if len(members) > 1 and rng.random() < 0.5 \
                    and members[1].relationship is Relationship.SPOUSE else members[0].id
            own_languages = [main_language]
            if rng.random() < 0.35:
                extra = rng.choice((*languages, "en", "fr"))
                if extra not in own_languages:
                    own_languages.append(extra)
            adult_now = _age(dob, self.today) >= 18
            phone = f"+32 4{rng.randint(60, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} " \
                    f"{rng.randint(10, 99)}" if adult_now and rng.random() < 0.7 else None
            email = None
            if adult_now and rng.random() < 0.2:
                local = search_key(given[1], fam[1]).replace(" ", ".").replace("'", "")
                email = f"{local.encode('ascii', 'ignore').decode() or 'returnee'}@mail.example"
            row = {
                "id": member_id, "case_id": None, "given_names": shown_given, "family_name": shown_family,
                "given_names_latin": given_latin, "family_name_latin": family_latin,
                "search_name": search_key(shown_given, shown_family, given_latin, family_latin),
                "date_of_birth": dob, "sex": p["sex"], "nationality": nationality,
                "permanent_residence": residence, "exit_irregular": exit_irregular
                if rng.random() < 0.9 else rng.choice((True, False, None)),
                "languages": own_languages, "preferred_language": own_languages[0], "phone": phone,
                "email": email, "relationship_to_head": p["relationship"], "guardian_id": guardian_id,
                "escort_need": None, "identity_id": self.next_id("person_identity"), "version": 1,
            }
            members.append(Member(
                id=member_id, row=row, name=f"{shown_given} {shown_family}", date_of_birth=dob,
                sex=p["sex"], nationality=nationality, permanent_residence=residence,
                exit_irregular=row["exit_irregular"], guardian_id=guardian_id, escort_need=None,
                relationship=p["relationship"], language=own_languages[0], unaccompanied=bool(p.get("uam")),
            ))
        return members

    def _given(self, pool: Any, sex: Sex) -> Name:
        names = pool.male if sex is Sex.MALE else pool.female if sex is Sex.FEMALE \
            else self.rng.choice((pool.male, pool.female))
        name: Name = self.rng.choice(names)
        return name

    # --- movements -------------------------------------------------------------------------------

    def movement_for(self, state: CountryState, day: date, seats: int, medical: int, minor: int) -> int:
        slots = self.movements.setdefault((state.spec.code, day), [])
        for slot in slots:
            if slot.seats >= seats and slot.medical >= medical and slot.minor >= minor:
                break
        else:
            slot = self._new_movement(state, day, len(slots), seats, medical, minor)
            slots.append(slot)
        slot.seats -= seats
        slot.medical -= medical
        slot.minor -= minor
        return slot.id

    def _new_movement(self, state: CountryState, day: date, number: int, seats: int, medical: int,
                      minor: int) -> MovementSlot:
        rng = self.rng
        movement_id = self.next_id("movement")
        capacity = max(12, seats)
        medical_places = max(1, medical)
        minor_places = max(2, minor)
        departure = at(day, 150 + 60 * number + rng.randint(0, 6) * 10)
        arrival = departure + timedelta(minutes=rng.randint(200, 600))
        if day < self.today:
            status = MovementStatus.ARRIVED
        elif day == self.today:
            status = MovementStatus.DEPARTED
        elif (day - self.today).days <= 14:
            status = MovementStatus.CONFIRMED
        else:
            status = MovementStatus.PLANNED
        code = f"{state.spec.code}-{day:%Y%m%d}-{movement_id}"
        destination = state.spec.airport
        self.add("movement", {
            "id": movement_id, "code": code, "kind": MovementKind.SCHEDULED_FLIGHT, "country_id": state.id,
            "origin": ORIGIN, "destination": destination, "departure_at": departure, "arrival_at": arrival,
            "capacity": capacity, "cost_per_seat": Decimal(rng.randint(180, 900)), "charter_cost": None,
            "medical_escort_places": medical_places, "minor_escort_places": minor_places, "status": status,
            "notes": "Seat quota on a scheduled flight", "version": 1,
        })
        carrier, prefix = rng.choice(CARRIERS)
        self.add("movement_leg", {
            "id": self.next_id("movement_leg"), "movement_id": movement_id, "sequence": 1, "origin": ORIGIN,
            "destination": destination, "departure_at": departure, "arrival_at": arrival, "carrier": carrier,
            "flight_number": f"{prefix} {rng.randint(100, 1999)}", "transit_visa_required": False, "version": 1,
        })
        return MovementSlot(movement_id, capacity, medical_places, minor_places)


def _age(dob: date, day: date) -> int:
    return day.year - dob.year - ((day.month, day.day) < (dob.month, dob.day))


_NOTES = {
    ReferralSource.RECEPTION_CENTRE: ("Referred by the reception centre's social worker",
                                      "Asked about return at the centre's information session"),
    ReferralSource.NGO: ("Referred by a partner NGO's legal desk", "Referred by a shelter for homeless migrants"),
    ReferralSource.UNHCR: ("Referred by UNHCR after a closed protection file",),
    ReferralSource.GOVERNMENT_OFFICE: ("Referred by the immigration office after a final negative decision",
                                       "Referred by the municipality's social services"),
    ReferralSource.SELF_REFERRAL: ("Came to the office after hearing about the programme from a friend",
                                   "Called the free information line"),
}


def _referral_note(rng: random.Random, source: ReferralSource) -> str | None:
    return rng.choice(_NOTES[source]) if rng.random() < 0.5 else None


#: The carriers the demo's flights go with, and their flight number prefixes.
CARRIERS = (("Turkish Airlines", "TK"), ("Brussels Airlines", "SN"), ("Royal Air Maroc", "AT"),
            ("Qatar Airways", "QR"), ("Ethiopian Airlines", "ET"), ("Air Arabia", "G9"))
ALL_TOPICS = tuple(CounsellingTopic)
DECISION_INFO = (T.RIGHT_TO_CHANGE_MIND, T.RETURN_PROCESS, T.REINTEGRATION, T.PROTECTION)


class Story:
    """The records of one case, written in the order things happened."""

    def __init__(self, writer: CaseWriter, case_id: int, members: list[Member], opened: date,
                 state: CountryState, region: str | None) -> None:
        self.w = writer
        self.rng = writer.rng
        self.today = writer.today
        self.case_id = case_id
        self.members = members
        self.opened = opened
        self.state = state
        self.region = region
        self.counselling: list[date] = []
        self.bookings: list[BookingRecord] = []
        self.closed_on: date | None = None
        self.extra_assurances: list[AssuranceRecord] = []
        self.pending: Rows = {}
        for m in members:
            m.row["case_id"] = case_id
        self.counsellor = self.rng.choice(COUNSELLORS)
        head = members[0]
        self.language = head.language
        self.interpreter = None if self.language in HOST_LANGUAGES else self.rng.choice(INTERPRETERS)
        # Everyone who decides for themselves: adults today, and unaccompanied minors.
        self.deciders = [m for m in members if m.age_on(self.today) >= 18 or m.unaccompanied]

    def add(self, table: str, row: dict[str, Any]) -> None:
        self.pending.setdefault(table, []).append(row)

    def flush(self) -> None:
        for table, rows in self.pending.items():
            self.w.rows.setdefault(table, []).extend(rows)

    def facts(self, extra_bookings: tuple[BookingRecord, ...] = ()) -> CaseFacts:
        country = self.state.facts
        if self.extra_assurances:
            country = replace(country, assurances=country.assurances + tuple(self.extra_assurances))
        return CaseFacts(
            id=self.case_id, reference="", country=country,
            members=tuple(m.facts() for m in self.members), region=self.region,
            counselling_dates=tuple(sorted(self.counselling)), bookings=tuple(self.bookings) + extra_bookings,
            closed_on=self.closed_on,
        )

    # --- the plot --------------------------------------------------------------------------------

    def tell(self, plot: Plot) -> None:
        rng = self.rng
        today = self.today
        self._vulnerabilities()
        if plot is Plot.INTAKE:
            self._documents(some=True, latest=today)
            return
        if plot is Plot.COUNSELLING:
            self._counsel_without_decision(today)
            self._documents(some=True, latest=today)
            return
        if plot is Plot.WITHDRAWN and rng.random() < 0.1:
            day = self._counsel_without_decision(today)
            self._negative(self.deciders[0], day, VoluntarinessKind.REFUSED, at_counselling=True)
            return
        travel = self._travel_date(plot)
        if plot is Plot.ARRIVED and travel is None:
            plot, travel = Plot.DEPARTED, today
        decided = self._decide(plot, travel)
        if plot is Plot.DECIDED:
            self._best_interests(decided, travel_ready=False)
            self._individual_assurance(decided, given=False)
            return
        if plot is Plot.PREPARING:
            self._best_interests(decided, travel_ready=rng.random() < 0.5)
            self._individual_assurance(decided, given=rng.random() < 0.5)
            self._documents(some=True, latest=today, after=decided, incomplete=True)
            self._clearances(decided, today, complete=rng.random() < 0.4)
            return
        if plot is Plot.WITHDRAWN:
            self._withdraw(decided)
            return
        if plot in (Plot.ON_HOLD, Plot.PROTECTION_GRANTED):
            self._protection(decided, granted=plot is Plot.PROTECTION_GRANTED)
            return
        if plot is Plot.INVOLVEMENT_ENDED:
            self._force(decided)
            return
        if plot is Plot.CLOSED and travel is None:
            negative = self._withdraw(decided, redeclare=False)
            self.closed_on = self.w.later(negative, 14, 120)
            return
        assert travel is not None
        self._prepare_travel(decided, travel)
        self._travel(plot, travel)
        if plot is Plot.CLOSED:
            self.closed_on = self.w.later(travel, 300, 420)

    def _travel_date(self, plot: Plot) -> date | None:
        today, rng = self.today, self.rng
        if plot is Plot.READY:
            return today
        if plot is Plot.BOOKED:
            return self._on_schedule(today + timedelta(days=rng.randint(3, 60)), today + timedelta(days=3),
                                     today + timedelta(days=70))
        if plot is Plot.DEPARTED:
            return today
        if plot in (Plot.ARRIVED, Plot.CLOSED):
            if (today - self.opened).days < 35 or (plot is Plot.CLOSED and rng.random() < 0.3):
                return None
            latest = today - timedelta(days=2 if plot is Plot.ARRIVED else 95)
            earliest = self.opened + timedelta(days=28)
            if latest < earliest:
                return None
            return self._on_schedule(self.w.between(earliest, latest), earliest, latest)
        return None

    def _on_schedule(self, day: date, earliest: date, latest: date) -> date:
        """The country's weekly flight day nearest before `day` (within the range)."""
        weekday = sum(map(ord, self.state.spec.code)) % 7
        snapped = day - timedelta(days=(day.weekday() - weekday) % 7)
        if snapped < earliest:
            snapped += timedelta(days=7)
        return snapped if snapped <= latest else day

    # --- counselling and decisions ---------------------------------------------------------------

    def _session(self, day: date, outcome: CounsellingOutcome, topics: tuple[CounsellingTopic, ...] = (),
                 participants: list[Member] | None = None, needs: str | None = None) -> datetime:
        """Record a session on `day`; its moment, for what is decided at it (recorded after it)."""
        rng = self.rng
        held_at = at(day, rng.randint(0, 540))
        session_id = self.w.next_id("counselling_session")
        chosen = topics or tuple(sorted(rng.sample(ALL_TOPICS, rng.randint(1, 4))))
        self.add("counselling_session", {
            "id": session_id, "case_id": self.case_id, "held_on": day, "counsellor": self.counsellor,
            "language": self.language, "interpreter": self.interpreter, "topics": [t.value for t in chosen],
            "needs": needs, "outcome": outcome, "notes": None, "created_at": held_at,
            "version": 1,
        })
        for m in participants or self.members:
            self.add("counselling_participant", {"session_id": session_id, "person_id": m.id})
        self.counselling.append(day)
        return held_at

    def _counsel_without_decision(self, until: date) -> date:
        rng = self.rng
        day = self.w.later(self.opened, 0, 21, until)
        for _ in range(rng.randint(1, 3)):
            outcome = rng.choices((CounsellingOutcome.CONTINUE, CounsellingOutcome.UNDECIDED,
                                   CounsellingOutcome.DECLINED_RETURN), weights=(60, 30, 10))[0]
            needs = rng.choice((None, "Needs information on schooling for the children",
                                "Worried about debts owed in the home region", "Asks about medical care"))
            self._session(day, outcome, needs=needs,
                          participants=self.deciders if rng.random() < 0.4 else None)
            day = self.w.later(day, 3, 40, until)
        return day

    def _event(self, member: Member, kind: VoluntarinessKind, day: date, *, informed: bool = True,
               movement_id: int | None = None, statement: str | None = None,
               info: tuple[CounsellingTopic, ...] = DECISION_INFO, after: datetime | None = None) -> None:
        """Record a voluntariness event on `day`; `after`: the session it was made at, so it is recorded
        after that session (S2 compares moments: a declaration before the same day's counselling is not
        informed by it)."""
        event_id = self.w.next_id("voluntariness_event")
        counsellor = self.counsellor if informed else None
        language = self.language if informed else None
        information = [t.value for t in info] if informed else []
        self.add("voluntariness_event", {
            "id": event_id, "person_id": member.id, "kind": kind, "occurred_on": day,
            "recorded_at": at(day, self.rng.randint(0, 600)) if after is None
            else after + timedelta(minutes=self.rng.randint(10, 90)), "recorded_by": self.rng.choice(USERS),
            "counsellor": counsellor, "language": language,
            "interpreter": self.interpreter if informed else None, "information_given": information,
            "movement_id": movement_id, "statement": statement,
        })
        member.events.append(VoluntarinessRecord(event_id, kind, day, counsellor, language,
                                                 tuple(information)))

    def _declare_all(self, day: date) -> None:
        held_at = self._session(day, CounsellingOutcome.DECIDED_TO_RETURN, topics=tuple(sorted(
            set(DECISION_INFO) | set(self.rng.sample(ALL_TOPICS, 2)))))
        for m in self.deciders:
            self._event(m, VoluntarinessKind.DECLARED, day, after=held_at)

    def _decide(self, plot: Plot, travel: date | None) -> date:
        """Counselling up to a household decision; returns its date."""
        rng, today = self.rng, self.today
        latest = today if travel is None or travel > today else max(self.opened, travel - timedelta(days=5))
        earliest = self.opened + timedelta(days=rng.randint(0, 10))
        if travel is not None and travel <= today:
            earliest = max(earliest, travel - timedelta(days=170))
        decided = self.w.between(min(earliest, latest), latest)
        if rng.random() < 0.8:
            first = self.w.between(self.opened, decided)
            for _ in range(rng.randint(1, 2)):
                self._session(first, CounsellingOutcome.CONTINUE)
                first = self.w.between(first, decided)
        self._declare_all(decided)
        freshness = travel or today
        if plot is Plot.PREPARING and rng.random() < 0.3:
            return decided  # the decision may simply have gone stale
        if travel is not None and (freshness - decided).days > 150:
            day = self.w.between(max(decided, freshness - timedelta(days=140)), min(today, freshness))
            held_at = self._session(day, CounsellingOutcome.CONTINUE,
                                    topics=(T.RETURN_PROCESS, T.RIGHT_TO_CHANGE_MIND))
            for m in self.deciders:
                self._event(m, VoluntarinessKind.RECONFIRMED, day, after=held_at)
        return decided

    def _negative(self, member: Member, day: date, kind: VoluntarinessKind, at_counselling: bool = False,
                  movement_id: int | None = None) -> None:
        statement = {
            VoluntarinessKind.REFUSED: "Said they do not want to return now",
            VoluntarinessKind.WITHDRAWN: "Withdrew the request for assisted return",
        }[kind]
        held_at = self._session(day, CounsellingOutcome.DECLINED_RETURN) if at_counselling else None
        self._event(member, kind, day, informed=at_counselling, movement_id=movement_id, statement=statement,
                    after=held_at)

    def _withdraw(self, decided: date, redeclare: bool | None = None) -> date:
        rng, today = self.rng, self.today
        who = rng.choice(self.deciders)
        kind = VoluntarinessKind.WITHDRAWN if rng.random() < 0.6 else VoluntarinessKind.REFUSED
        day = self.w.later(decided, 1, 120)
        movement_id = None
        if rng.random() < 0.15 and self.state.spec.open:
            # At the aircraft door: the booking is cancelled, the seat freed.
            self._documents(some=False, latest=day, after=decided)
            sizes = self._escorts(day)
            movement_id = self.w.movement_for(self.state, day, len(self.members), *sizes)
            self._booking(movement_id, day, decided, BookingStatus.CANCELLED, *sizes,
                          reason=f"{who.name}: {kind.value} at check-in on {day}")
        self._negative(who, day, kind, at_counselling=kind is VoluntarinessKind.REFUSED and movement_id is None,
                       movement_id=movement_id)
        if redeclare is None:
            redeclare = rng.random() < 0.3
        if redeclare and day < today:
            again = self.w.later(day, 7, 90)
            held_at = self._session(again, CounsellingOutcome.DECIDED_TO_RETURN,
                                    topics=(T.RIGHT_TO_CHANGE_MIND, T.RETURN_PROCESS, T.REINTEGRATION))
            self._event(who, VoluntarinessKind.DECLARED, again, after=held_at)
            if rng.random() < 0.5:
                self._documents(some=True, latest=today, after=again)
        return day

    def _protection(self, decided: date, granted: bool) -> None:
        rng, today = self.rng, self.today
        who = rng.choice(self.deciders)
        variant = "granted" if granted else rng.choices(("raised", "pending", "negative"), weights=(25, 45, 30))[0]
        if variant == "raised":
            raised = self.w.between(max(decided, today - timedelta(days=30)), today)
        else:
            raised = self.w.later(decided, 0, 60)
        self._session(raised, CounsellingOutcome.PROTECTION_CONCERN, participants=[who],
                      topics=(T.PROTECTION, T.LEGAL_MIGRATION_CHANNELS))
        row: dict[str, Any] = {
            "id": self.w.next_id("protection_referral"), "person_id": who.id, "raised_on": raised,
            "raised_by": rng.choice(USERS), "statement": rng.choice((
                "Fears persecution by a militia in the home region", "Says they would be forcibly recruited",
                "Asked to apply for asylum", "Fears reprisals from the family of a former employer",
                "Fears the traffickers who brought them here")),
            "authority": None, "authority_name": None, "referred_on": None,
            "outcome": ProtectionOutcome.PENDING, "outcome_on": None, "outcome_reference": None, "version": 1,
        }
        if variant != "raised":
            authority = rng.choice(tuple(ReferralAuthority))
            row["authority"] = authority
            row["authority_name"] = "UNHCR Representation" if authority is ReferralAuthority.UNHCR \
                else "Office of the Commissioner General for Refugees"
            row["referred_on"] = self.w.later(raised, 0, 10)
            if variant in ("negative", "granted"):
                decided_on = row["referred_on"] + timedelta(days=rng.randint(30, 300))
                if decided_on > today:
                    decided_on = self.w.between(row["referred_on"], today)
                row["outcome"] = ProtectionOutcome.NEEDS_PROTECTION if granted else ProtectionOutcome.FINAL_NEGATIVE
                row["outcome_on"] = decided_on
                row["outcome_reference"] = f"CG/{decided_on.year}/{rng.randint(10000, 99999)}"
        self.add("protection_referral", row)
        who.referrals.append(ReferralRecord(row["id"], raised, row["authority"], row["referred_on"],
                                            row["outcome"], row["outcome_on"], row["outcome_reference"]))
        if variant == "negative" and rng.random() < 0.5 and row["outcome_on"] < today:
            again = self.w.later(row["outcome_on"], 3, 60)
            self._declare_all(again)
            self._documents(some=True, latest=today, after=again, incomplete=rng.random() < 0.5)

    def _force(self, decided: date) -> None:
        rng = self.rng
        day = self.w.later(decided, 7, 90)
        self._documents(some=False, latest=day, after=decided)
        who = rng.choice(self.deciders)
        sizes = self._escorts(day)
        movement_id = self.w.movement_for(self.state, day, len(self.members), *sizes)
        self._booking(movement_id, day, decided, BookingStatus.CANCELLED, *sizes,
                      reason=f"{who.name}: refused at the gate; force would be needed")
        self._negative(who, day, VoluntarinessKind.REFUSED, movement_id=movement_id)
        self._event(who, VoluntarinessKind.FORCE_NEEDED, day, informed=False, movement_id=movement_id,
                    statement="The escort leader reported that the person could only be moved by physical "
                              "force; the movement was stopped and the organisation's involvement ended")

    # --- travel ----------------------------------------------------------------------------------

    def _prepare_travel(self, decided: date, travel: date) -> None:
        self._best_interests(decided, travel_ready=True, by=travel)
        self._individual_assurance(decided, given=True, by=travel)
        self._documents(some=False, latest=min(travel, self.today), after=decided, until=travel)
        self._clearances(decided, min(travel, self.today), complete=True, until=travel)

    def _escorts(self, day: date) -> tuple[int, int]:
        medical = sum(1 for m in self.members if m.escort_need is EscortNeed.MEDICAL)
        minor = sum(1 for m in self.members if m.escort_need is EscortNeed.MINOR
                    or (m.age_on(day) < 18 and (m.unaccompanied or not any(
                        o.age_on(day) >= 18 for o in self.members))))
        return medical, minor

    def _travel(self, plot: Plot, travel: date) -> None:
        """Book the household if the readiness check lets it travel on `travel`; else it waits."""
        today = self.today
        if plot is Plot.READY:
            return
        medical, minor = self._escorts(travel)
        departing = travel <= today
        check_events = []
        if departing:
            for m in self.deciders:
                check_events.append(m)
        booking = BookingRecord(0, 0, travel, BookingStatus.CONFIRMED, medical, minor)
        trial = self.facts((booking,))
        if departing:
            checked_in = {d.id for d in check_events}
            extra = VoluntarinessRecord(10**12, VoluntarinessKind.RECONFIRMED, travel, self.counsellor,
                                        self.language, (T.RIGHT_TO_CHANGE_MIND.value,))
            trial = replace(trial, members=tuple(
                replace(p, events=(*p.events, extra)) if p.id in checked_in else p for p in trial.members
            ))
        verdict = readiness.check(trial, travel, CheckStage.DEPARTURE if departing else CheckStage.PLANNING)
        if not verdict.ready:
            return
        movement_id = self.w.movement_for(self.state, travel, len(self.members), medical, minor)
        if departing:
            for m in check_events:
                self._event(m, VoluntarinessKind.RECONFIRMED, travel, movement_id=movement_id,
                            info=(T.RIGHT_TO_CHANGE_MIND,))
        if plot is Plot.BOOKED:
            status = BookingStatus.CONFIRMED if self.rng.random() < 0.7 else BookingStatus.PROPOSED
        elif plot is Plot.DEPARTED:
            status = BookingStatus.DEPARTED
        else:
            status = BookingStatus.ARRIVED
        last = max(e.occurred_on for m in self.deciders for e in m.events)
        self._booking(movement_id, travel, min(last, today), status, medical, minor)

    def _booking(self, movement_id: int, travel: date, since: date, status: BookingStatus, medical: int,
                 minor: int, reason: str | None = None) -> None:
        booking_id = self.w.next_id("booking")
        booked = self.w.between(since, min(travel, self.today))
        self.add("booking", {
            "id": booking_id, "case_id": self.case_id, "movement_id": movement_id, "status": status,
            "locked": status is BookingStatus.CONFIRMED and self.rng.random() < 0.3,
            "seats": len(self.members), "medical_escorts": medical, "minor_escorts": minor,
            "booked_at": at(booked, self.rng.randint(0, 540)), "cancelled_reason": reason, "version": 1,
        })
        if status is not BookingStatus.CANCELLED:
            self.bookings.append(BookingRecord(booking_id, movement_id, travel, status, medical, minor))

    # --- particulars -----------------------------------------------------------------------------

    def _vulnerabilities(self) -> None:
        rng, today = self.rng, self.today
        code = self.state.spec.code
        children = [m for m in self.members if m.relationship is Relationship.CHILD and m.age_on(today) < 18]
        has_spouse = any(m.relationship is Relationship.SPOUSE for m in self.members)
        for m in self.members:
            age = m.age_on(today)
            kinds: list[VulnerabilityKind] = []
            if m.unaccompanied:
                kinds.append(V.UNACCOMPANIED_MINOR)
                if rng.random() < 0.4:
                    m.escort_need = EscortNeed.MINOR
            if 18 <= age <= 40 and rng.random() < (0.12 if code in ("NGA", "ALB") and m.sex is Sex.FEMALE
                                                    else 0.025):
                kinds.append(V.VICTIM_OF_TRAFFICKING)
            if rng.random() < 0.03:
                kinds.append(V.MEDICAL_NEED)
                if rng.random() < 0.3:
                    m.escort_need = EscortNeed.MEDICAL
            if rng.random() < 0.02:
                kinds.append(V.DISABILITY)
            if m.sex is Sex.FEMALE and 18 <= age <= 42 and rng.random() < 0.05:
                kinds.append(V.PREGNANCY)
            if age >= 65 and rng.random() < 0.8:
                kinds.append(V.ELDERLY)
            if m.relationship is Relationship.HEAD and children and not has_spouse and rng.random() < 0.7:
                kinds.append(V.SINGLE_PARENT)
            for kind in kinds:
                noted = self.opened if rng.random() < 0.8 else \
                    self.w.between(self.opened, min(today, self.opened + timedelta(days=20)))
                ended = None
                if kind is V.PREGNANCY and rng.random() < 0.3 and (today - noted).days > 60:
                    ended = self.w.later(noted, 60, 240)
                elif kind is V.MEDICAL_NEED and rng.random() < 0.15 and (today - noted).days > 30:
                    ended = self.w.later(noted, 30, 200)
                details = {
                    V.MEDICAL_NEED: "Needs regular dialysis; treatment to be arranged on arrival",
                    V.DISABILITY: "Uses a wheelchair",
                    V.PREGNANCY: "Pregnant; expected delivery noted in the medical file",
                    V.VICTIM_OF_TRAFFICKING: "Identified by the specialised reception centre",
                }.get(kind)
                self.add("vulnerability", {
                    "id": self.w.next_id("vulnerability"), "person_id": m.id, "kind": kind, "noted_on": noted,
                    "ended_on": ended, "details": details, "version": 1,
                })
                m.vulnerabilities.append(VulnerabilityRecord(kind, noted, ended))
            m.row["escort_need"] = m.escort_need

    def _documents(self, *, some: bool, latest: date, after: date | None = None, until: date | None = None,
                   incomplete: bool = False) -> None:
        """Travel documents: `some` members hold one; else everyone holds one valid `until`."""
        rng = self.rng
        missing = rng.choice(self.members) if incomplete else None
        for m in self.members:
            if some and (rng.random() > 0.55 or m is missing):
                if m is missing and rng.random() < 0.5:
                    self._passport(m, latest, expired=True)
                continue
            if until is None:
                self._passport(m, latest)
                continue
            if rng.random() < 0.6:
                self._passport(m, latest, valid_on=until)
            else:
                start = after or latest
                issued = self.w.between(max(start, until - timedelta(days=80)), latest)
                if issued > latest:
                    issued = latest
                self._document(m, TravelDocumentKind.EMERGENCY_TRAVEL_DOCUMENT, issued,
                               max(until, issued) + timedelta(days=rng.randint(10, 60)))

    def _passport(self, m: Member, latest: date, expired: bool = False, valid_on: date | None = None) -> None:
        rng = self.rng
        years = 5 if m.age_on(latest) < 18 else 10
        born = m.date_of_birth
        if valid_on is not None:
            issued = self.w.between(max(born, valid_on - timedelta(days=years * 365 - 40)), latest)
        elif expired:
            issued = max(born, latest - timedelta(days=years * 365 + rng.randint(30, 900)))
        else:
            issued = self.w.between(max(born, latest - timedelta(days=years * 365 + 700)), latest)
        self._document(m, TravelDocumentKind.PASSPORT, issued, issued + timedelta(days=years * 365 - 1),
                       lost=valid_on is None and not expired and rng.random() < 0.03)

    def _document(self, m: Member, kind: TravelDocumentKind, issued: date, until: date, lost: bool = False) -> None:
        rng = self.rng
        prefix = m.nationality[:2] if kind is TravelDocumentKind.PASSPORT else "ET"
        number = f"{prefix}{rng.randint(1000000, 9999999)}"
        status = TravelDocumentStatus.LOST if lost else TravelDocumentStatus.VALID
        self.add("travel_document", {
            "id": self.w.next_id("travel_document"), "person_id": m.id, "kind": kind, "number": number,
            "issuing_country": m.nationality, "issued_on": issued, "valid_until": until, "status": status,
            "version": 1,
        })
        m.documents.append(DocumentRecord(kind, number, issued, until, status))

    def _clearances(self, decided: date, latest: date, complete: bool, until: date | None = None) -> None:
        rng = self.rng
        for m in self.members:
            if not ({V.MEDICAL_NEED, V.PREGNANCY} & m.kinds()):
                continue
            if not complete and rng.random() < 0.5:
                continue
            target = until or latest
            assessed = self.w.between(max(decided, target - timedelta(days=60)), latest)
            fit = complete or rng.random() < 0.7
            valid = max(target, assessed) + timedelta(days=rng.randint(7, 45)) if complete \
                else assessed + timedelta(days=rng.randint(14, 90))
            self.add("fit_to_travel", {
                "id": self.w.next_id("fit_to_travel"), "person_id": m.id, "assessed_on": assessed,
                "assessed_by": rng.choice(DOCTORS), "fit": fit, "valid_until": valid,
                "conditions": "Travel with medication for the journey" if fit else "Reassess after treatment",
                "version": 1,
            })
            m.clearances.append(ClearanceRecord(assessed, fit, valid))

    def _best_interests(self, decided: date, travel_ready: bool, by: date | None = None) -> None:
        rng = self.rng
        for m in self.members:
            if not m.unaccompanied:
                continue
            if not travel_ready and rng.random() < 0.4:
                continue
            limit = min(by or self.today, self.today)
            day = self.w.between(self.opened, limit)
            outcome = BestInterestsOutcome.RETURN_IN_BEST_INTERESTS
            if not travel_ready and rng.random() < 0.3:
                outcome = BestInterestsOutcome.RETURN_NOT_IN_BEST_INTERESTS
            confirmed = None
            arrangement = None
            if outcome is BestInterestsOutcome.RETURN_IN_BEST_INTERESTS:
                arrangement = rng.choice(("Reunification with the maternal uncle", "Reunification with parents",
                                          "Placement in a children's reception centre run by a partner"))
                if travel_ready or rng.random() < 0.5:
                    confirmed = self.w.between(day, limit)
            self.add("best_interests_determination", {
                "id": self.w.next_id("best_interests_determination"), "person_id": m.id, "decided_on": day,
                "decided_by": rng.choice(BID_PANELS), "outcome": outcome, "reception_arrangement": arrangement,
                "reception_confirmed_on": confirmed, "version": 1,
            })
            m.best_interests.append(BestInterestsRecord(day, outcome, confirmed))

    def _individual_assurance(self, decided: date, given: bool, by: date | None = None) -> None:
        """Where readmission is given case by case: an individual assurance naming the household."""
        state = self.state
        if not state.spec.individual:
            return
        state.individual_count += 1
        limit = min(by or self.today, self.today)
        start = self.w.between(decided, limit)
        status = AssuranceStatus.IN_FORCE if given else AssuranceStatus.REQUESTED
        end = start + timedelta(days=365)
        assurance_id = self.w.next_id("assurance")
        reference = f"{state.spec.code}-IND-{start.year}-{assurance_id:06d}"
        self.add("assurance", {
            "id": assurance_id, "country_id": state.id, "kind": AssuranceKind.READMISSION,
            "issuing_authority": state.spec.authority, "reference": reference,
            "scope": AssuranceScope.INDIVIDUAL, "monitoring_level": None, "region": None, "valid_from": start,
            "valid_to": end, "conditions": "Named household only", "status": status, "scan": None,
            "scan_filename": None, "version": 1,
        })
        for m in self.members:
            self.add("assurance_person", {"assurance_id": assurance_id, "person_id": m.id})
        self.extra_assurances.append(AssuranceRecord(
            id=assurance_id, kind=AssuranceKind.READMISSION, scope=AssuranceScope.INDIVIDUAL, status=status,
            valid_from=start, valid_to=end, reference=reference,
            person_ids=frozenset(m.id for m in self.members),
        ))
