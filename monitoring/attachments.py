"""Files attached to follow-ups and the follow-up's notes: sealed with the field key, every opening audited.

A monitor attaches a photo of a summons, a partner's report, a scan of a receipt. What they show is as
sensitive as the notes, so the content and the file name are sealed (`planning.security.field_keys`)
and reading them back leaves an audit entry naming who looked.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from pathlib import PurePath

from sqlalchemy import select
from sqlalchemy.orm import Session

from planning import audit
from planning.errors import ValidationError
from planning.lookup import get
from planning.messages import Count
from planning.security import sealed_fields
from planning.security.field_keys import field_cipher, readable
from planning.security.permissions import Permission, require
from planning.storage.models import FollowUp, FollowUpAttachment, MonitoringPlan
from planning.storage.store import Store
from planning.validation import plain_text

MAX_BYTES = 10 * 1024 * 1024
MAX_TOTAL = 25 * 1024 * 1024
MAX_FILES = 10
MAX_NAME_BYTES = 400
MEDIA_TYPES = {
    ".pdf": "application/pdf", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".png": "image/png",
    ".heic": "image/heic", ".tif": "image/tiff", ".tiff": "image/tiff", ".txt": "text/plain",
    ".doc": "application/msword", ".odt": "application/vnd.oasis.opendocument.text",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".m4a": "audio/mp4", ".mp3": "audio/mpeg", ".ogg": "audio/ogg",
}


@dataclass(frozen=True, repr=False)
class NewAttachment:
    filename: str
    content: bytes

    def __repr__(self) -> str:
        return f"NewAttachment(size={len(self.content)})"


@dataclass(frozen=True)
class AttachmentInfo:
    id: int
    filename: str
    media_type: str
    size: int
    added_by: str
    added_at: datetime


@dataclass(frozen=True)
class FollowUpRecord:
    """What a follow-up holds that only its reader may see: the notes and the attached files."""

    follow_up_id: int
    notes: str | None
    attachments: tuple[AttachmentInfo, ...]


def media_type(filename: str) -> str | None:
    return MEDIA_TYPES.get(PurePath(filename).suffix.lower())


def check_files(files: Sequence[NewAttachment], already: int = 0) -> None:
    """Raise naming the first file that cannot be attached; nothing is stored."""
    if len(files) + already > MAX_FILES:
        raise ValidationError("attachments", "attachment.too_many", len(files) + already, most=Count("file", MAX_FILES))
    total = 0
    for file in files:
        name = file.filename.strip() if isinstance(file.filename, str) else ""
        if not name or "/" in name or "\\" in name or name in {".", ".."}:
            raise ValidationError("attachments", "attachment.no_plain_name", file.filename)
        plain_text("attachments", name)  # shown in lists and printed in a subject-access report
        if len(name.encode("utf-8")) > MAX_NAME_BYTES:
            raise ValidationError("attachments", "attachment.name_too_long", name, name=name[:40])
        if media_type(name) is None:
            kinds = tuple(sorted({suffix.lstrip('.') for suffix in MEDIA_TYPES}))
            raise ValidationError("attachments", "attachment.kind", name, name=name, kinds=kinds)
        if not isinstance(file.content, bytes) or not file.content:
            raise ValidationError("attachments", "attachment.empty", name, name=name)
        if len(file.content) > MAX_BYTES:
            raise ValidationError("attachments", "attachment.too_large", name, name=name,
                                  size=megabytes(len(file.content)), limit=MAX_BYTES // (1024 * 1024))
        total += len(file.content)
    if total > MAX_TOTAL:
        raise ValidationError("attachments", "attachment.too_large_together", total, size=megabytes(total),
                              limit=MAX_TOTAL // (1024 * 1024))


def megabytes(size: int) -> Decimal:
    """A size in megabytes to one decimal, as a limit is stated."""
    return Decimal(size / 1e6).quantize(Decimal("0.1"))


def attach_in(session: Session, store: Store, follow_up: FollowUp, case_id: int,
              files: Sequence[NewAttachment]) -> list[int]:
    """Add sealed attachments inside the caller's transaction (the files were checked)."""
    cipher = field_cipher(store)
    rows = []
    for file in files:
        name = file.filename.strip()
        row = FollowUpAttachment(
            follow_up_id=follow_up.id, filename="", media_type=media_type(name), size=len(file.content),
            sha256=hashlib.sha256(file.content).hexdigest(), content=b"", added_by=store.actor.username)
        session.add(row)
        session.flush()  # name and content are sealed bound to the attachment's row, follow-up and household
        row.filename = cipher.seal(name, sealed_fields.file_name(row.id, follow_up.id, case_id)) or ""
        row.content = cipher.seal_bytes(file.content, sealed_fields.file_content(row.id, follow_up.id, case_id))
        session.flush()
        audit.record(session, store.actor, "follow_up.attach", ("follow_up_attachment", row.id), case_id=case_id,
                     after={"follow_up_id": follow_up.id, "size": row.size, "media_type": row.media_type,
                            "sha256": row.sha256})
        rows.append(row.id)
    return rows


