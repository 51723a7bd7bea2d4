"""The columns sealed with the field key, the record each value is bound to, and the check that they all open.

Protection statements are about a person; a follow-up's notes and attached files are about the household
(the case) and the follow-up. `check` opens every sealed value with its binding and names each one that
does not open: plain text where a sealed value belongs, a value moved from another record, one sealed the
older way or with another key, a file whose content no longer matches its recorded digest.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from planning import audit
from planning.messages import Message
from planning.security.field_crypto import Binding, FieldCipher, FieldCryptoError
from planning.security.field_keys import field_cipher
from planning.security.permissions import Permission, require
from planning.security.texts import OTHER_FIELD_KEY
from planning.storage.models import FollowUp, FollowUpAttachment, MonitoringPlan, ProtectionReferral
from planning.storage.store import Store

STATEMENT = ("protection_referral", "statement")
NOTES = ("follow_up", "notes")
FILE_NAME = ("follow_up_attachment", "filename")
FILE_CONTENT = ("follow_up_attachment", "content")
#: How the check names each sealed column, in the order it reports them.
KINDS = {STATEMENT: "protection statements", NOTES: "follow-up notes", FILE_NAME: "attachment names",
         FILE_CONTENT: "attachment contents"}


def statement(referral_id: int, person_id: int) -> Binding:
    return Binding(*STATEMENT, referral_id, f"person:{person_id}")


def follow_up_notes(follow_up_id: int, case_id: int) -> Binding:
    return Binding(*NOTES, follow_up_id, f"case:{case_id}")


def file_name(attachment_id: int, follow_up_id: int, case_id: int) -> Binding:
    return Binding(*FILE_NAME, attachment_id, f"case:{case_id}/follow_up:{follow_up_id}")


def file_content(attachment_id: int, follow_up_id: int, case_id: int) -> Binding:
    return Binding(*FILE_CONTENT, attachment_id, f"case:{case_id}/follow_up:{follow_up_id}")


def case_of_follow_up(session: Session, follow_up_id: int) -> int:
    """The household a follow-up is about (what its notes and files are bound to)."""
    return int(session.scalar(select(MonitoringPlan.case_id).join(FollowUp, FollowUp.plan_id == MonitoringPlan.id)
                              .where(FollowUp.id == follow_up_id)) or 0)


@dataclass(frozen=True)
class Refused:
    """A sealed value that does not open, and why."""

    binding: Binding
    why: Message


@dataclass
class CheckReport:
    """How many values of each sealed column were checked, and those that do not open."""

    key_id: str
    checked: dict[tuple[str, str], int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    refused: list[Refused] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.refused

    def refused_in(self, kind: tuple[str, str]) -> int:
        return sum(1 for r in self.refused if (r.binding.table, r.binding.column) == kind)


def check(store: Store) -> CheckReport:
    """Open every sealed value with its record's binding (nothing is shown); audited with the counts.
    Data-protection officer (keys) only."""
    require(store, Permission.MANAGE_KEYS)
    cipher = field_cipher(store)
    report = CheckReport(cipher.key_id)
    with store.reading() as session:
        for binding, value, digest in _sealed(session):
            report.checked[(binding.table, binding.column)] += 1
            problem = _problem(cipher, binding, value, digest)
            if problem is not None:
                report.refused.append(Refused(binding, problem))
    with store.transaction() as session:
        audit.record(session, store.actor, "field_key.check", ("field_key", None), after={
            "key_id": report.key_id, "checked": {f"{t}.{c}": n for (t, c), n in report.checked.items()},
            "refused": [str(r.binding) for r in report.refused]})
    return report


def _problem(cipher: FieldCipher, binding: Binding, value: str | bytes, digest: str | None) -> Message | None:
    try:
        if isinstance(value, bytes):
            content = cipher.open_bytes(value, binding)
            if digest is not None and hashlib.sha256(content).hexdigest() != digest:
                return Message.of("sealed_check.digest")
        else:
            cipher.open(value, binding)
    except FieldCryptoError as error:
        if error.key == OTHER_FIELD_KEY:
            return Message.of("sealed_check.other_key", key_id=str(error.param("sealed_with")))
        return Message.of(_WHY.get(error.key, "sealed_check.altered"))
    return None


_WHY = {"field_crypto.not_sealed": "sealed_check.plain", "field_crypto.unbound": "sealed_check.unbound",
        "field_crypto.damaged": "sealed_check.damaged", "field_crypto.altered": "sealed_check.altered"}


def _sealed(session: Session) -> Iterator[tuple[Binding, str | bytes, str | None]]:
    for referral_id, person_id, text in session.execute(
            select(ProtectionReferral.id, ProtectionReferral.person_id, ProtectionReferral.statement)
            .order_by(ProtectionReferral.id)):
        yield statement(referral_id, person_id), text, None
    for follow_up_id, case_id, notes in session.execute(
            select(FollowUp.id, MonitoringPlan.case_id, FollowUp.notes)
            .join(MonitoringPlan, FollowUp.plan_id == MonitoringPlan.id)
            .order_by(FollowUp.id)):
        if notes is not None:  # a follow-up without notes holds nothing sealed
            yield follow_up_notes(follow_up_id, case_id), notes, None
    for attachment_id, follow_up_id, case_id, name, content, digest in session.execute(
            select(FollowUpAttachment.id, FollowUpAttachment.follow_up_id, MonitoringPlan.case_id,
                   FollowUpAttachment.filename, FollowUpAttachment.content, FollowUpAttachment.sha256)
            .join(FollowUp, FollowUpAttachment.follow_up_id == FollowUp.id)
            .join(MonitoringPlan, FollowUp.plan_id == MonitoringPlan.id).order_by(FollowUpAttachment.id)):
        yield file_name(attachment_id, follow_up_id, case_id), name, None
        yield file_content(attachment_id, follow_up_id, case_id), bytes(content), digest
