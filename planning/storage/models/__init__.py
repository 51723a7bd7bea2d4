"""Every table of Homeward, imported here so the metadata is complete."""

from planning.storage.models.attachments import FollowUpAttachment
from planning.storage.models.audit import AuditChainHead, AuditEntry
from planning.storage.models.cases import Case, CounsellingParticipant, CounsellingSession
from planning.storage.models.countries import Advisory, Assurance, AssurancePerson, CountryProfile
from planning.storage.models.data_protection import ConsentRecord, DataTransfer
from planning.storage.models.documents import DocumentIssue, DocumentSigningKey, OfficeProfile
from planning.storage.models.field_keys import FieldKey
from planning.storage.models.identities import IdentityDecision, PersonIdentity
from planning.storage.models.monitoring import (
    FollowUp,
    MonitoringIncident,
    MonitoringPlan,
    MonitoringSchedule,
)
from planning.storage.models.movements import Booking, Movement, MovementLeg
from planning.storage.models.people import BestInterestsDetermination, Person, Vulnerability
from planning.storage.models.places import FieldOffice, HouseholdPlace, PlaceName
from planning.storage.models.protection import ProtectionReferral
from planning.storage.models.reintegration import (
    AssessedNeed,
    NeedsAssessment,
    PackageAllocation,
    PartnerCapacity,
    ReintegrationBudget,
    ReintegrationPackage,
    ReintegrationPartner,
    SkillDemand,
)
from planning.storage.models.travel import FitToTravel, TravelDocument
from planning.storage.models.users import UserAccount
from planning.storage.models.voluntariness import VoluntarinessEvent

__all__ = [
    "Advisory",
    "AssessedNeed",
    "Assurance",
    "AssurancePerson",
    "AuditChainHead",
    "AuditEntry",
    "BestInterestsDetermination",
    "Booking",
    "Case",
    "ConsentRecord",
    "CounsellingParticipant",
    "CounsellingSession",
    "CountryProfile",
    "DataTransfer",
    "DocumentIssue",
    "DocumentSigningKey",
    "FieldKey",
    "FieldOffice",
    "FitToTravel",
    "FollowUp",
    "FollowUpAttachment",
    "HouseholdPlace",
    "IdentityDecision",
    "MonitoringIncident",
    "MonitoringPlan",
    "MonitoringSchedule",
    "Movement",
    "MovementLeg",
    "NeedsAssessment",
    "OfficeProfile",
    "PackageAllocation",
    "PartnerCapacity",
    "Person",
    "PersonIdentity",
    "PlaceName",
    "ProtectionReferral",
    "ReintegrationBudget",
    "ReintegrationPackage",
    "ReintegrationPartner",
    "SkillDemand",
    "TravelDocument",
    "UserAccount",
    "VoluntarinessEvent",
    "Vulnerability",
]
