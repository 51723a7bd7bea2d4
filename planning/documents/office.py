"""The office printing the documents: its name, contacts and logo on every letterhead (stored, one record)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from planning import audit
from planning.documents.texts import OFFICE_LANGUAGES
from planning.errors import ValidationError
from planning.messages import Phrase
from planning.security.permissions import Permission, require
from planning.storage.models import OfficeProfile
from planning.storage.store import Store
from planning.validation import optional_text, required_text

DEFAULT_NAME = "Assisted Voluntary Return Office"
#: Reports meant for sharing hide counts below this by default (statistical disclosure practice).
SMALLEST_SHOWN = 5
#: The highest smallest count an office may set.
MOST_SMALLEST_SHOWN = 100
#: Logos larger than this are refused: the letterhead shows them 18 mm high.
MAX_LOGO_BYTES = 2_000_000


@dataclass(frozen=True)
class Letterhead:
    name: str = DEFAULT_NAME
    address: str | None = None
    phone: str | None = None
    email: str | None = None
    emergency_phone: str | None = None
    language: str = "en"
    logo: bytes | None = None
    signatory_name: str | None = None
    signatory_title: str | None = None
    #: Reports meant for sharing show cells standing for fewer than this as "<N" (0 or 1: every count shown).
    smallest_shown: int = SMALLEST_SHOWN
    #: False until an office is saved (the letterhead then prints the default name).
    saved: bool = False

    @property
    def contact_line(self) -> str:
        return "  ·  ".join(part for part in (self.phone, self.email) if part)

    def missing_for_travel_letters(self) -> tuple[str, ...]:
        """The fields a travel letter cannot do without (a border official calls the 24-hour line, writes to the
        address): empty ones, by field name. Without a signatory the letter leaves their name to be written by hand."""
        needed = (("name", self.name if self.saved else None), ("address", self.address),
                  ("emergency_phone", self.emergency_phone))
        return tuple(name for name, value in needed if not (value or "").strip())


@dataclass(frozen=True)
class OfficeDraft:
    name: str
    address: str | None = None
    phone: str | None = None
    email: str | None = None
    emergency_phone: str | None = None
    language: str = "en"
    logo: bytes | None = None
    logo_filename: str | None = None
    signatory_name: str | None = None
    signatory_title: str | None = None
    #: Keep the stored logo when `logo` is None (False removes it).
    keep_logo: bool = True
    #: The smallest count reports for sharing show; None keeps the stored one (5 for a new office).
    smallest_shown: int | None = None


def letterhead(session: Session) -> Letterhead:
    """The stored office, or a plain default until one is saved."""
    row = session.scalar(select(OfficeProfile).order_by(OfficeProfile.id).limit(1))
    if row is None:
        return Letterhead()
    return Letterhead(row.name, row.address, row.phone, row.email, row.emergency_phone, row.language, row.logo,
                      row.signatory_name, row.signatory_title, row.smallest_count_shown, saved=True)


def require_for_travel_letters(office: Letterhead) -> None:
    """Refuse a travel letter while the office lacks what a border official needs (`office.incomplete`)."""
    missing = office.missing_for_travel_letters()
    if missing:
        raise ValidationError(missing[0], "office.incomplete", missing=tuple(Phrase.of(f"office_field.{name}")
                                                                             for name in missing))


def _validated(draft: OfficeDraft) -> dict[str, object]:
    # Printed at the top of every document: one line each, the address on as many as it needs.
    name = required_text("name", draft.name, max_length=200)
    address = optional_text("address", draft.address, max_length=1000, lines=True)
    phone = optional_text("phone", draft.phone, max_length=40)
    email = optional_text("email", draft.email, max_length=200)
    emergency_phone = optional_text("emergency_phone", draft.emergency_phone, max_length=40)
    signatory_name = optional_text("signatory_name", draft.signatory_name, max_length=200)
    signatory_title = optional_text("signatory_title", draft.signatory_title, max_length=200)
    if draft.language not in OFFICE_LANGUAGES:
        raise ValidationError("language", "office.language", draft.language, languages=tuple(OFFICE_LANGUAGES))
    if draft.logo is not None:
        if len(draft.logo) > MAX_LOGO_BYTES:
            raise ValidationError("logo", "office.logo_too_large", draft.logo_filename,
                                  most=MAX_LOGO_BYTES // 1_000_000)
        if not (draft.logo.startswith(b"\x89PNG\r\n\x1a\n") or draft.logo.startswith(b"\xff\xd8")):
            raise ValidationError("logo", "office.logo_format", draft.logo_filename)
    values: dict[str, object] = {
        "name": name, "address": address, "phone": phone, "email": email, "emergency_phone": emergency_phone,
        "language": draft.language, "signatory_name": signatory_name, "signatory_title": signatory_title,
    }
    if draft.smallest_shown is not None:
        values["smallest_count_shown"] = smallest_shown(draft.smallest_shown)
    if draft.logo is not None or not draft.keep_logo:
        values["logo"] = draft.logo
        values["logo_filename"] = draft.logo_filename if draft.logo is not None else None
    return values


def smallest_shown(value: object) -> int:
    """A smallest count shown, checked: a whole number from 0 to `MOST_SMALLEST_SHOWN`."""
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MOST_SMALLEST_SHOWN:
        raise ValidationError("smallest_shown", "office.smallest_shown", value, most=MOST_SMALLEST_SHOWN)
    return value


def save_office(store: Store, draft: OfficeDraft) -> None:
    """Create or update the office record (audited)."""
    require(store, Permission.PRINT_DOCUMENTS)
    values = _validated(draft)
    with store.transaction() as session:
        row = session.scalar(select(OfficeProfile).order_by(OfficeProfile.id).limit(1))
        before = audit.snapshot(row) if row is not None else None
        if row is None:
            row = OfficeProfile(**values)
            session.add(row)
        else:
            for key, value in values.items():
                setattr(row, key, value)
        session.flush()
        audit.record(session, store.actor, "office.save", row, before=before)
