"""One application-level signal announcing what changed, so pages refresh only what they show."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal

from planning.storage.store import Changed


@dataclass(frozen=True)
class Changes:
    """What a finished operation changed. Pages look at the flags they care about."""

    cases: bool = False  # the case list (statuses, new cases, names)
    case_ids: frozenset[int] = field(default_factory=frozenset)  # these case files
    countries: bool = False  # profiles, assurances, advisories (may change many cases' readiness)
    origin: object | None = None  # the widget that started it, so it can skip its own refresh

    def touches_case(self, case_id: int) -> bool:
        return self.countries or case_id in self.case_ids

    @classmethod
    def of_case(cls, case_id: int, origin: object | None = None) -> Changes:
        return cls(cases=True, case_ids=frozenset({case_id}), origin=origin)

    @classmethod
    def of_countries(cls, origin: object | None = None) -> Changes:
        return cls(cases=True, countries=True, origin=origin)

    @classmethod
    def of(cls, changed: Changed, origin: object | None = None) -> Changes:
        """What an operation changed, as its units of work's audit entries name it."""
        return cls(cases=bool(changed.case_ids) or bool(changed.entities & CASE_TABLES),
                   case_ids=frozenset(changed.case_ids), countries=bool(changed.entities & COUNTRY_TABLES),
                   origin=origin)

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.cases or other.cases, self.case_ids | other.case_ids, self.countries or other.countries,
                       self.origin if self.origin is not None else other.origin)


#: Tables whose changes may change a case's row in lists (status, readiness, names).
CASE_TABLES = frozenset({"case_file", "person", "vulnerability", "voluntariness_event", "protection_referral",
                         "booking", "booking_check_in", "movement", "movement_leg", "travel_document",
                         "fit_to_travel", "best_interests_determination", "counselling_session"})
#: Tables whose changes may change many cases' readiness at once.
COUNTRY_TABLES = frozenset({"country_profile", "assurance", "assurance_person", "advisory", "monitoring_incident"})


class ChangeHub(QObject):
    changed = Signal(object)

    def announce(self, changes: Changes) -> None:
        self.changed.emit(changes)