def attach(store: Store, follow_up_id: int, files: Sequence[NewAttachment]) -> list[int]:
    """Attach files to a follow-up after it was logged (one transaction)."""
    require(store, Permission.RECORD_FOLLOW_UPS)
    field_cipher(store)  # a missing key fails here, before anything is written
    with store.transaction() as session:
        follow_up = get(session, FollowUp, follow_up_id)
        existing = len(session.scalars(select(FollowUpAttachment.id)
                                       .where(FollowUpAttachment.follow_up_id == follow_up_id)).all())
        check_files(files, already=existing)
        plan = get(session, MonitoringPlan, follow_up.plan_id)
        return attach_in(session, store, follow_up, plan.case_id, files)


def read_record(store: Store, follow_up_id: int) -> FollowUpRecord:
    """The notes and the list of attachments of a follow-up; the reading is audited."""
    with store.transaction() as session:
        follow_up = get(session, FollowUp, follow_up_id)
        plan = get(session, MonitoringPlan, follow_up.plan_id)
        rows = session.execute(
            select(FollowUpAttachment.id, FollowUpAttachment.filename, FollowUpAttachment.media_type,
                   FollowUpAttachment.size, FollowUpAttachment.added_by, FollowUpAttachment.added_at)
            .where(FollowUpAttachment.follow_up_id == follow_up_id).order_by(FollowUpAttachment.id)).all()
        audit.record(session, store.actor, "follow_up.read_record", ("follow_up", follow_up_id),
                     case_id=plan.case_id)
        notes, case_id = follow_up.notes, plan.case_id
    return FollowUpRecord(
        follow_up_id, readable(store, notes, sealed_fields.follow_up_notes(follow_up_id, case_id)),
        tuple(AttachmentInfo(row_id, readable(store, name, sealed_fields.file_name(row_id, follow_up_id, case_id))
                             or "", kind, size, by, at)
              for row_id, name, kind, size, by, at in rows))


def open_attachment(store: Store, attachment_id: int) -> tuple[str, bytes]:
    """The file name and the plain content of an attachment, checked against its digest; audited."""
    cipher = field_cipher(store)
    with store.transaction() as session:
        row = get(session, FollowUpAttachment, attachment_id)
        follow_up = get(session, FollowUp, row.follow_up_id)
        plan = get(session, MonitoringPlan, follow_up.plan_id)
        audit.record(session, store.actor, "follow_up.open_attachment", ("follow_up_attachment", row.id),
                     case_id=plan.case_id)
        sealed, follow_up_id, digest, name = row.content, row.follow_up_id, row.sha256, row.filename
        case_id = plan.case_id
    content = cipher.open_bytes(sealed, sealed_fields.file_content(attachment_id, follow_up_id, case_id))
    if hashlib.sha256(content).hexdigest() != digest:
        raise ValidationError("attachment", "attachment.digest", attachment_id)
    return cipher.open(name, sealed_fields.file_name(attachment_id, follow_up_id, case_id)) or "", content
