"""The closed vocabularies of the domain: every kind, outcome and status Homeward records."""

from __future__ import annotations

from enum import StrEnum


class ReferralSource(StrEnum):
    RECEPTION_CENTRE = "reception_centre"
    NGO = "ngo"
    UNHCR = "unhcr"
    GOVERNMENT_OFFICE = "government_office"
    SELF_REFERRAL = "self_referral"


class CaseStatus(StrEnum):
    """Case lifecycle (DESIGN.md §2), main line then side states."""

    INTAKE = "intake"
    COUNSELLING = "counselling"
    DECIDED = "decided"
    PREPARING = "preparing"
    READY = "ready"
    BOOKED = "booked"
    DEPARTED = "departed"
    ARRIVED = "arrived"
    MONITORING = "monitoring"
    CLOSED = "closed"
    ON_HOLD = "on_hold"
    WITHDRAWN = "withdrawn"
    INVOLVEMENT_ENDED = "involvement_ended"
    PROTECTION_GRANTED = "protection_granted"

    @property
    def terminal(self) -> bool:
        return self in (CaseStatus.INVOLVEMENT_ENDED, CaseStatus.PROTECTION_GRANTED, CaseStatus.CLOSED)


class Sex(StrEnum):
    FEMALE = "F"
    MALE = "M"
    OTHER = "X"


class Relationship(StrEnum):
    """A member's place in the household."""

    HEAD = "head"
    SPOUSE = "spouse"
    CHILD = "child"
    PARENT = "parent"
    SIBLING = "sibling"
    OTHER_RELATIVE = "other_relative"
    UNRELATED = "unrelated"


class VulnerabilityKind(StrEnum):
    UNACCOMPANIED_MINOR = "unaccompanied_minor"
    VICTIM_OF_TRAFFICKING = "victim_of_trafficking"
    MEDICAL_NEED = "medical_need"
    DISABILITY = "disability"
    PREGNANCY = "pregnancy"
    ELDERLY = "elderly"
    SINGLE_PARENT = "single_parent"


#: Vulnerabilities that require a fit-to-travel clearance (S10).
NEEDS_FIT_TO_TRAVEL = frozenset({VulnerabilityKind.MEDICAL_NEED, VulnerabilityKind.PREGNANCY})


class CounsellingTopic(StrEnum):
    """Options explained in counselling (para 20 of the paper)."""

    LEGAL_MIGRATION_CHANNELS = "legal_migration_channels"
    PROTECTION = "protection"
    REINTEGRATION = "reintegration"
    RISKS_OF_IRREGULAR_MOVEMENT = "risks_of_irregular_movement"
    RIGHT_TO_CHANGE_MIND = "right_to_change_mind"
    RETURN_PROCESS = "return_process"


class CounsellingOutcome(StrEnum):
    CONTINUE = "continue"
    DECIDED_TO_RETURN = "decided_to_return"
    UNDECIDED = "undecided"
    DECLINED_RETURN = "declined_return"
    PROTECTION_CONCERN = "protection_concern"


class VoluntarinessKind(StrEnum):
    DECLARED = "declared"
    RECONFIRMED = "reconfirmed"
    REFUSED = "refused"
    WITHDRAWN = "withdrawn"
    FORCE_NEEDED = "force_needed"


class BestInterestsOutcome(StrEnum):
    RETURN_IN_BEST_INTERESTS = "return_in_best_interests"
    RETURN_NOT_IN_BEST_INTERESTS = "return_not_in_best_interests"


class ReferralAuthority(StrEnum):
    NATIONAL_ASYLUM_AUTHORITY = "national_asylum_authority"
    UNHCR = "unhcr"


class ProtectionOutcome(StrEnum):
    PENDING = "pending"
    NEEDS_PROTECTION = "needs_protection"
    FINAL_NEGATIVE = "final_negative"


class AssuranceKind(StrEnum):
    READMISSION = "readmission"
    NO_PUNISHMENT = "no_punishment"
    MONITORING_AUTHORISATION = "monitoring_authorisation"


class AssuranceScope(StrEnum):
    """Whom an assurance covers (S5)."""

    NATIONALS = "nationals"
    NATIONALS_AND_RESIDENTS = "nationals_and_residents"
    INDIVIDUAL = "individual"


class AssuranceStatus(StrEnum):
    REQUESTED = "requested"
    IN_FORCE = "in_force"
    EXPIRED = "expired"
    UNDER_REVIEW = "under_review"
    REVOKED = "revoked"


class MonitoringLevel(StrEnum):
    PASSIVE = "passive"
    ACTIVE = "active"

    def covers(self, needed: MonitoringLevel) -> bool:
        return self is MonitoringLevel.ACTIVE or needed is MonitoringLevel.PASSIVE


class TravelDocumentKind(StrEnum):
    PASSPORT = "passport"
    EMERGENCY_TRAVEL_DOCUMENT = "emergency_travel_document"


class TravelDocumentStatus(StrEnum):
    VALID = "valid"
    CANCELLED = "cancelled"
    LOST = "lost"


class EscortNeed(StrEnum):
    MEDICAL = "medical"
    MINOR = "minor"


class MovementKind(StrEnum):
    SCHEDULED_FLIGHT = "scheduled_flight"
    CHARTER = "charter"
    GROUND = "ground"


class MovementStatus(StrEnum):
    PLANNED = "planned"
    CONFIRMED = "confirmed"
    DEPARTED = "departed"
    ARRIVED = "arrived"
    CANCELLED = "cancelled"


class BookingStatus(StrEnum):
    PROPOSED = "proposed"
    CONFIRMED = "confirmed"
    CHECKED_IN = "checked_in"
    DEPARTED = "departed"
    ARRIVED = "arrived"
    CANCELLED = "cancelled"

    @property
    def active(self) -> bool:
        return self not in (BookingStatus.CANCELLED,)


class Role(StrEnum):
    COORDINATOR = "coordinator"
    MONITOR = "monitor"
    DATA_PROTECTION_OFFICER = "data_protection_officer"
    READ_ONLY = "read_only"


class LegalBasis(StrEnum):
    """Why Homeward may hold and share a person's data for a purpose (IOM data-protection principles)."""

    CONSENT = "consent"
    VITAL_INTEREST = "vital_interest"
    LEGAL_OBLIGATION = "legal_obligation"
    PUBLIC_INTEREST = "public_interest"
    LEGITIMATE_INTEREST = "legitimate_interest"


class IdentityFinding(StrEnum):
    """What a coordinator and a data-protection officer found about a person whose record matches someone
    whose involvement ended (S3) or who was granted protection (S4) in another case."""

    DIFFERENT_PERSON = "different_person"  # the same particulars, but someone else
    NEW_DECISION = "new_decision"  # the same person, and a new, genuine decision stands (e.g. protection ceased)
