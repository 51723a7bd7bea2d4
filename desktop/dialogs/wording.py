"""The words people read for the domain's vocabularies (statuses, kinds, outcomes, topics)."""

from __future__ import annotations

from enum import StrEnum

from planning.vocabulary import (
    BestInterestsOutcome,
    CaseStatus,
    CounsellingOutcome,
    CounsellingTopic,
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

_WORDS: dict[StrEnum, str] = {
    CaseStatus.INTAKE: "Intake",
    CaseStatus.COUNSELLING: "In counselling",
    CaseStatus.DECIDED: "Decided to return",
    CaseStatus.PREPARING: "Preparing travel",
    CaseStatus.READY: "Ready to travel",
    CaseStatus.BOOKED: "Booked on a movement",
    CaseStatus.DEPARTED: "Departed",
    CaseStatus.ARRIVED: "Arrived",
    CaseStatus.MONITORING: "Monitoring after return",
    CaseStatus.CLOSED: "Closed",
    CaseStatus.ON_HOLD: "On hold — protection referral",
    CaseStatus.WITHDRAWN: "Withdrawn — back in counselling",
    CaseStatus.INVOLVEMENT_ENDED: "Involvement ended",
    CaseStatus.PROTECTION_GRANTED: "Protection granted",
    ReferralSource.RECEPTION_CENTRE: "Reception centre",
    ReferralSource.NGO: "NGO",
    ReferralSource.UNHCR: "UNHCR",
    ReferralSource.GOVERNMENT_OFFICE: "Government office",
    ReferralSource.SELF_REFERRAL: "Self-referral",
    Sex.FEMALE: "Female",
    Sex.MALE: "Male",
    Sex.OTHER: "Other / unspecified",
    Relationship.HEAD: "Head of household",
    Relationship.OTHER_RELATIVE: "Other relative",
    VulnerabilityKind.VICTIM_OF_TRAFFICKING: "Victim of trafficking",
    CounsellingTopic.LEGAL_MIGRATION_CHANNELS: "Legal migration channels",
    CounsellingTopic.PROTECTION: "Protection (asylum, fear of return)",
    CounsellingTopic.REINTEGRATION: "Reintegration support",
    CounsellingTopic.RISKS_OF_IRREGULAR_MOVEMENT: "Risks of irregular movement",
    CounsellingTopic.RIGHT_TO_CHANGE_MIND: "Right to change their mind at any time",
    CounsellingTopic.RETURN_PROCESS: "The return process",
    CounsellingOutcome.CONTINUE: "Counselling continues",
    CounsellingOutcome.DECIDED_TO_RETURN: "Decided to return",
    CounsellingOutcome.DECLINED_RETURN: "Declined return",
    CounsellingOutcome.PROTECTION_CONCERN: "Protection concern raised",
    VoluntarinessKind.DECLARED: "Declared decision to return",
    VoluntarinessKind.RECONFIRMED: "Reconfirmed decision",
    VoluntarinessKind.REFUSED: "Refused / disagreed",
    VoluntarinessKind.WITHDRAWN: "Withdrew decision",
    VoluntarinessKind.FORCE_NEEDED: "Force would be needed",
    BestInterestsOutcome.RETURN_IN_BEST_INTERESTS: "Return is in the child's best interests",
    BestInterestsOutcome.RETURN_NOT_IN_BEST_INTERESTS: "Return is not in the child's best interests",
    ReferralAuthority.NATIONAL_ASYLUM_AUTHORITY: "National asylum authority",
    ReferralAuthority.UNHCR: "UNHCR",
    ProtectionOutcome.PENDING: "Awaiting decision",
    ProtectionOutcome.NEEDS_PROTECTION: "Needs protection",
    ProtectionOutcome.FINAL_NEGATIVE: "Final negative decision",
    TravelDocumentKind.EMERGENCY_TRAVEL_DOCUMENT: "Emergency travel document",
    TravelDocumentStatus.VALID: "Valid",
    TravelDocumentStatus.CANCELLED: "Cancelled",
    TravelDocumentStatus.LOST: "Lost",
}


def words(value: StrEnum) -> str:
    """How a vocabulary value reads on screen ("medical_need" → "Medical need")."""
    return _WORDS.get(value) or value.value.replace("_", " ").capitalize()


def topic_words(raw: str) -> str:
    """A stored topic value (plain text in the database) in words."""
    try:
        return words(CounsellingTopic(raw))
    except ValueError:
        return raw.replace("_", " ")
