"""Subject access: everything Homeward holds on a person, as one JSON document and one verifiable PDF.

Gathered from the records the person appears in: their particulars and case, vulnerabilities and
best-interests determinations, travel documents and fitness to travel, voluntariness, protection
concerns, counselling sessions they took part in, bookings, the household's place after return,
monitoring (plan, follow-ups with their notes, attachments listed, incidents), reintegration needs and
packages, consent and other lawful bases, transfers to partners, printed documents, and the audit
entries of their case. Sealed fields (protection statements, follow-up notes, attachment names) are
opened with the field key. Only the data-protection officer may export; the export is audited.

The PDF carries a verification code. What the code vouches for (the issue's facts) is the person,
the case, how many records of each kind were exported and a SHA-256 over those records as stored
(sealed fields sealed), so no plain text of a sealed field is ever written to the issue record;
`homeward verify` answers "superseded" once any of those records changes. The audit log is listed
but not part of the digest: the export itself adds to it.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path, PurePath
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer
from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from planning import audit
from planning.audit import Snapshot, snapshot
from planning.documents import keyed, layout, printable, verification
from planning.documents.office import letterhead
from planning.documents.printing import issue_pdf
from planning.documents.texts import (
    country_name,
    format_date,
    has_key,
    is_rtl_language,
    language_name_in,
    say,
)
from planning.errors import NotFoundError, ValidationError
from planning.lookup import get
from planning.private_files import private_folder, write_private, write_private_text
from planning.security import sealed_fields
from planning.security.field_keys import field_cipher, readable
from planning.security.permissions import Permission, require
from planning.storage.base import Base
from planning.storage.models import (
    AssessedNeed,
    AuditEntry,
    BestInterestsDetermination,
    Booking,
    Case,
    ConsentRecord,
    CounsellingParticipant,
    CounsellingSession,
    DataTransfer,
    DocumentIssue,
    FitToTravel,
    FollowUp,
    FollowUpAttachment,
    HouseholdPlace,
    MonitoringIncident,
    MonitoringPlan,
    PackageAllocation,
    Person,
    ProtectionReferral,
    TravelDocument,
    VoluntarinessEvent,
    Vulnerability,
)
from planning.storage.models.monitoring import IncidentKind
from planning.storage.store import Store
from planning.vocabulary import CounsellingTopic

KIND = "subject-access"
PREFIX = "SA"
FORMAT = "homeward-subject-access/1"

#: Sections of the export, in order, with the records they hold (their titles: `sa_s_<section>` in the texts).
SECTIONS: dict[str, type[Base]] = {
    "vulnerabilities": Vulnerability,
    "best_interests": BestInterestsDetermination,
    "travel_documents": TravelDocument,
    "fit_to_travel": FitToTravel,
    "voluntariness": VoluntarinessEvent,
    "protection": ProtectionReferral,
    "counselling": CounsellingSession,
    "bookings": Booking,
    "household_place": HouseholdPlace,
    "monitoring_plan": MonitoringPlan,
    "follow_ups": FollowUp,
    "attachments": FollowUpAttachment,
    "incidents": MonitoringIncident,
    "reintegration_needs": AssessedNeed,
    "packages": PackageAllocation,
    "consents": ConsentRecord,
    "transfers": DataTransfer,
    "documents": DocumentIssue,
}
#: Fields holding a country's ISO code: printed as the country's name in the document's language.
_COUNTRIES = frozenset({"country", "nationality", "issuing_country"})
#: Fields holding language codes: printed as the languages' names.
_LANGUAGES = frozenset({"language", "languages", "preferred_language"})
#: Lists of vocabulary words kept as plain text (JSON), by field.
_WORD_LISTS: dict[str, type[StrEnum]] = {
    "topics": CounsellingTopic, "information_given": CounsellingTopic, "kinds": IncidentKind,
}
_HIDDEN = {"search_name", "version", "content", "embedded_copy"}


@dataclass(frozen=True)
class Export:
    person_id: int
    reference: str
    name: str
    data: dict[str, Any]
    pdf: bytes
    code: str
    #: The attached files, opened: (attachment id, file name, content).
    files: tuple[tuple[int, str, bytes], ...] = ()

    @property
    def json_text(self) -> str:
        return json.dumps(self.data, ensure_ascii=False, indent=2, sort_keys=False)


def _rows(rows: Any) -> list[Snapshot]:
    return [{k: v for k, v in snapshot(r).items() if k not in _HIDDEN} for r in rows]


def _stored(session: Session, person: Person, case: Case) -> dict[str, list[Snapshot]]:
    """The person's records as stored (sealed fields still sealed), by section."""
    pid, cid = person.id, case.id
    plan_ids = select(MonitoringPlan.id).where(MonitoringPlan.case_id == cid)
    follow_up_ids = select(FollowUp.id).where(FollowUp.plan_id.in_(plan_ids))
    sessions = select(CounsellingParticipant.session_id).where(CounsellingParticipant.person_id == pid)

    def person_rows(model: type[Base]) -> list[Snapshot]:
        column = model.person_id  # type: ignore[attr-defined]
        return _rows(session.scalars(select(model).where(column == pid).order_by(model.id)))  # type: ignore[attr-defined]

    def case_rows(model: type[Base]) -> list[Snapshot]:
        column = model.case_id  # type: ignore[attr-defined]
        return _rows(session.scalars(select(model).where(column == cid).order_by(model.id)))  # type: ignore[attr-defined]

    return {
        "vulnerabilities": person_rows(Vulnerability),
        "best_interests": person_rows(BestInterestsDetermination),
        "travel_documents": person_rows(TravelDocument),
        "fit_to_travel": person_rows(FitToTravel),
        "voluntariness": person_rows(VoluntarinessEvent),
        "protection": person_rows(ProtectionReferral),
        "counselling": _rows(session.scalars(select(CounsellingSession).where(CounsellingSession.id.in_(sessions))
                                             .order_by(CounsellingSession.id))),
        "bookings": case_rows(Booking),
        "household_place": case_rows(HouseholdPlace),
        "monitoring_plan": case_rows(MonitoringPlan),
        "follow_ups": _rows(session.scalars(select(FollowUp).where(FollowUp.id.in_(follow_up_ids))
                                            .order_by(FollowUp.id))),
        "attachments": _rows(session.scalars(select(FollowUpAttachment).where(
            FollowUpAttachment.follow_up_id.in_(follow_up_ids)).order_by(FollowUpAttachment.id))),
        "incidents": case_rows(MonitoringIncident),
        "reintegration_needs": person_rows(AssessedNeed),
        "packages": person_rows(PackageAllocation),
        "consents": person_rows(ConsentRecord),
        "transfers": person_rows(DataTransfer),
        "documents": _rows(session.scalars(select(DocumentIssue).where(
            DocumentIssue.subject == case.reference).order_by(DocumentIssue.id))),
    }


