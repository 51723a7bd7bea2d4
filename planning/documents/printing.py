"""Issuing a document: record the issue (code, digest of the facts) and render the PDF, in one transaction."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.platypus import Flowable
from sqlalchemy.orm import Session

from planning.documents import layout
from planning.documents.office import letterhead
from planning.documents.verification import Facts, Issued, issue
from planning.storage.store import Store


@dataclass(frozen=True)
class Printed:
    pdf: bytes
    issued: Issued
    reference: str

    @property
    def code(self) -> str:
        return self.issued.display_code


def document_reference(prefix: str, subject: str, issued: Issued) -> str:
    """'TL-C-2026-00017-0042': kind prefix, subject, and the issue number (unique per database)."""
    return f"{prefix}-{subject}-{issued.id:04d}"


def issue_pdf(session: Session, store: Store, *, kind: str, prefix: str, subject: str, facts: Facts, title: str,
              story: Sequence[Flowable], subtitle: str | None = None, language: str | None = None,
              header_title: str | None = None) -> Printed:
    """Record the issue in the caller's transaction and lay the story out on the official page.

    `story` must show only what is in `facts` (that is what the code vouches for). If rendering
    fails, the caller's transaction rolls back and no issue is recorded.
    """
    issued = issue(session, store, kind, subject, facts, store.today(), language)
    office = letterhead(session)
    reference = document_reference(prefix, subject, issued)
    meta = layout.Meta(title=title, reference=reference, issued=issued, language=office.language, subtitle=subtitle,
                       header_title=header_title)
    return Printed(layout.render(office, meta, story), issued, reference)
