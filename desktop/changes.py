"""One application-level signal announcing what changed, so pages refresh only what they show."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal


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


class ChangeHub(QObject):
    changed = Signal(object)

    def announce(self, changes: Changes) -> None:
        self.changed.emit(changes)