def _subject(session: Session, subject: str) -> tuple[Person, Case] | None:
    _, _, number = subject.partition("/")
    if not number.isdigit():
        return None
    person = session.get(Person, int(number))
    if person is None:
        return None
    case = session.get(Case, person.case_id)
    return (person, case) if case is not None and subject == f"{case.reference}/{person.id}" else None


def _particulars(person: Person) -> Snapshot:
    return {k: v for k, v in snapshot(person).items() if k not in _HIDDEN}


def _case(case: Case) -> Snapshot:
    return {"reference": case.reference, "country": case.country.code, "country_name": case.country.name,
            "region_of_return": case.region_of_return, "referral_source": case.referral_source.value,
            "referral_note": case.referral_note, "opened_on": case.opened_on.isoformat(),
            "decided_on": case.decided_on.isoformat() if case.decided_on else None,
            "closed_on": case.closed_on.isoformat() if case.closed_on else None,
            "anonymised_on": case.anonymised_on.isoformat() if case.anonymised_on else None,
            "status": case.status.value, "household_size": case.household_size}


def load(session: Session, subject: str) -> verification.Facts | None:
    """What the code on the PDF vouches for: the person, the case, the counts and a digest of the records."""
    found = _subject(session, subject)
    if found is None:
        return None
    person, case = found
    stored = _stored(session, person, case)
    held = {"person": _particulars(person), "case": _case(case), **stored}
    return {
        "person": person.id, "case": case.reference, "name": person.display_name,
        "records": {name: len(rows) for name, rows in stored.items() if rows},
        "digest": hashlib.sha256(audit.canonical(held)).hexdigest(),
    }


