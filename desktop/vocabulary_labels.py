"""The words for the vocabulary's values (case status, roles, follow-up modes…), marked for translation.

Generated from the `StrEnum`s that `ENUM_MODULES` name; `tests/gui/test_translations.py` fails when a
value has no entry here. `desktop.labels.label()` shows them translated."""

from __future__ import annotations

from desktop.i18n import QT_TR_NOOP

ENUM_MODULES = ("planning.vocabulary", "planning.storage.models.monitoring", "planning.storage.models.reintegration")

#: Each value's default label ("nationals_and_residents" → "Nationals and residents"), once.
DEFAULT_LABELS = (
    # ReferralSource
    QT_TR_NOOP("Reception centre"),
    QT_TR_NOOP("Ngo"),
    QT_TR_NOOP("Unhcr"),
    QT_TR_NOOP("Government office"),
    QT_TR_NOOP("Self referral"),
    # CaseStatus
    QT_TR_NOOP("Intake"),
    QT_TR_NOOP("Counselling"),
    QT_TR_NOOP("Decided"),
    QT_TR_NOOP("Preparing"),
    QT_TR_NOOP("Ready"),
    QT_TR_NOOP("Booked"),
    QT_TR_NOOP("Departed"),
    QT_TR_NOOP("Arrived"),
    QT_TR_NOOP("Monitoring"),
    QT_TR_NOOP("Closed"),
    QT_TR_NOOP("On hold"),
    QT_TR_NOOP("Withdrawn"),
    QT_TR_NOOP("Involvement ended"),
    QT_TR_NOOP("Protection granted"),
    # Relationship
    QT_TR_NOOP("Head"),
    QT_TR_NOOP("Spouse"),
    QT_TR_NOOP("Child"),
    QT_TR_NOOP("Parent"),
    QT_TR_NOOP("Sibling"),
    QT_TR_NOOP("Other relative"),
    QT_TR_NOOP("Unrelated"),
    # VulnerabilityKind
    QT_TR_NOOP("Unaccompanied minor"),
    QT_TR_NOOP("Victim of trafficking"),
    QT_TR_NOOP("Medical need"),
    QT_TR_NOOP("Disability"),
    QT_TR_NOOP("Pregnancy"),
    QT_TR_NOOP("Elderly"),
    QT_TR_NOOP("Single parent"),
    # CounsellingTopic
    QT_TR_NOOP("Legal migration channels"),
    QT_TR_NOOP("Protection"),
    QT_TR_NOOP("Reintegration"),
    QT_TR_NOOP("Risks of irregular movement"),
    QT_TR_NOOP("Right to change mind"),
    QT_TR_NOOP("Return process"),
    # CounsellingOutcome
    QT_TR_NOOP("Continue"),
    QT_TR_NOOP("Decided to return"),
    QT_TR_NOOP("Undecided"),
    QT_TR_NOOP("Declined return"),
    QT_TR_NOOP("Protection concern"),
    # VoluntarinessKind
    QT_TR_NOOP("Declared"),
    QT_TR_NOOP("Reconfirmed"),
    QT_TR_NOOP("Refused"),
    QT_TR_NOOP("Force needed"),
    # BestInterestsOutcome
    QT_TR_NOOP("Return in best interests"),
    QT_TR_NOOP("Return not in best interests"),
    # ReferralAuthority
    QT_TR_NOOP("National asylum authority"),
    # ProtectionOutcome
    QT_TR_NOOP("Pending"),
    QT_TR_NOOP("Needs protection"),
    QT_TR_NOOP("Final negative"),
    # AssuranceKind
    QT_TR_NOOP("Readmission"),
    QT_TR_NOOP("No punishment"),
    QT_TR_NOOP("Monitoring authorisation"),
    # AssuranceScope
    QT_TR_NOOP("Nationals"),
    QT_TR_NOOP("Nationals and residents"),
    QT_TR_NOOP("Individual"),
    # AssuranceStatus
    QT_TR_NOOP("Requested"),
    QT_TR_NOOP("In force"),
    QT_TR_NOOP("Expired"),
    QT_TR_NOOP("Under review"),
    QT_TR_NOOP("Revoked"),
    # MonitoringLevel
    QT_TR_NOOP("Passive"),
    QT_TR_NOOP("Active"),
    # TravelDocumentKind
    QT_TR_NOOP("Passport"),
    QT_TR_NOOP("Emergency travel document"),
    # TravelDocumentStatus
    QT_TR_NOOP("Valid"),
    QT_TR_NOOP("Cancelled"),
    QT_TR_NOOP("Lost"),
    # EscortNeed
    QT_TR_NOOP("Medical"),
    QT_TR_NOOP("Minor"),
    # MovementKind
    QT_TR_NOOP("Scheduled flight"),
    QT_TR_NOOP("Charter"),
    QT_TR_NOOP("Ground"),
    # MovementStatus
    QT_TR_NOOP("Planned"),
    QT_TR_NOOP("Confirmed"),
    # BookingStatus
    QT_TR_NOOP("Proposed"),
    QT_TR_NOOP("Checked in"),
    # Role
    QT_TR_NOOP("Coordinator"),
    QT_TR_NOOP("Monitor"),
    QT_TR_NOOP("Data protection officer"),
    QT_TR_NOOP("Read only"),
    # LegalBasis
    QT_TR_NOOP("Consent"),
    QT_TR_NOOP("Vital interest"),
    QT_TR_NOOP("Legal obligation"),
    QT_TR_NOOP("Public interest"),
    QT_TR_NOOP("Legitimate interest"),
    # IdentityFinding
    QT_TR_NOOP("Different person"),
    QT_TR_NOOP("New decision"),
    # FollowUpKind
    QT_TR_NOOP("Scheduled"),
    QT_TR_NOOP("Second attempt"),
    QT_TR_NOOP("Field visit"),
    # FollowUpStatus
    QT_TR_NOOP("Due"),
    QT_TR_NOOP("Done"),
    QT_TR_NOOP("Missed"),
    # ContactMode
    QT_TR_NOOP("Visit"),
    QT_TR_NOOP("Phone"),
    QT_TR_NOOP("Partner report"),
    QT_TR_NOOP("Self report"),
    # IncidentKind
    QT_TR_NOOP("Punishment"),
    QT_TR_NOOP("Detention"),
    QT_TR_NOOP("Readmission refused"),
    # ReviewOutcome
    QT_TR_NOOP("Restore"),
    QT_TR_NOOP("Restrict region"),
    QT_TR_NOOP("Restrict profile"),
    QT_TR_NOOP("Suspend"),
    # PackageKind
    QT_TR_NOOP("Business start up"),
    QT_TR_NOOP("Vocational training"),
    QT_TR_NOOP("Education"),
    QT_TR_NOOP("Housing"),
    QT_TR_NOOP("Psychosocial"),
    # AllocationStatus
    QT_TR_NOOP("Accepted"),
    QT_TR_NOOP("Delivered"),
)
