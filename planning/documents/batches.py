"""Batches for the print desk: every travel letter of a movement, every declaration recorded on a day.

A batch is a list of items, each issued on its own (one transaction per document), so a refusal or a
cancel part-way leaves every document already written complete and recorded.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select

from planning.documents.declaration import print_declaration
from planning.documents.printing import Printed
from planning.documents.travel_letter import booked_cases, print_travel_letter
from planning.errors import HomewardError, ValidationError
from planning.private_files import write_private
from planning.storage.models import Case, Person, VoluntarinessEvent
from planning.storage.store import Store
from planning.vocabulary import VoluntarinessKind


@dataclass(frozen=True)
class BatchItem:
    subject: str
    produce: Callable[[Store, str], Printed]
    #: The file name, without the folder.
    filename: str


@dataclass(frozen=True)
class BatchOutcome:
    subject: str
    path: Path | None = None
    code: str | None = None
    refused: HomewardError | None = None


def _safe(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "_", text).strip("_") or "document"


def travel_letters_of(store: Store, movement: str | int) -> list[BatchItem]:
    return [BatchItem(reference, print_travel_letter, f"travel-letter-{_safe(reference)}.pdf")
            for reference in booked_cases(store, movement)]


def declarations_of(store: Store, day: date) -> list[BatchItem]:
    """The households in which someone declared their decision to return on `day`."""
    if not isinstance(day, date):
        raise ValidationError("day", "batch.not_a_date", day)
    with store.reading() as session:
        references = session.scalars(
            select(Case.reference).join(Person, Person.case_id == Case.id)
            .join(VoluntarinessEvent, VoluntarinessEvent.person_id == Person.id)
            .where(VoluntarinessEvent.kind == VoluntarinessKind.DECLARED, VoluntarinessEvent.occurred_on == day)
            .distinct().order_by(Case.reference)).all()
    return [BatchItem(reference, print_declaration, f"declaration-{_safe(reference)}.pdf") for reference in references]


def run_item(store: Store, item: BatchItem, folder: Path) -> BatchOutcome:
    """Issue one document of a batch and write it into `folder`; a refusal is an outcome, not an error."""
    try:
        printed = item.produce(store, item.subject)
    except HomewardError as refused:
        return BatchOutcome(item.subject, refused=refused)
    path = folder / item.filename
    try:
        write_private(path, printed.pdf)
    except OSError as exc:
        raise ValidationError("folder", "batch.file_not_written", str(folder), path=str(path),
                              reason=str(exc.strerror)) from None
    return BatchOutcome(item.subject, path=path, code=printed.code)


def check_folder(folder: Path) -> Path:
    """The folder exists and takes files: checked before a batch issues anything."""
    if not folder.is_dir():
        raise ValidationError("folder", "batch.not_a_folder", str(folder))
    probe = folder / ".homeward-write-test"
    try:
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise ValidationError("folder", "batch.folder_not_writable", str(folder), reason=str(exc.strerror)) from None
    return folder
