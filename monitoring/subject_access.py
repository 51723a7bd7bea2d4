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
from pathlib import Path, PurePath
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer
from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from planning import audit
from planning.audit import Snapshot, snapshot
from planning.documents import layout, printable, verification
from planning.documents.printing import issue_pdf
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
from planning.storage.store import Store

KIND = "subject-access"
PREFIX = "SA"
FORMAT = "homeward-subject-access/1"

#: Sections of the export, in order, with their titles.
SECTIONS = {
    "vulnerabilities": "Vulnerabilities",
    "best_interests": "Best-interests determinations",
    "travel_documents": "Travel documents",
    "fit_to_travel": "Fitness to travel",
    "voluntariness": "Voluntariness",
    "protection": "Protection concerns",
    "counselling": "Counselling sessions",
    "bookings": "Bookings",
    "household_place": "Place after return",
    "monitoring_plan": "Monitoring plan",
    "follow_ups": "Follow-ups",
    "attachments": "Attachments",
    "incidents": "Incidents",
    "reintegration_needs": "Reintegration needs",
    "packages": "Reintegration packages",
    "consents": "Consent and lawful basis",
    "transfers": "Transfers to partners",
    "documents": "Printed documents",
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
        printed = issue_pdf(session, store, kind=KIND, prefix=PREFIX, subject=subject, facts=facts,
                            title="Subject access report", subtitle=f"{person.display_name} · case {case.reference}",
                            story=story(data))
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
_WORD = re.compile(r"^[a-z]+(_[a-z]+)*$")


def _value(value: Any) -> str:
    if value is None or value == [] or value == {}:
        return "—"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, str):
        if moment := _MOMENT.match(value):
            return f"{moment[1]} {moment[2]} UTC"
        return value.replace("_", " ").capitalize() if len(value) > 3 and _WORD.match(value) else value
    if isinstance(value, list):
        return ", ".join(_value(v) for v in value)
    if isinstance(value, dict):
        return "; ".join(f"{k}: {_value(v)}" for k, v in value.items())
    return str(value)


def _label(key: str) -> str:
    return key.replace("_", " ").capitalize()


def _record(row: Snapshot) -> list[tuple[str, object]]:
    return [(_label(k), _value(v)) for k, v in row.items()
            if k != "id" and not k.endswith("_id") and v not in (None, [], {}, "")]


def story(data: dict[str, Any]) -> list[Flowable]:
    """The report: particulars, then every section that holds something, then the audit log."""
    data = printable.facts(data)  # each stored value on its own line(s), in its own direction
    person, case = data["person"], data["case"]
    parts: list[Flowable] = [
        layout.para(f"This report lists everything Homeward holds on {person['given_names']} "
                    f"{person['family_name']}, exported on {data['exported_on']} by {data['exported_by']} "
                    "at the person's request. The same content is given as a JSON file."),
        layout.heading("Particulars"),
        layout.fields(_record(person)),
        layout.heading("Case"),
        layout.fields(_record(case)),
    ]
    if data["household"]:
        parts += [layout.heading("Household"),
                  layout.table(["Member", "Relationship"],
                               [[m["name"], _label(m["relationship"])] for m in data["household"]],
                               [90 * mm, layout.CONTENT_WIDTH - 90 * mm])]
    empty = []
    for name, title in SECTIONS.items():
        rows = data[name]
        if not rows:
            empty.append(title.lower())
            continue
        parts.append(layout.heading(f"{title} ({len(rows)})"))
        for number, row in enumerate(rows, 1):
            if len(rows) > 1:
                parts.append(layout.para(f"{number}.", layout.LABEL))
            parts += [layout.fields(_record(row)), Spacer(1, 1.5 * mm)]
    if empty:
        parts += [layout.heading("Nothing held"), layout.para("No records of these kinds: " + ", ".join(empty) + ".",
                                                              layout.SMALL)]
    entries = data["audit_log"]
    parts.append(layout.heading(f"Audit log of the case ({len(entries)} entries)"))
    parts.append(layout.para("Who read or changed the records, and when. The values changed are in the JSON file.",
                             layout.SMALL))
    widths = [34 * mm, 30 * mm, 52 * mm, layout.CONTENT_WIDTH - 116 * mm]
    parts.append(layout.table(["Time (UTC)", "By", "Action", "Record"], [
        [e["at"][:16].replace("T", " "), e["actor"], e["action"],
         f"{e['entity']} {e['entity_id'] or ''}".strip() + (" (values removed by retention)" if e["redacted"] else "")]
        for e in entries], widths))
    return parts


def export_summary(exported: Export) -> dict[str, int]:
    return {name: len(exported.data[name]) for name in SECTIONS if exported.data[name]}


def today_name(exported: Export, on: date) -> str:
    """The file name stem for the export: 'subject-access-HW-2026-00017-42-2026-06-01'."""
    return f"subject-access-{exported.reference}-{exported.person_id}-{on.isoformat()}"
