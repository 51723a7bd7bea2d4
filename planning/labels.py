"""The one English label of every vocabulary value (every `StrEnum` of planning/), keyed by the member.

Lists, headers, dialogs, errors and printed documents name a value by this label; the interface shows it
translated (`desktop.labels.label`, the catalogues know each label with its enum as context), English
text in a sentence writes it with a small first letter (`in_sentence`). A value without a label fails
`tests/unit/test_labels.py`.
"""

from __future__ import annotations

from enum import StrEnum
from functools import cache


@cache
def entries() -> tuple[tuple[StrEnum, str], ...]:
    """Every member and its label, in the table's order; built on first use, so that the modules defining
    the enums may use labels."""
    from planning.case_list import SortKey
    from planning.checkin import Response
    from planning.data_protection.retention import EndedBy, Removal
    from planning.demo.households import Plot
    from planning.documents.verification import Status as Verification
    from planning.exports.files import ExportedList, ExportFormat
    from planning.movement_import import FileKind
    from planning.readiness.reasons import Safeguard, Stage
    from planning.referral_import.mapping import Field
    from planning.referral_import.report import RowStatus, Severity
    from planning.referral_import.values import DateOrder
    from planning.reintegration.allocation.result import Status as Allocation
    from planning.reports.measures import Measure, ReportKind, Unit
    from planning.scheduling.outcome import Engine
    from planning.scheduling.result import MoveReason, Term
    from planning.scheduling.result import Status as Planning
    from planning.statistics import AgeGroup, CountBy, NoVulnerability
    from planning.storage.models.monitoring import (
        Breach,
        ContactMode,
        Dimension,
        FollowUpKind,
        FollowUpStatus,
        IncidentKind,
        ReviewOutcome,
    )
    from planning.storage.models.reintegration import AllocationStatus, PackageKind
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
        IdentityFinding,
        LegalBasis,
        MonitoringLevel,
        MovementKind,
        MovementStatus,
        ProtectionOutcome,
        ReferralAuthority,
        ReferralSource,
        Relationship,
        Role,
        Sex,
        TravelDocumentKind,
        TravelDocumentStatus,
        VoluntarinessKind,
        VulnerabilityKind,
    )
    from planning.week import Expiry

    return (
        # The case and its household
        (ReferralSource.RECEPTION_CENTRE, "Reception centre"),
        (ReferralSource.NGO, "NGO"),
        (ReferralSource.UNHCR, "UNHCR"),
        (ReferralSource.GOVERNMENT_OFFICE, "Government office"),
        (ReferralSource.SELF_REFERRAL, "Self-referral"),
        (CaseStatus.INTAKE, "Intake"),
        (CaseStatus.COUNSELLING, "In counselling"),
        (CaseStatus.DECIDED, "Decided to return"),
        (CaseStatus.PREPARING, "Preparing travel"),
        (CaseStatus.READY, "Ready to travel"),
        (CaseStatus.BOOKED, "Booked"),
        (CaseStatus.DEPARTED, "Departed"),
        (CaseStatus.ARRIVED, "Arrived"),
        (CaseStatus.MONITORING, "Monitoring after return"),
        (CaseStatus.CLOSED, "Closed"),
        (CaseStatus.ON_HOLD, "On hold (protection referral)"),
        (CaseStatus.WITHDRAWN, "Withdrawn"),
        (CaseStatus.INVOLVEMENT_ENDED, "Involvement ended"),
        (CaseStatus.PROTECTION_GRANTED, "Protection granted"),
        (Sex.FEMALE, "Female"),
        (Sex.MALE, "Male"),
        (Sex.OTHER, "Other / unspecified"),
        (Relationship.HEAD, "Head of household"),
        (Relationship.SPOUSE, "Spouse"),
        (Relationship.CHILD, "Child"),
        (Relationship.PARENT, "Parent"),
        (Relationship.SIBLING, "Sibling"),
        (Relationship.OTHER_RELATIVE, "Other relative"),
        (Relationship.UNRELATED, "Unrelated"),
        (VulnerabilityKind.UNACCOMPANIED_MINOR, "Unaccompanied minor"),
        (VulnerabilityKind.VICTIM_OF_TRAFFICKING, "Victim of trafficking"),
        (VulnerabilityKind.MEDICAL_NEED, "Medical need"),
        (VulnerabilityKind.DISABILITY, "Disability"),
        (VulnerabilityKind.PREGNANCY, "Pregnancy"),
        (VulnerabilityKind.ELDERLY, "Elderly"),
        (VulnerabilityKind.SINGLE_PARENT, "Single parent"),
        # Counselling, voluntariness, protection
        (CounsellingTopic.LEGAL_MIGRATION_CHANNELS, "Legal migration channels"),
        (CounsellingTopic.PROTECTION, "Protection (asylum, fear of return)"),
        (CounsellingTopic.REINTEGRATION, "Reintegration support"),
        (CounsellingTopic.RISKS_OF_IRREGULAR_MOVEMENT, "Risks of irregular movement"),
        (CounsellingTopic.RIGHT_TO_CHANGE_MIND, "Right to change their mind at any time"),
        (CounsellingTopic.RETURN_PROCESS, "The return process"),
        (CounsellingOutcome.CONTINUE, "Counselling continues"),
        (CounsellingOutcome.DECIDED_TO_RETURN, "Decided to return"),
        (CounsellingOutcome.UNDECIDED, "Undecided"),
        (CounsellingOutcome.DECLINED_RETURN, "Declined return"),
        (CounsellingOutcome.PROTECTION_CONCERN, "Protection concern raised"),
        (VoluntarinessKind.DECLARED, "Declared decision to return"),
        (VoluntarinessKind.RECONFIRMED, "Reconfirmed decision"),
        (VoluntarinessKind.REFUSED, "Refused / disagreed"),
        (VoluntarinessKind.WITHDRAWN, "Withdrew decision"),
        (VoluntarinessKind.FORCE_NEEDED, "Force would be needed"),
        (BestInterestsOutcome.RETURN_IN_BEST_INTERESTS, "Return is in the child's best interests"),
        (BestInterestsOutcome.RETURN_NOT_IN_BEST_INTERESTS, "Return is not in the child's best interests"),
        (ReferralAuthority.NATIONAL_ASYLUM_AUTHORITY, "National asylum authority"),
        (ReferralAuthority.UNHCR, "UNHCR"),
        (ProtectionOutcome.PENDING, "Awaiting decision"),
        (ProtectionOutcome.NEEDS_PROTECTION, "Needs protection"),
        (ProtectionOutcome.FINAL_NEGATIVE, "Final negative decision"),
        # Countries and their assurances
        (AssuranceKind.READMISSION, "Readmission"),
        (AssuranceKind.NO_PUNISHMENT, "No punishment"),
        (AssuranceKind.MONITORING_AUTHORISATION, "Monitoring authorisation"),
        (AssuranceScope.NATIONALS, "Nationals"),
        (AssuranceScope.NATIONALS_AND_RESIDENTS, "Nationals and permanent residents"),
        (AssuranceScope.INDIVIDUAL, "Named individuals"),
        (AssuranceStatus.REQUESTED, "Requested"),
        (AssuranceStatus.IN_FORCE, "In force"),
        (AssuranceStatus.EXPIRED, "Expired"),
        (AssuranceStatus.UNDER_REVIEW, "Under review"),
        (AssuranceStatus.REVOKED, "Revoked"),
        (MonitoringLevel.PASSIVE, "Passive"),
        (MonitoringLevel.ACTIVE, "Active"),
        # Travel
        (TravelDocumentKind.PASSPORT, "Passport"),
        (TravelDocumentKind.EMERGENCY_TRAVEL_DOCUMENT, "Emergency travel document"),
        (TravelDocumentStatus.VALID, "Valid"),
        (TravelDocumentStatus.CANCELLED, "Cancelled"),
        (TravelDocumentStatus.LOST, "Lost"),
        (Expiry.TRAVEL_DOCUMENT, "Travel document"),
        (Expiry.CLEARANCE, "Fit-to-travel clearance"),
        (Expiry.ASSURANCE, "Assurance"),
        (CountBy.MONTH, "Month"),
        (CountBy.COUNTRY, "Country"),
        (CountBy.SEX, "Sex"),
        (CountBy.AGE_GROUP, "Age group"),
        (CountBy.VULNERABILITY, "Vulnerability"),
        (AgeGroup.UNDER_5, "0–4 years"),
        (AgeGroup.CHILD, "5–11 years"),
        (AgeGroup.ADOLESCENT, "12–17 years"),
        (AgeGroup.YOUNG_ADULT, "18–24 years"),
        (AgeGroup.ADULT, "25–59 years"),
        (AgeGroup.OLDER, "60 years and over"),
        (NoVulnerability.NONE, "No vulnerability recorded"),
        # Reports for donors
        (ReportKind.RETURNS, "Returns"),
        (ReportKind.REINTEGRATION, "Reintegration"),
        (ReportKind.MONITORING, "Monitoring"),
        (Measure.TRAVELLED, "Travelled"),
        (Measure.WITHDREW, "Withdrew"),
        (Measure.INVOLVEMENT_ENDED, "Involvement ended"),
        (Measure.PROTECTION_REFERRED, "Protection referred"),
        (Measure.PROTECTION_GRANTED, "Protection granted"),
        (Measure.PEOPLE_ALLOCATED, "People allocated a package"),
        (Measure.PEOPLE_DELIVERED, "People who received a package"),
        (Measure.HOUSEHOLDS_ALLOCATED, "Households allocated a package"),
        (Measure.HOUSEHOLDS_DELIVERED, "Households that received a package"),
        (Measure.AMOUNT_ALLOCATED, "Amount allocated (EUR)"),
        (Measure.AMOUNT_DELIVERED, "Amount delivered (EUR)"),
        (Measure.FOLLOW_UPS_DUE, "Follow-ups due"),
        (Measure.FOLLOW_UPS_DONE, "Follow-ups done"),
        (Measure.FOLLOW_UPS_MISSED, "Follow-ups missed"),
        (Measure.FOLLOW_UPS_ESCALATED, "Follow-ups escalated"),
        (Measure.INCIDENTS_OPENED, "Incidents reported"),
        (Measure.ECONOMIC_SCORE, "Economic score (mean)"),
        (Measure.SOCIAL_SCORE, "Social score (mean)"),
        (Measure.PSYCHOSOCIAL_SCORE, "Psychosocial score (mean)"),
        (Unit.PEOPLE, "People"),
        (Unit.HOUSEHOLDS, "Households"),
        (Unit.FOLLOW_UPS, "Follow-ups"),
        (Unit.INCIDENTS, "Incidents"),
        (Unit.AMOUNT, "Euros"),
        (Unit.SCORE, "Mean score"),
        (EscortNeed.MEDICAL, "Medical escort"),
        (EscortNeed.MINOR, "Escort for a minor"),
        (MovementKind.SCHEDULED_FLIGHT, "Scheduled flight"),
        (MovementKind.CHARTER, "Charter flight"),
        (MovementKind.GROUND, "Ground transport"),
        (MovementStatus.PLANNED, "Planned"),
        (MovementStatus.CONFIRMED, "Confirmed"),
        (MovementStatus.DEPARTED, "Departed"),
        (MovementStatus.ARRIVED, "Arrived"),
        (MovementStatus.CANCELLED, "Cancelled"),
        (BookingStatus.PROPOSED, "Proposed"),
        (BookingStatus.CONFIRMED, "Confirmed"),
        (BookingStatus.CHECKED_IN, "Checked in"),
        (BookingStatus.DEPARTED, "Departed"),
        (BookingStatus.ARRIVED, "Arrived"),
        (BookingStatus.CANCELLED, "Cancelled"),
        (Response.RECONFIRMED, "Present and reconfirms"),
        (Response.REFUSED, "Refuses"),
        (Response.FORCE_NEEDED, "Force would be needed"),
        # Accounts and data protection
        (Role.COORDINATOR, "Coordinator"),
        (Role.MONITOR, "Monitor"),
        (Role.DATA_PROTECTION_OFFICER, "Data-protection officer"),
        (Role.READ_ONLY, "Read-only user"),
        (LegalBasis.CONSENT, "Consent"),
        (LegalBasis.VITAL_INTEREST, "Vital interest"),
        (LegalBasis.LEGAL_OBLIGATION, "Legal obligation"),
        (LegalBasis.PUBLIC_INTEREST, "Public interest"),
        (LegalBasis.LEGITIMATE_INTEREST, "Legitimate interest"),
        (IdentityFinding.DIFFERENT_PERSON, "A different person"),
        (IdentityFinding.NEW_DECISION, "A new, genuine decision"),
        (EndedBy.CLOSED, "Closed"),
        (EndedBy.LAST_CHANGE, "Last change"),
        (Removal.IDENTITIES, "Members' names, birth dates and contacts"),
        (Removal.VOLUNTARINESS_STATEMENTS, "Voluntariness statements"),
        (Removal.PROTECTION_STATEMENTS, "Protection statements"),
        (Removal.COUNSELLING_NOTES, "Counselling notes"),
        (Removal.MONITORING_NOTES, "Monitoring notes"),
        (Removal.ATTACHMENTS, "Attachments"),
        (Removal.DOCUMENT_NUMBERS, "Travel document numbers"),
        (Removal.HOUSEHOLD_PLACE, "Household place after return"),
        (Removal.DOCUMENT_RECORDS, "Printed-document records"),
        (Removal.AUDIT_VALUES, "Audit entries (before/after values)"),
        # After arrival
        (FollowUpKind.SCHEDULED, "Scheduled follow-up"),
        (FollowUpKind.SECOND_ATTEMPT, "Second attempt"),
        (FollowUpKind.FIELD_VISIT, "Field visit after missed contacts"),
        (FollowUpStatus.DUE, "Due"),
        (FollowUpStatus.DONE, "Done"),
        (FollowUpStatus.MISSED, "Missed"),
        (ContactMode.VISIT, "Visit"),
        (ContactMode.PHONE, "Phone"),
        (ContactMode.PARTNER_REPORT, "Partner report"),
        (ContactMode.SELF_REPORT, "Self-report"),
        (Breach.READMISSION_REFUSED, "Readmission refused"),
        (Breach.PUNISHED, "Punished"),
        (Breach.DETAINED, "Detained"),
        (Breach.FINED, "Fined"),
        (Breach.PROSECUTED, "Prosecuted"),
        (Breach.HARASSED, "Harassed"),
        (Dimension.ECONOMIC, "Economic"),
        (Dimension.SOCIAL, "Social"),
        (Dimension.PSYCHOSOCIAL, "Psychosocial"),
        (IncidentKind.PUNISHMENT, "Punishment"),
        (IncidentKind.DETENTION, "Detention"),
        (IncidentKind.READMISSION_REFUSED, "Readmission refused"),
        (ReviewOutcome.RESTORE, "Restore the assurances"),
        (ReviewOutcome.RESTRICT_REGION, "Restrict returns to one region"),
        (ReviewOutcome.RESTRICT_PROFILE, "Restore, but suspend returns of one profile"),
        (ReviewOutcome.SUSPEND, "Suspend all returns (assurances revoked)"),
        # Reintegration
        (PackageKind.BUSINESS_START_UP, "Business start-up"),
        (PackageKind.VOCATIONAL_TRAINING, "Vocational training"),
        (PackageKind.EDUCATION, "Education"),
        (PackageKind.HOUSING, "Housing"),
        (PackageKind.MEDICAL, "Medical"),
        (PackageKind.PSYCHOSOCIAL, "Psychosocial"),
        (AllocationStatus.ACCEPTED, "Accepted"),
        (AllocationStatus.DELIVERED, "Delivered"),
        (AllocationStatus.CANCELLED, "Cancelled"),
        (Allocation.OPTIMAL, "Proven optimal"),
        (Allocation.FEASIBLE, "Feasible — not proven optimal"),
        # The safeguards and the readiness check
        (Safeguard.S1, "Voluntariness"),
        (Safeguard.S2, "Refusal stops everything"),
        (Safeguard.S3, "No force, ever"),
        (Safeguard.S4, "Protection claims are referred, not decided"),
        (Safeguard.S5, "Readmission assurance"),
        (Safeguard.S6, "No-punishment guarantee"),
        (Safeguard.S7, "Monitoring authorisation"),
        (Safeguard.S8, "Advisories"),
        (Safeguard.S9, "Breach escalation"),
        (Safeguard.S10, "Travel readiness"),
        (Stage.PLANNING, "Planning"),
        (Stage.DEPARTURE, "Departure"),
        # Planning movements
        (Planning.OPTIMAL, "Proven optimal"),
        (Planning.FEASIBLE, "Feasible — not proven optimal"),
        (Planning.INFEASIBLE, "Infeasible"),
        (Planning.UNKNOWN, "No plan found"),
        (MoveReason.CANCELLED, "Its movement is no longer in the plan"),
        (MoveReason.NOT_READY, "No longer ready on its movement's date"),
        (MoveReason.EARLIER, "Leaves earlier"),
        (MoveReason.CHEAPER, "A cheaper seat"),
        (MoveReason.MAKES_ROOM, "Makes room for more people"),
        (MoveReason.LEFT_OUT, "Gives its seat to households waiting longer"),
        (Term.WAITING, "Waiting"),
        (Term.COST, "Cost"),
        (Term.MOVED, "Moved bookings"),
        (Engine.CP_SAT, "CP-SAT"),
        (Engine.HIGHS, "HiGHS"),
        (Engine.SCIP, "SCIP"),
        # Lists and imports
        (SortKey.REFERENCE, "Reference"),
        (SortKey.HEAD, "Head of household"),
        (SortKey.SIZE, "Size"),
        (SortKey.COUNTRY, "Country / region"),
        (SortKey.STATUS, "Status"),
        (SortKey.READY, "Readiness"),
        (SortKey.DECIDED, "Days since decision"),
        (FileKind.CSV, "CSV"),
        (FileKind.XLSX, "XLSX"),
        (Field.HOUSEHOLD, "Household / referral id"),
        (Field.RELATIONSHIP, "Relationship to head"),
        (Field.GIVEN_NAMES, "Given names"),
        (Field.FAMILY_NAME, "Family name"),
        (Field.GIVEN_NAMES_LATIN, "Given names (Latin script)"),
        (Field.FAMILY_NAME_LATIN, "Family name (Latin script)"),
        (Field.DATE_OF_BIRTH, "Date of birth"),
        (Field.SEX, "Sex"),
        (Field.NATIONALITY, "Nationality"),
        (Field.COUNTRY_OF_RETURN, "Country of return"),
        (Field.REGION_OF_RETURN, "Region of return"),
        (Field.LANGUAGES, "Languages"),
        (Field.PHONE, "Phone"),
        (Field.EMAIL, "E-mail"),
        (Field.VULNERABILITIES, "Vulnerabilities"),
        (Field.NOTE, "Referral note"),
        (RowStatus.VALID, "Ready to import"),
        (RowStatus.INVALID, "Has errors"),
        (RowStatus.LIKELY_KNOWN, "Likely already known"),
        (RowStatus.HELD, "Held with household"),
        (Severity.ERROR, "Error"),
        (Severity.WARNING, "Warning"),
        (Severity.INFO, "Note"),
        (DateOrder.DMY, "Day first — 03/04/1990 is 3 April 1990"),
        (DateOrder.MDY, "Month first — 03/04/1990 is 4 March 1990"),
        # Lists exported to spreadsheets
        (ExportedList.CASES, "Cases"),
        (ExportedList.DUE_FOLLOW_UPS, "Follow-ups due"),
        (ExportedList.PLAN, "Movement plan"),
        (ExportedList.PASSENGERS, "Passengers"),
        (ExportedList.MANIFEST, "Manifest"),
        (ExportedList.ALLOCATIONS, "Reintegration allocations"),
        (ExportedList.VISIT_ROUTES, "Visit routes"),
        (ExportedList.IMPORT_REPORT, "Import report"),
        (ExportedList.AUDIT_LOG, "Audit log"),
        (ExportedList.STATISTICS, "Statistics"),
        (ExportedList.STATISTICS_ALL_COUNTS, "Statistics with every count"),
        (ExportFormat.XLSX, "Excel workbook (.xlsx)"),
        (ExportFormat.CSV, "CSV, comma-separated (.csv)"),
        # Printed documents
        (Verification.MATCH, "Matches the current record"),
        (Verification.SUPERSEDED, "Superseded — the document no longer says what the records say"),
        (Verification.REVOKED, "Revoked — the office withdrew this document"),
        (Verification.UNKNOWN, "Unknown — Homeward never issued a document with this code"),
        # The demo caseload's stories
        (Plot.INTAKE, "Intake"),
        (Plot.COUNSELLING, "In counselling"),
        (Plot.DECIDED, "Decided to return"),
        (Plot.PREPARING, "Preparing travel"),
        (Plot.READY, "Ready to travel"),
        (Plot.BOOKED, "Booked"),
        (Plot.DEPARTED, "Departed"),
        (Plot.ARRIVED, "Arrived"),
        (Plot.CLOSED, "Closed"),
        (Plot.WITHDRAWN, "Withdrawn"),
        (Plot.ON_HOLD, "On hold (protection referral)"),
        (Plot.PROTECTION_GRANTED, "Protection granted"),
        (Plot.INVOLVEMENT_ENDED, "Involvement ended"),
    )


