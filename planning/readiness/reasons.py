"""What the readiness check answers: ready, or every reason why not, each tied to a safeguard."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import TYPE_CHECKING

from planning.readiness.texts import TEXTS, Params, Value, fill, plain

if TYPE_CHECKING:
    from planning.readiness.facts import PersonFacts


class Safeguard(StrEnum):
    """The safeguards of DESIGN.md §1."""

    S1 = "S1"
    S2 = "S2"
    S3 = "S3"
    S4 = "S4"
    S5 = "S5"
    S6 = "S6"
    S7 = "S7"
    S8 = "S8"
    S9 = "S9"
    S10 = "S10"

    @property
    def heading(self) -> str:
        """The safeguard's name (`planning.labels`): 'Voluntariness'."""
        from planning.labels import label

        return label(self)


class Stage(StrEnum):
    """Planning a movement, or checking people in on the day of departure."""

    PLANNING = "planning"
    DEPARTURE = "departure"


@dataclass(frozen=True)
class Reason:
    """One thing that stops the case travelling on the date checked."""

    safeguard: Safeguard
    code: str
    message: str
    resolution: str
    person_id: int | None = None
    person_name: str | None = None
    #: Nothing can resolve it: the case can never travel (S3, protection granted).
    final: bool = False
    #: The values in the message and the resolution, by the name their templates give them
    #: (`planning.readiness.texts`): the interface fills the same templates in its own language.
    params: Params = ()

    @classmethod
    def of(cls, code: str, who: PersonFacts | None = None, /, *, final: bool = False, **params: Value) -> Reason:
        """The reason `code` about `who` (None: the whole household), its English message and resolution
        filled from `params` (`TEXTS[code]`)."""
        message, resolution = TEXTS[code]
        values = tuple(params.items())
        return cls(Safeguard(code.split(".", 1)[0]), code, fill(message, values), fill(resolution, values),
                   who.id if who else None, who.name if who else None, final, values)

    def english(self) -> str:
        """'S5: <message>', as a list of reasons inside another text writes it."""
        return f"{self.safeguard.value}: {self.message}"

    @property
    def said(self) -> ReasonMessage:
        """The message alone, as a value of a text that names the safeguard already."""
        return ReasonMessage(self)

    def as_dict(self) -> dict[str, object]:
        return {
            "safeguard": self.safeguard.value,
            "code": self.code,
            "message": self.message,
            "resolution": self.resolution,
            "person_id": self.person_id,
            "person": self.person_name,
            "final": self.final,
            "params": {name: plain(value) for name, value in self.params},
        }


@dataclass(frozen=True)
class ReasonMessage:
    """A reason's message without its safeguard ('No readmission assurance … covers …')."""

    reason: Reason

    def english(self) -> str:
        return self.reason.message


@dataclass(frozen=True)
class Verdict:
    case_id: int
    reference: str
    on: date
    stage: Stage
    reasons: tuple[Reason, ...]

    @property
    def ready(self) -> bool:
        return not self.reasons

    @property
    def final(self) -> bool:
        """Whether some reason can never be resolved."""
        return any(r.final for r in self.reasons)

    def safeguards(self) -> frozenset[Safeguard]:
        return frozenset(r.safeguard for r in self.reasons)

    def as_dict(self) -> dict[str, object]:
        return {
            "case": self.reference,
            "on": self.on.isoformat(),
            "stage": self.stage.value,
            "ready": self.ready,
            "reasons": [r.as_dict() for r in self.reasons],
        }
