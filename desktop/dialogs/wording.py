"""The words people read for the domain's vocabularies (statuses, kinds, outcomes, topics), translated.

Values without an entry here read as their default label, which `desktop/vocabulary_labels.py` marks."""

from __future__ import annotations

from enum import StrEnum

from desktop.i18n import QT_TR_NOOP, tr
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
    CaseStatus.INTAKE: QT_TR_NOOP("Intake"),
    CaseStatus.COUNSELLING: QT_TR_NOOP("In counselling"),
    CaseStatus.DECIDED: QT_TR_NOOP("Decided to return"),
    CaseStatus.PREPARING: QT_TR_NOOP("Preparing travel"),
    CaseStatus.READY: QT_TR_NOOP("Ready to travel"),
    CaseStatus.BOOKED: QT_TR_NOOP("Booked on a movement"),
    CaseStatus.DEPARTED: QT_TR_NOOP("Departed"),
    CaseStatus.ARRIVED: QT_TR_NOOP("Arrived"),
    CaseStatus.MONITORING: QT_TR_NOOP("Monitoring after return"),
    CaseStatus.CLOSED: QT_TR_NOOP("Closed"),
    CaseStatus.ON_HOLD: QT_TR_NOOP("On hold — protection referral"),
    CaseStatus.WITHDRAWN: QT_TR_NOOP("Withdrawn — back in counselling"),
    CaseStatus.INVOLVEMENT_ENDED: QT_TR_NOOP("Involvement ended"),
    CaseStatus.PROTECTION_GRANTED: QT_TR_NOOP("Protection granted"),
    ReferralSource.RECEPTION_CENTRE: QT_TR_NOOP("Reception centre"),
    ReferralSource.NGO: QT_TR_NOOP("NGO"),
    ReferralSource.UNHCR: QT_TR_NOOP("UNHCR"),
    ReferralSource.GOVERNMENT_OFFICE: QT_TR_NOOP("Government office"),
    ReferralSource.SELF_REFERRAL: QT_TR_NOOP("Self-referral"),
    Sex.FEMALE: QT_TR_NOOP("Female"),
    Sex.MALE: QT_TR_NOOP("Male"),
    Sex.OTHER: QT_TR_NOOP("Other / unspecified"),
    Relationship.HEAD: QT_TR_NOOP("Head of household"),
    Relationship.OTHER_RELATIVE: QT_TR_NOOP("Other relative"),
    VulnerabilityKind.VICTIM_OF_TRAFFICKING: QT_TR_NOOP("Victim of trafficking"),
    CounsellingTopic.LEGAL_MIGRATION_CHANNELS: QT_TR_NOOP("Legal migration channels"),
    CounsellingTopic.PROTECTION: QT_TR_NOOP("Protection (asylum, fear of return)"),
    CounsellingTopic.REINTEGRATION: QT_TR_NOOP("Reintegration support"),
    CounsellingTopic.RISKS_OF_IRREGULAR_MOVEMENT: QT_TR_NOOP("Risks of irregular movement"),
    CounsellingTopic.RIGHT_TO_CHANGE_MIND: QT_TR_NOOP("Right to change their mind at any time"),
    CounsellingTopic.RETURN_PROCESS: QT_TR_NOOP("The return process"),
    CounsellingOutcome.CONTINUE: QT_TR_NOOP("Counselling continues"),
    CounsellingOutcome.DECIDED_TO_RETURN: QT_TR_NOOP("Decided to return"),
    CounsellingOutcome.DECLINED_RETURN: QT_TR_NOOP("Declined return"),
    CounsellingOutcome.PROTECTION_CONCERN: QT_TR_NOOP("Protection concern raised"),
    VoluntarinessKind.DECLARED: QT_TR_NOOP("Declared decision to return"),
    VoluntarinessKind.RECONFIRMED: QT_TR_NOOP("Reconfirmed decision"),
    VoluntarinessKind.REFUSED: QT_TR_NOOP("Refused / disagreed"),
    VoluntarinessKind.WITHDRAWN: QT_TR_NOOP("Withdrew decision"),
    VoluntarinessKind.FORCE_NEEDED: QT_TR_NOOP("Force would be needed"),
    BestInterestsOutcome.RETURN_IN_BEST_INTERESTS: QT_TR_NOOP("Return is in the child's best interests"),
    BestInterestsOutcome.RETURN_NOT_IN_BEST_INTERESTS: QT_TR_NOOP("Return is not in the child's best interests"),
    ReferralAuthority.NATIONAL_ASYLUM_AUTHORITY: QT_TR_NOOP("National asylum authority"),
    ReferralAuthority.UNHCR: QT_TR_NOOP("UNHCR"),
    ProtectionOutcome.PENDING: QT_TR_NOOP("Awaiting decision"),
    ProtectionOutcome.NEEDS_PROTECTION: QT_TR_NOOP("Needs protection"),
    ProtectionOutcome.FINAL_NEGATIVE: QT_TR_NOOP("Final negative decision"),
    TravelDocumentKind.EMERGENCY_TRAVEL_DOCUMENT: QT_TR_NOOP("Emergency travel document"),
    TravelDocumentStatus.VALID: QT_TR_NOOP("Valid"),
    TravelDocumentStatus.CANCELLED: QT_TR_NOOP("Cancelled"),
    TravelDocumentStatus.LOST: "Lost",
}


def words(value: StrEnum) -> str:
    """How a vocabulary value reads on screen, translated ("medical_need" → "Medical need")."""
    return tr(_WORDS.get(value) or value.value.replace("_", " ").capitalize())


def topic_words(raw: str) -> str:
    """A stored topic value (plain text in the database) in words."""
    try:
        return words(CounsellingTopic(raw))
    except ValueError:
        return raw.replace("_", " ")