@cache
def labels() -> dict[tuple[type[StrEnum], str], str]:
    """The labels by enum and value (two enums' members with the same value are equal strings, so a member
    alone cannot key them)."""
    return {(type(member), member.value): text for member, text in entries()}


def label(value: StrEnum) -> str:
    """A vocabulary value's English label: 'in_force' → 'In force'."""
    return labels()[type(value), value.value]


def in_sentence(value: StrEnum) -> str:
    """The label as English writes it inside a sentence: 'in force', but 'UNHCR' and 'NGO' stay whole."""
    return lower_first(label(value))


def named(kind: type[StrEnum], raw: object, *, sentence: bool = True) -> str:
    """A value kept as plain text (a printed document's facts) by its label, inside a sentence unless
    `sentence` is false; as stored, underscores as spaces, when the vocabulary no longer has it."""
    try:
        value = kind(str(raw))
    except ValueError:
        return str(raw).replace("_", " ")
    return in_sentence(value) if sentence else label(value)


def lower_first(text: str) -> str:
    """The first letter small, unless the word is an acronym ('UNHCR', 'CP-SAT') or a safeguard ('S1')."""
    first = text.split(" ", 1)[0]
    if len(first) > 1 and (first[1].isupper() or first[1].isdigit()):
        return text
    return text[:1].lower() + text[1:]


@cache
def context(kind: type[StrEnum]) -> str:
    """The enum a label belongs to, as the catalogues tell two same English labels apart: 'CaseStatus'; the
    module too where two enums share a name ('scheduling.result.Status')."""
    same = [k for k in {k for k, _value in labels()} if k.__name__ == kind.__name__]
    if len(same) > 1:
        return f"{kind.__module__.removeprefix('planning.')}.{kind.__name__}"
    return kind.__name__