verification.register_kind(KIND, load)


def _opened(store: Store, stored: dict[str, list[Snapshot]], case_id: int) -> dict[str, list[Snapshot]]:
    """The sections with sealed fields opened (each with its record's binding)."""
    opened = {name: [dict(row) for row in rows] for name, rows in stored.items()}
    for row in opened["protection"]:
        row["statement"] = readable(store, row.get("statement"),
                                    sealed_fields.statement(int(row["id"]), int(row["person_id"])))
    for row in opened["follow_ups"]:
        row["notes"] = readable(store, row.get("notes"), sealed_fields.follow_up_notes(int(row["id"]), case_id))
    for row in opened["attachments"]:
        row["filename"] = readable(store, row.get("filename"), sealed_fields.file_name(
            int(row["id"]), int(row["follow_up_id"]), case_id))
    return opened


def _audit_entries(session: Session, person: Person, case: Case) -> list[Snapshot]:
    rows = session.scalars(select(AuditEntry).where(or_(
        AuditEntry.case_id == case.id, (AuditEntry.entity == "person") & (AuditEntry.entity_id == person.id)))
        .order_by(AuditEntry.seq))
    return [{"id": e.id, "at": e.at.isoformat(), "actor": e.actor, "action": e.action, "entity": e.entity,
             "entity_id": e.entity_id, "before": e.before, "after": e.after,
             "redacted": e.redacted_by is not None} for e in rows]


def find_person(session: Session, key: str) -> Person:
    """A person by id, or the head of household of a case reference (`HW-...`)."""
    text = key.strip()
    if text.isdigit():
        return get(session, Person, int(text))
    case = session.scalar(select(Case).where(Case.reference == text.upper()))
    if case is None:
        raise ValidationError("person", "subject_access.not_a_person", text, text=text)
    head = next((m for m in case.members if m.relationship_to_head.value == "head"), None)
    if head is None:
        raise NotFoundError("head_of_household", case.reference)
    return head


def export(store: Store, person_id: int) -> Export:
    """Everything held on the person, as JSON data and a PDF; one audited transaction."""
    require(store, Permission.EXPORT_PERSONAL_DATA)
    with store.transaction() as session:
        person = get(session, Person, person_id)
        case = get(session, Case, person.case_id)
        subject = f"{case.reference}/{person.id}"
        facts = load(session, subject)
        assert facts is not None
        stored = _stored(session, person, case)
        entries = _audit_entries(session, person, case)
        audit.record(session, store.actor, "person.subject_access", ("person", person.id), case_id=case.id,
                     after={"records": facts["records"], "digest": facts["digest"]})
        data: dict[str, Any] = {
            "format": FORMAT, "exported_on": store.today().isoformat(), "exported_by": store.actor.username,
            "person": _particulars(person), "case": _case(case),
            "household": [{"id": m.id, "relationship": m.relationship_to_head.value, "name": m.display_name}
                          for m in case.members if m.id != person.id],
            **_opened(store, stored, case.id), "audit_log": entries,
        }
        language = letterhead(session).language
        printed = issue_pdf(session, store, kind=KIND, prefix=PREFIX, subject=subject, facts=facts,
                            title=say("sa_title", language),
                            subtitle=say("sa_subtitle", language, name=printable.line(person.display_name),
                                         reference=case.reference),
                            story=story(data, language))
        data["verification_code"] = printed.code
        files = _files(store, session, [int(row["id"]) for row in stored["attachments"]], case.id)
        return Export(person.id, case.reference, person.display_name, data, printed.pdf, printed.code, files)


def _files(store: Store, session: Session, ids: list[int], case_id: int) -> tuple[tuple[int, str, bytes], ...]:
    """The attachments opened with the field key, each checked against its recorded digest."""
    if not ids:
        return ()
    cipher = field_cipher(store)
    opened = []
    for row in session.scalars(select(FollowUpAttachment).where(FollowUpAttachment.id.in_(ids))
                               .order_by(FollowUpAttachment.id)):
        content = cipher.open_bytes(row.content, sealed_fields.file_content(row.id, row.follow_up_id, case_id))
        if hashlib.sha256(content).hexdigest() != row.sha256:
            raise ValidationError("attachment", "subject_access.digest", row.id, attachment=row.id)
        name = cipher.open(row.filename, sealed_fields.file_name(row.id, row.follow_up_id, case_id)) or f"file-{row.id}"
        opened.append((row.id, name, content))
    return tuple(opened)


def write_files(exported: Export, folder: Path, stem: str) -> list[Path]:
    """The JSON, the PDF and, in a folder beside them, the attachments, each readable by its owner only (folders
    created 0700, files 0600); returns the paths written."""
    private_folder(folder)
    json_path, pdf_path = folder / f"{stem}.json", folder / f"{stem}.pdf"
    written = [write_private_text(json_path, exported.json_text), write_private(pdf_path, exported.pdf)]
    if exported.files:
        attachments = private_folder(folder / f"{stem}-attachments")
        for attachment_id, name, content in exported.files:
            written.append(write_private(attachments / f"{attachment_id}-{PurePath(name).name or 'file'}", content))
    return written


_MOMENT = re.compile(r"^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})[\d:.]*\+00:00$")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_WORD = re.compile(r"^[a-z]+(_[a-z]+)*$")


@dataclass(frozen=True)
class _Writer:
    """How the report writes labels and values in its language (the office's)."""

    language: str

    @property
    def rtl(self) -> bool:
        return is_rtl_language(self.language)

    @property
    def direction(self) -> str | None:
        return "R" if self.rtl else None

    def __call__(self, key: str, **values: object) -> str:
        return say(key, self.language, **values)

    def label(self, key: str) -> str:
        """A field's name: the texts' label where they have one, else the stored name made readable."""
        return self(f"sa_field_{key}") if has_key(f"sa_field_{key}") else key.replace("_", " ").capitalize()

    def value(self, value: Any, key: str = "", model: type[Base] | None = None) -> str:
        if value is None or value == [] or value == {}:
            return "—"
        if isinstance(value, bool):
            return self("sa_yes") if value else self("sa_no")
        if isinstance(value, str):
            return self._text(value, key, model)
        if isinstance(value, list):
            return ("، " if self.rtl else ", ").join(self.value(v, key, model) for v in value)
        if isinstance(value, dict):
            return "; ".join(f"{k}: {self.value(v)}" for k, v in value.items())
        return str(value)

    def _text(self, value: str, key: str, model: type[Base] | None) -> str:
        if moment := _MOMENT.match(value):
            return f"{format_date(date.fromisoformat(moment[1]), self.language)} {moment[2]} UTC"
        if _DAY.match(value):
            return format_date(date.fromisoformat(value), self.language)
        if key in _COUNTRIES and len(value) == 3 and value.isupper():
            return country_name(value, self.language, value)
        if key in _LANGUAGES and 2 <= len(value) <= 3 and value.islower():
            return language_name_in(value, self.language)
        word = _vocabulary(model, key, value)
        if word is not None:
            return keyed.vocabulary(word, self.language)
        return value.replace("_", " ").capitalize() if len(value) > 3 and _WORD.match(value) else value

    def record(self, row: Snapshot, model: type[Base] | None = None) -> list[tuple[str, object]]:
        return [(self.label(k), self.value(v, k, model)) for k, v in row.items()
                if k != "id" and not k.endswith("_id") and v not in (None, [], {}, "")]


def _vocabulary(model: type[Base] | None, key: str, value: str) -> StrEnum | None:
    """The vocabulary word a stored value is, when the model's column holds one (or a list of them)."""
    column = model.__table__.columns.get(key) if model is not None else None
    kind = getattr(column.type, "enum_class", None) if column is not None else None
    kind = _WORD_LISTS.get(key) if kind is None and column is not None else kind
    if not (isinstance(kind, type) and issubclass(kind, StrEnum)):
        return None
    try:
        word: StrEnum = kind(value)
        return word
    except ValueError:
        return None


def story(data: dict[str, Any], language: str = "en") -> list[Flowable]:
    """The report in `language` (the office's): particulars, then every section that holds something, then the
    audit log."""
    data = printable.facts(data)  # each stored value on its own line(s), in its own direction
    person, case = data["person"], data["case"]
    say_ = _Writer(language)
    rtl, direction = say_.rtl, say_.direction
    case = {**case, "country_name": country_name(case["country"], language, case["country_name"])}
    parts: list[Flowable] = [
        layout.para(say_("sa_intro", name=f"{person['given_names']} {person['family_name']}",
                         date=format_date(date.fromisoformat(data["exported_on"]), language),
                         by=data["exported_by"]), direction=direction),
        layout.heading(say_("sa_particulars")),
        layout.fields(say_.record(person, Person), rtl=rtl),
        layout.heading(say_("sa_case")),
        layout.fields(say_.record(case, Case), rtl=rtl),
    ]
    if data["household"]:
        parts += [layout.heading(say_("sa_household")),
                  layout.table([say_("sa_member"), say_("sa_relationship")],
                               [[m["name"], say_.value(m["relationship"], "relationship_to_head", Person)]
                                for m in data["household"]],
                               [90 * mm, layout.CONTENT_WIDTH - 90 * mm], rtl=rtl)]
    empty = []
    for name, model in SECTIONS.items():
        rows = data[name]
        title = say_(f"sa_s_{name}")
        if not rows:
            empty.append(title if language == "ar" else title.lower())
            continue
        parts.append(layout.heading(say_("sa_section", title=title, count=len(rows))))
        for number, row in enumerate(rows, 1):
            if len(rows) > 1:
                parts.append(layout.para(f"{number}.", layout.LABEL, direction))
            parts += [layout.fields(say_.record(row, model), rtl=rtl), Spacer(1, 1.5 * mm)]
    if empty:
        kinds = ("، " if rtl else ", ").join(empty)
        parts += [layout.heading(say_("sa_nothing_held")),
                  layout.para(say_("sa_no_records", kinds=kinds), layout.SMALL, direction)]
    entries = data["audit_log"]
    parts.append(layout.heading(say_("sa_audit_log", count=len(entries))))
    parts.append(layout.para(say_("sa_audit_note"), layout.SMALL, direction))
    widths = [34 * mm, 30 * mm, 52 * mm, layout.CONTENT_WIDTH - 116 * mm]
    redacted = " " + say_("sa_redacted")
    parts.append(layout.table([say_("sa_time_utc"), say_("sa_by"), say_("sa_action"), say_("sa_record")], [
        [e["at"][:16].replace("T", " "), e["actor"], e["action"],
         f"{e['entity']} {e['entity_id'] or ''}".strip() + (redacted if e["redacted"] else "")]
        for e in entries], widths, rtl=rtl))
    return parts


def export_summary(exported: Export) -> dict[str, int]:
    return {name: len(exported.data[name]) for name in SECTIONS if exported.data[name]}


def today_name(exported: Export, on: date) -> str:
    """The file name stem for the export: 'subject-access-HW-2026-00017-42-2026-06-01'."""
    return f"subject-access-{exported.reference}-{exported.person_id}-{on.isoformat()}"
